// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Omnium

// Adds or edits a team's name, tag, logo and notes (the roster is edited beside the list).
// One undoable command; a refused save is explained here and the form stays open.
Dialog {
    id: dialog

    property double teamId: 0 // 0: a new team
    property int version: 0
    property string storedLogo
    property url logoFile
    property bool logoChanged: false

    function edit(id) {
        teamId = id;
        load();
        open();
    }
    function load() {
        const row = teamId !== 0 ? TeamList.get(TeamList.rowOf(teamId)) : {};
        teamName.text = row.name ?? "";
        teamTag.text = row.tag ?? "";
        notes.text = row.notes ?? "";
        version = row.version ?? 0;
        storedLogo = row.hasLogo ? Players.imageUrl("teams", teamId) : "";
        logoFile = "";
        logoChanged = false;
        problem.text = "";
        problem.stale = false;
        teamName.forceActiveFocus();
    }
    function save() {
        const values = { name: teamName.text, tag: teamTag.text, notes: notes.text };
        if (logoChanged)
            values.logo = logoFile;
        const saved = teamId === 0 ? Players.addTeam(values) !== 0 : Players.updateTeam(teamId, version, values);
        if (saved) {
            close();
            return;
        }
        problem.text = Store.lastError;
        TeamList.reload();
        problem.stale = teamId !== 0 && TeamList.get(TeamList.rowOf(teamId)).version !== version;
    }

    anchors.centerIn: Overlay.overlay
    modal: true
    width: Math.min(640, parent ? parent.width - 48 : 640)
    title: teamId === 0 ? qsTr("New team") : qsTr("Edit team %1").arg(teamName.text)

    FileChooser {
        id: logoDialog
        title: qsTr("Choose a logo")
        nameFilters: [qsTr("Images (*.png *.jpg *.jpeg *.gif *.webp)")]
        onChosen: file => {
            dialog.logoFile = file;
            dialog.logoChanged = true;
        }
    }

    // (sized from the form: a Popup does not follow a FormLayout's implicit height by itself)
    contentHeight: content.implicitHeight

    ColumnLayout {
        id: content
        anchors.fill: parent
        spacing: Kirigami.Units.largeSpacing
        RowLayout {
            spacing: Kirigami.Units.gridUnit
            Kirigami.FormLayout {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                TextField {
                    Kirigami.FormData.label: qsTr("Name")
                    Accessible.name: qsTr("Name")
                    id: teamName
                    Layout.fillWidth: true
                    onAccepted: dialog.save()
                }
                TextField {
                    Kirigami.FormData.label: qsTr("Tag")
                    Accessible.name: qsTr("Tag")
                    id: teamTag
                    Layout.preferredWidth: 120
                    placeholderText: qsTr("short, e.g. CG")
                    onAccepted: dialog.save()
                }
                TextArea {
                    id: notes
                    Kirigami.FormData.label: qsTr("Notes")
                    Accessible.name: qsTr("Notes")
                    Layout.fillWidth: true
                    Layout.preferredHeight: 70
                    wrapMode: TextEdit.Wrap
                }
            }
            ColumnLayout {
                Rectangle {
                    Layout.preferredWidth: 96
                    Layout.preferredHeight: 96
                    color: "transparent"
                    border.color: Kirigami.ColorUtils.linearInterpolation(Kirigami.Theme.backgroundColor, Kirigami.Theme.textColor, Kirigami.Theme.frameContrast)
                    radius: 4
                    Image {
                        anchors.fill: parent
                        anchors.margins: 2
                        fillMode: Image.PreserveAspectFit
                        source: dialog.logoChanged ? dialog.logoFile : dialog.storedLogo
                    }
                    Label {
                        anchors.centerIn: parent
                        visible: !(dialog.logoChanged ? dialog.logoFile.toString() : dialog.storedLogo)
                        text: qsTr("No logo")
                        opacity: 0.6
                    }
                }
                Button {
                    text: qsTr("Choose logo…")
                    onClicked: logoDialog.open()
                }
                Button {
                    text: qsTr("Remove logo")
                    enabled: (dialog.logoChanged ? dialog.logoFile.toString() : dialog.storedLogo).length > 0
                    onClicked: {
                        dialog.logoFile = "";
                        dialog.logoChanged = true;
                    }
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
            text: dialog.teamId === 0 ? qsTr("Add team") : qsTr("Save")
            highlighted: true
            onClicked: dialog.save()
        }
    }
}
