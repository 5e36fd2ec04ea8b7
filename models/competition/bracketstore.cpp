// SPDX-License-Identifier: GPL-3.0-or-later
#include "bracketstore.h"

#include "engineerrors.h"

#include "core/logging.h"
#include "engine/eventjsoncodec.h"
#include "engine/eventsimulator.h"
#include "engine/lobbybuilder.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>

using namespace omnium::engine;
using namespace Qt::StringLiterals;

namespace {

// The store's words for the engine's enums (its CHECK constraints list them).
template<typename Enum, std::size_t N> struct Names {
    std::array<std::pair<Enum, const char16_t *>, N> pairs;
    QString name(Enum value) const
    {
        for (const auto &[e, text] : pairs) {
            if (e == value) // static text: no copy
                return QString::fromRawData(reinterpret_cast<const QChar *>(text), QStringView(text).size());
        }
        return {};
    }
    std::optional<Enum> value(const QString &name) const
    {
        for (const auto &[e, text] : pairs) {
            if (name == QStringView(text))
                return e;
        }
        return std::nullopt;
    }
};

constexpr Names<Side, 8> sides {
    {{{Side::Winners, u"winners"}, {Side::Losers, u"losers"}, {Side::GrandFinal, u"grand_final"},
        {Side::GrandFinalReset, u"grand_final_reset"}, {Side::ThirdPlace, u"third_place"},
        {Side::RoundRobin, u"round_robin"}, {Side::Swiss, u"swiss"}, {Side::Lobby, u"lobby"}}}};
constexpr Names<MatchState, 5> states {{{{MatchState::Pending, u"pending"}, {MatchState::Ready, u"ready"},
    {MatchState::Called, u"called"}, {MatchState::InProgress, u"in_progress"}, {MatchState::Completed, u"completed"}}}};
constexpr Names<ResultKind, 4> kinds {{{{ResultKind::Normal, u"normal"}, {ResultKind::Forfeit, u"forfeit"},
    {ResultKind::NoShow, u"no_show"}, {ResultKind::Disqualification, u"disqualification"}}}};
constexpr Names<SlotSource::Kind, 4> sources {{{{SlotSource::Kind::None, u"none"}, {SlotSource::Kind::Seed, u"seed"},
    {SlotSource::Kind::WinnerOf, u"winner"}, {SlotSource::Kind::LoserOf, u"loser"}}}};
constexpr Names<Format, 5> formats {
    {{{Format::SingleElimination, u"single_elimination"}, {Format::DoubleElimination, u"double_elimination"},
        {Format::RoundRobin, u"round_robin"}, {Format::Swiss, u"swiss"}, {Format::FreeForAll, u"free_for_all"}}}};

QString tr(const char *text)
{
    return QCoreApplication::translate("BracketStore", text);
}

QVariant nullable(std::int64_t value, bool present)
{
    return present ? QVariant(qint64(value)) : QVariant(QMetaType(QMetaType::LongLong));
}

// The matches columns BracketStore writes, in the order of appendMatchValues().
const QStringList &matchColumnNames()
{
    static const QStringList names {u"group_number"_s, u"side"_s, u"round"_s, u"position"_s, u"slot1_entrant_id"_s,
        u"slot1_bye"_s, u"slot1_source_kind"_s, u"slot1_source_ref"_s, u"slot2_entrant_id"_s, u"slot2_bye"_s,
        u"slot2_source_kind"_s, u"slot2_source_ref"_s, u"best_of"_s, u"state"_s, u"result_kind"_s,
        u"winner_entrant_id"_s, u"slot1_score"_s, u"slot2_score"_s};
    return names;
}

// Appends a match's values for matchColumnNames() to values, with its source match ids mapped to row ids.
void appendMatchValues(QVariantList &values, const Match &match, const std::unordered_map<MatchId, qint64> &rowIds)
{
    values << match.group << sides.name(match.side) << match.round << match.position;
    for (const auto &slot : match.slots) {
        values << nullable(slot.entrant, slot.isEntrant()) << (slot.content == Slot::Content::Bye ? 1 : 0)
               << sources.name(slot.source.kind);
        std::int64_t ref = slot.source.value;
        if (slot.source.kind == SlotSource::Kind::WinnerOf || slot.source.kind == SlotSource::Kind::LoserOf) {
            const auto found = rowIds.find(ref);
            ref = found == rowIds.end() ? ref : found->second;
        }
        values << nullable(ref, slot.source.kind != SlotSource::Kind::None);
    }
    values << match.bestOf << states.name(match.state);
    const bool decided = match.completed();
    const int winner = match.result.winner;
    values << (decided ? QVariant(kinds.name(match.result.kind)) : QVariant(QMetaType(QMetaType::QString)));
    const bool hasWinner = decided && winner >= 0 && match.slots[std::size_t(winner)].isEntrant();
    values << nullable(hasWinner ? match.slots[std::size_t(winner)].entrant : 0, hasWinner);
    int won[2] = {0, 0};
    for (const auto &game : match.result.games) {
        if (game.scores[0] != game.scores[1])
            ++won[game.scores[0] > game.scores[1] ? 0 : 1];
    }
    values << (decided ? QVariant(won[0]) : QVariant(QMetaType(QMetaType::Int)))
           << (decided ? QVariant(won[1]) : QVariant(QMetaType(QMetaType::Int)));
}

void writeGames(StoreTransaction &tx, qint64 matchRow, const Match &match, bool replace)
{
    if (replace) {
        auto query = tx.select(u"SELECT id FROM games WHERE match_id = ?"_s, {matchRow});
        QList<qint64> ids;
        while (query.next())
            ids << query.value(0).toLongLong();
        query.finish();
        for (qint64 id : ids)
            tx.remove(u"games"_s, id, -1);
    }
    if (!match.completed())
        return;
    int number = 0;
    for (const auto &game : match.result.games) {
        const int winner = game.scores[0] == game.scores[1] ? -1 : (game.scores[0] > game.scores[1] ? 0 : 1);
        const bool hasWinner = winner >= 0 && match.slots[std::size_t(winner)].isEntrant();
        tx.insert(u"games"_s,
            {{u"match_id"_s, matchRow}, {u"number"_s, ++number}, {u"slot1_score"_s, game.scores[0]},
                {u"slot2_score"_s, game.scores[1]},
                {u"winner_entrant_id"_s, nullable(hasWinner ? match.slots[std::size_t(winner)].entrant : 0, hasWinner)},
                {u"note"_s, QString::fromStdString(game.note)}});
    }
}

// A free-for-all lobby's entrants, in lobby order (row id order), each with its placement and
// kills in every game and, once played, its total points and placement in the lobby.
void writeLobby(StoreTransaction &tx, qint64 matchRow, const Match &match, const PhaseConfig &config, bool replace)
{
    QList<qint64> rows;
    QList<qint64> entrants;
    if (replace) {
        auto query
            = tx.select(u"SELECT id, entrant_id FROM lobby_entrants WHERE match_id = ? ORDER BY id"_s, {matchRow});
        while (query.next()) {
            rows << query.value(0).toLongLong();
            entrants << query.value(1).toLongLong();
        }
        query.finish();
    }
    const bool sameEntrants = std::equal(entrants.cbegin(), entrants.cend(), match.lobby.cbegin(), match.lobby.cend());
    if (!sameEntrants) {
        for (qint64 id : std::as_const(rows))
            tx.remove(u"lobby_entrants"_s, id, -1);
        rows.clear();
    }
    const bool played = match.completed();
    std::vector<int> points(match.lobby.size(), 0);
    for (const auto &game : match.result.games) {
        for (std::size_t i = 0; i < game.lobby.size() && i < points.size(); ++i)
            points[i] += LobbyBuilder::points(config, game.lobby[i]);
    }
    for (std::size_t i = 0; i < match.lobby.size(); ++i) {
        QVariantMap values {{u"placement"_s, QVariant(QMetaType(QMetaType::Int))},
            {u"points"_s, QVariant(QMetaType(QMetaType::Int))},
            {u"game_scores"_s, QVariant(QMetaType(QMetaType::QString))}};
        if (played) {
            QJsonArray scores;
            for (const auto &game : match.result.games) {
                const LobbyScore score = i < game.lobby.size() ? game.lobby[i] : LobbyScore {};
                scores.append(QJsonObject {{u"placement"_s, score.placement}, {u"kills"_s, score.kills}});
            }
            values[u"placement"_s]
                = 1 + int(std::count_if(points.begin(), points.end(), [&](int p) { return p > points[i]; }));
            values[u"points"_s] = points[i];
            values[u"game_scores"_s] = QString::fromUtf8(QJsonDocument(scores).toJson(QJsonDocument::Compact));
        }
        if (rows.isEmpty() || qsizetype(i) >= rows.size()) {
            values[u"match_id"_s] = matchRow;
            values[u"entrant_id"_s] = qint64(match.lobby[i]);
            tx.insert(u"lobby_entrants"_s, values);
        } else {
            tx.update(u"lobby_entrants"_s, rows[qsizetype(i)], -1, values);
        }
    }
}

// Writes one match that is new (old == nullptr: inserted into phaseRow, its row id noted in
// rowIds) or changed since old, with its games and lobby.
void writeMatch(StoreTransaction &tx, const Match &match, const Match *old, qint64 phaseRow, const PhaseConfig &config,
    std::unordered_map<MatchId, qint64> &rowIds)
{
    QVariantList values;
    values.reserve(matchColumnNames().size() + 4); // phase_id, and the bookkeeping insertMany() adds
    qint64 row = match.id;
    if (old) {
        appendMatchValues(values, match, rowIds);
        QVariantMap changed;
        for (qsizetype i = 0; i < values.size(); ++i)
            changed.insert(matchColumnNames().at(i), values.at(i));
        // When a played match (not a bye) got its result; a correction keeps it, a reset clears it.
        if (match.completed() != old->completed())
            changed.insert(u"completed_at"_s, match.completed() && !match.isBye() ? QVariant(tx.nowMs()) : QVariant());
        tx.update(u"matches"_s, match.id, int(old->version), changed);
    } else {
        // A new bracket writes thousands of matches: logged as their ids, not a row image each.
        static const QStringList columns = QStringList {u"phase_id"_s} + matchColumnNames();
        values << phaseRow;
        appendMatchValues(values, match, rowIds);
        row = tx.insertMany(tx.bulkShape(u"matches"_s, columns), std::move(values));
        rowIds.emplace(match.id, row);
    }
    if (!old || old->result.games != match.result.games || old->completed() != match.completed())
        writeGames(tx, row, match, old != nullptr);
    if (match.side == Side::Lobby
        && (!old || old->lobby != match.lobby || old->result != match.result || old->completed() != match.completed()))
        writeLobby(tx, row, match, config, old != nullptr);
}

QString phaseOptions(const Phase &phase)
{
    QJsonObject options = EventJsonCodec::optionsToJson(phase.config);
    QJsonArray seeds;
    for (EntrantId id : phase.seeds)
        seeds.append(qint64(id));
    options[u"seeds"_s] = seeds;
    if (phase.qualifiersPerGroup > 0)
        options[u"qualifiersPerGroup"_s] = phase.qualifiersPerGroup;
    return QString::fromUtf8(QJsonDocument(options).toJson(QJsonDocument::Compact));
}

} // namespace

