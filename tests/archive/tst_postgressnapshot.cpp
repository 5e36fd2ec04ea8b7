// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"
#include "store/database.h"
#include "store/schema.h"
#include "store/store.h"

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

// On PostgreSQL a backup or an archive's snapshot is an SQLite copy made through the tables
// (Database::copyToSqlite). Checked against a real server started for the test (initdb and
// pg_ctl of the installed PostgreSQL, on a Unix socket in a temporary folder; as the
// "postgres" user when the test runs as root, which PostgreSQL refuses).
class TestPostgresSnapshot : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_bin;
    QString m_data;
    bool m_started = false;

    // Runs a PostgreSQL tool (as postgres when root); returns its exit code, output in *out.
    int tool(const QString &name, const QStringList &args, QString *out = nullptr)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        const QString program = QDir(m_bin).filePath(name);
        if (geteuid() == 0)
            process.start(u"runuser"_s, QStringList {u"-u"_s, u"postgres"_s, u"--"_s, program} + args);
        else
            process.start(program, args);
        if (!process.waitForFinished(60000))
            return -1;
        if (out)
            *out = QString::fromLocal8Bit(process.readAll());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const auto versions = QDir(u"/usr/lib/postgresql"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        if (versions.isEmpty() || !QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
            QSKIP("PostgreSQL or Qt's QPSQL driver is not installed");
        m_bin = u"/usr/lib/postgresql/%1/bin"_s.arg(versions.last());
        m_data = m_dir.filePath(u"pg"_s);
        QVERIFY(QDir().mkpath(m_data));
        if (geteuid() == 0) {
            QProcess::execute(u"chown"_s, {u"-R"_s, u"postgres"_s, m_dir.path()});
            QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFile::ExeOther | QFile::ReadOther);
        }
        QString out;
        QCOMPARE(tool(u"initdb"_s, {u"-D"_s, m_data, u"-U"_s, u"postgres"_s, u"-A"_s, u"trust"_s}, &out), 0);
        const QString options = u"-k %1 -c listen_addresses='' -p 54329"_s.arg(m_data);
        QCOMPARE(tool(u"pg_ctl"_s,
                     {u"-D"_s, m_data, u"-o"_s, options, u"-w"_s, u"-l"_s, m_data + u"/log"_s, u"start"_s}, &out),
            0);
        m_started = true;
    }

    void cleanupTestCase()
    {
        if (m_started)
            tool(u"pg_ctl"_s, {u"-D"_s, m_data, u"-m"_s, u"fast"_s, u"stop"_s});
    }

    // A PostgreSQL database at the current schema, with rows in several tables (a photo, a
    // played match, the command log), copies to an SQLite file that opens as an Omnium
    // database with the same rows and ids.
    void copiesToSqlite()
    {
        const SqlDialect dialect(SqlDialect::Kind::Postgres);
        const QString connection = u"tst-pg"_s;
        {
            auto db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
            db.setHostName(m_data);
            db.setPort(54329);
            db.setUserName(u"postgres"_s);
            db.setDatabaseName(u"postgres"_s);
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            QVERIFY2(query.exec(u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"_s),
                qPrintable(query.lastError().text()));
            for (int version = 1; version <= Schema::latestVersion(); ++version) {
                for (const auto &statement : dialect.migrationSql(version))
                    QVERIFY2(query.exec(statement), qPrintable(statement + u": "_s + query.lastError().text()));
            }
            const QByteArray photo = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, '\0') + "end";
            const QStringList rows = {
                u"INSERT INTO players (id, created_at, updated_at, version, tag, name) VALUES (7, 1, 1, 1, 'Élise', 'Élise M')"_s,
                u"INSERT INTO players (id, created_at, updated_at, version, tag) VALUES (9, 1, 1, 1, 'Bob')"_s,
                u"INSERT INTO tournaments (id, created_at, updated_at, version, name) VALUES (3, 1, 1, 1, 'Weekly')"_s,
                u"INSERT INTO events (id, created_at, updated_at, version, tournament_id, name) VALUES (4, 1, 1, 1, 3, 'SF6')"_s,
                u"INSERT INTO entrants (id, created_at, updated_at, version, event_id, player_id, seed) VALUES (11, 1, 1, 1, 4, 7, 1)"_s,
                u"INSERT INTO entrants (id, created_at, updated_at, version, event_id, player_id, seed) VALUES (12, 1, 1, 1, 4, 9, 2)"_s,
                u"INSERT INTO command_log (id, created_at, updated_at, version, kind, label, changes, state) VALUES (1, 1, 1, 1, 'command', 'add', '[]', 'done')"_s,
            };
            for (const auto &sql : rows)
                QVERIFY2(query.exec(sql), qPrintable(sql + u": "_s + query.lastError().text()));
            QVERIFY(query.prepare(u"UPDATE players SET photo = ? WHERE id = 7"_s));
            query.addBindValue(photo);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));

            const QString copy = m_dir.filePath(u"copy.sqlite"_s);
            const auto error = Database::copyToSqlite(db, dialect, copy);
            QVERIFY2(!error, qPrintable(error.message));
            query.clear();
            db.close();

            Store store(Clock::system());
            QVERIFY(!store.open(copy));
            auto players = store.select(u"SELECT id, tag, photo FROM players ORDER BY id"_s);
            QVERIFY(players.next());
            QCOMPARE(players.value(0).toLongLong(), 7);
            QCOMPARE(players.value(1).toString(), u"Élise"_s);
            QCOMPARE(players.value(2).toByteArray(), photo);
            QVERIFY(players.next());
            QCOMPARE(players.value(0).toLongLong(), 9);
            auto entrants = store.select(u"SELECT COUNT(*) FROM entrants e JOIN events v ON v.id = e.event_id"_s);
            QVERIFY(entrants.next());
            QCOMPARE(entrants.value(0).toInt(), 2);
            QVERIFY(store.canUndo()); // the command log came along
            auto check = store.select(u"PRAGMA integrity_check"_s);
            QVERIFY(check.next());
            QCOMPARE(check.value(0).toString(), u"ok"_s);
            store.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }
};

QTEST_GUILESS_MAIN(TestPostgresSnapshot)
#include "tst_postgressnapshot.moc"
