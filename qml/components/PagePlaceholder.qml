// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Templates as T
import org.kde.kirigami as Kirigami
import Omnium

// An empty page's message, centred in the room it is given, whose button is the next step:
// it opens the page that does it (targetPage, a page of the sidebar), or is one of the page's
// own actions (nextStep: "Import CSV…" on an empty Players page).
Item {
    id: placeholder

    property alias text: message.text
    property alias explanation: message.explanation
    property string iconName
    property string actionText
    property string targetPage
    // Typed by its C++ base: Kirigami.Action is a QML type, a new one in each engine (the page
    // tests load each page in its own), and a page's Kirigami.Action must still be accepted.
    property T.Action nextStep: Kirigami.Action {
        enabled: placeholder.targetPage.length > 0
        text: placeholder.actionText
        icon.name: "go-next"
        onTriggered: Navigation.currentIndex = Navigation.indexOf(placeholder.targetPage)
    }

    implicitHeight: message.implicitHeight

    Kirigami.PlaceholderMessage {
        id: message
        objectName: placeholder.objectName + "Message"
        anchors.centerIn: parent
        width: parent.width - Kirigami.Units.gridUnit * 4
        icon.name: placeholder.iconName
        helpfulAction: placeholder.nextStep
    }
}
