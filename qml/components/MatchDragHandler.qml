// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

// Makes a match's delegate draggable onto a station: put it inside the delegate. It moves the
// page's MatchDragGhost; the drop goes to the StationDropArea under it. Once the pointer moves
// it takes over from the item under it (a MouseArea, a delegate, a list or chart that would
// flick) and lets nobody take the drag back.
DragHandler {
    id: handler

    required property var matchId
    required property string text
    required property MatchDragGhost ghost

    target: null
    dragThreshold: 4
    grabPermissions: PointerHandler.CanTakeOverFromAnything
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
