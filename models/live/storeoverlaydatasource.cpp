// SPDX-License-Identifier: GPL-3.0-or-later
#include "storeoverlaydatasource.h"

#include "competition/bracketstore.h"
#include "competition/competitionreader.h"
#include "engine/standingscalculator.h"
#include "live/matchpresenter.h"
#include "live/tournamentlive.h"
#include "store/store.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>

#include <unordered_map>

using namespace omnium::engine;
using namespace Qt::StringLiterals;

namespace {

QString idText(qint64 id)
{
    return QString::number(id);
}

// Where a match sits (docs/overlay-api.md): side as data ("winners", "losers", "grand_final"
// with the reset as its round 2, "third_place", "main" for single elimination, Swiss and
// lobbies, "group" for pools) and roundName, the words every screen shows (MatchPresenter).
void placeMatch(const Phase &phase, const PhaseRoundNames &roundNames, const Match &match, QJsonObject &json)
{
    QString side = u"main"_s;
    int round = match.round;
    switch (match.side) {
    case Side::Winners:
        side = phase.config.format == Format::DoubleElimination ? u"winners"_s : u"main"_s;
        break;
    case Side::Losers:
        side = u"losers"_s;
        break;
    case Side::GrandFinal:
        side = u"grand_final"_s;
        round = 1;
        break;
    case Side::GrandFinalReset:
        side = u"grand_final"_s;
        round = 2;
        break;
    case Side::ThirdPlace:
        side = u"third_place"_s;
        break;
    case Side::RoundRobin:
        side = u"group"_s;
        break;
    case Side::Swiss:
    case Side::Lobby:
        break;
    }
    json.insert(u"side"_s, side);
    json.insert(u"round"_s, round);
    json.insert(u"group"_s, MatchPresenter::groupName(match.group));
    json.insert(u"roundName"_s, roundNames.of(match));
}

QJsonValue gamesWon(const Match &match, int slot)
{
    if (match.state != MatchState::Completed && match.state != MatchState::InProgress)
        return QJsonValue::Null;
    int won = 0;
    for (const auto &game : match.result.games)
        won += game.scores[std::size_t(slot)] > game.scores[std::size_t(1 - slot)] ? 1 : 0;
    return won;
}

// The language the round and station names are being made in: the app's (""), or the open
// MatchPresenter::InLanguage scope's.
QString wordsLanguage()
{
    if (!MatchPresenter::InLanguage::isOpen())
        return {};
    const auto *catalogue = MatchPresenter::InLanguage::catalogue();
    return catalogue ? catalogue->language() : u"source"_s;
}

// Changes that may rename or renumber anything a page shows: everything is sent again.
const QStringList &structuralTables()
{
    static const QStringList tables = {u"phases"_s, u"entrants"_s, u"players"_s, u"teams"_s, u"team_members"_s,
        u"events"_s, u"stations"_s, u"tournaments"_s};
    return tables;
}

} // namespace

StoreOverlayDataSource::StoreOverlayDataSource(Store &store, const TournamentLive &live, QObject *parent)
    : OverlayDataSource(parent)
    , m_store(store)
    , m_live(live)
    , m_brackets(store)
{
    connect(&m_live, &TournamentLive::changed, this, [this] { Q_EMIT changed(upNextTopic()); });
    connect(&m_store, &Store::changed, this, &StoreOverlayDataSource::onChanged);
    connect(&m_store, &Store::opened, this, [this] {
        m_cache.clear();
        m_phaseRows.clear();
        m_phaseMatches.clear();
        Q_EMIT changed(allTopic());
    });
}

void StoreOverlayDataSource::setAccent(const QString &accent)
{
    if (accent == m_accent)
        return;
    m_accent = accent;
    Q_EMIT changed(infoTopic());
}

void StoreOverlayDataSource::setCurrentPlayer(qint64 playerId)
{
    if (playerId == m_currentPlayer)
        return;
    m_currentPlayer = playerId;
    Q_EMIT changed(lowerThirdTopic(u"current"_s));
}

