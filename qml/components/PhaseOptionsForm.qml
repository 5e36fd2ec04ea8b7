// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnium

// A phase's format and its options, as BracketController.createBracket() and addNextPhase()
// take them: the first bracket of an event and every phase after it are set up the same way.
// A next phase also has a name and how many of each group of the last phase advance.
GridLayout {
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

    columns: 2
    columnSpacing: Theme.largeSpacing
    rowSpacing: 10

    Label {
        visible: form.nextPhase
        text: qsTr("Name")
    }
    TextField {
        id: phaseName
        objectName: "nextPhaseName"
        visible: form.nextPhase
        Layout.preferredWidth: 280
        onAccepted: form.accepted()
    }
    Label {
        visible: form.nextPhase
        text: qualifiers.groupCount > 1 ? qsTr("Advance from each group") : qsTr("Advance")
    }
    SpinBox {
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
        Layout.columnSpan: 2
        Layout.bottomMargin: 8
    }
    Label { text: qsTr("Format") }
    ComboBox {
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
    Label { text: qsTr("Best of") }
    SpinBox {
        Accessible.name: qsTr("Best of")
        id: bestOf
        from: 1
        to: 99
        value: 3
        stepSize: 2
    }
    Label { text: qsTr("Finals best of") }
    SpinBox {
        Accessible.name: qsTr("Finals best of")
        id: finalsBestOf
        from: 0
        to: 99
        value: 5
        stepSize: 1
        textFromValue: value => value === 0 ? qsTr("same") : String(value)
    }
    Label {
        text: qsTr("Grand final")
        visible: formatChoice.currentValue === "double"
    }
    ComboBox {
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
    Label {
        text: qsTr("Third-place match")
        visible: formatChoice.currentValue === "single"
    }
    CheckBox {
        Accessible.name: qsTr("Third-place match")
        id: thirdPlace
        visible: formatChoice.currentValue === "single"
    }
    Label {
        text: qsTr("Groups")
        visible: formatChoice.currentValue === "roundrobin"
    }
    SpinBox {
        Accessible.name: qsTr("Groups")
        id: groups
        visible: formatChoice.currentValue === "roundrobin"
        from: 1
        to: 64
        value: 1
    }
    Label {
        text: qsTr("Rounds")
        visible: formatChoice.currentValue === "swiss"
    }
    SpinBox {
        Accessible.name: qsTr("Rounds")
        id: swissRounds
        visible: formatChoice.currentValue === "swiss"
        from: 0
        to: 30
        value: 0
        textFromValue: value => value === 0 ? qsTr("automatic") : String(value)
    }
    Label {
        text: qsTr("Lobby size")
        visible: formatChoice.currentValue === "ffa"
    }
    SpinBox {
        Accessible.name: qsTr("Lobby size")
        id: lobbySize
        visible: formatChoice.currentValue === "ffa"
        from: 2
        to: 100
        value: 8
    }
}
