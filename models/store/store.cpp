// SPDX-License-Identifier: GPL-3.0-or-later
#include "store.h"

#include "core/clock.h"
#include "core/logging.h"
#include "schema.h"
#include "sqlitestatement.h"

#include <QEvent>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QSqlError>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace {

// Thrown inside a command body to abort it; caught by Store::run(), which rolls back.
struct StoreFailure {
    StoreError error;
};

// A table's row in words, for messages.
QString rowName(const QString &table)
{
    static const QHash<QString, const char *> names = {
        {u"players"_s, QT_TRANSLATE_NOOP("Store", "player")},
        {u"teams"_s, QT_TRANSLATE_NOOP("Store", "team")},
        {u"team_members"_s, QT_TRANSLATE_NOOP("Store", "team member")},
        {u"tournaments"_s, QT_TRANSLATE_NOOP("Store", "tournament")},
        {u"events"_s, QT_TRANSLATE_NOOP("Store", "event")},
        {u"entrants"_s, QT_TRANSLATE_NOOP("Store", "entrant")},
        {u"stations"_s, QT_TRANSLATE_NOOP("Store", "station")},
        {u"phases"_s, QT_TRANSLATE_NOOP("Store", "phase")},
        {u"matches"_s, QT_TRANSLATE_NOOP("Store", "match")},
        {u"lobby_entrants"_s, QT_TRANSLATE_NOOP("Store", "lobby entrant")},
        {u"games"_s, QT_TRANSLATE_NOOP("Store", "game")},
        {u"print_log"_s, QT_TRANSLATE_NOOP("Store", "print record")},
    };
    const char *name = names.value(table);
    return name ? QCoreApplication::translate("Store", name) : table;
}

void checkTable(const QString &table)
{
    if (!Schema::isDomainTable(table))
        throw StoreFailure {StoreError::make(StoreError::Kind::Other, u"unknown table %1"_s.arg(table))};
}

void checkColumn(const QString &column)
{
    static const QRegularExpression identifier(u"^[a-z][a-z0-9_]*$"_s);
    if (!identifier.match(column).hasMatch())
        throw StoreFailure {StoreError::make(StoreError::Kind::Other, u"bad column name %1"_s.arg(column))};
}

bool isBookkeeping(const QString &column)
{
    return column == u"id"_s || column == u"created_at"_s || column == u"updated_at"_s || column == u"version"_s;
}

QJsonValue toJson(const QString &column, const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return QJsonValue::Null;
    if (Schema::isBlobColumn(column) || value.typeId() == QMetaType::QByteArray)
        return QString::fromLatin1(value.toByteArray().toBase64());
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return value.toLongLong();
    case QMetaType::Double:
    case QMetaType::Float:
        return value.toDouble();
    default:
        return value.toString();
    }
}

QVariant fromJson(const QString &column, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (Schema::isBlobColumn(column))
        return QByteArray::fromBase64(value.toString().toLatin1());
    return value.toVariant();
}

} // namespace

// --- StoreTransaction ------------------------------------------------------------------

