// SPDX-License-Identifier: GPL-3.0-or-later
// The window and omnium-cli give the same stored rows on the same input: per noun, database A
// is driven through the controller the page uses (in this process), database B through the
// omnium-cli process, and their rows (and undo history labels) are compared.
#include "clitest.h"

#include "archive/archivecontroller.h"
#include "archive/backupmanager.h"
#include "badges/badgestore.h"
#include "core/clock.h"
#include "print/badgelistmodel.h"
#include "print/badgeprintcontroller.h"
#include "registration/eventcontroller.h"
#include "registration/playercontroller.h"
#include "registration/teamimportcontroller.h"
#include "schedule/schedulercontroller.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

QStringList rows(const QString &path, const QString &sql)
{
    QStringList out;
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"compare"_s);
        db.setDatabaseName(path);
        if (!db.open())
            return {u"cannot open "_s + path};
        QSqlQuery query(db);
        if (!query.exec(sql))
            return {u"bad SQL "_s + sql};
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values << query.value(i).toString();
            out << values.join(u'|');
        }
    }
    QSqlDatabase::removeDatabase(u"compare"_s);
    return out;
}

const QString csv = QStringLiteral(OMNIUM_SOURCE_DIR "/tests/cli/players.csv");
const QString teamsCsv = QStringLiteral(OMNIUM_SOURCE_DIR "/tests/cli/teams.csv");

} // namespace

