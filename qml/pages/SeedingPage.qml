// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Omnium

// Seeds the chosen event: by rating, by the result of an earlier finished event, at random
// with a shown reproducible seed, or by hand: drag a row by its handle and drop it on a
// place, Ctrl+Up / Ctrl+Down on the highlighted entrant, or type its new seed and Enter.
// Each change is one undoable command.
Kirigami.Page {
    id: page

    title: qsTr("Seeding")
    header: ToolBar {
        // In line with the title above and the page below.
        leftPadding: page.leftPadding
        rightPadding: page.rightPadding
        contentItem: RowLayout {
            Label {
                Layout.fillWidth: true
                text: qsTr("%n entrant(s)", "", entrants.registeredCount)
                elide: Text.ElideRight
            }
            EventPicker {}
        }
    }

    EntrantModel {
        id: entrants
        eventId: Selection.eventId
    }

    PagePlaceholder {
        objectName: "noEventPlaceholder"
        visible: Selection.eventId <= 0
        anchors.fill: parent
        iconName: "view-calendar"
        text: qsTr("No event yet")
        explanation: qsTr("Entrants belong to an event: create the tournament and its events first.")
        actionText: qsTr("Open Tournament and events")
        targetPage: "EventsPage"
    }

    ColumnLayout {
        anchors.fill: parent
        visible: Selection.eventId > 0
        spacing: Kirigami.Units.largeSpacing

        RowLayout {
            spacing: Kirigami.Units.mediumSpacing
            Button {
                text: qsTr("Seed by rating")
                onClicked: Events.seedByRating(Selection.eventId)
            }
            ComboBox {
                id: previousEvent
                Layout.preferredWidth: Kirigami.Units.gridUnit * 15
                Accessible.name: qsTr("Earlier event")
                textRole: "name"
                valueRole: "id"
                model: Selection.eventId !== 0 ? Events.finishedEvents(Selection.eventId) : []
                displayText: count === 0 ? qsTr("No finished event yet") : currentText
                enabled: count > 0
            }
            Button {
                text: qsTr("Seed by its result")
                enabled: previousEvent.count > 0
                onClicked: Events.seedByPreviousResult(Selection.eventId, previousEvent.currentValue)
            }
        }
        RowLayout {
            spacing: Kirigami.Units.mediumSpacing
            Label {
                text: qsTr("Random seed")
            }
            TextField {
                Accessible.name: qsTr("Random seed")
                id: randomSeed
                Layout.preferredWidth: Kirigami.Units.gridUnit * 6
                // The seed of the last random seeding, so the draw can be shown and redone.
                text: {
                    const stored = Events.randomSeedOf(Selection.eventId);
                    return String(stored > 0 ? stored : Events.newRandomSeed());
                }
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

        Label {
            Layout.fillWidth: true
            visible: entrants.checkedInCount > 0 && entrants.checkedInCount < entrants.registeredCount
            color: Kirigami.Theme.neutralTextColor
            wrapMode: Text.Wrap
            text: qsTr("%n entrant(s) not checked in yet: close check-in (Remove no-shows) before seeding, so that the seeds run from 1 without gaps.",
                       "", entrants.registeredCount - entrants.checkedInCount)
        }

        PagePlaceholder {
            objectName: "nobodyRegistered"
            visible: entrants.registeredCount === 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            iconName: "list-add-user"
            text: qsTr("Nobody registered yet")
            explanation: qsTr("Register the players in this event first; their seeds are set here.")
            actionText: qsTr("Open Registration")
            targetPage: "RegistrationPage"
        }
        ListView {
            id: list
            objectName: "seedList"
            visible: entrants.registeredCount > 0
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
                moveTo(currentIndex + 1 + delta);
            }
            // The highlighted entrant to a seed (1 is the first place of the list).
            function moveTo(target) {
                const entrant = seeded.get(currentIndex);
                if (entrant.id === undefined)
                    return;
                if (target < 1 || target > count) {
                    Notifications.post(Notifications.Warning,
                                       qsTr("There is no seed %1: the seeds run from 1 to %2.").arg(target).arg(count));
                    return;
                }
                if (target !== currentIndex + 1 && Events.moveSeed(Selection.eventId, entrant.id, target))
                    currentIndex = target - 1;
            }
            // Digits typed on the list: the seed the highlighted entrant goes to on Enter.
            property string typedSeed: ""
            onCurrentIndexChanged: typedSeed = ""
            onActiveFocusChanged: if (!activeFocus) typedSeed = ""
            // The row under a point of the window, while dragging (the last row below the list).
            function rowAt(scenePoint) {
                const point = contentItem.mapFromItem(null, scenePoint.x, scenePoint.y);
                const row = indexAt(width / 2, point.y);
                return row >= 0 ? row : point.y < 0 ? 0 : count - 1;
            }
            property int dropRow: -1
            Keys.onPressed: event => {
                if (event.modifiers & Qt.ControlModifier && event.key === Qt.Key_Up) {
                    list.move(-1);
                } else if (event.modifiers & Qt.ControlModifier && event.key === Qt.Key_Down) {
                    list.move(1);
                } else if (event.text.length === 1 && event.text >= "0" && event.text <= "9") {
                    list.typedSeed = (list.typedSeed + event.text).slice(0, 5);
                } else if (event.key === Qt.Key_Backspace && list.typedSeed.length > 0) {
                    list.typedSeed = list.typedSeed.slice(0, -1);
                } else if (event.key === Qt.Key_Escape && list.typedSeed.length > 0) {
                    list.typedSeed = "";
                } else if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && list.typedSeed.length > 0) {
                    const target = Number(list.typedSeed);
                    list.typedSeed = "";
                    list.moveTo(target);
                } else {
                    return;
                }
                event.accepted = true;
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
                property bool dragging: false
                opacity: dragging ? 0.5 : 1
                onClicked: {
                    list.currentIndex = index;
                    list.forceActiveFocus();
                }
                // Where the dragged row will land: a line above (or below, moving down) that row.
                Rectangle {
                    visible: list.dropRow === row.index && list.dropRow !== list.currentIndex
                    width: parent.width
                    height: 3
                    color: Kirigami.Theme.highlightColor
                    y: list.dropRow > list.currentIndex ? parent.height - height : 0
                }
                contentItem: RowLayout {
                    spacing: Kirigami.Units.largeSpacing
                    Kirigami.Heading {
                        text: "≡"
                        level: 1
                        opacity: 0.6
                        Accessible.name: qsTr("Drag to reseed")
                        // A MouseArea that keeps the press, so the list does not scroll instead.
                        MouseArea {
                            anchors.fill: parent
                            anchors.margins: -8
                            preventStealing: true
                            cursorShape: pressed ? Qt.ClosedHandCursor : Qt.OpenHandCursor
                            onPressed: {
                                list.currentIndex = row.index;
                                list.dropRow = row.index;
                                row.dragging = true;
                            }
                            onPositionChanged: mouse => {
                                if (pressed)
                                    list.dropRow = list.rowAt(mapToItem(null, mouse.x, mouse.y));
                            }
                            onReleased: {
                                const target = list.dropRow;
                                list.dropRow = -1;
                                row.dragging = false;
                                if (target >= 0 && target !== row.index
                                        && Events.moveSeed(Selection.eventId, row.id, target + 1))
                                    list.currentIndex = target;
                            }
                            onCanceled: {
                                list.dropRow = -1;
                                row.dragging = false;
                            }
                        }
                    }
                    Kirigami.Heading {
                        text: row.seed ? "#" + row.seed : "–"
                        level: 1
                        font.weight: Font.DemiBold
                        Layout.preferredWidth: Kirigami.Units.gridUnit * 3
                    }
                    Kirigami.Heading {
                        text: row.name
                        level: 2
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

        // What the keys do here, and the seed being typed.
        Label {
            objectName: "seedKeys"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pointSize: Kirigami.Theme.smallFont.pointSize
            opacity: list.typedSeed.length > 0 ? 1 : 0.7
            font.weight: list.typedSeed.length > 0 ? Font.DemiBold : Font.Normal
            text: list.typedSeed.length > 0
                  ? qsTr("Enter: move %1 to seed %2 · Esc: cancel").arg(seeded.get(list.currentIndex).name ?? "").arg(list.typedSeed)
                  : qsTr("Type a seed and Enter: move the selected entrant there · Ctrl+Up / Ctrl+Down: one place · drag ≡ to reorder")
        }
    }
}
