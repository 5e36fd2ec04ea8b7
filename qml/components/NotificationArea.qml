// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Omnium

// How the one channel of messages (Notifications) reaches the organiser: a confirmation is a
// passive notification of the window (it goes away by itself), warnings and errors are inline
// messages above the page, newest first, with their action and a close button. Outside an
// application window (a page tested alone) confirmations are inline messages too.
ColumnLayout {
    id: area

    readonly property var window: QQC2.ApplicationWindow.window
    readonly property bool passiveConfirmations: area.window !== null && area.window.showPassiveNotification !== undefined
    readonly property int shownAtOnce: 3

    objectName: "notificationArea"
    spacing: Kirigami.Units.smallSpacing

    Connections {
        target: Notifications
        enabled: area.passiveConfirmations
        function onPosted(notificationId: int, level: int, text: string, actionText: string) {
            if (level !== Notifications.Info)
                return;
            if (actionText.length > 0)
                area.window.showPassiveNotification(text, "long", actionText, () => Notifications.trigger(notificationId));
            else
                area.window.showPassiveNotification(text, "short");
        }
    }

    Repeater {
        model: Notifications
        delegate: Kirigami.InlineMessage {
            id: message

            required property int index
            required property int level
            required text
            required property string actionText
            required property int notificationId
            // Shown: the newest few; confirmations only where there are no passive notifications.
            readonly property bool wanted: index < area.shownAtOnce
                                           && (level !== Notifications.Info || !area.passiveConfirmations)

            objectName: "notificationMessage"
            Layout.fillWidth: true
            Layout.leftMargin: Kirigami.Units.smallSpacing
            Layout.rightMargin: Kirigami.Units.smallSpacing
            Layout.topMargin: index === 0 ? Kirigami.Units.smallSpacing : 0
            visible: wanted
            type: level === Notifications.Error ? Kirigami.MessageType.Error
                : level === Notifications.Warning ? Kirigami.MessageType.Warning : Kirigami.MessageType.Information
            showCloseButton: true
            actions: [
                Kirigami.Action {
                    objectName: "notificationAction"
                    visible: message.actionText.length > 0
                    text: message.actionText
                    onTriggered: Notifications.trigger(message.notificationId)
                }
            ]
            // The close button hides the message: it is then dismissed from the channel.
            onVisibleChanged: if (!visible && wanted && area.visible)
                Notifications.dismiss(notificationId)
        }
    }
}
