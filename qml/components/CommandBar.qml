// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Omnium

// Every command of the window by name (Ctrl+Shift+P, as in KDE applications' command bar):
// type a few letters of it, Enter runs the first one found (arrows choose another).
Kirigami.SearchDialog {
    id: bar

    // The window's commands (Kirigami.Action made from the application's QActions), the same
    // list the shortcuts sheet shows.
    required property list<QtObject> commands

    objectName: "commandBar"
    searchFieldPlaceholderText: qsTr("Command or page…")
    emptyText: qsTr("No command has that name")
    // Letters without their accents and case: "tetes" finds "Têtes de série".
    function plain(text) {
        return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    }
    // Read when the bar opens: names and keys as they are now (after the shortcuts editor or
    // a change of language).
    model: bar.visible ? commands.filter(command => command.enabled && plain(command.text).includes(plain(bar.text.trim()))) : []
    delegate: QQC2.ItemDelegate {
        id: row
        required property var modelData
        required property int index
        width: ListView.view.width
        highlighted: ListView.isCurrentItem
        text: modelData.text
        Accessible.name: modelData.text
        contentItem: RowLayout {
            spacing: Kirigami.Units.largeSpacing
            Kirigami.Icon {
                source: row.modelData.icon.name || row.modelData.icon.source
                implicitWidth: Kirigami.Units.iconSizes.small
                implicitHeight: Kirigami.Units.iconSizes.small
            }
            QQC2.Label {
                Layout.fillWidth: true
                text: row.modelData.text
                elide: Text.ElideRight
            }
            QQC2.Label {
                text: App.keysOf(row.modelData.fromQAction)
                color: Kirigami.Theme.disabledTextColor
            }
        }
        onClicked: bar.run(modelData)
    }
    onAccepted: if (currentItem)
        run(currentItem.modelData)

    function run(command) {
        close();
        command.trigger();
    }
}