const QString BracketStore::playerTeamSql = u"(SELECT tt.name FROM team_members tm JOIN teams tt ON tt.id = tm.team_id"
                                            " WHERE tm.player_id = p.id ORDER BY tm.id LIMIT 1)"_s;

BracketStore::BracketStore(Store &store)
    : m_store(store)
    , m_cache(BracketCache::of(store))
{ }

qint64 BracketStore::createPhase(qint64 eventId, const QString &name, const PhaseConfig &config, QString *error)
{
    qint64 phaseId = 0;
    const auto failure
        = m_store.run(CommandLabel("BracketStore", QT_TRANSLATE_NOOP("BracketStore", "Create the bracket %1"), {name}),
            [&](StoreTransaction &tx) {
                auto existing = tx.select(u"SELECT COUNT(*) FROM phases WHERE event_id = ?"_s, {eventId});
                const int position = existing.next() ? existing.value(0).toInt() : 0;
                existing.finish();
                if (position > 0)
                    tx.fail(StoreError::Kind::Invalid, tr("This event already has a bracket."));
                std::vector<EntrantId> entrants;
                auto query = tx.select(u"SELECT id FROM entrants WHERE event_id = ? AND waitlisted = 0"
                                       " ORDER BY CASE WHEN seed IS NULL THEN 1 ELSE 0 END, seed, id"_s,
                    {eventId});
                while (query.next())
                    entrants.push_back(query.value(0).toLongLong());
                query.finish();
                Error engineError;
                const auto state = EventState::create(config, entrants, &engineError);
                if (!state)
                    tx.fail(StoreError::Kind::Invalid, EngineErrors::text(engineError, EngineErrors::byId()));

                const Phase &phase = state->phases().front();
                phaseId = tx.insert(u"phases"_s,
                    {{u"event_id"_s, eventId}, {u"position"_s, position}, {u"name"_s, name},
                        {u"format"_s, formats.name(config.format)}, {u"options"_s, phaseOptions(phase)}});
                // Sources come before the matches they feed, so ids can be mapped in one pass.
                std::unordered_map<MatchId, qint64> rowIds;
                rowIds.reserve(phase.matches.size());
                for (const auto &match : phase.matches)
                    writeMatch(tx, match, nullptr, phaseId, config, rowIds);
            });
    if (failure) {
        if (error)
            *error = failure.message;
        return 0;
    }
    return phaseId;
}

