// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnium

// The title row at the top of every page, with room for the page's main actions.
RowLayout {
    id: header

    required property string title
    property string subtitle
    default property alias actions: actionRow.data

    spacing: Theme.largeSpacing

    ColumnLayout {
        Layout.fillWidth: true
        spacing: 2
        Label {
            text: header.title
            font.pixelSize: 28
            font.weight: Font.DemiBold
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            visible: header.subtitle.length > 0
            text: header.subtitle
            opacity: 0.7
            font.pixelSize: 15
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
    }

    RowLayout {
        id: actionRow
        spacing: Theme.mediumSpacing
    }
}
