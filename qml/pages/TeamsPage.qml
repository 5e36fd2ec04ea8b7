// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnium

// Teams and their rosters: captain, players, substitutes, coach.
Page {
    id: page

    padding: 32
    background: null
    property var teamId: 0

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
                    width: ListView.view.width
                    highlighted: page.teamId === id
                    text: (tag ? "[" + tag + "] " : "") + name + " · " + qsTr("%n member(s)", "", memberCount)
                    onClicked: page.teamId = id
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 12
            visible: page.teamId !== 0
            Label {
                text: qsTr("Roster")
                font.pixelSize: 22
                font.weight: Font.DemiBold
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
                    model: [
                        { value: "captain", text: qsTr("Captain") },
                        { value: "player", text: qsTr("Player") },
                        { value: "substitute", text: qsTr("Substitute") },
                        { value: "coach", text: qsTr("Coach") }
                    ]
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
                    required property int version
                    width: ListView.view.width
                    contentItem: RowLayout {
                        Label {
                            text: memberRow.tag
                            Layout.fillWidth: true
                            font.pixelSize: 16
                        }
                        Label {
                            text: memberRow.memberRole === "captain" ? qsTr("Captain")
                                : memberRow.memberRole === "substitute" ? qsTr("Substitute")
                                : memberRow.memberRole === "coach" ? qsTr("Coach") : qsTr("Player")
                            opacity: 0.7
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