QString BracketStore::stateName(MatchState state)
{
    return states.name(state);
}

QString BracketStore::sideName(Side side)
{
    return sides.name(side);
}

qint64 BracketStore::logStamp(const Select &select)
{
    auto query = select(u"SELECT MAX(id) FROM command_log"_s, {});
    const qint64 stamp = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return stamp;
}

namespace {

// The matches columns read() parses, in matchFromRow()'s order.
const QString matchColumns = u"SELECT id, group_number, side, round, position, slot1_entrant_id, slot1_bye,"
                             " slot1_source_kind, slot1_source_ref, slot2_entrant_id, slot2_bye, slot2_source_kind,"
                             " slot2_source_ref, best_of, state, result_kind, winner_entrant_id, version, disputed"
                             " FROM matches"_s;

// One match as its row stores it (games and lobby are read apart), or nullopt with *error.
std::optional<Match> matchFromRow(const QSqlQuery &query, int phase, QString *error)
{
    Match match;
    match.id = query.value(0).toLongLong();
    match.phase = phase;
    match.group = query.value(1).toInt();
    const auto side = sides.value(query.value(2).toString());
    const auto state = states.value(query.value(14).toString());
    if (!side || !state) {
        *error = tr("Match %1 has an unknown side or state.").arg(match.id);
        return std::nullopt;
    }
    match.side = *side;
    match.round = query.value(3).toInt();
    match.position = query.value(4).toInt();
    for (int i = 0; i < 2; ++i) {
        auto &slot = match.slots[std::size_t(i)];
        const int base = 5 + 4 * i;
        if (!query.value(base).isNull()) {
            slot.content = Slot::Content::Entrant;
            slot.entrant = query.value(base).toLongLong();
        } else if (query.value(base + 1).toInt() != 0) {
            slot.content = Slot::Content::Bye;
        }
        const auto kind = sources.value(query.value(base + 2).toString());
        if (!kind) {
            *error = tr("Match %1 has an unknown slot source.").arg(match.id);
            return std::nullopt;
        }
        slot.source = {*kind, query.value(base + 3).toLongLong()};
    }
    match.bestOf = query.value(13).toInt();
    match.state = *state;
    if (match.completed()) {
        match.result.kind = kinds.value(query.value(15).toString()).value_or(ResultKind::Normal);
        const qint64 winner = query.value(16).toLongLong();
        // A bye against a bye has no winning entrant: the engine advances the upper slot.
        const bool noWinner = query.value(16).isNull();
        match.result.winner = noWinner && match.isBye() ? (match.slots[1].content == Slot::Content::Bye ? 0 : 1)
            : noWinner                                  ? -1
            : match.slots[0].isEntrant() && match.slots[0].entrant == winner ? 0
                                                                             : 1;
    }
    match.version = query.value(17).toLongLong();
    return match;
}

// The games, and for lobbies the entrants and their scores, of the matches `where` selects
// (`m` is the matches table); matches maps their ids to where they are.
bool readGamesAndLobbies(const BracketStore::Select &select, const QString &where, const QVariantList &values,
    const QHash<MatchId, Match *> &matches, QString *error)
{
    auto games = select(u"SELECT g.match_id, g.slot1_score, g.slot2_score, g.note FROM games g"
                        " JOIN matches m ON m.id = g.match_id WHERE "_s
            + where + u" ORDER BY g.match_id, g.number"_s,
        values);
    while (games.next()) {
        if (Match *match = matches.value(games.value(0).toLongLong()))
            match->result.games.push_back(
                Game {{games.value(1).toInt(), games.value(2).toInt()}, games.value(3).toString().toStdString()});
    }
    games.finish();
    auto lobby = select(u"SELECT l.match_id, l.entrant_id, l.game_scores FROM lobby_entrants l"
                        " JOIN matches m ON m.id = l.match_id WHERE "_s
            + where + u" ORDER BY l.match_id, l.id"_s,
        values);
    while (lobby.next()) {
        Match *match = matches.value(lobby.value(0).toLongLong());
        if (!match)
            continue;
        match->lobby.push_back(lobby.value(1).toLongLong());
        if (!match->completed())
            continue;
        const auto scores = QJsonDocument::fromJson(lobby.value(2).toString().toUtf8()).array();
        if (scores.size() != std::ssize(match->result.games)) {
            *error = tr("Match %1 has lobby scores for %2 game(s), not %3.")
                         .arg(match->id)
                         .arg(scores.size())
                         .arg(match->result.games.size());
            return false;
        }
        for (qsizetype g = 0; g < scores.size(); ++g) {
            const auto score = scores.at(g).toObject();
            match->result.games[std::size_t(g)].lobby.push_back(
                LobbyScore {score.value(u"placement"_s).toInt(), score.value(u"kills"_s).toInt()});
        }
    }
    lobby.finish();
    return true;
}

// The entrants a disqualification result put out, from every match's result.
std::set<EntrantId> disqualifiedIn(const std::vector<Phase> &phases)
{
    std::set<EntrantId> disqualified;
    for (const auto &phase : phases) {
        for (const auto &match : phase.matches) {
            if (match.completed() && match.result.kind == ResultKind::Disqualification && match.result.winner >= 0) {
                const auto &loser = match.slots[std::size_t(1 - match.result.winner)];
                if (loser.isEntrant())
                    disqualified.insert(loser.entrant);
            }
        }
    }
    return disqualified;
}

// The state rebuilt from its phases: the engine checks every slot against its source.
bool rebuildState(BracketStore::EventBracket &bracket, std::vector<Phase> phases, MatchId nextId, QString *error)
{
    Error engineError;
    auto disqualified = disqualifiedIn(phases);
    auto state = EventState::fromParts(std::move(phases), std::move(disqualified), nextId, &engineError);
    if (!state) {
        *error
            = tr("The stored bracket is inconsistent: %1").arg(EngineErrors::text(engineError, EngineErrors::byId()));
        return false;
    }
    bracket.state = std::move(*state);
    return true;
}

} // namespace

