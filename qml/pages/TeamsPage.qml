// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnium

// Teams and their rosters: captain, players, substitutes, coach. A team's name, tag, logo
// and notes open in a form from the list; roles change in place in the roster.
Page {
    id: page

    padding: 32
    background: null
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

    TeamDialog {
        id: editor
    }
    ConfirmDeleteDialog {
        id: confirmDelete
    }

    RowLayout {
        anchors.fill: parent
        spacing: 24

        ColumnLayout {
            Layout.fillHeight: true
            Layout.preferredWidth: 420
            spacing: 12
            PageHeader {
                Layout.fillWidth: true
                title: qsTr("Teams")
                subtitle: qsTr("%n team(s)", "", TeamList.count)
            }
            RowLayout {
                TextField {
                    id: teamName
                    placeholderText: qsTr("Team name")
                    Layout.fillWidth: true
                    onAccepted: addTeam.clicked()
                }
                TextField {
                    id: teamTag
                    placeholderText: qsTr("Tag")
                    Layout.preferredWidth: 80
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
                id: teamSearch
                Layout.fillWidth: true
                placeholderText: qsTr("Search by name, tag or member")
            }
            ListView {
                id: teams
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
                        Label {
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                            font.pixelSize: 16
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
            spacing: 12
            visible: page.teamId !== 0 && page.team.id !== undefined
            RowLayout {
                spacing: 12
                Image {
                    Layout.preferredWidth: 48
                    Layout.preferredHeight: 48
                    fillMode: Image.PreserveAspectFit
                    visible: page.team.hasLogo === true
                    source: visible ? Players.imageUrl("teams", page.teamId) : ""
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Roster of %1").arg(page.team.name ?? "")
                    font.pixelSize: Theme.headingTextSize
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
                    Layout.preferredWidth: 260
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
                        Label {
                            text: memberRow.tag
                            Layout.fillWidth: true
                            font.pixelSize: 16
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
