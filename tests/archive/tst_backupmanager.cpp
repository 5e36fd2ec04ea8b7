// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/backupmanager.h"
#include "archivetesthelpers.h"
#include "core/clock.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace archivetest;

namespace {

// Reads one value from a database file through its own connection.
QVariant scalar(const QString &path, const QString &sql)
{
    const QString name = u"tst-scalar"_s;
    QVariant value;
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace

// Backups on real files: consistent while another connection writes, rotated as promised,
// and a restore brings the data back after saving the current state.
class TestBackupManager : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock {QDateTime(QDate(2026, 11, 28), QTime(9, 0), QTimeZone::UTC)};

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // A writer thread adds a team and its member in each command; every backup taken
    // meanwhile passes integrity_check and never holds a team without its member.
    void backupWhileWriting()
    {
        const QString path = m_dir.filePath(u"busy.sqlite"_s);
        Store store(m_clock);
        QVERIFY(!store.open(path));
        BackupManager backups(store, m_dir.filePath(u"busy-backups"_s));
        backups.setKeepLast(100);

        std::atomic<bool> stop = false;
        std::atomic<int> written = 0;
        QThread *writer = QThread::create([&] {
            Store other(Clock::system());
            if (other.open(path))
                return;
            while (!stop) {
                const auto error = other.run(CommandLabel::verbatim(u"pair"_s), [&](StoreTransaction &tx) {
                    const qint64 player = tx.insert(u"players"_s, {{u"tag"_s, u"P%1"_s.arg(written.load())}});
                    const qint64 team = tx.insert(u"teams"_s, {{u"name"_s, u"T%1"_s.arg(written.load())}});
                    tx.insert(u"team_members"_s, {{u"team_id"_s, team}, {u"player_id"_s, player}});
                });
                if (!error)
                    ++written;
            }
        });
        writer->start();
        QStringList taken;
        for (int i = 0; i < 15; ++i) {
            QTest::qWait(20);
            m_clock.advanceSecs(1);
            QString error;
            const auto backup = backups.backupNow(u"auto"_s, &error);
            QVERIFY2(!backup.isEmpty(), qPrintable(error));
            taken << backup;
        }
        stop = true;
        writer->wait();
        delete writer;
        QVERIFY2(written > 0, "the writer never committed");
        int last = -1;
        for (const auto &backup : std::as_const(taken)) {
            QCOMPARE(scalar(backup, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
            const int teams = scalar(backup, u"SELECT COUNT(*) FROM teams"_s).toInt();
            QCOMPARE(scalar(backup, u"SELECT COUNT(*) FROM team_members"_s).toInt(), teams);
            QCOMPARE(scalar(backup, u"SELECT COUNT(*) FROM players"_s).toInt(), teams);
            QVERIFY(teams >= last);
            last = teams;
        }
        QVERIFY(last > 0);
    }

    // Keep the last N, plus the newest of each recent day.
    void rotation()
    {
        Store store(m_clock);
        QVERIFY(!store.open(m_dir.filePath(u"rotate.sqlite"_s)));
        BackupManager backups(store, m_dir.filePath(u"rotate-backups"_s));
        backups.setKeepLast(3);
        backups.setKeepDays(5);
        QStringList paths;
        for (int day = 0; day < 8; ++day) {
            for (int hour = 0; hour < 4; ++hour) {
                m_clock.set(QDateTime(QDate(2026, 11, 1 + day), QTime(8 + hour, 0), QTimeZone::UTC));
                paths << backups.backupNow(u"auto"_s);
            }
        }
        const auto kept = backups.backups();
        QStringList keptPaths;
        for (const auto &b : kept)
            keptPaths << b.path;
        // The last 3 of 8 Nov, then one per day for 4–7 Nov (newest of each); older days gone.
        QStringList expected {
            paths.at(31), paths.at(30), paths.at(29), paths.at(27), paths.at(23), paths.at(19), paths.at(15)};
        QCOMPARE(keptPaths, expected);
        QCOMPARE(kept.first().reason, u"auto"_s);
        QCOMPARE(QDir(m_dir.filePath(u"rotate-backups"_s)).entryList({u"*.sqlite"_s}).size(), 7);
    }

    // A restore backs up the current state, then brings the chosen backup's data back.
    void restore()
    {
        const QString path = m_dir.filePath(u"restore.sqlite"_s);
        Store store(m_clock);
        QVERIFY(!store.open(path));
        buildPlayedDatabase(store);
        const auto played = dumpTables(store);
        BackupManager backups(store, m_dir.filePath(u"restore-backups"_s));
        m_clock.advanceSecs(1);
        const QString good = backups.backupNow(u"auto"_s);
        QVERIFY(!good.isEmpty());
        const auto listed = backups.backups();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().counts.value(u"tournaments"_s), 2);
        QCOMPARE(listed.first().tournaments, (QStringList {u"Weekly"_s, u"Other"_s}));

        store.run(CommandLabel::verbatim(u"wipe"_s), [](StoreTransaction &tx) {
            auto query = tx.select(u"SELECT id FROM tournaments"_s);
            QList<qint64> ids;
            while (query.next())
                ids << query.value(0).toLongLong();
            for (auto id : ids)
                tx.remove(u"tournaments"_s, id, -1);
        });
        const auto wiped = dumpTables(store);
        QVERIFY(wiped != played);
        m_clock.advanceSecs(1);
        QString error;
        QVERIFY2(backups.restore(good, &error), qPrintable(error));
        QCOMPARE(dumpTables(store), played);
        // The wipe took a backup first (the store's destructive hook); the state before the
        // restore was kept as a backup of its own.
        const auto after = backups.backups();
        QCOMPARE(after.size(), 3);
        QCOMPARE(after.at(1).reason, u"delete"_s);
        QCOMPARE(after.at(1).counts.value(u"tournaments"_s), 2);
        QCOMPARE(after.first().reason, u"restore"_s);
        QCOMPARE(after.first().counts.value(u"tournaments"_s), 0);

        // A damaged backup is refused and the database stays as it is.
        const QString broken = m_dir.filePath(u"restore-backups/broken.sqlite"_s);
        QVERIFY(writeFile(broken, QByteArray("SQLite format 3") + QByteArray(5000, 'x')));
        QVERIFY(!backups.restore(broken, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(dumpTables(store), played);
    }

    // What an interrupted backup of an older version left (a 0-byte .sqlite), a plain SQLite
    // file, and Omnium databases carrying a trigger, a view or an extra column are all refused
    // by a restore, naming the reason; the database stays as it is.
    void restoreRefusesWhatIsNotOmnium_data()
    {
        QTest::addColumn<QStringList>("statements"); // run on a copy of a good backup (empty: a 0-byte file)
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty file") << QStringList() << u"empty"_s;
        QTest::newRow("other database") << QStringList {u"PRAGMA user_version = 0"_s} << u"not an Omnium database"_s;
        QTest::newRow("newer") << QStringList {u"PRAGMA user_version = 999"_s} << u"newer version"_s;
        QTest::newRow("trigger") << QStringList {u"CREATE TRIGGER wipe AFTER INSERT ON players BEGIN DELETE FROM "
                                                 u"games; END"_s}
                                 << u"the trigger \"wipe\" on players"_s;
        QTest::newRow("view") << QStringList {u"DROP TABLE print_log"_s,
            u"CREATE VIEW print_log AS SELECT * FROM players"_s}
                              << u"the view \"print_log\""_s;
        QTest::newRow("extra column") << QStringList {u"ALTER TABLE players ADD COLUMN extra TEXT"_s}
                                      << u"the table \"players\" is not defined as Omnium defines it"_s;
        QTest::newRow("extra index") << QStringList {u"CREATE INDEX players_name ON players (name)"_s}
                                     << u"the index \"players_name\" on players"_s;
        QTest::newRow("missing index") << QStringList {u"DROP INDEX players_tag"_s}
                                       << u"the index \"players_tag\" on players is missing"_s;
    }
    void restoreRefusesWhatIsNotOmnium()
    {
        QFETCH(QStringList, statements);
        QFETCH(QString, reason);
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        const QString path = m_dir.filePath(u"refuse-%1.sqlite"_s.arg(tag));
        Store store(m_clock);
        QVERIFY(!store.open(path));
        QVERIFY(PlayerController(store).addPlayer({{u"tag"_s, u"Gardée"_s}}) > 0);
        const auto before = dumpTables(store);
        BackupManager backups(store, m_dir.filePath(u"refuse-%1-backups"_s.arg(tag)));
        const QString good = backups.backupNow(u"manual"_s);
        QVERIFY(!good.isEmpty());
        const QString bad = backups.folder() + u"/omnium-20991231-235959-000-auto.sqlite"_s;
        if (statements.isEmpty()) {
            QVERIFY(writeFile(bad, {}));
        } else {
            QVERIFY(QFile::copy(good, bad));
            const QString name = u"tst-alter"_s;
            {
                auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                db.setDatabaseName(bad);
                QVERIFY(db.open());
                QSqlQuery query(db);
                for (const auto &statement : std::as_const(statements))
                    QVERIFY2(query.exec(statement), qPrintable(statement));
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        QCOMPARE(backups.backups().first().path, bad); // listed newest
        QString error;
        QVERIFY(!backups.restore(bad, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY(store.isOpen());
        QCOMPARE(dumpTables(store), before);
        QCOMPARE(backups.backups().size(), 2); // no "restore" backup taken for a refused file
    }

    // A backup is written under a temporary name: a partial one (what a kill leaves) is never
    // listed, and the next backup's rotation removes it.
    void partialBackupNotListed()
    {
        const QString path = m_dir.filePath(u"partial.sqlite"_s);
        Store store(m_clock);
        QVERIFY(!store.open(path));
        BackupManager backups(store, m_dir.filePath(u"partial-backups"_s));
        const QString partial = backups.folder() + u"/omnium-20991231-235959-000-auto.sqlite.part"_s;
        QVERIFY(writeFile(partial, "SQLite format 3"));
        QVERIFY(backups.backups().isEmpty());
        m_clock.advanceSecs(1);
        const QString taken = backups.backupNow(u"manual"_s);
        QVERIFY(!taken.isEmpty());
        QVERIFY(!QFile::exists(partial));
        QCOMPARE(QDir(backups.folder()).entryList(QDir::Files),
            (QStringList {QFileInfo(taken).fileName(), QFileInfo(taken).fileName() + u".json"_s}));
    }

    // A restore killed between staging the copy and the swap leaves the database as it was;
    // at the next start the staged copy is removed. If an older version was killed after
    // removing the database but before the rename, the staged copy becomes the database.
    void interruptedRestoreRecovered()
    {
        const QString path = m_dir.filePath(u"interrupted.sqlite"_s);
        QStringList before;
        QString staged;
        {
            Store store(m_clock);
            QVERIFY(!store.open(path));
            BackupManager backups(store, m_dir.filePath(u"interrupted-backups"_s));
            buildPlayedDatabase(store);
            m_clock.advanceSecs(1);
            const QString good = backups.backupNow(u"manual"_s);
            QVERIFY(PlayerController(store).addPlayer({{u"tag"_s, u"Après"_s}}) > 0);
            before = dumpTables(store);
            QString error;
            staged = backups.prepareRestore(good, &error);
            QVERIFY2(!staged.isEmpty(), qPrintable(error));
            // killed here: finishRestore() never runs
        }
        QVERIFY(QFile::exists(staged));
        QVERIFY(!BackupManager::recoverInterruptedRestore(path).isEmpty());
        QVERIFY(!QFile::exists(staged));
        QVERIFY(BackupManager::recoverInterruptedRestore(path).isEmpty());
        {
            Store store(m_clock);
            QVERIFY(!store.open(path));
            QCOMPARE(dumpTables(store), before);
        }
        // The database missing, a complete staged copy beside it: that copy is the database.
        QVERIFY(QFile::rename(path, staged));
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
        QVERIFY(!BackupManager::recoverInterruptedRestore(path).isEmpty());
        QVERIFY(QFile::exists(path));
        Store store(m_clock);
        QVERIFY(!store.open(path));
        QCOMPARE(dumpTables(store), before);
    }

    // The automatic backup on the GUI thread and an import's backup on a worker thread (its
    // own Store on the same file, BackupManager::hookFor) at the same instant: distinct,
    // complete files, none lost to the other's name or rotation.
    void backupsFromTwoThreads()
    {
        const QString path = m_dir.filePath(u"twothreads.sqlite"_s);
        Store store(m_clock);
        QVERIFY(!store.open(path));
        buildPlayedDatabase(store);
        BackupManager backups(store, m_dir.filePath(u"twothreads-backups"_s));
        backups.setKeepLast(100);
        std::atomic<int> failures = 0;
        QStringList workerTaken;
        QThread *worker = QThread::create([&] {
            Store other(m_clock);
            if (other.open(path)) {
                ++failures;
                return;
            }
            const auto hook = backups.hookFor(other);
            for (int i = 0; i < 10; ++i) {
                QString error;
                const QString taken = backups.backupOf(other, u"import"_s, &error);
                if (taken.isEmpty())
                    ++failures;
                workerTaken << taken;
            }
            if (!hook(u"import"_s).isEmpty())
                ++failures;
        });
        worker->start();
        QStringList mainTaken;
        for (int i = 0; i < 10; ++i) {
            QString error;
            const QString taken = backups.backupNow(u"auto"_s, &error);
            QVERIFY2(!taken.isEmpty(), qPrintable(error));
            mainTaken << taken;
        }
        worker->wait();
        delete worker;
        QCOMPARE(failures.load(), 0);
        const auto listed = backups.backups();
        QCOMPARE(listed.size(), 21);
        for (const auto &backup : listed) {
            QCOMPARE(scalar(backup.path, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
            QCOMPARE(backup.counts.value(u"tournaments"_s), 2);
        }
    }

    // Every deletion of a tournament, event, player or team, and every correction that resets
    // played matches, goes through the store's destructive hook: a backup holding the state
    // before the command. Commands that destroy nothing, and undo, take none.
    void backupBeforeDestructive_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("count"); // what the backup must hold more of than the database after
        QTest::newRow("player") << u"player"_s << u"delete"_s << u"SELECT COUNT(*) FROM players"_s;
        QTest::newRow("team") << u"team"_s << u"delete"_s << u"SELECT COUNT(*) FROM teams"_s;
        QTest::newRow("event") << u"event"_s << u"delete"_s << u"SELECT COUNT(*) FROM events"_s;
        QTest::newRow("tournament") << u"tournament"_s << u"delete"_s << u"SELECT COUNT(*) FROM tournaments"_s;
        QTest::newRow("bracket reset") << u"reset"_s << u"reset"_s
                                       << u"SELECT COUNT(*) FROM matches WHERE state = 'completed'"_s;
    }
    void backupBeforeDestructive()
    {
        QFETCH(QString, action);
        QFETCH(QString, reason);
        QFETCH(QString, count);
        const QString path = m_dir.filePath(u"destructive-%1.sqlite"_s.arg(action));
        Store store(m_clock);
        QVERIFY(!store.open(path));
        BackupManager backups(store, m_dir.filePath(u"destructive-%1-backups"_s.arg(action)));
        const auto [weekly, other] = buildPlayedDatabase(store);
        QVERIFY(PlayerController(store).addPlayer({{u"tag"_s, u"Remplaçant"_s}}) > 0);
        QCOMPARE(backups.backups().size(), 0); // building and playing destroys nothing
        const auto scalarOf = [&](const QString &sql) {
            auto query = store.select(sql);
            return query.next() ? query.value(0) : QVariant();
        };
        const int before = scalarOf(count).toInt();
        const auto versionOf = [&](const QString &table, qint64 id) {
            return scalarOf(u"SELECT version FROM %1 WHERE id = %2"_s.arg(table).arg(id)).toInt();
        };
        PlayerController players(store);
        EventController events(store);
        BracketStore brackets(store);
        m_clock.advanceSecs(1);
        bool ok = false;
        if (action == u"player"_s) {
            // A substitute who plays in no bracket: players in a bracket are disqualified there, not deleted.
            const qint64 id = scalarOf(u"SELECT id FROM players WHERE tag = 'Remplaçant'"_s).toLongLong();
            ok = players.removePlayer(id, versionOf(u"players"_s, id));
        } else if (action == u"team"_s) {
            const qint64 id = scalarOf(u"SELECT id FROM teams"_s).toLongLong();
            ok = players.removeTeam(id, versionOf(u"teams"_s, id));
        } else if (action == u"event"_s) {
            const qint64 id = scalarOf(u"SELECT id FROM events WHERE tournament_id = %1"_s.arg(weekly)).toLongLong();
            ok = events.removeEvent(id, versionOf(u"events"_s, id));
        } else if (action == u"tournament"_s) {
            ok = events.removeTournament(other, versionOf(u"tournaments"_s, other));
        } else {
            // Correct a first-round result of the played double elimination: later matches reset.
            const qint64 sf6 = scalarOf(u"SELECT id FROM events WHERE tournament_id = %1"_s.arg(weekly)).toLongLong();
            QString error;
            const auto loaded = brackets.load(sf6, &error);
            QVERIFY2(loaded, qPrintable(error));
            const Match &first = loaded->state.phases().front().matches.front();
            QVERIFY(first.completed());
            const auto result = win(1 - first.result.winner, first.bestOf);
            const auto impact = brackets.correctionImpact(sf6, first.id, result, &error);
            QVERIFY2(impact && !impact->empty(), qPrintable(error));
            ok = brackets.report(sf6, first.id, result, *impact, &error);
            QVERIFY2(ok, qPrintable(error));
        }
        QVERIFY2(ok, qPrintable(store.lastErrorMessage()));
        QVERIFY(scalarOf(count).toInt() < before);
        const auto taken = backups.backups();
        QCOMPARE(taken.size(), 1);
        QCOMPARE(taken.first().reason, reason);
        QCOMPARE(scalar(taken.first().path, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        QCOMPARE(scalar(taken.first().path, count).toInt(), before); // the state before the command

        // Undo is itself undoable: no backup; a harmless command neither.
        QVERIFY(store.undo());
        QCOMPARE(scalarOf(count).toInt(), before);
        QVERIFY(players.addPlayer({{u"tag"_s, u"Nouvelle"_s}}) > 0);
        QCOMPARE(backups.backups().size(), 1);
    }

    // When the backup cannot be taken, the destructive command is refused and nothing changes.
    void destructiveRefusedWithoutBackup()
    {
        const QString path = m_dir.filePath(u"nobackup.sqlite"_s);
        Store store(m_clock);
        QVERIFY(!store.open(path));
        const QString folder = m_dir.filePath(u"nobackup-backups"_s);
        BackupManager backups(store, folder);
        PlayerController players(store);
        const qint64 id = players.addPlayer({{u"tag"_s, u"Gardé"_s}});
        QVERIFY(id > 0);
        // The backups folder becomes a file: nothing can be written there.
        QVERIFY(QDir(folder).removeRecursively());
        QVERIFY(writeFile(folder, "not a folder"));
        QVERIFY(!players.removePlayer(id, 1));
        QVERIFY2(store.lastErrorMessage().contains(u"backed up"_s), qPrintable(store.lastErrorMessage()));
        auto query = store.select(u"SELECT COUNT(*) FROM players"_s);
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    // An older database gets a copy in the backups folder before it is migrated.
    void beforeMigration()
    {
        const QString path = m_dir.filePath(u"old.sqlite"_s);
        {
            Database old;
            QVERIFY(!old.open(path, 1));
        }
        QString error;
        const QString copy = BackupManager::backupBeforeMigration(path, m_dir.filePath(u"migration-backups"_s), &error);
        QVERIFY2(!copy.isEmpty(), qPrintable(error));
        QCOMPARE(scalar(copy, u"PRAGMA user_version"_s).toInt(), 1);
        // Current databases need none.
        Store store(m_clock);
        QVERIFY(!store.open(path));
        store.close();
        QVERIFY(BackupManager::backupBeforeMigration(path, m_dir.filePath(u"migration-backups"_s), &error).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBackupManager)
#include "tst_backupmanager.moc"
