// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnium

// The check-in desk, built for speed: type a few letters, Enter checks in the highlighted entrant.
Page {
    id: page

    padding: 32
    background: null

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
        width: Math.min(560, parent ? parent.width - 48 : 560)
        Label {
            width: parent.width
            wrapMode: Text.Wrap
            text: qsTr("%n entrant(s) not checked in will leave the event. Ctrl+Z brings them back.", "",
                       entrants.registeredCount - entrants.checkedInCount)
        }
        onAccepted: Events.removeNoShows(Selection.eventId)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 12

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Check-in")
            subtitle: qsTr("%1 / %2 checked in").arg(entrants.checkedInCount).arg(entrants.registeredCount)
            EventPicker {}
            Button {
                text: qsTr("Undo")
                enabled: Store.canUndo
                onClicked: Store.undo()
                ToolTip.visible: hovered && Store.canUndo
                ToolTip.text: Store.undoText
            }
            // Players check themselves in by opening their phone page, until the bracket is made.
            Switch {
                objectName: "phoneCheckInSwitch"
                text: qsTr("From phones")
                enabled: Selection.eventId > 0
                checked: Selection.eventId > 0 && PlayerPhones.phoneCheckIn(Selection.eventId)
                onToggled: {
                    if (!PlayerPhones.setPhoneCheckIn(Selection.eventId, checked))
                        checked = !checked;
                }
                ToolTip.visible: hovered
                ToolTip.text: qsTr("A player who opens their phone page is checked in, until the event's bracket is made.")
            }
            Button {
                text: qsTr("Remove no-shows…")
                enabled: entrants.registeredCount > entrants.checkedInCount
                onClicked: confirmNoShows.open()
            }
        }

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
            font.pixelSize: Theme.headingTextSize
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
        Label {
            id: status
            objectName: "checkInStatus"
            function show(message, ok) {
                text = message;
                color = ok ? Theme.success : Theme.warning;
            }
            Layout.fillWidth: true
            font.pixelSize: Theme.titleTextSize
            text: qsTr("Click a row to check in or cancel; Ctrl+Z undoes the last action.")
            opacity: 0.9
        }

        ListView {
            id: list
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
                height: 52
                highlighted: ListView.isCurrentItem
                onClicked: row.checkedIn ? Events.cancelCheckIn(row.id) : Events.checkIn(row.id)
                contentItem: RowLayout {
                    spacing: Theme.largeSpacing
                    Label {
                        text: row.checkedIn ? "✔" : "·"
                        color: row.checkedIn ? Theme.success : Theme.mutedText
                        font.pixelSize: Theme.headingTextSize
                        Layout.preferredWidth: 28
                    }
                    Label {
                        text: row.name
                        font.pixelSize: 20
                        font.weight: Font.DemiBold
                        Layout.preferredWidth: 300
                        elide: Text.ElideRight
                    }
                    Label {
                        text: row.realName ?? ""
                        opacity: 0.7
                        font.pixelSize: 16
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