namespace {

// JSON text written directly (a bracket's creation logs thousands of rows): the same values
// QJsonDocument would write for Store::imageToJson(), so undo/redo read them back unchanged.
void appendJsonString(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    out += '"';
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (uchar(c) < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[uchar(c) >> 4];
                out += hex[uchar(c) & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void appendJsonValue(QByteArray &out, const QString &column, const QVariant &value)
{
    if (value.isNull() || !value.isValid()) {
        out += "null";
        return;
    }
    if (Schema::isBlobColumn(column) || value.typeId() == QMetaType::QByteArray) {
        out += '"' + value.toByteArray().toBase64() + '"';
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        out += QByteArray::number(value.toLongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = value.toDouble();
        out += qIsFinite(d) ? QByteArray::number(d, 'g', QLocale::FloatingPointShortest) : QByteArray("null");
        return;
    }
    default:
        appendJsonString(out, value.toString());
    }
}

// SQLite's affinity for a column's declared type (sqlite.org/datatype3.html, 3.1).
char affinityOf(const QString &declared)
{
    const QString type = declared.toUpper();
    if (type.contains(u"INT"_s))
        return 'I';
    if (type.contains(u"CHAR"_s) || type.contains(u"CLOB"_s) || type.contains(u"TEXT"_s))
        return 'T';
    if (type.isEmpty() || type.contains(u"BLOB"_s))
        return 'B';
    if (type.contains(u"REAL"_s) || type.contains(u"FLOA"_s) || type.contains(u"DOUB"_s))
        return 'R';
    return 'N';
}

// A column's DEFAULT as SQLite reports it: NULL, an integer or a quoted string; nullopt for
// anything else (an expression).
std::optional<QVariant> defaultValue(const QVariant &declared)
{
    if (declared.isNull())
        return QVariant();
    static const QRegularExpression integer(u"^-?[0-9]+$"_s);
    static const QRegularExpression quoted(u"^'(.*)'$"_s, QRegularExpression::DotMatchesEverythingOption);
    const QString text = declared.toString();
    if (integer.match(text).hasMatch())
        return QVariant(text.toLongLong());
    if (const auto match = quoted.match(text); match.hasMatch())
        return QVariant(match.captured(1).replace(u"''"_s, u"'"_s));
    return std::nullopt;
}

// Adds a value to a row's digest as a column of that affinity stores it, when that is the value
// as bound (an integer in an INTEGER column, text in a TEXT column…); false when SQLite would
// convert it (the row is then read back instead).
bool addStored(RowDigest &digest, const QVariant &value, char affinity)
{
    if (value.isNull() || !value.isValid()) {
        digest.addNull();
        return true;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        if (affinity == 'R' || affinity == 'T')
            return false;
        digest.addInteger(value.toLongLong());
        return true;
    case QMetaType::Double:
    case QMetaType::Float:
        if (affinity != 'R' && affinity != 'B')
            return false; // an integral value would become an integer
        digest.addReal(value.toDouble());
        return true;
    case QMetaType::QString:
        if (affinity != 'T' && affinity != 'B')
            return false; // numeric-looking text would become a number
        digest.addText(QStringView(*static_cast<const QString *>(value.constData())));
        return true;
    case QMetaType::QByteArray:
        digest.addBlob(QByteArrayView(*static_cast<const QByteArray *>(value.constData())));
        return true;
    default:
        return false;
    }
}

} // namespace

QVariant StoreTransaction::Image::value(const QString &column) const
{
    const qsizetype i = columns ? columns->indexOf(column) : -1;
    return i < 0 ? QVariant() : values.at(i);
}

QVariantMap StoreTransaction::Image::toMap() const
{
    QVariantMap row;
    for (qsizetype i = 0; columns && i < columns->size(); ++i)
        row.insert(columns->at(i), values.at(i));
    return row;
}

QSqlQuery StoreTransaction::exec(const QString &sql, const QVariantList &values)
{
    flushBulk();
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(m_db.dialect().forwardOnlyReads());
    if (!query.prepare(sql))
        throw StoreFailure {m_db.dialect().translate(query.lastError(), QString())};
    for (const auto &value : values)
        query.addBindValue(value);
    if (!query.exec())
        throw StoreFailure {m_db.dialect().translate(query.lastError(), QString())};
    return query;
}

StoreTransaction::Prepared &StoreTransaction::prepared(const QString &sql)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        auto statement = std::make_shared<Prepared>(Prepared {QSqlQuery(m_db.connection()), {}, {}});
        statement->query.setForwardOnly(m_db.dialect().forwardOnlyReads());
        if (!statement->query.prepare(sql))
            throw StoreFailure {m_db.dialect().translate(statement->query.lastError(), QString())};
        it = m_prepared.insert(sql, statement);
    }
    return **it;
}

void StoreTransaction::flushBulk()
{
    for (Bulk &bulk : m_bulk) {
        if (bulk.pending.isEmpty())
            continue;
        QStringList all {u"id"_s};
        all << bulk.columns << u"created_at"_s << u"updated_at"_s << u"version"_s;
        const QString row = u"("_s + QStringList(all.size(), u"?"_s).join(u", "_s) + u')';
        QSqlQuery query(m_db.connection());
        if (!query.prepare(u"INSERT INTO %1 (%2) VALUES %3"_s.arg(
                bulk.table, all.join(u", "_s), QStringList(bulk.pending.size(), row).join(u", "_s))))
            throw StoreFailure {m_db.dialect().translate(query.lastError(), QString())};
        int i = 0;
        for (const QVariantList &values : std::as_const(bulk.pending)) {
            for (const QVariant &value : values)
                query.bindValue(i++, value);
        }
        bulk.pending.clear();
        if (!query.exec())
            throw StoreFailure {m_db.dialect().translate(query.lastError(), QString())};
    }
}

void StoreTransaction::execPrepared(Prepared &statement)
{
    flushBulk();
    if (!statement.query.exec())
        throw StoreFailure {m_db.dialect().translate(statement.query.lastError(), QString())};
}

StoreTransaction::Prepared &StoreTransaction::execCached(const QString &sql, const QVariantList &values)
{
    Prepared &statement = prepared(sql);
    for (int i = 0; i < values.size(); ++i)
        statement.query.bindValue(i, values.at(i));
    execPrepared(statement);
    return statement;
}

StoreTransaction::Image StoreTransaction::imageOf(Prepared &statement)
{
    const QSqlQuery &query = statement.query;
    if (!statement.columns) {
        QStringList names;
        const auto record = query.record();
        for (int i = 0; i < record.count(); ++i)
            names << record.fieldName(i);
        statement.columns = std::make_shared<const QStringList>(std::move(names));
    }
    Image image {statement.columns, {}};
    const auto count = statement.columns->size();
    image.values.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        image.values.append(query.value(int(i)));
    return image;
}

QSqlQuery StoreTransaction::select(const QString &sql, const QVariantList &values)
{
    return exec(sql, values);
}

StoreTransaction::Image StoreTransaction::rowImage(const QString &table, qint64 id)
{
    checkTable(table);
    auto &statement = execCached(u"SELECT * FROM %1 WHERE id = ?"_s.arg(table), {id});
    Image image;
    if (statement.query.next())
        image = imageOf(statement);
    statement.query.finish();
    return image;
}

QVariantMap StoreTransaction::row(const QString &table, qint64 id)
{
    return rowImage(table, id).toMap();
}

void StoreTransaction::fail(StoreError::Kind kind, const QString &message)
{
    throw StoreFailure {StoreError::make(kind, message)};
}

qint64 StoreTransaction::insert(const QString &table, const QVariantMap &values)
{
    // One prepared statement per table and set of columns; its SQL is built and checked once.
    QString shape = table;
    shape += u':';
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!isBookkeeping(it.key())) {
            shape += it.key();
            shape += u',';
        }
    }
    if (m_db.dialect().kind() == SqlDialect::Kind::Sqlite) {
        auto fast = m_fastInserts.find(shape);
        if (fast == m_fastInserts.end()) {
            checkTable(table);
            QStringList columns;
            for (auto it = values.cbegin(); it != values.cend(); ++it) {
                if (isBookkeeping(it.key()))
                    continue;
                checkColumn(it.key());
                columns << it.key();
            }
            columns << u"created_at"_s << u"updated_at"_s << u"version"_s;
            const QString marks = QStringList(columns.size(), u"?"_s).join(u", "_s);
            QSqlError error;
            std::shared_ptr<SqliteStatement> statement = SqliteStatement::prepare(m_db.connection(),
                u"INSERT INTO %1 (%2) VALUES (%3) RETURNING *"_s.arg(table, columns.join(u", "_s), marks), &error);
            if (!statement)
                throw StoreFailure {m_db.dialect().translate(error, QString())};
            fast = m_fastInserts.insert(
                shape, FastInsert {statement, std::make_shared<const QStringList>(statement->columns())});
        }
        QVariantList bound;
        bound.reserve(values.size() + 3);
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (!isBookkeeping(it.key()))
                bound << it.value();
        }
        bound << m_nowMs << m_nowMs << 1;
        Image inserted {fast->columns, {}};
        QSqlError error;
        if (!fast->statement->run(bound, &inserted.values, &error))
            throw StoreFailure {m_db.dialect().translate(error, QString())};
        if (inserted.values.size() != inserted.columns->size())
            fail(StoreError::Kind::Other, u"insert into %1 returned no row"_s.arg(table));
        const qint64 id = inserted.value(u"id"_s).toLongLong();
        record(table, id, {}, inserted);
        return id;
    }
    auto found = m_inserts.constFind(shape);
    if (found == m_inserts.cend()) {
        checkTable(table);
        QStringList columns;
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (isBookkeeping(it.key()))
                continue;
            checkColumn(it.key());
            columns << it.key();
        }
        const auto bound = columns;
        columns << u"created_at"_s << u"updated_at"_s << u"version"_s;
        const QString marks = QStringList(columns.size(), u"?"_s).join(u", "_s);
        // RETURNING * hands back the whole row, defaults included, for the log: one statement per insert.
        const QString sql = u"INSERT INTO %1 (%2) VALUES (%3) RETURNING *"_s.arg(table, columns.join(u", "_s), marks);
        prepared(sql).bound = bound;
        found = m_inserts.insert(shape, m_prepared.value(sql));
    }
    Prepared &statement = **found;
    int i = 0;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!isBookkeeping(it.key()))
            statement.query.bindValue(i++, it.value());
    }
    statement.query.bindValue(i++, m_nowMs);
    statement.query.bindValue(i++, m_nowMs);
    statement.query.bindValue(i, 1);
    execPrepared(statement);
    if (!statement.query.next())
        fail(StoreError::Kind::Other, u"insert into %1 returned no row"_s.arg(table));
    const auto inserted = imageOf(statement);
    statement.query.finish();
    const qint64 id = inserted.value(u"id"_s).toLongLong();
    record(table, id, {}, inserted);
    return id;
}

