// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Omnium

// Adds the phase after the last one once that is played (pools → top 8, Swiss → playoffs): its
// name, how many of each group advance (seeded by placement, entrants of one group kept apart)
// and its format. A refusal is shown here and the dialog stays open.
Dialog {
    id: dialog
    objectName: "nextPhaseDialog"

    required property var controller // the page's BracketController

    function openAfterLastPhase() {
        problem.text = "";
        open();
        form.prepareAfter(controller.lastPhaseGroups, controller.lastPhaseEntrants);
    }
    function add() {
        problem.text = "";
        if (controller.addNextPhase(form.options()))
            close();
    }

    anchors.centerIn: Overlay.overlay
    modal: true
    width: Math.min(560, parent ? parent.width - 48 : 560)
    title: qsTr("Add the next phase")

    Connections {
        target: dialog.controller
        enabled: dialog.visible
        function onError(message) { problem.text = message; }
    }

    // (sized from the form: a Popup does not follow a FormLayout's implicit height by itself)
    contentHeight: content.implicitHeight

    ColumnLayout {
        id: content
        anchors.fill: parent
        spacing: Kirigami.Units.largeSpacing
        PhaseOptionsForm {
            id: form
            nextPhase: true
            onAccepted: dialog.add()
        }
        Kirigami.InlineMessage {
            id: problem
            objectName: "nextPhaseProblem"
            visible: text.length > 0
            Layout.fillWidth: true
            type: Kirigami.MessageType.Error
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
            objectName: "addPhase"
            Layout.rightMargin: Kirigami.Units.gridUnit
            Layout.bottomMargin: Kirigami.Units.largeSpacing
            text: qsTr("Add the phase")
            highlighted: true
            onClicked: dialog.add()
        }
    }
}
