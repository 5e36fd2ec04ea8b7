// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Dialogs
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.formcard as FormCard
import Omnium

// Preferences of this computer: language, colours, the stream overlays, the players' phones,
// badge branding and backups; one card each, every field with its label.
FormCard.FormCardPage {
    id: page

    title: qsTr("Settings")

    // A choice of a combo box from its value (the models below are [{value, text}]).
    function indexOf(choices, value) {
        return Math.max(0, choices.findIndex(choice => choice.value === value));
    }

    FormCard.FormHeader {
        title: qsTr("Settings")
    }
    FormCard.FormCard {
        objectName: "generalCard"
        FormCard.FormComboBoxDelegate {
            id: languageBox
            objectName: "languageBox"
            text: qsTr("Language")
            Accessible.name: text
            textRole: "text"
            valueRole: "value"
            model: [
                { value: "system", text: qsTr("System language") },
                { value: "fr", text: "Français" },
                { value: "en", text: "English" }
            ]
            Component.onCompleted: currentIndex = page.indexOf(model, AppSettings.language)
            onActivated: AppSettings.language = currentValue
        }
        FormCard.FormDelegateSeparator {}
        FormCard.FormComboBoxDelegate {
            objectName: "themeBox"
            text: qsTr("Theme")
            Accessible.name: text
            textRole: "text"
            valueRole: "value"
            model: [
                { value: "system", text: qsTr("Follow the system") },
                { value: "light", text: qsTr("Light") },
                { value: "dark", text: qsTr("Dark") }
            ]
            Component.onCompleted: currentIndex = page.indexOf(model, AppSettings.theme)
            onActivated: AppSettings.theme = currentValue
        }
    }

    FormCard.FormHeader {
        title: qsTr("Stream overlays")
    }
    FormCard.FormCard {
        id: overlayBox
        objectName: "overlayBox"
        FormCard.FormSectionText {
            text: qsTr("Live bracket, scoreboard, up next, standings and lower third pages for OBS browser sources (1920 × 1080) or any browser. They follow results by themselves.")
        }
        FormCard.FormSwitchDelegate {
            objectName: "overlaySwitch"
            text: qsTr("Serve the overlays")
            checked: AppSettings.overlayEnabled
            onToggled: AppSettings.overlayEnabled = checked
        }
        FormCard.FormDelegateSeparator {}
        FormCard.FormSwitchDelegate {
            objectName: "overlayNetworkSwitch"
            text: qsTr("Also on the venue network")
            description: qsTr("The pages then need the access token in their URL.")
            checked: AppSettings.overlayNetwork
            onToggled: AppSettings.overlayNetwork = checked
        }
        // Which of this computer's networks is the venue's (a laptop may also be on the
        // Internet box's Wi-Fi): the overlays are offered on that address only.
        FormCard.FormDelegateSeparator {
            visible: AppSettings.overlayNetwork
        }
        FormCard.FormComboBoxDelegate {
            objectName: "overlayAddressBox"
            visible: AppSettings.overlayNetwork
            text: qsTr("Address")
            Accessible.name: text
            textRole: "text"
            valueRole: "value"
            model: {
                const choices = [{ value: "", text: qsTr("All addresses of this computer") }];
                const addresses = OverlayServer.networkAddresses();
                if (AppSettings.overlayAddress !== "" && addresses.indexOf(AppSettings.overlayAddress) < 0)
                    addresses.push(AppSettings.overlayAddress); // kept, though not connected now
                for (const address of addresses)
                    choices.push({ value: address, text: address });
                return choices;
            }
            Component.onCompleted: currentIndex = page.indexOf(model, AppSettings.overlayAddress)
            onActivated: AppSettings.overlayAddress = currentValue
        }
        FormCard.FormTextDelegate {
            objectName: "overlayToken"
            visible: OverlayServer.running && AppSettings.overlayNetwork
            text: qsTr("Access token")
            description: OverlayServer.token
        }
        FormCard.FormTextDelegate {
            visible: OverlayServer.errorString !== ""
            text: OverlayServer.errorString
            textItem.wrapMode: Text.Wrap
            textItem.color: Kirigami.Theme.negativeTextColor
        }
        Repeater {
            model: [qsTr("Bracket"), qsTr("Scoreboard"), qsTr("Up next"), qsTr("Standings"), qsTr("Lower third")]
            delegate: FormCard.FormTextDelegate {
                id: urlRow
                required property string modelData
                required property int index
                visible: OverlayServer.running
                text: modelData
                description: OverlayServer.pageUrls[index] ?? ""
                trailing: QQC2.Button {
                    text: qsTr("Copy")
                    Accessible.name: qsTr("Copy the %1 URL").arg(urlRow.modelData)
                    onClicked: OverlayServer.copyPageUrl(urlRow.index)
                }
            }
        }
        FormCard.FormButtonDelegate {
            visible: OverlayServer.running && AppSettings.overlayNetwork
            text: qsTr("New access token")
            description: qsTr("The URLs copied before stop working.")
            onClicked: AppSettings.overlayToken = ""
        }
    }

    FormCard.FormHeader {
        title: qsTr("Venue server")
    }
    FormCard.FormCard {
        FormCard.FormButtonDelegate {
            objectName: "venueServerButton"
            text: qsTr("Venue server…")
            description: qsTr("Several desks on one tournament: open or test a PostgreSQL venue server, or move this tournament there.")
            onClicked: venueDialog.open()
        }
        VenueServerDialog {
            id: venueDialog
            parent: QQC2.Overlay.overlay
        }
    }

    FormCard.FormHeader {
        title: qsTr("Players' phones")
    }
    FormCard.FormCard {
        objectName: "playerPagesBox"
        FormCard.FormSectionText {
            text: qsTr("Each player's page shows their next match, where to go and their results, and lets them report their score when the event allows it. The call board is for the hall's screens. Phone links are made on the Players page.")
        }
        FormCard.FormSwitchDelegate {
            objectName: "playerPagesSwitch"
            text: qsTr("Serve the player pages and the call board")
            checked: AppSettings.playerPagesEnabled
            onToggled: AppSettings.playerPagesEnabled = checked
        }
        FormCard.FormDelegateSeparator {}
        FormCard.FormSwitchDelegate {
            objectName: "playerPagesNetworkSwitch"
            text: qsTr("On the venue network")
            description: qsTr("Players' phones must reach this computer.")
            checked: AppSettings.playerPagesNetwork
            onToggled: AppSettings.playerPagesNetwork = checked
        }
        FormCard.FormTextDelegate {
            visible: PlayerPageServer.errorString !== ""
            text: PlayerPageServer.errorString
            textItem.wrapMode: Text.Wrap
            textItem.color: Kirigami.Theme.negativeTextColor
        }
        // For the entrance: players who have no badge QR find their page with it.
        FileChooser {
            id: posterDialog
            title: qsTr("Save the phone pages poster")
            fileMode: FileDialog.SaveFile
            nameFilters: [qsTr("PDF files (*.pdf)")]
            onChosen: file => PlayerPageServer.savePoster(file)
        }
        FormCard.FormButtonDelegate {
            objectName: "playerPagesPosterButton"
            visible: PlayerPageServer.running
            text: qsTr("Poster for the entrance…")
            description: qsTr("A PDF with a big QR code: players scan it, type their tag and the code from their badge or slip.")
            onClicked: posterDialog.open()
        }
        FormCard.FormTextDelegate {
            visible: PlayerPageServer.running
            text: qsTr("Call board")
            description: PlayerPageServer.running ? PlayerPageServer.boardUrl().toString() + "\n"
                + qsTr("Add lang=fr, lang=en or lang=both (French and English in turns) to the URL to choose its language.") : ""
        }
    }

    FormCard.FormHeader {
        title: qsTr("Badges")
    }
    FormCard.FormCard {
        id: badgeBox
        objectName: "badgeBox"

        property string pickingColourFor // "accent" or a role key
        // Who each role's badges are for, in the organiser's words (the keys are the program's).
        readonly property var roleNames: ({
            player: qsTr("Players"), coach: qsTr("Team staff"), staff: qsTr("Staff"), press: qsTr("Press")
        })

        FileChooser {
            id: logoDialog
            title: qsTr("Venue logo")
            nameFilters: [qsTr("Images (*.png *.jpg *.jpeg *.svg)")]
            onChosen: file => AppSettings.badgeVenueLogo = file.toString()
        }
        ColorDialog {
            id: colourDialog
            onAccepted: {
                const colour = selectedColor.toString();
                if (badgeBox.pickingColourFor === "accent") {
                    AppSettings.badgeAccent = colour;
                } else {
                    const role = AppSettings.badgeRoles.find(r => r.key === badgeBox.pickingColourFor);
                    if (role)
                        AppSettings.setBadgeRole(role.key, role.label, colour);
                }
            }
        }
        function pickColour(key, colour) {
            badgeBox.pickingColourFor = key;
            colourDialog.selectedColor = colour;
            colourDialog.open();
        }

        FormCard.FormTextFieldDelegate {
            label: qsTr("Venue name, printed on badges")
            Accessible.name: label
            text: AppSettings.badgeVenueName
            onEditingFinished: AppSettings.badgeVenueName = text
        }
        FormCard.FormDelegateSeparator {}
        FormCard.FormButtonDelegate {
            text: AppSettings.badgeVenueLogo === "" ? qsTr("Venue logo…") : qsTr("Change logo…")
            description: AppSettings.badgeVenueLogo
            onClicked: logoDialog.open()
        }
        FormCard.FormButtonDelegate {
            visible: AppSettings.badgeVenueLogo !== ""
            text: qsTr("No logo")
            onClicked: AppSettings.badgeVenueLogo = ""
        }
        FormCard.FormDelegateSeparator {}
        ColourDelegate {
            text: qsTr("Accent colour")
            colour: AppSettings.badgeAccent
            onClicked: badgeBox.pickColour("accent", AppSettings.badgeAccent)
        }
        FormCard.FormSectionText {
            text: qsTr("Roles: the label printed on each band, and its colour")
        }
        Repeater {
            model: AppSettings.badgeRoles
            delegate: ColumnLayout {
                id: roleRow
                required property var modelData
                readonly property string who: badgeBox.roleNames[modelData.key] ?? modelData.key
                Layout.fillWidth: true
                spacing: 0
                FormCard.FormTextFieldDelegate {
                    label: qsTr("%1: label printed on the band").arg(roleRow.who)
                    Accessible.name: label
                    text: roleRow.modelData.label
                    onEditingFinished: if (text !== roleRow.modelData.label)
                        AppSettings.setBadgeRole(roleRow.modelData.key, text, roleRow.modelData.colour)
                }
                ColourDelegate {
                    text: qsTr("%1: colour of the band").arg(roleRow.who)
                    colour: roleRow.modelData.colour
                    onClicked: badgeBox.pickColour(roleRow.modelData.key, roleRow.modelData.colour)
                }
            }
        }
        FormCard.FormButtonDelegate {
            text: qsTr("Default roles (colour-blind safe)")
            onClicked: AppSettings.resetBadgeRoles()
        }
    }

    FormCard.FormHeader {
        title: qsTr("Backups")
    }
    FormCard.FormCard {
        objectName: "backupBox"
        SpinBoxDelegate {
            text: qsTr("Automatic backup every (minutes, 0 = off)")
            from: 0
            to: 1440
            value: AppSettings.backupIntervalMinutes
            onValueModified: AppSettings.backupIntervalMinutes = value
        }
        FormCard.FormDelegateSeparator {}
        SpinBoxDelegate {
            text: qsTr("Newest backups kept (plus one per day for a month)")
            from: 1
            to: 1000
            value: AppSettings.backupKeep
            onValueModified: AppSettings.backupKeep = value
        }
    }

    // A number in a card, named after its label (Kirigami Addons' spin box delegate leaves its
    // box unnamed for screen readers).
    component SpinBoxDelegate: FormCard.AbstractFormDelegate {
        id: spinDelegate
        property alias from: box.from
        property alias to: box.to
        property alias value: box.value
        signal valueModified
        background: null
        focusPolicy: Qt.NoFocus
        contentItem: RowLayout {
            spacing: Kirigami.Units.largeSpacing
            QQC2.Label {
                Layout.fillWidth: true
                text: spinDelegate.text
                wrapMode: Text.Wrap
                Accessible.ignored: true
            }
            QQC2.SpinBox {
                id: box
                editable: true
                Accessible.name: spinDelegate.text
                onValueModified: spinDelegate.valueModified()
            }
        }
    }

    // A colour choice in a card: its name, the colour, and a click opens the colour dialog.
    component ColourDelegate: FormCard.AbstractFormDelegate {
        id: colourDelegate
        property color colour
        Accessible.description: colour.toString()
        contentItem: RowLayout {
            spacing: Kirigami.Units.largeSpacing
            QQC2.Label {
                Layout.fillWidth: true
                text: colourDelegate.text
                wrapMode: Text.Wrap
                Accessible.ignored: true
            }
            Rectangle {
                implicitWidth: Kirigami.Units.iconSizes.smallMedium
                implicitHeight: Kirigami.Units.iconSizes.smallMedium
                radius: height / 2
                color: colourDelegate.colour
                border.color: Kirigami.Theme.disabledTextColor
            }
        }
    }
}