std::optional<BracketStore::EventBracket> BracketStore::read(const Select &select, qint64 eventId, QString *error)
{
    QString problem;
    const auto fail = [&](const QString &message) -> std::optional<EventBracket> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    std::vector<Phase> phases;
    EventBracket bracket;
    auto phaseQuery
        = select(u"SELECT id, name, format, options FROM phases WHERE event_id = ? ORDER BY position"_s, {eventId});
    while (phaseQuery.next()) {
        const auto format = formats.value(phaseQuery.value(2).toString());
        const auto options = QJsonDocument::fromJson(phaseQuery.value(3).toString().toUtf8()).object();
        QString optionsError;
        const auto config = format ? EventJsonCodec::optionsFromJson(options, *format, &optionsError) : std::nullopt;
        if (!config)
            return fail(tr("Phase %1 has unreadable options: %2").arg(phaseQuery.value(1).toString(), optionsError));
        Phase phase;
        phase.config = *config;
        for (const auto &seed : options.value(u"seeds"_s).toArray())
            phase.seeds.push_back(seed.toInteger());
        phase.qualifiersPerGroup = options.value(u"qualifiersPerGroup"_s).toInt();
        phases.push_back(std::move(phase));
        bracket.phaseIds << phaseQuery.value(0).toLongLong();
        bracket.phaseNames << phaseQuery.value(1).toString();
    }
    phaseQuery.finish();

    MatchId nextId = 1;
    for (qsizetype p = 0; p < bracket.phaseIds.size(); ++p) {
        auto &matches = phases[std::size_t(p)].matches;
        auto query = select(matchColumns + u" WHERE phase_id = ? ORDER BY id"_s, {bracket.phaseIds[p]});
        while (query.next()) {
            auto match = matchFromRow(query, int(p), &problem);
            if (!match)
                return fail(problem);
            if (query.value(18).toInt() != 0)
                bracket.disputed.insert(match->id);
            nextId = std::max(nextId, match->id + 1);
            matches.push_back(std::move(*match));
        }
        query.finish();
        QHash<MatchId, Match *> byId;
        for (auto &match : matches)
            byId.insert(match.id, &match);
        if (!readGamesAndLobbies(select, u"m.phase_id = ?"_s, {bracket.phaseIds[p]}, byId, &problem))
            return fail(problem);
    }
    if (!rebuildState(bracket, std::move(phases), nextId, &problem))
        return fail(problem);

    auto names = select(u"SELECT e.id, COALESCE(p.tag, t.name), "_s + playerTeamSql
            + u" FROM entrants e LEFT JOIN players p ON p.id = e.player_id"
              " LEFT JOIN teams t ON t.id = e.team_id WHERE e.event_id = ?"_s,
        {eventId});
    while (names.next()) {
        const EntrantId entrant = names.value(0).toLongLong();
        bracket.names.insert(entrant, names.value(1).toString());
        if (const QString team = names.value(2).toString(); !team.isEmpty())
            bracket.teams.insert(entrant, team);
    }
    names.finish();
    return bracket;
}

