// SPDX-License-Identifier: GPL-3.0-or-later
#include "stationboardmodel.h"

#include "core/clock.h"
#include "matchdispatcher.h"

using namespace Qt::StringLiterals;

StationBoardModel::StationBoardModel(const MatchDispatcher &dispatcher, QObject *parent)
    : QAbstractListModel(parent)
    , m_dispatcher(dispatcher)
    , m_label([](const ScheduleMatch &m) { return u"#%1"_s.arg(m.id); })
{ }

void StationBoardModel::setLabelFunction(LabelFunction label)
{
    m_label = std::move(label);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {MatchLabelRole, NextMatchLabelRole});
}

void StationBoardModel::refresh(const ScheduleEstimate &estimate)
{
    m_now = MatchDispatcher::fromDateTime(m_dispatcher.clock().now());
    QList<Row> rows;
    QHash<qint64, qsizetype> rowOfStation;
    for (const ScheduleStation &station : m_dispatcher.stations()) {
        rowOfStation.insert(station.id, rows.size());
        rows.append({station.id, 0, NoScheduleTime});
    }
    for (auto it = estimate.matches.cbegin(); it != estimate.matches.cend(); ++it) {
        const ScheduleMatch *m = m_dispatcher.match(it.key());
        if (!m || it->past || m->isOnStation() || m->state == ScheduleMatch::State::Completed)
            continue;
        const qsizetype r = rowOfStation.value(it->stationId, -1);
        if (r < 0)
            continue;
        Row &row = rows[r];
        if (row.nextMatchId == 0 || it->start < row.nextStart
            || (it->start == row.nextStart && it.key() < row.nextMatchId)) {
            row.nextMatchId = it.key();
            row.nextStart = it->start;
        }
    }
    const bool sameStations = rows.size() == m_rows.size()
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
            [](const Row &a, const Row &b) { return a.stationId == b.stationId; });
    if (!sameStations) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    m_rows = rows;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
}

QString StationBoardModel::label(qint64 matchId) const
{
    const ScheduleMatch *m = matchId ? m_dispatcher.match(matchId) : nullptr;
    return m ? m_label(*m) : QString();
}

int StationBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant StationBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const ScheduleStation *station = m_dispatcher.station(row.stationId);
    if (!station)
        return {};
    const qint64 matchId = m_dispatcher.currentMatchId(row.stationId);
    const ScheduleMatch *m = matchId ? m_dispatcher.match(matchId) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return station->name;
    case StationIdRole:
        return station->id;
    case GamesRole:
        return station->games;
    case StreamRole:
        return station->stream;
    case AvailableRole:
        return station->available;
    case MatchIdRole:
        return matchId;
    case MatchLabelRole:
        return label(matchId);
    case MatchStateRole:
        return m ? int(m->state) : -1;
    case CalledAtRole:
        return m ? MatchDispatcher::toDateTime(m->calledAt) : QDateTime();
    case ElapsedSecsRole: {
        if (!m)
            return 0;
        const ScheduleTime since = m->startedAt != NoScheduleTime ? m->startedAt : m->calledAt;
        return qint64(std::max<qint64>(0, m_now - since));
    }
    case NextMatchIdRole:
        return row.nextMatchId;
    case NextMatchLabelRole:
        return label(row.nextMatchId);
    case NextStartRole:
        return MatchDispatcher::toDateTime(row.nextStart);
    default:
        return {};
    }
}

QHash<int, QByteArray> StationBoardModel::roleNames() const
{
    return {{StationIdRole, "stationId"}, {NameRole, "name"}, {GamesRole, "games"}, {StreamRole, "stream"},
        {AvailableRole, "available"}, {MatchIdRole, "matchId"}, {MatchLabelRole, "matchLabel"},
        {MatchStateRole, "matchState"}, {CalledAtRole, "calledAt"}, {ElapsedSecsRole, "elapsedSecs"},
        {NextMatchIdRole, "nextMatchId"}, {NextMatchLabelRole, "nextMatchLabel"}, {NextStartRole, "nextStart"}};
}
