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
    title: qsTr("Omnium")

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
    Connections {
        target: Store
        function onErrorOccurred(message) { notice.show(message, true) }
    }
    Connections {
        target: Players
        function onMessage(text) { notice.show(text, false) }
    }

    footer: ToolBar {
        id: notice
        visible: false
        property bool error: false
        function show(text, isError) {
            noticeLabel.text = text;
            error = isError;
            visible = true;
            noticeTimer.restart();
        }
        Material.background: error ? "#c62828" : "#37474f"
        Timer {
            id: noticeTimer
            interval: 8000
            onTriggered: notice.visible = false
        }
        RowLayout {
            anchors.fill: parent
            Label {
                id: noticeLabel
                objectName: "noticeLabel"
                Layout.fillWidth: true
                Layout.leftMargin: 16
                color: "white"
                wrapMode: Text.Wrap
            }
            ToolButton {
                text: qsTr("Close")
                onClicked: notice.visible = false
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Pane {
            Layout.fillHeight: true
            Layout.preferredWidth: 250
            padding: 0
            Material.elevation: 2
            Material.background: window.Material.theme === Material.Dark ? "#1c1f2b" : "#eef0f7"

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
                        font.pixelSize: 22
                        font.weight: Font.DemiBold
                    }
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