bool BracketStore::patch(const Select &select, EventBracket &bracket, const QList<qint64> &matchIds)
{
    std::vector<Match> fresh; // the rows as stored now, in matchIds' order
    fresh.reserve(std::size_t(matchIds.size())); // byId points into it
    QHash<MatchId, Match *> byId;
    QStringList marks;
    QVariantList values;
    for (qint64 id : matchIds) {
        const Match *old = bracket.state.match(id);
        if (!old || byId.contains(id))
            return false;
        byId.insert(id, &fresh.emplace_back(*old));
        marks << u"?"_s;
        values << id;
    }
    const QString in = u" IN ("_s + marks.join(u',') + u')';
    QString problem;
    auto query = select(matchColumns + u" WHERE id"_s + in, values);
    qsizetype found = 0;
    while (query.next()) {
        Match *old = byId.value(query.value(0).toLongLong());
        auto match = matchFromRow(query, old->phase, &problem);
        if (!match)
            return false;
        if (query.value(18).toInt() != 0)
            bracket.disputed.insert(match->id);
        else
            bracket.disputed.remove(match->id);
        *old = std::move(*match);
        ++found;
    }
    query.finish();
    if (found != byId.size() || !readGamesAndLobbies(select, u"m.id"_s + in, values, byId, &problem))
        return false;
    if (bracket.state.replaceMatches(fresh))
        return true;
    // A change the patch cannot check alone: the whole event is checked again.
    std::vector<Phase> phases = bracket.state.phases();
    for (Match &match : fresh) {
        const auto where = bracket.state.locate(match.id);
        phases[std::size_t(where->phase)].matches[std::size_t(where->index)] = std::move(match);
    }
    return rebuildState(bracket, std::move(phases), bracket.state.nextMatchId(), &problem);
}

