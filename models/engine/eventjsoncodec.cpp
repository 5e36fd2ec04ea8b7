// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventjsoncodec.h"

#include "standingscalculator.h"
#include "swisspairer.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace omnium::engine {

namespace {

constexpr std::int64_t maxExactDouble = 9007199254740992LL; // 2^53

// 64-bit ids: a JSON number when a double holds it exactly, a decimal string otherwise.
QJsonValue idValue(std::int64_t id)
{
    if (id >= -maxExactDouble && id <= maxExactDouble)
        return QJsonValue(static_cast<qint64>(id));
    return QJsonValue(QString::number(id));
}

QString name(const char *text)
{
    return QString::fromLatin1(text);
}

template<typename Enum, std::size_t N>
std::optional<Enum> enumFrom(const QString &text, const Enum (&values)[N], const char *(*namer)(Enum))
{
    for (Enum value : values)
        if (text == QString::fromLatin1(namer(value)))
            return value;
    return std::nullopt;
}

constexpr Format allFormats[]
    = {Format::SingleElimination, Format::DoubleElimination, Format::RoundRobin, Format::Swiss, Format::FreeForAll};
constexpr Side allSides[] = {Side::Winners, Side::Losers, Side::GrandFinal, Side::GrandFinalReset, Side::ThirdPlace,
    Side::RoundRobin, Side::Swiss, Side::Lobby};
constexpr MatchState allStates[]
    = {MatchState::Pending, MatchState::Ready, MatchState::Called, MatchState::InProgress, MatchState::Completed};
constexpr ResultKind allKinds[]
    = {ResultKind::Normal, ResultKind::Forfeit, ResultKind::NoShow, ResultKind::Disqualification};
constexpr GrandFinalMode allGrandFinals[] = {GrandFinalMode::None, GrandFinalMode::Single, GrandFinalMode::WithReset};
constexpr Tiebreak allTiebreaks[] = {Tiebreak::MatchWins, Tiebreak::GameDifference, Tiebreak::HeadToHead,
    Tiebreak::Buchholz, Tiebreak::MedianBuchholz, Tiebreak::SonnebornBerger, Tiebreak::OpponentMatchWinPercent,
    Tiebreak::GameWinPercent};

QJsonObject optionsToJson(const PhaseConfig &config)
{
    QJsonArray tiebreaks;
    for (Tiebreak tiebreak : config.tiebreaks)
        tiebreaks.append(name(tiebreakName(tiebreak)));
    QJsonArray placementPoints;
    for (int points : config.placementPoints)
        placementPoints.append(points);
    return QJsonObject {
        {u"lobbySize"_s, config.lobbySize},
        {u"lobbyRounds"_s, config.lobbyRounds},
        {u"placementPoints"_s, placementPoints},
        {u"killPoints"_s, config.killPoints},
        {u"bestOf"_s, config.bestOf},
        {u"finalsBestOf"_s, config.finalsBestOf},
        {u"thirdPlaceMatch"_s, config.thirdPlaceMatch},
        {u"grandFinal"_s, name(grandFinalName(config.grandFinal))},
        {u"groups"_s, config.groups},
        {u"doubleRoundRobin"_s, config.doubleRoundRobin},
        {u"swissRounds"_s, config.swissRounds},
        {u"advanceWins"_s, config.advanceWins},
        {u"eliminateLosses"_s, config.eliminateLosses},
        {u"points"_s,
            QJsonObject {{u"win"_s, config.winPoints}, {u"draw"_s, config.drawPoints}, {u"loss"_s, config.lossPoints}}},
        {u"tiebreaks"_s, tiebreaks},
    };
}

QJsonObject slotToJson(const Slot &slot, const std::unordered_map<EntrantId, int> &seedOf)
{
    QJsonObject from;
    switch (slot.source.kind) {
    case SlotSource::Kind::None:
        break;
    case SlotSource::Kind::Seed:
        from.insert(u"seed"_s, static_cast<qint64>(slot.source.value));
        break;
    case SlotSource::Kind::WinnerOf:
        from.insert(u"winnerOf"_s, idValue(slot.source.value));
        break;
    case SlotSource::Kind::LoserOf:
        from.insert(u"loserOf"_s, idValue(slot.source.value));
        break;
    }
    QJsonObject json {{u"from"_s, from}};
    if (slot.content == Slot::Content::Bye) {
        json.insert(u"bye"_s, true);
    } else if (slot.content == Slot::Content::Entrant) {
        json.insert(u"entrant"_s, idValue(slot.entrant));
        json.insert(u"seed"_s, seedOf.at(slot.entrant));
    }
    return json;
}

QJsonObject matchToJson(const Match &match, const std::unordered_map<EntrantId, int> &seedOf)
{
    QJsonArray games;
    for (const Game &game : match.result.games) {
        QJsonObject json;
        if (match.side == Side::Lobby) {
            QJsonArray lobby;
            for (const LobbyScore &score : game.lobby)
                lobby.append(QJsonObject {{u"placement"_s, score.placement}, {u"kills"_s, score.kills}});
            json.insert(u"lobby"_s, lobby);
        } else {
            json.insert(u"scores"_s, QJsonArray {game.scores[0], game.scores[1]});
        }
        if (!game.note.empty())
            json.insert(u"note"_s, QString::fromStdString(game.note));
        games.append(json);
    }
    QJsonObject json {
        {u"id"_s, idValue(match.id)},
        {u"phase"_s, match.phase + 1},
        {u"group"_s, match.group + 1},
        {u"side"_s, name(sideName(match.side))},
        {u"round"_s, match.round},
        {u"position"_s, match.position},
        {u"slots"_s, QJsonArray {slotToJson(match.slots[0], seedOf), slotToJson(match.slots[1], seedOf)}},
        {u"bestOf"_s, match.bestOf},
        {u"games"_s, games},
        {u"state"_s, name(stateName(match.state))},
        {u"version"_s, static_cast<qint64>(match.version)},
    };
    if (match.completed())
        json.insert(u"result"_s,
            QJsonObject {{u"kind"_s, name(resultKindName(match.result.kind))},
                {u"winner"_s,
                    match.result.winner < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(match.result.winner + 1)}});
    else
        json.insert(u"result"_s, QJsonValue(QJsonValue::Null));
    if (match.side == Side::GrandFinalReset)
        json.insert(u"active"_s, EventState::isActive(match));
    if (match.side == Side::Lobby) {
        QJsonArray lobby;
        for (EntrantId entrant : match.lobby)
            lobby.append(QJsonObject {{u"entrant"_s, idValue(entrant)}, {u"seed"_s, seedOf.at(entrant)}});
        json.insert(u"lobby"_s, lobby);
    }
    return json;
}

QJsonObject standingToJson(const StandingRow &row, const PhaseConfig &config)
{
    QJsonObject tiebreaks;
    for (std::size_t i = 0; i < config.tiebreaks.size() && i < row.tiebreaks.size(); ++i) {
        if (config.tiebreaks[i] != Tiebreak::HeadToHead)
            tiebreaks.insert(name(tiebreakName(config.tiebreaks[i])), row.tiebreaks[i]);
    }
    QJsonObject json {
        {u"entrant"_s, idValue(row.entrant)},
        {u"seed"_s, row.seed},
        {u"group"_s, row.group + 1},
        {u"placement"_s, row.placement == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(row.placement)},
        {u"played"_s, row.played},
        {u"wins"_s, row.wins},
        {u"draws"_s, row.draws},
        {u"losses"_s, row.losses},
        {u"byes"_s, row.byes},
        {u"gameWins"_s, row.gameWins},
        {u"gameLosses"_s, row.gameLosses},
        {u"disqualified"_s, row.disqualified},
    };
    if (config.format == Format::FreeForAll)
        json.insert(u"kills"_s, row.kills);
    if (!config.isElimination()) {
        json.insert(u"points"_s, row.points);
        json.insert(u"tiebreaks"_s, tiebreaks);
    }
    return json;
}

// Reading, with the path of the field in every error.
class Reader
{
public:
    QString error;

