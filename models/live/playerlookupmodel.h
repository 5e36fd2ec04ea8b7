// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowlistmodel.h"
#include "schedule/livematch.h"

class SchedulerController;

// One row of the help desk's answer: a player and one match they have left (or none).
struct PlayerLookupRow {
    qint64 playerId = 0;
    QString player; // "Tag · Name"
    bool firstOfPlayer = false; // the player's first row: the page writes the player above it
    LiveMatch match; // matchId 0: no match left today
    QString opponent;
    bool operator==(const PlayerLookupRow &) const = default;
};

// The help desk's question, "when and where do I play next?": the players whose tag or name
// holds `text`, each followed by every match they have left in every event, soonest first.
// TournamentLive searches again after every change of the day.
class PlayerLookupModel : public RowListModel<PlayerLookupRow>
{
    Q_OBJECT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(int playerCount READ playerCount NOTIFY countChanged)

public:
    enum Role {
        PlayerIdRole = Qt::UserRole + 1, ///< the player's id (qint64)
        PlayerRole, ///< "Tag · Name"
        FirstOfPlayerRole, ///< the first row of this player
        MatchIdRole, ///< the match's id; 0 when the player has no match left
        EventRole, ///< the event's name
        RoundRole, ///< the round's name
        StationRole, ///< where it is or is expected to be played; empty: not decided yet
        TimeTextRole, ///< expected start, "14:05"; empty when unknown
        StateRole, ///< ScheduleMatch::State as an int (2 called, 3 in progress)
        StateTextRole, ///< the state as the help desk says it ("called now")
        OpponentRole, ///< whom the player meets there, "TBD" while unknown
    };
    Q_ENUM(Role)

    static constexpr int maxPlayers = 30;

    explicit PlayerLookupModel(const SchedulerController &scheduler, QObject *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    int playerCount() const;
    // Searches again (the day changed).
    void refresh();

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void textChanged();

private:
    const SchedulerController &m_scheduler;
    QString m_text;
};
