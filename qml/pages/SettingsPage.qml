// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Omnium

// Preferences of this computer: language, colours, the stream overlays and badge branding.
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
            rowSpacing: Theme.largeSpacing

            Label {
                text: qsTr("Language")
            }
            ComboBox {
                Accessible.name: qsTr("Language")
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
                text: qsTr("Venue server")
            }
            Button {
                objectName: "venueServerButton"
                text: qsTr("Venue server…")
                onClicked: venueDialog.open()
                VenueServerDialog {
                    id: venueDialog
                    parent: Overlay.overlay
                }
            }

            Label {
                text: qsTr("Theme")
            }
            ComboBox {
                Accessible.name: qsTr("Theme")
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

        GroupBox {
            id: overlayBox
            objectName: "overlayBox"
            Layout.fillWidth: true
            Layout.maximumWidth: 900
            title: qsTr("Stream overlays")

            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.mediumSpacing

                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: qsTr("Live bracket, scoreboard, up next, standings and lower third pages for OBS browser sources (1920 × 1080) or any browser. They follow results by themselves.")
                }
                Switch {
                    objectName: "overlaySwitch"
                    text: qsTr("Serve the overlays")
                    checked: AppSettings.overlayEnabled
                    onToggled: AppSettings.overlayEnabled = checked
                }
                Switch {
                    objectName: "overlayNetworkSwitch"
                    text: qsTr("Also on the venue network (the pages then need the access token in their URL)")
                    checked: AppSettings.overlayNetwork
                    onToggled: AppSettings.overlayNetwork = checked
                }
                // Which of this computer's networks is the venue's (a laptop may also be on
                // the Internet box's Wi-Fi): the overlays are offered on that address only.
                RowLayout {
                    visible: AppSettings.overlayNetwork
                    spacing: 12

                    Label {
                        text: qsTr("Address")
                    }
                    ComboBox {
                        Accessible.name: qsTr("Address")
                        id: addressBox
                        objectName: "overlayAddressBox"
                        Layout.preferredWidth: 320
                        textRole: "text"
                        valueRole: "value"
                        model: {
                            const choices = [{ value: "", text: qsTr("All addresses of this computer") }]
                            const addresses = OverlayServer.networkAddresses()
                            if (AppSettings.overlayAddress !== "" && addresses.indexOf(AppSettings.overlayAddress) < 0)
                                addresses.push(AppSettings.overlayAddress) // kept, though not connected now
                            for (const address of addresses)
                                choices.push({ value: address, text: address })
                            return choices
                        }
                        Component.onCompleted: currentIndex = Math.max(0, indexOfValue(AppSettings.overlayAddress))
                        onActivated: AppSettings.overlayAddress = currentValue
                    }
                    Label {
                        objectName: "overlayToken"
                        visible: OverlayServer.running
                        text: qsTr("Access token: %1").arg(OverlayServer.token)
                    }
                }
                Label {
                    Layout.fillWidth: true
                    visible: OverlayServer.errorString !== ""
                    wrapMode: Text.WordWrap
                    color: Theme.error
                    text: OverlayServer.errorString
                }
                Repeater {
                    model: [qsTr("Bracket"), qsTr("Scoreboard"), qsTr("Up next"), qsTr("Standings"), qsTr("Lower third")]

                    delegate: RowLayout {
                        id: urlRow

                        required property string modelData
                        required property int index

                        Layout.fillWidth: true
                        visible: OverlayServer.running
                        spacing: 12

                        Label {
                            Layout.preferredWidth: 140
                            text: urlRow.modelData
                        }
                        TextField {
                            Layout.fillWidth: true
                            readOnly: true
                            selectByMouse: true
                            text: OverlayServer.pageUrls[urlRow.index] ?? ""
                            onTextChanged: cursorPosition = 0 // show where the URL starts
                        }
                        Button {
                            text: qsTr("Copy")
                            onClicked: OverlayServer.copyPageUrl(urlRow.index)
                        }
                    }
                }
                Button {
                    visible: OverlayServer.running && AppSettings.overlayNetwork
                    text: qsTr("New access token")
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("The URLs copied before stop working.")
                    onClicked: AppSettings.overlayToken = ""
                }
            }
        }

        GroupBox {
            objectName: "playerPagesBox"
            Layout.fillWidth: true
            Layout.maximumWidth: 900
            title: qsTr("Players' phones")

            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.mediumSpacing

                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: qsTr("Each player's page shows their next match, where to go and their results, and lets them report their score when the event allows it. The call board is for the hall's screens. Phone links are made on the Players page.")
                }
                Switch {
                    objectName: "playerPagesSwitch"
                    text: qsTr("Serve the player pages and the call board")
                    checked: AppSettings.playerPagesEnabled
                    onToggled: AppSettings.playerPagesEnabled = checked
                }
                Switch {
                    objectName: "playerPagesNetworkSwitch"
                    text: qsTr("On the venue network (players' phones must reach this computer)")
                    checked: AppSettings.playerPagesNetwork
                    onToggled: AppSettings.playerPagesNetwork = checked
                }
                Label {
                    Layout.fillWidth: true
                    visible: PlayerPageServer.errorString !== ""
                    wrapMode: Text.WordWrap
                    color: Theme.error
                    text: PlayerPageServer.errorString
                }
                // For the entrance: players who have no badge QR find their page with it.
                FileChooser {
                    id: posterDialog
                    title: qsTr("Save the phone pages poster")
                    fileMode: FileDialog.SaveFile
                    nameFilters: [qsTr("PDF files (*.pdf)")]
                    onChosen: file => PlayerPageServer.savePoster(file)
                }
                Button {
                    objectName: "playerPagesPosterButton"
                    visible: PlayerPageServer.running
                    text: qsTr("Poster for the entrance…")
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("A PDF with a big QR code: players scan it, type their tag and the code from their badge or slip.")
                    onClicked: posterDialog.open()
                }
                RowLayout {
                    visible: PlayerPageServer.running
                    spacing: 12

                    Label {
                        text: qsTr("Call board")
                    }
                    TextField {
                        Layout.fillWidth: true
                        readOnly: true
                        selectByMouse: true
                        text: PlayerPageServer.running ? PlayerPageServer.boardUrl().toString() : ""
                        onTextChanged: cursorPosition = 0
                    }
                }
            }
        }

        GroupBox {
            id: badgeBox
            objectName: "badgeBox"
            Layout.fillWidth: true
            Layout.maximumWidth: 900
            title: qsTr("Badges")

            property string pickingColourFor // "accent" or a role key

            FileChooser {
                id: logoDialog
                title: qsTr("Venue logo")
                nameFilters: [qsTr("Images (*.png *.jpg *.jpeg *.svg)")]
                onChosen: file => AppSettings.badgeVenueLogo = file.toString()
            }
            ColorDialog {
                id: colourDialog
                onAccepted: {
                    const colour = selectedColor.toString()
                    if (badgeBox.pickingColourFor === "accent") {
                        AppSettings.badgeAccent = colour
                    } else {
                        const role = AppSettings.badgeRoles.find(r => r.key === badgeBox.pickingColourFor)
                        if (role)
                            AppSettings.setBadgeRole(role.key, role.label, colour)
                    }
                }
            }

            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.mediumSpacing

                RowLayout {
                    spacing: 12
                    TextField {
                        Accessible.name: qsTr("Venue name, printed on badges")
                        Layout.preferredWidth: 300
                        placeholderText: qsTr("Venue name, printed on badges")
                        text: AppSettings.badgeVenueName
                        onEditingFinished: AppSettings.badgeVenueName = text
                    }
                    Button {
                        text: AppSettings.badgeVenueLogo === "" ? qsTr("Venue logo…") : qsTr("Change logo…")
                        onClicked: logoDialog.open()
                        ToolTip.visible: hovered && AppSettings.badgeVenueLogo !== ""
                        ToolTip.text: AppSettings.badgeVenueLogo
                    }
                    ToolButton {
                        visible: AppSettings.badgeVenueLogo !== ""
                        text: qsTr("No logo")
                        onClicked: AppSettings.badgeVenueLogo = ""
                    }
                    Rectangle {
                        implicitWidth: 28
                        implicitHeight: 28
                        radius: 4
                        color: AppSettings.badgeAccent
                        border.color: Theme.border
                        MouseArea {
                            anchors.fill: parent
                            cursorShape: Qt.PointingHandCursor
                            onClicked: {
                                badgeBox.pickingColourFor = "accent"
                                colourDialog.selectedColor = AppSettings.badgeAccent
                                colourDialog.open()
                            }
                        }
                    }
                    Label {
                        text: qsTr("Accent colour")
                    }
                }
                Label {
                    text: qsTr("Roles: the label printed on each band, and its colour (click it to change it)")
                    opacity: 0.7
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.mediumSpacing
                    Repeater {
                        model: AppSettings.badgeRoles
                        delegate: RowLayout {
                            id: roleRow
                            required property var modelData
                            spacing: Theme.smallSpacing
                            Rectangle {
                                implicitWidth: 28
                                implicitHeight: 28
                                radius: 4
                                color: roleRow.modelData.colour
                                border.color: Theme.border
                                MouseArea {
                                    anchors.fill: parent
                                    cursorShape: Qt.PointingHandCursor
                                    onClicked: {
                                        badgeBox.pickingColourFor = roleRow.modelData.key
                                        colourDialog.selectedColor = roleRow.modelData.colour
                                        colourDialog.open()
                                    }
                                }
                            }
                            TextField {
                                Accessible.name: qsTr("Label of the role %1").arg(roleRow.modelData.key)
                                Layout.preferredWidth: 140
                                text: roleRow.modelData.label
                                onTextChanged: if (!activeFocus) cursorPosition = 0
                                onEditingFinished: if (text !== roleRow.modelData.label)
                                    AppSettings.setBadgeRole(roleRow.modelData.key, text, roleRow.modelData.colour)
                            }
                        }
                    }
                }
                Button {
                    flat: true
                    text: qsTr("Default roles (colour-blind safe)")
                    onClicked: AppSettings.resetBadgeRoles()
                }
            }
        }

        GroupBox {
            objectName: "backupBox"
            Layout.fillWidth: true
            Layout.maximumWidth: 900
            title: qsTr("Backups")

            GridLayout {
                anchors.fill: parent
                columns: 2
                columnSpacing: 24
                rowSpacing: Theme.mediumSpacing

                Label {
                    text: qsTr("Automatic backup every (minutes, 0 = off)")
                }
                SpinBox {
                    Accessible.name: qsTr("Automatic backup every (minutes, 0 = off)")
                    from: 0
                    to: 1440
                    value: AppSettings.backupIntervalMinutes
                    editable: true
                    onValueModified: AppSettings.backupIntervalMinutes = value
                }
                Label {
                    text: qsTr("Newest backups kept (plus one per day for a month)")
                }
                SpinBox {
                    Accessible.name: qsTr("Newest backups kept (plus one per day for a month)")
                    from: 1
                    to: 1000
                    value: AppSettings.backupKeep
                    editable: true
                    onValueModified: AppSettings.backupKeep = value
                }
            }
        }

        Item {
            Layout.fillHeight: true
        }
    }
}
