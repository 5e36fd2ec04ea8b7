// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Omnium

// The setups of the day and how each event is scheduled on them: stations (number, name, the
// games they host, the stream station, out of order) and per event the expected durations,
// rest between matches, no-show time, start, planned end and lunch break.
Kirigami.Page {
    id: page

    title: qsTr("Stations")
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

    // Stations, waiting matches and the event schedule side by side; on a narrow window
    // (900 wide) the schedule goes below the waiting matches rather than off the right.
    GridLayout {
        id: columns
        readonly property bool wide: page.width >= Kirigami.Units.gridUnit * 60
        anchors.fill: parent
        columns: wide ? 3 : 2
        columnSpacing: Kirigami.Units.gridUnit
        rowSpacing: Kirigami.Units.gridUnit

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            Layout.rowSpan: columns.wide ? 1 : 2
            spacing: Kirigami.Units.largeSpacing

            // A new station: every field labelled; the number follows the stations there are
            // (one more than the highest) until the organiser types another.
            Kirigami.FormLayout {
                id: newStation
                Layout.fillWidth: true
                function add() {
                    if (Scheduler.addStation({ number: number.value, name: stationName.text, games: games.text, stream: stream.checked }) === 0)
                        return;
                    stationName.clear();
                    stream.checked = false;
                    number.value = Qt.binding(() => TournamentLive.stations.nextNumber);
                }
                SpinBox {
                    id: number
                    objectName: "newStationNumber"
                    Kirigami.FormData.label: qsTr("Station number:")
                    Accessible.name: qsTr("Station number")
                    from: 1
                    to: 999
                    value: TournamentLive.stations.nextNumber
                    editable: true
                }
                TextField {
                    id: stationName
                    objectName: "newStationName"
                    Kirigami.FormData.label: qsTr("Name:")
                    Accessible.name: qsTr("Name")
                    placeholderText: qsTr("Station %1").arg(number.value)
                    onAccepted: newStation.add()
                }
                TextField {
                    id: games
                    objectName: "newStationGames"
                    Kirigami.FormData.label: qsTr("Games:")
                    Accessible.name: qsTr("Games")
                    placeholderText: qsTr("Any game")
                    onAccepted: newStation.add()
                    ToolTip.text: qsTr("Comma-separated; empty: any game")
                    ToolTip.visible: activeFocus
                }
                CheckBox {
                    id: stream
                    text: qsTr("Stream station")
                }
                Button {
                    objectName: "addStation"
                    text: qsTr("Add station %1").arg(number.value)
                    icon.name: "list-add"
                    enabled: Scheduler.tournamentId !== 0
                    onClicked: newStation.add()
                }
            }
            PagePlaceholder {
                objectName: "noStations"
                visible: TournamentLive.stations.count === 0
                Layout.fillWidth: true
                Layout.fillHeight: true
                iconName: "computer"
                text: qsTr("No station yet")
                explanation: qsTr("Matches are called onto free stations: add one per console or PC, numbered as on their tables.")
                // Stations belong to a tournament: without one, making it is the step before.
                nextStep: Kirigami.Action {
                    readonly property bool ready: Scheduler.tournamentId !== 0
                    text: ready ? qsTr("Add station %1").arg(number.value) : qsTr("Create the tournament")
                    icon.name: ready ? "list-add" : "go-next"
                    onTriggered: {
                        if (ready)
                            newStation.add();
                        else
                            Navigation.currentIndex = Navigation.indexOf("EventsPage");
                    }
                }
            }
            ListView {
                visible: TournamentLive.stations.count > 0
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: Kirigami.Units.mediumSpacing
                model: TournamentLive.stations
                delegate: Item {
                    id: row
                    required property var stationId
                    required property string name
                    required property string games
                    required property bool stream
                    required property bool available
                    required property var currentMatchId
                    required property string currentLabel
                    width: ListView.view.width
                    implicitHeight: rowLayout.implicitHeight + 8
                    // Drop a waiting match here to put it on this station (or swap it with the
                    // match there); drag this station's match onto another station.
                    StationDropArea {
                        anchors.fill: parent
                        stationId: row.stationId
                        available: row.available
                    }
                    RowLayout {
                        id: rowLayout
                        anchors.fill: parent
                        anchors.topMargin: Kirigami.Units.smallSpacing
                        anchors.bottomMargin: Kirigami.Units.smallSpacing
                        spacing: Kirigami.Units.largeSpacing
                        MatchDragHandler {
                            enabled: row.currentMatchId !== 0
                            matchId: row.currentMatchId
                            text: row.currentLabel
                            ghost: dragGhost
                        }
                        // Name (and stream tag) first; the games and what is on it below, wrapped
                        // rather than cut.
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 0
                            RowLayout {
                                Layout.fillWidth: true
                                Kirigami.Heading {
                                    Layout.fillWidth: true
                                    level: 3
                                    text: row.name
                                    wrapMode: Text.Wrap
                                    opacity: row.available ? 1 : 0.5
                                }
                                Kirigami.Chip {
                                    visible: row.stream
                                    text: qsTr("Stream")
                                    closable: false
                                    checkable: false
                                    Accessible.name: qsTr("Stream station")
                                }
                            }
                            Label {
                                Layout.fillWidth: true
                                text: (row.games || qsTr("any game")) + " · "
                                      + (!row.available ? qsTr("Out of order") : (row.currentLabel || qsTr("Free")))
                                wrapMode: Text.Wrap
                                maximumLineCount: 3
                                elide: Text.ElideRight
                                opacity: 0.7
                            }
                        }
                        Switch {
                            Accessible.name: qsTr("%1 working").arg(row.name)
                            checked: row.available
                            onToggled: Scheduler.setStationAvailable(row.stationId, checked)
                        }
                        ToolButton {
                            icon.name: "edit-delete"
                            text: qsTr("Delete")
                            display: AbstractButton.IconOnly
                            Accessible.name: qsTr("Delete %1").arg(row.name)
                            ToolTip.text: qsTr("Delete %1").arg(row.name)
                            ToolTip.visible: hovered
                            onClicked: Scheduler.removeStation(row.stationId)
                        }
                    }
                }
            }
        }

        WaitingMatchList {
            Layout.fillWidth: !columns.wide
            Layout.preferredWidth: columns.wide ? Kirigami.Units.gridUnit * 14 : 1
            Layout.maximumWidth: columns.wide ? Kirigami.Units.gridUnit * 17 : Number.POSITIVE_INFINITY
            // Narrow: above the schedule, a third of the height.
            Layout.fillHeight: columns.wide
            Layout.preferredHeight: columns.wide ? -1 : page.height / 3
            ghost: dragGhost
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            spacing: Kirigami.Units.largeSpacing
            Kirigami.Heading {
                text: qsTr("Event schedule")
                level: 1
                font.weight: Font.DemiBold
            }
            PagePlaceholder {
                objectName: "noScheduledEvents"
                visible: TournamentLive.events.count === 0
                Layout.fillWidth: true
                Layout.fillHeight: true
                iconName: "view-calendar"
                text: qsTr("No event in this tournament yet")
                explanation: qsTr("Each event's match lengths and start time are set here once it exists.")
                actionText: qsTr("Set up the events")
                targetPage: "EventsPage"
            }
            ScrollView {
                id: settingsScroll
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                contentWidth: availableWidth
                ColumnLayout {
                    width: settingsScroll.availableWidth
                    spacing: Kirigami.Units.largeSpacing
                    Repeater {
                        model: TournamentLive.events
                        delegate: GroupBox {
                            id: settingsBox
                            required property var eventId
                            required property string name
                            required property string game
                            readonly property var settings: Scheduler.eventSettings(settingsBox.eventId)
                            Layout.fillWidth: true
                            title: settingsBox.name + (settingsBox.game ? " · " + settingsBox.game : "")
                            GridLayout {
                                anchors.fill: parent
                                columns: 2
                                columnSpacing: 12
                                Label { text: qsTr("Bo1 (min)") }
                                SpinBox { Accessible.name: qsTr("Bo1 (min)"); id: bo1; from: 1; to: 240; editable: true; value: settingsBox.settings.bo1Minutes ?? 8 }
                                Label { text: qsTr("Bo3 (min)") }
                                SpinBox { Accessible.name: qsTr("Bo3 (min)"); id: bo3; from: 1; to: 240; editable: true; value: settingsBox.settings.bo3Minutes ?? 24 }
                                Label { text: qsTr("Bo5 (min)") }
                                SpinBox { Accessible.name: qsTr("Bo5 (min)"); id: bo5; from: 1; to: 240; editable: true; value: settingsBox.settings.bo5Minutes ?? 40 }
                                Label { text: qsTr("Rest (min)") }
                                SpinBox { Accessible.name: qsTr("Rest (min)"); id: rest; from: 0; to: 120; editable: true; value: settingsBox.settings.minRestMinutes ?? 0 }
                                Label { text: qsTr("No-show (min)") }
                                SpinBox { Accessible.name: qsTr("No-show (min)"); id: noShow; from: 1; to: 60; editable: true; value: settingsBox.settings.noShowMinutes ?? 10 }
                                Label { text: qsTr("Start") }
                                TextField { Accessible.name: qsTr("Start"); id: start; Layout.fillWidth: true; placeholderText: "10:00"; text: settingsBox.settings.start ?? "" }
                                Label { text: qsTr("Planned end") }
                                TextField { Accessible.name: qsTr("Planned end"); id: plannedEnd; Layout.fillWidth: true; placeholderText: "18:00"; text: settingsBox.settings.plannedEnd ?? "" }
                                Label { text: qsTr("Lunch break") }
                                RowLayout {
                                    TextField {
                                        Accessible.name: qsTr("Start of the lunch break")
                                        id: breakStart
                                        placeholderText: "12:30"
                                        Layout.preferredWidth: Kirigami.Units.gridUnit * 4.5
                                        text: settingsBox.settings.breaks && settingsBox.settings.breaks.length > 0 ? settingsBox.settings.breaks[0].start : ""
                                    }
                                    TextField {
                                        id: breakEnd
                                        Accessible.name: qsTr("End of the lunch break")
                                        placeholderText: "13:30"
                                        Layout.preferredWidth: Kirigami.Units.gridUnit * 4.5
                                        text: settingsBox.settings.breaks && settingsBox.settings.breaks.length > 0 ? settingsBox.settings.breaks[0].end : ""
                                    }
                                }
                                // Its own command, at once: players see it on their phones.
                                Switch {
                                    objectName: "selfReportSwitch"
                                    Layout.columnSpan: 2
                                    text: qsTr("Players report their results")
                                    ToolTip.visible: hovered
                                    ToolTip.text: qsTr("The opponent confirms on their phone.")
                                    checked: PlayerPhones.selfReporting(settingsBox.eventId)
                                    onToggled: {
                                        if (!PlayerPhones.setSelfReporting(settingsBox.eventId, checked))
                                            checked = !checked;
                                    }
                                }
                                Switch {
                                    objectName: "gameReportSwitch"
                                    Layout.columnSpan: 2
                                    text: qsTr("Phones report each game")
                                    ToolTip.visible: hovered
                                    ToolTip.text: qsTr("Who won each game, not only the score.")
                                    checked: PlayerPhones.gameReporting(settingsBox.eventId)
                                    onToggled: {
                                        if (!PlayerPhones.setGameReporting(settingsBox.eventId, checked))
                                            checked = !checked;
                                    }
                                }
                                Button {
                                    Layout.columnSpan: 2
                                    Layout.alignment: Qt.AlignRight
                                    text: qsTr("Save")
                                    onClicked: Scheduler.setEventSettings(settingsBox.eventId, {
                                        bo1Minutes: bo1.value, bo3Minutes: bo3.value, bo5Minutes: bo5.value,
                                        minRestMinutes: rest.value, noShowMinutes: noShow.value,
                                        start: start.text, plannedEnd: plannedEnd.text,
                                        breaks: breakStart.text && breakEnd.text ? [{ start: breakStart.text, end: breakEnd.text }] : [],
                                        roundSlots: settingsBox.settings.roundSlots ?? []
                                    })
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    MatchDragGhost {
        id: dragGhost
    }
}
