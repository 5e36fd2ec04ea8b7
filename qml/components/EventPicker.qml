// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Omnium

// Chooses the event a page works on; the choice is shared by every registration page.
ComboBox {
    id: picker

    Accessible.name: qsTr("Event")
    implicitWidth: 320
    textRole: "name"
    valueRole: "id"
    displayText: count === 0 ? qsTr("No event yet") : currentText
    model: EventModel {
        id: events
        onCountChanged: picker.sync()
    }
    function sync() {
        const row = indexOfValue(Selection.eventId);
        if (row >= 0)
            currentIndex = row;
        else if (count > 0) {
            currentIndex = 0;
            Selection.eventId = valueAt(0);
        }
    }
    Component.onCompleted: sync()
    onActivated: Selection.eventId = currentValue
}
