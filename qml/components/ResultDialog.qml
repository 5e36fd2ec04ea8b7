// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Omnium

// Reports or corrects one match's result. Keyboard first: the score field has the focus, so
// "2-1" then Enter saves. Forfeit, no-show and disqualification name the winner; game by game
// scores and a note are there when wanted. A correction that would reset played matches
// lists them and asks before saving. A free-for-all lobby gets a grid of placements and kills
// per game instead of a score. A contested result can be marked as disputed (and settled)
// from here; saving a result settles it. Its fields sit in a Kirigami.FormLayout, each with
// its label (also its accessible name); Tab goes score → Save before Cancel.
Dialog {
    id: dialog

    required property BracketController controller
    property var match: ({})
    property var resets: []
    property string kind: "normal"
    property int winner: -1
    // The last command this desk had seen when the organiser looked at the match: on a venue
    // server, a result another desk saved since is not overwritten unseen (Store::run's basis).
    property double seenCommandId: -1
    property double matchId: 0
    signal saved()

    objectName: "resultDialog"
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: match.isLobby ? Math.min(Overlay.overlay ? Overlay.overlay.width - 40 : 1000,
                                    330 + 140 * (match.bestOf ?? 1)) : 640
    title: match.title ?? ""
    standardButtons: Dialog.NoButton

    function openFor(id) {
        matchId = id;
        seenCommandId = Store.seenCommandId;
        match = controller.matchInfo(id);
        resets = [];
        kind = "normal";
        winner = -1;
        games.clear();
        note.text = "";
        score.text = match.completed && match.resultKind === "normal" ? match.scores[0] + "-" + match.scores[1] : "";
        errorText.text = match.reportable ? "" : match.reason;
        visible = true;
        if (match.isLobby)
            Qt.callLater(lobbyGrid.focusFirst); // its fields are made when the match is set
        else {
            score.forceActiveFocus();
            score.selectAll();
        }
    }

    // A score typed on the bracket page with the match selected: saved at once when nothing
    // needs confirming, else the dialog stays open with the refusal or the matches it resets.
    function reportTyped(matchId, text) {
        const seen = Store.seenCommandId; // what the organiser saw when typing
        const typed = {kind: "normal", note: "", score: text.replace(/\s+/g, ""), seenCommandId: seen};
        const check = controller.checkResult(matchId, typed);
        if (check.error.length === 0 && check.resets.length === 0 && controller.report(matchId, typed, [])) {
            saved();
            return;
        }
        openFor(matchId);
        seenCommandId = seen;
        score.text = typed.score;
        submit();
    }

    function toggleDisputed() {
        if (controller.setDisputed(match.id, !match.disputed))
            match = controller.matchInfo(match.id);
    }

    function input() {
        const result = {kind: kind, note: note.text, seenCommandId: seenCommandId};
        if (match.isLobby)
            result.lobby = lobbyGrid.scores();
        else if (kind !== "normal")
            result.winner = winner;
        else if (games.count > 0) {
            const list = [];
            for (let i = 0; i < games.count; ++i)
                list.push(games.get(i));
            result.games = list;
        } else
            result.score = score.text;
        return result;
    }

    function submit() {
        // The bracket may have been read again since it opened (another desk, the venue server
        // back after a cut): the match as it is now.
        if (!match.reportable) {
            match = controller.matchInfo(matchId);
            errorText.text = match.reportable ? "" : (match.reason ?? "");
        }
        if (!match.reportable)
            return;
        const check = controller.checkResult(matchId, input());
        if (check.error.length > 0) {
            errorText.text = check.error;
            return;
        }
        if (check.resets.length > 0 && resets.length === 0) {
            resets = check.resets; // shown below; Enter again confirms
            confirmButton.forceActiveFocus();
            return;
        }
        const confirmed = resets.map(reset => reset.id);
        if (controller.report(matchId, input(), confirmed)) {
            close();
            saved();
            return;
        }
        // Refused (the notification says why: another desk's result, shown now): the organiser
        // has seen it, so saving again is a deliberate correction.
        match = controller.matchInfo(matchId);
        seenCommandId = Store.seenCommandId;
    }

    contentItem: ColumnLayout {
        spacing: Kirigami.Units.largeSpacing

        RowLayout {
            visible: !dialog.match.isLobby
            Layout.fillWidth: true
            Label {
                text: (dialog.match.slots ?? ["", ""])[0]
                font.pixelSize: 20
                font.weight: Font.DemiBold
                horizontalAlignment: Text.AlignRight
                elide: Text.ElideRight
                Layout.fillWidth: true
                Layout.preferredWidth: 1
            }
            Label {
                text: qsTr("vs")
                opacity: 0.6
            }
            Label {
                text: (dialog.match.slots ?? ["", ""])[1]
                font.pixelSize: 20
                font.weight: Font.DemiBold
                elide: Text.ElideRight
                Layout.fillWidth: true
                Layout.preferredWidth: 1
            }
        }
        Label {
            text: (dialog.match.isLobby ? qsTr("Lobby of %n entrant(s)", "", (dialog.match.entrants ?? []).length) + " · "
                                          + qsTr("%n game(s), placement and kills in each", "", dialog.match.bestOf ?? 1)
                                        : qsTr("Best of %1").arg(dialog.match.bestOf ?? 1))
                  + (dialog.match.completed ? " · " + qsTr("already reported: this is a correction") : "")
            opacity: 0.7
            Layout.alignment: Qt.AlignHCenter
        }

        // A disputed result stands out, and says how it ends.
        Label {
            objectName: "disputedBanner"
            visible: dialog.match.disputed ?? false
            Layout.fillWidth: true
            text: qsTr("Disputed: check with both sides, then save the confirmed result (or settle the dispute).")
            wrapMode: Text.Wrap
            color: Theme.textOnColour
            padding: Kirigami.Units.smallSpacing * 2
            background: Rectangle { color: Theme.stateDisputed; radius: 4 }
        }

        Label {
            visible: dialog.match.isLobby ?? false
            text: qsTr("Points by placement: %1; %2 per kill").arg((dialog.match.placementPoints ?? []).join(", "))
                                                                .arg(dialog.match.killPoints ?? 0)
            opacity: 0.7
            Layout.alignment: Qt.AlignHCenter
        }

        Flickable {
            id: lobbyScroll
            visible: dialog.match.isLobby ?? false
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(lobbyGrid.implicitHeight,
                                             (Overlay.overlay ? Overlay.overlay.height : 800) - 320)
            contentWidth: lobbyGrid.implicitWidth
            contentHeight: lobbyGrid.implicitHeight
            clip: true
            ScrollBar.vertical: ScrollBar {}

            LobbyScoreGrid {
                id: lobbyGrid
                flickable: lobbyScroll
                entrants: dialog.match.isLobby ? dialog.match.entrants : []
                games: dialog.match.isLobby ? dialog.match.bestOf : 0
                placementPoints: dialog.match.placementPoints ?? []
                killPoints: dialog.match.killPoints ?? 0
                initial: dialog.match.lobbyGames ?? []
                onSubmitted: dialog.submit()
                onEdited: dialog.resets = []
            }
        }

        Kirigami.FormLayout {
            visible: !dialog.match.isLobby
            Layout.fillWidth: true

            RowLayout {
                Kirigami.FormData.label: qsTr("Result")
                spacing: Kirigami.Units.smallSpacing
                Repeater {
                    model: [
                        {value: "normal", text: qsTr("Score")},
                        {value: "forfeit", text: qsTr("Forfeit")},
                        {value: "noshow", text: qsTr("No-show")},
                        {value: "dq", text: qsTr("Disqualification")}
                    ]
                    delegate: RadioButton {
                        required property var modelData
                        text: modelData.text
                        checked: dialog.kind === modelData.value
                        onClicked: dialog.kind = modelData.value
                    }
                }
            }

            TextField {
                id: score
                objectName: "scoreField"
                Kirigami.FormData.label: qsTr("Score")
                Accessible.name: qsTr("Score")
                Accessible.description: qsTr("first entrant first, e.g. 2-1")
                visible: dialog.kind === "normal" && games.count === 0 && !dialog.match.isLobby
                Layout.fillWidth: true
                font.pixelSize: 28
                horizontalAlignment: Text.AlignHCenter
                placeholderText: qsTr("e.g. 2-1")
                onAccepted: dialog.submit()
                onTextEdited: dialog.resets = []
            }

            RowLayout {
                Kirigami.FormData.label: qsTr("Winner")
                visible: dialog.kind !== "normal"
                // (two buttons, not a Repeater: a FormLayout row whose first item is destroyed crashes it)
                Button {
                    text: (dialog.match.slots ?? ["", ""])[0]
                    checkable: true
                    checked: dialog.winner === 0
                    onClicked: dialog.winner = 0
                }
                Button {
                    text: (dialog.match.slots ?? ["", ""])[1]
                    checkable: true
                    checked: dialog.winner === 1
                    onClicked: dialog.winner = 1
                }
            }

            // Game by game, when the scores of each game are wanted (maps, rounds, stocks).
            ColumnLayout {
                Kirigami.FormData.label: qsTr("Games")
                visible: dialog.kind === "normal"
                Layout.fillWidth: true
                // (the rows in a column of their own: a FormLayout row whose first item is destroyed crashes it)
                ColumnLayout {
                    Layout.fillWidth: true
                    Repeater {
                        model: ListModel { id: games }
                        delegate: RowLayout {
                            id: gameRow
                            required property int index
                            required property int a
                            required property int b
                            required property string note
                            Label { text: qsTr("Game %1").arg(gameRow.index + 1) }
                            SpinBox {
                                Accessible.name: qsTr("Game %1, %2").arg(gameRow.index + 1).arg((dialog.match.slots ?? ["", ""])[0])
                                from: 0; to: 999; value: gameRow.a; editable: true
                                onValueModified: games.setProperty(gameRow.index, "a", value)
                            }
                            SpinBox {
                                Accessible.name: qsTr("Game %1, %2").arg(gameRow.index + 1).arg((dialog.match.slots ?? ["", ""])[1])
                                from: 0; to: 999; value: gameRow.b; editable: true
                                onValueModified: games.setProperty(gameRow.index, "b", value)
                            }
                            TextField {
                                Accessible.name: qsTr("Map, characters…")
                                Layout.fillWidth: true
                                placeholderText: qsTr("Map, characters…")
                                text: gameRow.note
                                onTextEdited: games.setProperty(gameRow.index, "note", text)
                            }
                            ToolButton {
                                text: "×"
                                onClicked: games.remove(gameRow.index)
                                Accessible.name: qsTr("Remove game %1").arg(gameRow.index + 1)
                            }
                        }
                    }
                }
                Button {
                    flat: true
                    text: qsTr("Add a game score")
                    enabled: games.count < (dialog.match.bestOf ?? 1)
                    onClicked: games.append({a: 0, b: 0, note: ""})
                }
            }

            TextField {
                id: note
                Kirigami.FormData.label: qsTr("Note")
                Accessible.name: qsTr("Note")
                Layout.fillWidth: true
                placeholderText: qsTr("optional")
                onAccepted: dialog.submit()
            }
        }

        Label {
            id: errorText
            objectName: "resultError"
            Layout.fillWidth: true
            visible: text.length > 0
            color: Kirigami.Theme.negativeTextColor
            wrapMode: Text.Wrap
        }

        // A correction that undoes later results: name every match it resets.
        Frame {
            visible: dialog.resets.length > 0
            Layout.fillWidth: true
            ColumnLayout {
                anchors.fill: parent
                Label {
                    text: qsTr("This correction resets %n match(es) already played:", "", dialog.resets.length)
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Repeater {
                    model: dialog.resets
                    delegate: Label {
                        required property var modelData
                        text: "• " + modelData.text
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Button {
                objectName: "disputeButton"
                flat: true
                visible: dialog.match.id !== undefined
                text: dialog.match.disputed ? qsTr("Settle the dispute") : qsTr("Mark as disputed")
                onClicked: dialog.toggleDisputed()
            }
            Item { Layout.fillWidth: true }
            // Save before Cancel, in the Tab order too (a Space meant for Save never cancels).
            Button {
                id: confirmButton
                objectName: "saveResult"
                enabled: dialog.match.reportable ?? false
                highlighted: true
                text: dialog.resets.length > 0 ? qsTr("Reset %n match(es) and save", "", dialog.resets.length)
                                               : qsTr("Save")
                onClicked: dialog.submit()
                Keys.onReturnPressed: dialog.submit()
                Keys.onEnterPressed: dialog.submit()
            }
            Button {
                text: qsTr("Cancel")
                flat: true
                onClicked: dialog.close()
            }
        }
    }
}
