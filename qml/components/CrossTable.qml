// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Omnium

// A round robin's cross table: every entrant against every other, the score read from the
// row's side, wins and losses tinted (and marked by the score itself, not colour alone), the
// match's state as a stripe. Click a cell to report or correct that match.
ScrollView {
    id: table

    required property CrossTableModel groups
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
                required property int index
                required property string name
                required property list<string> entrants
                required property var cells // a CrossTableCellModel, row after row
                spacing: 2

                Kirigami.Heading {
                    visible: group.name.length > 0
                    text: group.name
                    level: 2
                    font.weight: Font.DemiBold
                }
                // Column heads: the opponents, numbered like the rows.
                Row {
                    Item { width: table.nameWidth; height: 1 }
                    Repeater {
                        model: group.entrants
                        delegate: Label {
                            required property string modelData
                            required property int index
                            width: table.cellWidth
                            text: (index + 1) + ". " + modelData
                            elide: Text.ElideRight
                            horizontalAlignment: Text.AlignHCenter
                            font.pointSize: Kirigami.Theme.smallFont.pointSize
                            font.weight: Font.DemiBold
                        }
                    }
                }
                Row {
                    Column {
                        Repeater {
                            model: group.entrants
                            delegate: Label {
                                required property string modelData
                                required property int index
                                width: table.nameWidth
                                height: 34
                                text: (index + 1) + ". " + modelData
                                elide: Text.ElideRight
                                verticalAlignment: Text.AlignVCenter
                            }
                        }
                    }
                    Grid {
                        columns: group.entrants.length
                        rowSpacing: 2
                        columnSpacing: 2
                        topPadding: 1
                        Repeater {
                            model: group.cells
                            delegate: Rectangle {
                                id: cell
                                required property int rowEntrant
                                required property int columnEntrant
                                required property int match
                                required property string text
                                required property string outcome
                                required property color colour
                                readonly property bool diagonal: rowEntrant === columnEntrant
                                objectName: "crossCell_" + group.index + "_" + rowEntrant + "_" + columnEntrant
                                width: table.cellWidth - 2
                                height: 32
                                radius: 3
                                color: diagonal ? Kirigami.Theme.alternateBackgroundColor
                                     : outcome === "win" ? Kirigami.Theme.positiveBackgroundColor
                                     : outcome === "loss" ? Kirigami.Theme.negativeBackgroundColor
                                     : outcome === "draw" ? Kirigami.Theme.neutralBackgroundColor
                                     : Kirigami.Theme.backgroundColor
                                border.width: 1
                                border.color: Kirigami.ColorUtils.linearInterpolation(Kirigami.Theme.backgroundColor, Kirigami.Theme.textColor, Kirigami.Theme.frameContrast)
                                Rectangle {
                                    visible: !cell.diagonal && cell.match > 0
                                    width: 4
                                    height: parent.height
                                    color: cell.colour
                                }
                                Label {
                                    anchors.centerIn: parent
                                    text: cell.diagonal ? "" : cell.text.length > 0 ? cell.text : "–"
                                    font.weight: cell.outcome === "win" ? Font.DemiBold : Font.Normal
                                    opacity: cell.text.length > 0 ? 1 : 0.5
                                }
                                MouseArea {
                                    anchors.fill: parent
                                    enabled: !cell.diagonal && cell.match > 0
                                    cursorShape: enabled ? Qt.PointingHandCursor : Qt.ArrowCursor
                                    onClicked: table.open(cell.match)
                                }
                                ToolTip.visible: hoverHandler.hovered && !cell.diagonal
                                ToolTip.delay: 500
                                ToolTip.text: group.entrants[cell.rowEntrant] + " " + qsTr("vs") + " " + group.entrants[cell.columnEntrant]
                                HoverHandler { id: hoverHandler }
                            }
                        }
                    }
                }
            }
        }
    }
}
