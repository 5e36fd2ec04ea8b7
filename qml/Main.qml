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

    // Every command of the window, each with its shortcut (Kirigami actions): the shortcuts
    // work from any page, the command bar (Ctrl+Shift+P) finds them by name, and the shortcuts
    // sheet (F1) lists them. Pages come first, one command each (Ctrl+1…9 for the first nine).
    readonly property list<Kirigami.Action> windowCommands: [
        Kirigami.Action {
            text: Store.canUndo ? qsTr("Undo: %1").arg(Store.undoLabel) : qsTr("Undo")
            icon.name: "edit-undo"
            shortcut: "Ctrl+Z"
            enabled: Store.canUndo
            onTriggered: window.undo()
        },
        Kirigami.Action {
            text: Store.canRedo ? qsTr("Redo: %1").arg(Store.redoLabel) : qsTr("Redo")
            icon.name: "edit-redo"
            shortcut: "Ctrl+Shift+Z"
            enabled: Store.canRedo
            onTriggered: window.redo()
        },
        Kirigami.Action {
            text: qsTr("Next page")
            icon.name: "go-next"
            shortcut: "Ctrl+PgDown"
            onTriggered: window.goToPage((Navigation.currentIndex + 1) % sidebar.count)
        },
        Kirigami.Action {
            text: qsTr("Previous page")
            icon.name: "go-previous"
            shortcut: "Ctrl+PgUp"
            onTriggered: window.goToPage((Navigation.currentIndex + sidebar.count - 1) % sidebar.count)
        },
        Kirigami.Action {
            text: qsTr("Move to the sidebar (arrows, then Enter)")
            icon.name: "sidebar-show"
            shortcut: "Ctrl+L"
            onTriggered: sidebar.forceActiveFocus()
        },
        Kirigami.Action {
            text: qsTr("Find a command or page")
            icon.name: "search"
            shortcut: "Ctrl+Shift+P"
            onTriggered: commandBar.open()
        },
        Kirigami.Action {
            text: qsTr("Keyboard shortcuts")
            icon.name: "help-keyboard-shortcuts"
            shortcut: "F1"
            onTriggered: shortcuts.open()
        }
    ]
    property list<Kirigami.Action> pageCommands
    readonly property list<Kirigami.Action> commands: [...pageCommands, ...windowCommands]

    Instantiator {
        model: Navigation
        delegate: Kirigami.Action {
            required property int index
            required property string title
            required property url iconSource
            text: qsTr("Go to %1").arg(title)
            icon.source: iconSource
            shortcut: index < 9 ? "Ctrl+" + (index + 1) : ""
            onTriggered: window.goToPage(index)
        }
        onObjectAdded: (index, command) => window.pageCommands.splice(index, 0, command)
        onObjectRemoved: (index, command) => window.pageCommands.splice(index, 1)
    }
    // Other keys people expect for the same commands.
    Shortcut {
        sequences: ["Ctrl+Y"]
        context: Qt.ApplicationShortcut
        onActivated: window.redo()
    }
    Shortcut {
        sequences: ["Ctrl+?"]
        context: Qt.ApplicationShortcut
        onActivated: shortcuts.open()
    }

    // Pages read text and surface colours from Theme, which follows the platform's colours.
    Binding {
        target: Theme
        property: "dark"
        value: Kirigami.Theme.backgroundColor.hslLightness < 0.5
    }

    // Kirigami's page toolbars read the window's pageStack; the window would also make it fill
    // the whole window, so it goes back beside the sidebar.
    Component.onCompleted: {
        pageStack = pageRow;
        pageRow.parent = pageSlot;
        pageRow.showCurrentPage();
    }

    ShortcutsDialog {
        id: shortcuts
        commands: window.commands
    }
    CommandBar {
        id: commandBar
        parent: window.QQC2.Overlay.overlay
        commands: window.commands
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
                Layout.fillHeight: false
            }

            // The current page, drawn the Kirigami way: its title and actions in the toolbar
            // above it. One page at a time, replaced when the sidebar (or Ctrl+number) moves.
            Item {
                id: pageSlot
                Layout.fillWidth: true
                Layout.fillHeight: true

                Kirigami.PageRow {
                    id: pageRow
                    objectName: "pageRow"
                    anchors.fill: parent
                    defaultColumnWidth: width
                    columnView.scrollDuration: 0
                    globalToolBar.style: Kirigami.ApplicationHeaderStyle.ToolBar
                    globalToolBar.showNavigationButtons: Kirigami.ApplicationHeaderStyle.NoNavigationButtons

                    function showCurrentPage() {
                        // Made here (the row would make it a child of a non-visual object, which
                        // warns), so the page before it is destroyed here too.
                        const before = currentItem;
                        const item = Qt.createComponent("Omnium", Navigation.currentPage).createObject(pageRow);
                        if (depth > 0)
                            replace(item);
                        else
                            push(item);
                        before?.destroy();
                        // The keyboard goes with the page: to its first field (a page says which
                        // by focus: true), so a page opened by Ctrl+number can be typed into at once.
                        item.forceActiveFocus();
                    }
                    Connections {
                        target: Navigation
                        function onCurrentIndexChanged() {
                            pageRow.showCurrentPage();
                        }
                    }
                }
            }
        }
    }
}
