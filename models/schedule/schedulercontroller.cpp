// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulercontroller.h"

#include "core/clock.h"
#include "core/logging.h"
#include "engine/swisspairer.h"
#include "live/matchpresenter.h"
#include "registration/searchkey.h"
#include "scheduleestimator.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>

using namespace omnium::engine;
using namespace Qt::StringLiterals;

namespace {

using State = ScheduleMatch::State;

ScheduleTime secsFromMs(const QVariant &ms)
{
    return ms.isNull() ? NoScheduleTime : ms.toLongLong() / 1000;
}

QVariant msOrNull(ScheduleTime t)
{
    return t == NoScheduleTime ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(qint64(t) * 1000);
}

QVariant idOrNull(qint64 id)
{
    return id == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(id);
}

// The matches table's word for a schedule state: the same states as the engine's, in the same order.
QString stateName(State state)
{
    static_assert(int(State::Completed) == int(MatchState::Completed) && int(State::Called) == int(MatchState::Called));
    return BracketStore::stateName(static_cast<MatchState>(state));
}

QStringList gamesFrom(const QVariant &value)
{
    QStringList games;
    const QStringList raw = value.typeId() == QMetaType::QString ? value.toString().split(u',') : value.toStringList();
    for (const QString &game : raw)
        if (!game.trimmed().isEmpty())
            games << game.trimmed();
    return games;
}

} // namespace

SchedulerController::SchedulerController(Store &store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_brackets(store)
    , m_results(m_brackets)
    , m_dispatcher(std::make_unique<MatchDispatcher>(clock))
    , m_board(std::make_unique<StationBoardModel>(*m_dispatcher))
    , m_timeline(std::make_unique<ScheduleTimelineModel>(*m_dispatcher))
{
    const auto labelFunction = [this](const ScheduleMatch &m) { return label(m); };
    // The board reads from across the room: who plays first, then the event and round.
    m_board->setLabelFunction([this](const ScheduleMatch &m) -> QString {
        const auto found = m_info.constFind(m.id);
        if (found == m_info.cend())
            return u"#%1"_s.arg(m.id);
        const QString a = found->sides[0].name.isEmpty() ? tr("TBD") : found->sides[0].name;
        const QString b = found->sides[1].name.isEmpty() ? tr("TBD") : found->sides[1].name;
        return (found->side == u"lobby"_s ? a : tr("%1 vs %2").arg(a, b)) + u'\n' + found->eventName + u" · "_s
            + found->roundName;
    });
    m_timeline->setLabelFunction(labelFunction);
    m_wakeUp.setSingleShot(true);
    connect(&m_wakeUp, &QTimer::timeout, this, &SchedulerController::refresh);
    m_reload.setSingleShot(true);
    m_reload.setInterval(0);
    connect(&m_reload, &QTimer::timeout, this, &SchedulerController::refresh);
    // Elapsed times on the board move every second; nothing else is recomputed.
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] { m_board->refresh(m_estimate); });
    // A command whose follow-up ran leaves the day as the follow-up built it (the rows it wrote
    // are the dispatcher's): the screens then need no second reading. Anything else — an undo,
    // another desk, a refused command — is read from the rows again.
    connect(&m_store, &Store::changed, this, [this] {
        m_dayIsStored = std::exchange(m_followedUp, false);
        m_reload.start();
    });
    connect(&m_store, &Store::errorOccurred, this, [this] { m_followedUp = false; });
    m_store.setFollowUp([this](StoreTransaction &tx, const RowChanges &changes) { followUp(tx, changes); });
    connect(&m_store, &Store::opened, this, [this] {
        m_dayIsStored = false;
        m_reload.start();
    });
    if (m_store.isOpen())
        m_reload.start();
}

SchedulerController::~SchedulerController()
{
    m_store.setFollowUp({});
}

void SchedulerController::setTournamentId(qint64 id)
{
    if (id == m_tournamentId)
        return;
    m_tournamentId = id;
    m_dayIsStored = false;
    m_prompted.clear();
    Q_EMIT tournamentIdChanged();
    refresh();
}

// --- Reading the day from the store ----------------------------------------------------------

