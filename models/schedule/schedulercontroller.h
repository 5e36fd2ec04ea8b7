// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "competition/bracketstore.h"
#include "competition/matchresults.h"
#include "livematch.h"
#include "matchdispatcher.h"
#include "scheduleestimate.h"
#include "scheduletimelinemodel.h"
#include "stationboardmodel.h"
#include "store/store.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>

// Runs the day's schedule of one tournament on top of the store: who plays where and when, for
// every event at once. The store is the truth: inside every command (a result reported anywhere,
// a station added, a manual call) the dispatcher follows the rows the command changed (or reads
// the day again when it cannot) and the calls it decides are written into that same command
// (state 'called', station, times), so an action and the calls it causes undo together. After
// an undo or another desk's change the day is read again; only time (a rest period ending)
// makes calls outside a command, as one of their own. TournamentLive owns it and turns what it
// holds into the models every screen reads.
//
// After an undo (while something can be redone) nothing is called automatically: a new
// command would wipe the redo history, and the organiser is busy going back. Any new action,
// or resumeAutomaticCalls(), ends the pause.
class SchedulerController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(qint64 tournamentId READ tournamentId WRITE setTournamentId NOTIFY tournamentIdChanged)
    Q_PROPERTY(QString tournamentName READ tournamentName NOTIFY scheduleChanged)
    Q_PROPERTY(bool automaticCallsPaused READ automaticCallsPaused NOTIFY scheduleChanged)