void StoreOverlayDataSource::onChanged(const QList<RowChange> &changes)
{
    bool structural = false;
    QList<qint64> matchIds;
    QList<qint64> gameIds;
    for (const auto &change : changes) {
        if (structuralTables().contains(change.table)
            || (change.table == u"matches"_s && change.kind == RowChange::Kind::Deleted))
            structural = true;
        else if (change.table == u"matches"_s)
            matchIds << change.id;
        else if (change.table == u"games"_s || change.table == u"lobby_entrants"_s)
            gameIds << change.id;
    }
    if (!structural && matchIds.isEmpty() && gameIds.isEmpty())
        return;
    m_cache.clear();
    const BracketStore::Select select
        = [this](const QString &sql, const QVariantList &values) { return m_store.select(sql, values); };
    const auto changedMatches = structural ? std::nullopt : BracketStore::changedMatches(select, changes);
    if (!changedMatches) {
        m_phaseMatches.clear();
    } else if (!m_phaseMatches.isEmpty()) {
        const QSet<qint64> stale(changedMatches->cbegin(), changedMatches->cend());
        for (auto &cached : m_phaseMatches)
            cached.stale.unite(stale);
    }
    if (structural) {
        m_phaseRows.clear();
        Q_EMIT changed(allTopic());
        return;
    }
    // The phases whose matches changed (a reported result also rewrites its match row).
    QSet<qint64> phaseIds;
    for (qint64 id : std::as_const(matchIds)) {
        auto query = m_store.select(u"SELECT phase_id FROM matches WHERE id = ?"_s, {id});
        if (query.next())
            phaseIds.insert(query.value(0).toLongLong());
    }
    for (qint64 phaseId : std::as_const(phaseIds)) {
        Q_EMIT changed(bracketTopic(idText(phaseId)));
        Q_EMIT changed(standingsTopic(idText(phaseId)));
    }
    Q_EMIT changed(phasesTopic()); // states and the live phase follow results
    Q_EMIT changed(upNextTopic());
    Q_EMIT changed(scoreboardTopic());
    auto stations = m_store.select(u"SELECT id FROM stations"_s);
    while (stations.next())
        Q_EMIT changed(scoreboardTopic(idText(stations.value(0).toLongLong())));
}

QJsonObject StoreOverlayDataSource::info() const
{
    // The tournament being played: the live phase's, else the newest.
    const auto live = phaseRow(livePhaseId());
    const CompetitionReader reader(m_store);
    const auto tournament = live ? reader.tournamentOf(live->eventId) : reader.newestTournament();
    return {{u"name"_s, tournament.name}, {u"venue"_s, tournament.venue}, {u"accent"_s, m_accent}};
}

QList<StoreOverlayDataSource::PhaseRow> StoreOverlayDataSource::phaseRows() const
{
    QList<PhaseRow> rows;
    auto query = m_store.select(u"SELECT p.id, p.event_id, p.name, e.name, p.format FROM phases p"
                                " JOIN events e ON e.id = p.event_id ORDER BY e.tournament_id, e.id, p.position"_s);
    while (query.next())
        rows.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString()});
    return rows;
}

std::optional<StoreOverlayDataSource::PhaseRow> StoreOverlayDataSource::phaseRow(qint64 phaseId) const
{
    if (const auto found = m_phaseRows.constFind(phaseId); found != m_phaseRows.cend())
        return *found;
    auto query = m_store.select(u"SELECT p.id, p.event_id, p.name, e.name, p.format FROM phases p"
                                " JOIN events e ON e.id = p.event_id WHERE p.id = ?"_s,
        {phaseId});
    if (!query.next())
        return std::nullopt;
    const PhaseRow row {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
        query.value(3).toString(), query.value(4).toString()};
    m_phaseRows.insert(phaseId, row);
    return row;
}

qint64 StoreOverlayDataSource::livePhaseId() const
{
    // Where a match is being played or called, else where the last result was saved.
    for (const auto &sql : {u"SELECT phase_id FROM matches WHERE state IN ('in_progress', 'called')"
                            " ORDER BY state = 'in_progress' DESC, COALESCE(started_at, called_at, updated_at) DESC"
                            " LIMIT 1"_s,
             u"SELECT phase_id FROM matches WHERE state = 'completed' AND slot1_bye = 0 AND slot2_bye = 0"
             " ORDER BY updated_at DESC, id DESC LIMIT 1"_s,
             u"SELECT id FROM phases ORDER BY id LIMIT 1"_s}) {
        auto query = m_store.select(sql);
        if (query.next())
            return query.value(0).toLongLong();
    }
    return 0;
}

