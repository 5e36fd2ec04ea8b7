// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnium

// The one place messages reach the organiser (Notifications): the newest few at the bottom of
// the window, coloured by level, each with its action if it has one and a button to dismiss it.
ListView {
    id: area

    readonly property int shownAtOnce: 3

    objectName: "notificationArea"
    model: Notifications
    interactive: false
    clip: true
    spacing: 1
    implicitHeight: contentHeight > 0 ? Math.min(contentHeight, area.shownAtOnce * 48 + 2) : 0
    Accessible.role: Accessible.AlertMessage

    delegate: Rectangle {
        id: message

        required property int level
        required property string text
        required property string actionText
        required property int notificationId

        width: ListView.view.width
        implicitHeight: Math.max(44, row.implicitHeight + Theme.mediumSpacing)
        color: level === Notifications.Error ? Theme.errorFill
             : level === Notifications.Warning ? Theme.warningFill : Theme.infoFill

        RowLayout {
            id: row
            anchors.fill: parent
            anchors.leftMargin: Theme.largeSpacing
            anchors.rightMargin: Theme.smallSpacing
            spacing: Theme.mediumSpacing
            Label {
                objectName: "notificationText"
                Layout.fillWidth: true
                text: message.text
                color: Theme.textOnColour
                font.pixelSize: Theme.textSize
                wrapMode: Text.Wrap
            }
            Button {
                objectName: "notificationAction"
                visible: message.actionText.length > 0
                text: message.actionText
                flat: true
                onClicked: Notifications.trigger(message.notificationId)
            }
            ToolButton {
                objectName: "notificationDismiss"
                text: "✕"
                Accessible.name: qsTr("Dismiss")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Dismiss")
                onClicked: Notifications.dismiss(message.notificationId)
            }
        }
    }
}
