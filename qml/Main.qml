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

    // The sidebar's undo button runs the same command as Ctrl+Z (it says what it took back).
    function undo() {
        App.action("edit_undo").trigger();
    }

    // Every command of the window is a QAction of the application object (App), with the keys
    // the organiser chose in the shortcuts editor (Ctrl+Alt+,): the shortcuts work from any
    // page, the command bar (Ctrl+Shift+P) finds them by name, and the shortcuts sheet (F1)
    // lists them. Pages come first, one command each (Ctrl+1…9 for the first nine).
    readonly property list<Kirigami.Action> windowCommands: [
        Command {
            fromQAction: App.action("edit_undo")
        },
        Command {
            fromQAction: App.action("edit_redo")
        },
        Command {
            fromQAction: App.action("next_page")
        },
        Command {
            fromQAction: App.action("previous_page")
        },
        Command {
            fromQAction: App.action("focus_sidebar")
        },
        Command {
            fromQAction: App.action("open_kcommand_bar")
        },
        Command {
            fromQAction: App.action("show_shortcuts")
        },
        Command {
            fromQAction: App.action("options_configure_keybinding")
        }
    ]
    property list<Kirigami.Action> pageCommands
    readonly property list<Kirigami.Action> commands: [...pageCommands, ...windowCommands]

    Instantiator {
        model: Navigation
        delegate: Command {
            required property int index
            required property url iconSource
            fromQAction: App.pageAction(index)
            icon.source: iconSource
        }
        onObjectAdded: (index, command) => window.pageCommands.splice(index, 0, command)
        onObjectRemoved: (index, command) => window.pageCommands.splice(index, 1)
    }
    Connections {
        target: App
        function onSidebarRequested() {
            sidebar.forceActiveFocus();
        }
        function onShortcutsSheetRequested() {
            shortcuts.open();
        }
        function onOpenKCommandBarAction() {
            commandBar.open();
        }
        function onShortcutsEditorAction() {
            shortcutsEditor.show();
            shortcutsEditor.requestActivate();
        }
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
    ShortcutsEditorWindow {
        id: shortcutsEditor
        transientParent: window
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