void SchedulerController::rebuild(StoreTransaction *tx, const RowChanges &changes)
{
    *m_dispatcher = MatchDispatcher(m_clock);
    m_dayIsStored = false;
    m_rows.clear();
    m_info.clear();
    m_lastPlaceholderId = 0;
    m_eventNames.clear();
    m_peopleOf.clear();
    m_players.clear();
    m_tournamentName.clear();
    if (!m_store.isOpen())
        return;
    if (m_tournamentId == 0) {
        auto latest = m_store.select(u"SELECT id FROM tournaments ORDER BY id DESC LIMIT 1"_s);
        if (latest.next()) {
            m_tournamentId = latest.value(0).toLongLong();
            Q_EMIT tournamentIdChanged();
        }
    }
    auto tournament = m_store.select(u"SELECT name, starts_on FROM tournaments WHERE id = ?"_s, {m_tournamentId});
    if (!tournament.next())
        return;
    m_tournamentName = tournament.value(0).toString();
    m_day = QDate::fromString(tournament.value(1).toString(), Qt::ISODate);
    if (!m_day.isValid())
        m_day = m_clock.now().toLocalTime().date();
    tournament.finish();

    // Events and their settings.
    QList<qint64> eventIds;
    auto events = m_store.select(
        u"SELECT id, name, game, schedule FROM events WHERE tournament_id = ? ORDER BY id"_s, {m_tournamentId});
    while (events.next()) {
        ScheduleEventSettings s;
        s.id = events.value(0).toLongLong();
        s.name = events.value(1).toString();
        s.game = events.value(2).toString();
        const QJsonObject json = QJsonDocument::fromJson(events.value(3).toString().toUtf8()).object();
        const QJsonObject byBestOf = json.value(u"expectedSecsByBestOf"_s).toObject();
        for (auto it = byBestOf.begin(); it != byBestOf.end(); ++it)
            if (it.value().toInt() > 0)
                s.expectedSecsByBestOf.insert(it.key().toInt(), it.value().toInt());
        s.minRestSecs = json.value(u"minRestSecs"_s).toInt(s.minRestSecs);
        s.noShowSecs = json.value(u"noShowSecs"_s).toInt(s.noShowSecs);
        if (json.contains(u"start"_s))
            s.start = json.value(u"start"_s).toInteger();
        if (json.contains(u"plannedEnd"_s))
            s.plannedEnd = json.value(u"plannedEnd"_s).toInteger();
        for (const QJsonValue &pause : json.value(u"breaks"_s).toArray())
            s.breaks.append({pause[0].toInteger(), pause[1].toInteger()});
        const QJsonObject slots = json.value(u"roundSlots"_s).toObject();
        for (auto it = slots.begin(); it != slots.end(); ++it)
            s.roundNotBefore.insert(it.key().toInt(), it.value().toInteger());
        m_dispatcher->setEvent(s);
        m_eventNames.insert(s.id, s.name);
        eventIds << s.id;
    }
    events.finish();

    // Stations: added available; the broken ones are marked after the matches are restored, so
    // a match still recorded on one moves like it would have at the time.
    QList<qint64> broken;
    auto stations = m_store.select(u"SELECT id, number, name, games, is_stream, available FROM stations"
                                   " WHERE tournament_id = ? ORDER BY number, id"_s,
        {m_tournamentId});
    while (stations.next()) {
        ScheduleStation s;
        s.id = stations.value(0).toLongLong();
        s.number = stations.value(1).toInt();
        s.ownName = stations.value(2).toString();
        s.name = MatchPresenter::stationName(s.number, s.ownName);
        for (const QJsonValue &game : QJsonDocument::fromJson(stations.value(3).toString().toUtf8()).array())
            s.games << game.toString();
        s.stream = stations.value(4).toInt() != 0;
        m_dispatcher->setStation(s);
        if (stations.value(5).toInt() == 0)
            broken << s.id;
    }
    stations.finish();

    // People: an entrant is its player, or its team's players (coaches do not play).
    auto entrants = m_store.select(
        u"SELECT e.id, e.player_id, tm.player_id FROM entrants e JOIN events ev ON ev.id = e.event_id"
        " LEFT JOIN team_members tm ON tm.team_id = e.team_id AND tm.role <> 'coach' WHERE ev.tournament_id = ?"_s,
        {m_tournamentId});
    while (entrants.next()) {
        const qint64 person
            = entrants.value(1).isNull() ? entrants.value(2).toLongLong() : entrants.value(1).toLongLong();
        if (person)
            m_peopleOf[entrants.value(0).toLongLong()] << person;
    }
    entrants.finish();
    QSet<qint64> people;
    for (const QList<qint64> &list : std::as_const(m_peopleOf))
        for (qint64 p : list)
            people.insert(p);
    auto players = m_store.select(u"SELECT id, tag, name FROM players"_s);
    while (players.next()) {
        const qint64 id = players.value(0).toLongLong();
        if (!people.contains(id))
            continue;
        PlayerRec rec {players.value(1).toString(), players.value(2).toString(), {}};
        rec.key = searchKey(rec.tag + u' ' + rec.name);
        m_players.insert(id, rec);
    }
    players.finish();

    // The schedule columns of every match of the tournament.
    readRows(u"m.phase_id IN (SELECT p.id FROM phases p JOIN events ev ON ev.id = p.event_id"
             " WHERE ev.tournament_id = ?)"_s,
        {m_tournamentId});

    for (qint64 eventId : std::as_const(eventIds)) {
        QString error;
        const auto bracket
            = tx ? m_brackets.loadInside(*tx, eventId, changes, &error) : m_brackets.load(eventId, &error);
        if (!bracket) {
            qCWarning(lcSchedule).noquote() << "event" << eventId << "not scheduled:" << error;
            continue;
        }
        int order = 0;
        int phaseBase = 0;
        bool roundBased = false;
        bool eliminationPhases = false;
        const auto &phases = bracket->state.phases();
        for (std::size_t p = 0; p < phases.size(); ++p) {
            // Rounds comparable across events and sides: how many matches deep in the graph.
            QHash<MatchId, int> depth;
            int deepest = phaseBase;
            const PhaseRoundNames roundNames(phases[p]);
            for (const Match &match : phases[p].matches) {
                int d = phaseBase
                    + (match.side == Side::RoundRobin || match.side == Side::Swiss || match.side == Side::Lobby
                            ? match.round
                            : 1);
                for (const Slot &slot : match.slots)
                    if (slot.source.kind == SlotSource::Kind::WinnerOf || slot.source.kind == SlotSource::Kind::LoserOf)
                        d = std::max(d, depth.value(slot.source.value, phaseBase) + 1);
                depth.insert(match.id, d);
                deepest = std::max(deepest, d);
                if (!EventState::isActive(match) || !m_rows.contains(match.id))
                    continue;
                ScheduleMatch m;
                LiveMatch info;
                describe(eventId, *bracket, p, match, m, info);
                m.round = d;
                m.bracketOrder = order++;
                info.roundName = roundNames.of(match);
                m_dispatcher->upsertMatch(m);
                remember(std::move(info));
            }
            // Swiss rounds and free-for-all lobbies are paired by "start next round" once the
            // current round is complete. Until then the rounds still to come are placeholders of
            // the last round's size, without players, fed by the round before (never called; the
            // estimate plays them, so the event's projected end counts the whole stage).
            const PhaseConfig &config = phases[p].config;
            if (config.format == Format::Swiss || config.format == Format::FreeForAll) {
                roundBased = true;
                int lastRound = 0;
                QList<qint64> previous;
                for (const Match &match : phases[p].matches) {
                    if (!EventState::isActive(match))
                        continue;
                    if (match.round > lastRound) {
                        lastRound = match.round;
                        previous.clear();
                    }
                    if (match.round == lastRound)
                        previous << match.id;
                }
                const int planned
                    = config.format == Format::Swiss ? SwissPairer::plannedRounds(phases[p]) : config.lobbyRounds;
                for (int round = lastRound + 1; round <= planned && !previous.isEmpty(); ++round) {
                    QList<qint64> created;
                    for (qsizetype k = 0; k < previous.size(); ++k) {
                        ScheduleMatch m;
                        m.id = --m_lastPlaceholderId;
                        m.eventId = eventId;
                        m.round = phaseBase + round;
                        m.bracketOrder = order++;
                        m.bestOf = config.bestOf;
                        m.feeders[0] = {ScheduleFeeder::Kind::Winner, previous[k]};
                        m.feeders[1] = {ScheduleFeeder::Kind::Winner, previous[(k + 1) % previous.size()]};
                        m_dispatcher->upsertMatch(m);
                        LiveMatch info;
                        info.matchId = m.id;
                        info.eventId = eventId;
                        info.eventName = m_eventNames.value(eventId);
                        info.phaseId = bracket->phaseIds.value(qsizetype(p));
                        info.side = config.format == Format::Swiss ? u"swiss"_s : u"lobby"_s;
                        info.round = round;
                        info.roundName = MatchPresenter::roundName(
                            config.format, config.format == Format::Swiss ? Side::Swiss : Side::Lobby, round, 0);
                        info.bestOf = m.bestOf;
                        remember(std::move(info));
                        created << m.id;
                    }
                    previous = created;
                    deepest = std::max(deepest, phaseBase + round);
                }
            } else if (config.isElimination()) {
                eliminationPhases = true;
            }
            phaseBase = deepest;
        }
        // A stage paired round by round: round k is called once every earlier round is done.
        // (After an elimination phase the bracket's own feeders already order the matches.)
        if (roundBased && !eliminationPhases) {
            ScheduleEventSettings settings = *m_dispatcher->event(eventId);
            settings.roundsWaitForPreviousRound = true;
            m_dispatcher->setEvent(settings);
        }
    }
    QList<std::pair<int, qint64>> queued;
    for (const Row &r : std::as_const(m_rows))
        if (r.streamPosition > 0)
            queued.append({r.streamPosition, r.id});
    std::sort(queued.begin(), queued.end());
    QList<qint64> streamQueue;
    for (const auto &entry : std::as_const(queued))
        streamQueue << entry.second;
    m_dispatcher->setStreamQueue(streamQueue);
    for (qint64 id : std::as_const(broken))
        m_dispatcher->setStationAvailable(id, false);
    m_dayIsStored = tx == nullptr;
}

