// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnium

// The help desk's question: "when and where do I play next?". Type a few letters of a tag or
// name; every match the player has left, in every event, with its station and expected time.
Page {
    id: page

    padding: 32
    background: null

    property var results: []
    function search() {
        page.results = Scheduler.lookup(query.text, 30);
    }
    function stateText(state: int): string {
        return state === 3 ? qsTr("playing now") : state === 2 ? qsTr("called now") : state === 1 ? qsTr("waiting") : qsTr("waits for an earlier result");
    }

    Connections {
        target: Scheduler
        function onScheduleChanged() {
            if (query.text.length > 0)
                page.search();
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 12

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Player lookup")
            subtitle: Scheduler.tournamentName
        }

        TextField {
            id: query
            Layout.fillWidth: true
            font.pixelSize: Theme.headingTextSize
            placeholderText: qsTr("Type a few letters of the tag or name")
            focus: true
            Component.onCompleted: forceActiveFocus()
            onTextChanged: page.search()
        }

        Label {
            visible: query.text.length > 0 && page.results.length === 0
            text: qsTr("No player of this tournament matches “%1”.").arg(query.text)
            opacity: 0.7
        }

        // With nothing typed: what the public screens show, called matches first.
        Label {
            visible: query.text.length === 0
            text: qsTr("Called and up next")
            font.pixelSize: 20
            font.weight: Font.DemiBold
        }
        ListView {
            visible: query.text.length === 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.smallSpacing
            model: TournamentLive.upNext
            delegate: Label {
                id: upNext
                required property int matchState
                required property string timeText
                required property string station
                required property string label
                width: ListView.view.width
                font.pixelSize: Theme.titleTextSize
                elide: Text.ElideRight
                font.weight: upNext.matchState === 2 ? Font.Bold : Font.Normal
                text: (upNext.matchState === 2 ? qsTr("CALLED") : (upNext.timeText || "--:--")) + " · "
                      + (upNext.station || qsTr("station to be decided")) + " · " + upNext.label
            }
        }

        ListView {
            visible: query.text.length > 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 12
            model: page.results
            delegate: ColumnLayout {
                id: player
                required property var modelData
                width: ListView.view.width
                spacing: 2
                Label {
                    text: player.modelData.tag + (player.modelData.name ? " · " + player.modelData.name : "")
                    font.pixelSize: 24
                    font.weight: Font.DemiBold
                }
                Label {
                    visible: player.modelData.matches.length === 0
                    text: qsTr("No match left today.")
                    font.pixelSize: Theme.titleTextSize
                    opacity: 0.7
                }
                Repeater {
                    model: player.modelData.matches
                    delegate: Label {
                        id: line
                        required property var modelData
                        Layout.fillWidth: true
                        font.pixelSize: Theme.titleTextSize
                        wrapMode: Text.WordWrap
                        text: (line.modelData.timeText || "--:--") + " · "
                              + (line.modelData.station || qsTr("station to be decided")) + " · "
                              + line.modelData.event + ", " + line.modelData.round + " · "
                              + qsTr("against %1").arg(line.modelData.opponent) + " · "
                              + page.stateText(line.modelData.state)
                        font.weight: line.modelData.state >= 2 ? Font.Bold : Font.Normal
                    }
                }
            }
        }
    }
}
