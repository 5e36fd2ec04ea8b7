// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storeerror.h"

#include <QSqlDatabase>
#include <QString>

// Everything that differs between SQLite and PostgreSQL lives here, so the rest of the store
// speaks portable SQL and a second dialect (QPSQL) only has to fill in this class.
class SqlDialect
{
public:
    enum class Kind { Sqlite, Postgres };

    explicit SqlDialect(Kind kind)
        : m_kind(kind)
    { }
    static SqlDialect forDriver(const QString &driverName);

    Kind kind() const { return m_kind; }
    QString driverName() const;

    // Replaces the portable type tokens of the migrations (@ID@, @BLOB@, @JSON@) by this dialect's types;
    // empty for a statement that is not for this dialect (@SQLITE@).
    QString translateDdl(QString ddl) const;
    // Schema::migration(version) as this dialect runs it: translated, without the statements
    // meant for another dialect, and setting the schema version last.
    QStringList migrationSql(int version) const;

    // Session settings applied right after opening: durability, foreign keys, journal, timeouts.
    // Returns an empty error on success.
    StoreError configureConnection(QSqlDatabase &db) const;

    // The schema version stored in the database (0 for a fresh one) and how to set it inside a transaction.
    int schemaVersion(QSqlDatabase &db, StoreError *error) const;
    QStringList setSchemaVersionSql(int version) const;

    // A statement that starts a write transaction taking the write lock at once (no upgrade deadlock).
    QString beginWriteSql() const;
    // PostgreSQL: taken right after beginWriteSql(), the venue's one write lock (a transaction
    // advisory lock), so the desks' commands commit one after the other, in command_log id
    // order, and each sees every command before it. SQLite's BEGIN IMMEDIATE is that already.
    QString writeLockSql() const;
    // Inside a write transaction: foreign keys are checked at COMMIT, not row by row. Undo puts back
    // rows that point at each other (a deleted event's entrants and matches) in log order.
    QString deferForeignKeysSql() const;

    // A consistent copy of the whole database to backupPath (before a migration). Empty error on success.
    StoreError backup(QSqlDatabase &db, const QString &backupPath) const;

    // Runs the engine's own consistency check; returns its findings ("ok" when sound).
    QString integrityCheck(QSqlDatabase &db) const;

    // Whether a read may stream its rows (QSqlQuery::setForwardOnly): SQLite's cursors are
    // independent, but QPSQL streams a forward-only query in libpq's single-row mode and loses
    // its remaining rows when another statement runs on the connection, so PostgreSQL reads
    // are fetched whole (a loop may run other statements while it reads).
    bool forwardOnlyReads() const { return m_kind == Kind::Sqlite; }

    // Maps a driver error to a store error kind with a clear message.
    StoreError translate(const QSqlError &error, const QString &context) const;
    // Why a server could not be connected to, from libpq's words: what "Test connection" names.
    enum class ConnectionFailure { Authentication, Tls, NoDatabase, Refused, Unreachable, Other };
    static ConnectionFailure connectionFailure(const QSqlError &error);
    // Why a server at `where` could not be connected to: refused, authentication, TLS, no such
    // database, unreachable (kind Disconnected, or Invalid for what trying again cannot fix).
    StoreError connectionError(const QSqlError &error, const QString &where) const;

private:
    Kind m_kind;
};
