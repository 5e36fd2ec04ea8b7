// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Omnium

// The phases of a multi-phase event (pools → top 8, Swiss → playoffs) side by side: format,
// state, matches played out of the total and who advanced. Click one to open it.
ListView {
    id: overview

    required property PhaseSummaryModel phases
    required property int current
    signal open(int phaseIndex)

    clip: true
    spacing: 12
    orientation: ListView.Horizontal
    model: phases
    focus: true
    keyNavigationEnabled: true
    Keys.onReturnPressed: open(currentIndex)
    Keys.onEnterPressed: open(currentIndex)

    delegate: Rectangle {
        id: card
        required property int index
        required property string name
        required property string format
        required property string stateName
        required property int done
        required property int total
        required property list<string> advanced
        required property string note
        objectName: "phaseCard" + index
        width: 320
        height: overview.height
        radius: 8
        // A card: the view colours (white on the light scheme) on the window's background.
        Kirigami.Theme.colorSet: Kirigami.Theme.View
        Kirigami.Theme.inherit: false
        color: Kirigami.Theme.backgroundColor
        border.width: index === overview.current ? 2 : 1
        border.color: index === overview.current ? Kirigami.Theme.highlightColor : Kirigami.ColorUtils.linearInterpolation(Kirigami.Theme.backgroundColor, Kirigami.Theme.textColor, Kirigami.Theme.frameContrast)

        ColumnLayout {
            anchors.fill: parent
            anchors.margins: 16
            spacing: Kirigami.Units.largeSpacing
            Label {
                text: qsTr("Phase %1").arg(card.index + 1)
                opacity: 0.6
            }
            Kirigami.Heading {
                text: card.name
                level: 1
                font.weight: Font.DemiBold
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: card.format + " · " + card.stateName
            }
            ProgressBar {
                Layout.fillWidth: true
                from: 0
                to: Math.max(1, card.total)
                value: card.done
            }
            Label {
                objectName: "phaseProgress" + card.index
                text: qsTr("%1 of %n match(es) played", "", card.total).arg(card.done)
                opacity: 0.8
            }
            Label {
                visible: card.note.length > 0
                text: card.note + (card.advanced.length > 0 ? ":" : "")
                font.weight: Font.DemiBold
                Layout.topMargin: 6
            }
            Label {
                text: card.advanced.join(", ")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.fillHeight: true
                verticalAlignment: Text.AlignTop
                elide: Text.ElideRight
            }
        }
        MouseArea {
            anchors.fill: parent
            onClicked: overview.open(card.index)
        }
    }
}
