// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"
#include "registration/csvreader.h"
#include "registration/playercontroller.h"
#include "store/store.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPlayerController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock {QDateTime(QDate(2026, 11, 28), QTime(9, 0), QTimeZone::UTC)};
    int m_counter = 0;

    int count(Store &store, const QString &sql)
    {
        auto query = store.select(sql);
        return query.next() ? query.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void playersAndDuplicates()
    {
        Store store(m_clock);
        QVERIFY(!store.open(m_dir.filePath(u"p%1.sqlite"_s.arg(++m_counter))));
        PlayerController players(store);
        const qint64 id
            = players.addPlayer({{u"tag"_s, u"  Kayané "_s}, {u"email"_s, u"K@example.org"_s}, {u"name"_s, u""_s}});
        QVERIFY(id != 0);
        auto query = store.select(u"SELECT tag, name FROM players WHERE id = ?"_s, {id});
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"Kayané"_s);
        QVERIFY(query.value(1).isNull());

        QCOMPARE(players.duplicateWarnings(u"KAYANE"_s, QString()).size(), 1);
        QCOMPARE(players.duplicateWarnings(u"other"_s, u"k@example.org"_s).size(), 1);
        QVERIFY(players.duplicateWarnings(u"Kayané"_s, u"k@example.org"_s, id).isEmpty());

        QCOMPARE(players.addPlayer({{u"tag"_s, u"   "_s}}), 0);
        QCOMPARE(store.lastError().kind, StoreError::Kind::Invalid);

        QVERIFY(players.updatePlayer(id, 1, {{u"rating"_s, 1800}}));
        QVERIFY(!players.updatePlayer(id, 1, {{u"rating"_s, 1900}})); // stale
        QCOMPARE(store.lastError().kind, StoreError::Kind::Stale);
    }

    void teamsAndDependents()
    {
        Store store(m_clock);
        QVERIFY(!store.open(m_dir.filePath(u"p%1.sqlite"_s.arg(++m_counter))));
        PlayerController players(store);
        const qint64 player = players.addPlayer({{u"tag"_s, u"Mena"_s}});
        const qint64 team = players.addTeam({{u"name"_s, u"Ça Gère"_s}, {u"tag"_s, u"CG"_s}});
        QVERIFY(players.setMember(team, player, u"player"_s));
        QVERIFY(players.setMember(team, player, u"captain"_s)); // role change, not a second row
        QVERIFY(!players.setMember(team, player, u"mascot"_s));
        QCOMPARE(count(store, u"SELECT COUNT(*) FROM team_members WHERE role = 'captain'"_s), 1);
        QCOMPARE(players.dependentsText(u"players"_s, player), u"1 team membership(s)"_s);
        QVERIFY(players.removePlayer(player, 1));
        QCOMPARE(count(store, u"SELECT COUNT(*) FROM team_members"_s), 0);
        QVERIFY(store.undo());
        QCOMPARE(count(store, u"SELECT COUNT(*) FROM team_members WHERE role = 'captain'"_s), 1);
    }

    void importIsAllOrNothing()
    {
        Store store(m_clock);
        QVERIFY(!store.open(m_dir.filePath(u"p%1.sqlite"_s.arg(++m_counter))));
        PlayerController players(store);
        QByteArray csv = "tag,team\n";
        for (int i = 0; i < 200; ++i)
            csv += (i == 150 ? QByteArray() : "P" + QByteArray::number(i)) + ",Team " + QByteArray::number(i % 4)
                + "\n";
        players.readImport(csv);
        QCOMPARE(players.importState().value(u"problems"_s).toList().size(), 1);
        QCOMPARE(players.importState().value(u"problems"_s).toList().at(0).toString(),
            u"Line 152: the gamer tag is empty"_s);
        QSignalSpy messages(&players, &PlayerController::message);
        QVERIFY(!players.commitImport());
        QCOMPARE(count(store, u"SELECT COUNT(*) FROM players"_s), 0);
        QVERIFY(messages.at(0).at(0).toString().contains(u"Nothing was imported"_s));

        csv.replace("\n,Team 2\n", "\nP150,Team 2\n");
        players.readImport(csv);
        QVERIFY(players.importState().value(u"problems"_s).toList().isEmpty());
        QVERIFY(players.commitImport());
        QCOMPARE(count(store, u"SELECT COUNT(*) FROM players"_s), 200);
        QCOMPARE(count(store, u"SELECT COUNT(*) FROM teams"_s), 4);
        QCOMPARE(count(store, u"SELECT COUNT(*) FROM team_members"_s), 200);
        QCOMPARE(store.undoText(), u"Undo import 200 player(s)"_s);

        // Export and read back.
        const auto table = CsvReader::read(players.exportCsv());
        QCOMPARE(table.records.size(), 200);
        QCOMPARE(table.header.first(), u"tag"_s);

        QVERIFY(store.undo());
        QCOMPARE(count(store, u"SELECT COUNT(*) FROM players"_s), 0);
        QCOMPARE(count(store, u"SELECT COUNT(*) FROM teams"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestPlayerController)
#include "tst_playercontroller.moc"
