// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Omnium

// The matches waiting for a station, in calling order (manual control). Drag one onto a
// station to put it there (or swap it with the match there); its menu puts it on the selected
// station, holds it back, features it or queues it for the stream station. Above them, the
// stream station's queue in the order it plays it: move a match up or down, or take it out.
ColumnLayout {
    id: list

    required property MatchDragGhost ghost
    // The station the menu's "Put on" and "Swap" act on: {stationId, name, available,
    // matchId, matchState} or null (no selection on this page: drag instead).
    property var station: null

    spacing: Kirigami.Units.smallSpacing

    Kirigami.Heading {
        visible: TournamentLive.streamQueue.count > 0
        text: qsTr("Stream queue (%1)").arg(TournamentLive.streamQueue.count)
        level: 2
        font.weight: Font.DemiBold
    }
    Repeater {
        model: TournamentLive.streamQueue
        delegate: RowLayout {
            id: queued
            required property int index
            required property var matchId
            required property string side1
            required property string side2
            required property string event
            required property string round
            required property bool lobby
            objectName: "streamQueue" + index
            Layout.fillWidth: true
            spacing: 0
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Label {
                    Layout.fillWidth: true
                    // A lobby's first side names its size ("8 entrants").
                    text: (queued.index + 1) + ". " + (queued.lobby ? queued.side1
                        : qsTr("%1 vs %2").arg(queued.side1 || qsTr("TBD")).arg(queued.side2 || qsTr("TBD")))
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    text: queued.event + " · " + queued.round
                    font.pointSize: Kirigami.Theme.smallFont.pointSize
                    opacity: 0.7
                    elide: Text.ElideRight
                }
            }
            ToolButton {
                objectName: "queueUp" + queued.index
                text: "▲"
                enabled: queued.index > 0
                onClicked: Scheduler.moveInStreamQueue(queued.matchId, queued.index - 1)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Play earlier on stream")
            }
            ToolButton {
                objectName: "queueDown" + queued.index
                text: "▼"
                enabled: queued.index < TournamentLive.streamQueue.count - 1
                onClicked: Scheduler.moveInStreamQueue(queued.matchId, queued.index + 1)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Play later on stream")
            }
            ToolButton {
                objectName: "queueOut" + queued.index
                text: "✕"
                onClicked: Scheduler.queueForStream(queued.matchId, false)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Take out of the stream queue")
            }
        }
    }

    Kirigami.Heading {
        text: qsTr("Waiting (%1)").arg(waiting.count)
        level: 2
        font.weight: Font.DemiBold
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Drag a match onto a station to put it there.")
        font.pointSize: Kirigami.Theme.smallFont.pointSize
        opacity: 0.7
        wrapMode: Text.WordWrap
    }
    ListView {
        id: waiting
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: TournamentLive.waiting
        ScrollBar.vertical: ScrollBar {}
        delegate: ItemDelegate {
            id: waitingRow
            required property var matchId
            required property string label
            required property string timeText
            required property bool held
            required property bool streamQueued
            required property string pinnedStation
            width: ListView.view.width
            text: (waitingRow.held ? qsTr("HELD") + " · " : "")
                  + (waitingRow.streamQueued ? qsTr("STREAM QUEUE") + " · " : "")
                  + (waitingRow.pinnedStation ? "→ " + waitingRow.pinnedStation + " · " : "")
                  + (waitingRow.timeText || "--:--") + " · " + waitingRow.label
            opacity: waitingRow.held ? 0.6 : 1
            contentItem: Label {
                text: waitingRow.text
                font: waitingRow.font
                wrapMode: Text.WordWrap
            }
            onClicked: waitingMenu.createObject(waitingRow).popup()
            MatchDragHandler {
                matchId: waitingRow.matchId
                text: waitingRow.label
                ghost: list.ghost
            }
            // Made when asked for and gone once closed (see BracketPage's match menu).
            Component {
                id: waitingMenu
                Menu {
                    onClosed: destroy()
                    MenuItem {
                        enabled: list.station !== null && list.station.available
                        text: list.station ? qsTr("Put on %1").arg(list.station.name) : qsTr("Put on the selected station")
                        onTriggered: Scheduler.assign(waitingRow.matchId, list.station.stationId)
                    }
                    MenuItem {
                        enabled: list.station !== null && list.station.matchState === 2
                        text: qsTr("Swap with the match called there")
                        onTriggered: Scheduler.swap(waitingRow.matchId, list.station.matchId)
                    }
                    MenuItem {
                        text: waitingRow.held ? qsTr("Release") : qsTr("Hold")
                        onTriggered: Scheduler.hold(waitingRow.matchId, !waitingRow.held)
                    }
                    MenuItem {
                        text: qsTr("Feature on stream")
                        onTriggered: Scheduler.setFeatured(waitingRow.matchId, true)
                    }
                    MenuItem {
                        text: waitingRow.streamQueued ? qsTr("Take out of the stream queue") : qsTr("Queue for the stream station")
                        onTriggered: Scheduler.queueForStream(waitingRow.matchId, !waitingRow.streamQueued)
                    }
                }
            }
        }
    }
}