StoreTransaction::BulkShape StoreTransaction::bulkShape(const QString &table, const QStringList &columns)
{
    for (qsizetype i = 0; i < m_bulk.size(); ++i) {
        if (m_bulk.at(i).table == table && m_bulk.at(i).columns == columns)
            return {i};
    }
    checkTable(table);
    for (const auto &column : columns) {
        checkColumn(column);
        if (isBookkeeping(column))
            fail(StoreError::Kind::Other, u"insertMany() sets %1 itself"_s.arg(column));
    }
    Bulk bulk {table, columns, {}, {}, {}, {}};
    QStringList all = columns;
    all << u"created_at"_s << u"updated_at"_s << u"version"_s;
    const QString sql = u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
        table, all.join(u", "_s), QStringList(all.size(), u"?"_s).join(u", "_s));
    if (m_db.dialect().kind() == SqlDialect::Kind::Sqlite) {
        QSqlError error;
        bulk.fast = SqliteStatement::prepare(m_db.connection(), sql, &error);
        if (!bulk.fast)
            throw StoreFailure {m_db.dialect().translate(error, QString())};
        bulk.digestPlan = digestPlan(table, columns);
    }
    m_bulk.append(bulk);
    return {m_bulk.size() - 1};
}

QList<StoreTransaction::DigestColumn> StoreTransaction::digestPlan(const QString &table, const QStringList &columns)
{
    using From = DigestColumn::From;
    static const QStringList skipped {u"version"_s, u"updated_at"_s}; // as rowsDigest()
    QList<DigestColumn> plan;
    auto info = exec(u"PRAGMA table_info(%1)"_s.arg(table), {});
    while (info.next()) {
        const QString name = info.value(1).toString();
        DigestColumn column;
        column.affinity = affinityOf(info.value(2).toString());
        if (skipped.contains(name)) {
            column.from = From::Skipped;
        } else if (name == u"id"_s) {
            column.from = From::Id;
        } else if (name == u"created_at"_s) {
            column.from = From::Now;
        } else if (const qsizetype bound = columns.indexOf(name); bound >= 0) {
            column.from = From::Bound;
            column.bound = bound;
        } else if (const auto fallback = defaultValue(info.value(4))) {
            column.from = From::Default;
            column.fallback = *fallback;
        } else {
            return {};
        }
        plan << column;
    }
    return plan;
}

qint64 StoreTransaction::insertMany(const BulkShape &shape, QVariantList values)
{
    Q_ASSERT(shape.index >= 0 && shape.index < m_bulk.size());
    ++m_writes;
    Bulk &bulk = m_bulk[shape.index];
    if (values.size() != bulk.columns.size())
        fail(StoreError::Kind::Other,
            u"insertMany() into %1: %2 values for %3 columns"_s.arg(bulk.table)
                .arg(values.size())
                .arg(bulk.columns.size()));
    values << m_nowMs << m_nowMs << 1;
    qint64 id = 0;
    if (bulk.fast) {
        QSqlError error;
        if (!bulk.fast->run(values, nullptr, &error))
            throw StoreFailure {m_db.dialect().translate(error, QString())};
        id = bulk.fast->lastInsertId();
    } else {
        if (bulk.reserved.isEmpty()) {
            // The ids of this row and the next ones at once; the venue's write lock keeps them
            // consecutive (no other desk's command takes ids meanwhile).
            auto ids = exec(u"SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM generate_series(1, ?)"_s,
                {bulk.table, bulkBatch});
            while (ids.next())
                bulk.reserved << ids.value(0).toLongLong();
            if (bulk.reserved.isEmpty())
                fail(StoreError::Kind::Other, u"no ids for %1"_s.arg(bulk.table));
        }
        id = bulk.reserved.takeFirst();
        values.prepend(id);
        bulk.pending << values;
        if (bulk.pending.size() >= bulkBatch)
            flushBulk();
    }
    // Consecutive rows of one shape share a log entry; another write in between starts a new
    // one, so undo still deletes in the reverse order of the writes.
    if (m_log.isEmpty() || m_log.last().bulk != shape.index) {
        m_log.append(LogEntry {bulk.table, 0, {}, {}, false, shape.index, {}, {}, true});
        m_bulkRuns[bulk.table].append(m_log.size() - 1);
    }
    LogEntry &entry = m_log.last();
    entry.inserted.append(id);
    if (entry.runsKnown) {
        if (entry.runs.isEmpty() || entry.runs.last().last + 1 != id)
            entry.runs.append(LogEntry::Run {id, id, {}});
        auto &run = entry.runs.last();
        run.last = id;
        entry.runsKnown = !bulk.digestPlan.isEmpty();
        for (const auto &column : bulk.digestPlan) {
            using From = DigestColumn::From;
            if (column.from == From::Id)
                run.digest.addInteger(id);
            else if (column.from == From::Now)
                run.digest.addInteger(m_nowMs);
            else if (column.from != From::Skipped)
                entry.runsKnown = entry.runsKnown
                    && addStored(run.digest, column.from == From::Bound ? values.at(column.bound) : column.fallback,
                        column.affinity);
        }
    }
    return id;
}

