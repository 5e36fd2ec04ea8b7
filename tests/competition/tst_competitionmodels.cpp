// SPDX-License-Identifier: GPL-3.0-or-later
// The Bracket page's typed lists read from a real SQLite file: the standings and the phase
// summaries, row by row and role by role, after a result and after its undo; and the reader
// of what a page shows beside the bracket (entrants playing, the tournament's heading).
#include "bracket/bracketfixture.h"
#include "competition/bracketstore.h"
#include "competition/competitionreader.h"
#include "competition/phasesummarymodel.h"
#include "competition/standingsmodel.h"
#include "core/clock.h"
#include "modelrows.h"
#include "store/store.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace omnium::engine;
using namespace Qt::StringLiterals;

class TestCompetitionModels : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock {QDateTime(QDate(2026, 11, 28), QTime(9, 0), QTimeZone::UTC)};

    // Both models as the Bracket page shows the event's first phase.
    static void show(BracketStore &brackets, qint64 event, StandingsModel &standings, PhaseSummaryModel &phases)
    {
        QString problem;
        const auto bracket = brackets.load(event, &problem);
        QVERIFY2(bracket, qPrintable(problem));
        standings.setPhase(&bracket->state.phases().front(), bracket->state.disqualified(), bracket->names);
        phases.setEvent(&*bracket);
    }

    static QVariantMap rowNamed(const QAbstractItemModel &model, const QString &name)
    {
        for (const auto &row : modelRows(model)) {
            if (row.value(u"name"_s).toString() == name)
                return row;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void rowsAndRolesFollowAResultAndItsUndo()
    {
        Store store(m_clock);
        QVERIFY(!store.open(testDatabase(m_dir.filePath(u"models.sqlite"_s))));
        const qint64 event = BracketFixture::makeEvent(store, 4);
        QVERIFY(event > 0);
        BracketStore brackets(store);
        PhaseConfig config;
        config.format = Format::RoundRobin;
        config.bestOf = 1;
        QString problem;
        QVERIFY2(brackets.createPhase(event, u"Pools"_s, config, &problem) > 0, qPrintable(problem));

        StandingsModel standings;
        PhaseSummaryModel phases;
        QAbstractItemModelTester standingsTester(&standings, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester phasesTester(&phases, QAbstractItemModelTester::FailureReportingMode::QtTest);
        show(brackets, event, standings, phases);

        QCOMPARE(standings.rowCount(), 4);
        for (const auto &row : modelRows(standings)) {
            QCOMPARE(row.value(u"played"_s).toInt(), 0);
            QCOMPARE(row.value(u"games"_s).toString(), u"0–0"_s);
        }
        QCOMPARE(phases.rowCount(), 1);
        auto pools = modelRows(phases).first();
        QCOMPARE(pools.value(u"name"_s).toString(), u"Pools"_s);
        QCOMPARE(pools.value(u"format"_s).toString(), u"Round robin"_s);
        QCOMPARE(pools.value(u"stateName"_s).toString(), u"Not started"_s);
        QCOMPARE(pools.value(u"done"_s).toInt(), 0);
        QCOMPARE(pools.value(u"total"_s).toInt(), 6);
        QCOMPARE(pools.value(u"entrants"_s).toInt(), 4);
        QCOMPARE(pools.value(u"groups"_s).toInt(), 1);

        // One result: the winner 1-0 up, the loser down, the phase under way.
        const auto bracket = brackets.load(event, &problem);
        const Match &first = bracket->state.phases().front().matches.front();
        const QString winner = bracket->names.value(first.slots[0].entrant);
        const QString loser = bracket->names.value(first.slots[1].entrant);
        Result result;
        result.winner = 0;
        result.games.push_back(Game {{1, 0}, "map"});
        QVERIFY2(brackets.report(event, first.id, result, {}, &problem), qPrintable(problem));
        show(brackets, event, standings, phases);

        const auto won = rowNamed(standings, winner);
        QCOMPARE(won.value(u"played"_s).toInt(), 1);
        QCOMPARE(won.value(u"wins"_s).toInt(), 1);
        QCOMPARE(won.value(u"losses"_s).toInt(), 0);
        QCOMPARE(won.value(u"games"_s).toString(), u"1–0"_s);
        QVERIFY(won.value(u"points"_s).toInt() > 0);
        QCOMPARE(won.value(u"tiebreaks"_s).toStringList().size(), qsizetype(config.tiebreaks.size()));
        QVERIFY(!won.value(u"disqualified"_s).toBool());
        QCOMPARE(modelRows(standings).first().value(u"name"_s).toString(), winner); // leads the table
        const auto lost = rowNamed(standings, loser);
        QCOMPARE(lost.value(u"losses"_s).toInt(), 1);
        QCOMPARE(lost.value(u"games"_s).toString(), u"0–1"_s);
        pools = modelRows(phases).first();
        QCOMPARE(pools.value(u"done"_s).toInt(), 1);
        QCOMPARE(pools.value(u"stateName"_s).toString(), u"In progress"_s);
        QVERIFY(!pools.value(u"complete"_s).toBool());

        // Undone: back to nothing played.
        QVERIFY(store.undo());
        show(brackets, event, standings, phases);
        QCOMPARE(rowNamed(standings, winner).value(u"wins"_s).toInt(), 0);
        QCOMPARE(rowNamed(standings, loser).value(u"games"_s).toString(), u"0–0"_s);
        pools = modelRows(phases).first();
        QCOMPARE(pools.value(u"done"_s).toInt(), 0);
        QCOMPARE(pools.value(u"stateName"_s).toString(), u"Not started"_s);

        // The whole phase played: complete, and its winner named.
        QVERIFY(brackets.simulate(event, 11, &problem) > 0);
        show(brackets, event, standings, phases);
        pools = modelRows(phases).first();
        QVERIFY(pools.value(u"complete"_s).toBool());
        QCOMPARE(pools.value(u"stateName"_s).toString(), u"Complete"_s);
        QCOMPARE(pools.value(u"note"_s).toString(), u"Winner"_s);
        QCOMPARE(pools.value(u"advanced"_s).toStringList(),
            QStringList {modelRows(standings).first().value(u"name"_s).toString()});
        QCOMPARE(modelRows(standings).first().value(u"rank"_s).toString(), u"1"_s);

        // No bracket: both empty.
        standings.setPhase(nullptr, {}, {});
        phases.setEvent(nullptr);
        QCOMPARE(standings.rowCount(), 0);
        QCOMPARE(phases.rowCount(), 0);
    }

    void readerCountsPlayingEntrantsAndNamesTheTournament()
    {
        Store store(m_clock);
        QVERIFY(!store.open(testDatabase(m_dir.filePath(u"reader.sqlite"_s))));
        const CompetitionReader reader(store);
        QCOMPARE(reader.newestTournament().name, QString());
        const qint64 event = BracketFixture::makeEvent(store, 5);
        QVERIFY(!store.run(CommandLabel::verbatim(u"waitlist"_s), [&](StoreTransaction &tx) {
            const qint64 player = tx.insert(u"players"_s, {{u"tag"_s, u"Late"_s}});
            tx.insert(u"entrants"_s, {{u"event_id"_s, event}, {u"player_id"_s, player}, {u"waitlisted"_s, 1}});
        }));
        QCOMPARE(reader.playingEntrants(event), 5); // the waiting list does not play
        QCOMPARE(reader.playingEntrants(event + 1000), 0);
        QCOMPARE(reader.tournamentOf(event).name, u"Omnium Open"_s);
        QCOMPARE(reader.tournamentOf(event).venue, u"Vélodrome national"_s);
        QCOMPARE(reader.tournamentOf(event + 1000).name, QString());
        QCOMPARE(reader.newestTournament().name, u"Omnium Open"_s);
    }
};

QTEST_MAIN(TestCompetitionModels)
#include "tst_competitionmodels.moc"
