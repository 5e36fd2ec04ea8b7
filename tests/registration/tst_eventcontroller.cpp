// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"
#include "registration/eventcontroller.h"
#include "registration/playercontroller.h"
#include "store/store.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestEventController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock {QDateTime(QDate(2026, 11, 28), QTime(9, 0), QTimeZone::UTC)};
    int m_counter = 0;

    struct Fixture {
        Store store;
        PlayerController players {store};
        EventController events {store};
        qint64 tournament = 0;
        qint64 event = 0;
        QList<qint64> playerIds;
        explicit Fixture(const Clock &clock)
            : store(clock)
        { }
    };

    std::unique_ptr<Fixture> setup(int playerCount, int cap)
    {
        auto f = std::make_unique<Fixture>(m_clock);
        [&] { QVERIFY(!f->store.open(m_dir.filePath(u"e%1.sqlite"_s.arg(++m_counter)))); }();
        f->tournament = f->events.addTournament({{u"name"_s, u"Weekly"_s}, {u"startsOn"_s, u"2026-11-28"_s}});
        f->event = f->events.addEvent(f->tournament, {{u"name"_s, u"SF6"_s}, {u"entrantCap"_s, cap}});
        for (int i = 0; i < playerCount; ++i)
            f->playerIds << f->players.addPlayer(
                {{u"tag"_s, u"P%1"_s.arg(i)}, {u"rating"_s, i == 2 ? QVariant() : QVariant(1000 + 10 * i)}});
        return f;
    }

    static QList<qint64> column(Store &store, const QString &sql, const QVariantList &values = {})
    {
        QList<qint64> result;
        auto query = store.select(sql, values);
        while (query.next())
            result << query.value(0).toLongLong();
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void waitingListFillsFreedPlaces()
    {
        auto f = setup(4, 2);
        QList<qint64> entrants;
        for (const qint64 player : std::as_const(f->playerIds))
            entrants << f->events.registerPlayer(f->event, player);
        QVERIFY(!entrants.contains(0));
        QCOMPARE(column(f->store, u"SELECT waitlisted FROM entrants ORDER BY id"_s), (QList<qint64> {0, 0, 1, 1}));
        QCOMPARE(f->events.registerPlayer(f->event, f->playerIds.at(0)), 0); // twice
        QVERIFY(f->store.lastError().message.contains(u"already registered"_s));
        QVERIFY(!f->events.checkIn(entrants.at(2)));
        QVERIFY(f->events.unregister(entrants.at(0), 1));
        QCOMPARE(column(f->store, u"SELECT waitlisted FROM entrants ORDER BY id"_s), (QList<qint64> {0, 0, 1}));
        const qint64 team = f->players.addTeam({{u"name"_s, u"Team"_s}});
        QCOMPARE(f->events.registerTeam(f->event, team), 0); // 1v1 event
    }

    void checkInDeskAndNoShows()
    {
        auto f = setup(5, 0);
        QList<qint64> entrants;
        for (const qint64 player : std::as_const(f->playerIds))
            entrants << f->events.registerPlayer(f->event, player);
        QVERIFY(f->events.setSeedOrder(f->event, {entrants.at(4), entrants.at(3)}));
        for (int i : {0, 1, 3}) {
            m_clock.advanceSecs(5);
            QVERIFY(f->events.checkIn(entrants.at(i)));
        }
        QCOMPARE(f->store.undoText(), u"Undo check in P3"_s);
        QVERIFY(f->store.undo()); // a mistake at the desk
        QCOMPARE(column(f->store, u"SELECT COUNT(*) FROM entrants WHERE check_in = 'checked_in'"_s).at(0), 2);
        QVERIFY(f->events.checkIn(entrants.at(3)));
        QCOMPARE(f->events.removeNoShows(f->event), 2);
        QCOMPARE(column(f->store, u"SELECT id FROM entrants ORDER BY seed"_s),
            (QList<qint64> {entrants.at(3), entrants.at(0), entrants.at(1)}));
        QCOMPARE(column(f->store, u"SELECT seed FROM entrants ORDER BY seed"_s), (QList<qint64> {1, 2, 3}));
        QVERIFY(f->store.undo()); // the no-shows come back in one step
        QCOMPARE(column(f->store, u"SELECT COUNT(*) FROM entrants"_s).at(0), 5);
    }

    void seeding_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QList<int>>("order"); // player indexes from seed 1 down
        QTest::newRow("by rating, unrated last") << u"rating"_s << QList<int> {4, 3, 1, 0, 2};
        QTest::newRow("manual move") << u"move"_s << QList<int> {4, 0, 1, 2, 3};
        QTest::newRow("random seed 42") << u"random"_s << QList<int> {};
    }

    void seeding()
    {
        QFETCH(QString, method);
        QFETCH(QList<int>, order);
        auto f = setup(5, 0);
        QList<qint64> entrants;
        for (const qint64 player : std::as_const(f->playerIds))
            entrants << f->events.registerPlayer(f->event, player);
        if (method == u"rating"_s)
            QVERIFY(f->events.seedByRating(f->event));
        else if (method == u"move"_s)
            QVERIFY(f->events.moveSeed(f->event, entrants.at(4), 1));
        else
            QVERIFY(f->events.seedRandomly(f->event, 42));
        const auto seeded = column(f->store, u"SELECT id FROM entrants WHERE event_id = ? ORDER BY seed"_s, {f->event});
        if (method == u"random"_s) {
            const auto permutation = EventController::shuffledOrder(5, 42);
            for (int i = 0; i < 5; ++i)
                QCOMPARE(seeded.at(i), entrants.at(permutation.at(i)));
            QCOMPARE(column(f->store, u"SELECT seeding_seed FROM events"_s).at(0), 42);
            // Reproducible, and different seeds give different orders.
            QCOMPARE(EventController::shuffledOrder(16, 42), EventController::shuffledOrder(16, 42));
            QVERIFY(EventController::shuffledOrder(16, 42) != EventController::shuffledOrder(16, 43));
            return;
        }
        QList<qint64> expected;
        for (const int i : order)
            expected << entrants.at(i);
        QCOMPARE(seeded, expected);
    }
};

QTEST_GUILESS_MAIN(TestEventController)
#include "tst_eventcontroller.moc"
