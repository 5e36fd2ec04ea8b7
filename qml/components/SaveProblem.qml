// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import org.kde.kirigami as Kirigami

// Why a form could not be saved, in the form itself; when the row changed elsewhere since the
// form was opened, its action brings the current values (the organiser's edits are dropped).
Kirigami.InlineMessage {
    id: problem

    property bool stale: false
    signal reloadRequested

    type: Kirigami.MessageType.Error
    visible: text.length > 0
    actions: [
        Kirigami.Action {
            visible: problem.stale
            text: qsTr("Show current values")
            onTriggered: problem.reloadRequested()
        }
    ]
}
