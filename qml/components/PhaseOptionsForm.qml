// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Omnium

// A phase's format and its options, as BracketController.createBracket() and addNextPhase()
// take them: the first bracket of an event and every phase after it are set up the same way.
// A next phase also has a name and how many of each group of the last phase advance. Every
// field has its label beside it (Kirigami.FormLayout).
Kirigami.FormLayout {
    id: form

    property bool nextPhase: false
    signal accepted() // Enter in the name field

    // For a phase after one of groupCount groups and entrantCount entrants: top 2 of each group
    // of a pool phase, else the top 8, at most the whole group.
    function prepareAfter(groupCount: int, entrantCount: int) {
        qualifiers.groupCount = groupCount;
        qualifiers.to = Math.max(1, Math.floor(entrantCount / groupCount));
        qualifiers.value = Math.min(qualifiers.to, groupCount > 1 ? 2 : 8);
        phaseName.text = "";
        phaseName.forceActiveFocus();
    }
    // The chosen format and options, e.g. {format: "double", bestOf: 3, finalsBestOf: 5, grandFinal: "reset"}.
    function options() {
        const options = {format: formatChoice.currentValue, bestOf: bestOf.value, finalsBestOf: finalsBestOf.value};
        if (nextPhase) {
            options.name = phaseName.text;
            options.qualifiersPerGroup = qualifiers.value;
        }
        if (formatChoice.currentValue === "double")
            options.grandFinal = grandFinal.currentValue;
        if (formatChoice.currentValue === "single")
            options.thirdPlaceMatch = thirdPlace.checked;
        if (formatChoice.currentValue === "roundrobin")
            options.groups = groups.value;
        if (formatChoice.currentValue === "swiss")
            options.swissRounds = swissRounds.value;
        if (formatChoice.currentValue === "ffa")
            options.lobbySize = lobbySize.value;
        return options;
    }

    TextField {
        Kirigami.FormData.label: qsTr("Name")
        Accessible.name: qsTr("Name")
        id: phaseName
        objectName: "nextPhaseName"
        visible: form.nextPhase
        Layout.preferredWidth: 280
        onAccepted: form.accepted()
    }
    SpinBox {
        Kirigami.FormData.label: qualifiers.groupCount > 1 ? qsTr("Advance from each group") : qsTr("Advance")
        Accessible.name: Kirigami.FormData.label
        id: qualifiers
        objectName: "qualifiersPerGroup"
        visible: form.nextPhase
        property int groupCount: 1
        from: 1
        editable: true
    }
    Label {
        visible: form.nextPhase
        text: qsTr("%n entrant(s) in the next phase, seeded by placement", "", qualifiers.value * qualifiers.groupCount)
        opacity: 0.7
        Layout.bottomMargin: 8
    }
    ComboBox {
        Kirigami.FormData.label: qsTr("Format")
        Accessible.name: qsTr("Format")
        id: formatChoice
        objectName: "formatChoice"
        Layout.preferredWidth: 280
        textRole: "text"
        valueRole: "value"
        model: [
            {text: qsTr("Double elimination"), value: "double"},
            {text: qsTr("Single elimination"), value: "single"},
            {text: qsTr("Round robin"), value: "roundrobin"},
            {text: qsTr("Swiss"), value: "swiss"},
            {text: qsTr("Free-for-all lobbies"), value: "ffa"}
        ]
    }
    SpinBox {
        Kirigami.FormData.label: qsTr("Best of")
        Accessible.name: qsTr("Best of")
        id: bestOf
        from: 1
        to: 99
        value: 3
        stepSize: 2
    }
    SpinBox {
        Kirigami.FormData.label: qsTr("Finals best of")
        Accessible.name: qsTr("Finals best of")
        id: finalsBestOf
        from: 0
        to: 99
        value: 5
        stepSize: 1
        textFromValue: value => value === 0 ? qsTr("same") : String(value)
    }
    ComboBox {
        Kirigami.FormData.label: qsTr("Grand final")
        Accessible.name: qsTr("Grand final")
        id: grandFinal
        visible: formatChoice.currentValue === "double"
        Layout.preferredWidth: 280
        textRole: "text"
        valueRole: "value"
        model: [
            {text: qsTr("With bracket reset"), value: "reset"},
            {text: qsTr("One match"), value: "single"},
            {text: qsTr("None"), value: "none"}
        ]
    }
    CheckBox {
        Kirigami.FormData.label: qsTr("Third-place match")
        Accessible.name: qsTr("Third-place match")
        id: thirdPlace
        visible: formatChoice.currentValue === "single"
    }
    SpinBox {
        Kirigami.FormData.label: qsTr("Groups")
        Accessible.name: qsTr("Groups")
        id: groups
        visible: formatChoice.currentValue === "roundrobin"
        from: 1
        to: 64
        value: 1
    }
    SpinBox {
        Kirigami.FormData.label: qsTr("Rounds")
        Accessible.name: qsTr("Rounds")
        id: swissRounds
        visible: formatChoice.currentValue === "swiss"
        from: 0
        to: 30
        value: 0
        textFromValue: value => value === 0 ? qsTr("automatic") : String(value)
    }
    SpinBox {
        Kirigami.FormData.label: qsTr("Lobby size")
        Accessible.name: qsTr("Lobby size")
        id: lobbySize
        visible: formatChoice.currentValue === "ffa"
        from: 2
        to: 100
        value: 8
    }
}
