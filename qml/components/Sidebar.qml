// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.delegates as Delegates
import Omnium

// The product's areas, in the Tab chain: arrows move, Enter or Space opens the page. Below,
// the undo button names what it takes back, and the list of shortcuts.
QQC2.Pane {
    id: sidebar

    readonly property alias count: navigation.count

    signal undoRequested
    signal shortcutsRequested

    function forceActiveFocus() {
        navigation.forceActiveFocus();
    }

    padding: 0
    Kirigami.Theme.colorSet: Kirigami.Theme.View
    Kirigami.Theme.inherit: false
    background: Rectangle {
        color: Kirigami.Theme.backgroundColor
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.margins: Kirigami.Units.largeSpacing
            spacing: Kirigami.Units.mediumSpacing
            Image {
                source: "qrc:/qt/qml/Omnium/icons/omnium.svg"
                sourceSize: Qt.size(Kirigami.Units.iconSizes.medium, Kirigami.Units.iconSizes.medium)
                Accessible.ignored: true
            }
            Kirigami.Heading {
                Layout.fillWidth: true
                text: qsTr("Omnium")
                level: 2
                elide: Text.ElideRight
            }
        }

        VenueStatusChip {
            Layout.leftMargin: Kirigami.Units.largeSpacing
            Layout.rightMargin: Kirigami.Units.largeSpacing
            Layout.bottomMargin: Kirigami.Units.smallSpacing
            Layout.maximumWidth: sidebar.width - 2 * Kirigami.Units.largeSpacing
        }

        QQC2.ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            // A scroll bar that stays shown says that more pages are below.
            QQC2.ScrollBar.vertical.policy: navigation.contentHeight > navigation.height ? QQC2.ScrollBar.AlwaysOn
                                                                                       : QQC2.ScrollBar.AsNeeded

            ListView {
                id: navigation
                objectName: "navigation"
                model: Navigation
                currentIndex: Navigation.currentIndex
                keyNavigationEnabled: true
                activeFocusOnTab: true
                clip: true
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Pages")
                Keys.onReturnPressed: Navigation.currentIndex = navigation.currentIndex
                Keys.onEnterPressed: Navigation.currentIndex = navigation.currentIndex
                Keys.onSpacePressed: Navigation.currentIndex = navigation.currentIndex
                // Arrows move the list's own current item; the page follows on Enter.
                Connections {
                    target: Navigation
                    function onCurrentIndexChanged() {
                        navigation.currentIndex = Navigation.currentIndex;
                    }
                }

                delegate: Delegates.RoundedItemDelegate {
                    id: delegate

                    required property int index
                    required property string title
                    required property string iconSource

                    text: title
                    icon.source: iconSource
                    highlighted: Navigation.currentIndex === index
                    Accessible.name: title
                    // The page's keys, as the shortcuts editor left them (read when hovered).
                    readonly property string keys: hovered ? App.keysOf(App.pageAction(index)) : ""
                    QQC2.ToolTip.text: keys ? qsTr("%1 (%2)").arg(title).arg(keys) : title
                    QQC2.ToolTip.visible: hovered
                    QQC2.ToolTip.delay: Kirigami.Units.toolTipDelay
                    onClicked: Navigation.currentIndex = index
                    // Omnium's icons are outlines: drawn in the text's colour, light or dark.
                    contentItem: Delegates.DefaultContentItem {
                        itemDelegate: delegate
                        iconItem.isMask: true
                        iconItem.color: delegate.highlighted ? Kirigami.Theme.highlightedTextColor : Kirigami.Theme.textColor
                    }
                }
            }
        }

        Kirigami.Separator {
            Layout.fillWidth: true
        }

        // Names what Ctrl+Z takes back, on two lines rather than cut.
        Delegates.RoundedItemDelegate {
            id: undoButton
            objectName: "undoButton"
            Layout.fillWidth: true
            text: Store.canUndo ? Store.undoText : qsTr("Nothing to undo")
            enabled: Store.canUndo
            highlighted: false
            Accessible.name: text
            QQC2.ToolTip.text: hovered ? App.keysOf(App.action("edit_undo")) : ""
            QQC2.ToolTip.visible: hovered
            onClicked: sidebar.undoRequested()
            contentItem: RowLayout {
                spacing: Kirigami.Units.mediumSpacing
                Kirigami.Icon {
                    source: "edit-undo"
                    implicitWidth: Kirigami.Units.iconSizes.smallMedium
                    implicitHeight: Kirigami.Units.iconSizes.smallMedium
                    Accessible.ignored: true
                }
                QQC2.Label {
                    objectName: "undoText"
                    Layout.fillWidth: true
                    text: undoButton.text
                    wrapMode: Text.Wrap
                    Accessible.ignored: true
                }
            }
        }
        QQC2.ToolButton {
            objectName: "shortcutsButton"
            Layout.fillWidth: true
            Layout.leftMargin: Kirigami.Units.smallSpacing
            Layout.rightMargin: Kirigami.Units.smallSpacing
            Layout.bottomMargin: Kirigami.Units.smallSpacing
            icon.name: "help-keybord-shortcuts"
            // Its first key as the shortcuts editor left it (the action's shortcut says when it changes).
            readonly property QtObject command: App.action("show_shortcuts")
            text: command && command.shortcut ? qsTr("Keyboard shortcuts (%1)").arg(App.keysOf(command).split(", ")[0])
                                              : qsTr("Keyboard shortcuts")
            onClicked: sidebar.shortcutsRequested()
        }
    }
}
