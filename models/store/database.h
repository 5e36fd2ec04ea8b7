// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databasefilelock.h"
#include "sqldialect.h"
#include "storeerror.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

// One open connection to the tournament database, brought to the current schema. Opening
// applies the durability settings, refuses a database from a newer Omnium, and migrates an
// older one step by step (each step in its own transaction) after a backup copy of the file.
class Database
{
public:
    // ReadOnly: a SQLite file another Omnium process may have open (omnium-cli's reading
    // commands). No lock is taken and nothing is written: no migration, no settings; a schema
    // other than this version's is refused. SQLite's read-only connection never checkpoints nor
    // deletes the write-ahead log when it closes, so the holder loses nothing (tst_sharedfile).
    enum class Access { ReadWrite, ReadOnly };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) the SQLite file at path, or connects to the PostgreSQL server a
    // postgresql:// URL names (DatabaseUrl), and migrates it to Schema::latestVersion().
    // targetVersion < latest is only for building test fixtures of older versions.
    StoreError open(const QString &path, int targetVersion = -1);
    StoreError openReadOnly(const QString &path);
    void close();
    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    // A server's connection dropped: opens it again with the same parameters (PostgreSQL only).
    StoreError reconnect();
    bool isServer() const { return m_dialect.kind() == SqlDialect::Kind::Postgres; }

    QSqlDatabase &connection() { return m_db; }
    const SqlDialect &dialect() const { return m_dialect; }
    QString path() const { return m_path; }
    int schemaVersion();

    // SQLite copies its write-ahead log back into the database file (a checkpoint) once the log
    // passes 1,000 pages, inside the commit that crossed it: ~10 ms added to a bracket's
    // creation. Here that commit only marks the checkpoint due and the store runs it when idle;
    // a log past 16,000 pages (64 MB: a long loop that never goes idle) is checkpointed at once.
    bool checkpointDue() const { return m_checkpointDue; }
    void checkpoint();

    // Where the pre-migration copy of this file went (empty if none was needed).
    QString lastBackupPath() const { return m_backupPath; }

    // A consistent copy of the database behind `source` (at the latest schema, SQLite or
    // PostgreSQL) as a new SQLite file at path, made through the tables in one read
    // transaction: every domain table and the command log, ids unchanged. This is what a
    // backup or an archive snapshot is on PostgreSQL (the archive's snapshot is SQLite
    // whatever the server); SQLite files use VACUUM INTO instead (SqlDialect::backup).
    static StoreError copyToSqlite(QSqlDatabase &source, const SqlDialect &dialect, const QString &path);
    // The whole database at `from` (a file or a venue server's URL) copied into `to` in one
    // transaction, ids unchanged: moving a tournament from a laptop's file to the venue server
    // (into an empty database only: refused, nothing copied, when `to` already holds one) and
    // back to a file (copyToSqlite: a new file).
    static StoreError copyDatabase(const QString &from, const QString &to);

    // What "Test connection" finds at a venue server, changing nothing there: whether it can be
    // reached and opened, and the schema version of the Omnium tables it holds.
    struct ServerCheck {
        StoreError error; // why Omnium cannot open it (connection, authentication, TLS, schema)
        std::optional<SqlDialect::ConnectionFailure> failure; // set when the connection failed
        int version = 0; // the schema version found, 0 for an empty database
        bool foreign = false; // tables but no Omnium schema version: another program's database
    };
    static ServerCheck checkServer(const QString &url);

    // The file name used for the copy made before migrating from `fromVersion`.
    static QString backupPathFor(const QString &path, int fromVersion);

private:
    StoreError openFile(const QString &path);
    StoreError connectServer(const QString &url);
    StoreError migrate(int from, int to);
    // Every domain table and the command log of `source` into the open, empty `target`.
    static StoreError copyInto(QSqlDatabase &source, const SqlDialect &dialect, Database &target);
    static int walCommitted(void *database, struct sqlite3 *connection, const char *schema, int pages);

    QString m_connectionName;
    QString m_path;
    QString m_backupPath;
    QSqlDatabase m_db;
    DatabaseFileLock m_lock; // a SQLite file's, for as long as it is open
    SqlDialect m_dialect {SqlDialect::Kind::Sqlite};
    bool m_checkpointDue = false;
    bool m_readOnly = false;
};