QList<qint64> SchedulerController::sideOf(EntrantId entrant) const
{
    const QList<qint64> people = m_peopleOf.value(entrant);
    return people.isEmpty() ? QList<qint64> {-entrant} : people; // a team without members is still someone
}

void SchedulerController::describe(qint64 eventId, const BracketStore::EventBracket &bracket, std::size_t phase,
    const Match &match, ScheduleMatch &m, LiveMatch &info) const
{
    const Row &r = m_rows[match.id];
    m.id = match.id;
    m.eventId = eventId;
    m.bestOf = match.bestOf;
    info.matchId = match.id;
    info.eventId = eventId;
    info.eventName = m_eventNames.value(eventId);
    info.phaseId = bracket.phaseIds.value(qsizetype(phase));
    info.side = BracketStore::sideName(match.side);
    info.round = match.round;
    info.bestOf = match.bestOf;
    if (match.side == Side::Lobby) {
        for (std::size_t i = 0; i < match.lobby.size(); ++i)
            m.sides[i < (match.lobby.size() + 1) / 2 ? 0 : 1] << sideOf(match.lobby[i]);
        info.sides[0].name = tr("%n entrant(s)", nullptr, int(match.lobby.size()));
    } else {
        for (int i = 0; i < 2; ++i) {
            const Slot &slot = match.slots[std::size_t(i)];
            if (slot.isEntrant()) {
                m.sides[i] = sideOf(slot.entrant);
                info.sides[i].entrantId = slot.entrant;
                info.sides[i].name = bracket.names.value(slot.entrant);
                info.sides[i].team = bracket.teams.value(slot.entrant);
            }
            if (slot.source.kind == SlotSource::Kind::WinnerOf || slot.source.kind == SlotSource::Kind::LoserOf)
                m.feeders[i] = {slot.source.kind == SlotSource::Kind::WinnerOf ? ScheduleFeeder::Kind::Winner
                                                                               : ScheduleFeeder::Kind::Loser,
                    slot.source.value};
        }
        for (const Game &game : match.result.games) {
            if (game.scores[0] != game.scores[1])
                ++info.sides[game.scores[0] > game.scores[1] ? 0 : 1].score;
        }
    }
    if (match.completed()) {
        m.state = State::Completed;
        m.stationId = r.stationId;
        m.calledAt = r.calledAt;
        m.startedAt = r.startedAt;
        m.finishedAt = r.completedAt;
        m.durationCounts = match.result.kind == ResultKind::Normal && !match.isBye();
    } else if (match.state == MatchState::Called || match.state == MatchState::InProgress) {
        m.state = match.state == MatchState::Called ? State::Called : State::InProgress;
        m.stationId = r.stationId;
        m.calledAt = r.calledAt != NoScheduleTime ? r.calledAt : r.completedAt;
        m.startedAt = r.startedAt;
    }
    m.held = r.held;
    m.featured = r.featured;
    m.pinnedStationId = r.pinnedStationId;
    m.displacedFromStationId = r.displacedFrom;
}

bool SchedulerController::followRows(StoreTransaction &tx, const RowChanges &changes)
{
    static const QStringList followed {u"matches"_s, u"games"_s, u"lobby_entrants"_s};
    static const QStringList dayTables {u"stations"_s, u"events"_s, u"phases"_s, u"entrants"_s, u"players"_s,
        u"teams"_s, u"team_members"_s, u"tournaments"_s};
    if (!m_dayIsStored
        || std::ranges::any_of(changes, [](const RowChange &change) { return dayTables.contains(change.table); }))
        return false;
    const BracketStore::Select select
        = [&tx](const QString &sql, const QVariantList &values) { return tx.select(sql, values); };
    const auto ids = BracketStore::changedMatches(select, changes);
    if (!ids)
        return false;
    QHash<qint64, QList<qint64>> idsOfEvent;
    QStringList marks;
    QVariantList values;
    for (qint64 id : *ids) {
        const auto info = m_info.constFind(id);
        if (info == m_info.cend() || !m_dispatcher->match(id))
            return false; // a match the day does not hold yet (a grand-final reset now needed)
        idsOfEvent[info->eventId] << id;
        marks << u"?"_s;
        values << id;
    }
    if (ids->isEmpty())
        return true;
    readRows(u"m.id IN (%1)"_s.arg(marks.join(u',')), values);
    for (auto event = idsOfEvent.cbegin(); event != idsOfEvent.cend(); ++event) {
        QString error;
        const auto bracket = m_brackets.loadInside(tx, event.key(), changes, &error);
        if (!bracket)
            return false;
        for (qint64 id : event.value()) {
            const auto where = bracket->state.locate(id);
            const Match &match = bracket->state.phases()[std::size_t(where->phase)].matches[std::size_t(where->index)];
            if (!EventState::isActive(match))
                return false;
            const ScheduleMatch before = *m_dispatcher->match(id);
            ScheduleMatch m;
            LiveMatch info;
            describe(event.key(), *bracket, std::size_t(where->phase), match, m, info);
            m.round = before.round; // the graph did not change: neither did its depth nor its order
            m.bracketOrder = before.bracketOrder;
            info.roundName = m_info.value(id).roundName;
            m_dispatcher->upsertMatch(m); // the sides the result filled in, before the result frees them
            if (m.state == State::Completed && before.state != State::Completed)
                m_dispatcher->finish(id, -1, !m.durationCounts);
            else if (m.state == State::InProgress && before.state == State::Called)
                m_dispatcher->start(id);
            else if (m.state != before.state)
                return false; // a reset, a call made elsewhere: read the day again
            remember(std::move(info));
        }
    }
    return true;
}

