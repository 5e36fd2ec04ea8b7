// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"
#include "store/database.h"
#include "store/schema.h"
#include "store/store.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDatabase : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    QString freshPath() { return m_dir.filePath(u"db-%1.sqlite"_s.arg(++m_counter)); }

    static QString fixturePath(int version)
    {
        return QStringLiteral(OMNIUM_SOURCE_DIR) + u"/tests/store/fixtures/schema-v%1.sqlite"_s.arg(version);
    }

    static QVariant scalar(Database &db, const QString &sql)
    {
        QSqlQuery query(db.connection());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void freshDatabaseIsCurrentAndDurable()
    {
        Database db;
        const auto error = db.open(freshPath());
        QVERIFY2(!error, qPrintable(error.message));
        QCOMPARE(db.schemaVersion(), Schema::latestVersion());
        QCOMPARE(scalar(db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(scalar(db, u"PRAGMA foreign_keys"_s).toInt(), 1);
        QCOMPARE(scalar(db, u"PRAGMA synchronous"_s).toInt(), 2); // FULL
        QVERIFY(db.lastBackupPath().isEmpty());
        for (const auto &table : Schema::domainTables()) {
            QVERIFY2(scalar(db,
                         u"SELECT COUNT(*) FROM %1 WHERE id > 0 AND version > 0 AND created_at > 0 AND "
                         "updated_at > 0"_s.arg(table))
                         .isValid(),
                qPrintable(table));
        }
    }

    void everySchemaVersionHasAFixture()
    {
        for (int version = 1; version <= Schema::latestVersion(); ++version)
            QVERIFY2(QFile::exists(fixturePath(version)), qPrintable(fixturePath(version)));
    }

    void migratesFromEachFixture_data()
    {
        QTest::addColumn<int>("version");
        for (int version = 1; version <= Schema::latestVersion(); ++version)
            QTest::addRow("from v%d", version) << version;
    }

    void migratesFromEachFixture()
    {
        QFETCH(int, version);
        const auto path = freshPath();
        QVERIFY(QFile::copy(fixturePath(version), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        Database db;
        const auto error = db.open(path);
        QVERIFY2(!error, qPrintable(error.message));
        QCOMPARE(db.schemaVersion(), Schema::latestVersion());
        if (version < Schema::latestVersion()) {
            QCOMPARE(db.lastBackupPath(), Database::backupPathFor(path, version));
            QVERIFY(QFile::exists(db.lastBackupPath()));
            Database backup;
            QVERIFY(!backup.open(db.lastBackupPath(), version));
            QCOMPARE(backup.schemaVersion(), version);
        }
        // The rows written at that version survived, big ids and accents included.
        QCOMPARE(scalar(db, u"SELECT tag FROM players WHERE id = 5000000001"_s).toString(), u"Kayané"_s);
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM entrants WHERE event_id = 4"_s).toInt(), 2);
        QCOMPARE(scalar(db, u"SELECT role FROM team_members WHERE team_id = 7"_s).toString(), u"captain"_s);
        QCOMPARE(scalar(db, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        QVERIFY(!scalar(db, u"PRAGMA foreign_key_check"_s).isValid());
        // And the migrated database takes new commands.
        db.close();
        ManualClock clock(QDateTime(QDate(2026, 11, 28), QTime(10, 0), QTimeZone::UTC));
        Store store(clock);
        QVERIFY(!store.open(path));
        QVERIFY(!store.run(CommandLabel::verbatim(u"add"_s),
            [](StoreTransaction &tx) { tx.insert(u"players"_s, {{u"tag"_s, u"new"_s}}); }));
    }

    // SQLite builds a temporary table for each IN list of more than two values in a CHECK every
    // time a row is written: a bracket's thousands of match rows must not pay that (migration 8).
    void matchesAreWrittenWithoutTemporaryTables_data()
    {
        QTest::addColumn<int>("fromVersion");
        QTest::newRow("created at v8") << 8;
        QTest::newRow("migrated from v7") << 7;
    }

    void matchesAreWrittenWithoutTemporaryTables()
    {
        QFETCH(int, fromVersion);
        const auto path = freshPath();
        QVERIFY(QFile::copy(fixturePath(fromVersion), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        Database db;
        QVERIFY(!db.open(path));
        QSqlQuery query(db.connection());
        const QStringList writes = {
            u"INSERT INTO matches (created_at, updated_at, phase_id, side, round, position, slot1_source_kind, "
            "slot2_source_kind, best_of, state, result_kind) VALUES (1, 1, 30, 'losers', 1, 1, 'winner', 'loser', 3, "
            "'ready', 'forfeit')"_s,
            u"UPDATE matches SET side = 'swiss', slot1_source_kind = 'seed', slot2_source_kind = 'seed', "
            "state = 'completed', result_kind = 'normal' WHERE id = 40"_s,
        };
        for (const auto &sql : writes) {
            QVERIFY2(query.exec(u"EXPLAIN "_s + sql), qPrintable(query.lastError().text()));
            while (query.next())
                QVERIFY2(query.value(1).toString() != u"OpenEphemeral"_s, qPrintable(sql));
        }
        // The CHECKs still refuse what they refused.
        QVERIFY(!query.exec(u"UPDATE matches SET side = 'upper' WHERE id = 40"_s));
        QVERIFY(!query.exec(u"UPDATE matches SET state = 'paused' WHERE id = 40"_s));
        QVERIFY(!query.exec(u"UPDATE matches SET result_kind = 'walkover' WHERE id = 40"_s));
        QVERIFY(!query.exec(u"UPDATE matches SET slot2_source_kind = 'bye' WHERE id = 40"_s));
        QVERIFY(query.exec(u"UPDATE matches SET result_kind = NULL WHERE id = 40"_s));
    }

    // The rebuilt matches table keeps its rows, children and AUTOINCREMENT counter: an id used
    // by a deleted match is never handed out again (the undo log names rows by id).
    void matchesRebuildKeepsRowsAndIds()
    {
        const auto path = freshPath();
        QVERIFY(QFile::copy(fixturePath(7), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        {
            // As if matches up to 500 had existed and been deleted.
            auto raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QVERIFY(QSqlQuery(raw).exec(u"UPDATE sqlite_sequence SET seq = 500 WHERE name = 'matches'"_s));
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
        Database db;
        QVERIFY(!db.open(path));
        QCOMPARE(scalar(db, u"SELECT seq FROM sqlite_sequence WHERE name = 'matches'"_s).toInt(), 500);
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM sqlite_sequence WHERE name = 'matches_new'"_s).toInt(), 0);
        QCOMPARE(scalar(db,
                     u"SELECT stream_position || '/' || displaced_from_station_id || '/' || held || '/' || "
                     "pinned_station_id || '/' || state FROM matches WHERE id = 40"_s)
                     .toString(),
            u"1/20/1/20/called"_s);
        QCOMPARE(scalar(db, u"SELECT match_id FROM games WHERE id = 50"_s).toInt(), 40);
        QCOMPARE(scalar(db,
                     u"SELECT COUNT(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'matches' "
                     "AND name IN ('matches_state', 'matches_station')"_s)
                     .toInt(),
            2);
        QCOMPARE(scalar(db, u"PRAGMA foreign_keys"_s).toInt(), 1);
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(u"INSERT INTO matches (created_at, updated_at, phase_id, side, round, position) "
                           "VALUES (1, 1, 30, 'winners', 2, 1) RETURNING id"_s)
            && query.next());
        QCOMPARE(query.value(0).toInt(), 501);
        query.finish();
        // Foreign keys are on again: deleting the match takes its games with it.
        QVERIFY(query.exec(u"DELETE FROM matches WHERE id = 40"_s));
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM games WHERE id = 50"_s).toInt(), 0);
    }

    // A command that grows the write-ahead log past 1,000 pages does not copy it back into the
    // database file inside its own commit: the store does that half a second later.
    void checkpointRunsAfterTheCommand()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 28), QTime(10, 0), QTimeZone::UTC));
        Store store(clock);
        const auto path = freshPath();
        QVERIFY(!store.open(path));
        store.database().checkpoint(); // the schema's pages are in the file
        const qint64 before = QFileInfo(path).size();
        QVERIFY(!store.run(CommandLabel::verbatim(u"photos"_s), [](StoreTransaction &tx) {
            for (int i = 0; i < 80; ++i)
                tx.insert(u"players"_s, {{u"tag"_s, u"p%1"_s.arg(i)}, {u"photo"_s, QByteArray(64 * 1024, char(i))}});
        }));
        QVERIFY(store.database().checkpointDue());
        QCOMPARE(QFileInfo(path).size(), before);
        QVERIFY(QFileInfo(path + u"-wal"_s).size() > 4 * 1024 * 1024);
        QTRY_VERIFY_WITH_TIMEOUT(!store.database().checkpointDue(), 3000);
        QVERIFY(QFileInfo(path).size() > before + 4 * 1024 * 1024);
        // A small command leaves nothing due.
        QVERIFY(!store.run(CommandLabel::verbatim(u"one"_s),
            [](StoreTransaction &tx) { tx.insert(u"players"_s, {{u"tag"_s, u"x"_s}}); }));
        QVERIFY(!store.database().checkpointDue());
    }

    void refusesNewerDatabase()
    {
        const auto path = freshPath();
        {
            Database db;
            QVERIFY(!db.open(path));
            QVERIFY(QSqlQuery(db.connection()).exec(u"PRAGMA journal_mode = DELETE"_s));
            QVERIFY(QSqlQuery(db.connection()).exec(u"PRAGMA user_version = %1"_s.arg(Schema::latestVersion() + 1)));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto bytes = file.readAll();
        file.close();

        Database db;
        const auto error = db.open(path);
        QCOMPARE(error.kind, StoreError::Kind::TooNew);
        QVERIFY(error.message.contains(u"newer version of Omnium"_s));
        QVERIFY(error.message.contains(QString::number(Schema::latestVersion() + 1)));
        QVERIFY(!db.isOpen());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
    }

    void reportsDamagedFile()
    {
        const auto path = freshPath();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'z'));
        file.close();
        Database db;
        const auto error = db.open(path);
        QCOMPARE(error.kind, StoreError::Kind::Corrupt);
        QVERIFY(error.message.contains(u"damaged"_s));
    }

    void writeErrorsAreClearAndLeaveNothing_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<StoreError::Kind>("kind");
        QTest::addColumn<QString>("words");
        QTest::newRow("read-only") << u"PRAGMA query_only = 1"_s << StoreError::Kind::ReadOnly
                                   << u"cannot be written"_s;
        QTest::newRow("disk full") << u"PRAGMA max_page_count = 1"_s << StoreError::Kind::DiskFull << u"disk is full"_s;
    }

    void writeErrorsAreClearAndLeaveNothing()
    {
        QFETCH(QString, setup);
        QFETCH(StoreError::Kind, kind);
        QFETCH(QString, words);
        ManualClock clock(QDateTime(QDate(2026, 11, 28), QTime(10, 0), QTimeZone::UTC));
        Store store(clock);
        QVERIFY(!store.open(freshPath()));
        QVERIFY(!store.run(CommandLabel::verbatim(u"first"_s),
            [](StoreTransaction &tx) { tx.insert(u"players"_s, {{u"tag"_s, u"a"_s}}); }));
        QSqlQuery query(store.database().connection());
        QVERIFY(query.exec(u"PRAGMA page_count"_s) && query.next());
        const int pages = query.value(0).toInt();
        QVERIFY(query.exec(setup.endsWith(u"= 1"_s) && setup.contains(u"max_page_count"_s)
                ? u"PRAGMA max_page_count = %1"_s.arg(pages)
                : setup));
        const auto error = store.run(CommandLabel::verbatim(u"big"_s), [](StoreTransaction &tx) {
            for (int i = 0; i < 50; ++i)
                tx.insert(u"players"_s, {{u"tag"_s, u"b%1"_s.arg(i)}, {u"photo"_s, QByteArray(64 * 1024, 'p')}});
        });
        QCOMPARE(error.kind, kind);
        QVERIFY2(error.message.contains(words), qPrintable(error.message));
        QVERIFY(error.message.contains(u"Nothing was saved"_s));
        QVERIFY(query.exec(u"SELECT COUNT(*) FROM players"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QCOMPARE(store.auditLog().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