BracketCache::BracketCache(Store &store)
    : QObject(&store)
{
    connect(&store, &Store::changed, this, [this](const RowChanges &changes) { pending.append(changes); });
    // Another file, or a restored one: command ids start again, nothing cached holds.
    connect(&store, &Store::opened, this, [this] {
        events.clear();
        pending.clear();
    });
}

BracketCache &BracketCache::of(Store &store)
{
    if (auto *cache = store.findChild<BracketCache *>(QString(), Qt::FindDirectChildrenOnly))
        return *cache;
    return *new BracketCache(store);
}

std::optional<QList<qint64>> BracketStore::changedMatches(const Select &select, const RowChanges &changes)
{
    static const QStringList readWhole {u"phases"_s, u"entrants"_s, u"players"_s, u"teams"_s};
    QSet<qint64> matches;
    QList<qint64> games;
    QList<qint64> lobbies;
    bool rowsDeleted = false;
    for (const RowChange &change : changes) {
        if (readWhole.contains(change.table)
            || (change.table == u"matches"_s && change.kind != RowChange::Kind::Updated))
            return std::nullopt;
        if (change.table == u"matches"_s)
            matches.insert(change.id);
        else if (change.table == u"games"_s || change.table == u"lobby_entrants"_s) {
            if (change.kind == RowChange::Kind::Deleted)
                rowsDeleted = true;
            else
                (change.table == u"games"_s ? games : lobbies) << change.id;
        }
    }
    // Games are replaced whole (deleted, then the new ones inserted): the new rows name their
    // match. Rows only deleted belong to a match whose own row changed too (a result undone),
    // or to one this cannot name: then read everything.
    for (const auto &[table, ids] : {std::pair {u"games"_s, games}, std::pair {u"lobby_entrants"_s, lobbies}}) {
        for (qint64 id : ids) {
            auto query = select(u"SELECT match_id FROM %1 WHERE id = ?"_s.arg(table), {id});
            if (query.next())
                matches.insert(query.value(0).toLongLong());
        }
    }
    if (rowsDeleted && matches.isEmpty())
        return std::nullopt;
    return QList<qint64>(matches.cbegin(), matches.cend());
}

std::shared_ptr<const BracketStore::EventBracket> BracketStore::cached(
    const Select &select, qint64 eventId, qint64 stamp)
{
    if (!m_cache.pending.isEmpty()) {
        const RowChanges pending = std::exchange(m_cache.pending, {});
        const auto matches = changedMatches(select, pending);
        if (!matches)
            m_cache.events.clear();
        for (auto it = m_cache.events.begin(); matches && it != m_cache.events.end();) {
            QList<qint64> mine;
            for (qint64 id : *matches)
                if (it->bracket->state.match(id))
                    mine << id;
            if (!mine.isEmpty() && it->bracket.use_count() > 1) // a reader still holds it as it was
                it->bracket = std::make_shared<EventBracket>(*it->bracket);
            // The commands this store ran, undid or adopted: the rows they changed are all it misses.
            if (mine.isEmpty() || patch(select, *it->bracket, mine)) {
                it->stamp = stamp;
                ++it;
            } else {
                it = m_cache.events.erase(it);
            }
        }
    }
    const auto found = m_cache.events.constFind(eventId);
    return found != m_cache.events.cend() && found->stamp == stamp ? found->bracket : nullptr;
}

std::shared_ptr<const BracketStore::EventBracket> BracketStore::load(qint64 eventId, QString *error)
{
    const Select select
        = [this](const QString &sql, const QVariantList &values) { return m_store.select(sql, values); };
    // The stamp is read first: rows committed meanwhile only make the cache look older than it is.
    const qint64 stamp = logStamp(select);
    if (auto bracket = cached(select, eventId, stamp))
        return bracket;
    auto bracket = read(select, eventId, error);
    if (!bracket) {
        m_cache.events.remove(eventId);
        return nullptr;
    }
    auto shared = std::make_shared<EventBracket>(*std::move(bracket));
    m_cache.events.insert(eventId, {shared, stamp});
    return shared;
}

