// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Omnium

// The main window: the product's areas on the left, the current page on the right.
ApplicationWindow {
    id: window

    width: 1280
    height: 800
    minimumWidth: 900
    minimumHeight: 600
    visible: true
    // On a venue server the title says which desk this is and which database it shares.
    title: AppInfo.deskName.length > 0 ? qsTr("Omnium — %1 — %2").arg(AppInfo.deskName).arg(AppInfo.databasePath)
                                       : qsTr("Omnium")

    Material.theme: AppSettings.theme === "dark" ? Material.Dark
                  : AppSettings.theme === "light" ? Material.Light : Material.System
    Material.accent: Material.Indigo
    Material.primary: Material.Indigo

    // Undo and redo reach every store command, from any page.
    Shortcut {
        sequences: [StandardKey.Undo]
        context: Qt.ApplicationShortcut
        onActivated: Store.undo()
    }
    Shortcut {
        sequences: ["Ctrl+Shift+Z", StandardKey.Redo]
        context: Qt.ApplicationShortcut
        onActivated: Store.redo()
    }
    // Pages read text and surface colours from Theme, which follows the style's light or dark.
    Binding {
        target: Theme
        property: "dark"
        value: window.Material.theme === Material.Dark
    }

    // Refusals, failures and confirmations from every service, newest first.
    footer: NotificationArea {}

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Pane {
            Layout.fillHeight: true
            Layout.preferredWidth: 250
            padding: 0
            Material.elevation: 2
            Material.background: Theme.sidebar

            ColumnLayout {
                anchors.fill: parent
                spacing: 0

                RowLayout {
                    Layout.margins: 16
                    spacing: 10
                    Image {
                        source: "icons/omnium.svg"
                        sourceSize: Qt.size(32, 32)
                    }
                    Label {
                        text: qsTr("Omnium")
                        font.pixelSize: Theme.headingTextSize
                        font.weight: Font.DemiBold
                    }
                }

                VenueStatusChip {
                    Layout.leftMargin: 16
                    Layout.rightMargin: 16
                    Layout.bottomMargin: 8
                    Layout.maximumWidth: 218
                }

                ListView {
                    id: navigation
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    model: Navigation
                    currentIndex: Navigation.currentIndex
                    keyNavigationEnabled: true
                    focus: true
                    delegate: NavigationDelegate {
                        width: navigation.width
                        onClicked: Navigation.currentIndex = index
                    }
                }
            }
        }

        Loader {
            id: pageLoader
            Layout.fillWidth: true
            Layout.fillHeight: true
            asynchronous: false
            sourceComponent: Qt.createComponent("Omnium", Navigation.currentPage)
        }
    }
}
