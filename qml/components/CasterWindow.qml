// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Omnium

// What casters put in front of the audience: the bracket (a chosen phase, or following the
// matches being played), "now playing" and "up next", in big type, on the screen they
// choose, full screen, with safe-area margins and a dark, light or chroma-key background.
// The controls hide when the mouse rests, so a capture shows only the content.
Window {
    id: caster

    property alias eventId: brackets.eventId
    property string theme: "dark" // dark, light, green, magenta
    property string mode: "bracket" // bracket, nowplaying, upnext, panels
    property bool followLive: true
    property int safeArea: 5 // percent of the width and height left empty at each edge
    // The venue's branding from the settings (Settings → Badges).
    property color accent: AppSettings.badgeAccent.length > 0 ? AppSettings.badgeAccent : Theme.venueAccent

    readonly property color background: Theme.stageBackground(theme)
    readonly property color panel: Theme.stagePanel(theme)
    readonly property color ink: Theme.stageInk(theme)
    // The accent where it is read on a panel (headings, scores): the venue's colour when it
    // stands out from the panel (contrast 4.5:1, WCAG AA), else the panel's own ink — a navy
    // accent on the dark panel could not be read from across the room.
    readonly property color accentOnPanel: contrast(accent, panel) >= 4.5 ? accent : ink
    function luminance(c: color): real {
        const channel = v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
    }
    function contrast(a: color, b: color): real {
        const la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    // The event's name: the window's and the band's title (the phase is said below it).
    SortFilterModel {
        id: eventRows
        sourceModel: EventModel {}
    }
    readonly property string eventName: {
        eventRows.count;
        const row = eventRows.values("id").indexOf(brackets.eventId);
        return row >= 0 ? eventRows.get(row).name : "";
    }

    objectName: "casterWindow"
    title: eventName.length > 0 ? qsTr("%1 — Omnium caster display").arg(eventName) : qsTr("Omnium — caster display")
    width: 1280
    height: 720
    color: background

    BracketController {
        id: brackets
        onLoaded: caster.follow()
    }

    // Follow live: glide to the match being played after every change.
    function follow() {
        if (!followLive || brackets.liveMatch <= 0 || view.width <= 0)
            return;
        glide.stop(); // changing a running animation's ends moves the view at once
        const fromX = view.contentX, fromY = view.contentY;
        // Type read from across the room (20 px): the boxes' own size scaled up, so names fit them.
        view.zoom = 20 / view.fontPixelSize;
        view.centreOn(brackets.liveMatch);
        const toX = view.contentX, toY = view.contentY;
        glideX.from = fromX; glideX.to = toX;
        glideY.from = fromY; glideY.to = toY;
        glide.start();
    }
    ParallelAnimation {
        id: glide
        NumberAnimation { id: glideX; target: view; property: "contentX"; duration: 600; easing.type: Easing.InOutCubic }
        NumberAnimation { id: glideY; target: view; property: "contentY"; duration: 600; easing.type: Easing.InOutCubic }
    }
    onFollowLiveChanged: if (followLive) follow(); else view.fitToView()

    // A screen that is a separate X screen (not a part of one desktop) needs a new native
    // window, which Qt leaves hidden: show it again, in the same full-screen state.
    function moveToScreen(target) {
        const fullScreen = visibility === Window.FullScreen;
        hide();
        screen = target;
        if (fullScreen)
            showFullScreen();
        else
            show();
        requestActivate();
    }

    Shortcut {
        sequence: "F11"
        onActivated: caster.visibility = caster.visibility === Window.FullScreen ? Window.Windowed : Window.FullScreen
    }
    Shortcut {
        sequence: "Esc"
        onActivated: caster.visibility = Window.Windowed
    }

    Item {
        id: content
        anchors.fill: parent
        anchors.leftMargin: caster.width * caster.safeArea / 100
        anchors.rightMargin: caster.width * caster.safeArea / 100
        anchors.topMargin: caster.height * caster.safeArea / 100
        anchors.bottomMargin: caster.height * caster.safeArea / 100

        ColumnLayout {
            anchors.fill: parent
            spacing: Kirigami.Units.gridUnit

            // The venue's band: event and phase, in the accent colour.
            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: 64
                radius: 6
                color: caster.accent
                Text {
                    anchors.right: parent.right
                    anchors.rightMargin: 24
                    anchors.verticalCenter: parent.verticalCenter
                    text: AppSettings.badgeVenueName
                    color: Theme.textOnColour
                    opacity: 0.85
                    font.pixelSize: 24
                }
                Column {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.leftMargin: 24
                    anchors.rightMargin: 320
                    anchors.verticalCenter: parent.verticalCenter
                    Text {
                        objectName: "casterTitle"
                        width: parent.width
                        text: caster.eventName.length > 0 ? caster.eventName : qsTr("Omnium")
                        color: Theme.textOnColour
                        font.pixelSize: 28
                        font.weight: Font.Bold
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: 16
                    }
                    Text {
                        width: parent.width
                        visible: brackets.bracket.title.length > 0 && brackets.phaseNames.length > 1
                        text: brackets.bracket.title
                        color: Theme.textOnColour
                        opacity: 0.85
                        font.pixelSize: 16
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: 10
                    }
                }
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Kirigami.Units.gridUnit

                Rectangle {
                    visible: caster.mode === "bracket"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    color: "transparent"
                    clip: true
                    BracketView {
                        id: view
                        objectName: "casterBracket"
                        anchors.fill: parent
                        bracket: brackets.bracket
                        boxColour: caster.panel
                        textColour: caster.ink
                        lineColour: Theme.stageLine(caster.theme)
                        accentColour: caster.accent
                        onWidthChanged: caster.followLive ? caster.follow() : fitToView()
                    }
                }

                // Now playing: the stream station's match with its live score (TournamentLive's
                // one "on stream" row: a finished match is never shown as playing).
                Rectangle {
                    objectName: "nowPlaying"
                    visible: caster.mode === "nowplaying" || caster.mode === "panels"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    radius: 8
                    color: caster.panel
                    clip: true
                    ColumnLayout {
                        anchors.fill: parent
                        anchors.margins: 32
                        spacing: 12
                        Repeater {
                            model: TournamentLive.onStream
                            delegate: ColumnLayout {
                                id: playing
                                required property int index
                                required property string side1
                                required property string side2
                                required property string side1Team
                                required property string side2Team
                                required property int score1
                                required property int score2
                                required property bool lobby
                                required property string event
                                required property string round
                                required property int bestOf
                                required property string station
                                objectName: "nowPlaying" + playing.index
                                Layout.fillWidth: true
                                spacing: 12
                                Text {
                                    text: qsTr("Now playing") + (playing.station.length > 0 ? " · " + playing.station : "")
                                    color: caster.accentOnPanel
                                    font.pixelSize: 28
                                    font.weight: Font.Bold
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                }
                                Text {
                                    text: [playing.event, playing.round, qsTr("Best of %1").arg(playing.bestOf)].join(" · ")
                                    color: caster.ink
                                    opacity: 0.75
                                    font.pixelSize: 24
                                    fontSizeMode: Text.HorizontalFit
                                    minimumPixelSize: 14
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                }
                                Repeater {
                                    // [name, games won (-1: none), the team a player plays for]
                                    model: playing.lobby ? [[playing.side1, -1, ""]]
                                                         : [[playing.side1 || qsTr("TBD"), playing.score1, playing.side1Team],
                                                            [playing.side2 || qsTr("TBD"), playing.score2, playing.side2Team]]
                                    delegate: RowLayout {
                                        id: side
                                        required property var modelData
                                        objectName: "nowPlayingSide"
                                        Layout.fillWidth: true
                                        ColumnLayout {
                                            Layout.fillWidth: true
                                            spacing: 0
                                            Text {
                                                text: side.modelData[0]
                                                color: caster.ink
                                                font.pixelSize: 52
                                                font.weight: Font.Bold
                                                fontSizeMode: Text.HorizontalFit
                                                minimumPixelSize: 28
                                                elide: Text.ElideRight
                                                Layout.fillWidth: true
                                            }
                                            Text {
                                                objectName: "nowPlayingTeam"
                                                visible: text.length > 0
                                                text: side.modelData[2]
                                                color: caster.ink
                                                opacity: 0.6
                                                font.pixelSize: 26
                                                fontSizeMode: Text.HorizontalFit
                                                minimumPixelSize: 14
                                                elide: Text.ElideRight
                                                Layout.fillWidth: true
                                            }
                                        }
                                        Text {
                                            visible: side.modelData[1] >= 0
                                            text: String(side.modelData[1])
                                            color: caster.accentOnPanel
                                            font.pixelSize: 64
                                            font.weight: Font.Black
                                            horizontalAlignment: Text.AlignRight
                                        }
                                    }
                                }
                            }
                        }
                        Text {
                            visible: TournamentLive.onStream.count === 0
                            text: qsTr("Now playing")
                            color: caster.accentOnPanel
                            font.pixelSize: 28
                            font.weight: Font.Bold
                        }
                        Text {
                            objectName: "nothingOnStream"
                            visible: TournamentLive.onStream.count === 0
                            text: qsTr("No match on stream right now")
                            color: caster.ink
                            opacity: 0.6
                            font.pixelSize: 30
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Item { Layout.fillHeight: true }
                    }
                }

                // Up next: called matches first, then the next ready ones.
                Rectangle {
                    objectName: "upNext"
                    visible: caster.mode === "upnext" || caster.mode === "panels"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    radius: 8
                    color: caster.panel
                    ColumnLayout {
                        id: upNextColumn
                        // Rows of one height, as many as the panel holds (six at most): a row
                        // is shown whole or not at all, never cut at the panel's edge.
                        readonly property int rowHeight: 80
                        readonly property int rows: Math.max(0, Math.min(6, Math.floor(
                            (height - upNextHeading.height - spacing) / (rowHeight + spacing))))
                        anchors.fill: parent
                        anchors.margins: 32
                        spacing: 14
                        Text {
                            id: upNextHeading
                            text: qsTr("Up next")
                            color: caster.accentOnPanel
                            font.pixelSize: 28
                            font.weight: Font.Bold
                        }
                        // The first of the one "up next" list every screen shows.
                        Repeater {
                            model: TournamentLive.upNext
                            delegate: ColumnLayout {
                                id: next
                                required property int index
                                required property string side1
                                required property string side2
                                required property bool lobby
                                required property string event
                                required property string round
                                required property string station
                                required property int matchState
                                objectName: "upNext" + next.index
                                visible: next.index < upNextColumn.rows
                                Layout.fillWidth: true
                                Layout.preferredHeight: upNextColumn.rowHeight
                                spacing: 0
                                // Long names and rounds shrink to the panel's width (half the
                                // window beside "now playing") rather than lose their end.
                                Text {
                                    text: next.lobby ? next.side1
                                        : (next.side1 || qsTr("TBD")) + "  " + qsTr("vs") + "  " + (next.side2 || qsTr("TBD"))
                                    color: caster.ink
                                    font.pixelSize: 34
                                    font.weight: Font.DemiBold
                                    fontSizeMode: Text.HorizontalFit
                                    minimumPixelSize: 20
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                }
                                Text {
                                    text: [next.event, next.round, next.station,
                                           next.matchState === 2 ? qsTr("called") : ""]
                                          .filter(part => part.length > 0).join(" · ")
                                    color: caster.ink
                                    opacity: 0.7
                                    font.pixelSize: 22
                                    fontSizeMode: Text.HorizontalFit
                                    minimumPixelSize: 14
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                }
                            }
                        }
                        Text {
                            objectName: "nothingWaiting"
                            visible: TournamentLive.upNext.count === 0
                            text: qsTr("Nothing waiting")
                            color: caster.ink
                            opacity: 0.6
                            font.pixelSize: 30
                        }
                        Item { Layout.fillHeight: true }
                    }
                }
            }

            // The match states as the bracket colours them (disputed included), readable from the hall.
            MatchStateLegend {
                objectName: "casterLegend"
                visible: caster.mode === "bracket"
                states: brackets.stateLegend
                textColour: caster.ink
                pixelSize: 18
                spacing: 24
                Layout.alignment: Qt.AlignHCenter
            }
        }
    }

    // The caster's controls: shown while the mouse moves, hidden after three seconds.
    HoverHandler {
        id: hover
        onPointChanged: { controls.opacity = 1; hideTimer.restart(); }
    }
    // Running from the start and again when the mouse leaves the controls: they hide even
    // if the mouse never moves over the window (a capture must not show them).
    Timer {
        id: hideTimer
        interval: 3000
        running: true
        onTriggered: if (!controlsHover.hovered) controls.opacity = 0
    }
    Pane {
        id: controls
        objectName: "casterControls"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 12
        opacity: 1
        visible: opacity > 0
        Behavior on opacity { NumberAnimation { duration: 250 } }
        HoverHandler {
            id: controlsHover
            onHoveredChanged: if (!hovered) hideTimer.restart()
        }
        width: Math.min(controlRow.naturalWidth, caster.width - 24) + leftPadding + rightPadding

        // One row when the window is wide enough, wrapped in a small window.
        Flow {
            id: controlRow
            readonly property real naturalWidth: {
                let sum = -spacing;
                for (const child of children) {
                    if (child.visible)
                        sum += child.implicitWidth + spacing;
                }
                return sum;
            }
            width: controls.availableWidth
            spacing: Kirigami.Units.gridUnit
            // What is shown and where, each choice with its label.
            Kirigami.FormLayout {
                id: showForm
                objectName: "casterShowForm"
                twinFormLayouts: [lookForm]
                ComboBox {
                    objectName: "casterScreen"
                    Kirigami.FormData.label: qsTr("Screen")
                    Accessible.name: qsTr("Screen")
                    implicitContentWidthPolicy: ComboBox.WidestText
                    // Numbered: two screens can have the same name (two identical monitors).
                    model: Qt.application.screens.map((screen, index) => qsTr("Screen %1: %2 (%3×%4)")
                                                      .arg(index + 1).arg(screen.name).arg(screen.width).arg(screen.height))
                    onActivated: index => caster.moveToScreen(Qt.application.screens[index])
                }
                ComboBox {
                    objectName: "casterMode"
                    Kirigami.FormData.label: qsTr("Show")
                    Accessible.name: qsTr("Show")
                    implicitContentWidthPolicy: ComboBox.WidestText
                    textRole: "text"
                    valueRole: "value"
                    model: [
                        {text: qsTr("Bracket"), value: "bracket"},
                        {text: qsTr("Now playing"), value: "nowplaying"},
                        {text: qsTr("Up next"), value: "upnext"},
                        {text: qsTr("Now playing and up next"), value: "panels"}
                    ]
                    onActivated: caster.mode = currentValue
                }
                ComboBox {
                    Kirigami.FormData.label: qsTr("Phase")
                    Accessible.name: qsTr("Phase")
                    visible: brackets.phaseNames.length > 1
                    implicitContentWidthPolicy: ComboBox.WidestText
                    model: brackets.phaseNames
                    onActivated: index => brackets.phaseIndex = index
                }
                CheckBox {
                    text: qsTr("Follow live")
                    checked: caster.followLive
                    onToggled: caster.followLive = checked
                }
            }
            Kirigami.FormLayout {
                id: lookForm
                objectName: "casterLookForm"
                twinFormLayouts: [showForm]
                ComboBox {
                    objectName: "casterTheme"
                    Kirigami.FormData.label: qsTr("Background")
                    Accessible.name: qsTr("Background")
                    implicitContentWidthPolicy: ComboBox.WidestText
                    textRole: "text"
                    valueRole: "value"
                    model: [
                        {text: qsTr("Dark"), value: "dark"},
                        {text: qsTr("Light"), value: "light"},
                        {text: qsTr("Chroma green"), value: "green"},
                        {text: qsTr("Chroma magenta"), value: "magenta"}
                    ]
                    onActivated: caster.theme = currentValue
                }
                SpinBox {
                    Kirigami.FormData.label: qsTr("Safe area")
                    Accessible.name: qsTr("Safe area")
                    from: 0
                    to: 15
                    value: caster.safeArea
                    onValueModified: caster.safeArea = value
                    textFromValue: value => value + " %"
                }
                // The stream overlays (OBS browser sources) can be switched on from here too.
                CheckBox {
                    objectName: "overlaySwitch"
                    text: qsTr("Stream overlays")
                    checked: AppSettings.overlayEnabled
                    onToggled: AppSettings.overlayEnabled = checked
                }
            }
            ColumnLayout {
                Button {
                    Layout.fillWidth: true
                    text: caster.visibility === Window.FullScreen ? qsTr("Leave full screen") : qsTr("Full screen")
                    onClicked: caster.visibility = caster.visibility === Window.FullScreen ? Window.Windowed : Window.FullScreen
                }
                Button {
                    Layout.fillWidth: true
                    visible: OverlayServer.running
                    text: qsTr("Copy scoreboard URL")
                    onClicked: OverlayServer.copyPageUrl(OverlayServer.pageUrls.findIndex(url => url.indexOf("/scoreboard") >= 0))
                }
                Button {
                    Layout.fillWidth: true
                    text: qsTr("Close")
                    onClicked: caster.close()
                }
            }
        }
    }
}