int StoreTransaction::update(const QString &table, qint64 id, int expectedVersion, const QVariantMap &values)
{
    const auto before = rowImage(table, id);
    if (before.isEmpty())
        fail(StoreError::Kind::NotFound,
            QCoreApplication::translate(
                "Store", "This %1 no longer exists (it was deleted elsewhere). Nothing was saved.")
                .arg(rowName(table)));
    const int current = before.value(u"version"_s).toInt();
    if (expectedVersion >= 0 && current != expectedVersion)
        fail(StoreError::Kind::Stale,
            QCoreApplication::translate("Store",
                "This %1 was changed elsewhere since it was shown. Nothing was saved; check the current values and try "
                "again.")
                .arg(rowName(table)));
    QStringList assignments;
    QVariantList bound;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (isBookkeeping(it.key()))
            continue;
        checkColumn(it.key());
        const qsizetype column = before.columns->indexOf(it.key());
        if (column < 0)
            fail(StoreError::Kind::Other, u"%1 has no column %2"_s.arg(table, it.key()));
        if (toJson(it.key(), before.values.at(column)) == toJson(it.key(), it.value()))
            continue;
        assignments << it.key() + u" = ?"_s;
        bound << it.value();
    }
    if (assignments.isEmpty())
        return current;
    assignments << u"updated_at = ?"_s << u"version = version + 1"_s;
    bound << m_nowMs << id << current;
    auto &statement = execCached(
        u"UPDATE %1 SET %2 WHERE id = ? AND version = ? RETURNING *"_s.arg(table, assignments.join(u", "_s)), bound);
    if (!statement.query.next())
        fail(StoreError::Kind::Stale,
            QCoreApplication::translate("Store", "This %1 was changed elsewhere while saving. Nothing was saved.")
                .arg(rowName(table)));
    const auto after = imageOf(statement);
    statement.query.finish();
    record(table, id, before, after);
    return after.value(u"version"_s).toInt();
}

void StoreTransaction::destructive(const QString &reason)
{
    if (m_destructiveDone || !m_destructiveHook)
        return;
    m_destructiveDone = true;
    const QString refusal = m_destructiveHook(reason);
    if (!refusal.isEmpty())
        fail(StoreError::Kind::Other, refusal);
}

void StoreTransaction::remove(const QString &table, qint64 id, int expectedVersion)
{
    const auto before = rowImage(table, id);
    if (before.isEmpty())
        fail(StoreError::Kind::NotFound,
            QCoreApplication::translate("Store", "This %1 no longer exists. Nothing was changed.").arg(rowName(table)));
    if (expectedVersion >= 0 && before.value(u"version"_s).toInt() != expectedVersion)
        fail(StoreError::Kind::Stale,
            QCoreApplication::translate(
                "Store", "This %1 was changed elsewhere since it was shown. Nothing was deleted.")
                .arg(rowName(table)));
    // What an organiser builds by hand: losing one is worth a backup first.
    static const QStringList precious = {u"tournaments"_s, u"events"_s, u"players"_s, u"teams"_s, u"phases"_s};
    if (precious.contains(table))
        destructive(u"delete"_s);
    // Dependents first, through this transaction, so the undo log can bring them all back.
    for (const auto &reference : Schema::referencesTo(table)) {
        auto query = exec(u"SELECT id FROM %1 WHERE %2 = ?"_s.arg(reference.table, reference.column), {id});
        QList<qint64> ids;
        while (query.next())
            ids << query.value(0).toLongLong();
        query.finish();
        for (const qint64 childId : std::as_const(ids)) {
            if (reference.onDelete == Schema::Reference::OnDelete::Cascade)
                remove(reference.table, childId, -1);
            else
                update(reference.table, childId, -1, {{reference.column, QVariant()}});
        }
    }
    execCached(u"DELETE FROM %1 WHERE id = ?"_s.arg(table), {id});
    record(table, id, before, {});
}

void StoreTransaction::record(const QString &table, qint64 id, const Image &before, const Image &after)
{
    ++m_writes;
    // A row insertMany() created: its image is taken at undo; deleted again, it leaves no trace.
    for (const qsizetype run : m_bulkRuns.value(table)) {
        auto &entry = m_log[run];
        const auto found = std::lower_bound(entry.inserted.begin(), entry.inserted.end(), id);
        if (found == entry.inserted.end() || *found != id)
            continue;
        if (after.isEmpty()) {
            entry.inserted.erase(found);
            entry.dropped = entry.inserted.isEmpty();
        }
        entry.runsKnown = false; // no longer the rows as written
        return;
    }
    // One entry per row and command: a later write to the same row keeps the first "before".
    auto &ids = m_logIndex[table];
    const auto known = ids.constFind(id);
    if (known != ids.cend()) {
        auto &entry = m_log[*known];
        entry.after = after;
        if (entry.before.isEmpty() && after.isEmpty()) {
            entry.dropped = true;
            ids.remove(id);
        }
        return;
    }
    ids.insert(id, m_log.size());
    m_log.append(LogEntry {table, id, before, after, false, -1, {}, {}, true});
}