std::shared_ptr<const BracketStore::EventBracket> BracketStore::loadInside(
    StoreTransaction &tx, qint64 eventId, const RowChanges &changes, QString *error)
{
    const auto &writing = m_cache.writing;
    if (writing.tx == &tx && writing.eventId == eventId && writing.writes == tx.writes())
        return writing.bracket;
    const Select select = [&tx](const QString &sql, const QVariantList &values) { return tx.select(sql, values); };
    // The shared cache only ever holds committed rows: this command's are patched into a copy.
    const auto found = m_cache.events.constFind(eventId);
    if (m_cache.pending.isEmpty() && found != m_cache.events.cend() && found->stamp == logStamp(select)) {
        auto bracket = std::make_shared<EventBracket>(*found->bracket);
        const auto matches = changedMatches(select, changes);
        QList<qint64> mine;
        for (qint64 id : matches.value_or(QList<qint64>()))
            if (bracket->state.match(id))
                mine << id;
        if (matches && (mine.isEmpty() || patch(select, *bracket, mine)))
            return bracket;
    }
    auto bracket = read(select, eventId, error);
    return bracket ? std::make_shared<EventBracket>(*std::move(bracket)) : nullptr;
}

bool BracketStore::apply(qint64 eventId, const CommandLabel &label, const Operation &operation, QString *error)
{
    return apply(eventId, label, {}, operation, error);
}

bool BracketStore::apply(qint64 eventId, const CommandLabel &label, const QString &newPhaseName,
    const Operation &operation, QString *error, MatchId settled, qint64 basis)
{
    QString operationError;
    std::shared_ptr<EventBracket> loaded;
    // The follow-ups read the bracket the operation made (see BracketCache::writing) until the end.
    const auto forgetWriting = qScopeGuard([this] { m_cache.writing = {}; });
    const auto failure = m_store.run(
        label,
        [&](StoreTransaction &tx) {
            const Select select
                = [&tx](const QString &sql, const QVariantList &values) { return tx.select(sql, values); };
            // Nothing written yet: what this reads is committed, so the shared cache may keep it.
            // The command's own rows reach the cache after the commit, through Store::changed.
            const qint64 stamp = logStamp(select);
            auto committed = cached(select, eventId, stamp);
            if (!committed) {
                auto read = BracketStore::read(select, eventId, &operationError);
                if (!read)
                    tx.fail(StoreError::Kind::Corrupt, operationError);
                auto shared = std::make_shared<EventBracket>(*std::move(read));
                m_cache.events.insert(eventId, {shared, stamp});
                committed = shared;
            }
            // The operation works on a copy; the cache keeps the rows as committed, to compare with.
            loaded = std::make_shared<EventBracket>(*committed);
            const EventState &before = committed->state;
            Error engineError;
            if (!operation(loaded->state, &engineError))
                tx.fail(StoreError::Kind::Invalid, EngineErrors::text(engineError, EngineErrors::forBracket(*loaded)));

            std::unordered_map<MatchId, qint64> rowIds; // engine ids of new matches -> row ids
            const auto &phases = loaded->state.phases();
            for (std::size_t p = 0; p < phases.size(); ++p) {
                if (qsizetype(p) >= loaded->phaseIds.size()) {
                    // A phase added by the operation.
                    const QString name = newPhaseName.isEmpty() ? tr("Phase %1").arg(p + 1) : newPhaseName;
                    loaded->phaseIds << tx.insert(u"phases"_s,
                        {{u"event_id"_s, eventId}, {u"position"_s, qint64(p)}, {u"name"_s, name},
                            {u"format"_s, formats.name(phases[p].config.format)},
                            {u"options"_s, phaseOptions(phases[p])}});
                    loaded->phaseNames << name;
                    tx.update(u"phases"_s, loaded->phaseIds[qsizetype(p) - 1], -1,
                        {{u"progress_count"_s, phases[p].qualifiersPerGroup}});
                }
                for (const auto &match : phases[p].matches) {
                    const Match *old = before.match(match.id);
                    if (old && *old == match)
                        continue;
                    if (old && old->completed() && !match.completed())
                        tx.destructive(u"reset"_s); // a played result goes: backup first
                    writeMatch(tx, match, old, loaded->phaseIds[qsizetype(p)], phases[p].config, rowIds);
                }
            }
            if (settled != 0
                && loaded->disputed.remove(settled)) // settled in the same command: one undo gives both back
                tx.update(u"matches"_s, settled, -1, {{u"disputed"_s, 0}});
            // New matches' rows have other ids than the engine's: then the follow-ups read the rows.
            if (rowIds.empty())
                m_cache.writing = {&tx, eventId, tx.writes(), loaded};
        },
        basis);
    if (failure) {
        if (error)
            *error = failure.message;
        return false;
    }
    return true;
}

