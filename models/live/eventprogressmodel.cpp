// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventprogressmodel.h"

using Progress = SchedulerController::EventProgress;

void EventProgressModel::setEvents(QList<Progress> events)
{
    replaceRows(std::move(events), [](const Progress &event) { return event.eventId; });
}

int EventProgressModel::rowOf(qint64 eventId) const
{
    const auto found = std::ranges::find(rows(), eventId, &Progress::eventId);
    return found == rows().cend() ? -1 : int(found - rows().cbegin());
}

QVariant EventProgressModel::data(const QModelIndex &index, int role) const
{
    const Progress *event = rowAt(index);
    if (!event)
        return {};
    switch (Role(role)) {
    case EventIdRole:
        return event->eventId;
    case NameRole:
        return event->name;
    case GameRole:
        return event->game;
    case ProjectedEndRole:
        return event->projectedEnd;
    case PlannedEndRole:
        return event->plannedEnd;
    case DelayMinutesRole:
        return event->delayMinutes;
    case UnscheduledRole:
        return event->unscheduled;
    case RemainingRole:
        return event->remaining;
    case TotalRole:
        return event->total;
    }
    return {};
}

QHash<int, QByteArray> EventProgressModel::roleNames() const
{
    return {{EventIdRole, "eventId"}, {NameRole, "name"}, {GameRole, "game"}, {ProjectedEndRole, "projectedEnd"},
        {PlannedEndRole, "plannedEnd"}, {DelayMinutesRole, "delayMinutes"}, {UnscheduledRole, "unscheduled"},
        {RemainingRole, "remaining"}, {TotalRole, "total"}};
}
