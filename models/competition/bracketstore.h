// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/eventstate.h"
#include "store/store.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

class BracketCache;

// Keeps each event's bracket — the engine's EventState — in the store's phases, matches and
// games tables, and runs every engine operation as one undoable store command. The rows are
// the truth: the state is rebuilt from them and checked by the engine on every load, so an
// undo, another desk's write or a restart always gives back a consistent bracket. Only the
// rows an operation changed are written, each at the version it was read (a stale desk's
// report is refused, not merged).
//
// Every BracketStore of one Store shares its brackets (BracketCache): a result read into the
// cache once is seen by the Bracket page, the scheduler and the overlays without reading the
// event's thousands of rows again; after each command only the rows it changed are re-read.
class BracketStore
{
public:
    explicit BracketStore(Store &store);
    Store &store() { return m_store; }
    using Select = std::function<QSqlQuery(const QString &, const QVariantList &)>;

    // The team a player plays for: their first team membership (SQL over a players row `p`), as
    // every screen and overlay shows it under the tag.
    static const QString playerTeamSql;

    struct EventBracket {
        omnium::engine::EventState state;
        QList<qint64> phaseIds; // phase index -> phases.id
        QStringList phaseNames;
        QHash<omnium::engine::EntrantId, QString> names; // entrant id -> gamer tag or team name
        // A player entrant's team, shown under the tag as the overlays show it; none for a team.
        QHash<omnium::engine::EntrantId, QString> teams;
        // Matches whose result an entrant contests: a store flag beside the engine's state,
        // set by the organiser and cleared when a result is confirmed.
        QSet<omnium::engine::MatchId> disputed;
    };

    // Creates the event's phase from its registered entrants in seed order (then registration
    // order). Returns the phase id, or 0 with *error set.
    qint64 createPhase(qint64 eventId, const QString &name, const omnium::engine::PhaseConfig &config, QString *error);
    // The event's bracket as committed, shared with every reader of the store (no copy); null
    // with *error set when it cannot be read.
    std::shared_ptr<const EventBracket> load(qint64 eventId, QString *error);
    // Inside a command (a Store follow-up): the bracket with the command's own writes so far,
    // `changes` — the state the command's engine operation made, else read through its
    // transaction (the shared cache keeps the committed state).
    std::shared_ptr<const EventBracket> loadInside(
        StoreTransaction &tx, qint64 eventId, const RowChanges &changes, QString *error);
    // The matches `changes` rewrote, for patch(); nullopt when a change needs whole events read
    // again (a phase, an entrant, a name, a match added or removed).
    static std::optional<QList<qint64>> changedMatches(const Select &select, const RowChanges &changes);
    // The word the matches table stores for a state ("in_progress"), which the overlays show too.
    static QString stateName(omnium::engine::MatchState state);
    // The word the matches table stores for a side ("grand_final_reset").
    static QString sideName(omnium::engine::Side side);

    // The played matches that reporting `result` would reset, for the organiser to confirm.
    std::optional<std::vector<omnium::engine::MatchId>> correctionImpact(
        qint64 eventId, omnium::engine::MatchId match, const omnium::engine::Result &result, QString *error);
    // label: how the undo names it (MatchResults says "Result 2-1 M17").
    // basis: Store::run's (the command the organiser's view was up to; -1: now).
    bool report(qint64 eventId, omnium::engine::MatchId match, const omnium::engine::Result &result,
        const std::vector<omnium::engine::MatchId> &confirmedResets, QString *error, const CommandLabel &label = {},
        qint64 basis = -1);
    // Marks or clears a dispute as one undoable command; reporting the match clears it too.
    bool setDisputed(qint64 eventId, omnium::engine::MatchId match, bool disputed, QString *error);
    bool setState(qint64 eventId, omnium::engine::MatchId match, omnium::engine::MatchState state, QString *error);
    bool disqualify(qint64 eventId, omnium::engine::EntrantId entrant, QString *error);
    // Swiss and free-for-all: starts the next round once the current one is complete.
    bool startNextRound(qint64 eventId, int phase, QString *error);

    // Adds the event's next phase once the last one is complete, seeded from its placements
    // (the top qualifiersPerGroup of each group). Returns the phase id, or 0 with *error set.
    qint64 addPhase(qint64 eventId, const QString &name, const omnium::engine::PhaseConfig &config,
        int qualifiersPerGroup, QString *error);
    // Plays every remaining match of the event with reproducible random results (EventSimulator),
    // as one undoable command. Returns the number of results reported, or -1 with *error set.
    int simulate(qint64 eventId, std::uint64_t seed, QString *error);

private:
    using Operation = std::function<bool(omnium::engine::EventState &, omnium::engine::Error *)>;
    // Loads, applies the operation and writes back what changed, all in one command.
    bool apply(qint64 eventId, const CommandLabel &label, const Operation &operation, QString *error);
    // The same; a phase the operation adds is stored under newPhaseName.
    // When `settled` is a disputed match, its dispute is cleared in the same command.
    bool apply(qint64 eventId, const CommandLabel &label, const QString &newPhaseName, const Operation &operation,
        QString *error, omnium::engine::MatchId settled = 0, qint64 basis = -1);
    static std::optional<EventBracket> read(const Select &select, qint64 eventId, QString *error);
    // Re-reads these matches (with their games and lobbies) into the bracket; false when one
    // is not in it or the result does not hold together (then read the event again).
    static bool patch(const Select &select, EventBracket &bracket, const QList<qint64> &matchIds);
    // The newest command_log id: while it is unchanged, no other program changed a row.
    static qint64 logStamp(const Select &select);
    // The cached bracket of an event, brought up to date with the commands seen since; null
    // when it must be read.
    std::shared_ptr<const EventBracket> cached(const Select &select, qint64 eventId, qint64 stamp);

    Store &m_store;
    BracketCache &m_cache;
};

// The brackets the BracketStores of one Store share, one per event, each with the log stamp
// it was current at. The store's change signal only queues what changed; the next read
// re-reads those rows (a result changes a few matches among thousands).
class BracketCache : public QObject
{
    Q_OBJECT
public:
    static BracketCache &of(Store &store);

    struct Cached {
        // Patched in place when no reader holds it any more, else copied first.
        std::shared_ptr<BracketStore::EventBracket> bracket;
        qint64 stamp = -1;
    };
    QHash<qint64, Cached> events;
    RowChanges pending; // committed since the brackets were last brought up to date
    // While a command's follow-ups run: the bracket its engine operation made, which is what
    // its rows say (match versions aside: the engine counts each change, a row one per command).
    struct Writing {
        const StoreTransaction *tx = nullptr;
        qint64 eventId = 0;
        qint64 writes = 0; // the transaction's writes once the operation's were made
        std::shared_ptr<const BracketStore::EventBracket> bracket;
    } writing;

private:
    explicit BracketCache(Store &store);
};
