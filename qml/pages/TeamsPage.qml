// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Omnium

// Teams and their rosters: captain, players, substitutes, coach. A team's name, tag, logo
// and notes open in a form from the list; roles change in place in the roster. Teams come and
// go as CSV (one team per line, a roster column per member) through TeamImports, as
// omnium-cli teams import|export does.
Kirigami.Page {
    id: page

    title: qsTr("Teams")
    actions: [
        Kirigami.Action {
            id: importAction
            text: qsTr("Import CSV…")
            icon.name: "document-import"
            tooltip: qsTr("Teams from a spreadsheet, with a preview first")
            onTriggered: importDialog.open()
        },
        Kirigami.Action {
            text: qsTr("Export CSV…")
            icon.name: "document-export"
            tooltip: qsTr("Every team in a spreadsheet file")
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
                text: qsTr("%n team(s)", "", TeamList.count)
                elide: Text.ElideRight
            }
        }
    }

    property var teamId: 0
    property var team: ({})
    onTeamIdChanged: team = TeamList.get(TeamList.rowOf(teamId))
    Connections {
        target: TeamList
        function onDataChanged() { page.team = TeamList.get(TeamList.rowOf(page.teamId)) }
        function onCountChanged() { page.team = TeamList.get(TeamList.rowOf(page.teamId)) }
    }
    readonly property var roles: [
        { value: "captain", text: qsTr("Captain") },
        { value: "player", text: qsTr("Player") },
        { value: "substitute", text: qsTr("Substitute") },
        { value: "coach", text: qsTr("Coach") }
    ]

    readonly property var importState: TeamImports.importState
    readonly property var importProblems: importState.problems ?? []
    property url importFile

    FileChooser {
        id: importDialog
        title: qsTr("Import teams from CSV")
        nameFilters: [qsTr("CSV files (*.csv *.txt)")]
        onChosen: file => {
            page.importFile = file;
            TeamImports.readImportFile(file);
        }
    }
    FileChooser {
        id: exportDialog
        title: qsTr("Export teams to CSV")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("CSV files (*.csv)")]
        onChosen: file => TeamImports.exportCsvFile(file)
    }
    TeamDialog {
        id: editor
    }
    ConfirmDeleteDialog {
        id: confirmDelete
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Kirigami.Units.largeSpacing

        Frame {
            objectName: "teamImportFrame"
            Layout.fillWidth: true
            visible: page.importState.rowCount !== undefined
            ColumnLayout {
                anchors.fill: parent
                spacing: Kirigami.Units.mediumSpacing
                Label {
                    text: qsTr("Import: %n row(s), read as %1", "", page.importState.rowCount ?? 0)
                          .arg(page.importState.encoding ?? "")
                    font.weight: Font.DemiBold
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    opacity: 0.8
                    text: qsTr("Columns: %1").arg((page.importState.columns ?? []).join(", "))
                }
                Repeater {
                    model: (page.importState.preview ?? []).slice(0, 5)
                    delegate: Label {
                        id: previewRow
                        required property var modelData
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        opacity: 0.8
                        text: (previewRow.modelData.tag ? "[" + previewRow.modelData.tag + "] " : "")
                              + previewRow.modelData.name + " · " + previewRow.modelData.roster.join(", ")
                    }
                }
                Label {
                    Layout.fillWidth: true
                    visible: page.importProblems.length > 0
                    color: Kirigami.Theme.negativeTextColor
                    wrapMode: Text.Wrap
                    font.weight: Font.DemiBold
                    text: qsTr("Nothing will be imported until every line below is fixed in the file:")
                }
                Kirigami.InlineMessage {
                    objectName: "teamImportProblems"
                    Layout.fillWidth: true
                    visible: page.importProblems.length > 0
                    type: Kirigami.MessageType.Error
                    text: page.importProblems.slice(0, 12).join("\n") + (page.importProblems.length > 12
                          ? "\n" + qsTr("… and %n more line(s)", "", page.importProblems.length - 12) : "")
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    // Matched by name: a file imported twice adds no team twice.
                    text: qsTr("Ready: %n new team(s)", "", page.importState.newTeams ?? 0) + ", "
                          + qsTr("%n already there unchanged", "", page.importState.unchanged ?? 0) + ", "
                          + qsTr("%n already there with another tag, notes or roster in the file.", "",
                                 page.importState.updates ?? 0)
                    visible: page.importProblems.length === 0
                }
                CheckBox {
                    id: updateBox
                    checked: true
                    visible: page.importProblems.length === 0 && (page.importState.updates ?? 0) > 0
                    text: qsTr("Update those teams with the file's tag, notes and roster (no one leaves a roster)")
                }
                RowLayout {
                    Button {
                        objectName: "teamImportButton"
                        text: qsTr("Import")
                        highlighted: true
                        enabled: page.importProblems.length === 0 && ((page.importState.newTeams ?? 0) > 0
                                 || (updateBox.checked && (page.importState.updates ?? 0) > 0))
                        onClicked: TeamImports.commitImport(updateBox.checked)
                    }
                    Button {
                        text: qsTr("Read the file again")
                        visible: page.importProblems.length > 0 && page.importFile.toString().length > 0
                        onClicked: TeamImports.readImportFile(page.importFile)
                    }
                    Button {
                        text: qsTr("Cancel")
                        onClicked: TeamImports.cancelImport()
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Kirigami.Units.gridUnit

            ColumnLayout {
                Layout.fillHeight: true
                Layout.preferredWidth: Kirigami.Units.gridUnit * 23
                spacing: Kirigami.Units.largeSpacing
                RowLayout {
                    TextField {
                        Accessible.name: qsTr("Team name")
                        id: teamName
                        placeholderText: qsTr("Team name")
                        Layout.fillWidth: true
                        onAccepted: addTeam.clicked()
                    }
                    TextField {
                        Accessible.name: qsTr("Tag")
                        id: teamTag
                        placeholderText: qsTr("Tag")
                        Layout.preferredWidth: Kirigami.Units.gridUnit * 4.5
                        onAccepted: addTeam.clicked()
                    }
                    Button {
                        text: qsTr("New team…")
                        onClicked: editor.edit(0)
                    }
                    Button {
                        id: addTeam
                        text: qsTr("Add team")
                        enabled: teamName.text.trim().length > 0
                        onClicked: {
                            if (Players.addTeam({ name: teamName.text, tag: teamTag.text }) !== 0) {
                                teamName.clear(); teamTag.clear();
                            }
                        }
                    }
                }
                TextField {
                    Accessible.name: qsTr("Search by name, tag or member")
                    id: teamSearch
                    Layout.fillWidth: true
                    placeholderText: qsTr("Search by name, tag or member")
                }
                PagePlaceholder {
                    objectName: "noTeams"
                    visible: TeamList.count === 0
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    iconName: "resource-group"
                    text: qsTr("No team yet")
                    explanation: qsTr("Type a team name and tag in the row above, or import the teams from a spreadsheet.")
                    nextStep: importAction
                }
                ListView {
                    id: teams
                    visible: TeamList.count > 0
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: SortFilterModel {
                        sourceModel: TeamList
                        search: teamSearch.text
                        sortRoleName: "name"
                    }
                    delegate: ItemDelegate {
                        id: teamRow
                        required property int index
                        required property var id
                        required property string name
                        required property var tag
                        required property int memberCount
                        required property int version
                        width: ListView.view.width
                        highlighted: page.teamId === id
                        onClicked: page.teamId = id
                        onDoubleClicked: editor.edit(id)
                        contentItem: RowLayout {
                            Kirigami.Heading {
                                Layout.fillWidth: true
                                elide: Text.ElideRight
                                level: 3
                                text: (teamRow.tag ? "[" + teamRow.tag + "] " : "") + teamRow.name + " · "
                                      + qsTr("%n member(s)", "", teamRow.memberCount)
                            }
                            ToolButton {
                                text: qsTr("Edit")
                                onClicked: {
                                    page.teamId = teamRow.id;
                                    editor.edit(teamRow.id);
                                }
                            }
                            ToolButton {
                                text: qsTr("Delete")
                                onClicked: {
                                    const id = teamRow.id, version = teamRow.version;
                                    confirmDelete.ask("teams", id, teamRow.name, () => Players.removeTeam(id, version));
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
                visible: page.teamId !== 0 && page.team.id !== undefined
                RowLayout {
                    spacing: Kirigami.Units.largeSpacing
                    Image {
                        Layout.preferredWidth: Kirigami.Units.gridUnit * 2.5
                        Layout.preferredHeight: Kirigami.Units.gridUnit * 2.5
                        fillMode: Image.PreserveAspectFit
                        visible: page.team.hasLogo === true
                        source: visible ? Players.imageUrl("teams", page.teamId) : ""
                    }
                    Kirigami.Heading {
                        Layout.fillWidth: true
                        text: qsTr("Roster of %1").arg(page.team.name ?? "")
                        level: 1
                        font.weight: Font.DemiBold
                        elide: Text.ElideRight
                    }
                    Button {
                        text: qsTr("Edit team…")
                        onClicked: editor.edit(page.teamId)
                    }
                }
                RowLayout {
                    ComboBox {
                        id: playerPicker
                        Layout.preferredWidth: Kirigami.Units.gridUnit * 14
                        editable: true
                        textRole: "tag"
                        valueRole: "id"
                        model: SortFilterModel {
                            sourceModel: PlayerList
                            sortRoleName: "tag"
                        }
                    }
                    ComboBox {
                        id: rolePicker
                        textRole: "text"
                        valueRole: "value"
                        model: page.roles
                        currentIndex: 1
                    }
                    Button {
                        text: qsTr("Add to roster")
                        enabled: playerPicker.currentIndex >= 0
                        onClicked: Players.setMember(page.teamId, playerPicker.currentValue, rolePicker.currentValue)
                    }
                }
                ListView {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: TeamMemberModel {
                        teamId: page.teamId
                    }
                    delegate: ItemDelegate {
                        id: memberRow
                        required property var id
                        required property string tag
                        required property string memberRole
                        required property var playerId
                        required property int version
                        width: ListView.view.width
                        contentItem: RowLayout {
                            Kirigami.Heading {
                                text: memberRow.tag
                                Layout.fillWidth: true
                                level: 3
                            }
                            ComboBox {
                                Accessible.name: qsTr("Role of %1").arg(memberRow.tag)
                                textRole: "text"
                                valueRole: "value"
                                model: page.roles
                                currentIndex: page.roles.findIndex(role => role.value === memberRow.memberRole)
                                onActivated: Players.setMember(page.teamId, memberRow.playerId, currentValue)
                            }
                            ToolButton {
                                text: qsTr("Remove")
                                onClicked: Players.removeMember(memberRow.id, memberRow.version)
                            }
                        }
                    }
                }
            }
        }
    }
}