void SchedulerController::readRows(const QString &where, const QVariantList &values)
{
    auto rows = m_store.select(
        u"SELECT m.id, m.version, m.state, m.station_id, m.called_at, m.started_at, m.completed_at, m.updated_at,"
        " m.held, m.featured, m.pinned_station_id, m.stream_position, m.displaced_from_station_id FROM matches m"
        " WHERE "_s
            + where,
        values);
    while (rows.next()) {
        Row r;
        r.id = rows.value(0).toLongLong();
        r.version = rows.value(1).toInt();
        r.state = rows.value(2).toString();
        r.stationId = rows.value(3).toLongLong();
        r.calledAt = secsFromMs(rows.value(4));
        r.startedAt = secsFromMs(rows.value(5));
        r.completedAtMissing = rows.value(6).isNull();
        r.completedAt = r.completedAtMissing ? secsFromMs(rows.value(7)) : secsFromMs(rows.value(6));
        r.held = rows.value(8).toInt() != 0;
        r.featured = rows.value(9).toInt() != 0;
        r.pinnedStationId = rows.value(10).toLongLong();
        r.streamPosition = rows.value(11).toInt();
        r.displacedFrom = rows.value(12).toLongLong();
        m_rows.insert(r.id, r);
    }
}

// --- Dispatching and writing back ------------------------------------------------------------
//
// Every command runs followUp() before it commits (Store::setFollowUp): the day is read again
// with the command's writes and the calls they allow are written into the same command, so a
// result and the call of the next match are one undo step. Outside commands, only time makes
// calls (a rest period ends): refresh() writes those as a command of their own.

void SchedulerController::followUp(StoreTransaction &tx, const RowChanges &changes)
{
    static const QStringList tables = {u"matches"_s, u"stations"_s, u"events"_s, u"phases"_s, u"entrants"_s};
    if (m_tournamentId == 0
        || std::ranges::none_of(changes, [](const RowChange &change) { return tables.contains(change.table); }))
        return;
    // Not paused after an undo: this new command ends the redo history. A result, a start or
    // a call changes a few matches: the dispatcher follows them; anything else reads the day.
    if (!followRows(tx, changes))
        rebuild(&tx, changes);
    m_dayIsStored = false; // until this command is committed
    m_dispatcher->update();
    QStringList written;
    QVariantList ids;
    for (const Write &write : pendingWrites()) {
        tx.update(u"matches"_s, write.id, -1, write.values);
        written << u"?"_s;
        ids << write.id;
    }
    // The rows as this command leaves them, so the day needs no second reading after the commit.
    if (!ids.isEmpty())
        readRows(u"m.id IN (%1)"_s.arg(written.join(u',')), ids);
    m_followedUp = true;
}

void SchedulerController::refresh()
{
    m_reload.stop();
    if (!m_dayIsStored)
        rebuild();
    m_paused = undoing();
    if (m_paused) {
        publish();
        return;
    }
    announce(m_dispatcher->update());
    QList<CommandLabel> calls;
    const QList<Write> writes = pendingWrites(&calls);
    if (writes.isEmpty()) {
        publish();
        return;
    }
    const CommandLabel label = calls.size() == 1
        ? CommandLabel("SchedulerController", QT_TRANSLATE_NOOP("SchedulerController", "Call %1"), {calls.constFirst()})
        : calls.isEmpty()
        ? CommandLabel("SchedulerController", QT_TRANSLATE_NOOP("SchedulerController", "Record the end of a match"))
        : CommandLabel("SchedulerController", QT_TRANSLATE_N_NOOP("SchedulerController", "Call %n match(es)"), {},
              int(calls.size()));
    // The follow-up of this command reads the day again and finds these calls made: nothing more.
    // Once committed, the change signal brings the screens up to date; refused, they show the rows.
    if (m_store.run(label, [&](StoreTransaction &tx) {
            for (const Write &write : writes)
                tx.update(u"matches"_s, write.id, write.version, write.values);
        }))
        publish();
}

bool SchedulerController::undoing() const
{
    return m_store.canRedo() && m_store.redoCommandId() != m_resumedRedo;
}

void SchedulerController::announce(const QList<ScheduleNotice> &notices)
{
    for (const ScheduleNotice &notice : notices) {
        if (notice.kind != ScheduleNotice::Kind::ForfeitPrompt)
            continue;
        const ScheduleMatch *m = m_dispatcher->match(notice.matchId);
        const QString key = u"%1/%2"_s.arg(notice.matchId).arg(m ? m->calledAt : 0);
        if (!m || m_prompted.contains(key))
            continue;
        m_prompted.insert(key);
        const ScheduleStation *station = m_dispatcher->station(notice.stationId);
        Q_EMIT forfeitPrompted(notice.matchId,
            tr("%1 was called to %2 and has not started: record a forfeit?")
                .arg(this->label(*m), station ? station->name : QString()));
    }
}

QList<SchedulerController::Write> SchedulerController::pendingWrites(QList<CommandLabel> *calls) const
{
    QList<Write> writes;
    QHash<qint64, int> streamPositions;
    for (qint64 id : m_dispatcher->streamQueue())
        streamPositions.insert(id, int(streamPositions.size()) + 1);
    for (const ScheduleMatch &m : m_dispatcher->matches()) {
        const auto found = m_rows.constFind(m.id);
        if (found == m_rows.cend())
            continue;
        const Row &r = *found;
        QVariantMap values;
        if (m.state == State::Completed) {
            // Only played matches: a bye or a result entered without a call has no end to record.
            if (r.completedAtMissing && r.completedAt != NoScheduleTime && r.calledAt != NoScheduleTime)
                values[u"completed_at"_s] = msOrNull(r.completedAt);
        } else {
            const bool wasOnStation = r.state == u"called"_s || r.state == u"in_progress"_s;
            const QString state = m.isOnStation() ? stateName(m.state) : (wasOnStation ? u"ready"_s : r.state);
            if (state != r.state)
                values[u"state"_s] = state;
            if (m.stationId != r.stationId)
                values[u"station_id"_s] = idOrNull(m.stationId);
            if (m.calledAt != r.calledAt)
                values[u"called_at"_s] = msOrNull(m.calledAt);
            if (m.startedAt != r.startedAt)
                values[u"started_at"_s] = msOrNull(m.startedAt);
            if (m.held != r.held)
                values[u"held"_s] = m.held ? 1 : 0;
            if (m.featured != r.featured)
                values[u"featured"_s] = m.featured ? 1 : 0;
            if (m.pinnedStationId != r.pinnedStationId)
                values[u"pinned_station_id"_s] = idOrNull(m.pinnedStationId);
            if (m.displacedFromStationId != r.displacedFrom)
                values[u"displaced_from_station_id"_s] = idOrNull(m.displacedFromStationId);
            if (const int position = streamPositions.value(m.id); position != r.streamPosition)
                values[u"stream_position"_s] = position ? QVariant(position) : QVariant(QMetaType(QMetaType::Int));
            if (calls && m.state == State::Called && r.state != u"called"_s) {
                const ScheduleStation *station = m_dispatcher->station(m.stationId);
                *calls << CommandLabel("SchedulerController", QT_TRANSLATE_NOOP("SchedulerController", "%1 to %2"),
                    {commandLabel(m), station ? station->name : QString()});
            }
        }
        if (!values.isEmpty())
            writes.append({m.id, r.version, values});
    }
    return writes;
}