std::optional<std::vector<MatchId>> BracketStore::correctionImpact(
    qint64 eventId, MatchId match, const Result &result, QString *error)
{
    auto loaded = load(eventId, error);
    if (!loaded)
        return std::nullopt;
    Error engineError;
    auto impact = loaded->state.correctionImpact(match, result, &engineError);
    if (!impact && error)
        *error = EngineErrors::text(engineError, EngineErrors::forBracket(*loaded));
    return impact;
}

bool BracketStore::report(qint64 eventId, MatchId match, const Result &result,
    const std::vector<MatchId> &confirmedResets, QString *error, const CommandLabel &label, qint64 basis)
{
    return apply(
        eventId,
        label.isEmpty()
            ? CommandLabel("BracketStore", QT_TRANSLATE_NOOP("BracketStore", "Report the result of match %1"), {match})
            : label,
        {}, [&](EventState &state, Error *e) { return state.report(match, result, confirmedResets, e); }, error, match,
        basis);
}

bool BracketStore::setDisputed(qint64 eventId, MatchId match, bool disputed, QString *error)
{
    const auto failure = m_store.run(disputed
            ? CommandLabel("BracketStore", QT_TRANSLATE_NOOP("BracketStore", "Mark match %1 as disputed"), {match})
            : CommandLabel(
                  "BracketStore", QT_TRANSLATE_NOOP("BracketStore", "Settle the dispute over match %1"), {match}),
        [&](StoreTransaction &tx) {
            auto query = tx.select(u"SELECT m.disputed FROM matches m JOIN phases p ON p.id = m.phase_id"
                                   " WHERE m.id = ? AND p.event_id = ?"_s,
                {qint64(match), eventId});
            if (!query.next())
                tx.fail(StoreError::Kind::NotFound, tr("Match %1 is not in this event.").arg(match));
            const bool current = query.value(0).toInt() != 0;
            query.finish();
            if (current != disputed)
                tx.update(u"matches"_s, match, -1, {{u"disputed"_s, disputed ? 1 : 0}});
        });
    if (failure && error)
        *error = failure.message;
    return !failure;
}

bool BracketStore::setState(qint64 eventId, MatchId match, MatchState state, QString *error)
{
    return apply(
        eventId,
        CommandLabel("BracketStore", QT_TRANSLATE_NOOP("BracketStore", "Change the state of match %1"), {match}),
        [&](EventState &s, Error *e) { return s.setState(match, state, e); }, error);
}

bool BracketStore::disqualify(qint64 eventId, EntrantId entrant, QString *error)
{
    return apply(
        eventId, CommandLabel("BracketStore", QT_TRANSLATE_NOOP("BracketStore", "Disqualify entrant %1"), {entrant}),
        [&](EventState &s, Error *e) { return s.disqualify(entrant, e); }, error);
}

bool BracketStore::startNextRound(qint64 eventId, int phase, QString *error)
{
    return apply(
        eventId, CommandLabel("BracketStore", QT_TRANSLATE_NOOP("BracketStore", "Start the next round")),
        [&](EventState &s, Error *e) { return s.startNextRound(phase, e); }, error);
}

qint64 BracketStore::addPhase(
    qint64 eventId, const QString &name, const PhaseConfig &config, int qualifiersPerGroup, QString *error)
{
    std::size_t count = 0;
    const bool ok = apply(
        eventId, CommandLabel("BracketStore", QT_TRANSLATE_NOOP("BracketStore", "Create the bracket %1"), {name}), name,
        [&](EventState &s, Error *e) {
            count = s.phases().size();
            if (count == 0)
                return *e = Error {ErrorCode::NoBracketYet, {}}, false;
            return s.addPhase(config, qualifiersPerGroup, e);
        },
        error);
    if (!ok)
        return 0;
    auto query
        = m_store.select(u"SELECT id FROM phases WHERE event_id = ? AND position = ?"_s, {eventId, qint64(count)});
    return query.next() ? query.value(0).toLongLong() : 0;
}

int BracketStore::simulate(qint64 eventId, std::uint64_t seed, QString *error)
{
    int reported = 0;
    const bool ok = apply(
        eventId, CommandLabel("BracketStore", QT_TRANSLATE_NOOP("BracketStore", "Simulate the remaining results")),
        [&](EventState &s, Error *e) {
            EventSimulator simulator(seed);
            reported = simulator.playThrough(s);
            if (reported < 0)
                return *e = Error {ErrorCode::SimulationFailed, {}}, false;
            return true;
        },
        error);
    return ok ? reported : -1;
}
