// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Omnium

// Adds or edits one player: every field, with the duplicate warnings while typing. Saving is
// one undoable command; a refused save (a rule, or the player changed at another desk) is
// explained here and the form stays open.
Dialog {
    id: dialog

    property double playerId: 0 // 0: a new player
    property int version: 0
    property string storedPhoto // the saved photo as a data: URL
    property url photoFile
    property bool photoChanged: false

    function edit(id) {
        playerId = id;
        load();
        open();
    }
    function load() {
        const row = playerId !== 0 ? PlayerList.get(PlayerList.rowOf(playerId)) : {};
        tag.text = row.tag ?? "";
        realName.text = row.name ?? "";
        country.text = row.country ?? "";
        email.text = row.email ?? "";
        phone.text = row.phone ?? "";
        rating.text = row.rating !== undefined && row.rating !== null ? String(row.rating) : "";
        notes.text = row.notes ?? "";
        version = row.version ?? 0;
        storedPhoto = row.hasPhoto ? Players.imageUrl("players", playerId) : "";
        photoFile = "";
        photoChanged = false;
        problem.text = "";
        problem.stale = false;
        tag.forceActiveFocus();
    }
    function save() {
        const values = { tag: tag.text, name: realName.text, country: country.text, email: email.text,
                         phone: phone.text, rating: rating.text, notes: notes.text };
        if (photoChanged)
            values.photo = photoFile;
        const saved = playerId === 0 ? Players.addPlayer(values) !== 0 : Players.updatePlayer(playerId, version, values);
        if (saved) {
            close();
            return;
        }
        problem.text = Store.lastError;
        PlayerList.reload();
        const current = PlayerList.get(PlayerList.rowOf(playerId));
        problem.stale = playerId !== 0 && current.version !== version;
    }

    anchors.centerIn: Overlay.overlay
    modal: true
    width: Math.min(720, parent ? parent.width - 48 : 720)
    title: playerId === 0 ? qsTr("New player") : qsTr("Edit player %1").arg(tag.text)

    FileChooser {
        id: photoDialog
        title: qsTr("Choose a photo")
        nameFilters: [qsTr("Images (*.png *.jpg *.jpeg *.gif *.webp)")]
        onChosen: file => {
            dialog.photoFile = file;
            dialog.photoChanged = true;
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
                TextField {
                    Kirigami.FormData.label: qsTr("Gamer tag")
                    Accessible.name: qsTr("Gamer tag")
                    id: tag
                    Layout.fillWidth: true
                    onAccepted: dialog.save()
                }
                TextField {
                    Kirigami.FormData.label: qsTr("Real name")
                    Accessible.name: qsTr("Real name")
                    id: realName
                    Layout.fillWidth: true
                    placeholderText: qsTr("optional")
                    onAccepted: dialog.save()
                }
                RowLayout {
                    Kirigami.FormData.label: qsTr("Country")
                    TextField {
                        Accessible.name: qsTr("Country")
                        id: country
                        Layout.preferredWidth: Kirigami.Units.gridUnit * 9
                        placeholderText: qsTr("FR, or France")
                        onAccepted: dialog.save()
                    }
                    CountryLabel {
                        country: country.text.trim().length === 2 ? country.text.trim().toUpperCase() : ""
                        font.pixelSize: 20
                    }
                }
                TextField {
                    Kirigami.FormData.label: qsTr("E-mail")
                    Accessible.name: qsTr("E-mail")
                    id: email
                    Layout.fillWidth: true
                    placeholderText: qsTr("optional, personal data")
                    onAccepted: dialog.save()
                }
                TextField {
                    Kirigami.FormData.label: qsTr("Phone")
                    Accessible.name: qsTr("Phone")
                    id: phone
                    Layout.fillWidth: true
                    placeholderText: qsTr("optional, personal data")
                    onAccepted: dialog.save()
                }
                TextField {
                    Kirigami.FormData.label: qsTr("Rating")
                    Accessible.name: qsTr("Rating")
                    id: rating
                    Layout.preferredWidth: Kirigami.Units.gridUnit * 9
                    placeholderText: qsTr("for seeding")
                    onAccepted: dialog.save()
                }
                TextArea {
                    id: notes
                    Kirigami.FormData.label: qsTr("Notes")
                    Accessible.name: qsTr("Notes")
                    Layout.fillWidth: true
                    Layout.preferredHeight: 80
                    wrapMode: TextEdit.Wrap
                }
            }
            ColumnLayout {
                Layout.alignment: Qt.AlignTop
                Rectangle {
                    Layout.preferredWidth: 128
                    Layout.preferredHeight: 128
                    color: "transparent"
                    border.color: Kirigami.ColorUtils.linearInterpolation(Kirigami.Theme.backgroundColor, Kirigami.Theme.textColor, Kirigami.Theme.frameContrast)
                    radius: 4
                    Image {
                        anchors.fill: parent
                        anchors.margins: 2
                        fillMode: Image.PreserveAspectFit
                        source: dialog.photoChanged ? dialog.photoFile : dialog.storedPhoto
                    }
                    Label {
                        anchors.centerIn: parent
                        visible: !(dialog.photoChanged ? dialog.photoFile.toString() : dialog.storedPhoto)
                        text: qsTr("No photo")
                        opacity: 0.6
                    }
                }
                Button {
                    text: qsTr("Choose photo…")
                    onClicked: photoDialog.open()
                }
                Button {
                    text: qsTr("Remove photo")
                    enabled: (dialog.photoChanged ? dialog.photoFile.toString() : dialog.storedPhoto).length > 0
                    onClicked: {
                        dialog.photoFile = "";
                        dialog.photoChanged = true;
                    }
                }
            }
        }
        Kirigami.InlineMessage {
            Layout.fillWidth: true
            type: Kirigami.MessageType.Warning
            text: dialog.visible ? Players.duplicateWarnings(tag.text, email.text, dialog.playerId).join("\n") : ""
            visible: text.length > 0
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
            text: dialog.playerId === 0 ? qsTr("Add player") : qsTr("Save")
            highlighted: true
            onClicked: dialog.save()
        }
    }
}
