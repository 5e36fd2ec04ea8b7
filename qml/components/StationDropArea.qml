// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import org.kde.kirigami as Kirigami
import Omnium

// A station as the target of a dragged match (MatchDragHandler): the match is put on it, or
// swapped with the match on it (Scheduler.dropMatch, one undoable step like the menus).
DropArea {
    id: area

    // Required: a delegate of TournamentLive.stations gets both from the model's roles.
    required property var stationId
    required property bool available

    keys: ["omnium/match"]
    onDropped: drop => {
        if (area.available && drop.source && drop.source.matchId)
            Scheduler.dropMatch(drop.source.matchId, area.stationId);
    }

    Rectangle {
        anchors.fill: parent
        visible: area.containsDrag
        color: Qt.alpha(area.available ? Kirigami.Theme.highlightColor : Kirigami.Theme.negativeTextColor, 0.2)
        border.width: 3
        border.color: area.available ? Kirigami.Theme.highlightColor : Kirigami.Theme.negativeTextColor
        radius: 8
    }
}