public:
    explicit SchedulerController(Store &store, const Clock &clock, QObject *parent = nullptr);
    ~SchedulerController() override;

    // A match as the live screens show it; nullopt when the day does not hold it.
    std::optional<LiveMatch> liveMatch(qint64 matchId) const;
    // Every match on a station now (called or in progress), in station order.
    QList<LiveMatch> nowPlaying() const;
    // Called matches first (the call shows until the match starts), then the matches expected
    // to be called soonest, at most `limit`.
    QList<LiveMatch> upNext(int limit) const;
    // Ready matches not on a station yet, in the order they would be called (for assign/hold).
    QList<LiveMatch> waiting() const;
    // The stream station's queue, in the order it plays it.
    QList<LiveMatch> streamQueue() const;
    // Each event's progress against its plan, in the day's order.
    struct EventProgress {
        qint64 eventId = 0;
        QString name;
        QString game;
        QString projectedEnd; // as the screens write a time (MatchPresenter::timeText), empty when unknown
        QString plannedEnd;
        int delayMinutes = 0;
        int unscheduled = 0; // matches the estimate could not place before the day ends
        int remaining = 0;
        int total = 0;
        bool operator==(const EventProgress &) const = default;
    };
    QList<EventProgress> eventProgress() const;
    const ScheduleEstimate &estimate() const { return m_estimate; }
    const MatchDispatcher &dispatcher() const { return *m_dispatcher; }

    qint64 tournamentId() const { return m_tournamentId; }
    // The tournament's day (local), what times on screens are written against.
    QDate day() const { return m_day; }
    void setTournamentId(qint64 id);
    QString tournamentName() const { return m_tournamentName; }
    StationBoardModel *stationBoard() const { return m_board.get(); }
    ScheduleTimelineModel *timeline() const { return m_timeline.get(); }
    bool automaticCallsPaused() const { return m_paused; }

    // --- Stations -----------------------------------------------------------------------------
    // values: number, name, games (list or comma-separated text), stream (bool)
    Q_INVOKABLE qint64 addStation(const QVariantMap &values);
    Q_INVOKABLE bool updateStation(qint64 stationId, const QVariantMap &values);
    Q_INVOKABLE bool removeStation(qint64 stationId);
    // Out of order (false) sends its match to another station, in the same command.
    Q_INVOKABLE bool setStationAvailable(qint64 stationId, bool available);

    // --- Event settings -------------------------------------------------------------------------
    // {bo1Minutes, bo3Minutes, bo5Minutes, minRestMinutes, noShowMinutes, start, plannedEnd,
    //  breaks: [{start, end}], roundSlots: [{round, at}]}; times as "HH:mm" on the tournament day
    // or ISO date-times.
    Q_INVOKABLE QVariantMap eventSettings(qint64 eventId) const;
    Q_INVOKABLE bool setEventSettings(qint64 eventId, const QVariantMap &settings);

    // --- Manual control: each is one command with the calls it causes ----------------------------
    Q_INVOKABLE bool assign(qint64 matchId, qint64 stationId);
    Q_INVOKABLE bool hold(qint64 matchId, bool held);
    Q_INVOKABLE bool swap(qint64 matchA, qint64 matchB);
    // A match dragged onto a station: swapped with the match on that station if there is one,
    // else put there (assign). The drag and drop of every page goes through here.
    Q_INVOKABLE bool dropMatch(qint64 matchId, qint64 stationId);
    Q_INVOKABLE bool setFeatured(qint64 matchId, bool featured);
    // The stream station plays its queue in order, and nothing else while the queue is not
    // empty (a called or finished match leaves it). Moves a queued match to `position` (0 first).
    Q_INVOKABLE bool moveInStreamQueue(qint64 matchId, int position);
    // Appends the match to the stream station's queue, or takes it out.
    Q_INVOKABLE bool queueForStream(qint64 matchId, bool queued);
    // The station board's call key: the next match expected on this station is called there now.
    Q_INVOKABLE bool callNext(qint64 stationId);
    Q_INVOKABLE bool start(qint64 matchId);
    // The station board's finish key: reports the result (games won by each side, or a best of
    // one's own score) through MatchResults, as the Bracket page does; the freed station gets its
    // next match in the same command.
    Q_INVOKABLE bool finish(qint64 matchId, int score1, int score2);
    Q_INVOKABLE bool forfeit(qint64 matchId, int absentSide);
    // Any result (MatchResults' input); a refusal is sent as error().
    Q_INVOKABLE bool report(qint64 matchId, const QVariantMap &input);
    Q_INVOKABLE void resumeAutomaticCalls();

    // --- Reading ---------------------------------------------------------------------------------
    // The help desk: players whose tag or name matches (at most `limit`, by tag), each with
    // the matches they have left, soonest first, and whom they play there.
    struct PlayerMatches {
        qint64 playerId = 0;
        QString tag;
        QString name;
        struct Next {
            LiveMatch match;
            QString opponent; // the other side's name, "TBD" while unknown
            int side = 0; // the player's side of the match (0 or 1)
        };
        QList<Next> matches;
        QList<Next> played; // completed, in the day's order (the player's page lists them)
    };
    QList<PlayerMatches> lookup(const QString &text, int limit) const;
    // One player's matches (their phone page); nullopt when the day does not know them.
    std::optional<PlayerMatches> playerMatches(qint64 playerId) const;
    // The event a match of the day belongs to (0 when the day does not hold it).
    Q_INVOKABLE qint64 eventOf(qint64 matchId) const;

    // Reloads from the store and dispatches now (the timer and Store::changed call it).
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void tournamentIdChanged();
    // After every refresh: now playing, up next, the board, the timeline and estimates may differ.
    void scheduleChanged();
    // A called match has not started within its event's no-show time.
    void forfeitPrompted(qint64 matchId, const QString &message);
    // A refused action, in words the organiser can act on.
    void error(const QString &message);

