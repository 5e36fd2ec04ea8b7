// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnium

// Asks before a delete, naming what goes with it ("2 events, 31 event registrations"), so
// nobody removes a tournament's registrations by accident. The delete itself is undoable.
Dialog {
    id: dialog

    property string name
    property string dependents
    property var action: null

    // Shows the question for `name`; `table`/`id` give what depends on it; `onYes` deletes.
    function ask(table, id, name, onYes) {
        dialog.name = name;
        dependents = Players.dependentsText(table, id);
        action = onYes;
        open();
    }

    anchors.centerIn: Overlay.overlay
    width: Math.min(560, parent ? parent.width - 48 : 560)
    modal: true
    title: qsTr("Delete %1?").arg(name)
    standardButtons: Dialog.Yes | Dialog.No
    Label {
        width: parent.width
        wrapMode: Text.Wrap
        text: dialog.dependents.length > 0
              ? qsTr("This also removes: %1. You can undo it with Ctrl+Z.").arg(dialog.dependents)
              : qsTr("You can undo it with Ctrl+Z.")
    }
    onAccepted: {
        if (action)
            action();
        action = null;
    }
}
