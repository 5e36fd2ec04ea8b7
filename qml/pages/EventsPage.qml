// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Omnium

// Tournaments (name, venue, dates) and their events (game, 1v1 or team size, entrant cap):
// quick add above each list, the full form from the row's Edit (or a double click).
Kirigami.Page {
    id: page

    title: qsTr("Tournament and events")

    TournamentDialog {
        id: tournamentEditor
    }
    EventDialog {
        id: eventEditor
        events: eventList
    }
    ConfirmDeleteDialog {
        id: confirmDelete
    }

    // Without a choice yet, the most recent tournament is the one being worked on.
    function pickTournament() {
        if (Selection.tournamentId === 0 && tournaments.count > 0)
            Selection.tournamentId = tournaments.get(0).id;
    }

    RowLayout {
        anchors.fill: parent
        spacing: Kirigami.Units.gridUnit

        ColumnLayout {
            Layout.fillHeight: true
            Layout.preferredWidth: Kirigami.Units.gridUnit * 24
            spacing: Kirigami.Units.largeSpacing
            Kirigami.Heading {
                level: 2
                text: qsTr("Tournaments")
            }
            // A new tournament: every field with its label (the date is today's unless changed).
            Kirigami.FormLayout {
                Layout.fillWidth: true
                TextField {
                    id: tournamentName
                    objectName: "tournamentName"
                    Kirigami.FormData.label: qsTr("Tournament name")
                    Accessible.name: qsTr("Tournament name")
                    Layout.fillWidth: true
                    onAccepted: addTournament.clicked()
                }
                TextField {
                    id: venue
                    Kirigami.FormData.label: qsTr("Venue")
                    Accessible.name: qsTr("Venue")
                    Layout.fillWidth: true
                    onAccepted: addTournament.clicked()
                }
                TextField {
                    id: startsOn
                    Kirigami.FormData.label: qsTr("Date (YYYY-MM-DD)")
                    Accessible.name: qsTr("Date (YYYY-MM-DD)")
                    Layout.preferredWidth: Kirigami.Units.gridUnit * 9
                    text: new Date().toISOString().slice(0, 10)
                    onAccepted: addTournament.clicked()
                }
                Button {
                    id: addTournament
                    text: qsTr("Add tournament")
                    enabled: tournamentName.text.trim().length > 0
                    onClicked: {
                        const id = Events.addTournament({ name: tournamentName.text, venue: venue.text, startsOn: startsOn.text, endsOn: startsOn.text });
                        if (id !== 0) {
                            Selection.tournamentId = id;
                            tournamentName.clear();
                            eventName.forceActiveFocus(); // the next step: its events
                        }
                    }
                }
            }
            PagePlaceholder {
                objectName: "noTournaments"
                visible: tournaments.count === 0
                Layout.fillWidth: true
                Layout.fillHeight: true
                iconName: "view-calendar"
                text: qsTr("No tournament yet")
                explanation: qsTr("A tournament is the evening or weekend: its events, stations and players.")
                nextStep: Kirigami.Action {
                    text: qsTr("Name the tournament")
                    icon.name: "list-add"
                    onTriggered: tournamentName.forceActiveFocus()
                }
            }
            ListView {
                visible: tournaments.count > 0
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: SortFilterModel {
                    id: tournaments
                    sourceModel: TournamentList
                    sortRoleName: "startsOn"
                    descending: true
                    onCountChanged: page.pickTournament()
                }
                Component.onCompleted: {
                    page.pickTournament();
                    // Typing starts where the work is: a first tournament, else its events.
                    (Selection.tournamentId === 0 ? tournamentName : eventName).forceActiveFocus();
                }
                delegate: ItemDelegate {
                    id: tournamentRow
                    required property var id
                    required property string name
                    required property var venue
                    required property var startsOn
                    required property var endsOn
                    required property int eventCount
                    required property int version
                    width: ListView.view.width
                    highlighted: Selection.tournamentId === tournamentRow.id
                    onClicked: Selection.tournamentId = tournamentRow.id
                    onDoubleClicked: tournamentEditor.edit(tournamentRow.id)
                    contentItem: RowLayout {
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            Kirigami.Heading {
                                Layout.fillWidth: true
                                wrapMode: Text.Wrap
                                level: 3
                                font.weight: Font.DemiBold
                                text: tournamentRow.name
                            }
                            Label {
                                Layout.fillWidth: true
                                wrapMode: Text.Wrap
                                opacity: 0.7
                                text: (tournamentRow.startsOn ?? "")
                                      + (tournamentRow.endsOn && tournamentRow.endsOn !== tournamentRow.startsOn
                                         ? " – " + tournamentRow.endsOn : "")
                                      + (tournamentRow.venue ? " · " + tournamentRow.venue : "")
                                      + " · " + qsTr("%n event(s)", "", tournamentRow.eventCount)
                            }
                        }
                        ToolButton {
                            text: qsTr("Edit")
                            onClicked: tournamentEditor.edit(tournamentRow.id)
                        }
                        ToolButton {
                            text: qsTr("Delete")
                            onClicked: {
                                const id = tournamentRow.id, version = tournamentRow.version;
                                confirmDelete.ask("tournaments", id, tournamentRow.name, () => {
                                    if (Events.removeTournament(id, version) && Selection.tournamentId === id)
                                        Selection.tournamentId = 0;
                                });
                            }
                        }
                    }
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Kirigami.Units.largeSpacing
            enabled: Selection.tournamentId !== 0
            Kirigami.Heading {
                text: qsTr("Events")
                level: 1
                font.weight: Font.DemiBold
            }
            // A new event of the chosen tournament: name, game, 1v1 or team size, cap.
            Kirigami.FormLayout {
                Layout.fillWidth: true
                TextField {
                    id: eventName
                    objectName: "eventName"
                    Kirigami.FormData.label: qsTr("Event name")
                    Accessible.name: qsTr("Event name")
                    Layout.fillWidth: true
                    onAccepted: addEvent.clicked()
                }
                TextField {
                    id: game
                    Kirigami.FormData.label: qsTr("Game")
                    Accessible.name: qsTr("Game")
                    Layout.fillWidth: true
                    onAccepted: addEvent.clicked()
                }
                SpinBox {
                    id: teamSize
                    Kirigami.FormData.label: qsTr("Team size")
                    Accessible.name: qsTr("Team size")
                    from: 1
                    to: 10
                    value: 1
                }
                SpinBox {
                    id: cap
                    Kirigami.FormData.label: qsTr("Cap")
                    Accessible.name: qsTr("Cap")
                    from: 0
                    to: 4096
                    value: 0
                    editable: true
                }
                Button {
                    id: addEvent
                    text: qsTr("Add event")
                    enabled: eventName.text.trim().length > 0
                    onClicked: {
                        const id = Events.addEvent(Selection.tournamentId, { name: eventName.text, game: game.text, teamSize: teamSize.value, entrantCap: cap.value });
                        if (id !== 0) {
                            Selection.eventId = id;
                            eventName.clear();
                        }
                    }
                }
            }
            PagePlaceholder {
                objectName: "noEvents"
                visible: Selection.tournamentId !== 0 && eventList.count === 0
                Layout.fillWidth: true
                Layout.fillHeight: true
                iconName: "games-config-board"
                text: qsTr("No event yet")
                explanation: qsTr("An event is one game's competition: its players register for it and it has its own bracket.")
                nextStep: Kirigami.Action {
                    text: qsTr("Name the first event")
                    icon.name: "list-add"
                    onTriggered: eventName.forceActiveFocus()
                }
            }
            ListView {
                visible: eventList.count > 0
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: EventModel {
                    id: eventList
                    tournamentId: Selection.tournamentId
                }
                delegate: ItemDelegate {
                    id: eventRow
                    required property var id
                    required property string name
                    required property var game
                    required property int teamSize
                    required property var entrantCap
                    required property int entrantCount
                    required property int waitlistCount
                    required property int checkedInCount
                    required property int version
                    width: ListView.view.width
                    highlighted: Selection.eventId === eventRow.id
                    onDoubleClicked: eventEditor.edit(eventRow.id)
                    contentItem: RowLayout {
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            Kirigami.Heading {
                                Layout.fillWidth: true
                                wrapMode: Text.Wrap
                                level: 3
                                font.weight: Font.DemiBold
                                text: eventRow.name
                            }
                            Label {
                                Layout.fillWidth: true
                                wrapMode: Text.Wrap
                                opacity: 0.7
                                text: eventRow.summary
                            }
                        }
                        ToolButton {
                            text: qsTr("Edit")
                            onClicked: eventEditor.edit(eventRow.id)
                        }
                        ToolButton {
                            text: qsTr("Delete")
                            onClicked: {
                                const id = eventRow.id, version = eventRow.version;
                                confirmDelete.ask("events", id, eventRow.name, () => Events.removeEvent(id, version));
                            }
                        }
                    }
                    readonly property string summary: (eventRow.game ? eventRow.game + " · " : "")
                          + (eventRow.teamSize === 1 ? qsTr("1v1") : qsTr("teams of %1").arg(eventRow.teamSize)) + " · "
                          + (eventRow.entrantCap ? qsTr("%1 / %2 entrants").arg(eventRow.entrantCount).arg(eventRow.entrantCap)
                                                 : qsTr("%n entrant(s)", "", eventRow.entrantCount))
                          + (eventRow.waitlistCount > 0 ? " · " + qsTr("%n waiting", "", eventRow.waitlistCount) : "")
                          + " · " + qsTr("%1 checked in").arg(eventRow.checkedInCount)
                    onClicked: Selection.eventId = eventRow.id
                }
            }
        }
    }
}
