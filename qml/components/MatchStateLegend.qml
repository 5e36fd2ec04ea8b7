// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Omnium

// The match states with the colours every bracket drawing uses (Theme's Okabe–Ito palette,
// colour-blind safe), from BracketController.stateLegend so the page, the caster window and
// the exports cannot disagree.
Row {
    id: legend

    required property var states
    property color textColour: Theme.text
    property int pixelSize: Theme.smallTextSize

    spacing: 14

    Repeater {
        model: legend.states
        delegate: Row {
            required property var modelData
            spacing: 5
            Rectangle {
                width: legend.pixelSize
                height: legend.pixelSize
                radius: 2
                color: parent.modelData.colour
                anchors.verticalCenter: parent.verticalCenter
            }
            Label {
                text: parent.modelData.label
                font.pixelSize: legend.pixelSize
                color: legend.textColour
            }
        }
    }
}