QJsonObject StoreOverlayDataSource::phaseJson(const PhaseRow &row, const Phase &phase, qint64 livePhase)
{
    // completed: nothing left to play; in_progress: a match called, played or being played.
    bool open = false;
    bool started = false;
    for (const Match &match : phase.matches) {
        open = open || (!match.completed() && EventState::isActive(match));
        started = started || match.state == MatchState::Called || match.state == MatchState::InProgress
            || (match.completed() && !match.isBye());
    }
    const QString state = !open ? u"completed"_s : started ? u"in_progress"_s : u"pending"_s;
    return {{u"id"_s, idText(row.id)}, {u"name"_s, row.name}, {u"event"_s, row.event}, {u"format"_s, row.format},
        {u"state"_s, state}, {u"live"_s, row.id == livePhase}};
}

QJsonArray StoreOverlayDataSource::phases() const
{
    const qint64 live = livePhaseId();
    QJsonArray phases;
    for (const auto &row : phaseRows()) {
        if (const auto located = locate(row))
            phases.append(phaseJson(row, *located->phase, live));
    }
    return phases;
}

const BracketStore::EventBracket *StoreOverlayDataSource::eventBracket(qint64 eventId) const
{
    auto it = m_cache.find(eventId);
    if (it == m_cache.end())
        it = m_cache.insert(eventId, m_brackets.load(eventId, nullptr));
    return it->get();
}

QHash<qint64, StoreOverlayDataSource::Entrant> StoreOverlayDataSource::entrants(const QList<qint64> &ids) const
{
    QHash<qint64, Entrant> found;
    if (ids.isEmpty())
        return found;
    QStringList marks;
    QVariantList values;
    for (qint64 id : ids) {
        marks << u"?"_s;
        values << id;
    }
    auto query = m_store.select(u"SELECT en.id, COALESCE(p.tag, t.name), "_s + BracketStore::playerTeamSql
            + u", p.country"
              " FROM entrants en LEFT JOIN players p ON p.id = en.player_id LEFT JOIN teams t ON t.id = en.team_id"
              " WHERE en.id IN ("_s
            + marks.join(u',') + u")"_s,
        values);
    while (query.next())
        found.insert(query.value(0).toLongLong(),
            {query.value(1).toString(), query.value(2).toString(), query.value(3).toString()});
    return found;
}

std::optional<StoreOverlayDataSource::LocatedPhase> StoreOverlayDataSource::locate(const QString &phaseId) const
{
    bool ok = false;
    const auto row = phaseRow(phaseId.toLongLong(&ok));
    return ok && row ? locate(*row) : std::nullopt;
}

std::optional<StoreOverlayDataSource::LocatedPhase> StoreOverlayDataSource::locate(const PhaseRow &row) const
{
    const auto *event = eventBracket(row.eventId);
    const qsizetype index = event ? event->phaseIds.indexOf(row.id) : -1;
    if (index < 0)
        return std::nullopt;
    return LocatedPhase {row, event, &event->state.phases()[std::size_t(index)]};
}

std::optional<QJsonObject> StoreOverlayDataSource::bracket(const QString &phaseId) const
{
    const auto json = bracketJson(phaseId);
    if (!json)
        return std::nullopt;
    return QJsonDocument::fromJson(*json).object();
}

