// SPDX-License-Identifier: GPL-3.0-or-later
#include "matchresults.h"

#include "engineerrors.h"

#include <QRegularExpression>

#include <algorithm>

using namespace omnium::engine;
using namespace Qt::StringLiterals;

namespace {

int gamesWon(const Result &result, int slot)
{
    int won = 0;
    for (const auto &game : result.games)
        won += game.scores[std::size_t(slot)] > game.scores[std::size_t(1 - slot)] ? 1 : 0;
    return won;
}

QString entrantName(const BracketStore::EventBracket &event, EntrantId entrant)
{
    return event.names.value(entrant, MatchResults::tr("Entrant %1").arg(entrant));
}

} // namespace

MatchResults::MatchResults(BracketStore &brackets)
    : m_brackets(brackets)
{
    m_brackets.store().setConflictDescriber(u"matches"_s, &MatchResults::conflictValues);
}

Store::ConflictValues MatchResults::conflictValues(
    StoreTransaction &tx, const QVariantMap &current, const QVariantMap &refused)
{
    // Results only (a lobby's has no one winner): a call or a reset keeps the commands' labels.
    const auto isResult = [](const QVariantMap &row) {
        return row.value(u"state"_s).toString() == u"completed"_s && row.value(u"side"_s).toString() != u"lobby"_s
            && !row.value(u"winner_entrant_id"_s).isNull();
    };
    if (!isResult(current) || !isResult(refused))
        return {};
    const auto name = [&tx](const QVariant &entrant) {
        auto query = tx.select(u"SELECT COALESCE(p.tag, t.name) FROM entrants e LEFT JOIN players p ON p.id = "
                               "e.player_id LEFT JOIN teams t ON t.id = e.team_id WHERE e.id = ?"_s,
            {entrant});
        return query.next() ? query.value(0).toString() : QString();
    };
    // The winner's games first ("2-1"), or how the match was decided.
    const auto outcome = [](const QVariantMap &row) {
        const QString kind = row.value(u"result_kind"_s).toString();
        if (kind == u"forfeit"_s)
            return tr("forfeit");
        if (kind == u"no_show"_s)
            return tr("no-show");
        if (kind == u"disqualification"_s)
            return tr("disqualification");
        int winner = row.value(u"slot1_score"_s).toInt();
        int loser = row.value(u"slot2_score"_s).toInt();
        if (row.value(u"winner_entrant_id"_s) == row.value(u"slot2_entrant_id"_s))
            std::swap(winner, loser);
        return u"%1-%2"_s.arg(winner).arg(loser);
    };
    const QVariant winner = current.value(u"winner_entrant_id"_s);
    const QVariant refusedWinner = refused.value(u"winner_entrant_id"_s);
    // "2-1 for Kazuki"; the refused one names its winner only when it is someone else.
    return {tr("%1 for %2").arg(outcome(current), name(winner)),
        refusedWinner == winner ? outcome(refused) : tr("%1 for %2").arg(outcome(refused), name(refusedWinner))};
}

QString MatchResults::notReportable(const BracketStore::EventBracket &event, const Match &match)
{
    const auto refusal = EventState::reportRefusal(match);
    return refusal ? EngineErrors::text(*refusal, EngineErrors::forBracket(event)) : QString();
}

MatchResults::Prepared MatchResults::prepare(qint64 eventId, MatchId id, const QVariantMap &input)
{
    Prepared prepared;
    QString error;
    prepared.event = m_brackets.load(eventId, &error);
    if (!prepared.event) {
        prepared.parsed.error = error;
        return prepared;
    }
    const Match *match = prepared.event->state.match(id);
    if (!match) {
        prepared.parsed.error = tr("This match is no longer in the bracket.");
        return prepared;
    }
    // The rules (byes, best-of, draws) are the engine's: its refusal comes back from check() and report().
    prepared.parsed = parse(*prepared.event, *match, input);
    return prepared;
}

MatchResults::Check MatchResults::check(qint64 eventId, MatchId match, const QVariantMap &input)
{
    // A lost venue server: that is the reason, not what a bracket read meanwhile lacks.
    if (const auto refusal = m_brackets.store().checkWritable())
        return {refusal.message, {}};
    const Prepared prepared = prepare(eventId, match, input);
    if (!prepared.parsed.error.isEmpty())
        return {prepared.parsed.error, {}};
    Error engineError;
    auto impact = prepared.event->state.correctionImpact(match, prepared.parsed.result, &engineError);
    if (!impact)
        return {EngineErrors::text(engineError, EngineErrors::forBracket(*prepared.event)), {}};
    return {{}, std::move(*impact)};
}

QString MatchResults::report(
    qint64 eventId, MatchId match, const QVariantMap &input, const std::vector<MatchId> &confirmedResets)
{
    // A lost venue server refuses at once, in the store's words, before anything is read.
    if (const auto refusal = m_brackets.store().checkWritable())
        return refusal.message;
    const Prepared prepared = prepare(eventId, match, input);
    if (!prepared.parsed.error.isEmpty())
        return prepared.parsed.error;
    QString problem;
    const int number = prepared.event->state.locate(match)->index + 1; // as on the Bracket page: "M17"
    // On a venue server: the command the dialog's view was up to, so another desk's result
    // since then is not silently corrected (Store::run's basis).
    const qint64 basis = input.value(u"seenCommandId"_s, -1).toLongLong();
    if (!m_brackets.report(eventId, match, prepared.parsed.result, confirmedResets, &problem,
            label(prepared.parsed.result, number), basis))
        return problem;
    return {};
}

