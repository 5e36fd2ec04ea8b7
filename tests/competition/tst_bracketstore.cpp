// SPDX-License-Identifier: GPL-3.0-or-later
#include "../bracket/bracketfixture.h"
#include "../store/storetesthelpers.h"
#include "competition/bracketstore.h"
#include "core/clock.h"
#include "engine/eventsimulator.h"
#include "registration/eventcontroller.h"
#include "registration/playercontroller.h"
#include "store/store.h"
#include "testdatabase.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace omnium::engine;
using namespace Qt::StringLiterals;

namespace {

Result win(int slot, int bestOf = 3)
{
    Result result;
    result.winner = slot;
    const int needed = bestOf / 2 + 1;
    for (int i = 0; i < needed; ++i)
        result.games.push_back(Game {{slot == 0 ? 1 : 0, slot == 1 ? 1 : 0}, "map"});
    return result;
}

// The same bracket, whatever the rows' versions (an undo writes rows again, so it bumps them).
bool sameBracket(const EventState &a, const EventState &b)
{
    const auto strip = [](const EventState &state) {
        auto phases = state.phases();
        for (auto &phase : phases) {
            for (auto &match : phase.matches)
                match.version = 0;
        }
        return phases;
    };
    return strip(a) == strip(b) && a.disqualified() == b.disqualified();
}

} // namespace

// The engine's state round-trips through SQLite files on disk: reports are commands that
// undo exactly, and a reopened database gives back the same bracket.
class TestBracketStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock {QDateTime(QDate(2026, 11, 28), QTime(9, 0), QTimeZone::UTC)};

    struct Fixture {
        Store store;
        PlayerController players {store};
        EventController events {store};
        BracketStore brackets {store};
        qint64 event = 0;
        explicit Fixture(const Clock &clock)
            : store(clock)
        { }
    };

    std::unique_ptr<Fixture> setup(const QString &file, int entrants)
    {
        auto f = std::make_unique<Fixture>(m_clock);
        [&] { QVERIFY(!f->store.open(testDatabase(m_dir.filePath(file)))); }();
        const qint64 tournament = f->events.addTournament({{u"name"_s, u"Weekly"_s}, {u"startsOn"_s, u"2026-11-28"_s}});
        f->event = f->events.addEvent(tournament, {{u"name"_s, u"SF6"_s}});
        for (int i = 1; i <= entrants; ++i)
            f->events.registerPlayer(f->event, f->players.addPlayer({{u"tag"_s, u"Joueur %1"_s.arg(i)}}));
        return f;
    }

