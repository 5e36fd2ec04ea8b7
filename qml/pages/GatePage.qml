// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnium

// The gate: a USB scanner types the code and Enter into the field (or staff type it). The
// answer fills the page in green or red, readable at arm's length; it works offline too.
Page {
    id: page

    padding: 24
    background: Rectangle {
        color: !Ticketing.hasLastScan ? "transparent" : Ticketing.lastScanAccepted ? Theme.successFill : Theme.errorFill
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.largeSpacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.largeSpacing
            Label {
                Layout.fillWidth: true
                text: qsTr("Gate %1").arg(Ticketing.gateName)
                font.pixelSize: 24
                font.weight: Font.DemiBold
                color: Ticketing.hasLastScan ? Theme.textOnColour : Theme.text
            }
            Label {
                text: Ticketing.online ? qsTr("Online") : qsTr("Offline")
                color: Ticketing.hasLastScan ? Theme.textOnColour : Theme.text
            }
        }

        // Keys refused from the server, or this computer's clock off: the staff must know.
        Label {
            objectName: "gateWarning"
            Layout.fillWidth: true
            visible: Ticketing.gateWarning.length > 0
            text: Ticketing.gateWarning
            wrapMode: Text.Wrap
            font.weight: Font.DemiBold
            color: Ticketing.hasLastScan ? Theme.textOnColour : Theme.text
        }

        TextField {
            Accessible.name: qsTr("Scan a ticket or type its code, then Enter")
            id: codeField
            objectName: "codeField"
            Layout.fillWidth: true
            font.pixelSize: Theme.titleTextSize
            placeholderText: qsTr("Scan a ticket or type its code, then Enter")
            // The scanner types wherever the focus is: into this field as soon as the page opens.
            focus: true
            Component.onCompleted: forceActiveFocus()
            onAccepted: {
                Ticketing.scan(text)
                clear()
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
                    color: Ticketing.hasLastScan ? Theme.textOnColour : Theme.text
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
            background: Rectangle {
                color: Theme.warningSurface
                border.color: Theme.warning
                radius: 4
            }
            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: Theme.smallSpacing
                Label {
                    Layout.fillWidth: true
                    text: qsTr("%n entry(s) let in offline were refused by the server", "", Ticketing.gateRejected.length)
                    font.pixelSize: Theme.titleTextSize
                    font.weight: Font.DemiBold
                    color: Theme.warning
                    wrapMode: Text.Wrap
                }
                Repeater {
                    model: Ticketing.gateRejected
                    delegate: Label {
                        required property var modelData
                        Layout.fillWidth: true
                        text: qsTr("%1 · ticket %2 · %3").arg(modelData.scannedAt).arg(modelData.ticketId).arg(modelData.reason)
                        font.pixelSize: 16
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 32
            Label {
                text: qsTr("Accepted here: %1").arg(Ticketing.gateAccepted)
                font.pixelSize: Theme.titleTextSize
                color: Ticketing.hasLastScan ? Theme.textOnColour : Theme.text
            }
            Label {
                text: qsTr("Refused: %1").arg(Ticketing.gateRefused)
                font.pixelSize: Theme.titleTextSize
                color: Ticketing.hasLastScan ? Theme.textOnColour : Theme.text
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Waiting for upload: %1").arg(Ticketing.gatePending)
                font.pixelSize: Theme.titleTextSize
                color: Ticketing.hasLastScan ? Theme.textOnColour : Theme.text
            }
            TextField {
                Accessible.name: qsTr("Gate name")
                Layout.preferredWidth: 200
                placeholderText: qsTr("Gate name")
                maximumLength: 100
                text: Ticketing.gateName
                onEditingFinished: Ticketing.gateName = text
            }
            Button {
                text: qsTr("Synchronise")
                enabled: Ticketing.available
                onClicked: Ticketing.synchronizeGate()
            }
        }
    }
}