    bool fail(const QString &path, const QString &what)
    {
        if (error.isEmpty())
            error = path + u": "_s + what;
        return false;
    }
    bool integer(const QJsonObject &object, const QString &path, const QString &key, int &out, int min, int max)
    {
        const QJsonValue value = object.value(key);
        if (!value.isDouble() || value.toDouble() != double(qint64(value.toDouble())))
            return fail(path + u"."_s + key, u"expected an integer"_s);
        const qint64 v = qint64(value.toDouble());
        if (v < min || v > max)
            return fail(path + u"."_s + key, u"%1 is out of range %2..%3"_s.arg(v).arg(min).arg(max));
        out = int(v);
        return true;
    }
    bool id(const QJsonValue &value, const QString &path, std::int64_t &out)
    {
        if (value.isDouble() && value.toDouble() == double(qint64(value.toDouble()))) {
            out = qint64(value.toDouble());
            return true;
        }
        if (value.isString()) {
            bool ok = false;
            out = value.toString().toLongLong(&ok);
            if (ok)
                return true;
        }
        return fail(path, u"expected an id (integer or decimal string)"_s);
    }
    bool boolean(const QJsonObject &object, const QString &path, const QString &key, bool &out)
    {
        const QJsonValue value = object.value(key);
        if (!value.isBool())
            return fail(path + u"."_s + key, u"expected true or false"_s);
        out = value.toBool();
        return true;
    }
    template<typename Enum, std::size_t N>
    bool enumeration(const QJsonObject &object, const QString &path, const QString &key, Enum &out,
        const Enum (&values)[N], const char *(*namer)(Enum))
    {
        const auto value = enumFrom(object.value(key).toString(), values, namer);
        if (!value) {
            QStringList names;
            for (Enum v : values)
                names.append(name(namer(v)));
            return fail(path + u"."_s + key,
                u"\"%1\" is not one of %2"_s.arg(object.value(key).toString(), names.join(u", "_s)));
        }
        out = *value;
        return true;
    }

