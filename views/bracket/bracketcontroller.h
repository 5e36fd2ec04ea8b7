// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "competition/bracketstore.h"
#include "competition/competitionreader.h"
#include "competition/matchresults.h"
#include "competition/phasesummarymodel.h"
#include "competition/standingsmodel.h"
#include "crosstablemodel.h"
#include "lobbymodel.h"
#include "matchstatelegendmodel.h"
#include "phasebracket.h"

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QVariantList>

class Store;

// What the bracket page and the caster window work with: one event's bracket as it is in the
// store, the phase being shown (a PhaseBracket the BracketView draws), its standings, and the
// organiser's actions on it — create the bracket, report or correct a result, start the next
// round, export. It follows Store::changed, so a result saved anywhere in the app (another
// page, an undo, the scheduler) shows here within one event-loop pass.
class BracketController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(qint64 eventId READ eventId WRITE setEventId NOTIFY eventIdChanged)
    Q_PROPERTY(int phaseIndex READ phaseIndex WRITE setPhaseIndex NOTIFY phaseIndexChanged)
    Q_PROPERTY(PhaseBracket *bracket READ bracket CONSTANT)
    Q_PROPERTY(bool hasBracket READ hasBracket NOTIFY loaded)
    Q_PROPERTY(QStringList phaseNames READ phaseNames NOTIFY loaded)
    // The engine's name of the shown phase's format: single, double, roundrobin, swiss, ffa.
    Q_PROPERTY(QString format READ format NOTIFY loaded)
    // The match "follow live" centres on: in progress, else called, else the first ready one.
    Q_PROPERTY(qint64 liveMatch READ liveMatch NOTIFY loaded)
    // The shown phase's standings (StandingsModel's roles).
    Q_PROPERTY(StandingsModel *standings READ standings CONSTANT)
    Q_PROPERTY(QStringList tiebreakNames READ tiebreakNames NOTIFY loaded)
    // Swiss and free-for-all: the current round is complete and another can start.
    Q_PROPERTY(bool canStartNextRound READ canStartNextRound NOTIFY loaded)
    // The event's last phase is complete: a next one can take its best entrants.
    Q_PROPERTY(bool canAddPhase READ canAddPhase NOTIFY loaded)
    // Before the bracket is made: the entrants it would take (0 once it exists).
    Q_PROPERTY(int entrantCount READ entrantCount NOTIFY loaded)
    // Free-for-all: the shown phase's lobbies (LobbyModel's roles).
    Q_PROPERTY(LobbyModel *lobbies READ lobbies CONSTANT)
    // Round robin: the shown phase's cross tables, one per group (CrossTableModel's roles).
    Q_PROPERTY(CrossTableModel *crossTable READ crossTable CONSTANT)
    // Every phase of the event (PhaseSummaryModel's roles).
    Q_PROPERTY(PhaseSummaryModel *phases READ phases CONSTANT)
    // The event's last phase: its groups and entrants, what a next phase is seeded from.
    Q_PROPERTY(int lastPhaseGroups READ lastPhaseGroups NOTIFY loaded)
    Q_PROPERTY(int lastPhaseEntrants READ lastPhaseEntrants NOTIFY loaded)
    // The match states with their colours and names, disputed last: one legend for every view.
    Q_PROPERTY(MatchStateLegendModel *stateLegend READ stateLegend CONSTANT)

