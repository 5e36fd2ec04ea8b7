// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnium

// Why a form could not be saved, in the form itself; when the row changed elsewhere since the
// form was opened, a button brings the current values (the organiser's edits are dropped).
RowLayout {
    id: problem

    property string text
    property bool stale: false
    signal reloadRequested

    visible: text.length > 0
    spacing: Theme.mediumSpacing
    Label {
        Layout.fillWidth: true
        Layout.maximumWidth: 520
        text: problem.text
        color: Theme.error
        wrapMode: Text.Wrap
    }
    Button {
        visible: problem.stale
        text: qsTr("Show current values")
        onClicked: problem.reloadRequested()
    }
}