private:
    struct Row {
        qint64 id = 0;
        int version = 0;
        QString state;
        qint64 stationId = 0;
        ScheduleTime calledAt = NoScheduleTime;
        ScheduleTime startedAt = NoScheduleTime;
        bool completedAtMissing = false;
        ScheduleTime completedAt = NoScheduleTime;
        bool held = false;
        bool featured = false;
        qint64 pinnedStationId = 0;
        int streamPosition = 0; // 1, 2… in the stream station's queue; 0 = not queued
        qint64 displacedFrom = 0;
    };
    // A match row's schedule columns the dispatcher holds differently.
    struct Write {
        qint64 id;
        int version;
        QVariantMap values;
    };
    // Reads the day from the rows; inside a command (tx), with the command's writes so far.
    void rebuild(StoreTransaction *tx = nullptr, const RowChanges &changes = {});
    // A team's players, or the player, of an entrant (rest and "not on two stations" count people).
    QList<qint64> sideOf(omnium::engine::EntrantId entrant) const;
    // What the dispatcher (m) and the screens (info) know of a bracket match and its row; the
    // caller sets m.round, m.bracketOrder and info.roundName.
    void describe(qint64 eventId, const BracketStore::EventBracket &bracket, std::size_t phase,
        const omnium::engine::Match &match, ScheduleMatch &m, LiveMatch &info) const;
    // Inside a command that changed match rows only (a result, a start, a call): those matches
    // take their new state in the dispatcher as it is. False when the change is one it does not
    // follow (a reset, a new match, a station): then the day is read again.
    bool followRows(StoreTransaction &tx, const RowChanges &changes);
    // Reads the schedule columns of the matches `where` selects (m: the matches table) into m_rows.
    void readRows(const QString &where, const QVariantList &values);
    // Inside every store command (Store::setFollowUp): the calls the command's writes allow.
    void followUp(StoreTransaction &tx, const RowChanges &changes);
    // What the dispatcher holds that the rows do not; calls, when given, gets the calls' labels.
    QList<Write> pendingWrites(QList<CommandLabel> *calls = nullptr) const;
    // Forfeit prompts for matches called too long ago, once per call.
    void announce(const QList<ScheduleNotice> &notices);
    // Runs a manual operation on the day as stored and writes it as one command named `name`
    // (the calls it allows are the follow-up's). Returns false when the action is refused.
    bool dispatch(const CommandLabel &name, const std::function<bool(MatchDispatcher &)> &action);
    // The same, with the action's own writes (a station, settings) in the command.
    bool dispatchWith(const CommandLabel &name, const std::function<bool(MatchDispatcher &)> &action,
        const std::function<void(StoreTransaction &)> &extra);
    void publish();
    // An undo is in progress: something can be redone that the organiser did not leave behind.
    bool undoing() const;
    void scheduleWakeUp();
    QString label(const ScheduleMatch &match) const;
    // The same as a command names it (translated when the undo is read).
    CommandLabel commandLabel(const ScheduleMatch &match) const;
    static CommandLabel labelOf(const LiveMatch &info);
    // Keeps a match's description, with its label, until the match changes.
    void remember(LiveMatch info);
    ScheduleTime parseTime(const QVariant &value) const;
    QString formatTime(ScheduleTime t) const;

    Store &m_store;
    const Clock &m_clock;
    BracketStore m_brackets;
    MatchResults m_results;
    std::unique_ptr<MatchDispatcher> m_dispatcher;
    std::unique_ptr<StationBoardModel> m_board;
    std::unique_ptr<ScheduleTimelineModel> m_timeline;
    ScheduleEstimate m_estimate;
    qint64 m_tournamentId = 0;
    QString m_tournamentName;
    QDate m_day; // the tournament's day, for "HH:mm" settings
    bool m_paused = false;
    bool m_followedUp = false; // the running command's follow-up built the day it will leave
    bool m_dayIsStored = false; // the dispatcher holds the day as the rows are stored
    qint64 m_resumedRedo = 0; // the redo step (command id) the organiser chose to leave behind
    QTimer m_wakeUp;
    QTimer m_tick;
    QTimer m_reload;

    QHash<qint64, Row> m_rows; // match id -> the schedule columns as stored
    QHash<qint64, LiveMatch> m_info; // match id -> names for display
    qint64 m_lastPlaceholderId = 0; // Swiss / lobby rounds not paired yet: ids -1, -2…
    QHash<qint64, QString> m_eventNames;
    QHash<qint64, QList<qint64>> m_peopleOf; // entrant -> the people who play for it
    struct PlayerRec {
        QString tag;
        QString name;
        QString key; // searchKey of tag and name
    };
    QHash<qint64, PlayerRec> m_players;
    QSet<QString> m_prompted; // "match/calledAt" forfeit prompts already shown
};