bool SchedulerController::dispatch(const CommandLabel &name, const std::function<bool(MatchDispatcher &)> &action)
{
    return dispatchWith(name, action, {});
}

bool SchedulerController::dispatchWith(const CommandLabel &name, const std::function<bool(MatchDispatcher &)> &action,
    const std::function<void(StoreTransaction &)> &extra)
{
    // The organiser's action on the day as it is stored; the calls it allows are the follow-up's.
    if (!m_dayIsStored)
        rebuild();
    m_dayIsStored = false; // the action changes the dispatcher before the rows
    if (action && !action(*m_dispatcher)) {
        publish();
        return false;
    }
    const QList<Write> writes = pendingWrites();
    const StoreError failure = m_store.run(name, [&](StoreTransaction &tx) {
        if (extra)
            extra(tx);
        for (const Write &write : writes)
            tx.update(u"matches"_s, write.id, write.version, write.values);
    });
    if (failure)
        Q_EMIT error(failure.message);
    // Changed or not, the screens show what is stored now (a refused action leaves no trace).
    refresh();
    return !failure;
}

void SchedulerController::publish()
{
    m_estimate = ScheduleEstimator::estimate(*m_dispatcher);
    m_board->refresh(m_estimate);
    m_timeline->refresh(m_estimate);
    scheduleWakeUp();
    if (m_tournamentId && !m_tick.isActive())
        m_tick.start();
    Q_EMIT scheduleChanged();
}

void SchedulerController::scheduleWakeUp()
{
    m_wakeUp.stop();
    const ScheduleTime wake = m_dispatcher->nextWakeUp();
    if (wake == NoScheduleTime || m_paused)
        return;
    const qint64 ms = (wake - MatchDispatcher::fromDateTime(m_clock.now())) * 1000;
    m_wakeUp.start(int(std::clamp<qint64>(ms, 0, 3600 * 1000)));
}

void SchedulerController::resumeAutomaticCalls()
{
    m_resumedRedo = m_store.redoCommandId();
    refresh();
}

// --- Stations ----------------------------------------------------------------------------------

qint64 SchedulerController::addStation(const QVariantMap &values)
{
    qint64 id = 0;
    const int number = values.value(u"number"_s).toInt();
    dispatchWith(
        CommandLabel("SchedulerController", QT_TRANSLATE_NOOP("SchedulerController", "Add station %1"), {number}), {},
        [&](StoreTransaction &tx) {
            if (m_tournamentId == 0)
                tx.fail(StoreError::Kind::Invalid, tr("Create a tournament first."));
            if (number <= 0)
                tx.fail(StoreError::Kind::Invalid, tr("A station needs a number of 1 or more."));
            auto query = tx.select(
                u"SELECT COUNT(*) FROM stations WHERE tournament_id = ? AND number = ?"_s, {m_tournamentId, number});
            if (query.next() && query.value(0).toInt() > 0)
                tx.fail(StoreError::Kind::Invalid, tr("There is already a station %1.").arg(number));
            query.finish();
            const QString name = values.value(u"name"_s).toString().trimmed();
            id = tx.insert(u"stations"_s,
                {{u"tournament_id"_s, m_tournamentId}, {u"number"_s, number},
                    {u"name"_s, name.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(name)},
                    {u"games"_s,
                        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(gamesFrom(values.value(u"games"_s))))
                                .toJson(QJsonDocument::Compact))},
                    {u"is_stream"_s, values.value(u"stream"_s).toBool() ? 1 : 0}});
        });
    return id;
}

bool SchedulerController::updateStation(qint64 stationId, const QVariantMap &values)
{
    return dispatchWith(CommandLabel("SchedulerController", QT_TRANSLATE_NOOP("SchedulerController", "Edit station")),
        {}, [&](StoreTransaction &tx) {
            QVariantMap row;
            if (values.contains(u"number"_s)) {
                if (values.value(u"number"_s).toInt() <= 0)
                    tx.fail(StoreError::Kind::Invalid, tr("A station needs a number of 1 or more."));
                row[u"number"_s] = values.value(u"number"_s).toInt();
            }
            if (values.contains(u"name"_s))
                row[u"name"_s] = values.value(u"name"_s).toString().trimmed();
            if (values.contains(u"games"_s))
                row[u"games"_s]
                    = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(gamesFrom(values.value(u"games"_s))))
                            .toJson(QJsonDocument::Compact));
            if (values.contains(u"stream"_s))
                row[u"is_stream"_s] = values.value(u"stream"_s).toBool() ? 1 : 0;
            tx.update(u"stations"_s, stationId, -1, row);
        });
}

bool SchedulerController::removeStation(qint64 stationId)
{
    const ScheduleStation *station = m_dispatcher->station(stationId);
    const QString name = station ? station->name : QString();
    return dispatchWith(
        CommandLabel("SchedulerController", QT_TRANSLATE_NOOP("SchedulerController", "Delete %1"), {name}), {},
        [&](StoreTransaction &tx) {
            auto query = tx.select(
                u"SELECT COUNT(*) FROM matches WHERE station_id = ? AND state = 'in_progress'"_s, {stationId});
            if (query.next() && query.value(0).toInt() > 0)
                tx.fail(StoreError::Kind::Invalid, tr("A match is being played on %1: finish it first.").arg(name));
            query.finish();
            tx.remove(u"stations"_s, stationId, -1);
        });
}

