// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Omnium

// The help desk's question: "when and where do I play next?". Type a few letters of a tag or
// name; every match the player has left, in every event, with its station and expected time.
Kirigami.Page {
    id: page

    title: qsTr("Player lookup")
    header: ToolBar {
        visible: Scheduler.tournamentName.length > 0
        // In line with the title above and the page below.
        leftPadding: page.leftPadding
        rightPadding: page.rightPadding
        contentItem: RowLayout {
            Label {
                Layout.fillWidth: true
                text: Scheduler.tournamentName
                elide: Text.ElideRight
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Kirigami.Units.largeSpacing

        TextField {
            Accessible.name: qsTr("Type a few letters of the tag or name")
            id: query
            Layout.fillWidth: true
            font.pointSize: Kirigami.Theme.defaultFont.pointSize * 1.5
            placeholderText: qsTr("Type a few letters of the tag or name")
            focus: true
            Component.onCompleted: forceActiveFocus()
            onTextChanged: TournamentLive.lookup.text = query.text
        }

        Label {
            visible: query.text.length > 0 && TournamentLive.lookup.count === 0
            text: qsTr("No player of this tournament matches “%1”.").arg(query.text)
            opacity: 0.7
        }

        PagePlaceholder {
            objectName: "nothingUpNext"
            visible: query.text.length === 0 && TournamentLive.upNext.count === 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            iconName: "search"
            text: qsTr("No match called or up next")
            explanation: qsTr("Type a player's tag above to tell them where and when they play. Matches show here once a bracket has started and stations are set up.")
            actionText: qsTr("Open Brackets")
            targetPage: "BracketPage"
        }
        // With nothing typed: what the public screens show, called matches first.
        Kirigami.Heading {
            visible: query.text.length === 0 && TournamentLive.upNext.count > 0
            text: qsTr("Called and up next")
            level: 1
            font.weight: Font.DemiBold
        }
        ListView {
            visible: query.text.length === 0 && TournamentLive.upNext.count > 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Kirigami.Units.smallSpacing
            model: TournamentLive.upNext
            delegate: Kirigami.Heading {
                id: upNext
                required property int matchState
                required property string timeText
                required property string station
                required property string label
                width: ListView.view.width
                level: 2
                wrapMode: Text.Wrap
                font.weight: upNext.matchState === 2 ? Font.Bold : Font.Normal
                text: (upNext.matchState === 2 ? qsTr("CALLED") : (upNext.timeText || "--:--")) + " · "
                      + (upNext.station || qsTr("station to be decided")) + " · " + upNext.label
            }
        }

        // One row per match a player has left (or one saying none), the player above their first.
        ListView {
            objectName: "lookupResults"
            visible: query.text.length > 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 2
            model: TournamentLive.lookup
            delegate: ColumnLayout {
                id: line
                required property string player
                required property bool firstOfPlayer
                required property var matchId
                required property string event
                required property string round
                required property string station
                required property string timeText
                required property int matchState
                required property string stateText
                required property string opponent
                width: ListView.view.width
                spacing: 2
                Kirigami.Heading {
                    visible: line.firstOfPlayer
                    Layout.topMargin: Kirigami.Units.largeSpacing
                    text: line.player
                    level: 1
                    font.weight: Font.DemiBold
                }
                Kirigami.Heading {
                    visible: line.matchId === 0
                    text: qsTr("No match left today.")
                    level: 2
                    opacity: 0.7
                }
                Kirigami.Heading {
                    visible: line.matchId !== 0
                    Layout.fillWidth: true
                    level: 2
                    wrapMode: Text.WordWrap
                    text: (line.timeText || "--:--") + " · " + (line.station || qsTr("station to be decided")) + " · "
                          + line.event + ", " + line.round + " · " + qsTr("against %1").arg(line.opponent) + " · "
                          + line.stateText
                    font.weight: line.matchState >= 2 ? Font.Bold : Font.Normal
                }
            }
        }
    }
}
