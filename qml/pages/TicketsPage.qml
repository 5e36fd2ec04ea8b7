// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Omnium

// Spectator tickets: the ticket types with live counts and a form to create one, issuing,
// the issued tickets with search, void and printing to PDF, the ledger check, and the
// connection to the ticketing server.
Kirigami.Page {
    id: page

    title: qsTr("Tickets")
    // The scroll view below is as wide as the page: the page asks for no width of its own.
    contentWidth: 0
    actions: [
        Kirigami.Action {
            text: qsTr("Refresh")
            icon.name: "view-refresh"
            tooltip: qsTr("Ask the ticketing server again")
            enabled: Ticketing.available
            onTriggered: Ticketing.refresh()
        }
    ]
    header: ToolBar {
        // In line with the title above and the page below.
        leftPadding: page.leftPadding
        rightPadding: page.rightPadding
        contentItem: RowLayout {
            Label {
                Layout.fillWidth: true
                text: Ticketing.available
                      ? (Ticketing.online ? qsTr("Connected to %1").arg(Ticketing.endpoint)
                                          : qsTr("Not connected"))
                      : qsTr("No ticketing plugin is installed")
                elide: Text.ElideRight
            }
            BusyIndicator {
                running: Ticketing.busy
                visible: running
                implicitWidth: Kirigami.Units.iconSizes.medium
                implicitHeight: Kirigami.Units.iconSizes.medium
            }
        }
    }

    FileChooser {
        id: pdfDialog
        title: qsTr("Print tickets to PDF")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("PDF files (*.pdf)")]
        onChosen: file => TicketPrint.exportPdf(file)
    }

    ScrollView {
        id: scroller
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: scroller.availableWidth
            spacing: 20

            Repeater {
                model: Ticketing.pluginProblems
                delegate: Kirigami.InlineMessage {
                    required property string modelData
                    Layout.fillWidth: true
                    visible: true
                    type: Kirigami.MessageType.Error
                    text: qsTr("Plugin not loaded: %1").arg(modelData)
                }
            }

            Kirigami.Heading {
                text: qsTr("Ticket types")
                level: 2
                font.weight: Font.DemiBold
            }
            PagePlaceholder {
                objectName: "noTicketTypes"
                visible: typeList.count === 0
                Layout.fillWidth: true
                Layout.maximumWidth: scroller.availableWidth
                iconName: "bookmark-new"
                text: qsTr("No ticket type yet")
                explanation: qsTr("A ticket type is what is sold: a day pass, a weekend pass, a spectator seat.")
                nextStep: Kirigami.Action {
                    text: qsTr("Create a ticket type")
                    icon.name: "list-add"
                    onTriggered: typeNameField.forceActiveFocus()
                }
            }
            ListView {
                id: typeList
                Layout.fillWidth: true
                Layout.preferredHeight: contentHeight
                interactive: false
                model: Ticketing.ticketTypes
                delegate: ItemDelegate {
                    id: typeRow
                    required property int typeId
                    required property string name
                    required property int priceCents
                    required property string currency
                    required property int capacity
                    required property int issued
                    required property int redeemed
                    required property int remaining
                    width: typeList.width
                    contentItem: RowLayout {
                        spacing: Kirigami.Units.largeSpacing
                        Kirigami.Heading {
                            Layout.fillWidth: true
                            text: typeRow.name
                            level: 3
                            elide: Text.ElideRight
                        }
                        Label {
                            text: Number(typeRow.priceCents / 100).toLocaleCurrencyString(Qt.locale(), typeRow.currency)
                        }
                        Label {
                            text: qsTr("%1 issued").arg(typeRow.issued)
                        }
                        Label {
                            text: qsTr("%1 entered").arg(typeRow.redeemed)
                        }
                        Label {
                            text: qsTr("%1 of %2 left").arg(typeRow.remaining).arg(typeRow.capacity)
                            font.weight: Font.DemiBold
                            color: typeRow.remaining === 0 ? Kirigami.Theme.negativeTextColor : Kirigami.Theme.textColor
                        }
                    }
                }
            }

            Kirigami.Heading {
                text: qsTr("New ticket type")
                level: 2
                font.weight: Font.DemiBold
            }
            Kirigami.FormLayout {
                objectName: "ticketTypeForm"
                Layout.fillWidth: true
                TextField {
                    id: typeNameField
                    objectName: "typeNameField"
                    Kirigami.FormData.label: qsTr("Name")
                    Accessible.name: qsTr("Name")
                    Layout.preferredWidth: Kirigami.Units.gridUnit * 16
                    placeholderText: qsTr("e.g. Day pass")
                }
                RowLayout {
                    Kirigami.FormData.label: qsTr("Price")
                    TextField {
                        id: priceField
                        Accessible.name: qsTr("Price")
                        Layout.preferredWidth: Kirigami.Units.gridUnit * 6
                        text: "0"
                    }
                    TextField {
                        id: currencyField
                        Accessible.name: qsTr("Currency")
                        Layout.preferredWidth: Kirigami.Units.gridUnit * 4
                        text: "EUR"
                        maximumLength: 3
                    }
                }
                SpinBox {
                    id: capacityBox
                    Kirigami.FormData.label: qsTr("Capacity")
                    Accessible.name: qsTr("Capacity")
                    from: 1
                    to: 1000000
                    value: 100
                    editable: true
                }
                TextField {
                    id: saleFromField
                    Kirigami.FormData.label: qsTr("Valid from")
                    Accessible.name: qsTr("Valid from (yyyy-MM-dd HH:mm)")
                    Layout.preferredWidth: Kirigami.Units.gridUnit * 10
                    text: new Date().toLocaleString(Qt.locale("C"), "yyyy-MM-dd 00:00")
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Valid from (yyyy-MM-dd HH:mm)")
                }
                RowLayout {
                    Kirigami.FormData.label: qsTr("Valid until")
                    TextField {
                        id: saleUntilField
                        Accessible.name: qsTr("Valid until (yyyy-MM-dd HH:mm)")
                        Layout.preferredWidth: Kirigami.Units.gridUnit * 10
                        text: new Date(Date.now() + 86400000).toLocaleString(Qt.locale("C"), "yyyy-MM-dd 23:59")
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Valid until (yyyy-MM-dd HH:mm)")
                    }
                    Button {
                        text: qsTr("Create")
                        enabled: Ticketing.available && typeNameField.text.length > 0
                        onClicked: Ticketing.createTicketType(typeNameField.text, priceField.text, currencyField.text,
                                                              capacityBox.value, saleFromField.text, saleUntilField.text)
                    }
                }
            }
            Connections {
                target: Ticketing
                function onTicketTypeCreated() {
                    typeNameField.clear()
                }
            }

            Kirigami.Heading {
                text: qsTr("Issue tickets")
                level: 2
                font.weight: Font.DemiBold
            }
            Kirigami.FormLayout {
                objectName: "issueForm"
                Layout.fillWidth: true
                ComboBox {
                    id: typeBox
                    Kirigami.FormData.label: qsTr("Ticket type")
                    Accessible.name: qsTr("Ticket type")
                    Layout.preferredWidth: Kirigami.Units.gridUnit * 16
                    model: Ticketing.ticketTypes
                    textRole: "name"
                    valueRole: "typeId"
                }
                SpinBox {
                    id: quantityBox
                    Kirigami.FormData.label: qsTr("Quantity")
                    Accessible.name: qsTr("Quantity")
                    from: 1
                    to: 100
                    value: 1
                    editable: true
                }
                TextField {
                    id: buyerField
                    Kirigami.FormData.label: qsTr("Buyer's name")
                    Accessible.name: qsTr("Buyer's name")
                    Layout.preferredWidth: Kirigami.Units.gridUnit * 16
                }
                RowLayout {
                    Kirigami.FormData.label: qsTr("E-mail")
                    TextField {
                        id: emailField
                        Accessible.name: qsTr("E-mail")
                        Layout.preferredWidth: Kirigami.Units.gridUnit * 16
                        placeholderText: qsTr("optional")
                        inputMethodHints: Qt.ImhEmailCharactersOnly
                    }
                    Button {
                        text: qsTr("Issue")
                        highlighted: true
                        enabled: Ticketing.available && typeBox.currentIndex >= 0 && buyerField.text.length > 0
                        onClicked: Ticketing.issue(typeBox.currentValue, quantityBox.value, buyerField.text, emailField.text)
                    }
                }
            }
            Connections {
                target: Ticketing
                function onIssued() {
                    buyerField.clear()
                    emailField.clear()
                    quantityBox.value = 1
                }
            }

            RowLayout {
                Layout.fillWidth: true
                Kirigami.Heading {
                    Layout.fillWidth: true
                    text: qsTr("Issued tickets")
                    level: 2
                    font.weight: Font.DemiBold
                }
                TextField {
                    Accessible.name: qsTr("Search by name or ticket number")
                    Layout.preferredWidth: 280
                    placeholderText: qsTr("Search by name or ticket number")
                    text: Ticketing.searchText
                    onTextEdited: Ticketing.searchText = text
                }
                Button {
                    text: qsTr("Print tickets…")
                    enabled: ticketList.count > 0
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("The valid tickets listed here, to a PDF with their QR codes")
                    onClicked: {
                        pdfDialog.selectedFile = TicketPrint.suggestedPdfUrl()
                        pdfDialog.open()
                    }
                }
            }
            // What the printed tickets say.
            Kirigami.FormLayout {
                objectName: "ticketPrintForm"
                Layout.fillWidth: true
                TextField {
                    Kirigami.FormData.label: qsTr("Venue name on tickets")
                    Accessible.name: qsTr("Venue name on tickets")
                    Layout.preferredWidth: Kirigami.Units.gridUnit * 16
                    text: TicketPrint.venueName
                    onEditingFinished: TicketPrint.venueName = text
                }
                TextField {
                    Kirigami.FormData.label: qsTr("Event title on tickets")
                    Accessible.name: qsTr("Event title on tickets")
                    Layout.preferredWidth: Kirigami.Units.gridUnit * 16
                    text: TicketPrint.eventTitle
                    onEditingFinished: TicketPrint.eventTitle = text
                }
                ComboBox {
                    Kirigami.FormData.label: qsTr("Ticket layout")
                    Accessible.name: qsTr("Ticket layout")
                    Layout.preferredWidth: Kirigami.Units.gridUnit * 16
                    model: [qsTr("4 per A4 sheet"), qsTr("One per A6 page")]
                    currentIndex: TicketPrint.sheets ? 0 : 1
                    onActivated: index => TicketPrint.sheets = index === 0
                }
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: TicketPrint.status
                wrapMode: Text.Wrap
                opacity: 0.8
            }
            ListView {
                id: ticketList
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(contentHeight, 480)
                clip: true
                model: Ticketing.tickets
                delegate: ItemDelegate {
                    id: ticketRow
                    required property string ticketId
                    required property string buyerName
                    required property string state
                    required property string gate
                    width: ticketList.width
                    contentItem: RowLayout {
                        spacing: Kirigami.Units.largeSpacing
                        Label {
                            text: ticketRow.ticketId
                            font.family: "monospace"
                        }
                        Label {
                            Layout.fillWidth: true
                            text: ticketRow.buyerName
                            elide: Text.ElideRight
                        }
                        Label {
                            text: ticketRow.state === "voided" ? qsTr("Voided")
                                : ticketRow.state === "redeemed" ? qsTr("Entered at %1").arg(ticketRow.gate)
                                : qsTr("Valid")
                        }
                        Button {
                            text: qsTr("Void")
                            flat: true
                            enabled: ticketRow.state === "valid"
                            onClicked: Ticketing.voidTicket(ticketRow.ticketId, false)
                        }
                    }
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: 12
                Button {
                    text: qsTr("Verify ledger")
                    enabled: Ticketing.available
                    onClicked: Ticketing.verifyLedger()
                }
                Label {
                    Layout.fillWidth: true
                    text: Ticketing.ledgerStatus
                    color: Ticketing.ledgerValid ? Kirigami.Theme.textColor : Kirigami.Theme.negativeTextColor
                    font.weight: Ticketing.ledgerValid ? Font.Normal : Font.DemiBold
                    wrapMode: Text.Wrap
                }
            }

            Kirigami.Heading {
                text: qsTr("Ticketing server")
                level: 2
                font.weight: Font.DemiBold
            }
            Kirigami.FormLayout {
                objectName: "ticketServerForm"
                Layout.fillWidth: true
                // Printed by omnium-ticketd --pair SCOPE --url https://HOST:PORT; a scanner
                // types its QR code here. Sets the address, the token and the certificate.
                TextField {
                    objectName: "pairingField"
                    Kirigami.FormData.label: qsTr("Pairing code")
                    Accessible.name: qsTr("Pairing code")
                    Layout.preferredWidth: Kirigami.Units.gridUnit * 20
                    echoMode: TextInput.Password
                    placeholderText: Ticketing.paired ? qsTr("Paired (scan or paste to pair again)")
                                                      : qsTr("Scan or paste omnium-pair:…")
                    onAccepted: {
                        if (Ticketing.pair(text))
                            clear()
                    }
                }
                TextField {
                    Kirigami.FormData.label: qsTr("Address")
                    Accessible.name: qsTr("Address")
                    Layout.preferredWidth: Kirigami.Units.gridUnit * 20
                    placeholderText: "http://127.0.0.1:8740"
                    text: Ticketing.endpoint
                    onEditingFinished: Ticketing.endpoint = text
                }
                TextField {
                    id: tokenField
                    Kirigami.FormData.label: qsTr("API token")
                    Accessible.name: qsTr("API token")
                    Layout.preferredWidth: Kirigami.Units.gridUnit * 20
                    echoMode: TextInput.Password
                    placeholderText: Ticketing.hasToken ? qsTr("Saved (type to replace)") : qsTr("Not set")
                    onEditingFinished: {
                        if (text.length > 0) {
                            Ticketing.setToken(text)
                            clear()
                        }
                    }
                }
                SpinBox {
                    Kirigami.FormData.label: qsTr("Event number")
                    Accessible.name: qsTr("Event number")
                    from: 0
                    to: 1000000
                    editable: true
                    value: Ticketing.eventId
                    onValueModified: Ticketing.eventId = value
                }
            }

            // The server's tokens (an admin token is needed): one per computer, so a stolen
            // gate laptop is cut off by revoking its token alone.
            Kirigami.Heading {
                text: qsTr("Access tokens")
                level: 2
                font.weight: Font.DemiBold
            }
            RowLayout {
                spacing: 8
                Button {
                    text: qsTr("List")
                    enabled: Ticketing.available
                    onClicked: Ticketing.refreshTokens()
                }
                Button {
                    objectName: "newGateTokenButton"
                    text: qsTr("New gate token")
                    enabled: Ticketing.available
                    onClicked: Ticketing.createToken("gate")
                }
                Button {
                    text: qsTr("New box-office token")
                    enabled: Ticketing.available
                    onClicked: Ticketing.createToken("box-office")
                }
                Button {
                    text: qsTr("New admin token")
                    enabled: Ticketing.available
                    onClicked: Ticketing.createToken("admin")
                }
            }
            // The new token, shown once: as a QR code the gate's scanner reads off this screen,
            // and as text to paste.
            RowLayout {
                Layout.fillWidth: true
                visible: Ticketing.newToken.length > 0
                spacing: Kirigami.Units.largeSpacing
                QrCodeItem {
                    objectName: "newTokenQr"
                    Layout.preferredWidth: 320
                    Layout.preferredHeight: 320
                    text: Ticketing.newToken
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    spacing: Kirigami.Units.mediumSpacing
                    Label {
                        Layout.fillWidth: true
                        text: Ticketing.paired
                              ? qsTr("Scan this code with the scanner of the computer it is for, on its Gate page or into its Pairing code, or paste the text there. It is shown this once.")
                              : qsTr("This computer is not paired over HTTPS, so this is the bare token: scan or paste it into the API token of the computer it is for. It is shown this once.")
                        wrapMode: Text.Wrap
                    }
                    TextField {
                        objectName: "newTokenField"
                        Layout.fillWidth: true
                        readOnly: true
                        selectByMouse: true
                        text: Ticketing.newToken
                    }
                    Button {
                        objectName: "hideTokenButton"
                        text: qsTr("Done, hide it")
                        onClicked: Ticketing.forgetNewToken()
                    }
                }
            }
            Repeater {
                model: Ticketing.apiTokens
                delegate: RowLayout {
                    id: tokenRow
                    required property string tokenId
                    required property string scope
                    spacing: 8
                    Label {
                        Layout.preferredWidth: 320
                        text: qsTr("%1 (%2)").arg(tokenRow.tokenId).arg(tokenRow.scope)
                    }
                    Button {
                        text: qsTr("Rotate")
                        onClicked: Ticketing.rotateToken(tokenRow.tokenId)
                    }
                    Button {
                        text: qsTr("Revoke")
                        onClicked: Ticketing.revokeToken(tokenRow.tokenId)
                    }
                }
            }
        }
    }
}