bool StoreTransaction::hasChanges() const
{
    return std::any_of(m_log.cbegin(), m_log.cend(), [](const LogEntry &entry) { return !entry.dropped; });
}

quint64 StoreTransaction::rowsDigest(const QString &table, qint64 first, qint64 last)
{
    static const QStringList skipped {u"version"_s, u"updated_at"_s};
    checkTable(table);
    const QString sql = u"SELECT * FROM %1 WHERE id BETWEEN ? AND ? ORDER BY id"_s.arg(table);
    QSqlError error;
    if (m_db.dialect().kind() == SqlDialect::Kind::Sqlite) {
        auto &statement = m_digests[table];
        if (!statement)
            statement = SqliteStatement::prepare(m_db.connection(), sql, &error);
        quint64 digest = 0;
        if (!statement || !statement->digest({first, last}, skipped, &digest, &error))
            throw StoreFailure {m_db.dialect().translate(error, QString())};
        return digest;
    }
    // Other drivers: the values as Qt reads them, in the log's JSON form.
    auto &statement = execCached(sql, {first, last});
    quint64 hash = 14695981039346656037ULL;
    while (statement.query.next()) {
        const auto image = imageOf(statement);
        QByteArray bytes;
        for (qsizetype i = 0; i < image.columns->size(); ++i) {
            if (!skipped.contains(image.columns->at(i)))
                appendJsonValue(bytes, image.columns->at(i), image.values.at(i));
            bytes += ',';
        }
        for (const char c : std::as_const(bytes))
            hash = (hash ^ uchar(c)) * 1099511628211ULL;
    }
    statement.query.finish();
    return hash;
}

QByteArray StoreTransaction::logJson()
{
    // The '"column":' prefixes, once per column list (every row of a statement shares one).
    QHash<const QStringList *, QList<QByteArray>> keys;
    const auto appendImage = [&keys](QByteArray &out, const Image &image) {
        if (image.isEmpty()) {
            out += "null";
            return;
        }
        auto found = keys.find(image.columns.get());
        if (found == keys.end()) {
            QList<QByteArray> prefixes;
            for (const QString &column : *image.columns)
                prefixes << '"' + column.toLatin1() + "\":";
            found = keys.insert(image.columns.get(), prefixes);
        }
        out += '{';
        for (qsizetype i = 0; i < image.columns->size(); ++i) {
            if (i > 0)
                out += ',';
            out += found->at(i);
            appendJsonValue(out, image.columns->at(i), image.values.at(i));
        }
        out += '}';
    };
    QByteArray out;
    out.reserve(m_log.size() * 512);
    out += '[';
    bool first = true;
    for (auto &entry : m_log) {
        if (entry.dropped)
            continue;
        if (!first)
            out += ',';
        first = false;
        if (entry.bulk >= 0) {
            // {"table": t, "inserted": [[first, last, digest], …]}: the ids as runs of consecutive
            // ids, with the digests computed as the rows were written or, failing that, read back.
            if (!entry.runsKnown) {
                entry.runs.clear();
                for (qsizetype i = 0; i < entry.inserted.size();) {
                    qsizetype j = i;
                    while (j + 1 < entry.inserted.size() && entry.inserted.at(j + 1) == entry.inserted.at(j) + 1)
                        ++j;
                    entry.runs.append(LogEntry::Run {entry.inserted.at(i), entry.inserted.at(j), {}});
                    i = j + 1;
                }
            }
            out += "{\"table\":\"" + entry.table.toLatin1() + "\",\"inserted\":[";
            for (qsizetype i = 0; i < entry.runs.size(); ++i) {
                const auto &run = entry.runs.at(i);
                const quint64 digest
                    = entry.runsKnown ? run.digest.value() : rowsDigest(entry.table, run.first, run.last);
                out += (i > 0 ? ",[" : "[") + QByteArray::number(run.first) + ',' + QByteArray::number(run.last) + ",\""
                    + QByteArray::number(digest, 16) + "\"]";
            }
            out += "]}";
            continue;
        }
        out += "{\"table\":\"" + entry.table.toLatin1() + "\",\"id\":" + QByteArray::number(entry.id) + ",\"before\":";
        appendImage(out, entry.before);
        out += ",\"after\":";
        appendImage(out, entry.after);
        out += '}';
    }
    out += ']';
    return out;
}

RowChanges StoreTransaction::rowChanges() const
{
    RowChanges changes;
    changes.reserve(m_log.size());
    for (const auto &entry : m_log) {
        if (entry.dropped)
            continue;
        for (const qint64 id : entry.inserted)
            changes << RowChange {entry.table, id, RowChange::Kind::Inserted};
        if (entry.bulk >= 0)
            continue;
        changes << RowChange {entry.table, entry.id,
            entry.before.isEmpty()      ? RowChange::Kind::Inserted
                : entry.after.isEmpty() ? RowChange::Kind::Deleted
                                        : RowChange::Kind::Updated};
    }
    return changes;
}

// --- Store -----------------------------------------------------------------------------

RowChanges Store::changesOf(const QJsonArray &log)
{
    RowChanges changes;
    for (const auto &value : log) {
        const auto entry = value.toObject();
        // A run of insertMany() rows: {table, inserted: [[first, last, digest], …]}.
        if (const auto inserted = entry.value(u"inserted"_s); inserted.isArray()) {
            for (const auto &range : inserted.toArray()) {
                for (qint64 id = range.toArray().at(0).toInteger(); id <= range.toArray().at(1).toInteger(); ++id)
                    changes << RowChange {entry.value(u"table"_s).toString(), id, RowChange::Kind::Inserted};
            }
            continue;
        }
        RowChange change {
            entry.value(u"table"_s).toString(), entry.value(u"id"_s).toInteger(), RowChange::Kind::Updated};
        if (entry.value(u"before"_s).isNull())
            change.kind = RowChange::Kind::Inserted;
        else if (entry.value(u"after"_s).isNull())
            change.kind = RowChange::Kind::Deleted;
        changes << change;
    }
    return changes;
}

