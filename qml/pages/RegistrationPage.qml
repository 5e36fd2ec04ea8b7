// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Omnium

// Registers players in the chosen event: type a few letters, Enter registers the highlighted player.
Kirigami.Page {
    id: page

    title: qsTr("Registration")
    header: ToolBar {
        // In line with the title above and the page below.
        leftPadding: page.leftPadding
        rightPadding: page.rightPadding
        contentItem: RowLayout {
            Label {
                Layout.fillWidth: true
                text: qsTr("%1 registered, %2 on the waiting list").arg(entrants.registeredCount).arg(entrants.waitlistCount)
                elide: Text.ElideRight
            }
            EventPicker {}
        }
    }

    ConfirmDeleteDialog {
        id: confirmUnregister
    }

    EntrantModel {
        id: entrants
        eventId: Selection.eventId
    }
    SortFilterModel {
        id: entrantRows
        sourceModel: entrants
    }
    // The players already in the event, marked in the search results.
    readonly property var registeredPlayers: {
        entrants.registeredCount;
        entrants.waitlistCount;
        return new Set(entrantRows.values("playerId"));
    }

    // What the last Enter did, said beside the field; the field's text is then selected so
    // that the next name typed (or scanned) replaces it instead of being appended.
    function answer(type: int, text: string) {
        outcome.type = type;
        outcome.text = text;
        outcome.visible = true;
        search.selectAll();
    }

    PagePlaceholder {
        objectName: "noEventPlaceholder"
        visible: Selection.eventId <= 0
        anchors.fill: parent
        iconName: "view-calendar"
        text: qsTr("No event yet")
        explanation: qsTr("Entrants belong to an event: create the tournament and its events first.")
        actionText: qsTr("Open Tournament and events")
        targetPage: "EventsPage"
    }

    ColumnLayout {
        anchors.fill: parent
        visible: Selection.eventId > 0
        spacing: Kirigami.Units.largeSpacing

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Kirigami.Units.gridUnit

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                TextField {
                    Accessible.name: qsTr("Find a player, Enter registers")
                    id: search
                    Layout.fillWidth: true
                    placeholderText: qsTr("Find a player, Enter registers")
                    focus: true
                    Keys.onDownPressed: players.incrementCurrentIndex()
                    Keys.onUpPressed: players.decrementCurrentIndex()
                    // With nothing typed, Ctrl+Z undoes the last registration (not the field's text).
                    Keys.onPressed: event => {
                        if (search.text.length === 0 && event.matches(StandardKey.Undo)) {
                            Store.undo();
                            event.accepted = true;
                        }
                    }
                    onAccepted: {
                        const player = playerResults.get(players.currentIndex);
                        if (player.id === undefined) {
                            page.answer(Kirigami.MessageType.Warning, qsTr("Nobody matches “%1”.").arg(search.text));
                        } else if (page.registeredPlayers.has(player.id)) {
                            page.answer(Kirigami.MessageType.Information, qsTr("%1 is already registered.").arg(player.tag));
                        } else if (Events.registerPlayer(Selection.eventId, player.id) !== 0) {
                            page.answer(Kirigami.MessageType.Positive, qsTr("%1 registered.").arg(player.tag));
                            search.clear();
                        } else {
                            search.selectAll();
                        }
                    }
                }
                Kirigami.InlineMessage {
                    id: outcome
                    objectName: "registrationOutcome"
                    Layout.fillWidth: true
                    visible: false
                }
                Button {
                    text: search.text.length > 0 ? qsTr("Register the %n player(s) shown", "", playerResults.count)
                                                 : qsTr("Register all %n player(s)", "", playerResults.count)
                    enabled: playerResults.count > 0 && Selection.eventId !== 0
                    onClicked: Events.registerPlayers(Selection.eventId, playerResults.values("id"))
                }
                ListView {
                    id: players
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: SortFilterModel {
                        id: playerResults
                        sourceModel: PlayerList
                        search: search.text
                        sortRoleName: "tag"
                    }
                    delegate: ItemDelegate {
                        id: playerRow
                        required property int index
                        required property var id
                        required property string tag
                        required property var name
                        readonly property bool registered: page.registeredPlayers.has(playerRow.id)
                        width: ListView.view.width
                        highlighted: ListView.isCurrentItem
                        text: playerRow.tag + (playerRow.name ? " · " + playerRow.name : "")
                              + (registered ? " · " + qsTr("registered") : "")
                        opacity: registered ? 0.6 : 1
                        icon.name: registered ? "checkmark" : ""
                        onClicked: Events.registerPlayer(Selection.eventId, playerRow.id)
                    }
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Kirigami.Heading {
                    text: qsTr("Entrants")
                    level: 1
                    font.weight: Font.DemiBold
                }
                ListView {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: SortFilterModel {
                        sourceModel: entrants
                        sortRoleName: "registeredAt"
                    }
                    delegate: ItemDelegate {
                        id: entrantRow
                        required property var id
                        required property string name
                        required property bool waitlisted
                        required property var seed
                        required property int version
                        width: ListView.view.width
                        contentItem: RowLayout {
                            Kirigami.Heading {
                                text: (entrantRow.seed ? "#" + entrantRow.seed + "  " : "") + entrantRow.name
                                level: 3
                                Layout.fillWidth: true
                            }
                            Label {
                                visible: entrantRow.waitlisted
                                text: qsTr("waiting list")
                                color: Kirigami.Theme.neutralTextColor
                            }
                            ToolButton {
                                text: qsTr("Unregister")
                                onClicked: {
                                    // Asked only when a bracket already uses the entrant; otherwise Ctrl+Z is enough.
                                    const id = entrantRow.id, version = entrantRow.version;
                                    if (Players.dependentsText("entrants", id).length > 0)
                                        confirmUnregister.ask("entrants", id, entrantRow.name, () => Events.unregister(id, version));
                                    else
                                        Events.unregister(id, version);
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
