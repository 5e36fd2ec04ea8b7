// SPDX-License-Identifier: GPL-3.0-or-later
#include "bracket/bracketcontroller.h"
#include "bracketfixture.h"
#include "core/clock.h"
#include "live/matchpresenter.h"
#include "modelrows.h"
#include "testartefacts.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace omnium::engine;
using namespace Qt::StringLiterals;

// The bracket page's controller on a real SQLite file: creating a bracket, typed scores
// (impossible ones refused with a message), corrections listing what they reset, finding
// matches, standings, export, and following results saved elsewhere in the app.
class TestBracketController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock {QDateTime(QDate(2026, 11, 28), QTime(9, 0), QTimeZone::UTC)};
    int m_files = 0;

    struct Fixture {
        Store store;
        BracketController controller {store};
        qint64 event = 0;
        explicit Fixture(const Clock &clock)
            : store(clock)
        { }
    };

    std::unique_ptr<Fixture> open(int entrants)
    {
        auto fixture = std::make_unique<Fixture>(m_clock);
        const auto error = fixture->store.open(m_dir.filePath(u"t%1.sqlite"_s.arg(++m_files)));
        if (error)
            qFatal("%s", qPrintable(error.message));
        fixture->event = BracketFixture::makeEvent(fixture->store, entrants);
        fixture->controller.setEventId(fixture->event);
        return fixture;
    }

    // The first match with two entrants and no result.
    static qint64 firstPlayable(const BracketController &controller)
    {
        for (const auto &match : const_cast<BracketController &>(controller).bracket()->matches()) {
            if (!match.completed() && match.slots[0].isEntrant() && match.slots[1].isEntrant()
                && EventState::isActive(match))
                return match.id;
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void createsTheBracketFromTheSeededEntrants()
    {
        auto f = open(64);
        QCOMPARE(f->controller.entrantCount(), 64);
        QVERIFY(!f->controller.hasBracket());
        QVERIFY(
            f->controller.createBracket({{u"format"_s, u"double"_s}, {u"bestOf"_s, 3}, {u"grandFinal"_s, u"reset"_s}}));
        QVERIFY(f->controller.hasBracket());
        QCOMPARE(f->controller.format(), u"double"_s);
        // 63 winners-side, 62 losers-side matches and the grand final with its reset.
        QCOMPARE(f->controller.bracket()->matches().size(), 127u);
        const auto info = f->controller.matchInfo(f->controller.bracket()->matches().front().id);
        QCOMPARE(info.value(u"slots"_s).toStringList(), QStringList({u"Kazuki"_s, u"Player 64"_s}));
        QCOMPARE(info.value(u"bestOf"_s).toInt(), 3);

        QSignalSpy errors(&f->controller, &BracketController::error);
        QVERIFY(!f->controller.createBracket({{u"format"_s, u"double"_s}}));
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().first().toString().contains(u"already has a bracket"_s));
    }

    void refusesBadOptionsAndTooFewEntrants()
    {
        auto f = open(1);
        QSignalSpy errors(&f->controller, &BracketController::error);
        QVERIFY(!f->controller.createBracket({{u"format"_s, u"single"_s}}));
        QVERIFY(errors.takeFirst().first().toString().contains(u"at least 2 entrants"_s));
        QVERIFY(!f->controller.createBracket({{u"format"_s, u"hexagonal"_s}}));
        QVERIFY(errors.takeFirst().first().toString().contains(u"format"_s));
        QVERIFY(!f->controller.createBracket({{u"format"_s, u"single"_s}, {u"bestOf"_s, 0}}));
        QVERIFY(errors.takeFirst().first().toString().contains(u"bestOf"_s));
    }

    void typedScores_data()
    {
        QTest::addColumn<int>("bestOf");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("error"); // empty: accepted
        QTest::addColumn<int>("winner");
        QTest::newRow("bo3 2-1") << 3 << u"2-1"_s << QString() << 0;
        QTest::newRow("bo3 0:2") << 3 << u"0:2"_s << QString() << 1;
        QTest::newRow("bo5 3-3") << 5 << u"3-3"_s << u"3-3 is not possible in a best of 5: the winner needs exactly 3"_s
                                 << -1;
        QTest::newRow("bo5 2-1") << 5 << u"2-1"_s << u"2-1 is not possible in a best of 5"_s << -1;
        QTest::newRow("bo5 4-0") << 5 << u"4-0"_s << u"4-0 is not possible in a best of 5"_s << -1;
        QTest::newRow("bo5 3-2") << 5 << u"3-2"_s << QString() << 0;
        QTest::newRow("bo1 goals") << 1 << u"13-7"_s << QString() << 0;
        QTest::newRow("bo1 draw") << 1 << u"2-2"_s << u"draw is not possible"_s << -1;
        QTest::newRow("words") << 3 << u"two to one"_s << u"Type the score as two numbers"_s << -1;
        QTest::newRow("empty") << 3 << QString() << u"Type the score as two numbers"_s << -1;
    }

    void typedScores()
    {
        QFETCH(int, bestOf);
        QFETCH(QString, typed);
        QFETCH(QString, error);
        QFETCH(int, winner);
        auto f = open(8);
        QVERIFY(f->controller.createBracket({{u"format"_s, u"single"_s}, {u"bestOf"_s, bestOf}}));
        const qint64 match = firstPlayable(f->controller);
        const auto check = f->controller.checkResult(match, {{u"score"_s, typed}});
        QVERIFY2(check.value(u"error"_s).toString().contains(error), qPrintable(check.value(u"error"_s).toString()));
        QCOMPARE(f->controller.report(match, {{u"score"_s, typed}}, {}), error.isEmpty());
        const auto info = f->controller.matchInfo(match);
        QCOMPARE(info.value(u"completed"_s).toBool(), error.isEmpty());
        if (error.isEmpty()) {
            QCOMPARE(info.value(u"winner"_s).toInt(), winner);
            // Saved in the database: a fresh load sees it.
            BracketStore brackets(f->store);
            const auto loaded = brackets.load(f->event, nullptr);
            QVERIFY(loaded && loaded->state.match(match)->completed());
            QCOMPARE(loaded->state.match(match)->result.winner, winner);
        }
    }

    void forfeitNeedsAWinnerAndGamesFollowTheBestOf()
    {
        auto f = open(4);
        QVERIFY(f->controller.createBracket({{u"format"_s, u"single"_s}, {u"bestOf"_s, 3}}));
        const qint64 match = firstPlayable(f->controller);
        QVERIFY(!f->controller.checkResult(match, {{u"kind"_s, u"forfeit"_s}}).value(u"error"_s).toString().isEmpty());
        QVERIFY(f->controller.report(match, {{u"kind"_s, u"noshow"_s}, {u"winner"_s, 1}}, {}));
        QCOMPARE(f->controller.matchInfo(match).value(u"resultKind"_s).toString(), u"noshow"_s);
        QCOMPARE(f->controller.bracket()->slotScore(*f->controller.bracket()->match(match), 0), u"F"_s);

        const qint64 next = firstPlayable(f->controller);
        const QVariantList games = {QVariantMap {{u"a"_s, 13}, {u"b"_s, 11}, {u"note"_s, u"Dust II"_s}},
            QVariantMap {{u"a"_s, 5}, {u"b"_s, 13}}, QVariantMap {{u"a"_s, 16}, {u"b"_s, 14}}};
        QVERIFY(f->controller.report(next, {{u"games"_s, games}}, {}));
        const auto info = f->controller.matchInfo(next);
        QCOMPARE(info.value(u"scores"_s).toList(), QVariantList({2, 1}));
        QCOMPARE(info.value(u"games"_s).toList().first().toMap().value(u"note"_s).toString(), u"Dust II"_s);
    }

    void correctionListsTheMatchesItResets()
    {
        auto f = open(16);
        QVERIFY(f->controller.createBracket({{u"format"_s, u"double"_s}, {u"bestOf"_s, 3}}));
        BracketStore brackets(f->store);
        QCOMPARE(BracketFixture::reportSome(brackets, f->event, 20), 20);
        QTRY_VERIFY(f->controller.bracket()->match(f->controller.bracket()->matches().front().id)->completed());

        // Swap the winner of the very first match, deep behind 20 results.
        const Match first = f->controller.bracket()->matches().front();
        const QString flipped = first.result.winner == 0 ? u"0-2"_s : u"2-0"_s;
        const auto check = f->controller.checkResult(first.id, {{u"score"_s, flipped}});
        QCOMPARE(check.value(u"error"_s).toString(), QString());
        const auto resets = check.value(u"resets"_s).toList();
        QVERIFY(resets.size() >= 2);
        QVERIFY(resets.first().toMap().value(u"text"_s).toString().startsWith(u"M"_s));

        QSignalSpy errors(&f->controller, &BracketController::error);
        QVERIFY(!f->controller.report(first.id, {{u"score"_s, flipped}}, {}));
        QCOMPARE(errors.size(), 1);
        QVariantList confirmed;
        for (const auto &reset : resets)
            confirmed << reset.toMap().value(u"id"_s);
        QVERIFY(f->controller.report(first.id, {{u"score"_s, flipped}}, confirmed));
        QCOMPARE(f->controller.matchInfo(first.id).value(u"winner"_s).toInt(), 1 - first.result.winner);
        const qint64 reset = confirmed.first().toLongLong();
        QVERIFY(!f->controller.bracket()->match(reset)->completed());

        // Undo from anywhere gives the correction back.
        QVERIFY(f->store.undo());
        QTRY_COMPARE(f->controller.matchInfo(first.id).value(u"winner"_s).toInt(), first.result.winner);
        QVERIFY(f->controller.bracket()->match(reset)->completed());
    }

    void followsResultsSavedElsewhere()
    {
        auto f = open(8);
        QVERIFY(f->controller.createBracket({{u"format"_s, u"single"_s}, {u"bestOf"_s, 1}}));
        const qint64 live = f->controller.liveMatch();
        QVERIFY(live > 0);
        QSignalSpy changed(f->controller.bracket(), &PhaseBracket::changed);
        BracketStore other(f->store);
        QCOMPARE(BracketFixture::reportSome(other, f->event, 1), 1);
        QTRY_VERIFY(changed.size() > 0);
        QVERIFY(f->controller.bracket()->match(live)->completed());
        QVERIFY(f->controller.liveMatch() != live);
    }

    void findsMatchesByNumberAndName()
    {
        auto f = open(8);
        QVERIFY(f->controller.createBracket({{u"format"_s, u"single"_s}}));
        const auto &matches = f->controller.bracket()->matches();
        QCOMPARE(f->controller.findMatch(u"3"_s), matches[2].id);
        QCOMPARE(f->controller.findMatch(u"m3"_s), matches[2].id);
        QCOMPARE(f->controller.findMatch(u"99"_s), 0);
        const qint64 found = f->controller.findMatch(u"zoé"_s);
        QVERIFY(found > 0);
        QVERIFY(f->controller.matchInfo(found).value(u"slots"_s).toStringList().contains(u"Zoé"_s));
        QCOMPARE(f->controller.findMatch(u"nobody"_s), 0);
    }

    void standingsWithTiebreaksAndSwissRounds()
    {
        auto f = open(6);
        QVERIFY(f->controller.createBracket({{u"format"_s, u"roundrobin"_s}, {u"bestOf"_s, 3}}));
        BracketStore brackets(f->store);
        QCOMPARE(BracketFixture::reportSome(brackets, f->event, 15), 15);
        const auto played = [&] {
            int sum = 0;
            for (const auto &row : modelRows(*f->controller.standings()))
                sum += row.value(u"played"_s).toInt();
            return sum;
        };
        QTRY_COMPARE(played(), 30); // every entrant played the five others
        QCOMPARE(f->controller.standings()->rowCount(), 6);
        QVERIFY(!f->controller.tiebreakNames().isEmpty());
        QCOMPARE(modelRows(*f->controller.standings()).first().value(u"rank"_s).toString(), u"1"_s);

        auto swiss = open(8);
        QVERIFY(swiss->controller.createBracket({{u"format"_s, u"swiss"_s}, {u"swissRounds"_s, 3}}));
        QVERIFY(!swiss->controller.canStartNextRound());
        BracketStore swissBrackets(swiss->store);
        QCOMPARE(BracketFixture::reportSome(swissBrackets, swiss->event, 4), 4);
        QTRY_VERIFY(swiss->controller.canStartNextRound());
        const auto before = swiss->controller.bracket()->matches().size();
        QVERIFY(swiss->controller.startNextRound());
        QCOMPARE(swiss->controller.bracket()->matches().size(), before + 4);
    }

    // A lobby's placements and kills, game by game, as the dialog sends them.
    static QVariantMap lobbyInput(const QList<QList<std::pair<QString, QString>>> &games)
    {
        QVariantList list;
        for (const auto &game : games) {
            QVariantList scores;
            for (const auto &[placement, kills] : game)
                scores << QVariantMap {{u"placement"_s, placement}, {u"kills"_s, kills}};
            list << QVariant(scores);
        }
        return {{u"lobby"_s, list}};
    }
    // Placements 1..n in lobby order (or reversed), kills = index % 3.
    static QList<std::pair<QString, QString>> inOrder(int n, bool reversed = false)
    {
        QList<std::pair<QString, QString>> game;
        for (int i = 0; i < n; ++i)
            game << std::pair {QString::number(reversed ? n - i : i + 1), QString::number(i % 3)};
        return game;
    }

    void lobbyResultsAreRefusedClearly_data()
    {
        QTest::addColumn<int>("game");
        QTest::addColumn<int>("entrant");
        QTest::addColumn<QString>("placement");
        QTest::addColumn<QString>("kills");
        QTest::addColumn<QString>("error");
        QTest::newRow("same placement") << 0 << 1 << u"1"_s << u"0"_s
                                        << u"Game 1: Kazuki and Zoé both have placement 1"_s;
        QTest::newRow("out of range") << 1 << 2 << u"9"_s << u"0"_s
                                      << u"Game 2: Akira’s placement 9 is out of range: placements go from 1 to 8"_s;
        QTest::newRow("zero") << 0 << 0 << u"0"_s << u"0"_s << u"out of range"_s;
        QTest::newRow("missing") << 1 << 0 << QString() << u"0"_s << u"Game 2: enter Kazuki’s placement"_s;
        QTest::newRow("negative kills") << 0 << 3 << u"4"_s << u"-2"_s << u"kills must be a number, 0 or more"_s;
        QTest::newRow("words") << 0 << 3 << u"4"_s << u"lots"_s << u"kills must be a number"_s;
    }

    void lobbyResultsAreRefusedClearly()
    {
        QFETCH(int, game);
        QFETCH(int, entrant);
        QFETCH(QString, placement);
        QFETCH(QString, kills);
        QFETCH(QString, error);
        auto f = open(16);
        QVERIFY(f->controller.createBracket(
            {{u"format"_s, u"ffa"_s}, {u"lobbySize"_s, 8}, {u"bestOf"_s, 2}, {u"lobbyRounds"_s, 2}}));
        QAbstractItemModelTester lobbiesTester(
            f->controller.lobbies(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto lobby = modelRows(*f->controller.lobbies()).first();
        const qint64 id = lobby.value(u"matchId"_s).toLongLong();
        // Snake seeding: lobby 1 holds seeds 1, 4, 5, 8, …
        QCOMPARE(f->controller.matchInfo(id).value(u"entrants"_s).toStringList().mid(0, 3),
            QStringList({u"Kazuki"_s, u"Zoé"_s, u"Akira"_s}));
        QList<QList<std::pair<QString, QString>>> games = {inOrder(8), inOrder(8, true)};
        games[game][entrant] = {placement, kills};
        const auto check = f->controller.checkResult(id, lobbyInput(games));
        QVERIFY2(check.value(u"error"_s).toString().contains(error), qPrintable(check.value(u"error"_s).toString()));
        QSignalSpy errors(&f->controller, &BracketController::error);
        QVERIFY(!f->controller.report(id, lobbyInput(games), {}));
        QCOMPARE(errors.size(), 1);
        QVERIFY(!f->controller.matchInfo(id).value(u"completed"_s).toBool());
        // One game short is refused too.
        QVERIFY(f->controller.checkResult(id, lobbyInput({inOrder(8)}))
                .value(u"error"_s)
                .toString()
                .contains(u"Enter all 2 game"_s));
    }

    void lobbyResultUpdatesTheLeaderboardAndCanBeCorrected()
    {
        auto f = open(16);
        QVERIFY(f->controller.createBracket(
            {{u"format"_s, u"ffa"_s}, {u"lobbySize"_s, 8}, {u"bestOf"_s, 2}, {u"lobbyRounds"_s, 2}}));
        QCOMPARE(f->controller.format(), u"ffa"_s);
        QCOMPARE(f->controller.lobbies()->rowCount(), 2);
        const qint64 id = modelRows(*f->controller.lobbies()).first().value(u"matchId"_s).toLongLong();
        const QStringList entrants = f->controller.matchInfo(id).value(u"entrants"_s).toStringList();
        QVERIFY(f->controller.matchInfo(id).value(u"reportable"_s).toBool());

        // Game 1 in lobby order, game 2 reversed: with 12-9-7-5-4-3-2-1 and a point per kill,
        // the first entrant makes 12 + 1 + 0 kills, the last 1 + 12 + 2 × 1 kill.
        const auto input = lobbyInput({inOrder(8), inOrder(8, true)});
        QCOMPARE(f->controller.checkResult(id, input).value(u"resets"_s).toList(), QVariantList());
        QVERIFY(f->controller.report(id, input, {}));
        const auto lobby = modelRows(*f->controller.lobbies()).first();
        QVERIFY(lobby.value(u"completed"_s).toBool());
        QCOMPARE(lobby.value(u"bestOf"_s).toInt(), 2);
        QCOMPARE(f->controller.lobbies()->maxGames(), 2);
        QCOMPARE(f->controller.lobbies()->maxEntrants(), 8);
        const auto rows = modelRows(lobby.value(u"entrants"_s));
        QCOMPARE(rows.size(), 8);
        // Points per entrant i: placement points of (i+1) and (8-i), plus 2 × (i % 3) kills.
        const int table[] = {12, 9, 7, 5, 4, 3, 2, 1};
        QHash<QString, int> expected;
        for (int i = 0; i < 8; ++i)
            expected.insert(entrants[i], table[i] + table[7 - i] + 2 * (i % 3));
        for (const auto &row : rows) {
            QCOMPARE(row.value(u"points"_s).toInt(), expected.value(row.value(u"name"_s).toString()));
            QCOMPARE(row.value(u"gamePlacements"_s).value<QList<int>>().size(), 2);
        }
        QVERIFY(rows.first().value(u"points"_s).toInt() >= rows.last().value(u"points"_s).toInt());
        QCOMPARE(rows.first().value(u"placement"_s).toInt(), 1);
        // Entrant 0 placed 1st then 8th, with no kills (0 % 3) in either game.
        const auto firstEntrant = std::ranges::find_if(
            rows, [&](const QVariantMap &row) { return row.value(u"name"_s).toString() == entrants[0]; });
        QVERIFY(firstEntrant != rows.end());
        QCOMPARE(firstEntrant->value(u"gamePlacements"_s).value<QList<int>>(), QList<int>({1, 8}));
        QCOMPARE(firstEntrant->value(u"gameKills"_s).value<QList<int>>(), QList<int>({0, 0}));
        // Undone: the lobby is to play again, nobody placed, no games.
        QVERIFY(f->store.undo());
        QTRY_VERIFY(!modelRows(*f->controller.lobbies()).first().value(u"completed"_s).toBool());
        for (const auto &row : modelRows(modelRows(*f->controller.lobbies()).first().value(u"entrants"_s))) {
            QCOMPARE(row.value(u"placement"_s).toInt(), 0);
            QCOMPARE(row.value(u"points"_s).toInt(), 0);
            QVERIFY(row.value(u"gamePlacements"_s).value<QList<int>>().isEmpty());
        }
        QVERIFY(f->store.redo());
        QTRY_VERIFY(modelRows(*f->controller.lobbies()).first().value(u"completed"_s).toBool());
        // The leaderboard (standings) has the same points, kills and games.
        const auto leaderboardPoints = [&](const QString &name) {
            for (const auto &row : modelRows(*f->controller.standings())) {
                if (row.value(u"name"_s).toString() == name)
                    return row;
            }
            return QVariantMap();
        };
        QCOMPARE(leaderboardPoints(entrants[7]).value(u"points"_s).toInt(), expected.value(entrants[7]));
        QCOMPARE(leaderboardPoints(entrants[7]).value(u"kills"_s).toInt(), 2);
        QCOMPARE(leaderboardPoints(entrants[7]).value(u"played"_s).toInt(), 2);
        QCOMPARE(leaderboardPoints(entrants[0]).value(u"wins"_s).toInt(), 1);

        // A correction goes through the same flow and the leaderboard follows; undo restores.
        const auto corrected = lobbyInput({inOrder(8, true), inOrder(8, true)});
        QCOMPARE(f->controller.checkResult(id, corrected).value(u"error"_s).toString(), QString());
        QVERIFY(f->controller.report(id, corrected, {}));
        QCOMPARE(leaderboardPoints(entrants[7]).value(u"points"_s).toInt(), 12 + 12 + 2);
        QCOMPARE(f->controller.matchInfo(id)
                     .value(u"lobbyGames"_s)
                     .toList()
                     .first()
                     .toList()
                     .first()
                     .toMap()
                     .value(u"placement"_s),
            8);
        QVERIFY(f->store.undo());
        QTRY_COMPARE(leaderboardPoints(entrants[7]).value(u"points"_s).toInt(), expected.value(entrants[7]));
    }

    void crossTableShowsEachPairingFromTheRowsSide()
    {
        auto f = open(5);
        QVERIFY(f->controller.createBracket({{u"format"_s, u"roundrobin"_s}, {u"bestOf"_s, 3}}));
        QAbstractItemModelTester tablesTester(
            f->controller.crossTable(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto tables = modelRows(*f->controller.crossTable());
        QCOMPARE(tables.size(), 1);
        const auto table = tables.first();
        QCOMPARE(table.value(u"name"_s).toString(), QString()); // one group: no group name
        const QStringList names = table.value(u"entrants"_s).toStringList();
        QCOMPARE(names, QStringList({u"Kazuki"_s, u"Léa"_s, u"Möbius"_s, u"Zoé"_s, u"Akira"_s}));
        // Cells come row after row; each names its row and column.
        const auto cell = [&](int row, int column) {
            const auto cells = modelRows(modelRows(*f->controller.crossTable()).first().value(u"cells"_s));
            const auto found = cells.at(row * 5 + column);
            return found.value(u"rowEntrant"_s).toInt() == row && found.value(u"columnEntrant"_s).toInt() == column
                ? found
                : QVariantMap();
        };
        for (int r = 0; r < 5; ++r) {
            QCOMPARE(cell(r, r).value(u"match"_s).toLongLong(), 0);
            for (int c = 0; c < 5; ++c) {
                if (r == c)
                    continue;
                const qint64 match = cell(r, c).value(u"match"_s).toLongLong();
                QCOMPARE(match, cell(c, r).value(u"match"_s).toLongLong());
                const QStringList slots = f->controller.matchInfo(match).value(u"slots"_s).toStringList();
                QVERIFY2(slots.contains(names[r]) && slots.contains(names[c]), qPrintable(slots.join(u", "_s)));
            }
        }
        // Léa (row 1) beats Zoé (column 3) 2-1: "2–1" and a win on her row, "1–2" and a loss on Zoé's.
        const qint64 match = cell(1, 3).value(u"match"_s).toLongLong();
        const bool leaFirst = f->controller.matchInfo(match).value(u"slots"_s).toStringList().first() == u"Léa"_s;
        QVERIFY(f->controller.report(match, {{u"score"_s, leaFirst ? u"2-1"_s : u"1-2"_s}}, {}));
        QCOMPARE(cell(1, 3).value(u"text"_s).toString(), u"2–1"_s);
        QCOMPARE(cell(1, 3).value(u"outcome"_s).toString(), u"win"_s);
        QCOMPARE(cell(3, 1).value(u"text"_s).toString(), u"1–2"_s);
        QCOMPARE(cell(3, 1).value(u"outcome"_s).toString(), u"loss"_s);
        QCOMPARE(cell(0, 1).value(u"outcome"_s).toString(), QString());
        QCOMPARE(f->controller.crossTable()->rowCount(), 1);
        // Undone: the cells are empty again, on both sides.
        QVERIFY(f->store.undo());
        QTRY_COMPARE(cell(1, 3).value(u"text"_s).toString(), QString());
        QCOMPARE(cell(3, 1).value(u"outcome"_s).toString(), QString());
        QCOMPARE(cell(1, 3).value(u"match"_s).toLongLong(), match);
    }

    void disputedIsSetClearedByAResultAndUndone()
    {
        auto f = open(8);
        QVERIFY(f->controller.createBracket({{u"format"_s, u"single"_s}, {u"bestOf"_s, 3}}));
        const qint64 match = firstPlayable(f->controller);
        QVERIFY(f->controller.report(match, {{u"score"_s, u"2-0"_s}}, {}));
        const auto colour
            = [&] { return f->controller.bracket()->matchColour(*f->controller.bracket()->match(match)); };
        QCOMPARE(colour(), PhaseBracket::stateColour(MatchState::Completed));

        // The loser contests the result.
        QVERIFY(f->controller.setDisputed(match, true));
        QVERIFY(f->controller.matchInfo(match).value(u"disputed"_s).toBool());
        QCOMPARE(colour(), PhaseBracket::disputedColour());
        // Kept in the file, beside the engine's state (which does not change).
        BracketStore reader(f->store);
        QVERIFY(reader.load(f->event, nullptr)->disputed.contains(match));
        QVERIFY(reader.load(f->event, nullptr)->state.match(match)->completed());
        // Undo clears it, redo sets it again.
        QVERIFY(f->store.undo());
        QTRY_VERIFY(!f->controller.matchInfo(match).value(u"disputed"_s).toBool());
        QVERIFY(f->store.redo());
        QTRY_VERIFY(f->controller.matchInfo(match).value(u"disputed"_s).toBool());

        // Confirming a result (here the same one) settles it, in the same command as the result.
        QVERIFY(f->controller.report(match, {{u"score"_s, u"2-0"_s}}, {}));
        QVERIFY(!f->controller.matchInfo(match).value(u"disputed"_s).toBool());
        QVERIFY(!reader.load(f->event, nullptr)->disputed.contains(match));
        QVERIFY(f->store.undo());
        QTRY_VERIFY(f->controller.matchInfo(match).value(u"disputed"_s).toBool());
        QVERIFY(f->controller.matchInfo(match).value(u"completed"_s).toBool());

        // Settled by hand, and a match of another event is refused.
        QVERIFY(f->controller.setDisputed(match, false));
        QVERIFY(!f->controller.matchInfo(match).value(u"disputed"_s).toBool());
        QString problem;
        QVERIFY(!reader.setDisputed(f->event + 1000, match, true, &problem));
        QVERIFY(problem.contains(u"not in this event"_s));

        // The legend names every state with the colours the boxes use, disputed last.
        QAbstractItemModelTester legendTester(
            f->controller.stateLegend(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto legend = modelRows(*f->controller.stateLegend());
        QCOMPARE(legend.size(), 6);
        QCOMPARE(legend.last().value(u"state"_s).toString(), u"disputed"_s);
        QCOMPARE(legend.last().value(u"label"_s).toString(), MatchPresenter::disputedName());
        QCOMPARE(legend.last().value(u"colour"_s).value<QColor>(), PhaseBracket::disputedColour());
        QCOMPARE(legend.first().value(u"colour"_s).value<QColor>(), PhaseBracket::stateColour(MatchState::Pending));
        QCOMPARE(legend.at(3).value(u"state"_s).toString(), u"inprogress"_s);
    }

    void phaseOverviewListsPhasesWithProgressAndWhoAdvanced()
    {
        auto f = open(8);
        QVERIFY(f->controller.createBracket({{u"format"_s, u"roundrobin"_s}, {u"groups"_s, 2}, {u"bestOf"_s, 1}}));
        QAbstractItemModelTester phasesTester(
            f->controller.phases(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(f->controller.phases()->rowCount(), 1);
        auto pools = modelRows(*f->controller.phases()).first();
        QCOMPARE(pools.value(u"done"_s).toInt(), 0);
        QCOMPARE(pools.value(u"total"_s).toInt(), 12); // two groups of four: 6 matches each
        QCOMPARE(pools.value(u"stateName"_s).toString(), u"Not started"_s);

        BracketStore brackets(f->store);
        QString problem;
        QVERIFY(brackets.simulate(f->event, 3, &problem) > 0);
        PhaseConfig top4;
        top4.format = Format::SingleElimination;
        QVERIFY2(brackets.addPhase(f->event, u"Top 4"_s, top4, 2, &problem) > 0, qPrintable(problem));
        QTRY_COMPARE(f->controller.phases()->rowCount(), 2);
        pools = modelRows(*f->controller.phases()).first();
        QCOMPARE(pools.value(u"done"_s).toInt(), 12);
        QVERIFY(pools.value(u"complete"_s).toBool());
        QCOMPARE(pools.value(u"stateName"_s).toString(), u"Complete"_s);
        QCOMPARE(pools.value(u"advanced"_s).toStringList().size(), 4);
        QCOMPARE(pools.value(u"format"_s).toString(), u"Round robin"_s);
        const auto playoffs = modelRows(*f->controller.phases()).last();
        QCOMPARE(playoffs.value(u"name"_s).toString(), u"Top 4"_s);
        QCOMPARE(playoffs.value(u"format"_s).toString(), u"Single elimination"_s);
        QCOMPARE(playoffs.value(u"total"_s).toInt(), 3);
        QCOMPARE(playoffs.value(u"done"_s).toInt(), 0);
        QVERIFY(playoffs.value(u"advanced"_s).toStringList().isEmpty());
        // Who advanced are the playoffs' entrants.
        f->controller.setPhaseIndex(1);
        QStringList seeded;
        for (const auto &match : f->controller.bracket()->matches()) {
            for (int slot = 0; slot < 2; ++slot) {
                if (match.slots[std::size_t(slot)].isEntrant())
                    seeded << f->controller.bracket()->slotText(match, slot);
            }
        }
        const QStringList advanced = pools.value(u"advanced"_s).toStringList();
        QCOMPARE(QSet<QString>(seeded.cbegin(), seeded.cend()), QSet<QString>(advanced.cbegin(), advanced.cend()));
    }

    // Pools, then the top 2 of each pool into a double-elimination bracket, from the page: refused
    // with the count of matches left until the pools are played, then one undoable command.
    void addsTheNextPhaseOnceTheLastIsComplete()
    {
        auto f = open(12);
        QVERIFY(f->controller.createBracket({{u"format"_s, u"roundrobin"_s}, {u"groups"_s, 3}, {u"bestOf"_s, 1}}));
        QVERIFY(!f->controller.canAddPhase());
        QSignalSpy errors(&f->controller, &BracketController::error);
        const QVariantMap playoffs {
            {u"format"_s, u"double"_s}, {u"bestOf"_s, 3}, {u"name"_s, u"Top 6"_s}, {u"qualifiersPerGroup"_s, 2}};
        QVERIFY(!f->controller.addNextPhase(playoffs));
        const QString refusal = errors.takeFirst().first().toString(); // "…: 18 match(es)…" without a catalogue
        QVERIFY2(refusal.startsWith(u"Finish Main bracket first: 18 match"_s), qPrintable(refusal));

        BracketStore brackets(f->store);
        QString problem;
        QVERIFY(brackets.simulate(f->event, 5, &problem) > 0);
        QTRY_VERIFY(f->controller.canAddPhase());
        const auto pools = modelRows(*f->controller.phases()).first();
        QCOMPARE(pools.value(u"groups"_s).toInt(), 3);
        QCOMPARE(pools.value(u"entrants"_s).toInt(), 12);
        QCOMPARE(f->controller.lastPhaseGroups(), 3);
        QCOMPARE(f->controller.lastPhaseEntrants(), 12);
        QVERIFY(!f->controller.addNextPhase({{u"format"_s, u"double"_s}, {u"qualifiersPerGroup"_s, 0}}));
        QVERIFY(errors.takeFirst().first().toString().contains(u"At least 1 entrant per group"_s));
        QVERIFY(!f->controller.addNextPhase({{u"format"_s, u"octagon"_s}, {u"qualifiersPerGroup"_s, 2}}));
        QVERIFY(errors.takeFirst().first().toString().contains(u"format"_s));

        QVERIFY(f->controller.addNextPhase(playoffs));
        QVERIFY(errors.isEmpty());
        QCOMPARE(f->controller.phaseNames(), QStringList({u"Main bracket"_s, u"Top 6"_s}));
        QCOMPARE(f->controller.phaseIndex(), 1);
        QCOMPARE(f->controller.format(), u"double"_s);
        QCOMPARE(modelRows(*f->controller.phases()).last().value(u"entrants"_s).toInt(), 6);
        QCOMPARE(f->controller.lastPhaseEntrants(), 6);
        QCOMPARE(f->controller.matchInfo(firstPlayable(f->controller)).value(u"bestOf"_s).toInt(), 3);
        QVERIFY(!f->controller.canAddPhase());
        // Double elimination: the unneeded bracket reset is not "still to play"; every other match is.
        QVERIFY(!f->controller.addNextPhase(playoffs));
        const QString playoffsLeft = errors.takeFirst().first().toString();
        QVERIFY2(playoffsLeft.startsWith(u"Finish Top 6 first: %1 match"_s.arg(
                     modelRows(*f->controller.phases()).last().value(u"total"_s).toInt())),
            qPrintable(playoffsLeft));
        // The station board opens a match's result on the phase that holds it.
        const qint64 playoffMatch = f->controller.bracket()->matches().front().id;
        f->controller.setPhaseIndex(0);
        const qint64 poolMatch = f->controller.bracket()->matches().front().id;
        QVERIFY(f->controller.showMatch(playoffMatch));
        QCOMPARE(f->controller.phaseIndex(), 1);
        QVERIFY(!f->controller.matchInfo(playoffMatch).isEmpty());
        QVERIFY(f->controller.showMatch(poolMatch));
        QCOMPARE(f->controller.phaseIndex(), 0);
        QVERIFY(!f->controller.showMatch(987654));
        QCOMPARE(f->controller.phaseIndex(), 0);
        QCOMPARE(f->store.undoText(), u"Undo: Create the bracket Top 6"_s);
        QVERIFY(f->store.undo());
        QTRY_COMPARE(f->controller.phaseNames().size(), 1);
        QVERIFY(f->controller.canAddPhase());
    }

    // A Swiss phase whose played rounds are all in, with rounds still to start, is not finished.
    void swissWithRoundsToStartIsNotFinished()
    {
        auto f = open(8);
        QVERIFY(f->controller.createBracket({{u"format"_s, u"swiss"_s}, {u"swissRounds"_s, 3}, {u"bestOf"_s, 1}}));
        BracketStore brackets(f->store);
        QCOMPARE(BracketFixture::reportSome(brackets, f->event, 4), 4); // the first round
        QTRY_VERIFY(f->controller.canStartNextRound());
        QSignalSpy errors(&f->controller, &BracketController::error);
        QVERIFY(!f->controller.addNextPhase({{u"format"_s, u"single"_s}, {u"qualifiersPerGroup"_s, 4}}));
        QCOMPARE(errors.takeFirst().first().toString(), u"Finish Main bracket first: start its next round."_s);
    }

    void exportsPngSvgAndPdf()
    {
        // A 64-entrant double elimination half played, kept as artefacts to look at.
        auto f = open(64);
        QVERIFY(f->controller.createBracket({{u"format"_s, u"double"_s}, {u"bestOf"_s, 3}}));
        BracketStore brackets(f->store);
        QCOMPARE(BracketFixture::reportSome(brackets, f->event, 70), 70);
        QTRY_VERIFY(f->controller.bracket()->match(f->controller.bracket()->matches()[69].id)->completed());
        const QDir out = testArtefacts();
        for (const auto &name : {u"de64.png"_s, u"de64.svg"_s, u"de64.pdf"_s}) {
            const QString path = out.filePath(name);
            QFile::remove(path);
            QCOMPARE(f->controller.exportBracket(QUrl::fromLocalFile(path), false), QString());
            QVERIFY(QFileInfo(path).size() > 1000);
        }
        const QString split = out.filePath(u"de64-a4.pdf"_s);
        QCOMPARE(f->controller.exportBracket(QUrl::fromLocalFile(split), true), QString());
        QVERIFY(QFileInfo(split).size() > QFileInfo(out.filePath(u"de64.pdf"_s)).size() / 2);
        QVERIFY(
            f->controller.exportBracket(QUrl::fromLocalFile(m_dir.filePath(u"b.txt"_s)), false).contains(u".pdf"_s));
    }
};

QTEST_MAIN(TestBracketController)
#include "tst_bracketcontroller.moc"