    bool options(const QJsonObject &json, const QString &path, PhaseConfig &config)
    {
        const QJsonObject points = json.value(u"points"_s).toObject();
        if (!integer(json, path, u"bestOf"_s, config.bestOf, 1, 99)
            || !integer(json, path, u"finalsBestOf"_s, config.finalsBestOf, 0, 99)
            || !boolean(json, path, u"thirdPlaceMatch"_s, config.thirdPlaceMatch)
            || !enumeration(json, path, u"grandFinal"_s, config.grandFinal, allGrandFinals, grandFinalName)
            || !integer(json, path, u"groups"_s, config.groups, 1, 1 << 20)
            || !boolean(json, path, u"doubleRoundRobin"_s, config.doubleRoundRobin)
            || !integer(json, path, u"swissRounds"_s, config.swissRounds, 0, 1000)
            || !integer(json, path, u"advanceWins"_s, config.advanceWins, 0, 1000)
            || !integer(json, path, u"eliminateLosses"_s, config.eliminateLosses, 0, 1000)
            || !integer(points, path + u".points"_s, u"win"_s, config.winPoints, -1000, 1000)
            || !integer(points, path + u".points"_s, u"draw"_s, config.drawPoints, -1000, 1000)
            || !integer(points, path + u".points"_s, u"loss"_s, config.lossPoints, -1000, 1000))
            return false;
        if (!integer(json, path, u"lobbySize"_s, config.lobbySize, 0, 1 << 20)
            || !integer(json, path, u"lobbyRounds"_s, config.lobbyRounds, 0, 1000)
            || !integer(json, path, u"killPoints"_s, config.killPoints, -1000, 1000))
            return false;
        config.placementPoints.clear();
        const QJsonArray placementPoints = json.value(u"placementPoints"_s).toArray();
        for (qsizetype i = 0; i < placementPoints.size(); ++i) {
            if (!placementPoints[i].isDouble())
                return fail(path + u".placementPoints[%1]"_s.arg(i), u"expected an integer"_s);
            config.placementPoints.push_back(placementPoints[i].toInt());
        }
        config.tiebreaks.clear();
        const QJsonArray tiebreaks = json.value(u"tiebreaks"_s).toArray();
        for (qsizetype i = 0; i < tiebreaks.size(); ++i) {
            const auto value = enumFrom(tiebreaks[i].toString(), allTiebreaks, tiebreakName);
            if (!value)
                return fail(
                    path + u".tiebreaks[%1]"_s.arg(i), u"unknown tiebreak \"%1\""_s.arg(tiebreaks[i].toString()));
            config.tiebreaks.push_back(*value);
        }
        return true;
    }

