// SPDX-License-Identifier: GPL-3.0-or-later
#include "../bracket/bracketfixture.h"
#include "bracket/bracketcontroller.h"
#include "core/clock.h"
#include "live/tournamentlive.h"
#include "shell/notificationmodel.h"
#include "shell/notificationsources.h"
#include "store/store.h"
#include "testdatabase.h"
#include "venueserverprocess.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Several desks on one venue server: a real PostgreSQL started by the test (tools/venue-server
// in a temporary folder), each desk a Store on its own connection with its live tournament
// and bracket page, as in the app. What one desk commits reaches the others' screens through
// NOTIFY and the same incremental path as their own commands; a lost server makes the desks
// read-only at once and they catch up when it is back; a stale report and an undo that another
// desk's command depends on are refused, naming that desk.
class TestVenueServer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<VenueServerProcess> m_server;
    ManualClock m_clock {QDateTime(QDate(2026, 11, 28), QTime(14, 2), QTimeZone::UTC)};
    int m_databases = 0;

    struct Desk {
        Store store;
        TournamentLive live;
        SchedulerController &schedule;
        BracketController bracket;
        Desk(const Clock &clock, const QString &name)
            : store(clock)
            , live(store, clock)
            , schedule(live.scheduler())
            , bracket(store)
        {
            store.setDeskName(name);
        }
    };

    QString freshDatabase() { return testDatabaseOn(m_server->url(), u"desks%1"_s.arg(++m_databases)); }

    // Desk A makes a 16-entrant double elimination on three stations; the first round is called.
    static qint64 makeDay(Desk &a)
    {
        const qint64 event = BracketFixture::makeEvent(a.store, 16);
        a.schedule.refresh();
        a.bracket.setEventId(event);
        [&] {
            QVERIFY(
                a.bracket.createBracket({{u"format"_s, u"double"_s}, {u"bestOf"_s, 3}, {u"grandFinal"_s, u"reset"_s}}));
        }();
        for (int number = 1; number <= 3; ++number)
            a.schedule.addStation({{u"number"_s, number}});
        QTest::qWait(20);
        a.schedule.refresh();
        return event;
    }

    static QList<qint64> calledMatches(Store &store)
    {
        QList<qint64> ids;
        auto query = store.select(u"SELECT id FROM matches WHERE state = 'called' ORDER BY id"_s);
        while (query.next())
            ids << query.value(0).toLongLong();
        return ids;
    }

    static QString matchState(Store &store, qint64 id)
    {
        auto query = store.select(u"SELECT state, slot1_score, slot2_score FROM matches WHERE id = ?"_s, {id});
        return query.next()
            ? u"%1 %2-%3"_s.arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString())
            : QString();
    }

    // What every screen reads equals a fresh reading of the server (a desk started now).
    void checkModelsAsStored(Desk &desk, const char *when)
    {
        Store other(m_clock);
        QVERIFY(!other.open(desk.store.path()));
        TournamentLive fresh(other, m_clock);
        fresh.scheduler().setTournamentId(desk.schedule.tournamentId());
        QVERIFY2(desk.live.nowPlaying()->rows() == fresh.nowPlaying()->rows(), when);
        QVERIFY2(desk.live.upNext()->rows() == fresh.upNext()->rows(), when);
        QVERIFY2(desk.live.stations()->rows() == fresh.stations()->rows(), when);
        QVERIFY2(desk.live.events()->rows() == fresh.events()->rows(), when);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        if (!VenueServerProcess::available())
            QSKIP("PostgreSQL or Qt's QPSQL driver is not installed");
        m_server = VenueServerProcess::startIn(m_dir.path());
        QVERIFY2(!m_server->url().isEmpty(), qPrintable(m_server->errors()));
    }

    void cleanupTestCase()
    {
        if (m_server)
            m_server->run(u"stop"_s);
    }

    // A result entered at the results desk reaches the stream desk's live models, bracket and
    // station board by NOTIFY (its watch timer is too slow to be what brought it), and a fresh
    // reading of the server shows the same; the stream desk cannot undo the result.
    void aResultOnOneDeskShowsOnTheOther()
    {
        const QString url = freshDatabase();
        Desk results(m_clock, u"Results desk"_s);
        Desk stream(m_clock, u"Stream desk"_s);
        stream.store.setWatchInterval(60000);
        QVERIFY(!results.store.open(url));
        QVERIFY(!stream.store.open(url));
        QCOMPARE(stream.store.connection(), Store::Connection::Connected);
        const qint64 event = makeDay(results);
        QVERIFY(event > 0);
        QTRY_COMPARE(stream.live.nowPlaying()->count(), 3);
        stream.bracket.setEventId(event);

        const qint64 match = calledMatches(results.store).constFirst();
        const int remaining
            = stream.live.events()->data(stream.live.events()->index(0), EventProgressModel::RemainingRole).toInt();
        QElapsedTimer clock;
        clock.start();
        QVERIFY(results.bracket.report(match, {{u"score"_s, u"2-1"_s}}, {}));
        QTRY_VERIFY_WITH_TIMEOUT(stream.live.nowPlaying()->rowOf(match) < 0, 2000);
        qInfo() << "desk to desk:" << clock.elapsed() << "ms";
        QTRY_COMPARE(
            stream.live.events()->data(stream.live.events()->index(0), EventProgressModel::RemainingRole).toInt(),
            remaining - 1);
        QCOMPARE(stream.bracket.matchInfo(match).value(u"state"_s).toString(), u"completed"_s);
        QCOMPARE(stream.bracket.matchInfo(match).value(u"scores"_s).toList(), (QVariantList {2, 1}));
        QCOMPARE(stream.live.nowPlaying()->count(), 3); // the freed station took its next match
        QTest::qWait(50);
        checkModelsAsStored(stream, "after the other desk's result");
        QVERIFY2(!stream.store.undoText().contains(u"Result"_s), qPrintable(stream.store.undoText()));
        QCOMPARE(results.store.undoText(),
            u"Undo: Result 2-1 M%1"_s.arg(results.bracket.matchInfo(match).value(u"number"_s).toInt()));
    }

    // Two desks report different matches back to back, neither having seen the other's: the
    // write lock serialises them, each dispatches on top of the other, and no station nor
    // player is called twice.
    void twoDesksDispatchOneAfterTheOther()
    {
        const QString url = freshDatabase();
        Desk a(m_clock, u"Desk A"_s);
        Desk b(m_clock, u"Desk B"_s);
        QVERIFY(!a.store.open(url));
        QVERIFY(!b.store.open(url));
        const qint64 event = makeDay(a);
        QTRY_COMPARE(b.live.nowPlaying()->count(), 3);
        b.bracket.setEventId(event);
        for (int round = 0; round < 6; ++round) {
            const auto called = calledMatches(a.store);
            QVERIFY(called.size() >= 2);
            QVERIFY(a.bracket.report(called[0], {{u"score"_s, u"2-0"_s}}, {}));
            QVERIFY2(b.bracket.report(called[1], {{u"score"_s, u"0-2"_s}}, {}), qPrintable(b.store.lastErrorMessage()));
            auto busy = a.store.select(u"SELECT station_id, COUNT(*) FROM matches WHERE state IN ('called', "
                                       "'in_progress') GROUP BY station_id HAVING COUNT(*) > 1"_s);
            QVERIFY2(!busy.next(), "a station holds two matches");
        }
        QTest::qWait(50);
        checkModelsAsStored(a, "desk A");
        checkModelsAsStored(b, "desk B");
    }

    // Two desks report the same match: the first wins; the second, which had not seen it, is
    // refused with who changed it, when and what, and the stored result is the first one. A
    // desk that had seen the result (its dialog opened after it) may correct it.
    void aStaleReportIsRefusedNamingTheOtherDesk()
    {
        const QString url = freshDatabase();
        Desk results(m_clock, u"Results desk"_s);
        Desk stage(m_clock, u"Stage desk"_s);
        QVERIFY(!results.store.open(url));
        QVERIFY(!stage.store.open(url));
        const qint64 event = makeDay(results);
        QTRY_COMPARE(stage.live.nowPlaying()->count(), 3);
        stage.bracket.setEventId(event);
        const qint64 match = calledMatches(results.store).constFirst();

        const QStringList slots = results.bracket.matchInfo(match).value(u"slots"_s).toStringList();

        const qint64 seen = stage.store.seenCommandId(); // the stage desk's dialog opens
        QVERIFY(results.bracket.report(match, {{u"score"_s, u"2-1"_s}}, {}));
        // The refusal names the other desk, when, and the result it saved, in the one error
        // channel (the store's errorOccurred, which the notifications show).
        QSignalSpy errors(&stage.store, &Store::errorOccurred);
        QVERIFY(!stage.bracket.report(match, {{u"score"_s, u"2-0"_s}, {u"seenCommandId"_s, seen}}, {}));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).at(0).toString(),
            u"Changed by Results desk at 14:02 (2-1 for %1). Your 2-0 was not saved."_s.arg(slots.at(0)));
        QCOMPARE(stage.store.lastError().kind, StoreError::Kind::Stale);
        QCOMPARE(matchState(results.store, match), u"completed 2-1"_s);
        // Another winner is named: the refused result is someone else's win.
        QVERIFY(!stage.bracket.report(match, {{u"score"_s, u"0-2"_s}, {u"seenCommandId"_s, seen}}, {}));
        QCOMPARE(stage.store.lastErrorMessage(),
            u"Changed by Results desk at 14:02 (2-1 for %1). Your 2-0 for %2 was not saved."_s.arg(
                slots.at(0), slots.at(1)));
        QCOMPARE(matchState(results.store, match), u"completed 2-1"_s);

        // Shown the current result, the stage desk corrects it: that is its decision to make.
        QTRY_COMPARE(stage.bracket.matchInfo(match).value(u"scores"_s).toList(), (QVariantList {2, 1}));
        QVERIFY2(stage.bracket.report(
                     match, {{u"score"_s, u"2-0"_s}, {u"seenCommandId"_s, stage.store.seenCommandId()}}, {}),
            qPrintable(stage.store.lastErrorMessage()));
        QCOMPARE(matchState(results.store, match), u"completed 2-0"_s);
    }

    // Undo takes a desk's own last command, not another desk's later one; and when another
    // desk's later command depends on it, it is refused with that desk's name.
    void undoIsPerDeskAndRefusedWhenAnotherDeskDependsOnIt()
    {
        const QString url = freshDatabase();
        Desk a(m_clock, u"Registration desk"_s);
        Desk b(m_clock, u"Badge desk"_s);
        QVERIFY(!a.store.open(url));
        QVERIFY(!b.store.open(url));
        qint64 kazuki = 0;
        qint64 lea = 0;
        QVERIFY(!a.store.run(CommandLabel::verbatim(u"Add Kazuki"_s),
            [&](StoreTransaction &tx) { kazuki = tx.insert(u"players"_s, {{u"tag"_s, u"Kazuki"_s}}); }));
        QVERIFY(!b.store.run(CommandLabel::verbatim(u"Add Léa"_s),
            [&](StoreTransaction &tx) { lea = tx.insert(u"players"_s, {{u"tag"_s, u"Léa"_s}}); }));
        QTRY_COMPARE(a.store.seenCommandId(), b.store.seenCommandId());
        QCOMPARE(a.store.undoText(), u"Undo: Add Kazuki"_s);
        QCOMPARE(b.store.undoText(), u"Undo: Add Léa"_s);

        QVERIFY(!b.store.run(CommandLabel::verbatim(u"Rename Kazuki"_s),
            [&](StoreTransaction &tx) { tx.update(u"players"_s, kazuki, -1, {{u"name"_s, u"Kazuki Sato"_s}}); }));
        QVERIFY(!a.store.undo());
        QVERIFY2(a.store.lastErrorMessage().contains(u"Changed since by Badge desk at 14:02 (Rename Kazuki)"_s),
            qPrintable(a.store.lastErrorMessage()));
        QVERIFY(b.store.undo()); // the rename
        QVERIFY(b.store.undo()); // Léa
        QTRY_COMPARE(a.store.seenCommandId(), b.store.seenCommandId());
        QVERIFY2(a.store.undo(), qPrintable(a.store.lastErrorMessage()));
        auto left = a.store.select(u"SELECT COUNT(*) FROM players WHERE id IN (?, ?)"_s, {kazuki, lea});
        QVERIFY(left.next());
        QCOMPARE(left.value(0).toInt(), 0);
    }

    // The server stops: every desk shows Reconnecting at once and refuses commands with a clear
    // error (nothing queued); it starts again: the desks reconnect, and one that was still away
    // while another committed catches up from its last seen command and says so. Quietly: no
    // watcher is left on a closed socket, and nothing is asked of a closed connection.
    void lostServerMakesDesksReadOnlyThenTheyCatchUp()
    {
        QTest::failOnWarning(QRegularExpression(u"QSocketNotifier|database not open"_s));
        const QString url = freshDatabase();
        Desk results(m_clock, u"Results desk"_s);
        Desk stream(m_clock, u"Stream desk"_s);
        results.store.setWatchInterval(100);
        stream.store.setWatchInterval(100);
        QVERIFY(!results.store.open(url));
        QVERIFY(!stream.store.open(url));
        NotificationModel notifications(m_clock); // what the results desk's window shows
        NotificationSources::connectStore(results.store, notifications);
        const auto shown = [&notifications](NotificationModel::Level level) {
            QStringList texts;
            for (int row = 0; row < notifications.rowCount(); ++row) {
                const QModelIndex index = notifications.index(row);
                if (index.data(NotificationModel::LevelRole).toInt() == level)
                    texts << index.data(NotificationModel::TextRole).toString();
            }
            return texts;
        };
        const qint64 event = makeDay(results);
        QTRY_COMPARE(stream.live.nowPlaying()->count(), 3);
        stream.bracket.setEventId(event);
        const auto called = calledMatches(results.store);

        QVERIFY2(m_server->run(u"stop"_s), qPrintable(m_server->errors()));
        QTRY_COMPARE_WITH_TIMEOUT(results.store.connection(), Store::Connection::Reconnecting, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(stream.store.connection(), Store::Connection::Reconnecting, 3000);
        QSignalSpy errors(&results.store, &Store::errorOccurred);
        QVERIFY(!results.bracket.report(called[0], {{u"score"_s, u"2-0"_s}}, {}));
        QCOMPARE(results.store.lastError().kind, StoreError::Kind::Disconnected);
        QVERIFY2(
            results.store.lastErrorMessage().contains(u"reconnecting"_s), qPrintable(results.store.lastErrorMessage()));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(shown(NotificationModel::Error).size(), 2); // the outage, and the refused result
        // The stream desk's screens read while the server is away (its page opened again, the
        // day asked for again) and find nothing: once back, they read it all again.
        stream.bracket.setEventId(0);
        stream.bracket.setEventId(event);
        stream.schedule.refresh();
        QVERIFY(stream.bracket.matchInfo(called[0]).isEmpty());

        // The stream desk stays away longer: the results desk commits in between.
        stream.store.setWatchInterval(3000);
        QSignalSpy caughtUp(&stream.store, &Store::reconnected);
        QVERIFY2(m_server->run(u"start"_s), qPrintable(m_server->errors()));
        QTRY_COMPARE_WITH_TIMEOUT(results.store.connection(), Store::Connection::Connected, 10000);
        // Back: the outage's messages give way to what was caught up.
        QTRY_VERIFY(shown(NotificationModel::Error).isEmpty());
        QVERIFY2(shown(NotificationModel::Info).join(u' ').contains(u"Reconnected"_s),
            qPrintable(shown(NotificationModel::Info).join(u'|')));
        QVERIFY2(results.bracket.report(called[0], {{u"score"_s, u"2-0"_s}}, {}),
            qPrintable(results.store.lastErrorMessage()));
        QCOMPARE(stream.store.connection(), Store::Connection::Reconnecting);
        QTRY_COMPARE_WITH_TIMEOUT(caughtUp.size(), 1, 10000);
        QVERIFY(caughtUp.at(0).at(0).toInt() >= 1);
        QTRY_VERIFY(stream.live.nowPlaying()->rowOf(called[0]) < 0);
        QCOMPARE(stream.bracket.matchInfo(called[0]).value(u"state"_s).toString(), u"completed"_s);
        QTest::qWait(50);
        checkModelsAsStored(stream, "after catching up");
    }
};

QTEST_MAIN(TestVenueServer)
#include "tst_venueserver.moc"
