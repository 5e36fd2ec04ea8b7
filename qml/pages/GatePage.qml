// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Omnium

// The gate: a USB scanner types the code and Enter into the field (or staff type it). The
// answer fills the page in green or red, readable at arm's length; it works offline too.
// The box office's pairing code, scanned into the same field, pairs the gate once confirmed.
Kirigami.Page {
    id: page

    title: qsTr("Gate %1").arg(Ticketing.gateName)

    // On the green or red fill the fields and buttons take their light-on-dark look too.
    Kirigami.Theme.colorSet: Ticketing.hasLastScan ? Kirigami.Theme.Complementary : Kirigami.Theme.Window
    Kirigami.Theme.inherit: false
    background: Rectangle {
        color: !Ticketing.hasLastScan ? Kirigami.Theme.backgroundColor : Ticketing.lastScanAccepted ? Theme.successFill : Theme.errorFill
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Kirigami.Units.largeSpacing

        Label {
            objectName: "gateOnline"
            Layout.alignment: Qt.AlignRight
            text: Ticketing.online ? qsTr("Online") : qsTr("Offline")
            color: Ticketing.hasLastScan ? Theme.textOnColour : Kirigami.Theme.textColor
        }

        // Keys refused from the server, or this computer's clock off: the staff must know.
        Label {
            objectName: "gateWarning"
            Layout.fillWidth: true
            visible: Ticketing.gateWarning.length > 0
            text: Ticketing.gateWarning
            wrapMode: Text.Wrap
            font.weight: Font.DemiBold
            color: Ticketing.hasLastScan ? Theme.textOnColour : Kirigami.Theme.textColor
        }

        // The two fields, each with its label; on the green or red fill the labels are light.
        Kirigami.FormLayout {
            objectName: "gateForm"
            Layout.fillWidth: true
            Kirigami.Theme.inherit: !Ticketing.hasLastScan
            Kirigami.Theme.colorSet: Ticketing.hasLastScan ? Kirigami.Theme.Complementary : Kirigami.Theme.Window
            TextField {
                id: codeField
                objectName: "codeField"
                Kirigami.FormData.label: qsTr("Ticket code")
                Accessible.name: qsTr("Ticket code")
                // As wide as the form lets it: the words in it are large, readable at arm's length.
                Layout.fillWidth: true
                Layout.preferredWidth: Math.max(Kirigami.Units.gridUnit * 20, page.availableWidth * 0.6)
                font.pointSize: Kirigami.Theme.defaultFont.pointSize * 1.5
                placeholderText: Ticketing.endpoint.length > 0 ? qsTr("Scan or type a ticket code")
                                                               : qsTr("Scan a ticket or a pairing code")
                // The scanner types wherever the focus is: into this field as soon as the page opens.
                focus: true
                Component.onCompleted: forceActiveFocus()
                onAccepted: {
                    Ticketing.scan(text)
                    clear()
                }
            }
            TextField {
                Kirigami.FormData.label: qsTr("Gate name")
                Accessible.name: qsTr("Gate name")
                Layout.preferredWidth: Kirigami.Units.gridUnit * 12
                maximumLength: 100
                text: Ticketing.gateName
                onEditingFinished: {
                    Ticketing.gateName = text
                    codeField.forceActiveFocus()
                }
            }
        }

        // A pairing code scanned here: the staff say whether this gate now answers to that server.
        Frame {
            objectName: "pairingPrompt"
            Layout.fillWidth: true
            visible: Ticketing.pairingOffer.length > 0
            // A notice in the desktop's colours, on the fill too.
            Kirigami.Theme.colorSet: Kirigami.Theme.Window
            Kirigami.Theme.inherit: false
            background: Rectangle {
                color: Kirigami.Theme.neutralBackgroundColor
                border.color: Kirigami.Theme.neutralTextColor
                radius: 4
            }
            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: Kirigami.Units.mediumSpacing
                Kirigami.Heading {
                    Layout.fillWidth: true
                    text: qsTr("Pair this gate with the ticketing server at %1?").arg(Ticketing.pairingOffer)
                    level: 2
                    font.weight: Font.DemiBold
                    color: Kirigami.Theme.textColor
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Its certificate: %1").arg(Ticketing.pairingOfferCertificate)
                    font.family: "monospace"
                    color: Kirigami.Theme.textColor
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("This gate's scans will then be checked and counted by that server. Pair only with a code the organisers showed you.")
                    color: Kirigami.Theme.textColor
                    wrapMode: Text.Wrap
                }
                RowLayout {
                    spacing: Kirigami.Units.mediumSpacing
                    Button {
                        objectName: "pairButton"
                        text: qsTr("Pair this gate")
                        highlighted: true
                        onClicked: {
                            Ticketing.acceptPairingOffer()
                            codeField.forceActiveFocus()
                        }
                    }
                    Button {
                        objectName: "cancelPairingButton"
                        text: qsTr("Cancel")
                        onClicked: {
                            Ticketing.declinePairingOffer()
                            codeField.forceActiveFocus()
                        }
                    }
                }
            }
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            ColumnLayout {
                anchors.centerIn: parent
                width: parent.width
                spacing: 12
                Label {
                    objectName: "gateVerdict"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: !Ticketing.hasLastScan ? qsTr("Ready")
                          : Ticketing.lastScanAccepted ? qsTr("ACCEPTED") : qsTr("REFUSED")
                    font.pixelSize: Math.max(48, page.height / 6)
                    font.weight: Font.Bold
                    color: Ticketing.hasLastScan ? Theme.textOnColour : Kirigami.Theme.textColor
                    fontSizeMode: Text.HorizontalFit
                }
                Label {
                    objectName: "gateReason"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: Ticketing.lastScanReason
                    font.pixelSize: Math.max(24, page.height / 16)
                    wrapMode: Text.Wrap
                    color: Theme.textOnColour
                }
            }
        }

        // Entries let in here that the server then refused: final, for the staff to follow up.
        Frame {
            Layout.fillWidth: true
            visible: Ticketing.gateRejected.length > 0
            // A notice in the desktop's colours, on the fill too.
            Kirigami.Theme.colorSet: Kirigami.Theme.Window
            Kirigami.Theme.inherit: false
            background: Rectangle {
                color: Kirigami.Theme.neutralBackgroundColor
                border.color: Kirigami.Theme.neutralTextColor
                radius: 4
            }
            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: Kirigami.Units.smallSpacing
                Kirigami.Heading {
                    Layout.fillWidth: true
                    text: qsTr("%n entry(s) let in offline were refused by the server", "", Ticketing.gateRejected.length)
                    level: 2
                    font.weight: Font.DemiBold
                    color: Kirigami.Theme.neutralTextColor
                    wrapMode: Text.Wrap
                }
                Repeater {
                    model: Ticketing.gateRejected
                    delegate: Kirigami.Heading {
                        required property var modelData
                        Layout.fillWidth: true
                        text: qsTr("%1 · ticket %2 · %3").arg(modelData.scannedAt).arg(modelData.ticketId).arg(modelData.reason)
                        level: 3
                        color: Kirigami.Theme.textColor
                        wrapMode: Text.Wrap
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 32
            Kirigami.Heading {
                text: qsTr("Accepted here: %1").arg(Ticketing.gateAccepted)
                level: 2
                color: Ticketing.hasLastScan ? Theme.textOnColour : Kirigami.Theme.textColor
            }
            Kirigami.Heading {
                text: qsTr("Refused: %1").arg(Ticketing.gateRefused)
                level: 2
                color: Ticketing.hasLastScan ? Theme.textOnColour : Kirigami.Theme.textColor
            }
            Kirigami.Heading {
                objectName: "gatePending"
                Layout.fillWidth: true
                text: qsTr("Waiting for upload: %1").arg(Ticketing.gatePending)
                level: 2
                color: Ticketing.hasLastScan ? Theme.textOnColour : Kirigami.Theme.textColor
            }
            Button {
                objectName: "synchroniseButton"
                // A click leaves the focus in the code field, where the scanner types.
                focusPolicy: Qt.NoFocus
                text: qsTr("Synchronise")
                enabled: Ticketing.available
                onClicked: Ticketing.synchronizeGate()
            }
        }
    }
}
