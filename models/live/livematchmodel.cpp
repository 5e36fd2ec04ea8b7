// SPDX-License-Identifier: GPL-3.0-or-later
#include "livematchmodel.h"

void LiveMatchModel::setMatches(QList<LiveMatch> matches)
{
    replaceRows(std::move(matches), [](const LiveMatch &match) { return match.matchId; });
}

int LiveMatchModel::rowOf(qint64 matchId) const
{
    const auto found = std::ranges::find(rows(), matchId, &LiveMatch::matchId);
    return found == rows().cend() ? -1 : int(found - rows().cbegin());
}

QVariant LiveMatchModel::data(const QModelIndex &index, int role) const
{
    const LiveMatch *match = rowAt(index);
    if (!match)
        return {};
    switch (Role(role)) {
    case MatchIdRole:
        return match->matchId;
    case EventIdRole:
        return match->eventId;
    case EventRole:
        return match->eventName;
    case RoundRole:
        return match->roundName;
    case BestOfRole:
        return match->bestOf;
    case StateRole:
        return int(match->state);
    case StationIdRole:
        return match->stationId;
    case StationRole:
        return match->stationName;
    case StreamRole:
        return match->stream;
    case TimeRole:
        return match->expectedStart;
    case TimeTextRole:
        return match->timeText();
    case Side1Role:
        return match->sides[0].name;
    case Side2Role:
        return match->sides[1].name;
    case Side1TeamRole:
        return match->sides[0].team;
    case Side2TeamRole:
        return match->sides[1].team;
    case Score1Role:
        return match->sides[0].score;
    case Score2Role:
        return match->sides[1].score;
    case LabelRole:
        return match->label;
    case HeldRole:
        return match->held;
    case StreamQueuedRole:
        return match->streamQueued;
    case LobbyRole:
        return match->isLobby();
    case PinnedStationRole:
        return match->pinnedStation;
    }
    return {};
}

QHash<int, QByteArray> LiveMatchModel::roleNames() const
{
    return {{MatchIdRole, "matchId"}, {EventIdRole, "eventId"}, {EventRole, "event"}, {RoundRole, "round"},
        {BestOfRole, "bestOf"}, {StateRole, "matchState"}, {StationIdRole, "stationId"}, {StationRole, "station"},
        {StreamRole, "stream"}, {TimeRole, "time"}, {TimeTextRole, "timeText"}, {Side1Role, "side1"},
        {Side2Role, "side2"}, {Side1TeamRole, "side1Team"}, {Side2TeamRole, "side2Team"}, {Score1Role, "score1"},
        {Score2Role, "score2"}, {LabelRole, "label"}, {HeldRole, "held"}, {StreamQueuedRole, "streamQueued"},
        {LobbyRole, "lobby"}, {PinnedStationRole, "pinnedStation"}};
}
