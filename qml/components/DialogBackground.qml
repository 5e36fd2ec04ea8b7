// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Controls.Material.impl

// The background of the app's dialogs: Material's own (dialog colour, rounded corners,
// elevation shadow), except on the software renderer (offscreen screenshots, machines
// without OpenGL). There Material's background shows nothing at all, because its shadow is a
// shader effect drawn through a layer that the software renderer cannot draw; the dialog is
// drawn flat with an outline instead.
Rectangle {
    id: background

    required property Dialog dialog
    readonly property bool shaders: GraphicsInfo.api !== GraphicsInfo.Software

    radius: parent?.parent === Overlay.overlay ? dialog.Material.roundedScale : 0
    color: dialog.Material.dialogColor
    border.width: shaders ? 0 : 1
    border.color: dialog.Material.dividerColor

    layer.enabled: shaders && dialog.Material.elevation > 0
    layer.effect: RoundedElevationEffect {
        elevation: background.dialog.Material.elevation
        roundedScale: background.radius
    }
}