Store::Store(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    qRegisterMetaType<RowChange>();
    qRegisterMetaType<RowChanges>();
    m_checkpointTimer.setSingleShot(true);
    m_checkpointTimer.setInterval(500);
    connect(&m_checkpointTimer, &QTimer::timeout, this, [this] { m_db.checkpoint(); });
    m_watch.setInterval(1000);
    connect(&m_watch, &QTimer::timeout, this, &Store::watch);
    // installTranslator() sends LanguageChange to the application object.
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

bool Store::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance()
        && !(m_undoLabel.isEmpty() && m_redoLabel.isEmpty()))
        Q_EMIT historyChanged();
    return QObject::eventFilter(watched, event);
}

void Store::scheduleCheckpoint()
{
    if (m_db.checkpointDue() && !m_checkpointTimer.isActive())
        m_checkpointTimer.start();
}

Store::~Store() = default;

StoreError Store::open(const QString &path, Database::Access access)
{
    ++m_openGeneration;
    m_watch.stop();
    auto error = access == Database::Access::ReadOnly ? m_db.openReadOnly(path) : m_db.open(path);
    if (error) {
        setConnection(Connection::File);
        return fail(error);
    }
    m_lastError = {};
    m_openedWith = path;
    m_seenCommandId = 0;
    if (m_db.isServer()) {
        auto newest = select(u"SELECT COALESCE(MAX(id), 0) FROM command_log"_s);
        m_seenCommandId = newest.next() ? newest.value(0).toLongLong() : 0;
        listen();
        m_watch.start();
    }
    setConnection(m_db.isServer() ? Connection::Connected : Connection::File);
    refreshHistory();
    Q_EMIT opened();
    return {};
}

void Store::close()
{
    m_watch.stop();
    m_db.close();
    setConnection(Connection::File);
    refreshHistory();
}

StoreError Store::fail(const StoreError &error)
{
    m_lastError = error;
    qCWarning(lcStore).noquote() << error.message;
    Q_EMIT errorOccurred(error.message);
    return error;
}

QSqlQuery Store::select(const QString &sql, const QVariantList &values)
{
    // Read inside a command (a follow-up reading through the store): the rows it wrote first.
    if (m_running)
        m_running->flushBulk();
    QSqlQuery query(m_db.connection());
    // A lost venue server has nothing to read (said once, by the connection's state): the views
    // find no rows, and read everything again once it is back (Store::opened).
    if (m_db.isServer() && !m_db.isOpen()) {
        setConnection(Connection::Reconnecting);
        return query;
    }
    query.setForwardOnly(m_db.dialect().forwardOnlyReads());
    query.prepare(sql);
    for (const auto &value : values)
        query.addBindValue(value);
    if (!query.exec())
        qCWarning(lcStore).noquote() << "query failed:" << sql << query.lastError().text();
    return query;
}

StoreError Store::run(const CommandLabel &label, const std::function<void(StoreTransaction &)> &body, qint64 basis)
{
    if (basis < 0)
        basis = m_seenCommandId; // before beginWrite() catches up: what this desk showed
    if (!m_db.isOpen())
        return fail(StoreError::make(
            StoreError::Kind::Other, QCoreApplication::translate("Store", "No database is open. Nothing was saved.")));
    auto &db = m_db.connection();
    QSqlQuery control(db);
    if (auto error = beginWrite(control))
        return fail(lostOr(error));
    StoreTransaction tx(m_db, m_clock.now().toMSecsSinceEpoch(), m_destructiveHook);
    const QScopedValueRollback running(m_running, &tx);
    bool changedRows = false;
    qint64 commandId = 0;
    m_lastCommandId = 0;
    try {
        body(tx);
        if (m_db.isServer() && m_seenCommandId > basis && tx.hasChanges()) {
            if (const QString conflict = conflictWith(tx, basis, label.text()); !conflict.isEmpty())
                tx.fail(StoreError::Kind::Stale, conflict);
        }
        if (m_followUp && tx.hasChanges())
            m_followUp(tx, tx.rowChanges());
        changedRows = tx.hasChanges();
        if (changedRows) {
            // A new action ends this desk's redo history.
            tx.exec(u"UPDATE command_log SET state = 'discarded', updated_at = ?, version = version + 1 "
                    "WHERE state = 'undone' AND desk = ?"_s,
                {tx.m_nowMs, m_deskName});
            auto inserted = tx.exec(u"INSERT INTO command_log (created_at, updated_at, version, kind, label, changes, "
                                    "state, desk) VALUES (?, ?, 1, 'command', ?, ?, 'done', ?) RETURNING id"_s,
                {tx.m_nowMs, tx.m_nowMs, label.stored(), QString::fromUtf8(tx.logJson()), m_deskName});
            commandId = inserted.next() ? inserted.value(0).toLongLong() : 0;
            inserted.finish();
            publish(tx, commandId);
        }
        if (!control.exec(u"COMMIT"_s))
            throw StoreFailure {m_db.dialect().translate(control.lastError(), QString())};
    } catch (const StoreFailure &failure) {
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return fail(lostOr(failure.error));
    }
    m_lastError = {};
    m_lastCommandId = commandId;
    if (commandId > 0 && m_db.isServer())
        m_seenCommandId = commandId; // the write lock let no other desk's command in before it
    scheduleCheckpoint();
    if (changedRows) {
        refreshHistory();
        Q_EMIT changed(tx.rowChanges());
    }
    return {};
}

