// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Omnium

// Badges: tick who gets one, choose design, size and paper, look at the pages exactly as
// they print, then export a PDF or print through the system dialog; reprint a lost one.
Page {
    id: page

    padding: 32
    background: null

    property int previewPage: 0

    Connections {
        target: BadgePrint
        function onLayoutChanged() {
            page.previewPage = Math.max(0, Math.min(page.previewPage, BadgePrint.pageCount - 1))
        }
    }

    FileDialog {
        id: pdfDialog
        title: qsTr("Export badges to PDF")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "pdf"
        nameFilters: [qsTr("PDF files (*.pdf)")]
        onAccepted: BadgePrint.exportPdf(selectedFile)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 16

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Badges")
            subtitle: BadgePrint.selectedCount === 0
                      ? qsTr("Tick the people who need a badge.")
                      : qsTr("%n badge(s) ticked", "", BadgePrint.selectedCount) + " · "
                        + qsTr("%n page(s)", "", BadgePrint.pageCount)

            Button {
                text: qsTr("Export PDF…")
                icon.source: "../icons/badges.svg"
                enabled: !BadgePrint.busy && BadgePrint.pageCount > 0
                onClicked: {
                    pdfDialog.selectedFile = BadgePrint.suggestedPdfUrl()
                    pdfDialog.open()
                }
            }
            Button {
                text: qsTr("Print…")
                highlighted: true
                enabled: !BadgePrint.busy && BadgePrint.pageCount > 0
                onClicked: BadgePrint.print()
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 24

            // Who: search, role, tick, reprint.
            ColumnLayout {
                Layout.preferredWidth: 340
                Layout.maximumWidth: 380
                Layout.fillHeight: true
                spacing: 8

                TextField {
                    Layout.fillWidth: true
                    placeholderText: qsTr("Search a name, tag, team or badge number")
                    onTextChanged: BadgeList.search = text
                }
                ComboBox {
                    id: roleFilter
                    Layout.fillWidth: true
                    textRole: "text"
                    valueRole: "value"
                    model: [{ value: "", text: qsTr("Every role") }].concat(BadgePrint.roles)
                    onActivated: BadgeList.roleKey = currentValue
                }
                RowLayout {
                    Layout.fillWidth: true
                    Layout.maximumWidth: parent.width
                    Button {
                        flat: true
                        text: qsTr("Tick all shown")
                        onClicked: BadgeList.selectShown(true)
                    }
                    Button {
                        flat: true
                        text: qsTr("Untick all shown")
                        onClicked: BadgeList.selectShown(false)
                    }
                }
                ListView {
                    id: people
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: BadgeList
                    ScrollBar.vertical: ScrollBar {}
                    delegate: ItemDelegate {
                        id: person

                        required property var model
                        required property string badgeId
                        required property string displayName
                        required property string gamerTag
                        required property string team
                        required property string roleLabel
                        required property color roleColour
                        required property bool selected
                        required property bool printed

                        width: people.width
                        onClicked: person.model.selected = !person.selected

                        contentItem: RowLayout {
                            spacing: 10
                            CheckBox {
                                checked: person.selected
                                onToggled: person.model.selected = checked
                            }
                            Rectangle {
                                Layout.preferredWidth: 6
                                Layout.fillHeight: true
                                radius: 3
                                color: person.roleColour
                            }
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 0
                                Label {
                                    Layout.fillWidth: true
                                    text: person.displayName
                                    font.weight: Font.DemiBold
                                    elide: Text.ElideRight
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: [person.roleLabel, person.gamerTag, person.team, person.badgeId]
                                          .filter(part => part.length > 0).join(" · ")
                                    opacity: 0.7
                                    font.pixelSize: 12
                                    elide: Text.ElideRight
                                }
                            }
                            Label {
                                visible: person.printed
                                text: qsTr("printed")
                                font.pixelSize: 12
                                opacity: 0.7
                            }
                            ToolButton {
                                visible: person.printed
                                text: qsTr("Reprint…")
                                enabled: !BadgePrint.busy
                                onClicked: BadgePrint.reprint(person.badgeId)
                                ToolTip.visible: hovered
                                ToolTip.text: qsTr("Print this badge again, e.g. when it was lost")
                            }
                        }
                    }
                }
            }

            // How: design, size, paper; the preview; progress.
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: 12

                GridLayout {
                    Layout.fillWidth: true
                    columns: 4
                    columnSpacing: 12
                    rowSpacing: 4

                    Label { text: qsTr("Design") }
                    ComboBox {
                        Layout.fillWidth: true
                        textRole: "text"
                        valueRole: "value"
                        model: BadgePrint.designs
                        Component.onCompleted: currentIndex = indexOfValue(BadgePrint.design)
                        onActivated: BadgePrint.design = currentValue
                    }
                    Label { text: qsTr("Size") }
                    ComboBox {
                        Layout.fillWidth: true
                        textRole: "text"
                        valueRole: "value"
                        model: BadgePrint.sizes
                        Component.onCompleted: currentIndex = indexOfValue(BadgePrint.sizeKey)
                        onActivated: BadgePrint.sizeKey = currentValue
                    }
                    Label { text: qsTr("Paper") }
                    ComboBox {
                        Layout.fillWidth: true
                        textRole: "text"
                        valueRole: "value"
                        model: BadgePrint.papers
                        Component.onCompleted: currentIndex = indexOfValue(BadgePrint.paper)
                        onActivated: BadgePrint.paper = currentValue
                    }
                    Label { text: qsTr("Orientation") }
                    ComboBox {
                        Layout.fillWidth: true
                        textRole: "text"
                        valueRole: "value"
                        model: [
                            { value: false, text: qsTr("Portrait") },
                            { value: true, text: qsTr("Landscape") }
                        ]
                        Component.onCompleted: currentIndex = indexOfValue(BadgePrint.landscape)
                        onActivated: BadgePrint.landscape = currentValue
                    }
                    Label {
                        visible: BadgePrint.sizeKey === "custom"
                        text: qsTr("Width (mm)")
                    }
                    SpinBox {
                        visible: BadgePrint.sizeKey === "custom"
                        from: 20
                        to: 300
                        editable: true
                        value: BadgePrint.customWidth
                        onValueModified: BadgePrint.customWidth = value
                    }
                    Label {
                        visible: BadgePrint.sizeKey === "custom"
                        text: qsTr("Height (mm)")
                    }
                    SpinBox {
                        visible: BadgePrint.sizeKey === "custom"
                        from: 20
                        to: 300
                        editable: true
                        value: BadgePrint.customHeight
                        onValueModified: BadgePrint.customHeight = value
                    }
                }

                Rectangle {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    color: Qt.rgba(0.5, 0.5, 0.5, 0.15)
                    radius: 4

                    BadgePagePreview {
                        anchors.fill: parent
                        anchors.margins: 16
                        controller: BadgePrint
                        page: page.previewPage
                        visible: BadgePrint.pageCount > 0
                    }
                    Label {
                        anchors.centerIn: parent
                        width: parent.width * 0.8
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                        visible: BadgePrint.pageCount === 0
                        text: BadgePrint.itemsPerPage === 0
                              ? qsTr("This badge size does not fit on the chosen paper.")
                              : qsTr("The pages appear here, exactly as they will print, once people are ticked.")
                        opacity: 0.7
                    }
                }

                RowLayout {
                    Layout.fillWidth: true
                    ToolButton {
                        text: "‹"
                        enabled: page.previewPage > 0
                        onClicked: page.previewPage -= 1
                        Accessible.name: qsTr("Previous page")
                    }
                    Label {
                        text: qsTr("Page %1 of %2").arg(page.previewPage + 1).arg(Math.max(1, BadgePrint.pageCount))
                    }
                    ToolButton {
                        text: "›"
                        enabled: page.previewPage < BadgePrint.pageCount - 1
                        onClicked: page.previewPage += 1
                        Accessible.name: qsTr("Next page")
                    }
                    Item {
                        Layout.fillWidth: true
                    }
                    Label {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignRight
                        text: BadgePrint.status
                        elide: Text.ElideLeft
                    }
                    ProgressBar {
                        visible: BadgePrint.busy
                        value: BadgePrint.progress
                    }
                    Button {
                        visible: BadgePrint.busy
                        text: qsTr("Cancel")
                        onClicked: BadgePrint.cancel()
                    }
                }
            }
        }
    }
}
