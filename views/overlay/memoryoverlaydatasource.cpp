// SPDX-License-Identifier: GPL-3.0-or-later
#include "memoryoverlaydatasource.h"

#include "live/matchpresenter.h"

using namespace omnium::engine;
using namespace Qt::StringLiterals;

namespace {

std::optional<QJsonObject> find(const QHash<QString, QJsonObject> &map, const QString &key)
{
    const auto it = map.constFind(key);
    if (it == map.cend())
        return std::nullopt;
    return *it;
}

// source: "" (a seeded slot), "F" (the winner of match F) or "-F" (the loser of match F).
QJsonObject slot(const QString &name, const QString &team, int seed, const QJsonValue &score, bool winner,
    const QString &source = {})
{
    QJsonValue from = QJsonValue::Null;
    if (!source.isEmpty()) {
        const bool loser = source.startsWith(u'-');
        from = QJsonObject {
            {u"match"_s, loser ? source.mid(1) : source}, {u"outcome"_s, loser ? u"loser"_s : u"winner"_s}};
    }
    return {{u"name"_s, name}, {u"team"_s, team}, {u"seed"_s, seed}, {u"score"_s, score}, {u"winner"_s, winner},
        {u"source"_s, from}};
}

// The sample's round names, as MatchPresenter names a real bracket's: a double elimination of
// eight (winners rounds 1–3, losers rounds 1–4) and round-robin pools.
QString roundName(const QString &side, int round)
{
    if (side == u"winners"_s)
        return MatchPresenter::roundName(Format::DoubleElimination, Side::Winners, round, 3);
    if (side == u"losers"_s)
        return MatchPresenter::roundName(Format::DoubleElimination, Side::Losers, round, 4);
    if (side == u"grand_final"_s)
        return MatchPresenter::roundName(
            Format::DoubleElimination, round > 1 ? Side::GrandFinalReset : Side::GrandFinal, 1, 1);
    return MatchPresenter::roundName(Format::RoundRobin, Side::RoundRobin, round, 3, 0);
}

QJsonObject match(const QString &id, const QString &side, int round, int position, const QString &label,
    const QString &state, const QJsonArray &slots, const QString &station = {})
{
    return {{u"id"_s, id}, {u"side"_s, side}, {u"round"_s, round}, {u"roundName"_s, roundName(side, round)},
        {u"position"_s, position}, {u"label"_s, label}, {u"bestOf"_s, side == u"grand_final"_s ? 5 : 3},
        {u"state"_s, state}, {u"disputed"_s, false}, {u"station"_s, station}, {u"slots"_s, slots}};
}

// A result an entrant contests, as the pages show it.
QJsonObject contested(QJsonObject match)
{
    match.insert(u"disputed"_s, true);
    return match;
}

} // namespace

std::optional<QJsonObject> MemoryOverlayDataSource::bracket(const QString &phaseId) const
{
    return find(m_brackets, phaseId);
}

std::optional<QJsonObject> MemoryOverlayDataSource::standings(const QString &phaseId) const
{
    return find(m_standings, phaseId);
}

std::optional<QJsonObject> MemoryOverlayDataSource::scoreboard(const QString &stationId) const
{
    return find(m_scoreboards, stationId);
}

std::optional<QJsonObject> MemoryOverlayDataSource::lowerThird(const QString &playerId) const
{
    return find(m_lowerThirds, playerId);
}

void MemoryOverlayDataSource::setInfo(const QJsonObject &info)
{
    m_info = info;
    Q_EMIT changed(infoTopic());
}

void MemoryOverlayDataSource::setPhases(const QJsonArray &phases)
{
    m_phases = phases;
    Q_EMIT changed(phasesTopic());
}

void MemoryOverlayDataSource::setBracket(const QString &phaseId, const QJsonObject &bracket)
{
    m_brackets.insert(phaseId, bracket);
    Q_EMIT changed(bracketTopic(phaseId));
}

void MemoryOverlayDataSource::setStandings(const QString &phaseId, const QJsonObject &standings)
{
    m_standings.insert(phaseId, standings);
    Q_EMIT changed(standingsTopic(phaseId));
}

void MemoryOverlayDataSource::setScoreboard(const QString &stationId, const QJsonObject &scoreboard)
{
    m_scoreboards.insert(stationId, scoreboard);
    Q_EMIT changed(scoreboardTopic(stationId));
}

void MemoryOverlayDataSource::setUpNext(const QJsonObject &upNext)
{
    m_upNext = upNext;
    Q_EMIT changed(upNextTopic());
}

void MemoryOverlayDataSource::setLowerThird(const QString &playerId, const QJsonObject &lowerThird)
{
    m_lowerThirds.insert(playerId, lowerThird);
    Q_EMIT changed(lowerThirdTopic(playerId));
}

