// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Omnium

// A free-for-all phase's lobbies as cards: each entrant's placement and kills per game and
// the points they made, ranked once the lobby is played. Click a card, or move with the
// arrow keys and press Enter, to report or correct that lobby.
GridView {
    id: board

    required property var lobbies
    signal open(int matchId)

    readonly property int maxRows: {
        let rows = 1;
        for (const lobby of lobbies)
            rows = Math.max(rows, lobby.rows.length);
        return rows;
    }
    readonly property int maxGames: {
        let games = 1;
        for (const lobby of lobbies)
            games = Math.max(games, lobby.games);
        return games;
    }

    clip: true
    focus: true
    model: lobbies
    cellWidth: 290 + 64 * maxGames
    cellHeight: 64 + 24 * maxRows
    keyNavigationEnabled: true
    highlightFollowsCurrentItem: false
    Keys.onReturnPressed: if (currentIndex >= 0) open(lobbies[currentIndex].id)
    Keys.onEnterPressed: if (currentIndex >= 0) open(lobbies[currentIndex].id)
    ScrollBar.vertical: ScrollBar {}

    delegate: Rectangle {
        id: card
        required property var modelData
        required property int index
        objectName: "lobbyCard" + index
        width: board.cellWidth - 12
        height: board.cellHeight - 12
        radius: 6
        color: Theme.surface
        border.width: board.currentIndex === index && board.activeFocus ? 2 : 1
        border.color: board.currentIndex === index && board.activeFocus ? board.Material.accent
                                                                          : Theme.border

        // The state stripe, in the same colours as the bracket boxes.
        Rectangle {
            width: 6
            height: parent.height
            radius: 3
            color: card.modelData.colour
        }

        ColumnLayout {
            anchors.fill: parent
            anchors.leftMargin: 16
            anchors.rightMargin: 10
            anchors.topMargin: 8
            spacing: 2
            RowLayout {
                Layout.fillWidth: true
                Label {
                    text: "M" + card.modelData.number + " · " + card.modelData.title
                    font.weight: Font.DemiBold
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                }
                Label {
                    visible: card.modelData.disputed
                    text: qsTr("Disputed")
                    color: Theme.textOnColour
                    font.pixelSize: 11
                    leftPadding: 6
                    rightPadding: 6
                    background: Rectangle { color: Theme.stateDisputed; radius: 3 }
                }
            }
            Repeater {
                model: card.modelData.rows
                delegate: RowLayout {
                    id: entrantRow
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: 6
                    Label {
                        text: entrantRow.modelData.placement > 0 ? String(entrantRow.modelData.placement) : "·"
                        Layout.preferredWidth: 22
                        horizontalAlignment: Text.AlignRight
                        opacity: 0.7
                    }
                    Label {
                        text: entrantRow.modelData.name
                        elide: Text.ElideRight
                        Layout.preferredWidth: 140
                    }
                    Repeater {
                        model: entrantRow.modelData.games
                        delegate: Label {
                            required property var modelData
                            // "1st, 4 kills" as "#1 · 4k".
                            text: "#" + modelData.placement + " · " + qsTr("%1k").arg(modelData.kills)
                            font.pixelSize: Theme.smallTextSize
                            opacity: 0.8
                            Layout.preferredWidth: 58
                        }
                    }
                    Item { Layout.fillWidth: true }
                    Label {
                        visible: card.modelData.completed
                        text: qsTr("%1 pts").arg(entrantRow.modelData.points)
                        font.weight: Font.DemiBold
                    }
                }
            }
            Item { Layout.fillHeight: true }
        }

        MouseArea {
            anchors.fill: parent
            onClicked: {
                board.currentIndex = card.index;
                board.forceActiveFocus();
                board.open(card.modelData.id);
            }
        }
    }
}
