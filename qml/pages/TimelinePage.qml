// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Omnium

// The day as a Gantt chart: one lane per station, played matches with their real times and
// the rest where the dispatcher expects them; each event's projected end and delay on top.
Kirigami.Page {
    id: page

    title: qsTr("Timeline")
    header: ToolBar {
        visible: Scheduler.tournamentName.length > 0
        // In line with the title above and the page below.
        leftPadding: page.leftPadding
        rightPadding: page.rightPadding
        contentItem: RowLayout {
            Label {
                Layout.fillWidth: true
                text: Scheduler.tournamentName
                elide: Text.ElideRight
            }
        }
    }

    readonly property real pixelsPerMinute: 4
    readonly property real laneHeight: Kirigami.Units.gridUnit * 2.5
    readonly property real gutter: 120
    readonly property var startTime: TournamentLive.timeline.start
    readonly property var eventPalette: Theme.seriesColours

    property var now: new Date()
    Timer {
        interval: 30000
        running: true
        repeat: true
        onTriggered: page.now = new Date()
    }

    function xOf(time: var): real {
        if (!time || !page.startTime)
            return 0;
        return (time.getTime() - page.startTime.getTime()) / 60000 * page.pixelsPerMinute;
    }
    // The longest of a bar's label, the label without its event (the bar's colour says
    // it), or its players alone that fits in this width; nothing when none does.
    FontMetrics {
        id: barFont
        font.pointSize: Kirigami.Theme.smallFont.pointSize
    }
    function fitted(label: string, width: real): string {
        const parts = label.split(" · ");
        const tries = [label, parts.slice(1).join(" · "), parts[parts.length - 1]];
        for (const text of tries) {
            if (text.length > 0 && barFont.advanceWidth(text) <= width)
                return text;
        }
        return "";
    }
    function eventColor(eventId: var): color {
        const row = TournamentLive.events.rowOf(eventId);
        return row < 0 ? Kirigami.Theme.disabledTextColor : page.eventPalette[row % page.eventPalette.length];
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Kirigami.Units.largeSpacing

        Flow {
            Layout.fillWidth: true
            spacing: Kirigami.Units.largeSpacing
            Repeater {
                model: TournamentLive.events
                delegate: RowLayout {
                    id: eventChip
                    required property var eventId
                    required property string name
                    required property string projectedEnd
                    required property int delayMinutes
                    required property int remaining
                    required property int total
                    spacing: Kirigami.Units.mediumSpacing
                    Rectangle {
                        width: Kirigami.Units.gridUnit * 0.8
                        height: Kirigami.Units.gridUnit * 0.8
                        radius: 3
                        color: page.eventColor(eventChip.eventId)
                    }
                    Kirigami.Heading {
                        level: 4
                        text: eventChip.name + " · "
                              + (eventChip.projectedEnd ? qsTr("ends about %1").arg(eventChip.projectedEnd) : qsTr("no match scheduled"))
                              + (eventChip.delayMinutes > 0 ? " · " + qsTr("%n minute(s) behind", "", eventChip.delayMinutes) : "")
                              + " · " + qsTr("%1 of %2 matches left").arg(eventChip.remaining).arg(eventChip.total)
                        color: eventChip.delayMinutes > 0 ? Kirigami.Theme.negativeTextColor : Kirigami.Theme.textColor
                    }
                }
            }
        }

        // Nothing planned yet: say what the chart needs, and open the page that gives it.
        PagePlaceholder {
            objectName: "emptyTimeline"
            visible: !chart.visible
            Layout.fillWidth: true
            Layout.fillHeight: true
            iconName: "view-calendar-timeline"
            text: TournamentLive.stations.count === 0 ? qsTr("No station yet") : qsTr("No match to plan yet")
            explanation: TournamentLive.stations.count === 0
                         ? qsTr("The timeline shows one lane per station: set up the stations first.")
                         : qsTr("Matches appear here once an event's bracket is created.")
            actionText: TournamentLive.stations.count === 0 ? qsTr("Open Stations") : qsTr("Open Brackets")
            targetPage: TournamentLive.stations.count === 0 ? "StationsPage" : "BracketPage"
        }

        Flickable {
            id: chart
            visible: TournamentLive.timeline.stationCount > 0 && !isNaN(page.startTime)
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentWidth: page.gutter + page.xOf(TournamentLive.timeline.end) + 200
            contentHeight: Math.max(1, TournamentLive.timeline.stationCount) * page.laneHeight + 30
            ScrollBar.horizontal: ScrollBar {}
            ScrollBar.vertical: ScrollBar {}

            // Hours along the top.
            Repeater {
                model: page.startTime ? Math.ceil(page.xOf(TournamentLive.timeline.end) / (60 * page.pixelsPerMinute)) + 2 : 0
                delegate: Item {
                    id: hourMark
                    required property int index
                    readonly property var at: new Date(Math.ceil(page.startTime.getTime() / 3600000) * 3600000 + hourMark.index * 3600000)
                    x: page.gutter + page.xOf(hourMark.at)
                    width: 1
                    height: chart.contentHeight
                    Kirigami.Separator {
                        anchors.fill: parent
                        opacity: 0.4
                    }
                    Label {
                        x: 4
                        text: TournamentLive.timeText(hourMark.at)
                        font.pointSize: Kirigami.Theme.smallFont.pointSize
                        opacity: 0.7
                    }
                }
            }

            // Now.
            Rectangle {
                visible: !!page.startTime
                x: page.gutter + page.xOf(page.now)
                y: 0
                width: 2
                height: chart.contentHeight
                color: Kirigami.Theme.negativeTextColor
                z: 2
            }

            Repeater {
                model: TournamentLive.stations
                delegate: Kirigami.Heading {
                    id: lane
                    required property int index
                    required property string name
                    required property bool available
                    x: 4
                    y: 24 + lane.index * page.laneHeight
                    width: page.gutter - 8
                    height: page.laneHeight
                    verticalAlignment: Text.AlignVCenter
                    elide: Text.ElideRight
                    level: 4
                    font.weight: Font.DemiBold
                    text: lane.name
                    opacity: lane.available ? 1 : 0.4
                }
            }

            // Each lane takes a dragged match: put on that station, or swapped with its match.
            Repeater {
                model: TournamentLive.stations
                delegate: StationDropArea {
                    id: laneDrop
                    required property int index
                    x: 0
                    y: 24 + laneDrop.index * page.laneHeight
                    width: chart.contentWidth
                    height: page.laneHeight
                }
            }

            Repeater {
                model: TournamentLive.timeline
                delegate: Rectangle {
                    id: bar
                    required property var matchId
                    required property var eventId
                    required property string label
                    required property int stationRow
                    required property var start
                    required property var end
                    required property bool past
                    required property int matchState
                    visible: bar.stationRow >= 0
                    x: page.gutter + page.xOf(bar.start)
                    y: 24 + bar.stationRow * page.laneHeight + 3
                    width: Math.max(4, page.xOf(bar.end) - page.xOf(bar.start) - 2)
                    height: page.laneHeight - 6
                    radius: 4
                    color: page.eventColor(bar.eventId)
                    opacity: bar.past ? 0.45 : (bar.matchState >= 2 ? 1 : 0.75)
                    border.width: bar.matchState >= 2 && !bar.past ? 2 : 0
                    border.color: Theme.textOnColour
                    Accessible.name: bar.label
                    Label {
                        anchors.fill: parent
                        anchors.margins: 4
                        // What fits of the label; the whole of it is in the tool tip.
                        text: page.fitted(bar.label, width)
                        color: Theme.textOnColour
                        font.pointSize: Kirigami.Theme.smallFont.pointSize
                        elide: Text.ElideRight
                        verticalAlignment: Text.AlignVCenter
                    }
                    ToolTip.visible: barHover.hovered
                    ToolTip.text: bar.label + "\n" + TournamentLive.timeText(bar.start) + " – " + TournamentLive.timeText(bar.end)
                    HoverHandler {
                        id: barHover
                    }
                    // A match still to play (not started) can be dragged onto another lane.
                    MatchDragHandler {
                        enabled: !bar.past && bar.matchState !== 3 && bar.matchId > 0
                        matchId: bar.matchId
                        text: bar.label
                        ghost: dragGhost
                    }
                }
            }
        }
    }

    MatchDragGhost {
        id: dragGhost
    }
}
