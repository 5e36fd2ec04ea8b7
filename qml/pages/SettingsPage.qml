// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnium

// Preferences of this computer: language and colours.
Page {
    id: page

    padding: 32
    background: null

    ColumnLayout {
        anchors.fill: parent
        spacing: 24

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Settings")
        }

        GridLayout {
            columns: 2
            columnSpacing: 24
            rowSpacing: 16

            Label {
                text: qsTr("Language")
            }
            ComboBox {
                id: languageBox
                objectName: "languageBox"
                Layout.preferredWidth: 260
                textRole: "text"
                valueRole: "value"
                model: [
                    { value: "system", text: qsTr("System language") },
                    { value: "fr", text: "Français" },
                    { value: "en", text: "English" }
                ]
                Component.onCompleted: currentIndex = indexOfValue(AppSettings.language)
                onActivated: AppSettings.language = currentValue
            }

            Label {
                text: qsTr("Theme")
            }
            ComboBox {
                Layout.preferredWidth: 260
                textRole: "text"
                valueRole: "value"
                model: [
                    { value: "system", text: qsTr("Follow the system") },
                    { value: "light", text: qsTr("Light") },
                    { value: "dark", text: qsTr("Dark") }
                ]
                Component.onCompleted: currentIndex = indexOfValue(AppSettings.theme)
                onActivated: AppSettings.theme = currentValue
            }
        }

        Item {
            Layout.fillHeight: true
        }
    }
}
