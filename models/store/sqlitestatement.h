// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlError>
#include <QStringList>
#include <QVariantList>

#include <memory>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

// The digest of rows that SqliteStatement::digest() computes: FNV-1a (64 bits) over each value's
// SQLite storage class and bytes, value after value, row after row. StoreTransaction::insertMany()
// also feeds it the values it writes, so a new bracket's rows need not be read back.
class RowDigest
{
public:
    void addNull();
    void addInteger(qint64 value);
    void addReal(double value);
    void addText(QByteArrayView utf8);
    void addText(QStringView text); // as SQLite holds it: UTF-8
    void addBlob(QByteArrayView bytes);
    quint64 value() const { return m_hash; }

private:
    void addType(int type);
    void add(const void *data, std::size_t size);
    quint64 m_hash = 14695981039346656037ULL;
};

// A statement run on SQLite's own connection handle, for the store's repeated inserts: Qt's
// driver rebuilds a field record on every execution, which made writing a 4,096-entrant
// bracket (8,191 match rows, each read back for the audit log) take most of its time there.
// SQLite only; the store falls back to QSqlQuery on other drivers.
class SqliteStatement
{
public:
    // The SQLite handle behind an open Qt connection; nullptr for another driver.
    static sqlite3 *handleOf(const QSqlDatabase &db);
    // nullptr when the connection is not SQLite (or the SQL does not compile: *error is set).
    static std::unique_ptr<SqliteStatement> prepare(const QSqlDatabase &db, const QString &sql, QSqlError *error);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Binds values (positional), runs to completion and returns the first result row in *row.
    // Returns false with *error set (native code = SQLite's extended result code).
    bool run(const QVariantList &values, QVariantList *row, QSqlError *error);
    // Binds values, runs the query and returns a digest (FNV-1a, 64 bits) of every result row's
    // values as SQLite holds them (type and bytes), leaving out the columns named in skip: the
    // same rows give the same digest, whatever the machine or the Qt version.
    bool digest(const QVariantList &values, const QStringList &skip, quint64 *digest, QSqlError *error);
    // The rowid of the last row this statement's connection inserted (after an INSERT's run()).
    qint64 lastInsertId() const;
    // The result columns' names (valid after prepare).
    const QStringList &columns() const { return m_columns; }

private:
    explicit SqliteStatement(sqlite3_stmt *statement);
    int bind(const QVariantList &values);
    sqlite3_stmt *m_statement;
    QStringList m_columns;
};