class TestCliSameRows : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_a; // the pages' controllers
    QString m_b; // omnium-cli
    std::unique_ptr<Store> m_store; // on m_a, as the app holds it
    std::unique_ptr<BackupManager> m_backups;
    QTranslator m_english; // the app's and omnium-cli's English (plural forms in the history labels)

    void cli(const QStringList &arguments)
    {
        const CliRun run = runCli(arguments + QStringList {u"--database"_s, m_b});
        QVERIFY2(run.code == 0, run.err.constData());
    }

    void compare(const QString &sql)
    {
        const QStringList a = rows(m_a, sql);
        QVERIFY2(!a.isEmpty(), qPrintable(u"no rows: "_s + sql));
        QCOMPARE(rows(m_b, sql), a);
    }

    void compareHistory() { compare(u"SELECT kind, label, state FROM command_log ORDER BY id"_s); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_english.load(u"omnium_en"_s, u":/i18n"_s));
        QCoreApplication::installTranslator(&m_english);
        m_a = m_dir.filePath(u"a/page.sqlite"_s);
        m_b = m_dir.filePath(u"b/cli.sqlite"_s);
        QDir(m_dir.path()).mkpath(u"a"_s);
        QDir(m_dir.path()).mkpath(u"b"_s);
        m_store = std::make_unique<Store>(Clock::system());
        QVERIFY(!m_store->open(m_a));
        m_backups = std::make_unique<BackupManager>(*m_store, BackupManager::folderFor(m_a));
    }

    void players()
    {
        PlayerController players(*m_store);
        QVERIFY(players.readImportFile(QUrl::fromLocalFile(csv)));
        QVERIFY(players.commitImport(true));
        cli({u"players"_s, u"import"_s, csv});
        compare(u"SELECT id, tag, name, country, email, phone, rating, notes FROM players ORDER BY id"_s);
        compareHistory();
    }

    // The players' file made two teams; the Teams page's import and teams import add a third,
    // give tags and notes and complete the rosters alike, and export the same file.
    void teams()
    {
        TeamImportController teams(*m_store);
        QVERIFY(teams.readImportFile(QUrl::fromLocalFile(teamsCsv)));
        QCOMPARE(teams.importState().value(u"newTeams"_s).toInt(), 1);
        QVERIFY(teams.commitImport(true));
        cli({u"teams"_s, u"import"_s, teamsCsv});
        compare(u"SELECT id, name, tag, notes FROM teams ORDER BY id"_s);
        compare(u"SELECT id, team_id, player_id, role FROM team_members ORDER BY id"_s);
        compareHistory();
        const CliRun exported = runCli({u"teams"_s, u"export"_s, u"--database"_s, m_b});
        QCOMPARE(exported.out, teams.exportCsv());
    }

    void event()
    {
        EventController events(*m_store);
        const qint64 tournament = events.addTournament({{u"name"_s, u"Weekly"_s}});
        const qint64 event = events.addEvent(tournament, {{u"name"_s, u"SF6"_s}, {u"game"_s, u"Street Fighter 6"_s}});
        QVERIFY(events.registerPlayers(event, {1, 2, 3, 4, 5, 6, 7, 8}) == 8);
        QVERIFY(events.seedRandomly(event, 7));
        cli({u"event"_s, u"add"_s, u"--tournament"_s, u"Weekly"_s, u"--name"_s, u"SF6"_s, u"--game"_s,
            u"Street Fighter 6"_s});
        cli({u"event"_s, u"register"_s, u"--all"_s});
        cli({u"event"_s, u"seed"_s, u"--by"_s, u"random"_s, u"--random-seed"_s, u"7"_s});
        compare(u"SELECT id, name, game, team_size, entrant_cap, seeding_seed FROM events ORDER BY id"_s);
        compare(u"SELECT id, event_id, player_id, seed, waitlisted FROM entrants ORDER BY id"_s);
        compareHistory();
    }

    void checkin()
    {
        EventController events(*m_store);
        for (qint64 entrant = 1; entrant <= 7; ++entrant)
            QVERIFY(events.checkIn(entrant));
        for (const auto &tag : {u"Alice"_s, u"Bob"_s, u"Chloé"_s, u"Dario"_s, u"Emma"_s, u"Farid"_s, u"Gwen"_s})
            cli({u"checkin"_s, tag});
        QVERIFY(events.removeNoShows(1) == 1);
        cli({u"event"_s, u"close-checkin"_s, u"--yes"_s});
        compare(u"SELECT id, player_id, check_in, checked_in_at IS NOT NULL FROM entrants ORDER BY id"_s);
        compareHistory();
    }

    void schedule()
    {
        // The bracket by the same command on both (BracketStore; tst_eventcommandrunner covers it).
        m_store->close();
        for (const auto &db : {m_a, m_b})
            QCOMPARE(
                runCli({u"event"_s, u"create"_s, u"--event"_s, u"1"_s, u"--format"_s, u"double"_s, u"--database"_s, db})
                    .code,
                0);
        QVERIFY(!m_store->open(m_a));
        SchedulerController scheduler(*m_store, Clock::system());
        scheduler.refresh();
        QVERIFY(scheduler.addStation({{u"number"_s, 1}}) != 0);
        QVERIFY(scheduler.addStation({{u"number"_s, 2}, {u"stream"_s, true}}) != 0);
        cli({u"schedule"_s, u"add-station"_s, u"--number"_s, u"1"_s});
        cli({u"schedule"_s, u"add-station"_s, u"--number"_s, u"2"_s, u"--stream"_s});
        compare(u"SELECT id, number, name, games, is_stream FROM stations ORDER BY id"_s);
        compare(u"SELECT id, state, station_id FROM matches ORDER BY id"_s);
        compareHistory();
    }

    void badges()
    {
        BadgeListModel list;
        BadgeStore people(*m_store);
        list.follow(people);
        people.refresh();
        BadgePrintController print(list, people, Clock::system());
        list.selectRows(
            [&] {
                QList<int> all;
                for (int row = 0; row < list.rowCount(); ++row)
                    all << row;
                return all;
            }(),
            true);
        print.setSizeKey(u"a7"_s);
        QSignalSpy finished(&print, &BadgePrintController::finished);
        QVERIFY(print.exportPdf(QUrl::fromLocalFile(m_dir.filePath(u"a/badges.pdf"_s))));
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.first().first().toBool());
        cli({u"badges"_s, u"pdf"_s, m_dir.filePath(u"b/badges.pdf"_s), u"--size"_s, u"a7"_s});
        // Badge ids are drawn at random: the same people got one, recorded the same way.
        compare(u"SELECT id, badge_id IS NOT NULL FROM players ORDER BY id"_s);
        compare(u"SELECT kind, player_id, entrant_id, json_extract(details, '$.layout') FROM print_log ORDER BY id"_s);
        QCOMPARE(QFileInfo(m_dir.filePath(u"b/badges.pdf"_s)).size() > 0, true);
    }

    void archive()
    {
        ArchiveController archives(*m_store, *m_backups);
        QSignalSpy finished(&archives, &ArchiveController::finished);
        QVERIFY(archives.exportArchive(QUrl::fromLocalFile(m_dir.filePath(u"a/page.omnium"_s)), 0));
        QVERIFY(finished.wait(60000) && finished.last().first().toBool());
        cli({u"archive"_s, u"export"_s, m_dir.filePath(u"b/cli.omnium"_s)});
        // Each archive imported into a fresh database, by the page and by the CLI.
        m_store->close();
        m_a = m_dir.filePath(u"a/imported.sqlite"_s);
        m_b = m_dir.filePath(u"b/imported.sqlite"_s);
        QVERIFY(!m_store->open(m_a));
        QVERIFY(archives.inspectArchive(QUrl::fromLocalFile(m_dir.filePath(u"a/page.omnium"_s))));
        QVERIFY(finished.wait(60000) && finished.last().first().toBool());
        QVERIFY(archives.importArchive(true));
        QVERIFY(finished.wait(60000) && finished.last().first().toBool());
        cli({u"archive"_s, u"import"_s, m_dir.filePath(u"b/cli.omnium"_s)});
        compare(u"SELECT id, tag, name, country, rating FROM players ORDER BY id"_s);
        compare(u"SELECT id, event_id, player_id, seed, check_in FROM entrants ORDER BY id"_s);
        compare(u"SELECT id, state, station_id, slot1_entrant_id, slot2_entrant_id FROM matches ORDER BY id"_s);
        compareHistory();
    }

    void backup()
    {
        ArchiveController archives(*m_store, *m_backups);
        QSignalSpy finished(&archives, &ArchiveController::finished);
        QVERIFY(archives.backupNow());
        QVERIFY(finished.wait(60000) && finished.last().first().toBool());
        cli({u"backup"_s, u"create"_s});
        const auto page = m_backups->backups().first();
        const CliRun list = runCli({u"backup"_s, u"list"_s, u"--json"_s, u"--database"_s, m_b});
        const QJsonObject cliBackup = QJsonDocument::fromJson(list.out).array().first().toObject();
        QCOMPARE(cliBackup.value(u"reason"_s).toString(), page.reason);
        QCOMPARE(
            cliBackup.value(u"counts"_s).toObject().value(u"players"_s).toInteger(), page.counts.value(u"players"_s));
        QCOMPARE(
            cliBackup.value(u"counts"_s).toObject().value(u"matches"_s).toInteger(), page.counts.value(u"matches"_s));
    }

    // A new event seeded by the finishing order of event 1 (played through by the same
    // simulation on both): the Seeding page's controller and event seed --by previous.
    void seedByPrevious()
    {
        m_store->close();
        for (const auto &db : {m_a, m_b})
            QCOMPARE(runCli({u"event"_s, u"report"_s, u"--event"_s, u"1"_s, u"--simulate"_s, u"--seed"_s, u"3"_s,
                                u"--database"_s, db})
                         .code,
                0);
        QVERIFY(!m_store->open(m_a));
        EventController events(*m_store);
        const qint64 next = events.addEvent(1, {{u"name"_s, u"Next"_s}});
        QCOMPARE(events.registerPlayers(next, {1, 2, 3, 4, 5, 6, 7, 8}), 8);
        QVERIFY(events.seedByPreviousResult(next, 1));
        cli({u"event"_s, u"add"_s, u"--tournament"_s, u"1"_s, u"--name"_s, u"Next"_s});
        cli({u"event"_s, u"register"_s, u"--all"_s, u"--event"_s, QString::number(next)});
        const CliRun seeded = runCli({u"event"_s, u"seed"_s, u"--by"_s, u"previous"_s, u"--previous"_s, u"1"_s,
            u"--event"_s, QString::number(next), u"--json"_s, u"--database"_s, m_b});
        QVERIFY2(seeded.code == 0, seeded.err.constData());
        compare(u"SELECT id, event_id, player_id, seed FROM entrants WHERE event_id = %1 ORDER BY seed"_s.arg(next));
        compareHistory();
        // Seeded in event 1's finishing order: its winner first, not the best rated (Alice).
        const CliRun standings
            = runCli({u"event"_s, u"standings"_s, u"--event"_s, u"1"_s, u"--json"_s, u"--database"_s, m_b});
        QStringList order;
        for (const auto &row : QJsonDocument::fromJson(standings.out).array())
            order << rows(m_b,
                u"SELECT p.tag FROM entrants e JOIN players p ON p.id = e.player_id WHERE e.id = %1"_s.arg(
                    row[u"entrant"_s].toInteger()))
                         .value(0);
        QStringList seeds;
        for (const auto &row : QJsonDocument::fromJson(seeded.out)[u"seeds"_s].toArray())
            seeds << row[u"name"_s].toString();
        // Hugo was not checked in to event 1 (checkin()): he comes after everyone who played.
        QCOMPARE(seeds.size(), 8);
        QCOMPARE(order.size(), 7);
        QCOMPARE(seeds.mid(0, 7), order);
        QCOMPARE(seeds.last(), u"Hugo"_s);
        QVERIFY(seeds.first() != u"Alice"_s);
    }
};

QTEST_MAIN(TestCliSameRows)
#include "tst_clisamerows.moc"
