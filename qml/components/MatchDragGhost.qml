// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import org.kde.kirigami as Kirigami
import QtQuick.Controls
import Omnium

// The card that follows the pointer while a match is dragged onto a station. One per page, as
// the page's last child so it floats over lists and charts that clip; a MatchDragHandler in a
// match's delegate moves it, a StationDropArea takes the drop.
Rectangle {
    id: ghost

    property var matchId: 0
    property string text

    function begin(matchId: var, text: string, scenePosition: point) {
        ghost.matchId = matchId;
        ghost.text = text;
        ghost.moveTo(scenePosition);
        ghost.Drag.active = true;
    }
    function moveTo(scenePosition: point) {
        const p = ghost.parent.mapFromItem(null, scenePosition.x, scenePosition.y);
        ghost.x = p.x - ghost.width / 2;
        ghost.y = p.y - ghost.height / 2;
    }
    function end() {
        if (ghost.Drag.active)
            ghost.Drag.drop();
        ghost.Drag.active = false;
        ghost.matchId = 0;
    }

    visible: ghost.Drag.active
    z: 1000
    width: 280
    height: 56
    radius: 6
    color: Kirigami.Theme.highlightColor
    opacity: 0.92
    Drag.keys: ["omnium/match"]
    Drag.hotSpot.x: ghost.width / 2
    Drag.hotSpot.y: ghost.height / 2

    Label {
        anchors.fill: parent
        anchors.margins: 6
        text: ghost.text
        color: Kirigami.Theme.highlightedTextColor
        wrapMode: Text.WordWrap
        maximumLineCount: 2
        elide: Text.ElideRight
        verticalAlignment: Text.AlignVCenter
    }
}
