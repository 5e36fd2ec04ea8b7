// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnium

// Where a session begins: which database is open and what the organiser can do next.
Page {
    id: page

    padding: 32
    background: null

    ColumnLayout {
        anchors.fill: parent
        spacing: 24

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Welcome to Omnium")
            subtitle: qsTr("Tournaments, brackets, stations, casters, badges and tickets for the venue.")
        }

        Frame {
            Layout.fillWidth: true
            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.mediumSpacing
                Label {
                    text: qsTr("Tournament database")
                    font.weight: Font.DemiBold
                    font.pixelSize: 17
                }
                Label {
                    Layout.fillWidth: true
                    text: AppInfo.databasePath
                    wrapMode: Text.WrapAnywhere
                    font.family: "monospace"
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Every change is saved at once. Start Omnium with --database FILE to work on another file.")
                    wrapMode: Text.Wrap
                    opacity: 0.7
                }
            }
        }

        Item {
            Layout.fillHeight: true
        }
    }
}
