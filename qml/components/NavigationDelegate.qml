// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls

// One area of the product in the main window's navigation.
ItemDelegate {
    id: delegate

    required property int index
    required property string title
    required property string iconSource

    height: 48
    text: title
    icon.source: delegate.iconSource
    icon.width: 22
    icon.height: 22
    highlighted: ListView.isCurrentItem
    font.pixelSize: 15
}