    bool slot(const QJsonObject &json, const QString &path, Slot &slot)
    {
        const QJsonObject from = json.value(u"from"_s).toObject();
        if (from.contains(u"seed"_s)) {
            int seed = 0;
            if (!integer(from, path + u".from"_s, u"seed"_s, seed, 1, 1 << 30))
                return false;
            slot.source = {SlotSource::Kind::Seed, seed};
        } else if (from.contains(u"winnerOf"_s)) {
            slot.source.kind = SlotSource::Kind::WinnerOf;
            if (!id(from.value(u"winnerOf"_s), path + u".from.winnerOf"_s, slot.source.value))
                return false;
        } else if (from.contains(u"loserOf"_s)) {
            slot.source.kind = SlotSource::Kind::LoserOf;
            if (!id(from.value(u"loserOf"_s), path + u".from.loserOf"_s, slot.source.value))
                return false;
        }
        if (json.value(u"bye"_s).toBool()) {
            slot.content = Slot::Content::Bye;
        } else if (json.contains(u"entrant"_s)) {
            slot.content = Slot::Content::Entrant;
            return id(json.value(u"entrant"_s), path + u".entrant"_s, slot.entrant);
        }
        return true;
    }

    bool match(const QJsonObject &json, const QString &path, int phase, Match &match)
    {
        int phaseNumber = 0, group = 0;
        if (!id(json.value(u"id"_s), path + u".id"_s, match.id)
            || !integer(json, path, u"phase"_s, phaseNumber, 1, 1 << 20)
            || !integer(json, path, u"group"_s, group, 1, 1 << 20)
            || !enumeration(json, path, u"side"_s, match.side, allSides, sideName)
            || !integer(json, path, u"round"_s, match.round, 1, 1 << 20)
            || !integer(json, path, u"position"_s, match.position, 1, 1 << 30)
            || !integer(json, path, u"bestOf"_s, match.bestOf, 1, 99)
            || !enumeration(json, path, u"state"_s, match.state, allStates, stateName))
            return false;
        if (phaseNumber != phase + 1)
            return fail(path + u".phase"_s, u"must be %1, the phase that lists the match"_s.arg(phase + 1));
        match.phase = phase;
        match.group = group - 1;
        std::int64_t version = 0;
        if (!id(json.value(u"version"_s), path + u".version"_s, version))
            return false;
        match.version = version;
        const QJsonArray slots = json.value(u"slots"_s).toArray();
        if (slots.size() != 2)
            return fail(path + u".slots"_s, u"expected two slots"_s);
        for (int s = 0; s < 2; ++s)
            if (!slot(slots[s].toObject(), path + u".slots[%1]"_s.arg(s), match.slots[s]))
                return false;
        const QJsonArray lobby = json.value(u"lobby"_s).toArray();
        for (qsizetype i = 0; i < lobby.size(); ++i) {
            EntrantId entrant = 0;
            if (!id(lobby[i].toObject().value(u"entrant"_s), path + u".lobby[%1].entrant"_s.arg(i), entrant))
                return false;
            match.lobby.push_back(entrant);
        }
        const QJsonArray games = json.value(u"games"_s).toArray();
        for (qsizetype g = 0; g < games.size(); ++g) {
            const QJsonObject game = games[g].toObject();
            if (match.side == Side::Lobby) {
                Game parsed;
                const QJsonArray scores = game.value(u"lobby"_s).toArray();
                for (qsizetype i = 0; i < scores.size(); ++i) {
                    const QJsonObject score = scores[i].toObject();
                    LobbyScore entry;
                    const QString at = path + u".games[%1].lobby[%2]"_s.arg(g).arg(i);
                    if (!integer(score, at, u"placement"_s, entry.placement, 1, 1 << 20)
                        || !integer(score, at, u"kills"_s, entry.kills, 0, 1 << 20))
                        return false;
                    parsed.lobby.push_back(entry);
                }
                match.result.games.push_back(std::move(parsed));
                continue;
            }
            const QJsonArray scores = game.value(u"scores"_s).toArray();
            if (scores.size() != 2 || !scores[0].isDouble() || !scores[1].isDouble())
                return fail(path + u".games[%1].scores"_s.arg(g), u"expected two numbers"_s);
            match.result.games.push_back(
                Game {{scores[0].toInt(), scores[1].toInt()}, game.value(u"note"_s).toString().toStdString(), {}});
        }
        const QJsonValue result = json.value(u"result"_s);
        if (match.state == MatchState::Completed) {
            const QJsonObject object = result.toObject();
            if (!result.isObject()
                || !enumeration(object, path + u".result"_s, u"kind"_s, match.result.kind, allKinds, resultKindName))
                return fail(path + u".result"_s, u"a completed match needs a result"_s);
            const QJsonValue winner = object.value(u"winner"_s);
            if (winner.isNull()) {
                match.result.winner = -1;
            } else if (winner.toInt() == 1 || winner.toInt() == 2) {
                match.result.winner = winner.toInt() - 1;
            } else {
                return fail(path + u".result.winner"_s, u"expected 1, 2 or null"_s);
            }
        } else if (!result.isNull() || !games.isEmpty()) {
            return fail(path + u".result"_s, u"only a completed match has a result or games"_s);
        }
        return true;
    }
};

} // namespace

