// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Omnium

// The venue's players: search as you type, quick add with duplicate warnings, the full form
// from the list (click or Enter), delete with what goes with it, CSV import and export.
Kirigami.Page {
    id: page

    title: qsTr("Players")
    actions: [
        Kirigami.Action {
            text: qsTr("New player…")
            icon.name: "list-add-user"
            tooltip: qsTr("Every field of a new player")
            onTriggered: editor.edit(0)
        },
        Kirigami.Action {
            id: importAction
            text: qsTr("Import CSV…")
            icon.name: "document-import"
            tooltip: qsTr("Players from a spreadsheet, with a preview first")
            onTriggered: importDialog.open()
        },
        Kirigami.Action {
            text: qsTr("Export CSV…")
            icon.name: "document-export"
            tooltip: qsTr("Every player in a spreadsheet file")
            onTriggered: exportDialog.open()
        }
    ]
    header: ToolBar {
        // In line with the title above and the page below.
        leftPadding: page.leftPadding
        rightPadding: page.rightPadding
        contentItem: RowLayout {
            Label {
                Layout.fillWidth: true
                text: qsTr("%n player(s)", "", PlayerList.count)
                elide: Text.ElideRight
            }
        }
    }

    readonly property var importState: Players.importState
    readonly property bool importing: importState.layout !== undefined
    readonly property var fieldNames: ({
        tag: qsTr("Gamer tag"), name: qsTr("Real name"), firstName: qsTr("First name"), lastName: qsTr("Last name"),
        country: qsTr("Country"), email: qsTr("E-mail"), phone: qsTr("Phone"), team: qsTr("Team"),
        rating: qsTr("Rating"), notes: qsTr("Notes")
    })
    property url importFile

    FileChooser {
        id: importDialog
        title: qsTr("Import players from CSV")
        nameFilters: [qsTr("CSV files (*.csv *.txt)")]
        onChosen: file => {
            page.importFile = file;
            Players.readImportFile(file);
        }
    }
    FileChooser {
        id: exportDialog
        title: qsTr("Export players to CSV")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("CSV files (*.csv)")]
        onChosen: file => Players.exportCsvFile(file)
    }
    ConfirmDeleteDialog {
        id: confirmDelete
    }
    // A player's phone link: made on first use, re-issued (the old one stops working) or revoked.
    Dialog {
        id: phoneLink
        objectName: "phoneLinkDialog"

        property var playerId: 0
        property string tag: ""
        property string secret: ""
        readonly property string url: PlayerPageServer.running && secret !== "" ? PlayerPageServer.playerUrl(secret).toString() : ""

        function show(id, tag) {
            playerId = id;
            phoneLink.tag = tag;
            title = qsTr("Phone link for %1").arg(tag);
            secret = PlayerPhones.linkSecret(id) || PlayerPhones.issueLink(id);
            open();
        }

        anchors.centerIn: parent
        width: Math.min(parent.width - 40, 620)
        modal: true
        standardButtons: Dialog.Close

        ColumnLayout {
            anchors.fill: parent
            spacing: Kirigami.Units.mediumSpacing

            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: phoneLink.url !== "" ? qsTr("The player opens this link on their phone: their next match, where to go, their results.")
                                           : qsTr("Switch on the player pages in the settings to get the link.")
            }
            // Scanned from the desk's screen, or copied onto a slip.
            QrCodeItem {
                objectName: "phoneLinkQr"
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: 220
                Layout.preferredHeight: 220
                visible: phoneLink.url !== ""
                text: phoneLink.url
            }
            TextField {
                Layout.fillWidth: true
                visible: phoneLink.url !== ""
                readOnly: true
                selectByMouse: true
                text: phoneLink.url
            }
            // What the player types on the poster's page, with their tag.
            Label {
                objectName: "phoneLinkCode"
                visible: phoneLink.secret !== ""
                text: qsTr("Code for the poster's page: %1").arg(PlayerPhones.findCode(phoneLink.secret))
            }
            FileChooser {
                id: slipDialog
                title: qsTr("Save the check-in slip")
                fileMode: FileDialog.SaveFile
                nameFilters: [qsTr("PDF files (*.pdf)")]
                onChosen: file => PlayerPageServer.saveSlip(file, phoneLink.playerId, phoneLink.tag)
            }
            RowLayout {
                Button {
                    objectName: "slipButton"
                    text: qsTr("Check-in slip…")
                    enabled: phoneLink.url !== ""
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("A PDF to print and hand over: the link's QR code and the code.")
                    onClicked: slipDialog.open()
                }
                Button {
                    objectName: "newLinkButton"
                    text: qsTr("New link")
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("The link handed out before stops working.")
                    onClicked: phoneLink.secret = PlayerPhones.issueLink(phoneLink.playerId)
                }
                Button {
                    objectName: "revokeLinkButton"
                    text: qsTr("Revoke")
                    enabled: phoneLink.secret !== ""
                    onClicked: {
                        if (PlayerPhones.revokeLink(phoneLink.playerId))
                            phoneLink.secret = "";
                    }
                }
            }
        }
    }

    PlayerDialog {
        id: editor
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Kirigami.Units.largeSpacing

        Frame {
            Layout.fillWidth: true
            visible: page.importing
            ColumnLayout {
                anchors.fill: parent
                spacing: Kirigami.Units.mediumSpacing
                Label {
                    text: qsTr("Import: %1, %2 row(s), read as %3").arg(page.importState.layout ?? "")
                          .arg(page.importState.rowCount ?? 0).arg(page.importState.encoding ?? "")
                    font.weight: Font.DemiBold
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: 12
                    Repeater {
                        model: page.importState.fields ?? []
                        delegate: RowLayout {
                            id: mappingRow
                            required property string modelData
                            Label {
                                text: page.fieldNames[mappingRow.modelData] ?? mappingRow.modelData
                            }
                            ComboBox {
                                implicitWidth: 180
                                model: [qsTr("(not imported)")].concat(page.importState.header ?? [])
                                currentIndex: (page.importState.mapping?.[mappingRow.modelData] ?? -1) + 1
                                onActivated: index => Players.setImportMapping(mappingRow.modelData, index - 1)
                            }
                        }
                    }
                }
                Label {
                    text: qsTr("Preview")
                    font.weight: Font.DemiBold
                }
                Repeater {
                    model: (page.importState.preview ?? []).slice(0, 5)
                    delegate: Label {
                        id: previewRow
                        required property var modelData
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        opacity: 0.8
                        text: (page.importState.fields ?? []).map(field => previewRow.modelData[field] ?? "")
                                                             .filter(value => value.length > 0).join(" · ")
                    }
                }
                Label {
                    Layout.fillWidth: true
                    visible: (page.importState.problems ?? []).length > 0
                    color: Kirigami.Theme.negativeTextColor
                    wrapMode: Text.Wrap
                    font.weight: Font.DemiBold
                    text: qsTr("Nothing will be imported until every line below is fixed in the file:")
                }
                Kirigami.InlineMessage {
                    Layout.fillWidth: true
                    visible: (page.importState.problems ?? []).length > 0
                    type: Kirigami.MessageType.Error
                    text: (page.importState.problems ?? []).slice(0, 12).join("\n")
                          + ((page.importState.problems ?? []).length > 12
                             ? "\n" + qsTr("… and %n more line(s)", "", page.importState.problems.length - 12) : "")
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    // Matched by e-mail, else by gamer tag: a file imported twice adds no one twice.
                    text: qsTr("Ready: %n new player(s)", "", page.importState.newPlayers ?? 0) + ", "
                          + qsTr("%n already there unchanged", "", page.importState.unchanged ?? 0) + ", "
                          + qsTr("%n already there with other details in the file.", "", page.importState.updates ?? 0)
                    visible: (page.importState.problems ?? []).length === 0
                }
                CheckBox {
                    id: updateBox
                    checked: true
                    visible: (page.importState.problems ?? []).length === 0 && (page.importState.updates ?? 0) > 0
                    text: qsTr("Update those players with the file's details (otherwise only the new players are added)")
                }
                RowLayout {
                    Button {
                        text: qsTr("Import")
                        highlighted: true
                        enabled: (page.importState.problems ?? []).length === 0
                                 && ((page.importState.newPlayers ?? 0) > 0 || (updateBox.checked && (page.importState.updates ?? 0) > 0))
                        onClicked: Players.commitImport(updateBox.checked)
                    }
                    Button {
                        text: qsTr("Read the file again")
                        visible: (page.importState.problems ?? []).length > 0 && page.importFile.toString().length > 0
                        onClicked: Players.readImportFile(page.importFile)
                    }
                    Button {
                        text: qsTr("Cancel")
                        onClicked: Players.cancelImport()
                    }
                }
            }
        }

        // Quick add: the four fields a desk types most, each with its label; Enter in any adds.
        Kirigami.FormLayout {
            id: quickAdd
            objectName: "quickAddForm"
            Layout.fillWidth: true
            TextField {
                id: tagField
                Kirigami.FormData.label: qsTr("Gamer tag")
                Accessible.name: qsTr("Gamer tag")
                Layout.preferredWidth: Kirigami.Units.gridUnit * 16
                onAccepted: addButton.clicked()
            }
            TextField {
                id: nameField
                Kirigami.FormData.label: qsTr("Real name")
                Accessible.name: qsTr("Real name")
                Layout.preferredWidth: Kirigami.Units.gridUnit * 16
                placeholderText: qsTr("optional")
                onAccepted: addButton.clicked()
            }
            TextField {
                id: countryField
                Kirigami.FormData.label: qsTr("Country")
                Accessible.name: qsTr("Country")
                Layout.preferredWidth: Kirigami.Units.gridUnit * 16
                placeholderText: qsTr("FR, or France")
                onAccepted: addButton.clicked()
            }
            RowLayout {
                Kirigami.FormData.label: qsTr("E-mail")
                TextField {
                    id: emailField
                    Accessible.name: qsTr("E-mail")
                    Layout.preferredWidth: Kirigami.Units.gridUnit * 16
                    placeholderText: qsTr("optional, personal data")
                    onAccepted: addButton.clicked()
                }
                Button {
                    id: addButton
                    text: qsTr("Add player")
                    enabled: tagField.text.trim().length > 0
                    onClicked: {
                        if (Players.addPlayer({ tag: tagField.text, name: nameField.text, country: countryField.text.toUpperCase(), email: emailField.text }) !== 0) {
                            tagField.clear(); nameField.clear(); countryField.clear(); emailField.clear();
                            tagField.forceActiveFocus();
                        }
                    }
                }
            }
        }
        Label {
            Layout.fillWidth: true
            color: Kirigami.Theme.neutralTextColor
            wrapMode: Text.Wrap
            text: Players.duplicateWarnings(tagField.text, emailField.text, 0).join("\n")
            visible: text.length > 0
        }

        TextField {
            Accessible.name: qsTr("Search by tag, name or team")
            id: search
            Layout.fillWidth: true
            placeholderText: qsTr("Search by tag, name or team")
            Keys.onDownPressed: list.incrementCurrentIndex()
            Keys.onUpPressed: list.decrementCurrentIndex()
            onAccepted: list.editCurrent()
        }

        PagePlaceholder {
            objectName: "noPlayers"
            visible: PlayerList.count === 0 && !page.importing
            Layout.fillWidth: true
            Layout.fillHeight: true
            iconName: "list-add-user"
            text: qsTr("No player yet")
            explanation: qsTr("Type a gamer tag in the row above and press Enter, or import the registration spreadsheet.")
            nextStep: importAction
        }
        ListView {
            id: list
            visible: PlayerList.count > 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            keyNavigationEnabled: true
            function editCurrent() {
                const player = players.get(currentIndex);
                if (player.id !== undefined)
                    editor.edit(player.id);
            }
            Keys.onReturnPressed: editCurrent()
            Keys.onEnterPressed: editCurrent()
            model: SortFilterModel {
                id: players
                sourceModel: PlayerList
                search: search.text
                sortRoleName: "tag"
            }
            ScrollBar.vertical: ScrollBar {}
            // Column titles over compact rows: at 1366×768 about twenty players show at once.
            headerPositioning: ListView.OverlayHeader
            header: Rectangle {
                z: 2
                width: ListView.view.width
                implicitHeight: headerRow.implicitHeight + Kirigami.Units.smallSpacing * 2
                color: Kirigami.Theme.backgroundColor
                RowLayout {
                    id: headerRow
                    anchors.fill: parent
                    anchors.leftMargin: Kirigami.Units.largeSpacing
                    anchors.rightMargin: Kirigami.Units.largeSpacing
                    spacing: Kirigami.Units.largeSpacing
                    Label {
                        text: qsTr("Gamer tag")
                        font.weight: Font.DemiBold
                        Layout.preferredWidth: 220
                    }
                    Label {
                        text: qsTr("Real name")
                        font.weight: Font.DemiBold
                        Layout.preferredWidth: 220
                    }
                    Label {
                        text: qsTr("Country")
                        font.weight: Font.DemiBold
                        Layout.preferredWidth: 60
                    }
                    Label {
                        text: qsTr("Teams")
                        font.weight: Font.DemiBold
                        Layout.fillWidth: true
                    }
                }
            }
            delegate: ItemDelegate {
                id: row
                required property int index
                required property var id
                required property string tag
                required property var name
                required property var country
                required property string teams
                required property int version
                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                topPadding: Kirigami.Units.smallSpacing
                bottomPadding: Kirigami.Units.smallSpacing
                onClicked: {
                    list.currentIndex = index;
                    editor.edit(row.id);
                }
                contentItem: RowLayout {
                    spacing: Kirigami.Units.largeSpacing
                    Label {
                        text: row.tag
                        font.weight: Font.DemiBold
                        Layout.preferredWidth: 220
                        elide: Text.ElideRight
                    }
                    Label {
                        text: row.name ?? ""
                        Layout.preferredWidth: 220
                        elide: Text.ElideRight
                    }
                    CountryLabel {
                        country: row.country ?? ""
                        Layout.preferredWidth: 60
                    }
                    Label {
                        text: row.teams
                        opacity: 0.7
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                    }
                    ToolButton {
                        text: qsTr("Edit")
                        icon.name: "document-edit"
                        display: AbstractButton.IconOnly
                        ToolTip.text: text
                        ToolTip.visible: hovered
                        onClicked: {
                            list.currentIndex = row.index;
                            editor.edit(row.id);
                        }
                    }
                    ToolButton {
                        objectName: "phoneLinkButton"
                        text: qsTr("Phone link")
                        onClicked: phoneLink.show(row.id, row.tag)
                    }
                    ToolButton {
                        text: qsTr("Delete")
                        icon.name: "edit-delete"
                        display: AbstractButton.IconOnly
                        ToolTip.text: text
                        ToolTip.visible: hovered
                        onClicked: {
                            const id = row.id, version = row.version;
                            confirmDelete.ask("players", id, row.tag, () => Players.removePlayer(id, version));
                        }
                    }
                }
            }
        }
    }
}
