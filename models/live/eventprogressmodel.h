// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowlistmodel.h"
#include "schedule/schedulercontroller.h"

// Each event of the day against its plan (Stations page, Timeline legend, omnium-cli).
class EventProgressModel : public RowListModel<SchedulerController::EventProgress>
{
    Q_OBJECT

public:
    enum Role {
        EventIdRole = Qt::UserRole + 1, ///< the event's id (qint64)
        NameRole, ///< its name
        GameRole, ///< its game, empty if none
        ProjectedEndRole, ///< when it is expected to end ("21 h 46", "9:46 PM"); empty when unknown
        PlannedEndRole, ///< when it was planned to end, written the same; empty when not set
        DelayMinutesRole, ///< minutes behind its plan (negative: ahead)
        UnscheduledRole, ///< matches the estimate could not fit before the day ends
        RemainingRole, ///< matches not played yet
        TotalRole, ///< matches of the day
    };
    Q_ENUM(Role)

    using RowListModel::RowListModel;

    void setEvents(QList<SchedulerController::EventProgress> events);
    // The row of an event (its colour on the Timeline), -1 when not listed.
    Q_INVOKABLE int rowOf(qint64 eventId) const;

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
};
