// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Omnium

// Edits a tournament's name, venue and dates as one undoable command; a refused save (a
// date that is not one, or the tournament changed at another desk) is explained here.
Dialog {
    id: dialog

    property double tournamentId: 0
    property int version: 0

    function edit(id) {
        tournamentId = id;
        load();
        open();
    }
    function load() {
        const row = TournamentList.get(TournamentList.rowOf(tournamentId));
        tournamentName.text = row.name ?? "";
        venue.text = row.venue ?? "";
        startsOn.text = row.startsOn ?? "";
        endsOn.text = row.endsOn ?? "";
        version = row.version ?? 0;
        problem.text = "";
        problem.stale = false;
        tournamentName.forceActiveFocus();
    }
    function save() {
        if (Events.updateTournament(tournamentId, version, { name: tournamentName.text, venue: venue.text,
                                                              startsOn: startsOn.text, endsOn: endsOn.text })) {
            close();
            return;
        }
        problem.text = Store.lastError;
        TournamentList.reload();
        problem.stale = TournamentList.get(TournamentList.rowOf(tournamentId)).version !== version;
    }

    anchors.centerIn: Overlay.overlay
    modal: true
    width: Math.min(560, parent ? parent.width - 48 : 560)
    title: qsTr("Edit tournament %1").arg(tournamentName.text)

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
                id: tournamentName
                Layout.fillWidth: true
                onAccepted: dialog.save()
            }
            TextField {
                Kirigami.FormData.label: qsTr("Venue")
                Accessible.name: qsTr("Venue")
                id: venue
                Layout.fillWidth: true
                onAccepted: dialog.save()
            }
            TextField {
                Kirigami.FormData.label: qsTr("Starts on")
                Accessible.name: qsTr("Starts on")
                id: startsOn
                Layout.preferredWidth: Kirigami.Units.gridUnit * 9
                placeholderText: qsTr("YYYY-MM-DD")
                onAccepted: dialog.save()
            }
            TextField {
                Kirigami.FormData.label: qsTr("Ends on")
                Accessible.name: qsTr("Ends on")
                id: endsOn
                Layout.preferredWidth: Kirigami.Units.gridUnit * 9
                placeholderText: qsTr("YYYY-MM-DD")
                onAccepted: dialog.save()
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
