// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Omnium

// A free-for-all phase's lobbies as cards: each entrant's placement and kills per game and
// the points they made, ranked once the lobby is played. Click a card, or move with the
// arrow keys and press Enter, to report or correct that lobby.
GridView {
    id: board

    required property LobbyModel lobbies
    signal open(int matchId)

    clip: true
    focus: true
    model: lobbies
    cellWidth: 290 + 64 * lobbies.maxGames
    cellHeight: 64 + 24 * lobbies.maxEntrants
    keyNavigationEnabled: true
    highlightFollowsCurrentItem: false
    // The current card's match (each card is a delegate with a matchId).
    Keys.onReturnPressed: if (currentItem) open(currentItem.matchId)
    Keys.onEnterPressed: if (currentItem) open(currentItem.matchId)
    ScrollBar.vertical: ScrollBar {}

    delegate: Rectangle {
        id: card
        required property int index
        required property int matchId
        required property int number
        required property string title
        required property bool disputed
        required property color colour
        required property bool completed
        required property var entrants // a LobbyEntrantModel
        objectName: "lobbyCard" + index
        width: board.cellWidth - 12
        height: board.cellHeight - 12
        radius: 6
        // A card: the view colours (white on the light scheme) on the window's background.
        Kirigami.Theme.colorSet: Kirigami.Theme.View
        Kirigami.Theme.inherit: false
        color: Kirigami.Theme.backgroundColor
        border.width: board.currentIndex === index && board.activeFocus ? 2 : 1
        border.color: board.currentIndex === index && board.activeFocus ? Kirigami.Theme.highlightColor
                                                                          : Kirigami.ColorUtils.linearInterpolation(Kirigami.Theme.backgroundColor, Kirigami.Theme.textColor, Kirigami.Theme.frameContrast)

        // The state stripe, in the same colours as the bracket boxes.
        Rectangle {
            width: 6
            height: parent.height
            radius: 3
            color: card.colour
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
                    text: "M" + card.number + " · " + card.title
                    font.weight: Font.DemiBold
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                }
                Label {
                    visible: card.disputed
                    text: qsTr("Disputed")
                    color: Theme.textOnColour
                    font.pixelSize: 11
                    leftPadding: 6
                    rightPadding: 6
                    background: Rectangle { color: Theme.stateDisputed; radius: 3 }
                }
            }
            Repeater {
                model: card.entrants
                delegate: RowLayout {
                    id: entrantRow
                    required property string name
                    required property int placement
                    required property int points
                    required property list<int> gamePlacements
                    required property list<int> gameKills
                    Layout.fillWidth: true
                    spacing: 6
                    Label {
                        text: entrantRow.placement > 0 ? String(entrantRow.placement) : "·"
                        Layout.preferredWidth: 22
                        horizontalAlignment: Text.AlignRight
                        opacity: 0.7
                    }
                    Label {
                        text: entrantRow.name
                        elide: Text.ElideRight
                        Layout.preferredWidth: 140
                    }
                    Repeater {
                        model: entrantRow.gamePlacements
                        delegate: Label {
                            required property int modelData
                            required property int index
                            // "1st, 4 kills" as "#1 · 4k".
                            text: "#" + modelData + " · " + qsTr("%1k").arg(entrantRow.gameKills[index])
                            font.pointSize: Kirigami.Theme.smallFont.pointSize
                            opacity: 0.8
                            Layout.preferredWidth: 58
                        }
                    }
                    Item { Layout.fillWidth: true }
                    Label {
                        visible: card.completed
                        text: qsTr("%1 pts").arg(entrantRow.points)
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
                board.open(card.matchId);
            }
        }
    }
}
