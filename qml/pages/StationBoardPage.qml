// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Omnium

// The station board, run from across the room: every station with its match, how long it has
// been going and what comes next. One key each: C calls the next match, S starts, F finishes
// (enter the score), O marks the station out of order or back.
Kirigami.Page {
    id: page

    title: qsTr("Station board")
    header: ToolBar {
        // In line with the title above and the page below.
        leftPadding: page.leftPadding
        rightPadding: page.rightPadding
        contentItem: RowLayout {
            Label {
                Layout.fillWidth: true
                text: [Scheduler.tournamentName, qsTr("C call · S start · F finish · O out of order")]
                      .filter(part => part.length > 0).join(" · ")
                elide: Text.ElideRight
            }
        }
    }

    focus: true

    function elapsedText(secs: int): string {
        const minutes = Math.floor(secs / 60);
        const seconds = secs % 60;
        return minutes + ":" + (seconds < 10 ? "0" : "") + seconds;
    }
    function current(): var {
        return board.currentItem;
    }
    function openFinish(matchId: var) {
        if (!matchId)
            return;
        // The Bracket page's result dialog, opened here: one way to enter a result everywhere
        // (score typed then Enter, game by game, forfeit, no-show, disqualification, lobbies).
        resultBrackets.eventId = Scheduler.eventOf(matchId);
        if (resultBrackets.showMatch(matchId))
            resultDialog.openFor(matchId);
    }

    Keys.onPressed: event => {
        const station = page.current();
        if (!station)
            return;
        if (event.key === Qt.Key_C) {
            Scheduler.callNext(station.stationId);
        } else if (event.key === Qt.Key_S) {
            if (station.matchState === 2)
                Scheduler.start(station.matchId);
        } else if (event.key === Qt.Key_F) {
            page.openFinish(station.matchId);
        } else if (event.key === Qt.Key_O) {
            Scheduler.setStationAvailable(station.stationId, !station.available);
        } else {
            return;
        }
        event.accepted = true;
    }

    BracketController {
        id: resultBrackets
        objectName: "resultBrackets"
    }
    ResultDialog {
        id: resultDialog
        objectName: "stationResult"
        controller: resultBrackets
    }

    Dialog {
        id: forfeitDialog
        property var matchId: 0
        property string message
        anchors.centerIn: parent
        width: Kirigami.Units.gridUnit * 29
        modal: true
        title: qsTr("No-show?")
        Label {
            text: forfeitDialog.message
            wrapMode: Text.WordWrap
            width: forfeitDialog.availableWidth
        }
        footer: DialogButtonBox {
            Button {
                text: qsTr("Side 1 absent")
                onClicked: {
                    Scheduler.forfeit(forfeitDialog.matchId, 0);
                    forfeitDialog.close();
                }
            }
            Button {
                text: qsTr("Side 2 absent")
                onClicked: {
                    Scheduler.forfeit(forfeitDialog.matchId, 1);
                    forfeitDialog.close();
                }
            }
            Button {
                text: qsTr("Wait")
                onClicked: forfeitDialog.close()
            }
        }
    }
    Connections {
        target: Scheduler
        function onForfeitPrompted(matchId: var, message: string) {
            forfeitDialog.matchId = matchId;
            forfeitDialog.message = message;
            forfeitDialog.open();
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Kirigami.Units.largeSpacing

        Frame {
            Layout.fillWidth: true
            visible: Scheduler.automaticCallsPaused
            RowLayout {
                anchors.fill: parent
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Automatic calls are paused while you undo. Any new action resumes them.")
                    wrapMode: Text.WordWrap
                }
                Button {
                    text: qsTr("Resume")
                    onClicked: Scheduler.resumeAutomaticCalls()
                }
            }
        }

        // Contested results first: the organiser's decision settles them (Bracket page or result dialog).
        Frame {
            objectName: "disputesFrame"
            Layout.fillWidth: true
            visible: TournamentLive.disputes.count > 0
            ColumnLayout {
                anchors.fill: parent
                Label {
                    text: qsTr("Disputes")
                    font.weight: Font.DemiBold
                    color: Theme.stateDisputed
                }
                Repeater {
                    model: TournamentLive.disputes
                    delegate: Label {
                        required property string label
                        required property string station
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: station ? label + " · " + station : label
                    }
                }
            }
        }

        PagePlaceholder {
            objectName: "noStationPlaceholder"
            visible: board.count === 0
            Layout.fillWidth: true
            Layout.preferredHeight: Kirigami.Units.gridUnit * 14
            iconName: "computer"
            text: qsTr("No station yet")
            explanation: qsTr("Each station (a PC or a console) gets a card here with its match, its time and what comes next.")
            actionText: qsTr("Open Stations")
            targetPage: "StationsPage"
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Kirigami.Units.largeSpacing

        GridView {
            id: board
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            cellWidth: Math.max(300, width / Math.max(1, Math.floor(width / 300)))
            cellHeight: Kirigami.Units.gridUnit * 14
            model: TournamentLive.stationBoard
            keyNavigationEnabled: true
            currentIndex: 0
            delegate: Item {
                id: card
                required property int index
                required property var stationId
                required property string name
                required property bool stream
                required property bool available
                required property var matchId
                required property string matchLabel
                required property int matchState
                required property int elapsedSecs
                required property var nextMatchId
                required property string nextMatchLabel
                required property var nextStart
                width: GridView.view.cellWidth
                height: GridView.view.cellHeight

                Rectangle {
                    anchors.fill: parent
                    anchors.margins: 6
                    radius: 8
                    color: !card.available ? Theme.boardOutOfOrder : card.matchState === 3 ? Theme.boardPlaying : card.matchState === 2 ? Theme.boardCalled : Theme.boardSurface
                    border.width: card.GridView.isCurrentItem ? 4 : 0
                    border.color: Kirigami.Theme.focusColor

                    MouseArea {
                        anchors.fill: parent
                        onClicked: {
                            board.currentIndex = card.index;
                            page.forceActiveFocus();
                        }
                        onDoubleClicked: page.openFinish(card.matchId)
                        // Drag the match on this station onto another one (swap or move).
                        MatchDragHandler {
                            enabled: card.matchId !== 0
                            matchId: card.matchId
                            text: card.matchLabel.replace("\n", " · ")
                            ghost: dragGhost
                        }
                    }
                    // A waiting match or another station's match dropped here.
                    StationDropArea {
                        anchors.fill: parent
                        stationId: card.stationId
                        available: card.available
                    }

                    // The stream station's tag, in the card's top margin: the station's name keeps the
                    // header's width (beside the tag it was cut to "Stre…").
                    Rectangle {
                        objectName: "streamTag" + card.index
                        visible: card.stream
                        anchors.top: parent.top
                        anchors.horizontalCenter: parent.horizontalCenter
                        width: streamLabel.implicitWidth + 14
                        height: Kirigami.Units.gridUnit
                        radius: 3
                        color: Theme.streamTag
                        Label {
                            id: streamLabel
                            anchors.centerIn: parent
                            text: qsTr("STREAM")
                            font.pointSize: Kirigami.Theme.smallFont.pointSize
                            font.weight: Font.Bold
                            color: Theme.streamTagText
                        }
                    }

                    ColumnLayout {
                        anchors.fill: parent
                        anchors.margins: 14
                        spacing: Kirigami.Units.smallSpacing
                        // The board is a dark wall screen: its controls use the dark colour set.
                        Kirigami.Theme.colorSet: Kirigami.Theme.Complementary
                        Kirigami.Theme.inherit: false
                        RowLayout {
                            Layout.fillWidth: true
                            Label {
                                objectName: "stationName" + card.index
                                text: card.name
                                font.pointSize: Kirigami.Theme.defaultFont.pointSize * 2.2
                                font.weight: Font.Bold
                                color: Theme.boardText
                                Layout.fillWidth: true
                                elide: Text.ElideRight
                            }
                            Label {
                                text: !card.available ? qsTr("Out of order") : card.matchState === 3 ? page.elapsedText(card.elapsedSecs)
                                                                                                   : card.matchState === 2 ? qsTr("Called %1").arg(page.elapsedText(card.elapsedSecs)) : qsTr("Free")
                                font.pointSize: Kirigami.Theme.defaultFont.pointSize * 1.5
                                font.features: { "tnum": 1 }
                                color: Theme.boardText
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            text: card.matchLabel.split("\n")[0]
                            font.pointSize: Kirigami.Theme.defaultFont.pointSize * 1.8
                            font.weight: Font.Bold
                            wrapMode: Text.WordWrap
                            elide: Text.ElideRight
                            maximumLineCount: 2
                            color: Theme.boardText
                        }
                        Label {
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            verticalAlignment: Text.AlignTop
                            text: card.matchLabel.split("\n")[1] ?? ""
                            font.pointSize: Kirigami.Theme.defaultFont.pointSize * 1.3
                            wrapMode: Text.WordWrap
                            maximumLineCount: 2
                            elide: Text.ElideRight
                            color: Theme.boardMutedText
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: card.nextMatchLabel.length > 0
                            text: qsTr("Next %1: %2").arg(TournamentLive.timeText(card.nextStart)).arg(card.nextMatchLabel.replace("\n", " · "))
                            font.pointSize: Kirigami.Theme.defaultFont.pointSize * 1.1
                            wrapMode: Text.WordWrap
                            maximumLineCount: 3 // "Ensuite 17 h 53 : A contre B · épreuve · tour"
                            elide: Text.ElideRight
                            color: Theme.boardMutedText
                        }
                        // A phone's report waiting for the opponent: the organiser may confirm it here.
                        RowLayout {
                            id: phoneReport
                            objectName: "phoneReport"
                            property string score: ""
                            function refresh() {
                                score = card.matchState >= 2 ? PlayerPhones.pendingReport(card.matchId) : "";
                            }
                            visible: score !== ""
                            Component.onCompleted: refresh()
                            Connections {
                                target: PlayerPhones
                                function onPendingChanged() { phoneReport.refresh(); }
                            }
                            Connections {
                                target: card
                                function onMatchIdChanged() { phoneReport.refresh(); }
                                function onMatchStateChanged() { phoneReport.refresh(); }
                            }
                            Label {
                                Layout.fillWidth: true
                                text: qsTr("Reported by phone: %1").arg(phoneReport.score)
                                font.weight: Font.Bold
                                wrapMode: Text.WordWrap
                                color: Theme.boardText
                            }
                            Button {
                                objectName: "confirmPhoneReport"
                                text: qsTr("Confirm")
                                onClicked: PlayerPhones.confirmReport(card.matchId)
                            }
                        }
                        RowLayout {
                            Button {
                                text: qsTr("Call")
                                visible: card.matchState < 2 && card.available
                                enabled: card.nextMatchId !== 0
                                onClicked: Scheduler.callNext(card.stationId)
                            }
                            Button {
                                text: qsTr("Start")
                                visible: card.matchState === 2
                                onClicked: Scheduler.start(card.matchId)
                            }
                            Button {
                                text: qsTr("Finish…")
                                visible: card.matchState >= 2
                                onClicked: page.openFinish(card.matchId)
                            }
                            // A plain button: the desktop style draws a flat one's text dark on the dark card.
                            Button {
                                text: card.available ? qsTr("Out of order") : qsTr("Back in order")
                                onClicked: Scheduler.setStationAvailable(card.stationId, !card.available)
                            }
                        }
                    }
                }
            }
        }

        // Manual control: the matches waiting for a station, in calling order; drag one onto
        // a card, or use its menu on the selected card.
        WaitingMatchList {
            Layout.preferredWidth: Kirigami.Units.gridUnit * 15
            Layout.maximumWidth: Kirigami.Units.gridUnit * 15
            Layout.fillWidth: false
            Layout.fillHeight: true
            ghost: dragGhost
            station: board.currentItem
        }
        }
    }

    MatchDragGhost {
        id: dragGhost
    }
}
