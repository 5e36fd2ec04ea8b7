// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Omnium

// The check-in desk, built for speed: type a few letters, Enter checks in the highlighted entrant.
Kirigami.Page {
    id: page

    title: qsTr("Check-in")
    actions: [
        Kirigami.Action {
            text: qsTr("Undo")
            icon.name: "edit-undo"
            tooltip: Store.undoText
            enabled: Store.canUndo
            onTriggered: Store.undo()
        },
        // Players check themselves in by opening their phone page, until the bracket is made.
        Kirigami.Action {
            objectName: "phoneCheckInSwitch"
            text: qsTr("From phones")
            icon.name: "smartphone"
            tooltip: qsTr("A player who opens their phone page is checked in, until the event's bracket is made.")
            checkable: true
            enabled: Selection.eventId > 0
            checked: Selection.eventId > 0 && PlayerPhones.phoneCheckIn(Selection.eventId)
            onToggled: {
                if (!PlayerPhones.setPhoneCheckIn(Selection.eventId, checked))
                    checked = !checked;
            }
        },
        Kirigami.Action {
            text: qsTr("Remove no-shows…")
            icon.name: "list-remove-user"
            tooltip: qsTr("Take the entrants not checked in out of the event")
            enabled: entrants.registeredCount > entrants.checkedInCount
            onTriggered: confirmNoShows.open()
        }
    ]
    header: ToolBar {
        // In line with the title above and the page below.
        leftPadding: page.leftPadding
        rightPadding: page.rightPadding
        contentItem: RowLayout {
            Label {
                Layout.fillWidth: true
                text: qsTr("%1 / %2 checked in").arg(entrants.checkedInCount).arg(entrants.registeredCount)
                elide: Text.ElideRight
            }
            EventPicker {}
        }
    }

    EntrantModel {
        id: entrants
        eventId: Selection.eventId
    }
    Dialog {
        id: confirmNoShows
        anchors.centerIn: parent
        modal: true
        title: qsTr("Close check-in?")
        standardButtons: Dialog.Yes | Dialog.No
        width: Math.min(Kirigami.Units.gridUnit * 30, parent ? parent.width - Kirigami.Units.gridUnit * 3 : Kirigami.Units.gridUnit * 30)
        Label {
            width: parent.width
            wrapMode: Text.Wrap
            text: qsTr("%n entrant(s) not checked in will leave the event. Ctrl+Z brings them back.", "",
                       entrants.registeredCount - entrants.checkedInCount)
        }
        onAccepted: Events.removeNoShows(Selection.eventId)
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

        ProgressBar {
            Layout.fillWidth: true
            from: 0
            to: Math.max(1, entrants.registeredCount)
            value: entrants.checkedInCount
        }

        TextField {
            Accessible.name: qsTr("Type a few letters of the tag or name, then Enter")
            id: search
            objectName: "checkInSearch"
            Layout.fillWidth: true
            font.pointSize: Kirigami.Theme.defaultFont.pointSize * 1.5
            placeholderText: qsTr("Type a few letters of the tag or name, then Enter")
            focus: true
            Component.onCompleted: forceActiveFocus()
            onTextChanged: list.currentIndex = 0
            Keys.onDownPressed: list.incrementCurrentIndex()
            Keys.onUpPressed: list.decrementCurrentIndex()
            // The field keeps the focus, and a text field takes Ctrl+Z for its own text: with
            // nothing typed, Ctrl+Z is the desk's undo.
            Keys.onPressed: event => {
                if (search.text.length === 0 && event.matches(StandardKey.Undo)) {
                    Store.undo();
                    event.accepted = true;
                }
            }
            // Enter only ever checks in: a second Enter on the same name must not undo the first.
            onAccepted: {
                const entrant = results.get(list.currentIndex);
                if (entrant.id === undefined) {
                    status.show(qsTr("Nobody matches “%1”.").arg(search.text), false);
                    return;
                }
                if (entrant.checkedIn) {
                    status.show(qsTr("%1 was already checked in.").arg(entrant.name), false);
                    search.clear();
                } else if (Events.checkIn(entrant.id)) {
                    status.show(qsTr("%1 checked in.").arg(entrant.name), true);
                    search.clear();
                }
            }
        }
        PagePlaceholder {
            objectName: "nobodyRegistered"
            visible: entrants.registeredCount === 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            iconName: "list-add-user"
            text: qsTr("Nobody registered yet")
            explanation: qsTr("Register the players in this event first; they are checked in here as they arrive.")
            actionText: qsTr("Open Registration")
            targetPage: "RegistrationPage"
        }
        Kirigami.Heading {
            id: status
            objectName: "checkInStatus"
            function show(message, ok) {
                text = message;
                color = ok ? Kirigami.Theme.positiveTextColor : Kirigami.Theme.neutralTextColor;
            }
            Layout.fillWidth: true
            level: 3
            text: qsTr("Click a row to check in or cancel; Ctrl+Z undoes the last action.")
            opacity: 0.9
        }

        ListView {
            id: list
            visible: entrants.registeredCount > 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            highlightMoveDuration: 0
            model: SortFilterModel {
                id: results
                sourceModel: entrants
                search: search.text
                sortRoleName: "name"
                filterRoleName: "waitlisted"
                filterValue: false
            }
            delegate: ItemDelegate {
                id: row
                required property int index
                required property var id
                required property string name
                required property var realName
                required property bool checkedIn
                width: ListView.view.width
                height: Kirigami.Units.gridUnit * 2.5
                highlighted: ListView.isCurrentItem
                onClicked: row.checkedIn ? Events.cancelCheckIn(row.id) : Events.checkIn(row.id)
                contentItem: RowLayout {
                    spacing: Kirigami.Units.largeSpacing
                    Kirigami.Heading {
                        text: row.checkedIn ? "✔" : "·"
                        color: row.checkedIn ? Kirigami.Theme.positiveTextColor : Kirigami.Theme.disabledTextColor
                        level: 1
                        Layout.preferredWidth: Kirigami.Units.gridUnit * 1.5
                    }
                    Kirigami.Heading {
                        text: row.name
                        level: 3
                        Layout.preferredWidth: Kirigami.Units.gridUnit * 16
                        elide: Text.ElideRight
                    }
                    Label {
                        text: row.realName ?? ""
                        opacity: 0.7
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                    }
                    Label {
                        text: row.checkedIn ? qsTr("checked in") : qsTr("not yet")
                        opacity: 0.7
                    }
                }
            }
        }
    }
}
