// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Omnium

// Getting back to a known state and moving tournaments between laptops: backups (automatic
// and by hand) with restore, .omnium archives out and in, and the CSV/JSON exports.
Kirigami.ScrollablePage {
    id: page

    title: qsTr("Backups")
    actions: [
        Kirigami.Action {
            id: backUpNow
            text: qsTr("Back up now")
            icon.name: "document-save"
            tooltip: qsTr("A copy of the database beside the automatic ones")
            enabled: !Archives.busy
            onTriggered: Archives.backupNow()
        }
    ]
    header: ToolBar {
        // In line with the title above and the page below.
        leftPadding: page.leftPadding
        rightPadding: page.rightPadding
        contentItem: RowLayout {
            Label {
                Layout.fillWidth: true
                text: qsTr("Backups, archives and exports")
                elide: Text.ElideRight
            }
        }
    }

    readonly property var pending: Archives.pendingImport
    readonly property bool hasPending: pending.scope !== undefined

    FileChooser {
        id: exportDialog
        property var tournamentId: 0
        title: tournamentId === 0 ? qsTr("Export the whole database") : qsTr("Export the tournament")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("Omnium archives (*.omnium)")]
        onChosen: file => Archives.exportArchive(file, tournamentId, tournamentId !== 0 && badgeIdsBox.checked)
    }
    FileChooser {
        id: importDialog
        title: qsTr("Import an archive")
        nameFilters: [qsTr("Omnium archives (*.omnium)"), qsTr("All files (*)")]
        onChosen: file => Archives.inspectArchive(file)
    }
    FileChooser {
        id: ownDatabaseDialog
        title: qsTr("Save the archive's database as")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("Omnium databases (*.sqlite)")]
        onChosen: file => Archives.openArchiveDatabase(file)
    }
    FileChooser {
        id: dataDialog
        property string kind: "standings"
        title: kind === "json" ? qsTr("Export the event as JSON") : kind === "results" ? qsTr("Export the results as CSV") : qsTr("Export the standings as CSV")
        fileMode: FileDialog.SaveFile
        nameFilters: kind === "json" ? [qsTr("JSON files (*.json)")] : [qsTr("CSV files (*.csv)")]
        onChosen: file => {
            if (kind === "json")
                Archives.exportEventJson(Selection.eventId, file);
            else if (kind === "results")
                Archives.exportResultsCsv(Selection.eventId, file);
            else
                Archives.exportStandingsCsv(Selection.eventId, file);
        }
    }
    Dialog {
        id: confirmRestore
        property string path
        property string when
        anchors.centerIn: parent
        modal: true
        title: qsTr("Restore the backup of %1?").arg(when)
        standardButtons: Dialog.Yes | Dialog.No
        width: Math.min(560, parent ? parent.width - 48 : 560)
        Label {
            width: parent.width
            wrapMode: Text.WordWrap
            text: qsTr("The database goes back to the state of this backup. The current state is backed up first, so this can be reversed by restoring that backup.")
        }
        onAccepted: Archives.restoreBackup(path)
    }

    ColumnLayout {
        spacing: Kirigami.Units.largeSpacing

        // What is going on: progress with cancel (how it ended is a notification).
        RowLayout {
            Layout.fillWidth: true
            visible: Archives.busy
            spacing: Kirigami.Units.largeSpacing
            ProgressBar {
                Layout.preferredWidth: Kirigami.Units.gridUnit * 13
                visible: Archives.busy
                indeterminate: Archives.progress <= 0 // a backup or restore tells no steps
                value: Archives.progress
            }
            Button {
                visible: Archives.busy
                text: qsTr("Cancel")
                onClicked: Archives.cancel()
            }
            Label {
                objectName: "archiveMessage"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: Archives.status
            }
        }

        GroupBox {
            Layout.fillWidth: true
            Layout.maximumWidth: Kirigami.Units.gridUnit * 55
            title: qsTr("Archives (.omnium)")

            ColumnLayout {
                anchors.fill: parent
                spacing: Kirigami.Units.mediumSpacing

                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: qsTr("One file with the database, photos and logos, and readable CSV/JSON copies, to move a tournament to another computer or keep it for the record.")
                }
                // Wrapped onto a second line in a narrow window rather than off the right.
                Flow {
                    Layout.fillWidth: true
                    spacing: Kirigami.Units.largeSpacing
                    Button {
                        text: qsTr("Export the whole database…")
                        enabled: !Archives.busy
                        onClicked: {
                            exportDialog.tournamentId = 0;
                            exportDialog.open();
                        }
                    }
                    ComboBox {
                        id: tournamentBox
                        Accessible.name: qsTr("Tournament")
                        width: Kirigami.Units.gridUnit * 13
                        model: TournamentList
                        textRole: "name"
                        valueRole: "id"
                        displayText: count === 0 ? qsTr("No tournament yet") : currentText
                        // The first tournament of a database that had none (after an import or a restore).
                        onCountChanged: if (currentIndex < 0 && count > 0)
                            currentIndex = 0
                    }
                    Button {
                        text: qsTr("Export this tournament…")
                        enabled: !Archives.busy && tournamentBox.count > 0
                        onClicked: {
                            exportDialog.tournamentId = tournamentBox.currentValue;
                            exportDialog.open();
                        }
                    }
                    Button {
                        text: qsTr("Import an archive…")
                        enabled: !Archives.busy
                        onClicked: importDialog.open()
                    }
                }
                // The box's words beside it, wrapped rather than cut.
                RowLayout {
                    Layout.fillWidth: true
                    enabled: tournamentBox.count > 0
                    CheckBox {
                        id: badgeIdsBox
                        Accessible.name: badgeIdsText.text
                    }
                    Label {
                        id: badgeIdsText
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: qsTr("With the players' badge ids (badges printed for this tournament keep working where it is imported)")
                        TapHandler {
                            onTapped: badgeIdsBox.toggle()
                        }
                    }
                }

                // A checked archive, waiting for the organiser's choice.
                Frame {
                    Layout.fillWidth: true
                    visible: page.hasPending
                    ColumnLayout {
                        anchors.fill: parent
                        spacing: Kirigami.Units.mediumSpacing
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            font.bold: true
                            text: page.hasPending ? qsTr("%1, exported %2 by Omnium %3").arg(page.pending.fileName).arg(page.pending.createdAt).arg(page.pending.appVersion) : ""
                        }
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            text: page.hasPending ? page.pending.contents : ""
                        }
                        Label {
                            text: qsTr("Players who are already in this database (same id and tag, or same tag):")
                        }
                        RadioButton {
                            id: mergeButton
                            checked: true
                            text: qsTr("Use the existing player")
                        }
                        RadioButton {
                            text: qsTr("Keep both")
                        }
                        RowLayout {
                            spacing: Kirigami.Units.largeSpacing
                            Button {
                                highlighted: true
                                text: qsTr("Import into this database")
                                enabled: !Archives.busy
                                onClicked: Archives.importArchive(mergeButton.checked)
                            }
                            Button {
                                text: qsTr("Open as its own database…")
                                enabled: !Archives.busy
                                onClicked: ownDatabaseDialog.open()
                            }
                            Button {
                                flat: true
                                text: qsTr("Discard")
                                onClicked: Archives.discardImport()
                            }
                        }
                    }
                }
            }
        }

        GroupBox {
            Layout.fillWidth: true
            Layout.maximumWidth: Kirigami.Units.gridUnit * 55
            title: qsTr("Exports of one event")

            Flow {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: Kirigami.Units.largeSpacing
                EventPicker {
                    id: eventPicker
                }
                Button {
                    text: qsTr("Standings (CSV)…")
                    enabled: eventPicker.count > 0
                    onClicked: {
                        dataDialog.kind = "standings";
                        dataDialog.open();
                    }
                }
                Button {
                    text: qsTr("Results (CSV)…")
                    enabled: eventPicker.count > 0
                    onClicked: {
                        dataDialog.kind = "results";
                        dataDialog.open();
                    }
                }
                Button {
                    text: qsTr("Event (JSON)…")
                    enabled: eventPicker.count > 0
                    onClicked: {
                        dataDialog.kind = "json";
                        dataDialog.open();
                    }
                }
            }
        }

        GroupBox {
            Layout.fillWidth: true
            Layout.maximumWidth: Kirigami.Units.gridUnit * 55
            title: qsTr("Backups of this database")

            ColumnLayout {
                anchors.fill: parent
                spacing: Kirigami.Units.mediumSpacing

                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: AppSettings.backupIntervalMinutes > 0
                          ? qsTr("Every %n minute(s) while something changed, and before every update, import, restore and deletion. Kept in %1.", "", AppSettings.backupIntervalMinutes).arg(Archives.backupFolder)
                          : qsTr("Automatic backups are off (see Settings). Backups are still taken before every update, import, restore and deletion. Kept in %1.").arg(Archives.backupFolder)
                }
                PagePlaceholder {
                    objectName: "noBackups"
                    visible: backupList.count === 0
                    Layout.fillWidth: true
                    iconName: "document-save"
                    text: qsTr("No backup yet")
                    explanation: qsTr("The first one is taken at the next change; take one now before a risky step.")
                    nextStep: backUpNow
                }
                Repeater {
                    id: backupList
                    model: Archives.backups

                    delegate: RowLayout {
                        id: backupRow

                        required property var modelData

                        Layout.fillWidth: true
                        spacing: Kirigami.Units.largeSpacing

                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            Label {
                                font.bold: true
                                text: backupRow.modelData.at + " · " + backupRow.modelData.reasonText
                            }
                            Label {
                                Layout.fillWidth: true
                                wrapMode: Text.WordWrap
                                opacity: 0.8
                                text: backupRow.modelData.contents + " · " + backupRow.modelData.size
                            }
                        }
                        Button {
                            text: qsTr("Restore…")
                            enabled: !Archives.busy
                            onClicked: {
                                confirmRestore.path = backupRow.modelData.path;
                                confirmRestore.when = backupRow.modelData.at;
                                confirmRestore.open();
                            }
                        }
                    }
                }
            }
        }
    }
}
