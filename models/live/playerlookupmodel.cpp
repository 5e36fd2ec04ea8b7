// SPDX-License-Identifier: GPL-3.0-or-later
#include "playerlookupmodel.h"

#include "live/matchpresenter.h"
#include "schedule/schedulercontroller.h"

PlayerLookupModel::PlayerLookupModel(const SchedulerController &scheduler, QObject *parent)
    : RowListModel(parent)
    , m_scheduler(scheduler)
{ }

void PlayerLookupModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    Q_EMIT textChanged();
    refresh();
}

int PlayerLookupModel::playerCount() const
{
    return int(std::ranges::count_if(rows(), &PlayerLookupRow::firstOfPlayer));
}

void PlayerLookupModel::refresh()
{
    QList<PlayerLookupRow> rows;
    for (const auto &found : m_scheduler.lookup(m_text, maxPlayers)) {
        const QString player = found.name.isEmpty() ? found.tag : found.tag + QStringLiteral(" · ") + found.name;
        if (found.matches.isEmpty())
            rows.append({found.playerId, player, true, {}, {}});
        for (qsizetype i = 0; i < found.matches.size(); ++i)
            rows.append({found.playerId, player, i == 0, found.matches[i].match, found.matches[i].opponent});
    }
    replaceRows(std::move(rows), [](const PlayerLookupRow &row) { return std::pair(row.playerId, row.match.matchId); });
}

QVariant PlayerLookupModel::data(const QModelIndex &index, int role) const
{
    const PlayerLookupRow *row = rowAt(index);
    if (!row)
        return {};
    switch (Role(role)) {
    case PlayerIdRole:
        return row->playerId;
    case PlayerRole:
        return row->player;
    case FirstOfPlayerRole:
        return row->firstOfPlayer;
    case MatchIdRole:
        return row->match.matchId;
    case EventRole:
        return row->match.eventName;
    case RoundRole:
        return row->match.roundName;
    case StationRole:
        return row->match.stationName;
    case TimeTextRole:
        return row->match.timeText();
    case StateRole:
        return int(row->match.state);
    case StateTextRole:
        return row->match.matchId ? MatchPresenter::stateForPlayer(omnium::engine::MatchState(row->match.state))
                                  : QString();
    case OpponentRole:
        return row->opponent;
    }
    return {};
}

QHash<int, QByteArray> PlayerLookupModel::roleNames() const
{
    return {{PlayerIdRole, "playerId"}, {PlayerRole, "player"}, {FirstOfPlayerRole, "firstOfPlayer"},
        {MatchIdRole, "matchId"}, {EventRole, "event"}, {RoundRole, "round"}, {StationRole, "station"},
        {TimeTextRole, "timeText"}, {StateRole, "matchState"}, {StateTextRole, "stateText"},
        {OpponentRole, "opponent"}};
}
