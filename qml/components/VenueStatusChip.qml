// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Omnium

// On a venue server: this desk's name and whether the server is there. "Reconnecting…" while it
// is lost (every change is refused meanwhile). Hidden for a file of one laptop.
Rectangle {
    id: chip

    readonly property bool reconnecting: Store.connection === Store.Reconnecting

    visible: Store.connection !== Store.File
    implicitWidth: label.implicitWidth + 16
    implicitHeight: label.implicitHeight + 8
    radius: height / 2
    color: reconnecting ? Theme.errorFill : Theme.successFill

    Label {
        id: label
        anchors.centerIn: parent
        width: Math.min(implicitWidth, chip.width - 16)
        elide: Text.ElideRight
        color: Theme.textOnColour
        // Reconnecting is what matters then; the desk's name stays in the window title.
        text: chip.reconnecting ? qsTr("Reconnecting…") : qsTr("%1 · Venue server").arg(AppInfo.deskName)
    }

    ToolTip.visible: hover.hovered
    ToolTip.text: AppInfo.databasePath
    HoverHandler {
        id: hover
    }
}
