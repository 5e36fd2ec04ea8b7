// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasecheck.h"

#include "store/database.h"
#include "store/schema.h"
#include "store/sqlitestatement.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

// Every schema object but SQLite's own (sqlite_sequence, sqlite_stat1), as "type name: sql"
// with white space folded, sorted.
QStringList schemaOf(QSqlDatabase &db)
{
    static const QRegularExpression space(u"\\s+"_s);
    QStringList lines;
    QSqlQuery query(db);
    if (!query.exec(
            u"SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"_s))
        return {u"unreadable: "_s + query.lastError().text()};
    while (query.next()) {
        const QString sql = query.value(3).toString().simplified().replace(space, u" "_s);
        lines << u"%1 %2 on %3: %4"_s.arg(
            query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), sql);
    }
    lines.sort();
    return lines;
}

QString objectOf(const QString &line)
{
    return line.section(u':', 0, 0);
}

QString describe(const QString &object)
{
    const QString type = object.section(u' ', 0, 0);
    const QString name = object.section(u' ', 1, 1);
    const QString table = object.section(u' ', 3, 3);
    if (type == u"table"_s)
        return QCoreApplication::translate("DatabaseCheck", "the table \"%1\"").arg(name);
    if (type == u"index"_s)
        return QCoreApplication::translate("DatabaseCheck", "the index \"%1\" on %2").arg(name, table);
    if (type == u"trigger"_s)
        return QCoreApplication::translate("DatabaseCheck", "the trigger \"%1\" on %2").arg(name, table);
    if (type == u"view"_s)
        return QCoreApplication::translate("DatabaseCheck", "the view \"%1\"").arg(name);
    return QCoreApplication::translate("DatabaseCheck", "the object \"%1\"").arg(name);
}

// The first difference between the file's schema and Omnium's, in words.
QString schemaDifference(const QStringList &actual, const QStringList &expected)
{
    QHash<QString, QString> expectedByObject;
    for (const auto &line : expected)
        expectedByObject.insert(objectOf(line), line);
    QHash<QString, QString> actualByObject;
    for (const auto &line : actual)
        actualByObject.insert(objectOf(line), line);
    for (const auto &line : actual) {
        const QString object = objectOf(line);
        if (!expectedByObject.contains(object))
            return QCoreApplication::translate("DatabaseCheck", "it holds %1, which Omnium does not define")
                .arg(describe(object));
        if (expectedByObject.value(object) != line)
            return QCoreApplication::translate("DatabaseCheck", "%1 is not defined as Omnium defines it")
                .arg(describe(object));
    }
    for (const auto &line : expected) {
        if (!actualByObject.contains(objectOf(line)))
            return QCoreApplication::translate("DatabaseCheck", "%1 is missing").arg(describe(objectOf(line)));
    }
    return {};
}

} // namespace

namespace DatabaseCheck {

QStringList expectedSchema(int version)
{
    static QMutex mutex;
    static QHash<int, QStringList> built;
    const QMutexLocker lock(&mutex);
    if (const auto it = built.constFind(version); it != built.constEnd())
        return *it;
    QStringList schema;
    QTemporaryDir dir;
    {
        Database database;
        if (dir.isValid() && !database.open(dir.filePath(u"expected.sqlite"_s), version))
            schema = schemaOf(database.connection());
        database.close();
    }
    built.insert(version, schema);
    return schema;
}

Outcome check(const QString &path)
{
    static QAtomicInt counter;
    const QString connection = u"omnium-database-check-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    Outcome outcome;
    if (!QFileInfo(path).isFile()) {
        outcome.problem = QCoreApplication::translate("DatabaseCheck", "the file does not exist");
        return outcome;
    }
    if (QFileInfo(path).size() == 0) {
        outcome.problem
            = QCoreApplication::translate("DatabaseCheck", "the file is empty (a copy that was interrupted)");
        return outcome;
    }
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        // Read-only and immutable: no lock, no -wal/-shm created beside it, whatever its journal mode.
        db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
            + u"?mode=ro&immutable=1"_s);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
        if (!db.open()) {
            outcome.problem = QCoreApplication::translate("DatabaseCheck", "it cannot be opened as a database: %1")
                                  .arg(db.lastError().text());
        } else {
            // Nothing the file defines may run while it is read.
            if (sqlite3 *handle = SqliteStatement::handleOf(db))
                sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
            QSqlQuery query(db);
            query.exec(u"PRAGMA trusted_schema = OFF"_s);
            if (!query.exec(u"PRAGMA integrity_check"_s) || !query.next()) {
                outcome.problem = QCoreApplication::translate("DatabaseCheck", "it is not a database: %1")
                                      .arg(query.lastError().text());
            } else if (const QString integrity = query.value(0).toString(); integrity != u"ok"_s) {
                outcome.problem
                    = QCoreApplication::translate("DatabaseCheck", "the file is damaged: %1").arg(integrity.left(200));
            } else if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
                outcome.problem = QCoreApplication::translate("DatabaseCheck", "its version cannot be read");
            } else {
                outcome.schemaVersion = query.value(0).toInt();
                query.finish();
                if (outcome.schemaVersion <= 0)
                    outcome.problem = QCoreApplication::translate(
                        "DatabaseCheck", "it is not an Omnium database (it holds no Omnium data)");
                else if (outcome.schemaVersion > Schema::latestVersion())
                    outcome.problem = QCoreApplication::translate("DatabaseCheck",
                        "it was written by a newer version of Omnium (database schema %1; this "
                        "version knows up to %2)")
                                          .arg(outcome.schemaVersion)
                                          .arg(Schema::latestVersion());
                else
                    outcome.problem = schemaDifference(schemaOf(db), expectedSchema(outcome.schemaVersion));
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return outcome;
}

} // namespace DatabaseCheck
