// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "core/logging.h"
#include "databaseurl.h"
#include "schema.h"
#include "sqlitestatement.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <utility>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {
QAtomicInt g_connectionCounter;

} // namespace

Database::Database()
    : m_connectionName(u"omnium-store-%1"_s.arg(g_connectionCounter.fetchAndAddRelaxed(1)))
{ }

Database::~Database()
{
    close();
}

QString Database::backupPathFor(const QString &path, int fromVersion)
{
    return path + u".v%1.backup"_s.arg(fromVersion);
}

StoreError Database::open(const QString &path, int targetVersion)
{
    close();
    m_backupPath.clear();
    if (auto error = DatabaseUrl::isServer(path) ? connectServer(path) : openFile(path)) {
        close();
        return error;
    }
    // The version is read before any setting touches the file: a newer database stays untouched.
    StoreError error;
    const int current = m_dialect.schemaVersion(m_db, &error);
    if (error) {
        close();
        return error;
    }
    const int latest = Schema::latestVersion();
    const int target = targetVersion < 0 ? latest : targetVersion;
    if (current > latest) {
        close();
        return StoreError::make(StoreError::Kind::TooNew,
            QCoreApplication::translate("Store",
                "%1 was written by a newer version of Omnium (database schema %2; this version knows up to %3). "
                "Update Omnium to open it; the file was not changed.")
                .arg(m_path)
                .arg(current)
                .arg(latest));
    }
    if (auto configError = m_dialect.configureConnection(m_db)) {
        close();
        return configError;
    }
    if (sqlite3 *handle = SqliteStatement::handleOf(m_db))
        sqlite3_wal_hook(handle, &Database::walCommitted, this); // replaces SQLite's automatic checkpoint
    if (current < target) {
        if (current > 0 && m_dialect.kind() == SqlDialect::Kind::Sqlite) {
            m_backupPath = backupPathFor(path, current);
            if (auto backupError = m_dialect.backup(m_db, m_backupPath)) {
                close();
                return backupError;
            }
            qCInfo(lcStore) << "backed up schema" << current << "database to" << m_backupPath;
        }
        if (auto migrateError = migrate(current, target)) {
            close();
            return migrateError;
        }
    }
    return {};
}

StoreError Database::openReadOnly(const QString &path)
{
    close();
    m_backupPath.clear();
    m_path = path;
    m_dialect = SqlDialect(SqlDialect::Kind::Sqlite);
    if (!QFileInfo(path).isFile())
        return StoreError::make(
            StoreError::Kind::Invalid, QCoreApplication::translate("Store", "%1 is not a database file.").arg(path));
    m_db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
    StoreError error;
    const int current = m_db.open() ? m_dialect.schemaVersion(m_db, &error) : -1;
    if (current < 0 && !error)
        error = m_dialect.translate(m_db.lastError(), path);
    const int latest = Schema::latestVersion();
    if (!error && current != latest)
        error = StoreError::make(current > latest ? StoreError::Kind::TooNew : StoreError::Kind::Other,
            QCoreApplication::translate("Store",
                "%1 has database schema %2, and this version of Omnium reads schema %3 only when it must not change "
                "the file: open it once in this version's app (which updates it), or use the version that wrote it. "
                "The file was not changed.")
                .arg(path)
                .arg(current)
                .arg(latest));
    if (error) {
        close();
        return error;
    }
    m_readOnly = true;
    return {};
}

StoreError Database::connectServer(const QString &text)
{
    QString problem;
    const DatabaseUrl url = DatabaseUrl::parse(text, &problem);
    m_path = url.host.isEmpty() ? DatabaseUrl::withoutPassword(text) : url.display();
    if (!problem.isEmpty())
        return StoreError::make(StoreError::Kind::Invalid, problem);
    m_dialect = SqlDialect(SqlDialect::Kind::Postgres);
    if (!QSqlDatabase::isDriverAvailable(m_dialect.driverName()))
        return StoreError::make(StoreError::Kind::Other,
            QCoreApplication::translate("Store",
                "Qt's PostgreSQL driver (QPSQL, package libqt6sql6-psql) is not installed, so %1 cannot be opened.")
                .arg(m_path));
    m_db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
    url.configure(m_db);
    if (!m_db.open())
        return m_dialect.connectionError(m_db.lastError(), m_path);
    return {};
}