bool SchedulerController::setStationAvailable(qint64 stationId, bool available)
{
    const ScheduleStation *station = m_dispatcher->station(stationId);
    if (!station)
        return false;
    const CommandLabel name = available
        ? CommandLabel(
              "SchedulerController", QT_TRANSLATE_NOOP("SchedulerController", "%1 back in order"), {station->name})
        : CommandLabel(
              "SchedulerController", QT_TRANSLATE_NOOP("SchedulerController", "%1 out of order"), {station->name});
    return dispatchWith(
        name, [=](MatchDispatcher &d) { return d.setStationAvailable(stationId, available); },
        [=](StoreTransaction &tx) { tx.update(u"stations"_s, stationId, -1, {{u"available"_s, available ? 1 : 0}}); });
}

// --- Event settings ------------------------------------------------------------------------------

ScheduleTime SchedulerController::parseTime(const QVariant &value) const
{
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return NoScheduleTime;
    const QTime time = QTime::fromString(text, u"H:mm"_s);
    if (time.isValid())
        return QDateTime(m_day, time).toSecsSinceEpoch();
    const QDateTime dateTime = QDateTime::fromString(text, Qt::ISODate);
    return dateTime.isValid() ? dateTime.toSecsSinceEpoch() : NoScheduleTime;
}

QString SchedulerController::formatTime(ScheduleTime t) const
{
    if (t == NoScheduleTime)
        return {};
    const QDateTime local = QDateTime::fromSecsSinceEpoch(t).toLocalTime();
    return local.date() == m_day ? local.toString(u"HH:mm"_s) : local.toString(Qt::ISODate);
}

QVariantMap SchedulerController::eventSettings(qint64 eventId) const
{
    const ScheduleEventSettings *s = m_dispatcher->event(eventId);
    if (!s)
        return {};
    QVariantMap out {
        {u"eventId"_s, eventId},
        {u"name"_s, s->name},
        {u"bo1Minutes"_s, s->priorSecs(1) / 60},
        {u"bo3Minutes"_s, s->priorSecs(3) / 60},
        {u"bo5Minutes"_s, s->priorSecs(5) / 60},
        {u"minRestMinutes"_s, s->minRestSecs / 60},
        {u"noShowMinutes"_s, s->noShowSecs / 60},
        {u"start"_s, formatTime(s->start)},
        {u"plannedEnd"_s, formatTime(s->plannedEnd)},
    };
    QVariantList breaks;
    for (const auto &pause : s->breaks)
        breaks.append(QVariantMap {{u"start"_s, formatTime(pause.start)}, {u"end"_s, formatTime(pause.end)}});
    out[u"breaks"_s] = breaks;
    QVariantList slots;
    for (auto it = s->roundNotBefore.cbegin(); it != s->roundNotBefore.cend(); ++it)
        slots.append(QVariantMap {{u"round"_s, it.key()}, {u"at"_s, formatTime(it.value())}});
    out[u"roundSlots"_s] = slots;
    return out;
}

bool SchedulerController::setEventSettings(qint64 eventId, const QVariantMap &settings)
{
    QJsonObject json;
    QJsonObject byBestOf;
    for (int bestOf : {1, 3, 5, 7}) {
        const QString key = u"bo%1Minutes"_s.arg(bestOf);
        if (settings.value(key).toInt() > 0)
            byBestOf.insert(QString::number(bestOf), settings.value(key).toInt() * 60);
    }
    json[u"expectedSecsByBestOf"_s] = byBestOf;
    json[u"minRestSecs"_s] = std::max(0, settings.value(u"minRestMinutes"_s).toInt()) * 60;
    json[u"noShowSecs"_s] = std::max(1, settings.value(u"noShowMinutes"_s, 10).toInt()) * 60;
    QString problem;
    const auto timeOf = [&](const QVariant &value, const QString &what) {
        const ScheduleTime t = parseTime(value);
        if (t == NoScheduleTime && !value.toString().trimmed().isEmpty())
            problem = tr("%1: “%2” is not a time like 14:30.").arg(what, value.toString());
        return t;
    };
    if (const ScheduleTime start = timeOf(settings.value(u"start"_s), tr("Start")); start != NoScheduleTime)
        json[u"start"_s] = start;
    if (const ScheduleTime end = timeOf(settings.value(u"plannedEnd"_s), tr("Planned end")); end != NoScheduleTime)
        json[u"plannedEnd"_s] = end;
    QJsonArray breaks;
    for (const QVariant &pause : settings.value(u"breaks"_s).toList()) {
        const ScheduleTime from = timeOf(pause.toMap().value(u"start"_s), tr("Break"));
        const ScheduleTime to = timeOf(pause.toMap().value(u"end"_s), tr("Break"));
        if (from != NoScheduleTime && to > from)
            breaks.append(QJsonArray {from, to});
    }
    json[u"breaks"_s] = breaks;
    QJsonObject slots;
    for (const QVariant &slot : settings.value(u"roundSlots"_s).toList()) {
        const ScheduleTime at = timeOf(slot.toMap().value(u"at"_s), tr("Round slot"));
        if (at != NoScheduleTime && slot.toMap().value(u"round"_s).toInt() > 0)
            slots.insert(QString::number(slot.toMap().value(u"round"_s).toInt()), at);
    }
    json[u"roundSlots"_s] = slots;
    return dispatchWith(
        CommandLabel("SchedulerController", QT_TRANSLATE_NOOP("SchedulerController", "Schedule settings of %1"),
            {m_eventNames.value(eventId)}),
        {}, [&](StoreTransaction &tx) {
            if (!problem.isEmpty())
                tx.fail(StoreError::Kind::Invalid, problem);
            tx.update(u"events"_s, eventId, -1,
                {{u"schedule"_s, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))}});
        });
}

// --- Manual control --------------------------------------------------------------------------------

bool SchedulerController::assign(qint64 matchId, qint64 stationId)
{
    const ScheduleStation *station = m_dispatcher->station(stationId);
    const ScheduleMatch *m = m_dispatcher->match(matchId);
    if (!m)
        return false;
    return dispatch(CommandLabel("SchedulerController", QT_TRANSLATE_NOOP("SchedulerController", "Put %1 on %2"),
                        {commandLabel(*m),
                            station ? CommandLabel::verbatim(station->name)
                                    : CommandLabel("SchedulerController",
                                          QT_TRANSLATE_NOOP("SchedulerController", "any station"))}),
        [=](MatchDispatcher &d) { return d.assign(matchId, stationId); });
}