QJsonObject EventJsonCodec::toJson(const EventState &event)
{
    QJsonArray phases;
    for (std::size_t p = 0; p < event.phases().size(); ++p) {
        const Phase &phase = event.phases()[p];
        std::unordered_map<EntrantId, int> seedOf;
        QJsonArray entrants;
        for (std::size_t k = 0; k < phase.seeds.size(); ++k) {
            seedOf[phase.seeds[k]] = static_cast<int>(k) + 1;
            entrants.append(QJsonObject {{u"id"_s, idValue(phase.seeds[k])}, {u"seed"_s, static_cast<int>(k) + 1}});
        }
        QJsonArray matches;
        for (const Match &match : phase.matches)
            matches.append(matchToJson(match, seedOf));
        QJsonArray standings;
        for (const StandingRow &row : StandingsCalculator::compute(phase, event.disqualified()))
            standings.append(standingToJson(row, phase.config));
        QJsonObject json {
            {u"phase"_s, static_cast<int>(p) + 1},
            {u"format"_s, name(formatName(phase.config.format))},
            {u"options"_s, optionsToJson(phase.config)},
            {u"entrants"_s, entrants},
            {u"qualifiersPerGroup"_s, phase.qualifiersPerGroup},
            {u"complete"_s, event.phaseComplete(static_cast<int>(p))},
            {u"matches"_s, matches},
            {u"standings"_s, standings},
        };
        phases.append(json);
    }
    QJsonArray disqualified;
    for (EntrantId entrant : event.disqualified())
        disqualified.append(idValue(entrant));
    return QJsonObject {
        {u"schema"_s, u"omnium-event"_s},
        {u"version"_s, schemaVersion},
        {u"nextMatchId"_s, idValue(event.nextMatchId())},
        {u"disqualified"_s, disqualified},
        {u"phases"_s, phases},
    };
}

