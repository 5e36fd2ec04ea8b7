// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnium

// A round robin's cross table: every entrant against every other, the score read from the
// row's side, wins and losses tinted (and marked by the score itself, not colour alone), the
// match's state as a stripe. Click a cell to report or correct that match.
ScrollView {
    id: table

    required property var groups
    signal open(int matchId)

    readonly property int cellWidth: 84
    readonly property int nameWidth: 160

    clip: true
    contentWidth: column.implicitWidth
    contentHeight: column.implicitHeight

    ColumnLayout {
        id: column
        spacing: 24

        Repeater {
            model: table.groups
            delegate: ColumnLayout {
                id: group
                required property var modelData
                required property int index
                spacing: 2

                Label {
                    visible: group.modelData.name.length > 0
                    text: group.modelData.name
                    font.pixelSize: Theme.titleTextSize
                    font.weight: Font.DemiBold
                }
                // Column heads: the opponents, numbered like the rows.
                Row {
                    Item { width: table.nameWidth; height: 1 }
                    Repeater {
                        model: group.modelData.entrants
                        delegate: Label {
                            required property string modelData
                            required property int index
                            width: table.cellWidth
                            text: (index + 1) + ". " + modelData
                            elide: Text.ElideRight
                            horizontalAlignment: Text.AlignHCenter
                            font.pixelSize: Theme.smallTextSize
                            font.weight: Font.DemiBold
                        }
                    }
                }
                Repeater {
                    model: group.modelData.rows
                    delegate: Row {
                        id: tableRow
                        required property var modelData
                        required property int index
                        Label {
                            width: table.nameWidth
                            height: 34
                            text: (tableRow.index + 1) + ". " + group.modelData.entrants[tableRow.index]
                            elide: Text.ElideRight
                            verticalAlignment: Text.AlignVCenter
                        }
                        Repeater {
                            model: tableRow.modelData
                            delegate: Rectangle {
                                id: cell
                                required property var modelData
                                required property int index
                                readonly property bool diagonal: index === tableRow.index
                                objectName: "crossCell_" + group.index + "_" + tableRow.index + "_" + index
                                width: table.cellWidth - 2
                                height: 32
                                radius: 3
                                color: diagonal ? Theme.surfaceAlt
                                     : modelData.outcome === "win" ? Theme.positiveSurface
                                     : modelData.outcome === "loss" ? Theme.negativeSurface
                                     : modelData.outcome === "draw" ? Theme.neutralSurface
                                     : Theme.surface
                                border.width: 1
                                border.color: Theme.border
                                Rectangle {
                                    visible: !cell.diagonal && cell.modelData.match > 0
                                    width: 4
                                    height: parent.height
                                    color: cell.modelData.colour
                                }
                                Label {
                                    anchors.centerIn: parent
                                    text: cell.diagonal ? "" : cell.modelData.text.length > 0 ? cell.modelData.text : "–"
                                    font.weight: cell.modelData.outcome === "win" ? Font.DemiBold : Font.Normal
                                    opacity: cell.modelData.text.length > 0 ? 1 : 0.5
                                }
                                MouseArea {
                                    anchors.fill: parent
                                    enabled: !cell.diagonal && cell.modelData.match > 0
                                    cursorShape: enabled ? Qt.PointingHandCursor : Qt.ArrowCursor
                                    onClicked: table.open(cell.modelData.match)
                                }
                                ToolTip.visible: hoverHandler.hovered && !cell.diagonal
                                ToolTip.delay: 500
                                ToolTip.text: group.modelData.entrants[tableRow.index] + " " + qsTr("vs") + " "
                                              + group.modelData.entrants[cell.index]
                                HoverHandler { id: hoverHandler }
                            }
                        }
                    }
                }
            }
        }
    }
}
