// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scheduleestimate.h"

#include <QAbstractListModel>
#include <QDateTime>

#include <functional>

class MatchDispatcher;
struct ScheduleMatch;

// The station board run from across the room: each station with what is on it now, for how
// long, and what comes next. Reads the dispatcher; refresh() after every update() and once a
// second for the elapsed times.
class StationBoardModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        StationIdRole = Qt::UserRole + 1, ///< station id (qint64)
        NameRole, ///< station name
        GamesRole, ///< games or platforms hosted (QStringList)
        StreamRole, ///< true for the stream station
        AvailableRole, ///< false while out of order
        MatchIdRole, ///< match called or played here, 0 if free
        MatchLabelRole, ///< that match as the label function writes it
        MatchStateRole, ///< ScheduleMatch::State of that match as an int (2 called, 3 in progress)
        CalledAtRole, ///< when that match was called (QDateTime, UTC)
        ElapsedSecsRole, ///< seconds since it started (since the call while not started)
        NextMatchIdRole, ///< the match expected here next, 0 if none
        NextMatchLabelRole, ///< its label
        NextStartRole, ///< its estimated call time (QDateTime, UTC)
    };
    Q_ENUM(Role)

    // How a match is written on the board; the app passes one that names the players and the
    // round. The default writes "#id".
    using LabelFunction = std::function<QString(const ScheduleMatch &)>;

    explicit StationBoardModel(const MatchDispatcher &dispatcher, QObject *parent = nullptr);

    void setLabelFunction(LabelFunction label);
    // Re-reads the dispatcher, and the next matches from the estimate.
    void refresh(const ScheduleEstimate &estimate);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row {
        qint64 stationId = 0;
        qint64 nextMatchId = 0;
        ScheduleTime nextStart = NoScheduleTime;
    };
    QString label(qint64 matchId) const;

    const MatchDispatcher &m_dispatcher;
    LabelFunction m_label;
    QList<Row> m_rows;
    ScheduleTime m_now = NoScheduleTime;
};