StoreError Database::reconnect()
{
    if (!m_db.isValid())
        return StoreError::make(StoreError::Kind::Disconnected, QString());
    m_db.close();
    if (!m_db.open())
        return m_dialect.connectionError(m_db.lastError(), m_path);
    return m_dialect.configureConnection(m_db);
}

Database::ServerCheck Database::checkServer(const QString &text)
{
    ServerCheck check;
    QString problem;
    const DatabaseUrl url = DatabaseUrl::parse(text, &problem);
    if (!problem.isEmpty()) {
        check.error = StoreError::make(StoreError::Kind::Invalid, problem);
        return check;
    }
    const SqlDialect dialect(SqlDialect::Kind::Postgres);
    if (!QSqlDatabase::isDriverAvailable(dialect.driverName())) {
        check.error = StoreError::make(StoreError::Kind::Other,
            QCoreApplication::translate("Store",
                "Qt's PostgreSQL driver (QPSQL, package libqt6sql6-psql) is not installed, so %1 cannot be opened.")
                .arg(url.display()));
        return check;
    }
    const QString name = u"omnium-check-%1"_s.arg(g_connectionCounter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), name);
        url.configure(db);
        if (!db.open()) {
            check.failure = SqlDialect::connectionFailure(db.lastError());
            check.error = dialect.connectionError(db.lastError(), url.display());
        } else {
            // Read only: schema_version is Omnium's (SqlDialect::schemaVersion), any other table
            // without it is another program's.
            QSqlQuery query(db);
            if (query.exec(u"SELECT to_regclass('schema_version') IS NOT NULL, (SELECT COUNT(*) FROM "
                           "information_schema.tables WHERE table_schema = current_schema())"_s)
                && query.next()) {
                const bool versioned = query.value(0).toBool();
                check.foreign = !versioned && query.value(1).toInt() > 0;
                if (versioned && query.exec(u"SELECT COALESCE(MAX(version), 0) FROM schema_version"_s) && query.next())
                    check.version = query.value(0).toInt();
            }
            if (query.lastError().isValid())
                check.error = dialect.translate(query.lastError(), url.display());
            else if (check.foreign)
                check.error = StoreError::make(StoreError::Kind::Invalid,
                    QCoreApplication::translate("Store",
                        "The database %1 holds another program's tables, not Omnium's: choose an empty database "
                        "or the venue's Omnium database.")
                        .arg(url.display()));
            else if (check.version > Schema::latestVersion())
                check.error = StoreError::make(StoreError::Kind::TooNew,
                    QCoreApplication::translate("Store",
                        "%1 was written by a newer version of Omnium (database schema %2; this version knows up to "
                        "%3). Update Omnium to open it; the file was not changed.")
                        .arg(url.display())
                        .arg(check.version)
                        .arg(Schema::latestVersion()));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return check;
}

StoreError Database::openFile(const QString &path)
{
    m_path = path;
    m_dialect = SqlDialect(SqlDialect::Kind::Sqlite);
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return StoreError::make(
            StoreError::Kind::Invalid, QCoreApplication::translate("Store", "%1 is not a database file.").arg(path));
    if (!info.exists() && !QFileInfo(info.absolutePath()).isWritable())
        return StoreError::make(StoreError::Kind::ReadOnly,
            QCoreApplication::translate(
                "Store", "The folder %1 cannot be written, so the database cannot be created there.")
                .arg(info.absolutePath()));
    if (auto error = m_lock.acquire(path))
        return error;

    m_db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open())
        return m_dialect.translate(m_db.lastError(), path);
    return {};
}

