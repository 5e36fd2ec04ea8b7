// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginetesthelpers.h"

#include <QStandardPaths>
#include <QTest>

#include <set>

using namespace omnium::engine;
using namespace omnium::engine::testing;

Q_DECLARE_METATYPE(std::vector<omnium::engine::Tiebreak>)

namespace {

// Reports "a b winner games..." on the round-robin match between seeds a and b (1-based).
void play(EventState &event, int a, int b, int winnerSeed, std::vector<std::array<int, 2>> games)
{
    const auto &seeds = event.phases()[0].seeds;
    for (const Match &match : event.phases()[0].matches) {
        const EntrantId x = match.slots[0].entrant, y = match.slots[1].entrant;
        if (!((x == seeds[a - 1] && y == seeds[b - 1]) || (x == seeds[b - 1] && y == seeds[a - 1])))
            continue;
        const bool aFirst = x == seeds[a - 1];
        Result result;
        result.winner = winnerSeed == 0 ? -1 : ((winnerSeed == a) == aFirst ? 0 : 1);
        for (auto game : games) {
            // games are given from a's point of view
            result.games.push_back(Game {aFirst ? game : std::array<int, 2> {game[1], game[0]}, {}, {}});
        }
        Error error;
        QVERIFY2(event.report(match.id, result, {}, &error), error.debugText().c_str());
        return;
    }
    QFAIL("no such match");
}

std::vector<int> seedsInOrder(const EventState &event)
{
    std::vector<int> seeds;
    for (const StandingRow &row : StandingsCalculator::compute(event.phases()[0], event.disqualified()))
        seeds.push_back(row.seed);
    return seeds;
}

} // namespace