public:
    explicit BracketController(Store &store, QObject *parent = nullptr);

    qint64 eventId() const { return m_eventId; }
    void setEventId(qint64 eventId);
    int phaseIndex() const { return m_phaseIndex; }
    void setPhaseIndex(int index);
    PhaseBracket *bracket() { return &m_bracket; }
    bool hasBracket() const { return m_event != nullptr; }
    QStringList phaseNames() const;
    QString format() const;
    qint64 liveMatch() const;
    StandingsModel *standings() { return &m_standings; }
    QStringList tiebreakNames() const;
    bool canStartNextRound() const;
    bool canAddPhase() const;
    int entrantCount() const { return m_entrantCount; }
    LobbyModel *lobbies() { return &m_lobbies; }
    CrossTableModel *crossTable() { return &m_crossTable; }
    PhaseSummaryModel *phases() { return &m_phases; }
    int lastPhaseGroups() const;
    int lastPhaseEntrants() const;
    MatchStateLegendModel *stateLegend() { return &m_stateLegend; }

    // Creates the event's bracket from its registered entrants in seed order. options: format
    // (as `format` above) and the engine's documented phase options (docs/event-json.md:
    // bestOf, grandFinal, thirdPlaceMatch, groups, swissRounds, …).
    Q_INVOKABLE bool createBracket(const QVariantMap &options);
    // Adds a phase after the last one, once that is complete, seeded from its standings:
    // options as createBracket's, plus name and qualifiersPerGroup (how many of each group, or
    // of the whole phase, advance). Shows the new phase.
    Q_INVOKABLE bool addNextPhase(const QVariantMap &options);
    // {id, number, title, bestOf, state, disputed, slots: [name, name], reportable, reason,
    //  completed, scores: [a, b], resultKind, games: [{a, b, note}], allowsDraws}; a free-for-all
    //  lobby adds isLobby, entrants: [name] and lobbyGames: [[{placement, kills}]] (game, entrant).
    Q_INVOKABLE QVariantMap matchInfo(qint64 match) const;
    // Checks a result without saving it. result: {score: "2-1"} or {games: [{a, b, note}]},
    // or {kind: "forfeit"|"noshow"|"dq" (the engine's names), winner: 0|1}; optional note.
    // A lobby: {lobby: [[{placement, kills}]]}, one list per game in the lobby's entrant order.
    // Returns {error: text} or {error: "", resets: [{id, text}]} — the played matches the
    // correction would reset, which the organiser must confirm.
    Q_INVOKABLE QVariantMap checkResult(qint64 match, const QVariantMap &result) const;
    // Saves the result as one undoable command; confirmedResets are checkResult's ids.
    Q_INVOKABLE bool report(qint64 match, const QVariantMap &result, const QVariantList &confirmedResets);
    // A match by its number ("12", "M12") or by an entrant's name (their next match to play,
    // else their last one); 0 when nothing matches.
    Q_INVOKABLE qint64 findMatch(const QString &text) const;
    // Shows the phase that holds this match (the station board opens a lobby's result here);
    // false when the event has no such match.
    Q_INVOKABLE bool showMatch(qint64 match);
    // Marks a contested result (or settles it) as one undoable command; a report clears it.
    Q_INVOKABLE bool setDisputed(qint64 match, bool disputed);
    Q_INVOKABLE bool startNextRound();
    // Exports the shown phase as PNG, SVG or PDF (by the file's suffix); PDF split over A4
    // pages with overlap marks when splitPages; the tournament and venue in the header.
    // Returns an error message or "".
    Q_INVOKABLE QString exportBracket(const QUrl &file, bool splitPages) const;

Q_SIGNALS:
    void eventIdChanged();
    void phaseIndexChanged();
    void loaded();
    // A refused action, in words the organiser can act on.
    void error(const QString &message);

private:
    // The engine's phase options from createBracket()'s options; an error when they are not valid.
    std::optional<omnium::engine::PhaseConfig> phaseConfig(const QVariantMap &options);
    const omnium::engine::Phase *phase() const;
    QString matchTitle(const omnium::engine::Match &match) const;
    void scheduleReload();
    void reload();
    void showPhase();
    bool fail(const QString &message);

    Store &m_store;
    mutable BracketStore m_brackets; // correctionImpact only reads, but is not const
    mutable MatchResults m_results {m_brackets}; // checking a result only reads
    CompetitionReader m_competition;
    PhaseBracket m_bracket;
    StandingsModel m_standings;
    PhaseSummaryModel m_phases;
    MatchStateLegendModel m_stateLegend;
    LobbyModel m_lobbies;
    CrossTableModel m_crossTable;
    qint64 m_eventId = 0;
    int m_phaseIndex = 0;
    int m_entrantCount = 0;
    std::shared_ptr<const BracketStore::EventBracket> m_event;
    QTimer m_reloadTimer;
};