bool SchedulerController::hold(qint64 matchId, bool held)
{
    const ScheduleMatch *m = m_dispatcher->match(matchId);
    if (!m)
        return false;
    return dispatch(held ? CommandLabel("SchedulerController", QT_TRANSLATE_NOOP("SchedulerController", "Hold %1"),
                               {commandLabel(*m)})
                         : CommandLabel("SchedulerController", QT_TRANSLATE_NOOP("SchedulerController", "Release %1"),
                               {commandLabel(*m)}),
        [=](MatchDispatcher &d) { return d.hold(matchId, held); });
}

bool SchedulerController::swap(qint64 matchA, qint64 matchB)
{
    const ScheduleMatch *a = m_dispatcher->match(matchA);
    const ScheduleMatch *b = m_dispatcher->match(matchB);
    if (!a || !b)
        return false;
    return dispatch(CommandLabel("SchedulerController", QT_TRANSLATE_NOOP("SchedulerController", "Swap %1 and %2"),
                        {commandLabel(*a), commandLabel(*b)}),
        [=](MatchDispatcher &d) { return d.swap(matchA, matchB); });
}

bool SchedulerController::dropMatch(qint64 matchId, qint64 stationId)
{
    const qint64 there = m_dispatcher->currentMatchId(stationId);
    if (there == matchId)
        return true;
    return there != 0 ? swap(matchId, there) : assign(matchId, stationId);
}

bool SchedulerController::setFeatured(qint64 matchId, bool featured)
{
    const ScheduleMatch *m = m_dispatcher->match(matchId);
    if (!m)
        return false;
    return dispatch(featured ? CommandLabel("SchedulerController",
                                   QT_TRANSLATE_NOOP("SchedulerController", "Feature %1 on stream"), {commandLabel(*m)})
                             : CommandLabel("SchedulerController",
                                   QT_TRANSLATE_NOOP("SchedulerController", "Take %1 off stream"), {commandLabel(*m)}),
        [=](MatchDispatcher &d) { return d.setFeatured(matchId, featured); });
}

bool SchedulerController::moveInStreamQueue(qint64 matchId, int position)
{
    QList<qint64> ids = m_dispatcher->streamQueue();
    const qsizetype from = ids.indexOf(matchId);
    if (from < 0 || position < 0 || position >= ids.size())
        return false;
    if (position == from)
        return true;
    ids.move(from, position);
    return dispatch(
        CommandLabel("SchedulerController", QT_TRANSLATE_NOOP("SchedulerController", "Reorder the stream queue")),
        [=](MatchDispatcher &d) {
            d.setStreamQueue(ids);
            return true;
        });
}

bool SchedulerController::queueForStream(qint64 matchId, bool queued)
{
    const ScheduleMatch *m = m_dispatcher->match(matchId);
    if (!m || (queued && m->state != State::Ready && m->state != State::Pending))
        return false;
    QList<qint64> ids = m_dispatcher->streamQueue();
    if (queued == ids.contains(matchId))
        return true;
    if (queued)
        ids << matchId;
    else
        ids.removeOne(matchId);
    return dispatch(queued
            ? CommandLabel("SchedulerController", QT_TRANSLATE_NOOP("SchedulerController", "Queue %1 for stream"),
                  {commandLabel(*m)})
            : CommandLabel("SchedulerController",
                  QT_TRANSLATE_NOOP("SchedulerController", "Take %1 out of the stream queue"), {commandLabel(*m)}),
        [=](MatchDispatcher &d) {
            d.setStreamQueue(ids);
            return true;
        });
}

bool SchedulerController::callNext(qint64 stationId)
{
    if (m_dispatcher->currentMatchId(stationId) != 0)
        return false;
    qint64 next = 0;
    ScheduleTime nextStart = NoScheduleTime;
    for (auto it = m_estimate.matches.cbegin(); it != m_estimate.matches.cend(); ++it) {
        const ScheduleMatch *m = m_dispatcher->match(it.key());
        if (!m || it->past || it->stationId != stationId || m->isOnStation() || !m->sidesKnown())
            continue;
        if (next == 0 || it->start < nextStart) {
            next = it.key();
            nextStart = it->start;
        }
    }
    return next != 0 && assign(next, stationId);
}

bool SchedulerController::start(qint64 matchId)
{
    const ScheduleMatch *m = m_dispatcher->match(matchId);
    if (!m)
        return false;
    return dispatch(
        CommandLabel("SchedulerController", QT_TRANSLATE_NOOP("SchedulerController", "Start %1"), {commandLabel(*m)}),
        [=](MatchDispatcher &d) { return d.start(matchId); });
}

bool SchedulerController::finish(qint64 matchId, int score1, int score2)
{
    return report(matchId, {{u"score"_s, u"%1-%2"_s.arg(score1).arg(score2)}});
}

bool SchedulerController::forfeit(qint64 matchId, int absentSide)
{
    return report(
        matchId, {{u"kind"_s, QString::fromLatin1(resultKindName(ResultKind::NoShow))}, {u"winner"_s, 1 - absentSide}});
}

bool SchedulerController::report(qint64 matchId, const QVariantMap &input)
{
    const ScheduleMatch *m = m_dispatcher->match(matchId);
    if (!m)
        return false;
    if (const QString problem = m_results.report(m->eventId, matchId, input, {}); !problem.isEmpty()) {
        Q_EMIT error(problem);
        return false;
    }
    return true;
}

// --- For the screens -----------------------------------------------------------------------------

QString SchedulerController::label(const ScheduleMatch &match) const
{
    const auto found = m_info.constFind(match.id);
    return found == m_info.cend() ? u"#%1"_s.arg(match.id) : found->label;
}

CommandLabel SchedulerController::commandLabel(const ScheduleMatch &match) const
{
    const auto found = m_info.constFind(match.id);
    return found == m_info.cend() ? CommandLabel::verbatim(u"#%1"_s.arg(match.id)) : labelOf(*found);
}

CommandLabel SchedulerController::labelOf(const LiveMatch &info)
{
    const auto side = [&](int i) {
        return info.sides[i].name.isEmpty()
            ? CommandLabel("SchedulerController", QT_TRANSLATE_NOOP("SchedulerController", "TBD"))
            : CommandLabel::verbatim(info.sides[i].name);
    };
    return info.side == u"lobby"_s
        ? CommandLabel("SchedulerController", QT_TRANSLATE_NOOP("SchedulerController", "%1 · %2 · %3"),
              {info.eventName, info.roundName, side(0)})
        : CommandLabel("SchedulerController", QT_TRANSLATE_NOOP("SchedulerController", "%1 · %2 · %3 vs %4"),
              {info.eventName, info.roundName, side(0), side(1)});
}

void SchedulerController::remember(LiveMatch info)
{
    // Made once here, not for each of the hundreds of rows every screen lists after each change.
    info.label = labelOf(info).text();
    m_info.insert(info.matchId, std::move(info));
}