std::optional<QByteArray> StoreOverlayDataSource::bracketJson(const QString &phaseId) const
{
    const auto located = locate(phaseId);
    if (!located)
        return std::nullopt;
    const PhaseRow *row = &located->row;
    const Phase &phase = *located->phase;
    const auto shown = [](const Match &match) { return !match.isBye() && EventState::isActive(match); };

    // The matches whose JSON must be made: all of them, or those changed since the last request.
    PhaseMatches &cached = m_phaseMatches[{row->id, wordsLanguage()}];
    const qsizetype phaseIndex = located->event->phaseIds.indexOf(row->id);
    QList<const Match *> wanted;
    bool whole = cached.at.isEmpty();
    for (qint64 id : std::as_const(cached.stale)) {
        const auto where = located->event->state.locate(id);
        if (whole || !where || where->phase != phaseIndex)
            continue; // another phase's
        const Match &match = phase.matches[std::size_t(where->index)];
        whole = cached.at.contains(match.id) != shown(match); // a match joins or leaves the bracket
        wanted << &match;
    }
    cached.stale.clear();
    if (whole) {
        cached = {};
        wanted.clear();
        for (const auto &match : phase.matches)
            if (shown(match))
                wanted << &match;
    }

    // Where the matches made again are played: the phase's stations, or those few matches'.
    QHash<qint64, QString> stations;
    QStringList marks;
    QVariantList matchIds;
    for (const Match *match : std::as_const(wanted)) {
        marks << u"?"_s;
        matchIds << qint64(match->id);
    }
    const QString stationSql = u"SELECT m.id, s.number, s.name FROM matches m JOIN stations s ON s.id = m.station_id"_s;
    if (!wanted.isEmpty()) {
        auto stationQuery = whole
            ? m_store.select(stationSql + u" WHERE m.phase_id = ?"_s, {row->id})
            : m_store.select(stationSql + u" WHERE m.id IN (%1)"_s.arg(marks.join(u',')), matchIds);
        while (stationQuery.next())
            stations.insert(stationQuery.value(0).toLongLong(),
                MatchPresenter::stationName(stationQuery.value(1).toInt(), stationQuery.value(2).toString()));
    }
    QList<qint64> entrantIds;
    for (const Match *match : std::as_const(wanted)) {
        for (const auto &slot : match->slots)
            if (slot.isEntrant())
                entrantIds << slot.entrant;
        entrantIds.append(QList<qint64>(match->lobby.begin(), match->lobby.end()));
    }
    const auto people = entrants(entrantIds);
    QHash<EntrantId, int> seedOf;
    for (std::size_t i = 0; i < phase.seeds.size(); ++i)
        seedOf.insert(phase.seeds[i], int(i + 1));
    QHash<MatchId, int> numberOf;
    for (std::size_t i = 0; i < phase.matches.size(); ++i)
        numberOf.insert(phase.matches[i].id, int(i + 1));

    const auto slotJson = [&](const Match &match, EntrantId entrant, bool present, int slot) {
        const Entrant person = present ? people.value(entrant) : Entrant();
        QJsonValue source = QJsonValue::Null;
        if (slot >= 0) {
            // Named as the Bracket page names it: a played match, never a bye (playedSource).
            const SlotSource from = playedSource(
                match.slots[std::size_t(slot)].source, [&](MatchId id) { return located->event->state.match(id); });
            if (from.kind == SlotSource::Kind::WinnerOf || from.kind == SlotSource::Kind::LoserOf)
                source = QJsonObject {{u"match"_s, u"M%1"_s.arg(numberOf.value(from.value))},
                    {u"outcome"_s, from.kind == SlotSource::Kind::WinnerOf ? u"winner"_s : u"loser"_s}};
        }
        return QJsonObject {{u"name"_s, person.name}, {u"team"_s, person.team},
            {u"seed"_s, present ? seedOf.value(entrant) : 0},
            {u"score"_s, slot >= 0 ? gamesWon(match, slot) : QJsonValue(QJsonValue::Null)},
            {u"winner"_s, slot >= 0 && match.completed() && match.result.winner == slot}, {u"source"_s, source}};
    };

    const PhaseRoundNames roundNames(phase);
    for (const Match *match : std::as_const(wanted)) {
        QJsonArray slots;
        if (match->side == Side::Lobby) {
            for (EntrantId entrant : match->lobby)
                slots.append(slotJson(*match, entrant, true, -1));
        } else {
            for (int slot = 0; slot < 2; ++slot) {
                const auto &s = match->slots[std::size_t(slot)];
                slots.append(slotJson(*match, s.entrant, s.isEntrant(), slot));
            }
        }
        QJsonObject json {{u"id"_s, idText(match->id)}, {u"position"_s, match->position - 1},
            {u"label"_s, u"M%1"_s.arg(numberOf.value(match->id))}, {u"bestOf"_s, match->bestOf},
            {u"state"_s, BracketStore::stateName(match->state)},
            {u"disputed"_s, located->event->disputed.contains(match->id)}, {u"station"_s, stations.value(match->id)},
            {u"slots"_s, slots}};
        placeMatch(phase, roundNames, *match, json);
        QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Compact);
        if (const auto at = cached.at.constFind(match->id); at != cached.at.cend()) {
            cached.matches[*at] = std::move(bytes);
        } else {
            cached.at.insert(match->id, cached.matches.size());
            cached.matches.append(std::move(bytes));
        }
    }
    // {"matches": […], "phase": {…}}, the keys in the order QJsonDocument writes them.
    return "{\"matches\":["_ba + cached.matches.join(',') + "],\"phase\":"_ba
        + QJsonDocument(phaseJson(*row, phase, livePhaseId())).toJson(QJsonDocument::Compact) + '}';
}

