// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Omnium

// Every keyboard shortcut of the window and its pages, on one sheet (F1).
Kirigami.Dialog {
    id: dialog
    objectName: "shortcutsDialog"

    title: qsTr("Keyboard shortcuts")
    standardButtons: Kirigami.Dialog.Close
    preferredWidth: Kirigami.Units.gridUnit * 30
    // Within the window's margins (the popup would otherwise shrink itself while centring,
    // a binding loop on y): taller content scrolls.
    maximumHeight: parent ? parent.height - Kirigami.Units.gridUnit * 4 : Infinity
    padding: Kirigami.Units.largeSpacing

    // The window's commands (Main.qml's list, the one the command bar searches).
    required property list<QtObject> commands

    // Key, what it does; grouped by where it works: the window's commands that have a key,
    // then the keys of a page. Keys as the shortcuts editor left them (a command's shortcut
    // changes with its QAction's) and in the interface language ("Ctrl+Page suiv" in French).
    function keysOf(command) {
        return LanguageManager.effectiveLanguage && command.shortcut ? App.keysOf(command.fromQAction) : "";
    }
    function keyName(portableKeys) {
        return LanguageManager.effectiveLanguage ? App.keyText(portableKeys) : portableKeys;
    }
    readonly property var groups: [
        {
            title: qsTr("Everywhere"),
            keys: commands.map(command => [keysOf(command), command.text]).filter(entry => entry[0])
        },
        {
            title: qsTr("Check-in and registration"),
            keys: [
                [keyName("Enter"), qsTr("Check in (or register) the one player the name matches")],
                [keyName("Esc"), qsTr("Clear the name field")]
            ]
        },
        {
            title: qsTr("Seeding"),
            keys: [
                [keyName("Ctrl+Up") + " / " + keyName("Ctrl+Down"), qsTr("Move the selected entrant up or down one seed")],
                [qsTr("Digits, then Enter"), qsTr("Move the selected entrant to that seed")]
            ]
        },
        {
            title: qsTr("Brackets"),
            keys: [
                [keyName("Tab"), qsTr("Move to the bracket from the page's controls")],
                [qsTr("Arrows"), qsTr("Select the next match that way")],
                [qsTr("Shift+arrows"), qsTr("Move the view")],
                [qsTr("Digits"), qsTr("Find a match by its number")],
                [keyName("Enter"), qsTr("Report the selected match's result (type 2-1, then Enter)")],
                [keyName("F11"), qsTr("Caster window: full screen")]
            ]
        }
    ]

    ColumnLayout {
        spacing: Kirigami.Units.largeSpacing

        Repeater {
            model: dialog.groups
            delegate: ColumnLayout {
                id: group
                required property var modelData
                Layout.fillWidth: true
                spacing: Kirigami.Units.smallSpacing
                Kirigami.Heading {
                    Layout.fillWidth: true
                    level: 4
                    text: group.modelData.title
                    wrapMode: Text.Wrap
                }
                GridLayout {
                    Layout.fillWidth: true
                    columns: 2
                    columnSpacing: Kirigami.Units.largeSpacing
                    Repeater {
                        model: group.modelData.keys.length * 2
                        delegate: QQC2.Label {
                            required property int index
                            readonly property var entry: group.modelData.keys[Math.floor(index / 2)]
                            Layout.fillWidth: index % 2 === 1
                            Layout.preferredWidth: index % 2 === 0 ? Kirigami.Units.gridUnit * 10 : -1
                            text: entry[index % 2]
                            font.family: index % 2 === 0 ? "monospace" : Kirigami.Theme.defaultFont.family
                            wrapMode: Text.Wrap
                        }
                    }
                }
            }
        }
    }
}
