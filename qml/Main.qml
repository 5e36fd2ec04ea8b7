// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Omnium

// The main window: the product's areas in the sidebar, the current page beside it. The
// sidebar is an ordinary item (not a popup), so Tab reaches it and screen readers see it;
// Ctrl+1…9 and Ctrl+Page Up/Down change page from anywhere, F1 lists every shortcut.
Kirigami.AbstractApplicationWindow {
    id: window

    // A venue laptop is often 1366×768: open no larger than the screen.
    width: Math.min(1366, Screen.desktopAvailableWidth)
    height: Math.min(768, Screen.desktopAvailableHeight)
    minimumWidth: 900
    minimumHeight: 600
    visible: true
    // On a venue server the title says which desk this is and which database it shares.
    title: AppInfo.deskName.length > 0 ? qsTr("Omnium — %1 — %2").arg(AppInfo.deskName).arg(AppInfo.databasePath)
                                       : qsTr("Omnium")

    // Undo says what it takes back, in a passive notification and on the sidebar's button.
    function undo() {
        const what = Store.undoLabel;
        if (Store.canUndo && Store.undo())
            Notifications.post(Notifications.Info, qsTr("Undone: %1").arg(what));
    }
    function redo() {
        const what = Store.redoLabel;
        if (Store.canRedo && Store.redo())
            Notifications.post(Notifications.Info, qsTr("Redone: %1").arg(what));
    }
    function goToPage(row) {
        if (row >= 0 && row < sidebar.count)
            Navigation.currentIndex = row;
    }

    Shortcut {
        sequences: [StandardKey.Undo]
        context: Qt.ApplicationShortcut
        onActivated: window.undo()
    }
    Shortcut {
        sequences: ["Ctrl+Shift+Z", StandardKey.Redo]
        context: Qt.ApplicationShortcut
        onActivated: window.redo()
    }
    Shortcut {
        sequences: ["Ctrl+PgDown"]
        context: Qt.ApplicationShortcut
        onActivated: window.goToPage((Navigation.currentIndex + 1) % sidebar.count)
    }
    Shortcut {
        sequences: ["Ctrl+PgUp"]
        context: Qt.ApplicationShortcut
        onActivated: window.goToPage((Navigation.currentIndex + sidebar.count - 1) % sidebar.count)
    }
    Shortcut {
        sequences: ["Ctrl+L"]
        context: Qt.ApplicationShortcut
        onActivated: sidebar.forceActiveFocus()
    }
    Shortcut {
        sequences: [StandardKey.HelpContents, "Ctrl+?"]
        context: Qt.ApplicationShortcut
        onActivated: shortcuts.open()
    }
    // Ctrl+1 … Ctrl+9: the first nine pages, in the sidebar's order.
    Instantiator {
        model: 9
        delegate: Shortcut {
            required property int index
            sequences: ["Ctrl+" + (index + 1)]
            context: Qt.ApplicationShortcut
            onActivated: window.goToPage(index)
        }
    }

    // Pages read text and surface colours from Theme, which follows the platform's colours.
    Binding {
        target: Theme
        property: "dark"
        value: Kirigami.Theme.backgroundColor.hslLightness < 0.5
    }

    ShortcutsDialog {
        id: shortcuts
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Sidebar {
            id: sidebar
            objectName: "sidebar"
            Layout.fillHeight: true
            Layout.preferredWidth: Kirigami.Units.gridUnit * 14
            onUndoRequested: window.undo()
            onShortcutsRequested: shortcuts.open()
        }

        Kirigami.Separator {
            Layout.fillHeight: true
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            // Refusals and failures from every service above the page, newest first;
            // confirmations as the window's passive notifications.
            NotificationArea {
                Layout.fillWidth: true
            }

            Loader {
                id: pageLoader
                objectName: "pageLoader"
                Layout.fillWidth: true
                Layout.fillHeight: true
                asynchronous: false
                sourceComponent: Qt.createComponent("Omnium", Navigation.currentPage)
            }
        }
    }
}
