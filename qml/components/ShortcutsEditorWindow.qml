// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.statefulapp.private as StatefulApp
import Omnium

// Kirigami Addons' shortcuts editor (Ctrl+Alt+,) in its own window, as KDE applications show
// it: pick a command, press its new keys; Save keeps them in omniumrc for the next start.
Kirigami.ApplicationWindow {
    id: editorWindow
    objectName: "shortcutsEditor"

    title: qsTr("Change the keyboard shortcuts")
    width: Kirigami.Units.gridUnit * 32
    height: Kirigami.Units.gridUnit * 34
    minimumWidth: Kirigami.Units.gridUnit * 20
    minimumHeight: Kirigami.Units.gridUnit * 20
    visible: false
    modality: Qt.WindowModal
    pageStack.globalToolBar.style: Kirigami.ApplicationHeaderStyle.ToolBar
    // A new editor each time the window opens: its own words (Kirigami Addons') in the
    // language in effect, and no filter left from the last time.
    onVisibleChanged: if (visible) {
        pageStack.clear();
        pageStack.push(editor.createObject(pageStack));
    }

    Component {
        id: editor
        StatefulApp.ShortcutsEditor {
            id: editorPage
            objectName: "shortcutsEditorPage"
            model: App.shortcutsModel
            // Omnium's words: Kirigami Addons' French catalogue lacks the title and the filter's.
            title: qsTr("Keyboard shortcuts")
            // In place of the editor's own filter (assigned, not declared: a declaration here
            // would add to the editor's list instead of replacing it).
            readonly property Kirigami.Action filterAction: Kirigami.Action {
                displayComponent: Kirigami.SearchField {
                    objectName: "shortcutsFilter"
                    placeholderText: qsTr("Filter…")
                    // The editor's list filters through its proxy model (KSortFilterProxyModel).
                    onTextChanged: editorPage.flickable.model.setFilterFixedString(text)
                }
            }
            Component.onCompleted: actions = [filterAction]
            // The editor's Save button closes the dialog it was pushed in; here, this window.
            function closeDialog() {
                editorWindow.close();
            }
        }
    }
}
