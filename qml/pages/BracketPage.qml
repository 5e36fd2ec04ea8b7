// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Omnium

// The chosen event's bracket: create it, look at it (wheel, drag, pinch, keys), find a match,
// report and correct results from the keyboard, see the standings, export, open the caster
// window. Free-for-all phases show their lobbies and a leaderboard, round robins a cross
// table, and events with several phases an overview of them.
Kirigami.Page {
    id: page

    title: qsTr("Brackets")
    actions: [
        Kirigami.Action {
            visible: brackets.canStartNextRound
            text: qsTr("Start next round")
            icon.name: "media-playback-start"
            onTriggered: brackets.startNextRound()
        },
        Kirigami.Action {
            objectName: "addNextPhase"
            visible: brackets.canAddPhase
            text: qsTr("Add the next phase…")
            icon.name: "list-add"
            onTriggered: nextPhaseDialog.openAfterLastPhase()
        },
        Kirigami.Action {
            visible: brackets.hasBracket && page.tab === "bracket"
            text: qsTr("Fit")
            icon.name: "zoom-fit-best"
            tooltip: qsTr("Show the whole bracket (key 0)")
            onTriggered: view.fitToView()
        },
        Kirigami.Action {
            visible: brackets.hasBracket
            text: qsTr("Export…")
            icon.name: "document-export"
            onTriggered: exportDialog.open()
        },
        Kirigami.Action {
            visible: brackets.hasBracket
            text: qsTr("Caster window")
            icon.name: "video-display"
            onTriggered: page.openCaster()
        }
    ]
    header: ToolBar {
        // In line with the title above and the page below.
        leftPadding: page.leftPadding
        rightPadding: page.rightPadding
        contentItem: RowLayout {
            Label {
                Layout.fillWidth: true
                text: brackets.hasBracket ? brackets.bracket.title
                                          : qsTr("%n registered entrant(s), no bracket yet", "", brackets.entrantCount)
                elide: Text.ElideRight
            }
            EventPicker {}
            ComboBox {
                visible: brackets.phaseNames.length > 1
                model: brackets.phaseNames
                currentIndex: brackets.phaseIndex
                onActivated: index => brackets.phaseIndex = index
                Accessible.name: qsTr("Phase")
            }
        }
    }

    // The views this phase has, the first one shown by default.
    readonly property var tabKeys: {
        const keys = [brackets.format === "ffa" ? "lobbies" : "bracket"];
        if (brackets.format === "roundrobin")
            keys.push("cross");
        keys.push("standings");
        if (brackets.phaseNames.length > 1)
            keys.push("phases");
        return keys;
    }
    readonly property string tab: tabKeys[tabs.currentIndex] ?? "bracket"
    function showTab(key) {
        tabs.currentIndex = Math.max(0, tabKeys.indexOf(key));
    }

    BracketController {
        id: brackets
        objectName: "bracketController"
        eventId: Selection.eventId
        // Another event or phase may have other views: start on the first.
        onEventIdChanged: tabs.currentIndex = 0
        onPhaseIndexChanged: tabs.currentIndex = 0
    }

    function openResult(matchId) {
        if (matchId <= 0)
            return;
        view.selectedMatch = matchId;
        resultDialog.openFor(matchId);
    }

    function find(text) {
        const id = brackets.findMatch(text);
        if (id <= 0) {
            Notifications.post(Notifications.Warning, qsTr("No match “%1” in this bracket.").arg(text));
            return;
        }
        tabs.currentIndex = 0;
        if (brackets.format === "ffa") {
            page.openResult(id);
            return;
        }
        view.selectedMatch = id;
        view.centreOn(id);
        view.forceActiveFocus();
    }

    function openCaster() {
        if (Selection.casterWindow) {
            Selection.casterWindow.show();
            Selection.casterWindow.raise();
            return;
        }
        const component = Qt.createComponent("Omnium", "CasterWindow");
        if (component.status !== Component.Ready) {
            console.warn(component.errorString());
            return;
        }
        Selection.casterWindow = component.createObject(page.Window.window, {eventId: Selection.eventId});
        Selection.casterWindow.show();
    }

    NextPhaseDialog {
        id: nextPhaseDialog
        controller: brackets
    }

    ResultDialog {
        id: resultDialog
        controller: brackets
        onSaved: view.forceActiveFocus()
    }

    FileChooser {
        id: exportDialog
        objectName: "exportDialog"
        title: qsTr("Export the bracket")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("PDF (*.pdf)"), qsTr("PNG image (*.png)"), qsTr("SVG drawing (*.svg)")]
        onChosen: file => {
            const error = brackets.exportBracket(file, splitPages.checked);
            if (error.length > 0)
                Notifications.post(Notifications.Error, error);
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Kirigami.Units.largeSpacing

        RowLayout {
            visible: brackets.hasBracket
            Layout.fillWidth: true
            spacing: Kirigami.Units.mediumSpacing

            TabBar {
                id: tabs
                objectName: "bracketTabs"
                Repeater {
                    model: page.tabKeys
                    delegate: TabButton {
                        required property string modelData
                        objectName: "tab_" + modelData
                        width: implicitWidth
                        // The desktop style's TabButton reads a content item it does not have.
                        baselineOffset: 0
                        text: modelData === "bracket" ? qsTr("Bracket")
                            : modelData === "lobbies" ? qsTr("Lobbies")
                            : modelData === "cross" ? qsTr("Cross table")
                            : modelData === "phases" ? qsTr("Phases")
                            : brackets.format === "ffa" ? qsTr("Leaderboard") : qsTr("Standings")
                    }
                }
            }
            TextField {
                Accessible.name: qsTr("Find a match: 12 or a name")
                id: findField
                objectName: "findField"
                // Narrower when the phase has many views, so the buttons keep their place.
                Layout.fillWidth: true
                Layout.minimumWidth: Kirigami.Units.gridUnit * 5
                Layout.maximumWidth: Kirigami.Units.gridUnit * 12
                placeholderText: qsTr("Find a match: 12 or a name")
                onAccepted: {
                    // "2-1" with a match selected reports it, as typed in its result dialog.
                    if (/^\s*\d+\s*-\s*\d+\s*$/.test(text) && view.selectedMatch > 0 && brackets.format !== "ffa")
                        resultDialog.reportTyped(view.selectedMatch, text);
                    else
                        page.find(text);
                    text = "";
                }
            }
            Item {
                Layout.fillWidth: true
            }
            CheckBox {
                id: splitPages
                text: qsTr("PDF on A4 pages")
            }
        }

        Item {
            visible: brackets.hasBracket
            Layout.fillWidth: true
            Layout.fillHeight: true

            // The bracket, drawn by the scene graph; all geometry comes from the C++ layout.
            ColumnLayout {
                anchors.fill: parent
                visible: page.tab === "bracket"
                spacing: Kirigami.Units.mediumSpacing
                Rectangle {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    color: Kirigami.Theme.backgroundColor
                    radius: 6
                    clip: true

                    BracketView {
                        id: view
                        objectName: "bracketView"
                        anchors.fill: parent
                        // Only while shown: a hidden view would rebuild its text on every result.
                        bracket: page.tab === "bracket" ? brackets.bracket : null
                        focus: true
                        // A screen reader hears the selected match as the arrows move it.
                        readonly property var selectedInfo: selectedMatch > 0 ? brackets.matchInfo(selectedMatch) : null
                        Accessible.role: Accessible.Graphic
                        Accessible.focusable: true
                        Accessible.name: selectedInfo
                            ? qsTr("Bracket, match %1: %2 against %3").arg(selectedInfo.number)
                                  .arg(selectedInfo.slots[0]).arg(selectedInfo.slots[1])
                            : qsTr("Bracket")
                        // Boxes in the desktop's view colours, lines halfway to the text: light or dark.
                        Kirigami.Theme.colorSet: Kirigami.Theme.View
                        Kirigami.Theme.inherit: false
                        boxColour: Kirigami.Theme.backgroundColor
                        textColour: Kirigami.Theme.textColor
                        lineColour: Kirigami.ColorUtils.linearInterpolation(Kirigami.Theme.backgroundColor,
                                                                            Kirigami.Theme.textColor, 0.5)
                        accentColour: Theme.accent

                        // First look: the match being played at a readable size, else the whole bracket.
                        property bool placed: false
                        function place() {
                            if (placed || width <= 0 || !brackets.hasBracket || !bracket)
                                return;
                            if (brackets.liveMatch > 0)
                                centreOn(brackets.liveMatch);
                            else
                                fitToView();
                            placed = true;
                        }
                        Connections {
                            target: brackets
                            function onLoaded() { view.place() }
                            function onEventIdChanged() { view.placed = false }
                            function onPhaseIndexChanged() { view.placed = false }
                        }
                        onWidthChanged: place()
                        onBracketChanged: place()
                        Component.onCompleted: place()

                        WheelHandler {
                            acceptedDevices: PointerDevice.Mouse | PointerDevice.TouchPad
                            onWheel: event => {
                                if (event.modifiers & Qt.ControlModifier || event.angleDelta.x === 0 && !(event.modifiers & Qt.ShiftModifier)
                                        && event.pixelDelta.y === 0)
                                    view.zoomAt(Math.pow(1.0015, event.angleDelta.y), Qt.point(event.x, event.y));
                                else
                                    view.panBy(-(event.pixelDelta.x || event.angleDelta.x / 2), -(event.pixelDelta.y || event.angleDelta.y / 2));
                            }
                        }
                        DragHandler {
                            id: drag
                            target: null
                            property point last
                            onActiveChanged: last = centroid.position
                            onCentroidChanged: {
                                if (!active)
                                    return;
                                view.panBy(centroid.position.x - last.x, centroid.position.y - last.y);
                                last = centroid.position;
                            }
                        }
                        PinchHandler {
                            target: null
                            property real lastScale: 1
                            onActiveChanged: lastScale = 1
                            onActiveScaleChanged: {
                                view.zoomAt(activeScale / lastScale, centroid.position);
                                lastScale = activeScale;
                            }
                        }
                        HoverHandler {
                            onPointChanged: view.highlightedEntrant = view.entrantAt(point.position)
                            onHoveredChanged: if (!hovered) view.highlightedEntrant = 0
                        }
                        TapHandler {
                            onTapped: eventPoint => {
                                view.forceActiveFocus();
                                view.selectedMatch = view.matchAt(eventPoint.position);
                            }
                            onDoubleTapped: eventPoint => page.openResult(view.matchAt(eventPoint.position))
                        }
                        // Right-click: the match's actions, disputes included.
                        TapHandler {
                            acceptedButtons: Qt.RightButton
                            onTapped: eventPoint => {
                                const id = view.matchAt(eventPoint.position);
                                if (id <= 0)
                                    return;
                                view.selectedMatch = id;
                                matchMenuComponent.createObject(view, { match: brackets.matchInfo(id) }).popup();
                            }
                        }
                        // Made when asked for and gone once closed: a menu kept with the page
                        // makes the desktop style warn when the page is unloaded.
                        Component {
                            id: matchMenuComponent
                            Menu {
                                id: matchMenu
                                objectName: "matchMenu"
                                property var match: ({})
                                onClosed: destroy()
                                MenuItem {
                                    text: qsTr("Report or correct the result…")
                                    enabled: matchMenu.match.reportable ?? false
                                    onTriggered: page.openResult(matchMenu.match.id)
                                }
                                MenuItem {
                                    objectName: "menuDispute"
                                    text: matchMenu.match.disputed ? qsTr("Settle the dispute") : qsTr("Mark as disputed")
                                    onTriggered: brackets.setDisputed(matchMenu.match.id, !matchMenu.match.disputed)
                                }
                            }
                        }

                        // Arrows: the next match that way, brought into view; with Shift they pan.
                        function selectTowards(dx, dy) {
                            const next = view.matchTowards(view.selectedMatch, dx, dy);
                            if (next > 0) {
                                view.selectedMatch = next;
                                view.ensureVisible(next);
                            }
                        }
                        Keys.onPressed: event => {
                            const step = 80;
                            const arrows = {[Qt.Key_Left]: [-1, 0], [Qt.Key_Right]: [1, 0], [Qt.Key_Up]: [0, -1], [Qt.Key_Down]: [0, 1]};
                            const arrow = arrows[event.key];
                            if (arrow && (event.modifiers & Qt.ShiftModifier))
                                view.panBy(-arrow[0] * step, -arrow[1] * step);
                            else if (arrow)
                                view.selectTowards(arrow[0], arrow[1]);
                            else if (event.key === Qt.Key_Plus || event.key === Qt.Key_Equal)
                                view.zoomAt(1.25, Qt.point(view.width / 2, view.height / 2));
                            else if (event.key === Qt.Key_Minus)
                                view.zoomAt(0.8, Qt.point(view.width / 2, view.height / 2));
                            else if (event.key === Qt.Key_0 || event.key === Qt.Key_Home)
                                view.fitToView();
                            else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                                page.openResult(view.selectedMatch > 0 ? view.selectedMatch : brackets.liveMatch);
                            else if (event.key === Qt.Key_Slash || (event.key === Qt.Key_F && (event.modifiers & Qt.ControlModifier)))
                                findField.forceActiveFocus();
                            else if (event.text.length === 1 && event.text >= "0" && event.text <= "9") {
                                findField.text = event.text;
                                findField.forceActiveFocus();
                            } else
                                return;
                            event.accepted = true;
                        }
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    // Match states, the same colours as the boxes (Okabe–Ito, colour-blind safe).
                    MatchStateLegend {
                        objectName: "stateLegend"
                        states: brackets.stateLegend
                    }
                    Item {
                        Layout.fillWidth: true
                    }
                    Label {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignRight
                        wrapMode: Text.Wrap
                        font.pointSize: Kirigami.Theme.smallFont.pointSize
                        opacity: 0.7
                        text: qsTr("Arrows: select · Double-click or Enter: report · 2-1 Enter: save the selected match · right-click: dispute · a number: find · 0: fit · +/−: zoom")
                    }
                }
            }

            LobbyBoard {
                objectName: "lobbyBoard"
                anchors.fill: parent
                visible: page.tab === "lobbies"
                lobbies: brackets.lobbies
                onOpen: matchId => page.openResult(matchId)
            }

            CrossTable {
                objectName: "crossTable"
                anchors.fill: parent
                visible: page.tab === "cross"
                groups: brackets.crossTable
                onOpen: matchId => page.openResult(matchId)
            }

            PhaseOverview {
                objectName: "phaseOverview"
                anchors.fill: parent
                visible: page.tab === "phases"
                phases: brackets.phases
                current: brackets.phaseIndex
                onOpen: phaseIndex => {
                    brackets.phaseIndex = phaseIndex;
                    tabs.currentIndex = 0;
                }
            }

            // Standings, with the phase's tiebreak columns for round robin and Swiss.
            ListView {
                id: standingsList
                objectName: "standingsList"
                anchors.fill: parent
                visible: page.tab === "standings"
                clip: true
                model: brackets.standings
                headerPositioning: ListView.OverlayHeader
                // Free-for-all: a leaderboard of games, games won, kills and points.
                readonly property bool leaderboard: brackets.format === "ffa"
                readonly property var columns: leaderboard
                    ? [qsTr("Rank"), qsTr("Entrant"), qsTr("Games"), qsTr("Wins"), qsTr("Kills"), qsTr("Points")]
                    : [qsTr("Rank"), qsTr("Entrant"), qsTr("Played"), qsTr("W"), qsTr("D"), qsTr("L"), qsTr("Games"),
                       qsTr("Points")].concat(brackets.tiebreakNames)
                readonly property var widths: leaderboard ? [60, 260, 70, 70, 70, 80] : [60, 260, 70, 50, 50, 50, 80, 70]
                function widthOf(column) { return column < widths.length ? widths[column] : 130; }
                header: Rectangle {
                    width: standingsList.width
                    height: Kirigami.Units.gridUnit * 2
                    z: 2
                    color: Kirigami.Theme.alternateBackgroundColor
                    Row {
                        anchors.verticalCenter: parent.verticalCenter
                        x: 8
                        Repeater {
                            model: standingsList.columns
                            delegate: Label {
                                required property string modelData
                                required property int index
                                width: standingsList.widthOf(index)
                                text: modelData
                                font.weight: Font.DemiBold
                                elide: Text.ElideRight
                            }
                        }
                    }
                }
                // One row of StandingsModel, its roles laid out in the header's columns.
                delegate: Rectangle {
                    id: standingRow
                    required property int index
                    required property string rank
                    required property string name
                    required property int played
                    required property int wins
                    required property int draws
                    required property int losses
                    required property string games
                    required property int points
                    required property int kills
                    required property bool disqualified
                    required property list<string> tiebreaks
                    width: standingsList.width
                    height: Kirigami.Units.gridUnit * 2
                    color: index % 2 ? Kirigami.Theme.alternateBackgroundColor : "transparent"
                    Row {
                        anchors.verticalCenter: parent.verticalCenter
                        x: 8
                        Repeater {
                            model: standingsList.leaderboard
                                ? [standingRow.rank, standingRow.name, standingRow.played, standingRow.wins,
                                   standingRow.kills, standingRow.points]
                                : [standingRow.rank, standingRow.name, standingRow.played, standingRow.wins,
                                   standingRow.draws, standingRow.losses, standingRow.games,
                                   standingRow.points].concat(standingRow.tiebreaks)
                            delegate: Label {
                                required property var modelData
                                required property int index
                                width: standingsList.widthOf(index)
                                text: String(modelData)
                                elide: Text.ElideRight
                                font.strikeout: index === 1 && standingRow.disqualified
                            }
                        }
                    }
                }
            }
        }

        // No bracket yet: choose the format and create it from the seeded entrants.
        Pane {
            visible: !brackets.hasBracket && Selection.eventId > 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            background: null

            ColumnLayout {
                spacing: Kirigami.Units.largeSpacing

                Kirigami.Heading {
                    text: qsTr("Create the bracket")
                    level: 1
                    font.weight: Font.DemiBold
                }
                Label {
                    text: qsTr("The entrants are placed in seed order (see Seeding).")
                    opacity: 0.7
                }
                PhaseOptionsForm {
                    id: firstPhase
                }
                Button {
                    objectName: "createBracket"
                    text: qsTr("Create the bracket for %n entrant(s)", "", brackets.entrantCount)
                    highlighted: true
                    enabled: brackets.entrantCount >= 2
                    onClicked: {
                        if (brackets.createBracket(firstPhase.options())) {
                            view.placed = false;
                            view.forceActiveFocus(); // the next step: its first results, by keyboard
                        }
                    }
                }
            }
        }

        PagePlaceholder {
            objectName: "noEventPlaceholder"
            visible: Selection.eventId <= 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            iconName: "distribute-graph-directed"
            text: qsTr("No event yet")
            explanation: qsTr("A bracket belongs to an event: create the tournament and its events first.")
            actionText: qsTr("Open Tournament and events")
            targetPage: "EventsPage"
        }
    }
}
