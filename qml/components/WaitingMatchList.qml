// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
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

    // The queue's match ids with the one at `from` moved to `to`.
    function moveInQueue(from, to) {
        const ids = Scheduler.streamQueue.map(match => match.matchId);
        if (to < 0 || to >= ids.length)
            return;
        ids.splice(to, 0, ids.splice(from, 1)[0]);
        Scheduler.setStreamQueue(ids);
    }

    spacing: Theme.smallSpacing

    Label {
        visible: Scheduler.streamQueue.length > 0
        text: qsTr("Stream queue (%1)").arg(Scheduler.streamQueue.length)
        font.pixelSize: Theme.titleTextSize
        font.weight: Font.DemiBold
    }
    Repeater {
        model: Scheduler.streamQueue
        delegate: RowLayout {
            id: queued
            required property var modelData
            required property int index
            objectName: "streamQueue" + index
            Layout.fillWidth: true
            spacing: 0
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Label {
                    Layout.fillWidth: true
                    // A lobby's first side names its size ("8 entrants").
                    text: (queued.index + 1) + ". " + (queued.modelData.lobby ? queued.modelData.sides[0].name
                        : qsTr("%1 vs %2").arg(queued.modelData.sides[0].name || qsTr("TBD"))
                                          .arg(queued.modelData.sides[1].name || qsTr("TBD")))
                    font.pixelSize: Theme.textSize
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    text: queued.modelData.event + " · " + queued.modelData.round
                    font.pixelSize: Theme.smallTextSize
                    opacity: 0.7
                    elide: Text.ElideRight
                }
            }
            ToolButton {
                objectName: "queueUp" + queued.index
                text: "▲"
                enabled: queued.index > 0
                onClicked: list.moveInQueue(queued.index, queued.index - 1)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Play earlier on stream")
            }
            ToolButton {
                objectName: "queueDown" + queued.index
                text: "▼"
                enabled: queued.index < Scheduler.streamQueue.length - 1
                onClicked: list.moveInQueue(queued.index, queued.index + 1)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Play later on stream")
            }
            ToolButton {
                objectName: "queueOut" + queued.index
                text: "✕"
                onClicked: Scheduler.queueForStream(queued.modelData.matchId, false)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Take out of the stream queue")
            }
        }
    }

    Label {
        text: qsTr("Waiting (%1)").arg(waiting.count)
        font.pixelSize: Theme.titleTextSize
        font.weight: Font.DemiBold
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Drag a match onto a station to put it there.")
        font.pixelSize: Theme.smallTextSize
        opacity: 0.7
        wrapMode: Text.WordWrap
    }
    ListView {
        id: waiting
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: Scheduler.waitingList
        ScrollBar.vertical: ScrollBar {}
        delegate: ItemDelegate {
            id: waitingRow
            required property var modelData
            width: ListView.view.width
            text: (waitingRow.modelData.held ? qsTr("HELD") + " · " : "")
                  + (waitingRow.modelData.streamQueued ? qsTr("STREAM QUEUE") + " · " : "")
                  + (waitingRow.modelData.pinnedStation ? "→ " + waitingRow.modelData.pinnedStation + " · " : "")
                  + (waitingRow.modelData.timeText || "--:--") + " · " + waitingRow.modelData.label
            font.pixelSize: Theme.textSize
            opacity: waitingRow.modelData.held ? 0.6 : 1
            contentItem: Label {
                text: waitingRow.text
                font: waitingRow.font
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            onClicked: waitingMenu.popup()
            MatchDragHandler {
                matchId: waitingRow.modelData.matchId
                text: waitingRow.modelData.label
                ghost: list.ghost
            }
            Menu {
                id: waitingMenu
                MenuItem {
                    enabled: list.station !== null && list.station.available
                    text: list.station ? qsTr("Put on %1").arg(list.station.name) : qsTr("Put on the selected station")
                    onTriggered: Scheduler.assign(waitingRow.modelData.matchId, list.station.stationId)
                }
                MenuItem {
                    enabled: list.station !== null && list.station.matchState === 2
                    text: qsTr("Swap with the match called there")
                    onTriggered: Scheduler.swap(waitingRow.modelData.matchId, list.station.matchId)
                }
                MenuItem {
                    text: waitingRow.modelData.held ? qsTr("Release") : qsTr("Hold")
                    onTriggered: Scheduler.hold(waitingRow.modelData.matchId, !waitingRow.modelData.held)
                }
                MenuItem {
                    text: qsTr("Feature on stream")
                    onTriggered: Scheduler.setFeatured(waitingRow.modelData.matchId, true)
                }
                MenuItem {
                    text: waitingRow.modelData.streamQueued ? qsTr("Take out of the stream queue") : qsTr("Queue for the stream station")
                    onTriggered: Scheduler.queueForStream(waitingRow.modelData.matchId, !waitingRow.modelData.streamQueued)
                }
            }
        }
    }
}
