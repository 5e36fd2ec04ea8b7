// SPDX-License-Identifier: GPL-3.0-or-later
#include "competition/bracketstore.h"
#include "core/clock.h"
#include "registration/eventcontroller.h"
#include "registration/playercontroller.h"
#include "store/store.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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
        [&] { QVERIFY(!f->store.open(m_dir.filePath(file))); }();
        const qint64 tournament = f->events.addTournament({{u"name"_s, u"Weekly"_s}, {u"startsOn"_s, u"2026-11-28"_s}});
        f->event = f->events.addEvent(tournament, {{u"name"_s, u"SF6"_s}});
        for (int i = 1; i <= entrants; ++i)
            f->events.registerPlayer(f->event, f->players.addPlayer({{u"tag"_s, u"Joueur %1"_s.arg(i)}}));
        return f;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void formatsRoundTrip_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("entrants");
        QTest::newRow("single 13") << int(Format::SingleElimination) << 13;
        QTest::newRow("double 12") << int(Format::DoubleElimination) << 12;
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
        QVERIFY(!f->store.open(m_dir.filePath(file)));
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