StoreError Database::migrate(int from, int to)
{
    // SQLite: foreign keys off while migrating (a table rebuilt by DROP and RENAME would otherwise
    // cascade deletes into its children) and checked before each migration commits.
    const bool sqlite = m_dialect.kind() == SqlDialect::Kind::Sqlite;
    QSqlQuery query(m_db);
    if (sqlite)
        query.exec(u"PRAGMA foreign_keys = OFF"_s);
    StoreError error;
    for (int version = from + 1; version <= to && !error; ++version) {
        const QString context = QCoreApplication::translate("Store", "migration to schema %1").arg(version);
        if (!query.exec(m_dialect.beginWriteSql())) {
            error = m_dialect.translate(query.lastError(), context);
            break;
        }
        // Two desks opening a new server at once: the second waits for the first's migration
        // (the write lock) and then finds it done.
        if (!sqlite) {
            StoreError versionError;
            if (!query.exec(m_dialect.writeLockSql()))
                versionError = m_dialect.translate(query.lastError(), context);
            const int now = versionError ? 0 : m_dialect.schemaVersion(m_db, &versionError);
            if (versionError) {
                error = versionError;
                QSqlQuery(m_db).exec(u"ROLLBACK"_s);
                break;
            }
            if (now >= version) {
                QSqlQuery(m_db).exec(u"COMMIT"_s);
                continue;
            }
        }
        for (const QString &sql : m_dialect.migrationSql(version)) {
            if (!query.exec(sql)) {
                error = m_dialect.translate(query.lastError(), context);
                break;
            }
        }
        if (!error && sqlite && query.exec(u"PRAGMA foreign_key_check"_s) && query.next())
            error = StoreError::make(StoreError::Kind::Corrupt,
                QCoreApplication::translate("Store", "The %1 left a broken link in %2.")
                    .arg(context, query.value(0).toString()));
        query.finish();
        if (!error && !query.exec(u"COMMIT"_s))
            error = m_dialect.translate(query.lastError(), context);
        if (error)
            QSqlQuery(m_db).exec(u"ROLLBACK"_s);
        else
            qCInfo(lcStore) << "migrated" << m_path << "to schema" << version;
    }
    if (sqlite)
        query.exec(u"PRAGMA foreign_keys = ON"_s);
    return error;
}

StoreError Database::copyToSqlite(QSqlDatabase &source, const SqlDialect &dialect, const QString &path)
{
    QFile::remove(path);
    Database target;
    StoreError error = target.open(path);
    if (!error)
        error = copyInto(source, dialect, target);
    if (!error)
        QSqlQuery(target.connection()).exec(u"PRAGMA journal_mode = DELETE"_s); // one self-contained file
    target.close();
    if (error) {
        QFile::remove(path);
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
    }
    return error;
}

StoreError Database::copyDatabase(const QString &from, const QString &to)
{
    Database source;
    if (auto error = source.open(from))
        return error;
    if (!DatabaseUrl::isServer(to))
        return copyToSqlite(source.connection(), source.dialect(), to);
    Database target;
    if (auto error = target.open(to))
        return error;
    return copyInto(source.connection(), source.dialect(), target);
}

