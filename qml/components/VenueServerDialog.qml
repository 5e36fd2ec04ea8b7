// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Omnium

// Opens a venue server (docs/venue-server.md): its address as the organiser knows it, this
// desk's name, a "Test connection" that says what failed, and "Connect", which starts Omnium
// again on the server as Open… does for a file. The password goes to the system keychain (or a
// file only this user reads), never on a command line.
Dialog {
    id: dialog

    VenueServerController {
        id: venue
    }

    // A venue server is open when the database's path is its URL.
    readonly property bool onServer: AppInfo.databasePath.startsWith("postgresql:")

    FileDialog {
        id: fileDialog
        title: qsTr("Copy the venue server's tournament into a file")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "sqlite"
        nameFilters: [qsTr("Omnium databases (*.sqlite)")]
        onAccepted: venue.copyToFile(selectedFile)
    }

    function connectDesk() {
        if (venue.prepareConnect())
            AppInfo.openDatabase(venue.url, venue.deskName);
    }

    anchors.centerIn: Overlay.overlay
    modal: true
    width: Math.min(620, parent ? parent.width - 48 : 620)
    title: qsTr("Venue server")
    onOpened: host.forceActiveFocus()
    // The form's own height (Kirigami's FormLayout tells it late).
    contentHeight: content.implicitHeight

    ColumnLayout {
        id: content
        width: dialog.availableWidth
        spacing: Kirigami.Units.largeSpacing

        Label {
            Layout.fillWidth: true
            text: qsTr("Several desks work on one tournament through the venue's PostgreSQL server. Ask whoever set it up for these.")
            wrapMode: Text.Wrap
        }
        Kirigami.FormLayout {
            Layout.fillWidth: true
            TextField {
                id: host
                objectName: "venueHost"
                Kirigami.FormData.label: qsTr("Server:")
                Accessible.name: qsTr("Server")
                placeholderText: qsTr("Name or address, e.g. 192.168.10.2")
                text: venue.host
                onTextEdited: venue.host = text
            }
            SpinBox {
                objectName: "venuePort"
                Kirigami.FormData.label: qsTr("Port:")
                Accessible.name: qsTr("Port")
                from: 1
                to: 65535
                editable: true
                value: venue.port
                textFromValue: (value, locale) => String(value) // a port has no thousands separator
                valueFromText: (text, locale) => parseInt(text)
                onValueModified: venue.port = value
            }
            TextField {
                objectName: "venueDatabase"
                Kirigami.FormData.label: qsTr("Database:")
                Accessible.name: qsTr("Database")
                text: venue.databaseName
                onTextEdited: venue.databaseName = text
            }
            TextField {
                objectName: "venueUser"
                Kirigami.FormData.label: qsTr("User:")
                Accessible.name: qsTr("User")
                placeholderText: qsTr("This computer's user name")
                text: venue.user
                onTextEdited: venue.user = text
            }
            TextField {
                objectName: "venuePassword"
                Kirigami.FormData.label: qsTr("Password:")
                Accessible.name: qsTr("Password")
                echoMode: TextInput.Password
                placeholderText: qsTr("Unchanged")
                onTextEdited: venue.password = text
            }
            TextField {
                objectName: "venueDesk"
                Kirigami.FormData.label: qsTr("This desk's name:")
                Accessible.name: qsTr("This desk's name")
                placeholderText: qsTr("e.g. Results desk")
                text: venue.deskName
                onTextEdited: venue.deskName = text
            }
            CheckBox {
                objectName: "venueTls"
                Kirigami.FormData.label: qsTr("Encryption:")
                text: venue.tlsRequired ? qsTr("Encrypted (TLS), required: the server is not this computer")
                                        : qsTr("Encrypted (TLS)")
                checked: venue.tls || venue.tlsRequired
                enabled: !venue.tlsRequired
                onToggled: venue.tls = checked
            }
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("The password is kept in %1.").arg(venue.passwordStorage)
            wrapMode: Text.WrapAnywhere
            color: Kirigami.Theme.disabledTextColor
        }
        // Moving: this laptop's file onto the server, or the server's tournament back into a file.
        Button {
            objectName: "venueMove"
            text: dialog.onServer ? qsTr("Copy the tournament into a local file…")
                                  : qsTr("Move this tournament to the venue server")
            enabled: !venue.busy
            onClicked: dialog.onServer ? fileDialog.open() : venue.moveTournament(AppInfo.databasePath)
        }
        Kirigami.InlineMessage {
            objectName: "venueStatus"
            Layout.fillWidth: true
            visible: venue.message.length > 0
            text: venue.message
            type: venue.busy || venue.status === VenueServerController.Untested ? Kirigami.MessageType.Information
                : venue.status === VenueServerController.Ready || venue.status === VenueServerController.Moved
                  ? Kirigami.MessageType.Positive
                : venue.status === VenueServerController.Older ? Kirigami.MessageType.Warning
                : Kirigami.MessageType.Error
        }
    }

    footer: RowLayout {
        spacing: Kirigami.Units.largeSpacing
        Item { Layout.fillWidth: true }
        Button {
            text: qsTr("Cancel")
            flat: true
            onClicked: dialog.close()
        }
        Button {
            objectName: "venueTest"
            text: qsTr("Test connection")
            enabled: !venue.busy
            onClicked: venue.testConnection()
        }
        Button {
            objectName: "venueConnect"
            Layout.rightMargin: Kirigami.Units.gridUnit
            Layout.bottomMargin: Kirigami.Units.largeSpacing
            text: qsTr("Connect")
            highlighted: true
            enabled: !venue.busy
            onClicked: dialog.connectDesk()
        }
    }
}
