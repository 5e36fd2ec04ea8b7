// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Omnium

// A free-for-all lobby's result, game by game: each entrant's placement and kills, with the
// points they make from the phase's table shown as they are typed. Keyboard first: the first
// placement has the focus, Enter goes down the column (then to the next one), and Enter in
// the last field submits.
GridLayout {
    id: grid

    required property var entrants // names, in the lobby's order
    required property int games
    required property var placementPoints // points for 1st, 2nd, …
    required property int killPoints
    property var initial: [] // [[{placement, kills}]] per game, when correcting
    property Flickable flickable: null // scrolled so that the focused field stays in view
    signal submitted()
    signal edited()

    // Text of each field: values[game][entrant] = {placement, kills}, as typed.
    property var values: []
    property int revision: 0 // bumped on every edit, for the totals' bindings
    property var fields: []

    columns: 2 + 2 * games
    columnSpacing: 6
    rowSpacing: Kirigami.Units.smallSpacing

    function reset() {
        const fresh = [];
        for (let g = 0; g < games; ++g) {
            const row = [];
            for (let i = 0; i < entrants.length; ++i) {
                const known = initial.length > g && initial[g].length > i ? initial[g][i] : null;
                row.push({placement: known ? String(known.placement) : "", kills: known ? String(known.kills) : ""});
            }
            fresh.push(row);
        }
        values = fresh;
        ++revision;
    }
    // The result as BracketController.checkResult wants it.
    function scores() {
        return values;
    }
    function focusFirst() {
        if (fields.length > 0 && fields[0]) {
            fields[0].forceActiveFocus();
            fields[0].selectAll();
        }
    }
    // Fields are numbered column by column (game 1 placement, game 1 kills, game 2 …).
    function advance(index) {
        if (index + 1 >= entrants.length * games * 2) {
            submitted();
            return;
        }
        fields[index + 1].forceActiveFocus();
        fields[index + 1].selectAll();
        reveal(fields[index + 1]);
    }
    function reveal(field) {
        if (!flickable)
            return;
        const y = field.mapToItem(flickable.contentItem, 0, 0).y;
        if (y < flickable.contentY)
            flickable.contentY = Math.max(0, y - rowSpacing);
        else if (y + field.height > flickable.contentY + flickable.height)
            flickable.contentY = y + field.height - flickable.height + rowSpacing;
    }
    function total(entrant) {
        void revision;
        let sum = 0;
        for (let g = 0; g < values.length; ++g) {
            const score = values[g][entrant];
            if (!score) // a cell of the previous lobby, until the grid follows the new one
                continue;
            const placement = parseInt(score.placement);
            const kills = parseInt(score.kills);
            if (placement >= 1 && placement <= placementPoints.length)
                sum += placementPoints[placement - 1];
            if (kills > 0)
                sum += kills * killPoints;
        }
        return sum;
    }

    Component.onCompleted: reset()
    onEntrantsChanged: reset()
    onInitialChanged: reset()

    // Header: the games, each with its placement and kills columns.
    Label {
        text: qsTr("Entrant")
        font.weight: Font.DemiBold
        Layout.minimumWidth: 150
    }
    Repeater {
        model: grid.games * 2
        delegate: Label {
            required property int index
            text: index % 2 === 0 ? qsTr("G%1 place").arg(Math.floor(index / 2) + 1) : qsTr("kills")
            font.weight: index % 2 === 0 ? Font.DemiBold : Font.Normal
            opacity: index % 2 === 0 ? 1 : 0.7
            horizontalAlignment: Text.AlignHCenter
            Layout.preferredWidth: 62
        }
    }
    Label {
        text: qsTr("Points")
        font.weight: Font.DemiBold
        horizontalAlignment: Text.AlignRight
        Layout.preferredWidth: 60
    }

    Repeater {
        model: grid.entrants.length * grid.columns
        delegate: Loader {
            id: cell
            required property int index
            readonly property int row: Math.floor(index / grid.columns)
            readonly property int column: index % grid.columns
            Layout.preferredWidth: column === 0 ? 150 : (column === grid.columns - 1 ? 60 : 62)
            Layout.preferredHeight: 36
            sourceComponent: column === 0 ? nameCell : column === grid.columns - 1 ? totalCell : fieldCell

            Component {
                id: nameCell
                Label {
                    text: grid.entrants[cell.row] ?? ""
                    elide: Text.ElideRight
                    verticalAlignment: Text.AlignVCenter
                }
            }
            Component {
                id: totalCell
                Label {
                    objectName: "lobbyTotal" + cell.row
                    text: String(grid.total(cell.row))
                    font.weight: Font.DemiBold
                    horizontalAlignment: Text.AlignRight
                    verticalAlignment: Text.AlignVCenter
                }
            }
            Component {
                id: fieldCell
                TextField {
                    id: field
                    readonly property int game: Math.floor((cell.column - 1) / 2)
                    readonly property bool isPlacement: (cell.column - 1) % 2 === 0
                    // Column by column: all placements of game 1, its kills, then game 2.
                    readonly property int order: (cell.column - 1) * grid.entrants.length + cell.row
                    objectName: "lobby_" + game + "_" + cell.row + (isPlacement ? "_place" : "_kills")
                    horizontalAlignment: Text.AlignHCenter
                    // Compact, without a floating label: a lobby of 20 still fits the dialog.
                    topPadding: 6
                    bottomPadding: 6
                    implicitHeight: 36
                    font.pixelSize: 16
                    inputMethodHints: Qt.ImhDigitsOnly
                    validator: IntValidator { bottom: 0; top: 999 }
                    text: {
                        void grid.revision;
                        const value = grid.values.length > game ? grid.values[game][cell.row] : null;
                        return value ? (isPlacement ? value.placement : value.kills) : "";
                    }
                    Accessible.name: isPlacement ? qsTr("Game %1 placement of %2").arg(game + 1).arg(grid.entrants[cell.row])
                                                 : qsTr("Game %1 kills of %2").arg(game + 1).arg(grid.entrants[cell.row])
                    onTextEdited: {
                        grid.values[game][cell.row][isPlacement ? "placement" : "kills"] = text;
                        ++grid.revision;
                        grid.edited();
                    }
                    // Not onAccepted: an empty kills field (0) is not "acceptable" to the validator.
                    Keys.onReturnPressed: grid.advance(order)
                    Keys.onEnterPressed: grid.advance(order)
                    Component.onCompleted: grid.fields[order] = field
                }
            }
        }
    }
}