class TestStandingsCalculator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // A and B tie on points; B has the better game difference, A won their match.
    void tiebreakOrder_data()
    {
        QTest::addColumn<std::vector<Tiebreak>>("tiebreaks");
        QTest::addColumn<std::vector<int>>("expected");
        QTest::newRow("head-to-head first")
            << std::vector<Tiebreak> {Tiebreak::HeadToHead, Tiebreak::GameDifference} << std::vector<int> {1, 2, 4, 3};
        QTest::newRow("game difference first")
            << std::vector<Tiebreak> {Tiebreak::GameDifference, Tiebreak::HeadToHead} << std::vector<int> {2, 1, 4, 3};
        QTest::newRow("seed only") << std::vector<Tiebreak> {} << std::vector<int> {1, 2, 3, 4};
    }

    void tiebreakOrder()
    {
        QFETCH(std::vector<Tiebreak>, tiebreaks);
        QFETCH(std::vector<int>, expected);
        PhaseConfig config;
        config.format = Format::RoundRobin;
        config.bestOf = 3;
        config.tiebreaks = tiebreaks;
        EventState event = makeEvent(config, 4);
        play(event, 1, 2, 1, {{13, 1}, {1, 13}, {13, 2}});
        play(event, 1, 3, 3, {{1, 13}, {2, 13}});
        play(event, 1, 4, 1, {{13, 1}, {1, 13}, {13, 2}});
        play(event, 2, 3, 2, {{13, 1}, {13, 1}});
        play(event, 2, 4, 2, {{13, 1}, {13, 1}});
        play(event, 3, 4, 4, {{1, 13}, {1, 13}});
        QCOMPARE(seedsInOrder(event), expected);
    }

    // A three-way cycle in head-to-head leaves the tie to the next tiebreak.
    void headToHeadCycleFallsThrough()
    {
        PhaseConfig config;
        config.format = Format::RoundRobin;
        config.bestOf = 3;
        config.tiebreaks = {Tiebreak::HeadToHead, Tiebreak::GameDifference};
        EventState event = makeEvent(config, 3);
        play(event, 1, 2, 1, {{13, 1}, {1, 13}, {13, 1}}); // 1: +1
        play(event, 2, 3, 2, {{13, 1}, {13, 1}}); // 2: +2 -1
        play(event, 3, 1, 3, {{13, 1}, {13, 1}}); // 3: +2 -2
        // game differences: 1: 2-1 + 0-2 = -1; 2: 1-2 + 2-0 = +1; 3: 0-2 + 2-0 = 0
        QCOMPARE(seedsInOrder(event), (std::vector<int> {2, 3, 1}));
    }

    // Every tiebreak value on a hand-computed table (points 3/1/0, one draw).
    void tiebreakValues()
    {
        PhaseConfig config;
        config.format = Format::RoundRobin;
        config.tiebreaks = {Tiebreak::MatchWins, Tiebreak::GameDifference, Tiebreak::Buchholz, Tiebreak::MedianBuchholz,
            Tiebreak::SonnebornBerger, Tiebreak::OpponentMatchWinPercent, Tiebreak::GameWinPercent};
        EventState event = makeEvent(config, 4);
        play(event, 1, 2, 1, {{13, 5}});
        play(event, 1, 3, 0, {});
        play(event, 1, 4, 1, {{13, 10}});
        play(event, 2, 3, 2, {{13, 7}});
        play(event, 2, 4, 2, {{13, 1}});
        play(event, 3, 4, 3, {{13, 12}});
        const auto rows = StandingsCalculator::compute(event.phases()[0], {});
        QCOMPARE(seedsInOrder(event), (std::vector<int> {1, 2, 3, 4}));
        const std::vector<int> points {7, 6, 4, 0};
        const std::vector<std::vector<double>> expected {
            {2, 2, 10, 4, 8, (2.0 / 3 + 0.5 + 1.0 / 3) / 3, 1.0},
            {2, 1, 11, 4, 4, (2.5 / 3 + 0.5 + 1.0 / 3) / 3, 2.0 / 3},
            {1, 0, 13, 6, 3.5, (2.5 / 3 + 2.0 / 3 + 1.0 / 3) / 3, 0.5},
            {0, -3, 17, 6, 0, (2.5 / 3 + 2.0 / 3 + 0.5) / 3, 0.0},
        };
        for (int r = 0; r < 4; ++r) {
            QCOMPARE(rows[r].points, points[r]);
            QCOMPARE(rows[r].placement, r + 1);
            for (std::size_t t = 0; t < expected[r].size(); ++t)
                QVERIFY2(qFuzzyCompare(1.0 + rows[r].tiebreaks[t], 1.0 + expected[r][t]),
                    qPrintable(QStringLiteral("row %1 tiebreak %2: %3 != %4")
                            .arg(r)
                            .arg(t)
                            .arg(rows[r].tiebreaks[t])
                            .arg(expected[r][t])));
        }
        QCOMPARE(rows[0].draws, 1);
        QCOMPARE(rows[2].draws, 1);
    }

    // A Swiss bye is a win without a match: the win's points, counted as a bye, not as played.
    void byeCountsAsAWin()
    {
        PhaseConfig config;
        config.format = Format::Swiss;
        config.winPoints = 3;
        const EventState event = makeEvent(config, 3); // round 1: seeds 1 and 2 play, seed 3 has the bye
        const auto rows = StandingsCalculator::compute(event.phases()[0], {});
        QCOMPARE(rows.size(), 3u);
        QCOMPARE(rows.front().seed, 3); // the only one with points yet
        QCOMPARE(rows.front().points, 3);
        QCOMPARE(rows.front().wins, 1);
        QCOMPARE(rows.front().byes, 1);
        QCOMPARE(rows.front().played, 0);
        for (const StandingRow &row : rows)
            if (row.seed != 3)
                QCOMPARE(row.points, 0);
    }

    void groupsRankSeparately()
    {
        PhaseConfig config;
        config.format = Format::RoundRobin;
        config.groups = 3;
        EventState event = makeEvent(config, 10);
        EventSimulator(9).playThrough(event);
        const auto rows = StandingsCalculator::compute(event.phases()[0], {});
        std::map<int, std::vector<int>> placements;
        for (const StandingRow &row : rows)
            placements[row.group].push_back(row.placement);
        QCOMPARE(placements.size(), std::size_t(3));
        // Snake: 1 2 3 | 6 5 4 | 7 8 9 | 10 → the last group gets seed 10.
        QCOMPARE(placements[0], (std::vector<int> {1, 2, 3}));
        QCOMPARE(placements[1], (std::vector<int> {1, 2, 3}));
        QCOMPARE(placements[2], (std::vector<int> {1, 2, 3, 4}));
        std::set<int> lastGroup;
        for (const StandingRow &row : rows)
            if (row.group == 2)
                lastGroup.insert(row.seed);
        QCOMPARE(lastGroup, (std::set<int> {3, 4, 9, 10}));
    }
};

QTEST_GUILESS_MAIN(TestStandingsCalculator)
#include "tst_standingscalculator.moc"
