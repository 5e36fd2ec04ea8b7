// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"
#include "registration/entrantmodel.h"
#include "registration/eventcontroller.h"
#include "registration/eventmodel.h"
#include "registration/playercontroller.h"
#include "registration/playermodel.h"
#include "registration/sortfiltermodel.h"
#include "registration/teammembermodel.h"
#include "registration/teammodel.h"
#include "registration/tournamentmodel.h"
#include "store/store.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRegistrationModels : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock {QDateTime(QDate(2026, 11, 28), QTime(9, 0), QTimeZone::UTC)};
    std::unique_ptr<Store> m_store;
    std::unique_ptr<PlayerController> m_players;
    std::unique_ptr<EventController> m_events;
    qint64 m_event = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        static int counter = 0;
        m_store = std::make_unique<Store>(m_clock);
        QVERIFY(!m_store->open(m_dir.filePath(u"m%1.sqlite"_s.arg(++counter))));
        m_players = std::make_unique<PlayerController>(*m_store);
        m_events = std::make_unique<EventController>(*m_store);
        const auto tournament = m_events->addTournament({{u"name"_s, u"Weekly"_s}});
        m_event = m_events->addEvent(tournament, {{u"name"_s, u"SF6"_s}});
    }

    void cleanup()
    {
        m_events.reset();
        m_players.reset();
        m_store.reset();
    }

    void everyModelPassesTheTester()
    {
        PlayerModel players(m_store.get());
        TeamModel teams(m_store.get());
        TeamMemberModel members(m_store.get());
        TournamentModel tournaments(m_store.get());
        EventModel events(m_store.get());
        EntrantModel entrants(m_store.get());
        entrants.setEventId(m_event);
        SortFilterModel search;
        search.setSourceModel(&players);
        search.setSortRoleName(u"tag"_s);
        QList<QAbstractItemModelTester *> testers;
        for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *> {
                 &players, &teams, &members, &tournaments, &events, &entrants, &search})
            testers << new QAbstractItemModelTester(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);

        const qint64 a = m_players->addPlayer({{u"tag"_s, u"Zeta"_s}});
        const qint64 b = m_players->addPlayer({{u"tag"_s, u"alpha"_s}});
        const qint64 team = m_players->addTeam({{u"name"_s, u"Ça Gère"_s}});
        members.setTeamId(team);
        QVERIFY(m_players->setMember(team, a, u"captain"_s));
        const qint64 entrant = m_events->registerPlayer(m_event, b);
        QVERIFY(m_events->checkIn(entrant));
        QVERIFY(m_players->updatePlayer(b, 1, {{u"tag"_s, u"Alpha"_s}}));
        QVERIFY(m_store->undo());
        QVERIFY(m_store->undo());
        QVERIFY(m_store->redo());
        QVERIFY(m_players->removePlayer(a, 1));

        QCOMPARE(players.count(), 1);
        QCOMPARE(teams.count(), 1);
        QCOMPARE(members.count(), 0);
        QCOMPARE(tournaments.count(), 1);
        QCOMPARE(events.count(), 1);
        QCOMPARE(events.get(0).value(u"checkedInCount"_s).toInt(), 1); // check-in undone, then redone
        QCOMPARE(entrants.count(), 1);
        QCOMPARE(search.get(0).value(u"tag"_s).toString(), u"alpha"_s);
        QVERIFY(!testers.isEmpty());
    }

    void rolesAreNamedFromTheEnum()
    {
        PlayerModel players(m_store.get());
        const auto names = players.roleNames();
        QCOMPARE(names.value(PlayerModel::TagRole), "tag");
        QCOMPARE(names.value(PlayerModel::HasPhotoRole), "hasPhoto");
        QCOMPARE(names.value(PlayerModel::SearchKeyRole), "searchKey");
        EntrantModel entrants(m_store.get());
        QCOMPARE(entrants.roleNames().value(EntrantModel::CheckedInAtRole), "checkedInAt");
        TeamMemberModel members(m_store.get());
        QCOMPARE(members.roleNames().value(TeamMemberModel::MemberRoleRole), "memberRole");
    }

    void rowsUpdateInPlaceOnChange()
    {
        PlayerModel players(m_store.get());
        const qint64 a = m_players->addPlayer({{u"tag"_s, u"one"_s}});
        m_players->addPlayer({{u"tag"_s, u"two"_s}});
        QCOMPARE(players.rowOf(a), 0);
        QSignalSpy reset(&players, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&players, &QAbstractItemModel::dataChanged);
        QVERIFY(m_players->updatePlayer(a, 1, {{u"name"_s, u"Uno"_s}}));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(players.get(0).value(u"name"_s).toString(), u"Uno"_s);
    }

    void searchAsYouType_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("tags");
        QTest::newRow("empty shows all") << QString() << QStringList {u"Kayané"_s, u"Mena"_s, u"Straße"_s};
        QTest::newRow("accent-free finds accented") << u"kayane"_s << QStringList {u"Kayané"_s};
        QTest::newRow("ss finds ß") << u"STRASSE"_s << QStringList {u"Straße"_s};
        QTest::newRow("real name") << u"saul"_s << QStringList {u"Mena"_s};
        QTest::newRow("team name") << u"ca ger"_s << QStringList {u"Mena"_s};
        QTest::newRow("no match") << u"zzz"_s << QStringList {};
    }

    void searchAsYouType()
    {
        QFETCH(QString, search);
        QFETCH(QStringList, tags);
        PlayerModel players(m_store.get());
        const qint64 mena = m_players->addPlayer({{u"tag"_s, u"Mena"_s}, {u"name"_s, u"Saul Mena"_s}});
        m_players->addPlayer({{u"tag"_s, u"Straße"_s}});
        m_players->addPlayer({{u"tag"_s, u"Kayané"_s}});
        m_players->setMember(m_players->addTeam({{u"name"_s, u"Ça Gère"_s}}), mena, u"player"_s);
        SortFilterModel proxy;
        proxy.setSourceModel(&players);
        proxy.setSortRoleName(u"tag"_s);
        proxy.setSearch(search);
        QStringList got;
        for (int r = 0; r < proxy.rowCount(); ++r)
            got << proxy.get(r).value(u"tag"_s).toString();
        QCOMPARE(got, tags);
        QCOMPARE(proxy.count(), tags.size());
    }

    void checkInCounters()
    {
        EntrantModel entrants(m_store.get());
        entrants.setEventId(m_event);
        QSignalSpy counters(&entrants, &EntrantModel::countersChanged);
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i)
            ids << m_events->registerPlayer(m_event, m_players->addPlayer({{u"tag"_s, u"P%1"_s.arg(i)}}));
        QCOMPARE(entrants.registeredCount(), 3);
        QCOMPARE(entrants.checkedInCount(), 0);
        QVERIFY(m_events->checkIn(ids.at(1)));
        QCOMPARE(entrants.checkedInCount(), 1);
        SortFilterModel waiting;
        waiting.setSourceModel(&entrants);
        waiting.setFilterRoleName(u"checkedIn"_s);
        waiting.setFilterValue(false);
        QCOMPARE(waiting.count(), 2);
        QVERIFY(m_store->undo());
        QCOMPARE(entrants.checkedInCount(), 0);
        QCOMPARE(waiting.count(), 3);
        QVERIFY(counters.size() >= 3);
    }

    // The Seeding page's list: after a reseed (one change signal per row) and after a drop,
    // the rows show in seed order.
    void seedOrderFollowsReseeding()
    {
        EntrantModel entrants(m_store.get());
        entrants.setEventId(m_event);
        QList<qint64> ids;
        for (int i = 0; i < 40; ++i)
            ids << m_events->registerPlayer(m_event, m_players->addPlayer({{u"tag"_s, u"P%1"_s.arg(i)}}));
        SortFilterModel seeded;
        seeded.setSourceModel(&entrants);
        seeded.setSortRoleName(u"seed"_s);
        QAbstractItemModelTester tester(&seeded, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto seeds = [&] {
            QList<int> result;
            for (int row = 0; row < seeded.count(); ++row)
                result << seeded.get(row).value(u"seed"_s).toInt();
            return result;
        };
        QList<int> expected;
        for (int seed = 1; seed <= 40; ++seed)
            expected << seed;
        QVERIFY(m_events->seedRandomly(m_event, 874240));
        QTRY_COMPARE(seeds(), expected);
        QVERIFY(m_events->moveSeed(m_event, seeded.get(0).value(u"id"_s).toLongLong(), 30)); // a drop
        QTRY_COMPARE(seeds(), expected);
        QVERIFY(m_store->undo());
        QTRY_COMPARE(seeds(), expected);
    }
};

QTEST_GUILESS_MAIN(TestRegistrationModels)
#include "tst_registrationmodels.moc"