std::optional<QJsonObject> StoreOverlayDataSource::standings(const QString &phaseId) const
{
    const auto located = locate(phaseId);
    if (!located)
        return std::nullopt;
    const PhaseRow *row = &located->row;
    const auto *event = located->event;
    const Phase &phase = *located->phase;
    const auto people = entrants(QList<qint64>(phase.seeds.begin(), phase.seeds.end()));
    QJsonArray rows;
    for (const auto &line : StandingsCalculator::compute(phase, event->state.disqualified())) {
        const Entrant person = people.value(line.entrant);
        rows.append(QJsonObject {{u"rank"_s, line.placement > 0 ? QJsonValue(line.placement) : QJsonValue::Null},
            {u"name"_s, person.name}, {u"team"_s, person.team}, {u"played"_s, line.played}, {u"wins"_s, line.wins},
            {u"losses"_s, line.losses}, {u"draws"_s, line.draws}, {u"points"_s, line.points}});
    }
    QJsonObject phaseJson {
        {u"id"_s, idText(row->id)}, {u"name"_s, row->name}, {u"event"_s, row->event}, {u"format"_s, row->format}};
    return QJsonObject {{u"phase"_s, phaseJson}, {u"rows"_s, rows}};
}

QList<QJsonObject> StoreOverlayDataSource::matchSummaries(const QList<SummaryOf> &wanted, bool withScore) const
{
    // Each match's phase and station, and everyone's names, read once for the whole list.
    QStringList marks;
    QVariantList ids;
    for (const SummaryOf &one : wanted) {
        marks << u"?"_s;
        ids << one.matchId;
    }
    struct Where {
        QString phaseId;
        QString station;
    };
    QHash<qint64, Where> where;
    auto query
        = m_store.select(u"SELECT m.id, m.phase_id, s.number, s.name FROM matches m"
                         " LEFT JOIN stations s ON s.id = m.station_id WHERE m.id IN (%1)"_s.arg(marks.join(u',')),
            ids);
    while (query.next())
        where.insert(query.value(0).toLongLong(),
            {query.value(1).toString(),
                query.value(2).isNull()
                    ? QString()
                    : MatchPresenter::stationName(query.value(2).toInt(), query.value(3).toString())});
    query.finish();
    // Every phase is located (and its event's bracket cached) before any pointer into them is kept.
    QHash<QString, std::optional<LocatedPhase>> phases;
    for (const Where &w : std::as_const(where))
        phases.insert(w.phaseId, locate(w.phaseId));
    for (auto it = phases.begin(); it != phases.end(); ++it)
        *it = locate(it.key());
    QList<qint64> entrantIds;
    for (const SummaryOf &one : wanted) {
        const auto &located = phases.value(where.value(one.matchId).phaseId);
        if (const Match *match = located ? located->event->state.match(one.matchId) : nullptr)
            for (const auto &slot : match->slots)
                if (slot.isEntrant())
                    entrantIds << slot.entrant;
    }
    const auto people = entrants(entrantIds);

    std::unordered_map<const Phase *, PhaseRoundNames> roundNamesOf;
    QList<QJsonObject> summaries;
    for (const SummaryOf &one : wanted) {
        const Where &w = where[one.matchId];
        const auto &located = phases[w.phaseId];
        const Match *match = located ? located->event->state.match(one.matchId) : nullptr;
        if (!match)
            continue;
        const Phase &phase = *located->phase;
        QJsonArray slots;
        for (int slot = 0; slot < 2; ++slot) {
            const auto &s = match->slots[std::size_t(slot)];
            const Entrant person = s.isEntrant() ? people.value(s.entrant) : Entrant();
            QJsonObject json {{u"name"_s, person.name}, {u"team"_s, person.team}};
            if (withScore) {
                json.insert(u"country"_s, person.country);
                const QJsonValue score = gamesWon(*match, slot);
                json.insert(u"score"_s, score.isNull() ? QJsonValue(0) : score);
            }
            slots.append(json);
        }
        const PhaseRoundNames &roundNames = roundNamesOf.try_emplace(&phase, phase).first->second;
        QJsonObject json {{u"id"_s, idText(match->id)}, {u"event"_s, located->row.event},
            {u"phase"_s, located->row.name}, {u"lastRound"_s, roundNames.lastRound(match->side, match->group)},
            {u"bestOf"_s, match->bestOf}, {u"state"_s, BracketStore::stateName(match->state)},
            {u"disputed"_s, located->event->disputed.contains(match->id)}, {u"station"_s, w.station},
            {u"time"_s,
                one.time == 0
                    ? QJsonValue(QJsonValue::Null)
                    : QJsonValue(QDateTime::fromMSecsSinceEpoch(one.time, QTimeZone::UTC).toString(Qt::ISODate))},
            {u"slots"_s, slots}};
        placeMatch(phase, roundNames, *match, json);
        summaries << json;
    }
    return summaries;
}

