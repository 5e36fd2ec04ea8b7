// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduletimelinemodel.h"

#include "matchdispatcher.h"

#include <algorithm>

using namespace Qt::StringLiterals;

ScheduleTimelineModel::ScheduleTimelineModel(const MatchDispatcher &dispatcher, QObject *parent)
    : QAbstractListModel(parent)
    , m_dispatcher(dispatcher)
    , m_label([](const ScheduleMatch &m) { return u"#%1"_s.arg(m.id); })
{ }

void ScheduleTimelineModel::setLabelFunction(LabelFunction label)
{
    m_label = std::move(label);
    if (!m_matchIds.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_matchIds.size()) - 1), {LabelRole});
}

void ScheduleTimelineModel::refresh(const ScheduleEstimate &estimate)
{
    QList<qint64> ids = estimate.matches.keys();
    std::sort(ids.begin(), ids.end());
    m_stationRows.clear();
    int row = 0;
    for (const ScheduleStation &station : m_dispatcher.stations())
        m_stationRows.insert(station.id, row++);
    if (ids != m_matchIds) {
        beginResetModel();
        m_matchIds = ids;
        m_estimate = estimate;
        endResetModel();
    } else {
        m_estimate = estimate;
        if (!m_matchIds.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_matchIds.size()) - 1));
    }
    Q_EMIT refreshed();
}

QDateTime ScheduleTimelineModel::start() const
{
    ScheduleTime first = NoScheduleTime;
    for (const ScheduleEstimate::Match &m : m_estimate.matches)
        if (m.start != NoScheduleTime && (first == NoScheduleTime || m.start < first))
            first = m.start;
    return MatchDispatcher::toDateTime(first);
}

QDateTime ScheduleTimelineModel::end() const
{
    return MatchDispatcher::toDateTime(m_estimate.projectedEnd);
}

int ScheduleTimelineModel::stationCount() const
{
    return int(m_stationRows.size());
}

QDateTime ScheduleTimelineModel::projectedEnd(qint64 eventId) const
{
    return MatchDispatcher::toDateTime(m_estimate.events.value(eventId).projectedEnd);
}

int ScheduleTimelineModel::delayMinutes(qint64 eventId) const
{
    return int(m_estimate.events.value(eventId).delaySecs() / 60);
}

int ScheduleTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matchIds.size());
}

QVariant ScheduleTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 id = m_matchIds[index.row()];
    const ScheduleEstimate::Match bar = m_estimate.matches.value(id);
    const ScheduleMatch *m = m_dispatcher.match(id);
    switch (role) {
    case MatchIdRole:
        return id;
    case EventIdRole:
        return m ? m->eventId : 0;
    case Qt::DisplayRole:
    case LabelRole:
        return m ? m_label(*m) : QString();
    case StationIdRole:
        return bar.stationId;
    case StationRowRole:
        return m_stationRows.value(bar.stationId, -1);
    case StartRole:
        return MatchDispatcher::toDateTime(bar.start);
    case EndRole:
        return MatchDispatcher::toDateTime(bar.end);
    case PastRole:
        return bar.past;
    case StateRole:
        return m ? int(m->state) : -1;
    case FeaturedRole:
        return m && m->featured;
    default:
        return {};
    }
}

QHash<int, QByteArray> ScheduleTimelineModel::roleNames() const
{
    return {{MatchIdRole, "matchId"}, {EventIdRole, "eventId"}, {LabelRole, "label"}, {StationIdRole, "stationId"},
        {StationRowRole, "stationRow"}, {StartRole, "start"}, {EndRole, "end"}, {PastRole, "past"},
        {StateRole, "matchState"}, {FeaturedRole, "featured"}};
}
