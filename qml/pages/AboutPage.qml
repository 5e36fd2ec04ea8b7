// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnium

// Version, licence and credits.
Page {
    padding: 32
    background: null

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.largeSpacing

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("About Omnium")
            subtitle: qsTr("Version %1, built with Qt %2").arg(AppInfo.version).arg(AppInfo.qtVersion)
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Omnium runs an esports department's tournaments at a venue: players and teams, events and brackets, match scheduling across stations, results, live brackets for casters, badges and spectator tickets.")
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Omnium is free software under the GNU General Public License, version 3 or later.")
        }
        Item {
            Layout.fillHeight: true
        }
    }
}