StoreError Database::copyInto(QSqlDatabase &source, const SqlDialect &dialect, Database &target)
{
    const QString context = QCoreApplication::translate("Store", "copy to %1").arg(target.path());
    StoreError error;
    const int version = dialect.schemaVersion(source, &error);
    if (error)
        return error;
    if (version != Schema::latestVersion())
        return StoreError::make(StoreError::Kind::Invalid,
            QCoreApplication::translate("Store", "Only a database at the current schema can be copied."));
    auto &out = target.connection();
    const auto &outDialect = target.dialect();
    const bool server = target.isServer();
    QSqlQuery control(out);
    // Ids are copied as they are: the foreign keys hold once every table is in.
    if (!server)
        control.exec(u"PRAGMA foreign_keys = OFF"_s);
    QSqlQuery read(source);
    const QString begin = dialect.kind() == SqlDialect::Kind::Postgres
        ? u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s
        : u"BEGIN"_s; // SQLite: a read transaction is one snapshot
    if (!read.exec(begin))
        return dialect.translate(read.lastError(), context);
    // On a server, the venue's write lock: no desk writes while the tournament moves in.
    if (!control.exec(outDialect.beginWriteSql()) || (server && !control.exec(outDialect.writeLockSql()))) {
        error = outDialect.translate(control.lastError(), context);
        QSqlQuery(source).exec(u"COMMIT"_s);
        return error;
    }
    QStringList tables = Schema::domainTables();
    tables << u"command_log"_s;
    // Into an empty database only: ids are kept, so rows already there would mix with the moved ones.
    for (const auto &table : std::as_const(tables)) {
        QSqlQuery any(out);
        if (any.exec(u"SELECT 1 FROM %1 LIMIT 1"_s.arg(table)) && any.next()) {
            error = StoreError::make(StoreError::Kind::Invalid,
                QCoreApplication::translate("Store",
                    "%1 already holds a tournament (its %2 table has rows): nothing was copied. Choose an empty "
                    "database.")
                    .arg(target.path(), table));
            break;
        }
    }
    for (const auto &table : std::as_const(tables)) {
        if (error)
            break;
        QSqlQuery rows(source);
        rows.setForwardOnly(true);
        if (!rows.exec(u"SELECT * FROM %1 ORDER BY id"_s.arg(table))) {
            error = dialect.translate(rows.lastError(), context);
            break;
        }
        const auto record = rows.record();
        QStringList columns;
        for (int i = 0; i < record.count(); ++i)
            columns << record.fieldName(i);
        // Rows go 256 at a time: on a server each statement is a round trip.
        constexpr int batch = 256;
        const QString row = u"("_s + QStringList(columns.size(), u"?"_s).join(u", "_s) + u")"_s;
        const auto insertSql = [&](int count) {
            return u"INSERT INTO %1 (%2) VALUES %3"_s.arg(
                table, columns.join(u", "_s), QStringList(count, row).join(u", "_s));
        };
        QSqlQuery full(out); // a whole batch's statement, prepared once
        bool fullPrepared = false;
        QVariantList pending;
        const auto send = [&] {
            const int count = int(pending.size() / columns.size());
            QSqlQuery rest(out);
            QSqlQuery &insert = count == batch ? full : rest;
            const bool ready = count == batch && std::exchange(fullPrepared, true);
            if (!ready && !insert.prepare(insertSql(count)))
                return outDialect.translate(insert.lastError(), context);
            for (int i = 0; i < pending.size(); ++i)
                insert.bindValue(i, pending.at(i));
            pending.clear();
            return insert.exec() ? StoreError() : outDialect.translate(insert.lastError(), context);
        };
        while (!error && rows.next()) {
            for (int i = 0; i < record.count(); ++i)
                pending << rows.value(i);
            if (pending.size() == qsizetype(batch) * columns.size())
                error = send();
        }
        if (!error && !pending.isEmpty())
            error = send();
        // A server's identity columns go on after the copied ids.
        if (!error && server) {
            QSqlQuery sequence(out);
            if (!sequence.exec(u"SELECT setval(pg_get_serial_sequence('%1', 'id'), MAX(id)) FROM %1 "
                               "HAVING MAX(id) IS NOT NULL"_s.arg(table)))
                error = outDialect.translate(sequence.lastError(), context);
        }
    }
    QSqlQuery(source).exec(u"COMMIT"_s);
    if (!error && !server) {
        QSqlQuery check(out);
        if (check.exec(u"PRAGMA foreign_key_check"_s) && check.next())
            error = StoreError::make(StoreError::Kind::Corrupt,
                QCoreApplication::translate("Store", "The copy has a broken link in %1.")
                    .arg(check.value(0).toString()));
    }
    // Desks already on the server read the moved commands as they read another desk's.
    if (!error && server)
        control.exec(u"SELECT pg_notify('omnium_commands', COALESCE(MAX(id), 0)::text) FROM command_log"_s);
    if (!error && !control.exec(u"COMMIT"_s))
        error = outDialect.translate(control.lastError(), context);
    if (error)
        QSqlQuery(out).exec(u"ROLLBACK"_s);
    if (!server)
        QSqlQuery(out).exec(u"PRAGMA foreign_keys = ON"_s);
    return error;
}

int Database::walCommitted(void *database, sqlite3 *connection, const char *schema, int pages)
{
    constexpr int due = 1000;
    constexpr int now = 16000;
    if (pages >= now)
        sqlite3_wal_checkpoint_v2(connection, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    static_cast<Database *>(database)->m_checkpointDue = pages >= due && pages < now;
    return SQLITE_OK;
}

void Database::checkpoint()
{
    m_checkpointDue = false;
    if (sqlite3 *handle = SqliteStatement::handleOf(m_db))
        sqlite3_wal_checkpoint_v2(handle, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
}

int Database::schemaVersion()
{
    StoreError error;
    return m_dialect.schemaVersion(m_db, &error);
}

void Database::close()
{
    m_checkpointDue = false;
    m_readOnly = false;
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_lock.release();
}

bool Database::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}
