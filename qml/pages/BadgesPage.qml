// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Omnium

// Badges: tick who gets one, choose design, size and paper, look at the pages exactly as
// they print, then export a PDF or print through the system dialog; reprint a lost one.
Kirigami.Page {
    id: page

    title: qsTr("Badges")
    actions: [
        Kirigami.Action {
            text: qsTr("Add staff badge…")
            icon.name: "list-add-user"
            tooltip: qsTr("A badge for someone who is not a player: staff, press, guest")
            onTriggered: staffDialog.edit(0)
        },
        Kirigami.Action {
            text: qsTr("Export PDF…")
            icon.name: "application-pdf"
            tooltip: qsTr("Save the ticked badges as a PDF file")
            enabled: !BadgePrint.busy && BadgePrint.pageCount > 0
            onTriggered: {
                pdfDialog.selectedFile = BadgePrint.suggestedPdfUrl();
                pdfDialog.open();
            }
        },
        Kirigami.Action {
            text: qsTr("Print…")
            icon.name: "document-print"
            tooltip: qsTr("Print the ticked badges")
            enabled: !BadgePrint.busy && BadgePrint.pageCount > 0
            onTriggered: BadgePrint.print()
        }
    ]
    header: ToolBar {
        // In line with the title above and the page below.
        leftPadding: page.leftPadding
        rightPadding: page.rightPadding
        contentItem: RowLayout {
            Label {
                Layout.fillWidth: true
                text: BadgePrint.selectedCount === 0
                      ? qsTr("Tick the people who need a badge.")
                      : qsTr("%n badge(s) ticked", "", BadgePrint.selectedCount) + " · "
                        + qsTr("%n page(s)", "", BadgePrint.pageCount)
                elide: Text.ElideRight
            }
        }
    }

    property int previewPage: 0
    // Room for the people list beside a two-column preview (not in a 900-wide window).
    readonly property bool wide: width >= Kirigami.Units.gridUnit * 50

    Connections {
        target: BadgePrint
        function onLayoutChanged() {
            page.previewPage = Math.max(0, Math.min(page.previewPage, BadgePrint.pageCount - 1))
        }
    }

    FileChooser {
        id: pdfDialog
        title: qsTr("Export badges to PDF")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("PDF files (*.pdf)")]
        onChosen: file => BadgePrint.exportPdf(file)
    }

    // Staff, press, casters, VIP and guests: people who are not players.
    Dialog {
        id: staffDialog
        objectName: "staffDialog"

        property var staffId: 0
        property int version: 0

        function edit(id) {
            const row = id ? BadgeStore.staff(id) : {}
            staffId = row.id ?? 0
            version = row.version ?? 0
            staffName.text = row.name ?? ""
            staffOrganisation.text = row.organisation ?? ""
            const roleRow = staffRole.indexOfValue(row.role ?? "staff")
            staffRole.currentIndex = roleRow >= 0 ? roleRow : 0
            open()
            staffName.forceActiveFocus()
        }

        anchors.centerIn: parent
        width: Math.min(560, parent ? parent.width - 48 : 560)
        modal: true
        title: staffId ? qsTr("Edit badge") : qsTr("New staff, press or guest badge")
        standardButtons: Dialog.Save | Dialog.Cancel

        // (sized from the form: a Popup does not follow a FormLayout's implicit height by itself)
        contentHeight: staffForm.implicitHeight

        ColumnLayout {
            id: staffForm
            anchors.fill: parent
            Kirigami.FormLayout {
                objectName: "staffForm"
                Layout.fillWidth: true
                TextField {
                    id: staffName
                    Kirigami.FormData.label: qsTr("Name")
                    Accessible.name: qsTr("Name")
                    Layout.fillWidth: true
                    placeholderText: qsTr("As printed, e.g. Camille Dupont")
                    onAccepted: staffDialog.accept()
                }
                TextField {
                    id: staffOrganisation
                    Kirigami.FormData.label: qsTr("Organisation")
                    Accessible.name: qsTr("Organisation")
                    Layout.fillWidth: true
                    placeholderText: qsTr("e.g. the newspaper or the venue")
                    onAccepted: staffDialog.accept()
                }
                ComboBox {
                    id: staffRole
                    Kirigami.FormData.label: qsTr("Role")
                    Accessible.name: qsTr("Role")
                    Layout.fillWidth: true
                    textRole: "text"
                    valueRole: "value"
                    model: BadgePrint.roles.filter(role => role.value !== "player" && role.value !== "coach")
                }
            }
            Button {
                visible: staffDialog.staffId !== 0
                flat: true
                text: qsTr("Delete this badge")
                onClicked: {
                    BadgeStore.removeStaff(staffDialog.staffId, staffDialog.version)
                    staffDialog.close()
                }
            }
        }

        onAccepted: {
            const values = { name: staffName.text, organisation: staffOrganisation.text, role: staffRole.currentValue }
            if (staffId)
                BadgeStore.updateStaff(staffId, version, values)
            else
                BadgeStore.addStaff(values)
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Kirigami.Units.largeSpacing

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 24

            // Who: search, role, tick, reprint.
            ColumnLayout {
                Layout.preferredWidth: page.wide ? 340 : Kirigami.Units.gridUnit * 13
                Layout.maximumWidth: 380
                Layout.fillHeight: true
                spacing: Kirigami.Units.mediumSpacing

                TextField {
                    Accessible.name: qsTr("Search a name, tag, team or badge number")
                    Layout.fillWidth: true
                    placeholderText: qsTr("Name, tag, team, badge no.")
                    onTextChanged: BadgeList.search = text
                }
                // Who is listed: each filter with its label.
                Kirigami.FormLayout {
                    objectName: "badgeFilters"
                    Layout.fillWidth: true
                    ComboBox {
                        Kirigami.FormData.label: qsTr("Event")
                        Accessible.name: qsTr("Event")
                        Layout.fillWidth: true
                        textRole: "text"
                        valueRole: "value"
                        model: BadgeStore.events
                        onActivated: BadgeList.eventId = currentValue
                    }
                    ComboBox {
                        Kirigami.FormData.label: qsTr("Team")
                        Accessible.name: qsTr("Team")
                        Layout.fillWidth: true
                        textRole: "text"
                        valueRole: "value"
                        model: BadgeStore.teams
                        onActivated: BadgeList.teamId = currentValue
                    }
                    ComboBox {
                        id: roleFilter
                        Kirigami.FormData.label: qsTr("Role")
                        Accessible.name: qsTr("Role")
                        Layout.fillWidth: true
                        textRole: "text"
                        valueRole: "value"
                        model: [{ value: "", text: qsTr("Every role") }].concat(BadgePrint.roles)
                        onActivated: BadgeList.roleKey = currentValue
                    }
                    ComboBox {
                        Kirigami.FormData.label: qsTr("Check-in")
                        Accessible.name: qsTr("Check-in")
                        Layout.fillWidth: true
                        textRole: "text"
                        valueRole: "value"
                        model: [
                            { value: "", text: qsTr("Any check-in") },
                            { value: "checked_in", text: qsTr("Checked in") },
                            { value: "not_checked_in", text: qsTr("Not checked in") }
                        ]
                        onActivated: BadgeList.checkIn = currentValue
                    }
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
                PagePlaceholder {
                    objectName: "noBadges"
                    visible: people.count === 0
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    iconName: "im-user"
                    text: qsTr("Nobody to badge here")
                    explanation: qsTr("Players get a badge once registered; staff, press and guests are added with “Add staff badge…”.")
                    actionText: qsTr("Open Players")
                    targetPage: "PlayersPage"
                }
                ListView {
                    id: people
                    visible: count > 0
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
                        required property var staffId

                        width: people.width
                        onClicked: person.model.selected = !person.selected

                        contentItem: RowLayout {
                            spacing: 10
                            CheckBox {
                                Accessible.name: qsTr("Print %1's badge").arg(person.displayName)
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
                                    wrapMode: Text.Wrap
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: [person.roleLabel, person.gamerTag, person.team, person.badgeId]
                                          .filter(part => part.length > 0).join(" · ")
                                    opacity: 0.7
                                    font.pointSize: Kirigami.Theme.smallFont.pointSize
                                    wrapMode: Text.Wrap
                                }
                            }
                            ToolButton {
                                visible: person.staffId !== 0
                                text: qsTr("Edit")
                                onClicked: staffDialog.edit(person.staffId)
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

                TabBar {
                    id: tabs
                    Layout.fillWidth: true
                    TabButton { text: qsTr("Preview"); baselineOffset: 0 }
                    TabButton { text: qsTr("Scan a badge"); baselineOffset: 0 }
                    TabButton { text: qsTr("Print log"); baselineOffset: 0 }
                    onCurrentIndexChanged: if (currentIndex === 1) scanField.forceActiveFocus()
                }

                StackLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    currentIndex: tabs.currentIndex

                    ColumnLayout {
                        spacing: 12

                        // Design and size beside paper and orientation: two labelled columns, one
                        // above the other in a narrow window.
                        GridLayout {
                            objectName: "badgeLayoutForm"
                            Layout.fillWidth: true
                            columns: page.wide ? 2 : 1
                            columnSpacing: Kirigami.Units.largeSpacing
                            rowSpacing: Kirigami.Units.largeSpacing
                            Kirigami.FormLayout {
                                id: designForm
                                Layout.fillWidth: true
                                Layout.alignment: Qt.AlignTop
                                twinFormLayouts: [paperForm]
                                ComboBox {
                                    Kirigami.FormData.label: qsTr("Design")
                                    Accessible.name: qsTr("Design")
                                    Layout.fillWidth: true
                                    textRole: "text"
                                    valueRole: "value"
                                    model: BadgePrint.designs
                                    Component.onCompleted: currentIndex = indexOfValue(BadgePrint.design)
                                    onActivated: BadgePrint.design = currentValue
                                }
                                ComboBox {
                                    Kirigami.FormData.label: qsTr("Size")
                                    Accessible.name: qsTr("Size")
                                    Layout.fillWidth: true
                                    textRole: "text"
                                    valueRole: "value"
                                    model: BadgePrint.sizes
                                    Component.onCompleted: currentIndex = indexOfValue(BadgePrint.sizeKey)
                                    onActivated: BadgePrint.sizeKey = currentValue
                                }
                                SpinBox {
                                    Kirigami.FormData.label: qsTr("Width (mm)")
                                    Accessible.name: qsTr("Width (mm)")
                                    visible: BadgePrint.sizeKey === "custom"
                                    from: 20
                                    to: 300
                                    editable: true
                                    value: BadgePrint.customWidth
                                    onValueModified: BadgePrint.customWidth = value
                                }
                            }
                            Kirigami.FormLayout {
                                id: paperForm
                                Layout.fillWidth: true
                                Layout.alignment: Qt.AlignTop
                                twinFormLayouts: [designForm]
                                ComboBox {
                                    Kirigami.FormData.label: qsTr("Paper")
                                    Accessible.name: qsTr("Paper")
                                    Layout.fillWidth: true
                                    textRole: "text"
                                    valueRole: "value"
                                    model: BadgePrint.papers
                                    Component.onCompleted: currentIndex = indexOfValue(BadgePrint.paper)
                                    onActivated: BadgePrint.paper = currentValue
                                }
                                ComboBox {
                                    Kirigami.FormData.label: qsTr("Orientation")
                                    Accessible.name: qsTr("Orientation")
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
                                SpinBox {
                                    Kirigami.FormData.label: qsTr("Height (mm)")
                                    Accessible.name: qsTr("Height (mm)")
                                    visible: BadgePrint.sizeKey === "custom"
                                    from: 20
                                    to: 300
                                    editable: true
                                    value: BadgePrint.customHeight
                                    onValueModified: BadgePrint.customHeight = value
                                }
                            }
                        }

                        Rectangle {
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            color: Kirigami.Theme.alternateBackgroundColor
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
                        Label {
                            Layout.fillWidth: true
                            visible: BadgePrint.scale < 0.999 && BadgePrint.pageCount > 0
                            wrapMode: Text.Wrap
                            opacity: 0.7
                            text: qsTr("Badges print at %1 % so that they keep 5 mm off the sheet's edge, which most printers leave blank.").arg(Math.round(BadgePrint.scale * 100))
                        }
                    }

                    // The check-in desk: a USB scanner types the badge number and Enter here.
                    ColumnLayout {
                        id: scanPane

                        property var result: ({})

                        spacing: 12
                        Kirigami.FormLayout {
                            objectName: "badgeScanForm"
                            Layout.fillWidth: true
                            TextField {
                                id: scanField
                                Kirigami.FormData.label: qsTr("Badge number")
                                Accessible.name: qsTr("Badge number")
                                Layout.fillWidth: true
                                placeholderText: qsTr("Scan a badge's QR code, or type its number and press Enter")
                                onAccepted: {
                                    scanPane.result = BadgeStore.lookup(text)
                                    selectAll()
                                }
                            }
                        }
                        Pane {
                            Layout.fillWidth: true
                            visible: scanPane.result.found === true
                            RowLayout {
                                anchors.fill: parent
                                spacing: Kirigami.Units.largeSpacing
                                Rectangle {
                                    Layout.preferredWidth: 12
                                    Layout.fillHeight: true
                                    radius: 4
                                    color: BadgePrint.roles.find(role => role.value === scanPane.result.role)?.colour ?? Kirigami.Theme.disabledTextColor
                                }
                                ColumnLayout {
                                    Layout.fillWidth: true
                                    spacing: Kirigami.Units.smallSpacing
                                    Kirigami.Heading {
                                        Layout.fillWidth: true
                                        text: scanPane.result.name ?? ""
                                        level: 1
                                        font.weight: Font.DemiBold
                                        elide: Text.ElideRight
                                    }
                                    Kirigami.Heading {
                                        Layout.fillWidth: true
                                        text: [BadgePrint.roles.find(role => role.value === scanPane.result.role)?.text ?? "",
                                               scanPane.result.tag ?? "", scanPane.result.team ?? ""]
                                              .filter(part => part.length > 0).join(" · ")
                                        level: 2
                                        elide: Text.ElideRight
                                    }
                                    Label {
                                        Layout.fillWidth: true
                                        visible: text.length > 0
                                        text: scanPane.result.events ?? ""
                                        wrapMode: Text.Wrap
                                    }
                                    Label {
                                        text: qsTr("Badge %1 · printed %n time(s)", "", scanPane.result.printCount ?? 0)
                                              .arg(scanPane.result.badgeId ?? "")
                                        opacity: 0.7
                                    }
                                }
                            }
                        }
                        Kirigami.Heading {
                            Layout.fillWidth: true
                            visible: scanPane.result.found === false
                            wrapMode: Text.Wrap
                            color: Kirigami.Theme.negativeTextColor
                            level: 2
                            text: scanPane.result.message ?? ""
                        }
                        Item {
                            Layout.fillHeight: true
                        }
                    }

                    // What was printed when; reprints marked.
                    ListView {
                        id: printLog
                        clip: true
                        model: BadgeStore.printHistory
                        ScrollBar.vertical: ScrollBar {}
                        delegate: ItemDelegate {
                            id: record
                            required property string name
                            required property bool reprint
                            required property date at
                            required property string badgeId
                            required property string layout
                            required property string target
                            width: printLog.width
                            contentItem: ColumnLayout {
                                spacing: 0
                                Label {
                                    Layout.fillWidth: true
                                    text: record.name + (record.reprint ? " · " + qsTr("REPRINT") : "")
                                    font.weight: record.reprint ? Font.Bold : Font.DemiBold
                                    elide: Text.ElideRight
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: [Qt.formatDateTime(record.at, "yyyy-MM-dd HH:mm"), record.badgeId,
                                           record.layout, record.target].join(" · ")
                                    opacity: 0.7
                                    font.pointSize: Kirigami.Theme.smallFont.pointSize
                                    elide: Text.ElideRight
                                }
                            }
                        }
                        Label {
                            anchors.centerIn: parent
                            visible: printLog.count === 0
                            text: qsTr("Nothing printed yet.")
                            opacity: 0.7
                        }
                    }
                }

                RowLayout {
                    Layout.fillWidth: true
                    ToolButton {
                        visible: tabs.currentIndex === 0
                        text: "‹"
                        enabled: page.previewPage > 0
                        onClicked: page.previewPage -= 1
                        Accessible.name: qsTr("Previous page")
                    }
                    Label {
                        visible: tabs.currentIndex === 0
                        text: qsTr("Page %1 of %2").arg(page.previewPage + 1).arg(Math.max(1, BadgePrint.pageCount))
                    }
                    ToolButton {
                        visible: tabs.currentIndex === 0
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
