// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Omnium

// Edits an event's name, game, team size and entrant cap as one undoable command. A raised
// cap lets the waiting list in; a refused save is explained here and the form stays open.
Dialog {
    id: dialog

    required property var events // the EventModel the event is shown in
    property double eventId: 0
    property int version: 0

    function edit(id) {
        eventId = id;
        load();
        open();
    }
    function load() {
        const row = events.get(events.rowOf(eventId));
        eventName.text = row.name ?? "";
        game.text = row.game ?? "";
        teamSize.value = Number(row.teamSize ?? 1);
        cap.value = Number(row.entrantCap ?? 0);
        version = row.version ?? 0;
        problem.text = "";
        problem.stale = false;
        eventName.forceActiveFocus();
    }
    function save() {
        if (Events.updateEvent(eventId, version, { name: eventName.text, game: game.text, teamSize: teamSize.value,
                                                   entrantCap: cap.value })) {
            close();
            return;
        }
        problem.text = Store.lastError;
        events.reload();
        problem.stale = events.get(events.rowOf(eventId)).version !== version;
    }

    anchors.centerIn: Overlay.overlay
    modal: true
    width: Math.min(560, parent ? parent.width - 48 : 560)
    title: qsTr("Edit event %1").arg(eventName.text)

    // (sized from the form: a Popup does not follow a FormLayout's implicit height by itself)
    contentHeight: content.implicitHeight

    ColumnLayout {
        id: content
        anchors.fill: parent
        spacing: Kirigami.Units.largeSpacing
        Kirigami.FormLayout {
            Layout.fillWidth: true
            TextField {
                Kirigami.FormData.label: qsTr("Name")
                Accessible.name: qsTr("Name")
                id: eventName
                Layout.fillWidth: true
                onAccepted: dialog.save()
            }
            TextField {
                Kirigami.FormData.label: qsTr("Game")
                Accessible.name: qsTr("Game")
                id: game
                Layout.fillWidth: true
                onAccepted: dialog.save()
            }
            RowLayout {
                Kirigami.FormData.label: qsTr("Team size")
                SpinBox {
                    Accessible.name: qsTr("Team size")
                    id: teamSize
                    from: 1
                    to: 10
                    editable: true
                }
                Label {
                    text: teamSize.value === 1 ? qsTr("1v1: players register") : qsTr("teams register")
                    opacity: 0.7
                }
            }
            RowLayout {
                Kirigami.FormData.label: qsTr("Entrant cap")
                SpinBox {
                    Accessible.name: qsTr("Entrant cap")
                    id: cap
                    from: 0
                    to: 4096
                    editable: true
                }
                Label {
                    text: cap.value === 0 ? qsTr("no cap") : qsTr("then a waiting list")
                    opacity: 0.7
                }
            }
        }
        SaveProblem {
            id: problem
            Layout.fillWidth: true
            onReloadRequested: dialog.load()
        }
    }

    footer: RowLayout {
        spacing: Kirigami.Units.largeSpacing
        Item { Layout.fillWidth: true }
        Button {
            text: qsTr("Cancel")
            flat: true
            onClicked: dialog.close()
        }
        Button {
            Layout.rightMargin: Kirigami.Units.gridUnit
            Layout.bottomMargin: Kirigami.Units.largeSpacing
            text: qsTr("Save")
            highlighted: true
            onClicked: dialog.save()
        }
    }
}
