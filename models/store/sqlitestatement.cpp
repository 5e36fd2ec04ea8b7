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

sqlite3 *SqliteStatement::handleOf(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QSQLITE") || !db.isOpen())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

std::unique_ptr<SqliteStatement> SqliteStatement::prepare(const QSqlDatabase &db, const QString &sql, QSqlError *error)
{
    sqlite3 *connection = handleOf(db);
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

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(sqlite3_db_handle(m_statement));
}

int SqliteStatement::bind(const QVariantList &values)
{
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
    return code;
}

bool SqliteStatement::run(const QVariantList &values, QVariantList *row, QSqlError *error)
{
    sqlite3 *connection = sqlite3_db_handle(m_statement);
    int code = bind(values);
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

bool SqliteStatement::digest(const QVariantList &values, const QStringList &skip, quint64 *digest, QSqlError *error)
{
    sqlite3 *connection = sqlite3_db_handle(m_statement);
    int code = bind(values);
    if (code != SQLITE_OK) {
        if (error)
            *error = errorOf(connection, code);
        return false;
    }
    QList<bool> kept;
    for (const QString &column : std::as_const(m_columns))
        kept << !skip.contains(column);
    quint64 hash = 14695981039346656037ULL;
    const auto add = [&hash](const void *data, std::size_t size) {
        const auto *bytes = static_cast<const unsigned char *>(data);
        for (std::size_t i = 0; i < size; ++i)
            hash = (hash ^ bytes[i]) * 1099511628211ULL;
    };
    while ((code = sqlite3_step(m_statement)) == SQLITE_ROW) {
        for (int i = 0; i < int(kept.size()); ++i) {
            if (!kept.at(i))
                continue;
            const unsigned char type = uchar(sqlite3_column_type(m_statement, i));
            add(&type, 1);
            if (type == SQLITE_INTEGER) {
                const sqlite3_int64 value = sqlite3_column_int64(m_statement, i);
                add(&value, sizeof value);
            } else if (type == SQLITE_FLOAT) {
                const double value = sqlite3_column_double(m_statement, i);
                add(&value, sizeof value);
            } else if (type != SQLITE_NULL) {
                const void *data = type == SQLITE_TEXT ? static_cast<const void *>(sqlite3_column_text(m_statement, i))
                                                       : sqlite3_column_blob(m_statement, i);
                const int size = sqlite3_column_bytes(m_statement, i);
                add(&size, sizeof size);
                add(data, std::size_t(size));
            }
        }
    }
    sqlite3_reset(m_statement);
    if (code != SQLITE_DONE) {
        if (error)
            *error = errorOf(connection, code);
        return false;
    }
    *digest = hash;
    return true;
}