void MemoryOverlayDataSource::loadDemo()
{
    setInfo({{u"name"_s, u"Omnium Open #12"_s}, {u"venue"_s, u"Vélodrome national"_s}, {u"accent"_s, u"#e4003a"_s}});

    const QJsonObject top8 {{u"id"_s, u"sf6-top8"_s}, {u"name"_s, u"Top 8"_s},
        {u"event"_s, u"Street Fighter 6 — 1v1"_s}, {u"format"_s, u"double_elimination"_s},
        {u"state"_s, u"in_progress"_s}, {u"live"_s, true}};
    const QJsonObject pool {{u"id"_s, u"rl-poolA"_s}, {u"name"_s, u"Poule A"_s}, {u"event"_s, u"Rocket League — 3v3"_s},
        {u"format"_s, u"round_robin"_s}, {u"state"_s, u"in_progress"_s}, {u"live"_s, false}};
    setPhases({top8, pool});

    const QJsonValue none = QJsonValue::Null;
    setBracket(u"sf6-top8"_s,
        {{u"phase"_s, top8},
            {u"matches"_s,
                QJsonArray {
                    match(u"w1a"_s, u"winners"_s, 1, 0, u"A"_s, u"completed"_s,
                        {slot(u"Kazuki"_s, u"Orbit"_s, 1, 2, true), slot(u"Léa « Zéphyr »"_s, {}, 8, 0, false)}),
                    match(u"w1b"_s, u"winners"_s, 1, 1, u"B"_s, u"completed"_s,
                        {slot(u"MoonLynx"_s, u"Piste 5"_s, 4, 1, false), slot(u"Ibrahim"_s, {}, 5, 2, true)}),
                    match(u"w1c"_s, u"winners"_s, 1, 2, u"C"_s, u"completed"_s,
                        {slot(u"Saskia"_s, u"Orbit"_s, 3, 2, true), slot(u"Noé"_s, {}, 6, 1, false)}),
                    contested(match(u"w1d"_s, u"winners"_s, 1, 3, u"D"_s, u"completed"_s,
                        {slot(u"Tomás"_s, {}, 2, 2, true), slot(u"Ayaka"_s, u"Piste 5"_s, 7, 0, false)})),
                    match(u"w2a"_s, u"winners"_s, 2, 0, u"E"_s, u"in_progress"_s,
                        {slot(u"Kazuki"_s, u"Orbit"_s, 1, 1, false, u"A"_s),
                            slot(u"Ibrahim"_s, {}, 5, 1, false, u"B"_s)},
                        u"Stream"_s),
                    match(u"w2b"_s, u"winners"_s, 2, 1, u"F"_s, u"called"_s,
                        {slot(u"Saskia"_s, u"Orbit"_s, 3, none, false, u"C"_s),
                            slot(u"Tomás"_s, {}, 2, none, false, u"D"_s)},
                        MatchPresenter::stationName(4)),
                    match(u"w3"_s, u"winners"_s, 3, 0, u"G"_s, u"pending"_s,
                        {slot({}, {}, 0, none, false, u"E"_s), slot({}, {}, 0, none, false, u"F"_s)}),
                    match(u"l1a"_s, u"losers"_s, 1, 0, u"H"_s, u"ready"_s,
                        {slot(u"Léa « Zéphyr »"_s, {}, 8, none, false, u"-A"_s),
                            slot(u"MoonLynx"_s, u"Piste 5"_s, 4, none, false, u"-B"_s)}),
                    match(u"l1b"_s, u"losers"_s, 1, 1, u"I"_s, u"ready"_s,
                        {slot(u"Noé"_s, {}, 6, none, false, u"-C"_s),
                            slot(u"Ayaka"_s, u"Piste 5"_s, 7, none, false, u"-D"_s)}),
                    match(u"l2a"_s, u"losers"_s, 2, 0, u"J"_s, u"pending"_s,
                        {slot({}, {}, 0, none, false, u"-F"_s), slot({}, {}, 0, none, false, u"H"_s)}),
                    match(u"l2b"_s, u"losers"_s, 2, 1, u"K"_s, u"pending"_s,
                        {slot({}, {}, 0, none, false, u"-E"_s), slot({}, {}, 0, none, false, u"I"_s)}),
                    match(u"l3"_s, u"losers"_s, 3, 0, u"L"_s, u"pending"_s,
                        {slot({}, {}, 0, none, false, u"J"_s), slot({}, {}, 0, none, false, u"K"_s)}),
                    match(u"l4"_s, u"losers"_s, 4, 0, u"M"_s, u"pending"_s,
                        {slot({}, {}, 0, none, false, u"-G"_s), slot({}, {}, 0, none, false, u"L"_s)}),
                    match(u"gf"_s, u"grand_final"_s, 1, 0, u"N"_s, u"pending"_s,
                        {slot({}, {}, 0, none, false, u"G"_s), slot({}, {}, 0, none, false, u"M"_s)}),
                }}});

    const auto row = [](int rank, const QString &name, int wins, int losses) {
        return QJsonObject {{u"rank"_s, rank}, {u"name"_s, name}, {u"team"_s, QString()}, {u"played"_s, wins + losses},
            {u"wins"_s, wins}, {u"losses"_s, losses}, {u"draws"_s, 0}, {u"points"_s, 3 * wins}};
    };
    setStandings(u"rl-poolA"_s,
        {{u"phase"_s, pool},
            {u"rows"_s,
                QJsonArray {row(1, u"Les Rouleurs"_s, 3, 0), row(2, u"Vélo Club Turbo"_s, 2, 1),
                    row(3, u"Aspiration"_s, 1, 2), row(4, u"Danseuse FC"_s, 0, 3)}}});
    setBracket(u"rl-poolA"_s,
        {{u"phase"_s, pool},
            {u"matches"_s,
                QJsonArray {match(u"p1"_s, u"group"_s, 1, 0, u"1"_s, u"completed"_s,
                                {slot(u"Les Rouleurs"_s, {}, 1, 3, true), slot(u"Danseuse FC"_s, {}, 4, 0, false)}),
                    match(u"p2"_s, u"group"_s, 1, 1, u"2"_s, u"completed"_s,
                        {slot(u"Vélo Club Turbo"_s, {}, 2, 3, true), slot(u"Aspiration"_s, {}, 3, 1, false)})}}});

    setScoreboard({},
        {{u"station"_s, QJsonObject {{u"id"_s, u"stream"_s}, {u"name"_s, u"Stream"_s}}},
            {u"match"_s,
                QJsonObject {{u"id"_s, u"w2a"_s}, {u"event"_s, u"Street Fighter 6 — 1v1"_s}, {u"phase"_s, u"Top 8"_s},
                    {u"side"_s, u"winners"_s}, {u"round"_s, 2}, {u"lastRound"_s, 3},
                    {u"roundName"_s, roundName(u"winners"_s, 2)}, {u"bestOf"_s, 3}, {u"state"_s, u"in_progress"_s},
                    {u"slots"_s,
                        QJsonArray {QJsonObject {{u"name"_s, u"Kazuki"_s}, {u"team"_s, u"Orbit"_s},
                                        {u"country"_s, u"JP"_s}, {u"score"_s, 1}},
                            QJsonObject {{u"name"_s, u"Ibrahim"_s}, {u"team"_s, QString()}, {u"country"_s, u"FR"_s},
                                {u"score"_s, 1}}}}}}});

    const auto next = [](const QString &id, const QString &event, const QString &side, int round, int lastRound,
                          const QString &station, const QString &time, const QString &a, const QString &b) {
        return QJsonObject {{u"id"_s, id}, {u"event"_s, event}, {u"side"_s, side}, {u"round"_s, round},
            {u"lastRound"_s, lastRound}, {u"roundName"_s, roundName(side, round)}, {u"station"_s, station},
            {u"time"_s, time}, {u"state"_s, u"called"_s},
            {u"slots"_s,
                QJsonArray {QJsonObject {{u"name"_s, a}, {u"team"_s, QString()}},
                    QJsonObject {{u"name"_s, b}, {u"team"_s, QString()}}}}};
    };
    setUpNext({{u"matches"_s,
        QJsonArray {next(u"w2b"_s, u"Street Fighter 6 — 1v1"_s, u"winners"_s, 2, 3, MatchPresenter::stationName(4),
                        u"2026-11-28T15:40:00+01:00"_s, u"Saskia"_s, u"Tomás"_s),
            next(u"l1a"_s, u"Street Fighter 6 — 1v1"_s, u"losers"_s, 1, 4, u"Stream"_s, u"2026-11-28T16:00:00+01:00"_s,
                u"Léa « Zéphyr »"_s, u"MoonLynx"_s),
            next(u"p3"_s, u"Rocket League — 3v3"_s, u"group"_s, 2, 3, MatchPresenter::stationName(7),
                u"2026-11-28T16:10:00+01:00"_s, u"Les Rouleurs"_s, u"Aspiration"_s)}}});

    const QJsonObject kazuki {{u"id"_s, u"kazuki"_s}, {u"tag"_s, u"Kazuki"_s}, {u"name"_s, u"Kazuki Mori"_s},
        {u"team"_s, u"Orbit"_s}, {u"country"_s, u"JP"_s}, {u"pronouns"_s, u"il"_s},
        {u"subtitle"_s, u"Seed 1 · Street Fighter 6"_s}};
    setLowerThird(u"kazuki"_s, {{u"player"_s, kazuki}});
    setLowerThird(u"current"_s, {{u"player"_s, kazuki}});
}
