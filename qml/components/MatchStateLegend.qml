// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import org.kde.kirigami as Kirigami
import QtQuick.Controls
import Omnium

// The match states with the colours every bracket drawing uses (Theme's Okabe–Ito palette,
// colour-blind safe), from BracketController.stateLegend (a MatchStateLegendModel) so the page,
// the caster window and the exports cannot disagree.
Row {
    id: legend

    required property MatchStateLegendModel states
    property color textColour: Kirigami.Theme.textColor
    // The page's small text by default; the caster window sets its own size, read across a hall.
    property int pixelSize: Kirigami.Theme.smallFont.pixelSize > 0 ? Kirigami.Theme.smallFont.pixelSize
                                                                   : Math.round(Kirigami.Theme.smallFont.pointSize * 4 / 3)

    spacing: 14

    Repeater {
        model: legend.states
        delegate: Row {
            id: entry
            required property string label
            required property color colour
            spacing: 5
            Rectangle {
                width: legend.pixelSize
                height: legend.pixelSize
                radius: 2
                color: entry.colour
                anchors.verticalCenter: parent.verticalCenter
            }
            Label {
                text: entry.label
                font.pixelSize: legend.pixelSize
                color: legend.textColour
            }
        }
    }
}