QVariantMap Store::restore(StoreTransaction &tx, const QString &table, qint64 id, const QVariantMap &expected,
    const QVariantMap &target, const QString &label, qint64 commandId)
{
    const auto conflict = [&](const QString &why) {
        QString message = why.arg(label, rowName(table));
        // On a venue server, the reason names the other desk's later command it depends on.
        if (const QString by = m_db.isServer() ? lastChangeByOtherDesk(tx, table, id, commandId) : QString();
            !by.isEmpty())
            message += u' ' + QCoreApplication::translate("Store", "Changed since by %1.").arg(by);
        tx.fail(StoreError::Kind::Conflict, message);
    };
    const auto current = tx.row(table, id);
    if (expected.isEmpty() && !current.isEmpty())
        conflict(QCoreApplication::translate(
            "Store", "“%1” cannot be reverted: a %2 it touched exists again. Nothing was changed."));
    if (!expected.isEmpty() && current.isEmpty())
        conflict(QCoreApplication::translate(
            "Store", "“%1” cannot be reverted: a %2 it touched has been deleted since. Nothing was changed."));
    // Compared by content, not version: undo and redo move versions forward, and a row that
    // still holds exactly what the command left is safe to revert.
    const auto content = [](QVariantMap row) {
        row.remove(u"version"_s);
        row.remove(u"updated_at"_s);
        return imageToJson(row);
    };
    if (!expected.isEmpty() && content(current) != content(expected))
        conflict(QCoreApplication::translate(
            "Store", "“%1” cannot be reverted: a %2 it touched has been changed since. Nothing was changed."));

    if (target.isEmpty()) {
        for (const auto &reference : Schema::referencesTo(table)) {
            auto query
                = tx.select(u"SELECT COUNT(*) FROM %1 WHERE %2 = ?"_s.arg(reference.table, reference.column), {id});
            if (query.next() && query.value(0).toLongLong() > 0)
                conflict(QCoreApplication::translate(
                    "Store", "“%1” cannot be reverted: later changes still use this %2. Nothing was changed."));
        }
        tx.exec(u"DELETE FROM %1 WHERE id = ?"_s.arg(table), {id});
        return {};
    }
    QStringList columns;
    QVariantList bound;
    for (auto it = target.cbegin(); it != target.cend(); ++it) {
        if (it.key() == u"id"_s || it.key() == u"updated_at"_s || it.key() == u"version"_s)
            continue;
        checkColumn(it.key());
        columns << it.key();
        bound << it.value();
    }
    const int version = (current.isEmpty() ? target : current).value(u"version"_s).toInt() + 1;
    if (current.isEmpty()) {
        columns << u"id"_s << u"updated_at"_s << u"version"_s;
        bound << id << tx.nowMs() << version;
        const QString marks = QStringList(columns.size(), u"?"_s).join(u", "_s);
        tx.exec(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, columns.join(u", "_s), marks), bound);
    } else {
        QStringList assignments;
        for (const auto &column : std::as_const(columns))
            assignments << column + u" = ?"_s;
        assignments << u"updated_at = ?"_s << u"version = ?"_s;
        bound << tx.nowMs() << version << id;
        tx.exec(u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(table, assignments.join(u", "_s)), bound);
    }
    return tx.row(table, id);
}

QJsonArray Store::expandInserted(StoreTransaction &tx, const QJsonArray &log, const QString &label)
{
    QJsonArray expanded;
    for (const auto &value : log) {
        const auto entry = value.toObject();
        const auto inserted = entry.value(u"inserted"_s);
        if (inserted.isUndefined()) {
            expanded.append(entry);
            continue;
        }
        const auto table = entry.value(u"table"_s).toString();
        checkTable(table);
        for (const auto &range : inserted.toArray()) {
            const qint64 first = range.toArray().at(0).toInteger();
            const qint64 last = range.toArray().at(1).toInteger();
            for (qint64 id = first; id <= last; ++id) {
                const auto row = tx.row(table, id);
                if (row.isEmpty())
                    tx.fail(StoreError::Kind::Conflict,
                        QCoreApplication::translate("Store",
                            "“%1” cannot be reverted: a %2 it touched has been deleted since. Nothing was changed.")
                            .arg(label, rowName(table)));
                expanded.append(QJsonObject {{u"table"_s, table}, {u"id"_s, id},
                    {u"before"_s, QJsonValue(QJsonValue::Null)}, {u"after"_s, imageToJson(row)}});
            }
            // The rows must hold what the command left (created_at included: not another row at that id).
            if (QString::number(tx.rowsDigest(table, first, last), 16) != range.toArray().at(2).toString())
                tx.fail(StoreError::Kind::Conflict,
                    QCoreApplication::translate("Store",
                        "“%1” cannot be reverted: a %2 it touched has been changed since. Nothing was changed.")
                        .arg(label, rowName(table)));
        }
    }
    return expanded;
}