std::optional<LiveMatch> SchedulerController::liveMatch(qint64 matchId) const
{
    const auto found = m_info.constFind(matchId);
    const ScheduleMatch *m = m_dispatcher->match(matchId);
    if (found == m_info.cend() || !m)
        return std::nullopt;
    LiveMatch info = *found;
    info.state = m->state;
    const ScheduleEstimate::Match bar = m_estimate.matches.value(matchId);
    info.stationId = m->stationId ? m->stationId : bar.stationId;
    if (const ScheduleStation *station = m_dispatcher->station(info.stationId)) {
        info.stationName = station->name;
        info.stream = station->stream;
    }
    info.calledAt = MatchDispatcher::toDateTime(m->calledAt);
    info.startedAt = MatchDispatcher::toDateTime(m->startedAt);
    info.expectedStart = MatchDispatcher::toDateTime(m->isOnStation() ? m->calledAt : bar.start);
    info.held = m->held;
    info.streamQueued = m_dispatcher->streamQueue().contains(matchId);
    const ScheduleStation *pinned = m_dispatcher->station(m->pinnedStationId);
    info.pinnedStation = pinned ? pinned->name : QString();
    return info;
}

namespace {

void sortSoonestFirst(QList<LiveMatch> &matches)
{
    std::sort(matches.begin(), matches.end(), [](const LiveMatch &a, const LiveMatch &b) {
        return a.expectedStart != b.expectedStart ? a.expectedStart < b.expectedStart : a.matchId < b.matchId;
    });
}

} // namespace

QList<LiveMatch> SchedulerController::nowPlaying() const
{
    QList<LiveMatch> out;
    for (const ScheduleStation &station : m_dispatcher->stations())
        if (const qint64 id = m_dispatcher->currentMatchId(station.id))
            if (const auto info = liveMatch(id))
                out.append(*info);
    return out;
}

QList<LiveMatch> SchedulerController::upNext(int limit) const
{
    // Ordered on (called first, expected start, id) before any match is described: the day may
    // hold thousands of matches, the list shows a few.
    struct Candidate {
        bool called;
        ScheduleTime start;
        qint64 id;
        auto operator<=>(const Candidate &) const = default;
    };
    QList<Candidate> candidates;
    for (const ScheduleMatch &m : m_dispatcher->matches()) {
        if (m.state == State::Called) {
            candidates.append({false, m.calledAt, m.id}); // false sorts first
        } else if (m.id > 0 && (m.state == State::Ready || m.state == State::Pending)) {
            const auto bar = m_estimate.matches.constFind(m.id);
            if (bar != m_estimate.matches.cend() && bar->start != NoScheduleTime)
                candidates.append({true, bar->start, m.id});
        }
    }
    const qsizetype shown = std::min<qsizetype>(limit, candidates.size());
    std::partial_sort(candidates.begin(), candidates.begin() + shown, candidates.end());
    QList<LiveMatch> out;
    for (qsizetype i = 0; i < shown; ++i)
        if (const auto info = liveMatch(candidates[i].id))
            out.append(*info);
    return out;
}

QList<LiveMatch> SchedulerController::waiting() const
{
    QList<LiveMatch> out;
    for (const ScheduleMatch &m : m_dispatcher->matches())
        if (m.state == State::Ready)
            if (const auto info = liveMatch(m.id))
                out.append(*info);
    sortSoonestFirst(out);
    return out;
}

QList<LiveMatch> SchedulerController::streamQueue() const
{
    QList<LiveMatch> out;
    for (qint64 id : m_dispatcher->streamQueue())
        if (const auto info = liveMatch(id))
            out.append(*info);
    return out;
}

qint64 SchedulerController::eventOf(qint64 matchId) const
{
    return m_info.value(matchId).eventId;
}

QList<SchedulerController::EventProgress> SchedulerController::eventProgress() const
{
    QHash<qint64, std::pair<int, int>> counts; // event -> remaining, total
    for (const ScheduleMatch &m : m_dispatcher->matches()) {
        auto &[remaining, total] = counts[m.eventId];
        ++total;
        remaining += m.state != State::Completed;
    }
    QList<EventProgress> out;
    for (const ScheduleEventSettings &s : m_dispatcher->events()) {
        const ScheduleEstimate::Event e = m_estimate.events.value(s.id);
        const auto [remaining, total] = counts.value(s.id);
        const auto timeText = [this](ScheduleTime t) {
            return t == NoScheduleTime ? QString() : MatchPresenter::timeText(QDateTime::fromSecsSinceEpoch(t), m_day);
        };
        out.append({s.id, s.name, s.game, timeText(e.projectedEnd), timeText(e.plannedEnd), int(e.delaySecs() / 60),
            e.unscheduledMatches, remaining, total});
    }
    return out;
}

QList<SchedulerController::PlayerMatches> SchedulerController::lookup(const QString &text, int limit) const
{
    QList<PlayerMatches> out;
    const QString key = searchKey(text.trimmed());
    if (key.isEmpty())
        return out;
    QList<qint64> found;
    for (auto it = m_players.cbegin(); it != m_players.cend(); ++it)
        if (it->key.contains(key))
            found << it.key();
    std::sort(found.begin(), found.end(),
        [this](qint64 a, qint64 b) { return m_players[a].tag.compare(m_players[b].tag, Qt::CaseInsensitive) < 0; });
    for (qint64 playerId : std::as_const(found)) {
        if (out.size() >= limit)
            break;
        out.append(*playerMatches(playerId));
    }
    return out;
}

std::optional<SchedulerController::PlayerMatches> SchedulerController::playerMatches(qint64 playerId) const
{
    const auto player = m_players.constFind(playerId);
    if (player == m_players.cend())
        return std::nullopt;
    PlayerMatches out {playerId, player->tag, player->name, {}, {}};
    const auto describe = [&](const QList<qint64> &ids, QList<PlayerMatches::Next> &into) {
        for (qint64 matchId : ids) {
            const auto info = liveMatch(matchId);
            if (!info)
                continue;
            // The opponent, seen from this player's side.
            const ScheduleMatch *m = m_dispatcher->match(matchId);
            const int mine = m && m->sides[1].contains(playerId) ? 1 : 0;
            const QString opponent = info->sides[1 - mine].name;
            into.append({*info, opponent.isEmpty() ? tr("TBD") : opponent, mine});
        }
    };
    describe(m_dispatcher->matchesOf(playerId, false), out.matches);
    describe(m_dispatcher->matchesOf(playerId, true), out.played);
    return out;
}
