// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitestatement.h"

#include <QSqlDatabase>
#include <QSqlDriver>

#include <sqlite3.h>

namespace {

QSqlError errorOf(sqlite3 *db, int code)
{
    return QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(db)), QSqlError::StatementError,
        QString::number(sqlite3_extended_errcode(db) ? sqlite3_extended_errcode(db) : code));
}

} // namespace

std::unique_ptr<SqliteStatement> SqliteStatement::prepare(const QSqlDatabase &db, const QString &sql, QSqlError *error)
{
    if (db.driverName() != QLatin1String("QSQLITE"))
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.data());
    if (!connection)
        return nullptr;
    sqlite3_stmt *statement = nullptr;
    const QByteArray text = sql.toUtf8();
    const int code = sqlite3_prepare_v3(
        connection, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (code != SQLITE_OK) {
        if (error)
            *error = errorOf(connection, code);
        sqlite3_finalize(statement);
        return nullptr;
    }
    return std::unique_ptr<SqliteStatement>(new SqliteStatement(statement));
}

SqliteStatement::SqliteStatement(sqlite3_stmt *statement)
    : m_statement(statement)
{
    const int count = sqlite3_column_count(statement);
    for (int i = 0; i < count; ++i)
        m_columns << QString::fromUtf8(sqlite3_column_name(statement, i));
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

bool SqliteStatement::run(const QVariantList &values, QVariantList *row, QSqlError *error)
{
    sqlite3 *connection = sqlite3_db_handle(m_statement);
    sqlite3_reset(m_statement);
    int code = SQLITE_OK;
    for (int i = 0; i < values.size() && code == SQLITE_OK; ++i) {
        const QVariant &value = values.at(i);
        if (value.isNull() || !value.isValid()) {
            code = sqlite3_bind_null(m_statement, i + 1);
            continue;
        }
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
        case QMetaType::Bool:
            code = sqlite3_bind_int64(m_statement, i + 1, value.toLongLong());
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            code = sqlite3_bind_double(m_statement, i + 1, value.toDouble());
            break;
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            code = sqlite3_bind_blob64(
                m_statement, i + 1, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
            break;
        }
        default: {
            const QByteArray text = value.toString().toUtf8();
            code = sqlite3_bind_text64(
                m_statement, i + 1, text.constData(), sqlite3_uint64(text.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
        }
        }
    }
    if (code != SQLITE_OK) {
        if (error)
            *error = errorOf(connection, code);
        return false;
    }
    code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW && row) {
        const int count = sqlite3_column_count(m_statement);
        row->clear();
        row->reserve(count);
        for (int i = 0; i < count; ++i) {
            switch (sqlite3_column_type(m_statement, i)) {
            case SQLITE_INTEGER:
                row->append(qint64(sqlite3_column_int64(m_statement, i)));
                break;
            case SQLITE_FLOAT:
                row->append(sqlite3_column_double(m_statement, i));
                break;
            case SQLITE_TEXT:
                row->append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_statement, i)),
                    sqlite3_column_bytes(m_statement, i)));
                break;
            case SQLITE_BLOB:
                row->append(QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statement, i)),
                    sqlite3_column_bytes(m_statement, i)));
                break;
            default:
                row->append(QVariant());
            }
        }
    }
    while (code == SQLITE_ROW)
        code = sqlite3_step(m_statement);
    if (code != SQLITE_DONE) {
        if (error)
            *error = errorOf(connection, code);
        sqlite3_reset(m_statement);
        return false;
    }
    sqlite3_reset(m_statement);
    return true;
}