std::optional<QJsonObject> StoreOverlayDataSource::scoreboard(const QString &stationId) const
{
    QJsonValue station = QJsonValue::Null;
    qint64 matchId = 0;
    auto query = stationId.isEmpty()
        ? m_store.select(u"SELECT id, number, name FROM stations WHERE is_stream = 1 ORDER BY number LIMIT 1"_s)
        : m_store.select(u"SELECT id, number, name FROM stations WHERE id = ?"_s, {stationId.toLongLong()});
    if (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        station = QJsonObject {{u"id"_s, idText(id)},
            {u"name"_s, MatchPresenter::stationName(query.value(1).toInt(), query.value(2).toString())}};
        // The match being played there; between matches, the last one played there with its
        // final score (as stream scoreboards do until the next match starts), else the one called.
        auto playing = m_store.select(u"SELECT id FROM matches WHERE station_id = ? AND (state IN ('in_progress',"
                                      " 'called') OR (state = 'completed' AND slot1_bye = 0 AND slot2_bye = 0))"
                                      " ORDER BY state = 'in_progress' DESC, state = 'completed' DESC,"
                                      " COALESCE(completed_at, started_at, called_at, updated_at) DESC, id DESC"
                                      " LIMIT 1"_s,
            {id});
        matchId = playing.next() ? playing.value(0).toLongLong() : 0;
    } else if (!stationId.isEmpty()) {
        return std::nullopt;
    } else {
        // No stream station set up: the match being played most recently started, else the
        // result saved last (so the scoreboard follows results reported anywhere).
        auto playing = m_store.select(u"SELECT id FROM matches WHERE state = 'in_progress'"
                                      " OR (state = 'completed' AND slot1_bye = 0 AND slot2_bye = 0)"
                                      " ORDER BY state = 'in_progress' DESC,"
                                      " CASE WHEN state = 'in_progress' THEN COALESCE(started_at, updated_at)"
                                      " ELSE COALESCE(completed_at, updated_at) END DESC, id DESC LIMIT 1"_s);
        matchId = playing.next() ? playing.value(0).toLongLong() : 0;
    }
    const QJsonObject match = matchId ? matchSummaries({{matchId}}, true).value(0) : QJsonObject();
    return QJsonObject {
        {u"station"_s, station}, {u"match"_s, match.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(match)}};
}

QJsonObject StoreOverlayDataSource::upNext() const
{
    QList<SummaryOf> wanted;
    for (const LiveMatch &info : m_live.upNextMatches())
        wanted.append({info.matchId, info.expectedStart.isValid() ? info.expectedStart.toMSecsSinceEpoch() : 0});
    QJsonArray matches;
    for (const QJsonObject &match : matchSummaries(wanted, false))
        matches.append(match);
    return {{u"matches"_s, matches}};
}

std::optional<QJsonObject> StoreOverlayDataSource::lowerThird(const QString &playerId) const
{
    const bool current = playerId == u"current"_s;
    const qint64 id = current ? m_currentPlayer : playerId.toLongLong();
    auto query = m_store.select(
        u"SELECT p.id, p.tag, p.name, p.country, (SELECT t.name FROM team_members tm JOIN teams t ON t.id = tm.team_id"
        " WHERE tm.player_id = p.id ORDER BY tm.id LIMIT 1) FROM players p WHERE p.id = ?"_s,
        {id});
    if (!query.next())
        return current ? std::optional(QJsonObject {{u"player"_s, QJsonValue::Null}}) : std::nullopt;
    return QJsonObject {{u"player"_s,
        QJsonObject {{u"id"_s, idText(query.value(0).toLongLong())}, {u"tag"_s, query.value(1).toString()},
            {u"name"_s, query.value(2).toString()}, {u"team"_s, query.value(4).toString()},
            {u"country"_s, query.value(3).toString()}, {u"pronouns"_s, QString()}, {u"subtitle"_s, QString()}}}};
}

QVariantMap StoreOverlayDataSource::scoreboardData(const QString &stationId) const
{
    return scoreboard(stationId).value_or(QJsonObject()).toVariantMap();
}
