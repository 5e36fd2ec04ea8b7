// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnium

// Seeds the chosen event: by rating, at random with a shown reproducible seed, or by hand
// (Ctrl+Up / Ctrl+Down move the highlighted entrant).
Page {
    id: page

    padding: 32
    background: null

    EntrantModel {
        id: entrants
        eventId: Selection.eventId
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 12

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Seeding")
            subtitle: qsTr("%n entrant(s)", "", entrants.registeredCount)
            EventPicker {}
        }

        RowLayout {
            spacing: 8
            Button {
                text: qsTr("Seed by rating")
                onClicked: Events.seedByRating(Selection.eventId)
            }
            Label {
                text: qsTr("Random seed")
            }
            TextField {
                id: randomSeed
                Layout.preferredWidth: 110
                text: String(Events.newRandomSeed())
                validator: IntValidator { bottom: 0 }
            }
            Button {
                text: qsTr("Seed at random")
                onClicked: Events.seedRandomly(Selection.eventId, Number(randomSeed.text))
            }
            Button {
                text: qsTr("New seed")
                onClicked: randomSeed.text = String(Events.newRandomSeed())
            }
        }

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            focus: true
            keyNavigationEnabled: true
            model: SortFilterModel {
                id: seeded
                sourceModel: entrants
                sortRoleName: "seed"
                filterRoleName: "waitlisted"
                filterValue: false
            }
            function move(delta) {
                const entrant = seeded.get(currentIndex);
                if (entrant.id === undefined)
                    return;
                const target = currentIndex + 1 + delta;
                if (target >= 1 && target <= count && Events.moveSeed(Selection.eventId, entrant.id, target))
                    currentIndex = target - 1;
            }
            Keys.onPressed: event => {
                if (event.modifiers & Qt.ControlModifier && event.key === Qt.Key_Up) {
                    list.move(-1);
                    event.accepted = true;
                } else if (event.modifiers & Qt.ControlModifier && event.key === Qt.Key_Down) {
                    list.move(1);
                    event.accepted = true;
                }
            }
            delegate: ItemDelegate {
                id: row
                required property int index
                required property var id
                required property string name
                required property var seed
                required property var rating
                required property bool checkedIn
                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                onClicked: {
                    list.currentIndex = index;
                    list.forceActiveFocus();
                }
                contentItem: RowLayout {
                    spacing: 16
                    Label {
                        text: row.seed ? "#" + row.seed : "–"
                        font.pixelSize: 20
                        font.weight: Font.DemiBold
                        Layout.preferredWidth: 60
                    }
                    Label {
                        text: row.name
                        font.pixelSize: 18
                        Layout.fillWidth: true
                    }
                    Label {
                        text: typeof row.rating === "number" ? qsTr("rating %1").arg(row.rating) : ""
                        opacity: 0.7
                    }
                    ToolButton {
                        text: "▲"
                        Accessible.name: qsTr("Move up")
                        onClicked: { list.currentIndex = row.index; list.move(-1); }
                    }
                    ToolButton {
                        text: "▼"
                        Accessible.name: qsTr("Move down")
                        onClicked: { list.currentIndex = row.index; list.move(1); }
                    }
                }
            }
        }
    }
}