bool Store::step(bool undo)
{
    if (!m_db.isOpen())
        return false;
    auto &db = m_db.connection();
    QSqlQuery control(db);
    if (auto error = beginWrite(control)) {
        fail(lostOr(error));
        return false;
    }
    if (!control.exec(m_db.dialect().deferForeignKeysSql())) {
        fail(m_db.dialect().translate(control.lastError(), QString()));
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return false;
    }
    const DestructiveHook noHook; // undo and redo are themselves undoable: no backup
    StoreTransaction tx(m_db, m_clock.now().toMSecsSinceEpoch(), noHook);
    QJsonArray log;
    qint64 auditId = 0;
    try {
        // This desk's own last command (or first undone one): another desk's stays theirs.
        auto query = tx.select(undo ? u"SELECT id, label, changes FROM command_log WHERE kind = 'command' "
                                      "AND state = 'done' AND desk = ? ORDER BY created_at DESC, id DESC LIMIT 1"_s
                                    : u"SELECT id, label, changes FROM command_log WHERE kind = 'command' "
                                      "AND state = 'undone' AND desk = ? ORDER BY created_at ASC, id ASC LIMIT 1"_s,
            {m_deskName});
        if (!query.next()) {
            QSqlQuery(db).exec(u"ROLLBACK"_s);
            return false;
        }
        const qint64 commandId = query.value(0).toLongLong();
        const QString stored = query.value(1).toString();
        const QString label = CommandLabel::fromStored(stored).text(); // for its refusals
        log = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).array();
        query.finish();
        log = expandInserted(tx, log, label);
        const QString from = undo ? u"after"_s : u"before"_s;
        const QString to = undo ? u"before"_s : u"after"_s;
        for (qsizetype n = 0; n < log.size(); ++n) {
            const qsizetype i = undo ? log.size() - 1 - n : n;
            auto entry = log.at(i).toObject();
            const auto table = entry.value(u"table"_s).toString();
            checkTable(table);
            const auto written
                = restore(tx, table, entry.value(u"id"_s).toInteger(), imageFromJson(entry.value(from).toObject()),
                    imageFromJson(entry.value(to).toObject()), label, commandId);
            // The log keeps the images that match the database, so the opposite step can check them.
            entry.insert(to, written.isEmpty() ? QJsonValue(QJsonValue::Null) : imageToJson(written));
            log.replace(i, entry);
        }
        tx.exec(u"UPDATE command_log SET state = ?, changes = ?, updated_at = ?, version = version + 1 WHERE id = ?"_s,
            {undo ? u"undone"_s : u"done"_s, QString::fromUtf8(QJsonDocument(log).toJson(QJsonDocument::Compact)),
                tx.nowMs(), commandId});
        auto audit = tx.exec(u"INSERT INTO command_log (created_at, updated_at, version, kind, label, changes, state, "
                             "target_id, desk) VALUES (?, ?, 1, ?, ?, '[]', 'audit', ?, ?) RETURNING id"_s,
            {tx.nowMs(), tx.nowMs(), undo ? u"undo"_s : u"redo"_s, stored, commandId, m_deskName});
        auditId = audit.next() ? audit.value(0).toLongLong() : 0;
        audit.finish();
        publish(tx, auditId);
        if (!control.exec(u"COMMIT"_s))
            throw StoreFailure {m_db.dialect().translate(control.lastError(), QString())};
    } catch (const StoreFailure &failure) {
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        fail(lostOr(failure.error));
        return false;
    }
    m_lastError = {};
    if (m_db.isServer())
        m_seenCommandId = auditId;
    scheduleCheckpoint();
    refreshHistory();
    auto changes = changesOf(log);
    if (undo) {
        // Seen from the views, undoing an insert deletes the row and vice versa.
        for (auto &change : changes) {
            if (change.kind == RowChange::Kind::Inserted)
                change.kind = RowChange::Kind::Deleted;
            else if (change.kind == RowChange::Kind::Deleted)
                change.kind = RowChange::Kind::Inserted;
        }
    }
    Q_EMIT changed(changes);
    return true;
}

void Store::adoptExternalCommand(const RowChanges &changes)
{
    if (m_db.isServer()) {
        catchUp(); // the command is in the shared log like any other desk's
        return;
    }
    refreshHistory();
    if (!changes.isEmpty())
        Q_EMIT changed(changes);
}

bool Store::undo()
{
    return step(true);
}

bool Store::redo()
{
    return step(false);
}

QString Store::undoText() const
{
    return m_undoLabel.isEmpty() ? QString() : QCoreApplication::translate("Store", "Undo: %1").arg(undoLabel());
}

QString Store::redoText() const
{
    return m_redoLabel.isEmpty() ? QString() : QCoreApplication::translate("Store", "Redo: %1").arg(redoLabel());
}

void Store::refreshHistory()
{
    QString undoLabel;
    QString redoLabel;
    qint64 redoId = 0;
    if (m_db.isOpen()) {
        auto query = select(u"SELECT label FROM command_log WHERE kind = 'command' AND state = 'done' AND desk = ? "
                            "ORDER BY created_at DESC, id DESC LIMIT 1"_s,
            {m_deskName});
        if (query.next())
            undoLabel = query.value(0).toString();
        query = select(u"SELECT label, id FROM command_log WHERE kind = 'command' AND state = 'undone' AND desk = ? "
                       "ORDER BY created_at ASC, id ASC LIMIT 1"_s,
            {m_deskName});
        if (query.next()) {
            redoLabel = query.value(0).toString();
            redoId = query.value(1).toLongLong();
        }
    }
    if (undoLabel != m_undoLabel || redoLabel != m_redoLabel || redoId != m_redoId) {
        m_undoLabel = undoLabel;
        m_redoLabel = redoLabel;
        m_redoId = redoId;
        Q_EMIT historyChanged();
    }
}

QJsonArray Store::auditLog(int limit)
{
    QJsonArray entries;
    auto query = select(u"SELECT id, created_at, kind, label, state, changes FROM command_log "
                        "ORDER BY created_at DESC, id DESC LIMIT ?"_s,
        {limit});
    while (query.next()) {
        entries.append(QJsonObject {
            {u"id"_s, query.value(0).toLongLong()},
            {u"at"_s, query.value(1).toLongLong()},
            {u"kind"_s, query.value(2).toString()},
            {u"label"_s, CommandLabel::fromStored(query.value(3).toString()).text()},
            {u"state"_s, query.value(4).toString()},
            {u"changes"_s, QJsonDocument::fromJson(query.value(5).toString().toUtf8()).array()},
        });
    }
    return entries;
}

QMap<QString, int> Store::dependents(const QString &table, qint64 id)
{
    QMap<QString, int> counts;
    if (!Schema::isDomainTable(table))
        return counts;
    for (const auto &reference : Schema::referencesTo(table)) {
        auto query = select(u"SELECT COUNT(*) FROM %1 WHERE %2 = ?"_s.arg(reference.table, reference.column), {id});
        if (query.next() && query.value(0).toInt() > 0)
            counts[reference.table] += query.value(0).toInt();
    }
    return counts;
}

QJsonObject Store::imageToJson(const QVariantMap &row)
{
    QJsonObject image;
    for (auto it = row.cbegin(); it != row.cend(); ++it)
        image.insert(it.key(), toJson(it.key(), it.value()));
    return image;
}

QVariantMap Store::imageFromJson(const QJsonObject &image)
{
    QVariantMap row;
    for (auto it = image.begin(); it != image.end(); ++it)
        row.insert(it.key(), fromJson(it.key(), it.value()));
    return row;
}

QVariantMap rowValues(const QVariantMap &values, const QStringList &columns)
{
    QVariantMap row;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!columns.contains(it.key()))
            continue;
        QVariant value = it.value();
        if (value.typeId() == QMetaType::QString) {
            const QString text = value.toString().trimmed();
            value = text.isEmpty() ? QVariant() : QVariant(text);
        }
        row.insert(it.key(), value);
    }
    return row;
}
