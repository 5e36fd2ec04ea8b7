// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

// Makes a match's delegate draggable onto a station: put it inside the delegate. It moves the
// page's MatchDragGhost; the drop goes to the StationDropArea under it. It takes the pointer
// before a surrounding list or chart starts flicking, so a drag never scrolls instead.
DragHandler {
    id: handler

    required property var matchId
    required property string text
    required property MatchDragGhost ghost

    target: null
    dragThreshold: 4
    grabPermissions: PointerHandler.TakeOverForbidden
    onActiveChanged: {
        if (handler.active)
            handler.ghost.begin(handler.matchId, handler.text, handler.centroid.scenePosition);
        else
            handler.ghost.end();
    }
    onCentroidChanged: {
        if (handler.active)
            handler.ghost.moveTo(handler.centroid.scenePosition);
    }
}
