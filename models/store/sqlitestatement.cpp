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

void RowDigest::add(const void *data, std::size_t size)
{
    const auto *bytes = static_cast<const unsigned char *>(data);
    for (std::size_t i = 0; i < size; ++i)
        m_hash = (m_hash ^ bytes[i]) * 1099511628211ULL;
}

void RowDigest::addType(int type)
{
    const unsigned char byte = uchar(type);
    add(&byte, 1);
}

void RowDigest::addNull()
{
    addType(SQLITE_NULL);
}

void RowDigest::addInteger(qint64 value)
{
    addType(SQLITE_INTEGER);
    const sqlite3_int64 stored = value;
    add(&stored, sizeof stored);
}

void RowDigest::addReal(double value)
{
    addType(SQLITE_FLOAT);
    add(&value, sizeof value);
}

void RowDigest::addText(QByteArrayView utf8)
{
    addType(SQLITE_TEXT);
    const int size = int(utf8.size());
    add(&size, sizeof size);
    add(utf8.data(), std::size_t(size));
}

void RowDigest::addText(QStringView text)
{
    const bool ascii = std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (!ascii) {
        addText(QByteArrayView(text.toUtf8()));
        return;
    }
    addType(SQLITE_TEXT);
    const int size = int(text.size()); // ASCII: one byte per character
    add(&size, sizeof size);
    for (const QChar c : text) {
        const unsigned char byte = uchar(c.unicode());
        add(&byte, 1);
    }
}

void RowDigest::addBlob(QByteArrayView bytes)
{
    addType(SQLITE_BLOB);
    const int size = int(bytes.size());
    add(&size, sizeof size);
    add(bytes.data(), std::size_t(size));
}

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
        // The common types read in place: a bracket binds some 150,000 values.
        switch (value.typeId()) {
        case QMetaType::Int:
            code = sqlite3_bind_int64(m_statement, i + 1, *static_cast<const int *>(value.constData()));
            break;
        case QMetaType::LongLong:
            code = sqlite3_bind_int64(m_statement, i + 1, *static_cast<const qlonglong *>(value.constData()));
            break;
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
        case QMetaType::QString: {
            // Short ASCII text (column values such as 'winners' or 'pending') narrowed on the
            // stack; SQLite copies it into its own reused buffer.
            const QString &text = *static_cast<const QString *>(value.constData());
            char ascii[64];
            const qsizetype size = text.size();
            bool narrowed = size <= qsizetype(sizeof ascii);
            for (qsizetype c = 0; narrowed && c < size; ++c) {
                const char16_t unit = text.at(c).unicode();
                narrowed = unit < 0x80;
                ascii[c] = char(unit);
            }
            if (narrowed) {
                code = sqlite3_bind_text64(
                    m_statement, i + 1, ascii, sqlite3_uint64(size), SQLITE_TRANSIENT, SQLITE_UTF8);
                break;
            }
            [[fallthrough]];
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
    RowDigest rows;
    while ((code = sqlite3_step(m_statement)) == SQLITE_ROW) {
        for (int i = 0; i < int(kept.size()); ++i) {
            if (!kept.at(i))
                continue;
            switch (sqlite3_column_type(m_statement, i)) {
            case SQLITE_INTEGER:
                rows.addInteger(sqlite3_column_int64(m_statement, i));
                break;
            case SQLITE_FLOAT:
                rows.addReal(sqlite3_column_double(m_statement, i));
                break;
            case SQLITE_TEXT: {
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, i));
                rows.addText(QByteArrayView(text, sqlite3_column_bytes(m_statement, i)));
                break;
            }
            case SQLITE_BLOB: {
                const auto *blob = static_cast<const char *>(sqlite3_column_blob(m_statement, i));
                rows.addBlob(QByteArrayView(blob, sqlite3_column_bytes(m_statement, i)));
                break;
            }
            default:
                rows.addNull();
            }
        }
    }
    sqlite3_reset(m_statement);
    if (code != SQLITE_DONE) {
        if (error)
            *error = errorOf(connection, code);
        return false;
    }
    *digest = rows.value();
    return true;
}