QJsonObject EventJsonCodec::optionsToJson(const PhaseConfig &config)
{
    return ::omnium::engine::optionsToJson(config);
}

std::optional<PhaseConfig> EventJsonCodec::optionsFromJson(const QJsonObject &json, Format format, QString *error)
{
    Reader reader;
    PhaseConfig config;
    config.format = format;
    if (!reader.options(json, u"options"_s, config)) {
        if (error)
            *error = reader.error;
        return std::nullopt;
    }
    return config;
}

std::optional<EventState> EventJsonCodec::fromJson(
    const QJsonObject &json, QString *error, std::optional<Error> *refusal)
{
    Reader reader;
    auto failed = [&]() -> std::optional<EventState> {
        if (error)
            *error = reader.error;
        return std::nullopt;
    };
    if (json.value(u"schema"_s).toString() != u"omnium-event"_s) {
        reader.fail(u"schema"_s, u"expected \"omnium-event\""_s);
        return failed();
    }
    if (json.value(u"version"_s).toInt() != schemaVersion) {
        reader.fail(u"version"_s,
            u"version %1 is not supported (this program reads version %2)"_s
                .arg(json.value(u"version"_s).toVariant().toString())
                .arg(schemaVersion));
        return failed();
    }
    MatchId nextMatchId = 0;
    if (!reader.id(json.value(u"nextMatchId"_s), u"nextMatchId"_s, nextMatchId))
        return failed();
    std::set<EntrantId> disqualified;
    const QJsonArray dq = json.value(u"disqualified"_s).toArray();
    for (qsizetype i = 0; i < dq.size(); ++i) {
        EntrantId entrant = 0;
        if (!reader.id(dq[i], u"disqualified[%1]"_s.arg(i), entrant))
            return failed();
        disqualified.insert(entrant);
    }
    std::vector<Phase> phases;
    const QJsonArray phaseArray = json.value(u"phases"_s).toArray();
    if (phaseArray.isEmpty()) {
        reader.fail(u"phases"_s, u"expected at least one phase"_s);
        return failed();
    }
    for (qsizetype p = 0; p < phaseArray.size(); ++p) {
        const QString path = u"phases[%1]"_s.arg(p);
        const QJsonObject object = phaseArray[p].toObject();
        Phase phase;
        if (!reader.enumeration(object, path, u"format"_s, phase.config.format, allFormats, formatName)
            || !reader.options(object.value(u"options"_s).toObject(), path + u".options"_s, phase.config))
            return failed();
        if (!reader.integer(object, path, u"qualifiersPerGroup"_s, phase.qualifiersPerGroup, 0, 1 << 20))
            return failed();
        const QJsonArray entrants = object.value(u"entrants"_s).toArray();
        for (qsizetype k = 0; k < entrants.size(); ++k) {
            const QJsonObject entrant = entrants[k].toObject();
            EntrantId id = 0;
            if (!reader.id(entrant.value(u"id"_s), path + u".entrants[%1].id"_s.arg(k), id))
                return failed();
            if (entrant.value(u"seed"_s).toInt() != k + 1) {
                reader.fail(path + u".entrants[%1].seed"_s.arg(k), u"entrants must be listed in seed order"_s);
                return failed();
            }
            phase.seeds.push_back(id);
        }
        const QJsonArray matches = object.value(u"matches"_s).toArray();
        for (qsizetype m = 0; m < matches.size(); ++m) {
            Match match;
            if (!reader.match(matches[m].toObject(), path + u".matches[%1]"_s.arg(m), static_cast<int>(p), match))
                return failed();
            phase.matches.push_back(std::move(match));
        }
        phases.push_back(std::move(phase));
    }
    Error problem;
    auto state = EventState::fromParts(std::move(phases), std::move(disqualified), nextMatchId, &problem);
    if (!state) {
        reader.fail(u"phases"_s, u"the matches do not make a bracket the engine could have produced"_s);
        if (refusal)
            *refusal = std::move(problem);
        return failed();
    }
    return state;
}

} // namespace omnium::engine
