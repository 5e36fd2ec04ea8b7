// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Omnium

// Where a session begins: the first evening step by step (each step opens its page and is
// ticked once done), and which tournament database is open, with the others at hand.
Kirigami.ScrollablePage {
    id: page

    title: qsTr("Welcome to Omnium")
    header: ToolBar {
        // In line with the title above and the page below.
        leftPadding: page.leftPadding
        rightPadding: page.rightPadding
        contentItem: RowLayout {
            Label {
                Layout.fillWidth: true
                text: qsTr("Tournaments, brackets, stations, casters, badges and tickets for the venue.")
                elide: Text.ElideRight
            }
        }
    }

    // Read again whenever the tournaments or players change (an undo too): their counts are
    // not properties of their models.
    property int revision: 0
    Connections {
        target: TournamentList
        function onModelReset() { page.revision++; }
        function onRowsInserted() { page.revision++; }
        function onRowsRemoved() { page.revision++; }
    }
    Connections {
        target: PlayerList
        function onModelReset() { page.revision++; }
        function onRowsInserted() { page.revision++; }
        function onRowsRemoved() { page.revision++; }
    }

    EntrantModel {
        id: entrants
        eventId: Selection.eventId
    }
    BracketController {
        id: bracket
        eventId: Selection.eventId
    }

    // What the first evening takes, in order: title, the page that does it, whether it is done.
    readonly property var steps: [
        { title: qsTr("Create the tournament"), page: "EventsPage",
          done: page.revision >= 0 && TournamentList.rowCount() > 0 },
        { title: qsTr("Add its events (game, format)"), page: "EventsPage",
          done: Selection.eventId > 0 },
        { title: qsTr("Import or add the players"), page: "PlayersPage",
          done: page.revision >= 0 && PlayerList.rowCount() > 0 },
        { title: qsTr("Register them in the event"), page: "RegistrationPage",
          done: entrants.registeredCount > 0 },
        { title: qsTr("Set up the stations"), page: "StationsPage",
          done: TournamentLive.stations.count > 0 },
        { title: qsTr("Check players in as they arrive"), page: "CheckInPage",
          done: entrants.checkedInCount > 0 },
        { title: qsTr("Seed and start the bracket"), page: "SeedingPage",
          done: bracket.phaseNames.length > 0 },
        { title: qsTr("Open the caster window"), page: "BracketPage",
          done: Selection.casterWindow !== null }
    ]
    readonly property int doneCount: steps.filter(step => step.done).length
    readonly property int nextStep: steps.findIndex(step => !step.done)

    FileDialog {
        id: openDialog
        title: qsTr("Open a tournament database")
        nameFilters: [qsTr("Omnium databases (*.sqlite)"), qsTr("All files (*)")]
        onAccepted: AppInfo.openDatabase(selectedFile)
    }
    FileDialog {
        id: newDialog
        title: qsTr("New tournament database")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "sqlite"
        nameFilters: [qsTr("Omnium databases (*.sqlite)")]
        onAccepted: AppInfo.openDatabase(selectedFile)
    }

    VenueServerDialog {
        id: venueDialog
    }

    ColumnLayout {
        spacing: Kirigami.Units.largeSpacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Kirigami.Units.gridUnit

            // The first evening: each step is a link to its page, ticked when done.
            ColumnLayout {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 3
                spacing: Kirigami.Units.smallSpacing

                Kirigami.Heading {
                    Layout.fillWidth: true
                    level: 2
                    text: qsTr("The first evening")
                    wrapMode: Text.Wrap
                }
                Label {
                    objectName: "guideProgress"
                    Layout.fillWidth: true
                    text: qsTr("%1 of %2 steps done").arg(page.doneCount).arg(page.steps.length)
                    wrapMode: Text.Wrap
                    color: Kirigami.Theme.disabledTextColor
                }
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        text: qsTr("Event:")
                    }
                    EventPicker {
                        Layout.fillWidth: true
                        Layout.maximumWidth: Kirigami.Units.gridUnit * 18
                    }
                }
                // One delegate per step, kept while the steps' states change.
                Repeater {
                    model: page.steps.length
                    delegate: ItemDelegate {
                        id: step
                        required property int index
                        readonly property var modelData: page.steps[index]
                        objectName: "guideStep" + index
                        Layout.fillWidth: true
                        // Read by tests and screen readers alike.
                        readonly property bool done: modelData.done
                        Accessible.name: (done ? qsTr("Done: %1") : qsTr("To do: %1")).arg(modelData.title)
                        onClicked: Navigation.currentIndex = Navigation.indexOf(modelData.page)
                        contentItem: RowLayout {
                            spacing: Kirigami.Units.mediumSpacing
                            Kirigami.Icon {
                                source: step.done ? "checkmark" : "draw-circle"
                                color: step.done ? Kirigami.Theme.positiveTextColor : Kirigami.Theme.textColor
                                isMask: true
                                implicitWidth: Kirigami.Units.iconSizes.smallMedium
                                implicitHeight: Kirigami.Units.iconSizes.smallMedium
                                Accessible.ignored: true
                            }
                            Label {
                                Layout.fillWidth: true
                                text: (step.index + 1) + ". " + step.modelData.title
                                // The next step to take stands out.
                                font.bold: step.index === page.nextStep
                                color: step.done ? Kirigami.Theme.disabledTextColor : Kirigami.Theme.linkColor
                                wrapMode: Text.Wrap
                                Accessible.ignored: true
                            }
                            Kirigami.Icon {
                                source: "go-next"
                                implicitWidth: Kirigami.Units.iconSizes.small
                                implicitHeight: Kirigami.Units.iconSizes.small
                                Accessible.ignored: true
                            }
                        }
                    }
                }
            }

            // The open database, and the others at hand.
            ColumnLayout {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 2
                spacing: Kirigami.Units.smallSpacing

                Kirigami.Heading {
                    Layout.fillWidth: true
                    level: 2
                    text: qsTr("Tournament database")
                    wrapMode: Text.Wrap
                }
                Label {
                    objectName: "databasePath"
                    Layout.fillWidth: true
                    text: AppInfo.databasePath
                    wrapMode: Text.WrapAnywhere
                    font.family: "monospace"
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Every change is saved at once.")
                    wrapMode: Text.Wrap
                    color: Kirigami.Theme.disabledTextColor
                }
                RowLayout {
                    Button {
                        objectName: "openDatabase"
                        text: qsTr("Open…")
                        icon.name: "document-open"
                        onClicked: openDialog.open()
                    }
                    Button {
                        objectName: "newDatabase"
                        text: qsTr("New…")
                        icon.name: "document-new"
                        onClicked: newDialog.open()
                    }
                }
                Button {
                    objectName: "openVenueServer"
                    text: qsTr("Open a venue server…")
                    icon.name: "network-server-database"
                    onClicked: venueDialog.open()
                }
                Kirigami.Heading {
                    Layout.fillWidth: true
                    Layout.topMargin: Kirigami.Units.largeSpacing
                    level: 4
                    visible: recent.count > 0
                    text: qsTr("Recent")
                }
                Repeater {
                    id: recent
                    model: AppSettings.recentDatabases.filter(path => path !== AppInfo.databasePath)
                    delegate: ItemDelegate {
                        required property string modelData
                        Layout.fillWidth: true
                        text: modelData
                        icon.name: "application-x-sqlite3"
                        Accessible.name: qsTr("Open %1").arg(modelData)
                        // A venue server is remembered by its URL, a file by its path.
                        onClicked: AppInfo.openDatabase(modelData.startsWith("postgresql:") ? modelData : "file://" + modelData)
                    }
                }
            }
        }
    }
}