CommandLabel MatchResults::label(const Result &result, int number)
{
    switch (result.kind) {
    case ResultKind::Forfeit:
        return CommandLabel("MatchResults", QT_TRANSLATE_NOOP("MatchResults", "Forfeit M%1"), {number});
    case ResultKind::NoShow:
        return CommandLabel("MatchResults", QT_TRANSLATE_NOOP("MatchResults", "No-show M%1"), {number});
    case ResultKind::Disqualification:
        return CommandLabel("MatchResults", QT_TRANSLATE_NOOP("MatchResults", "Disqualification M%1"), {number});
    case ResultKind::Normal:
        break;
    }
    if (!result.games.empty() && !result.games.front().lobby.empty())
        return CommandLabel("MatchResults", QT_TRANSLATE_NOOP("MatchResults", "Lobby result M%1"), {number});
    return CommandLabel("MatchResults", QT_TRANSLATE_NOOP("MatchResults", "Result %1-%2 M%3"),
        {gamesWon(result, 0), gamesWon(result, 1), number});
}

MatchResults::Parsed MatchResults::parseLobby(
    const BracketStore::EventBracket &event, const Match &match, const QVariantMap &input)
{
    Parsed parsed;
    const QVariantList games = input.value(u"lobby"_s).toList();
    const qsizetype size = qsizetype(match.lobby.size());
    if (games.size() != match.bestOf)
        return {parsed.result, tr("Enter all %n game(s) of the lobby.", "", match.bestOf)};
    for (qsizetype g = 0; g < games.size(); ++g) {
        const QVariantList scores = games[g].toList();
        Game game;
        QHash<int, qsizetype> placed; // placement -> lobby index
        for (qsizetype i = 0; i < size; ++i) {
            const QString name = entrantName(event, match.lobby[std::size_t(i)]);
            const QVariantMap score = scores.value(i).toMap();
            bool ok = false;
            const QString placementText = score.value(u"placement"_s).toString().trimmed();
            const int placement = placementText.toInt(&ok);
            if (!ok)
                return {parsed.result, tr("Game %1: enter %2’s placement.").arg(g + 1).arg(name)};
            if (placement < 1 || placement > size)
                return {parsed.result,
                    tr("Game %1: %2’s placement %3 is out of range: placements go from 1 to %4.")
                        .arg(g + 1)
                        .arg(name)
                        .arg(placement)
                        .arg(size)};
            if (const auto other = placed.constFind(placement); other != placed.cend())
                return {parsed.result,
                    tr("Game %1: %2 and %3 both have placement %4; each placement goes to one entrant.")
                        .arg(g + 1)
                        .arg(entrantName(event, match.lobby[std::size_t(*other)]), name)
                        .arg(placement)};
            placed.insert(placement, i);
            const QString killsText = score.value(u"kills"_s).toString().trimmed();
            const int kills = killsText.isEmpty() ? 0 : killsText.toInt(&ok);
            if (!ok || kills < 0)
                return {parsed.result, tr("Game %1: %2’s kills must be a number, 0 or more.").arg(g + 1).arg(name)};
            game.lobby.push_back(LobbyScore {placement, kills});
        }
        parsed.result.games.push_back(std::move(game));
    }
    return parsed;
}

MatchResults::Parsed MatchResults::parse(
    const BracketStore::EventBracket &event, const Match &match, const QVariantMap &input)
{
    if (match.side == Side::Lobby)
        return parseLobby(event, match, input);
    Parsed parsed;
    Result &result = parsed.result;
    const QString kind = input.value(u"kind"_s, u"normal"_s).toString();
    const QString note = input.value(u"note"_s).toString().trimmed();
    if (kind != u"normal"_s) {
        constexpr ResultKind kinds[] = {ResultKind::Forfeit, ResultKind::NoShow, ResultKind::Disqualification};
        const auto found
            = std::ranges::find_if(kinds, [&](ResultKind k) { return kind == QLatin1StringView(resultKindName(k)); });
        if (found == std::end(kinds))
            return {result, tr("Unknown result kind “%1”.").arg(kind)};
        result.kind = *found;
        result.winner = input.value(u"winner"_s, -1).toInt();
        if (!note.isEmpty())
            result.games.push_back(Game {{0, 0}, note.toStdString(), {}});
        return parsed;
    }
    if (input.contains(u"games"_s)) {
        for (const QVariant &value : input.value(u"games"_s).toList()) {
            const QVariantMap game = value.toMap();
            result.games.push_back(Game {{game.value(u"a"_s).toInt(), game.value(u"b"_s).toInt()},
                game.value(u"note"_s).toString().trimmed().toStdString(), {}});
        }
    } else {
        static const QRegularExpression scorePattern(u"^\\s*(\\d{1,3})\\s*[-:–/ ]\\s*(\\d{1,3})\\s*$"_s);
        const auto scoreMatch = scorePattern.match(input.value(u"score"_s).toString());
        if (!scoreMatch.hasMatch())
            return {result, tr("Type the score as two numbers, like 2-1.")};
        const int a = scoreMatch.captured(1).toInt();
        const int b = scoreMatch.captured(2).toInt();
        if (match.bestOf == 1) {
            // In a best of one the score is the game's own (goals, rounds, stocks).
            result.games.push_back(Game {{a, b}, note.toStdString(), {}});
        } else {
            // One game per game won; the engine checks the total against the best-of.
            for (int i = 0; i < a + b; ++i)
                result.games.push_back(Game {{i < a ? 1 : 0, i < a ? 0 : 1}, {}, {}});
            if (!note.isEmpty() && !result.games.empty())
                result.games.back().note = note.toStdString();
        }
    }
    const int a = gamesWon(result, 0);
    const int b = gamesWon(result, 1);
    result.winner = a > b ? 0 : (b > a ? 1 : -1);
    return parsed;
}