private Q_SLOTS:
    // Another database (or a restored backup) can have the same newest command id: what was
    // read from the first file must not be taken for the second one's bracket.
    void anotherDatabaseIsNotTheCachedOne()
    {
        Store store(m_clock);
        BracketStore brackets(store);
        QList<qint64> events;
        for (const auto format : {Format::SingleElimination, Format::DoubleElimination}) {
            store.close();
            QVERIFY(!store.open(testDatabase(m_dir.filePath(u"other-%1.sqlite"_s.arg(int(format))))));
            events << BracketFixture::makeEvent(store, 8);
            PhaseConfig config;
            config.format = format;
            QVERIFY(brackets.createPhase(events.last(), u"Main"_s, config, nullptr) > 0);
            const auto loaded = brackets.load(events.last(), nullptr);
            QVERIFY(loaded);
            QCOMPARE(loaded->state.phases().front().config.format, format);
        }
        QCOMPARE(events[0], events[1]); // same event id, same command count, other file
    }

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void formatsRoundTrip_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("entrants");
        QTest::newRow("single 13") << int(Format::SingleElimination) << 13;
        QTest::newRow("double 12") << int(Format::DoubleElimination) << 12;
        // Byes meeting byes in the losers bracket (a bye-against-bye match has no winning entrant).
        for (int n : {3, 5, 9, 10, 11, 17, 19, 33})
            QTest::newRow(qPrintable(u"double %1"_s.arg(n))) << int(Format::DoubleElimination) << n;
        QTest::newRow("round robin 6") << int(Format::RoundRobin) << 6;
        QTest::newRow("swiss 10") << int(Format::Swiss) << 10;
    }

    void formatsRoundTrip()
    {
        QFETCH(int, format);
        QFETCH(int, entrants);
        const QString file = u"%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
        auto f = setup(file, entrants);
        PhaseConfig config;
        config.format = Format(format);
        config.bestOf = 3;
        QString error;
        QVERIFY2(f->brackets.createPhase(f->event, u"Main"_s, config, &error) > 0, qPrintable(error));
        auto loaded = f->brackets.load(f->event, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->phaseNames, QStringList {u"Main"_s});
        QCOMPARE(loaded->names.size(), entrants);

        // Play every ready match (slot 0 wins) through the store, reloading each time.
        int reported = 0;
        for (int guard = 0; guard < 1000; ++guard) {
            const Match *ready = nullptr;
            for (const auto &match : loaded->state.phases().front().matches) {
                if (match.state == MatchState::Ready) {
                    ready = &match;
                    break;
                }
            }
            if (!ready) {
                if (Format(format) == Format::Swiss && !loaded->state.allRoundsStarted(0)) {
                    QVERIFY2(f->brackets.startNextRound(f->event, 0, &error), qPrintable(error));
                    loaded = f->brackets.load(f->event, &error);
                    continue;
                }
                break;
            }
            QVERIFY2(f->brackets.report(f->event, ready->id, win(0, ready->bestOf), {}, &error), qPrintable(error));
            ++reported;
            loaded = f->brackets.load(f->event, &error);
            QVERIFY2(loaded, qPrintable(error));
        }
        QVERIFY(reported > 0);
        QVERIFY(loaded->state.phaseComplete(0));

        // A reopened database gives back exactly the same state.
        const EventState before = loaded->state;
        f->store.close();
        QVERIFY(!f->store.open(testDatabase(m_dir.filePath(file))));
        const auto reopened = f->brackets.load(f->event, &error);
        QVERIFY2(reopened, qPrintable(error));
        QVERIFY(reopened->state == before);
    }

    // A deep correction in a played double elimination: the store resets exactly the matches
    // the engine named, refuses without confirmation, and undo restores the state exactly.
    void correctionAndUndo()
    {
        auto f = setup(u"correction.sqlite"_s, 8);
        PhaseConfig config;
        config.format = Format::DoubleElimination;
        QString error;
        QVERIFY(f->brackets.createPhase(f->event, u"Top 8"_s, config, &error) > 0);
        for (int guard = 0; guard < 100; ++guard) {
            const auto loaded = f->brackets.load(f->event, &error);
            const auto &matches = loaded->state.phases().front().matches;
            const auto ready = std::find_if(matches.begin(), matches.end(),
                [](const Match &m) { return m.state == MatchState::Ready && m.side != Side::GrandFinal; });
            if (ready == matches.end())
                break;
            QVERIFY2(f->brackets.report(f->event, ready->id, win(0, ready->bestOf), {}, &error), qPrintable(error));
        }
        const auto played = f->brackets.load(f->event, &error)->state;
        const Match &first = played.phases().front().matches.front(); // winners round 1, match 1
        QVERIFY(first.completed());

        const auto impact = f->brackets.correctionImpact(f->event, first.id, win(1, first.bestOf), &error);
        QVERIFY2(impact, qPrintable(error));
        QVERIFY(!impact->empty());
        QVERIFY(!f->brackets.report(f->event, first.id, win(1, first.bestOf), {}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(sameBracket(f->brackets.load(f->event, &error)->state, played));

        QVERIFY2(f->brackets.report(f->event, first.id, win(1, first.bestOf), *impact, &error), qPrintable(error));
        const auto corrected = f->brackets.load(f->event, &error)->state;
        for (MatchId reset : *impact)
            QVERIFY(!corrected.match(reset)->completed());
        QCOMPARE(corrected.match(first.id)->result.winner, 1);

        QVERIFY(f->store.canUndo());
        QVERIFY(f->store.undo());
        QVERIFY(sameBracket(f->brackets.load(f->event, &error)->state, played));
        QVERIFY(f->store.redo());
        QVERIFY(sameBracket(f->brackets.load(f->event, &error)->state, corrected));
    }

    // Every BracketStore of a store shares one cache, brought up to date from the rows each
    // command changed: after results, a correction of the games alone, a dispute, a
    // disqualification, an undo and a redo, it holds what a fresh read of the file gives,
    // versions included (a stale version would refuse the next report).
    void sharedCacheFollowsEveryCommand()
    {
        auto f = setup(u"shared.sqlite"_s, 8);
        PhaseConfig config;
        config.format = Format::DoubleElimination;
        config.bestOf = 3;
        QString error;
        QVERIFY(f->brackets.createPhase(f->event, u"Main"_s, config, &error) > 0);
        BracketStore page(f->store); // another screen on the same store
        // What a follow-up (the scheduler's) reads inside each command: the command's bracket.
        std::shared_ptr<const BracketStore::EventBracket> inside;
        f->store.setFollowUp([&](StoreTransaction &tx, const RowChanges &changes) {
            inside = page.loadInside(tx, f->event, changes, &error);
        });
        const auto same = [&](const char *step) {
            Store fresh(m_clock);
            QVERIFY(!fresh.open(testDatabase(m_dir.filePath(u"shared.sqlite"_s))));
            const auto read = BracketStore(fresh).load(f->event, &error);
            const auto cached = page.load(f->event, &error);
            QVERIFY2(read && cached, step);
            QVERIFY2(cached->state == read->state, step);
            QVERIFY2(cached->disputed == read->disputed, step);
            if (inside) // undo and redo have no follow-up
                QVERIFY2(sameBracket(inside->state, read->state) && inside->disputed == read->disputed, step);
            inside.reset();
        };
        same("created");
        const auto first = page.load(f->event, &error)->state.phases().front().matches.front();
        QVERIFY2(f->brackets.report(f->event, first.id, win(0), {}, &error), qPrintable(error));
        same("reported");
        Result closer = win(0);
        closer.games = {Game {{1, 0}, "a"}, Game {{0, 1}, "b"}, Game {{1, 0}, "c"}};
        QVERIFY2(f->brackets.report(f->event, first.id, closer, {}, &error), qPrintable(error));
        same("games corrected, same winner");
        const auto second = page.load(f->event, &error)->state.phases().front().matches.at(1);
        QVERIFY2(f->brackets.setDisputed(f->event, second.id, true, &error), qPrintable(error));
        same("disputed");
        QVERIFY2(f->brackets.disqualify(f->event, second.slots[0].entrant, &error), qPrintable(error));
        same("disqualified");
        QVERIFY(f->store.undo());
        same("undone");
        QVERIFY(f->store.undo());
        same("undone twice");
        QVERIFY(f->store.redo());
        same("redone");
        QVERIFY(page.load(f->event, &error)->state.match(second.id)->state != MatchState::Completed);
    }

    // completed_at (results exports, the scheduler, the overlays) is when a played match's result
    // was entered: a correction keeps it, a reset clears it, a bye has none.
    void completedAtIsWhenTheResultWasEntered()
    {
        auto f = setup(u"completed-at.sqlite"_s, 6); // seeds 1 and 2 have byes
        PhaseConfig config;
        config.format = Format::SingleElimination;
        config.bestOf = 1;
        QString error;
        QVERIFY(f->brackets.createPhase(f->event, u"Main"_s, config, &error) > 0);
        const auto completedAt = [&](MatchId id) {
            auto query = f->store.select(u"SELECT completed_at FROM matches WHERE id = ?"_s, {qint64(id)});
            return query.next() ? query.value(0) : QVariant(u"no row"_s);
        };
        const auto matches = f->brackets.load(f->event, &error)->state.phases().front().matches;
        const auto bye = std::ranges::find_if(matches, [](const Match &m) { return m.isBye(); });
        QVERIFY(bye != matches.end() && bye->completed());
        QVERIFY(completedAt(bye->id).isNull());
        const auto played = std::ranges::find_if(matches, [](const Match &m) { return m.state == MatchState::Ready; });
        QVERIFY(played != matches.end());
        const qint64 firstReport = m_clock.now().toMSecsSinceEpoch();
        QVERIFY2(f->brackets.report(f->event, played->id, win(0, 1), {}, &error), qPrintable(error));
        QCOMPARE(completedAt(played->id).toLongLong(), firstReport);
        // Its winner plays on: a correction of the first result resets that match too.
        const auto next = [&] {
            for (const Match &m : f->brackets.load(f->event, &error)->state.phases().front().matches) {
                for (const Slot &slot : m.slots) {
                    if (slot.source.kind == SlotSource::Kind::WinnerOf && slot.source.value == played->id)
                        return m.id;
                }
            }
            return MatchId(0);
        }();
        m_clock.advanceSecs(600);
        QVERIFY2(f->brackets.report(f->event, next, win(0, 1), {}, &error), qPrintable(error));
        QCOMPARE(completedAt(next).toLongLong(), firstReport + 600'000);
        m_clock.advanceSecs(600);
        Result otherScore = win(0, 1);
        otherScore.games.front().scores = {3, 1};
        QVERIFY2(f->brackets.report(f->event, played->id, otherScore, {}, &error), qPrintable(error));
        QCOMPARE(completedAt(played->id).toLongLong(), firstReport); // same winner, other score
        const auto impact = f->brackets.correctionImpact(f->event, played->id, win(1, 1), &error);
        QVERIFY(impact && !impact->empty());
        QVERIFY2(f->brackets.report(f->event, played->id, win(1, 1), *impact, &error), qPrintable(error));
        QCOMPARE(completedAt(played->id).toLongLong(), firstReport);
        for (MatchId reset : *impact)
            QVERIFY(completedAt(reset).isNull());
    }

    // Free-for-all lobbies: every lobby's entrants and each game's placements and kills survive
    // the file, across a reshuffled second round, and a reopened database gives the same state.
    void lobbiesRoundTrip()
    {
        auto f = setup(u"lobbies.sqlite"_s, 12);
        PhaseConfig config;
        config.format = Format::FreeForAll;
        config.lobbySize = 4;
        config.lobbyRounds = 2;
        config.bestOf = 2;
        config.tiebreaks = {Tiebreak::MatchWins};
        QString error;
        QVERIFY2(f->brackets.createPhase(f->event, u"Lobbies"_s, config, &error) > 0, qPrintable(error));
        EventSimulator simulator(11);
        std::map<MatchId, Result> reported;
        for (int guard = 0; guard < 100; ++guard) {
            const auto loaded = f->brackets.load(f->event, &error);
            QVERIFY2(loaded, qPrintable(error));
            const auto &matches = loaded->state.phases().front().matches;
            const auto ready = std::find_if(
                matches.begin(), matches.end(), [](const Match &m) { return m.state == MatchState::Ready; });
            if (ready == matches.end()) {
                if (loaded->state.allRoundsStarted(0))
                    break;
                QVERIFY2(f->brackets.startNextRound(f->event, 0, &error), qPrintable(error));
                continue;
            }
            QCOMPARE(ready->side, Side::Lobby);
            QCOMPARE(ready->lobby.size(), std::size_t(4));
            const Result result = simulator.randomLobbyResult(*ready);
            QVERIFY2(f->brackets.report(f->event, ready->id, result, {}, &error), qPrintable(error));
            reported[ready->id] = result;
        }
        QCOMPARE(reported.size(), std::size_t(6)); // 3 lobbies × 2 rounds

        // A fresh reader (no cache) sees every game's lobby scores as reported.
        BracketStore reader(f->store);
        const auto stored = reader.load(f->event, &error);
        QVERIFY2(stored, qPrintable(error));
        QVERIFY(stored->state.phaseComplete(0));
        for (const auto &[id, result] : reported) {
            const Match *match = stored->state.match(id);
            QVERIFY(match);
            QCOMPARE(match->result.games.size(), std::size_t(2));
            QVERIFY(match->result.games == result.games);
        }
        auto totals = f->store.select(u"SELECT COUNT(*), SUM(points) FROM lobby_entrants WHERE placement = 1"_s);
        QVERIFY(totals.next());
        QVERIFY(totals.value(0).toInt() >= 6);

        const EventState before = stored->state;
        f->store.close();
        QVERIFY(!f->store.open(testDatabase(m_dir.filePath(u"lobbies.sqlite"_s))));
        BracketStore reopened(f->store);
        const auto again = reopened.load(f->event, &error);
        QVERIFY2(again, qPrintable(error));
        QVERIFY(again->state == before);
    }

    // Pools then playoffs: the second phase is seeded from the first phase's placements, both
    // are stored, the file gives them back, and undo removes the second phase exactly.
    void phasesRoundTrip()
    {
        auto f = setup(u"phases.sqlite"_s, 8);
        PhaseConfig pools;
        pools.format = Format::RoundRobin;
        pools.groups = 2;
        QString error;
        QVERIFY2(f->brackets.createPhase(f->event, u"Pools"_s, pools, &error) > 0, qPrintable(error));
        QCOMPARE(f->brackets.addPhase(f->event, u"Top 4"_s, PhaseConfig {}, 2, &error), 0); // pools not played yet
        QVERIFY(!error.isEmpty());
        QVERIFY(f->brackets.simulate(f->event, 5, &error) > 0);
        const auto played = f->brackets.load(f->event, &error);
        QVERIFY2(played && played->state.phaseComplete(0), qPrintable(error));

        PhaseConfig playoffs;
        playoffs.format = Format::SingleElimination;
        const qint64 phaseId = f->brackets.addPhase(f->event, u"Top 4"_s, playoffs, 2, &error);
        QVERIFY2(phaseId > 0, qPrintable(error));
        const auto seeds = EventState::qualifiers(played->state.phases()[0], played->state.disqualified(), playoffs, 2);
        QCOMPARE(seeds.size(), std::size_t(4));

        BracketStore reader(f->store);
        auto loaded = reader.load(f->event, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->phaseIds.size(), 2);
        QCOMPARE(loaded->phaseIds.at(1), phaseId);
        QCOMPARE(loaded->phaseNames, (QStringList {u"Pools"_s, u"Top 4"_s}));
        QCOMPARE(loaded->state.phases()[1].seeds, seeds);
        QCOMPARE(loaded->state.phases()[1].qualifiersPerGroup, 2);
        auto progress = f->store.select(u"SELECT progress_count FROM phases WHERE position = 0"_s);
        QVERIFY(progress.next());
        QCOMPARE(progress.value(0).toInt(), 2);

        QVERIFY(f->brackets.simulate(f->event, 6, &error) > 0);
        loaded = reader.load(f->event, &error);
        QVERIFY(loaded->state.phaseComplete(1));
        const EventState before = loaded->state;
        f->store.close();
        QVERIFY(!f->store.open(testDatabase(m_dir.filePath(u"phases.sqlite"_s))));
        QVERIFY(BracketStore(f->store).load(f->event, &error)->state == before);

        // Undo the playoff results, then the playoff phase itself.
        QVERIFY(f->store.undo());
        QVERIFY(f->store.undo());
        loaded = reader.load(f->event, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->phaseIds.size(), 1);
        QVERIFY(sameBracket(loaded->state, played->state));
    }

    // Creating a bracket is one command whose matches are logged as id runs: undo removes the
    // phase and every match, redo brings back the same rows, and reports on top still undo.
    void createUndoRedo()
    {
        auto f = setup(u"create-undo.sqlite"_s, 33);
        PhaseConfig config;
        config.format = Format::DoubleElimination;
        config.bestOf = 3;
        QString error;
        QVERIFY2(f->brackets.createPhase(f->event, u"Main"_s, config, &error) > 0, qPrintable(error));
        const auto created = storeSnapshot(f->store);
        const auto bracket = f->brackets.load(f->event, &error);
        QVERIFY2(bracket, qPrintable(error));
        const auto count = [&](const QString &table) {
            auto query = f->store.select(u"SELECT COUNT(*) FROM %1"_s.arg(table));
            return query.next() ? query.value(0).toInt() : -1;
        };
        QCOMPARE(count(u"matches"_s), int(bracket->state.phases().front().matches.size()));

        QVERIFY(f->store.undo());
        QCOMPARE(count(u"matches"_s), 0);
        QCOMPARE(count(u"phases"_s), 0);
        QVERIFY(!f->brackets.load(f->event, &error) || f->brackets.load(f->event, &error)->state.phases().empty());
        QVERIFY(f->store.redo());
        QCOMPARE(storeSnapshot(f->store), created);
        const auto again = f->brackets.load(f->event, &error);
        QVERIFY2(again, qPrintable(error));
        QVERIFY(sameBracket(again->state, bracket->state));

        const auto &matches = again->state.phases().front().matches;
        const auto ready
            = std::find_if(matches.begin(), matches.end(), [](const Match &m) { return m.state == MatchState::Ready; });
        QVERIFY(ready != matches.end());
        QVERIFY2(f->brackets.report(f->event, ready->id, win(0), {}, &error), qPrintable(error));
        QVERIFY(f->store.undo());
        QVERIFY(sameBracket(f->brackets.load(f->event, &error)->state, bracket->state));
        QVERIFY(f->store.undo());
        QCOMPARE(count(u"matches"_s), 0);
    }

    // A bracket kept in memory between reports still sees what another desk wrote to the file.
    void otherDeskWritesAreSeen()
    {
        auto f = setup(u"desks.sqlite"_s, 8);
        PhaseConfig config;
        config.format = Format::DoubleElimination;
        QString error;
        QVERIFY(f->brackets.createPhase(f->event, u"Main"_s, config, &error) > 0);
        const auto loaded = f->brackets.load(f->event, &error);
        const auto &matches = loaded->state.phases().front().matches;
        QVERIFY(matches.at(0).state == MatchState::Ready && matches.at(1).state == MatchState::Ready);

        Store other(m_clock);
        QVERIFY(!other.open(testDatabase(m_dir.filePath(u"desks.sqlite"_s))));
        BracketStore otherDesk(other);
        QVERIFY2(otherDesk.report(f->event, matches.at(0).id, win(0, 1), {}, &error), qPrintable(error));

        // This desk's next report lands on the bracket the other desk left.
        QVERIFY2(f->brackets.report(f->event, matches.at(1).id, win(1, 1), {}, &error), qPrintable(error));
        const auto after = BracketStore(other).load(f->event, &error);
        QVERIFY(after->state.match(matches.at(0).id)->completed());
        QVERIFY(after->state.match(matches.at(1).id)->completed());
        QVERIFY(sameBracket(f->brackets.load(f->event, &error)->state, after->state));

        // An undo on the other desk is seen too.
        QVERIFY(other.undo());
        QVERIFY(!f->brackets.load(f->event, &error)->state.match(matches.at(1).id)->completed());
    }

    void errorsAreNamed()
    {
        auto f = setup(u"errors.sqlite"_s, 1);
        PhaseConfig config;
        QString error;
        QCOMPARE(f->brackets.createPhase(f->event, u"Main"_s, config, &error), 0);
        QVERIFY(!error.isEmpty());
        auto g = setup(u"twice.sqlite"_s, 4);
        QVERIFY(g->brackets.createPhase(g->event, u"Main"_s, config, &error) > 0);
        QCOMPARE(g->brackets.createPhase(g->event, u"Again"_s, config, &error), 0);
        QVERIFY(error.contains(u"already"_s));
        QVERIFY(!g->brackets.report(g->event, 999999, win(0), {}, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBracketStore)
#include "tst_bracketstore.moc"
