// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scheduleestimate.h"

#include <QAbstractListModel>
#include <QDateTime>

#include <functional>

class MatchDispatcher;
struct ScheduleMatch;

// The timeline (Gantt) of stations × time: one row per match that has a place on it, past ones
// with their real times and the rest as estimated, plus each event's projected end and delay.
// Rows stay in match id order so a refresh only changes data, not rows, while the day goes on.
class ScheduleTimelineModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QDateTime start READ start NOTIFY refreshed)
    Q_PROPERTY(QDateTime end READ end NOTIFY refreshed)
    Q_PROPERTY(int stationCount READ stationCount NOTIFY refreshed)

public:
    enum Role {
        MatchIdRole = Qt::UserRole + 1, ///< match id (qint64)
        EventIdRole, ///< its event
        LabelRole, ///< the match as the label function writes it
        StationIdRole, ///< where it was or is expected to be played
        StationRowRole, ///< that station's position among the stations (the Gantt lane)
        StartRole, ///< call time, real or estimated (QDateTime, UTC)
        EndRole, ///< end time, real or estimated (QDateTime, UTC)
        PastRole, ///< true when completed: real times
        StateRole, ///< ScheduleMatch::State as an int
        FeaturedRole, ///< on the stream
    };
    Q_ENUM(Role)

    using LabelFunction = std::function<QString(const ScheduleMatch &)>;

    explicit ScheduleTimelineModel(const MatchDispatcher &dispatcher, QObject *parent = nullptr);

    void setLabelFunction(LabelFunction label);
    void refresh(const ScheduleEstimate &estimate);

    QDateTime start() const; // earliest bar
    QDateTime end() const; // latest bar: the projected end of the day
    int stationCount() const;
    Q_INVOKABLE QDateTime projectedEnd(qint64 eventId) const;
    // Minutes behind the event's planned end (negative: ahead); 0 without a plan.
    Q_INVOKABLE int delayMinutes(qint64 eventId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void refreshed();

private:
    const MatchDispatcher &m_dispatcher;
    LabelFunction m_label;
    QList<qint64> m_matchIds; // sorted
    ScheduleEstimate m_estimate;
    QHash<qint64, int> m_stationRows;
};
