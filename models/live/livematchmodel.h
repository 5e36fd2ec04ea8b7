// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowlistmodel.h"
#include "schedule/livematch.h"

// A list of live matches (up next, now playing, waiting, the stream queue) as every page, the
// caster window and the overlays show it. The rows are LiveMatch values the scheduler built;
// TournamentLive replaces them after every change of the day.
class LiveMatchModel : public RowListModel<LiveMatch>
{
    Q_OBJECT

public:
    enum Role {
        MatchIdRole = Qt::UserRole + 1, ///< the match's id (qint64)
        EventIdRole, ///< its event's id
        EventRole, ///< the event's name
        RoundRole, ///< the round's name ("Winners semi-final"), MatchPresenter's words
        BestOfRole, ///< games in the match (1, 3, 5…)
        StateRole, ///< ScheduleMatch::State as an int (1 ready, 2 called, 3 in progress)
        StationIdRole, ///< the station it is on or expected on, 0 if none
        StationRole, ///< that station's name ("Station 4"), empty if none
        StreamRole, ///< that station is the stream station
        TimeRole, ///< the expected start (the call time once called), QDateTime UTC
        TimeTextRole, ///< the same as the screens write it, "14:05"; empty when unknown
        Side1Role, ///< first side's name, empty while unknown (a lobby: "8 entrants")
        Side2Role, ///< second side's name, empty while unknown or for a lobby
        Side1TeamRole, ///< the team the first side's player plays for; empty for a team entrant
        Side2TeamRole, ///< the same for the second side
        Score1Role, ///< games the first side has won
        Score2Role, ///< games the second side has won
        LabelRole, ///< "Event · Round · A vs B"
        HeldRole, ///< held back by the organiser
        StreamQueuedRole, ///< in the stream station's queue
        LobbyRole, ///< a free-for-all lobby (no two sides)
        PinnedStationRole, ///< the station it was put on while waiting; empty: anywhere
    };
    Q_ENUM(Role)

    using RowListModel::RowListModel;

    void setMatches(QList<LiveMatch> matches);
    // The row of a match, -1 when not listed.
    Q_INVOKABLE int rowOf(qint64 matchId) const;

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
};
