// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupmanager.h"

#include "core/clock.h"
#include "core/logging.h"
#include "databasecheck.h"
#include "store/schema.h"
#include "store/store.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <filesystem>

using namespace Qt::StringLiterals;

namespace {

// A backup or a staged restore being written: not yet complete.
const QString partialSuffix = u".part"_s;
const QString stagedSuffix = u".restoring"_s;

QString fileNameFor(const QDateTime &at, const QString &reason)
{
    return u"omnium-%1-%2.sqlite"_s.arg(at.toUTC().toString(u"yyyyMMdd-HHmmss-zzz"_s), reason);
}

// What a backup holds, for the Restore page, written beside it.
QJsonObject describe(QSqlDatabase &db, const QDateTime &at, const QString &reason, int schemaVersion)
{
    QJsonObject counts;
    for (const auto &table : {u"tournaments"_s, u"events"_s, u"players"_s, u"matches"_s}) {
        QSqlQuery query(db);
        counts.insert(table,
            query.exec(u"SELECT COUNT(*) FROM %1"_s.arg(table)) && query.next() ? query.value(0).toLongLong() : 0);
    }
    QJsonArray tournaments;
    QSqlQuery query(db);
    if (query.exec(u"SELECT name FROM tournaments ORDER BY id"_s)) {
        while (query.next())
            tournaments.append(query.value(0).toString());
    }
    return {{u"at"_s, at.toUTC().toString(Qt::ISODateWithMs)}, {u"reason"_s, reason},
        {u"schemaVersion"_s, schemaVersion}, {u"counts"_s, counts}, {u"tournaments"_s, tournaments}};
}

bool writeNote(const QString &backupPath, const QJsonObject &note)
{
    QFile file(backupPath + u".json"_s);
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(note).toJson()) > 0;
}

void removeBackup(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + u".json"_s);
}

} // namespace

BackupManager::BackupManager(Store &store, const QString &folder, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_folder(folder)
{
    QDir().mkpath(m_folder);
    connect(&m_store, &Store::changed, this, [this] { m_dirty = true; });
    connect(&m_timer, &QTimer::timeout, this, &BackupManager::onTimer);
    m_store.setDestructiveHook(hookFor(m_store));
}

BackupManager::~BackupManager()
{
    m_store.setDestructiveHook({});
}

void BackupManager::setIntervalMinutes(int minutes)
{
    m_intervalMinutes = qMax(0, minutes);
    if (m_intervalMinutes > 0)
        m_timer.start(std::chrono::minutes(m_intervalMinutes));
    else
        m_timer.stop();
}

void BackupManager::setKeepLast(int count)
{
    m_keepLast = qMax(1, count);
}

void BackupManager::setKeepDays(int days)
{
    m_keepDays = qMax(0, days);
}

void BackupManager::onTimer()
{
    if (!m_dirty || !m_store.isOpen())
        return; // nothing new since the last copy
    QString error;
    if (backupNow(u"auto"_s, &error).isEmpty())
        qCWarning(lcArchive) << "automatic backup failed:" << error;
}

QString BackupManager::backupNow(const QString &reason, QString *error)
{
    return backupOf(m_store, reason, error);
}

Store::DestructiveHook BackupManager::hookFor(Store &store)
{
    return [this, &store](const QString &reason) {
        QString error;
        if (backupOf(store, reason, &error).isEmpty())
            return tr("The database could not be backed up first, so nothing was changed: %1").arg(error);
        return QString();
    };
}

QString BackupManager::backupOf(Store &store, const QString &reason, QString *error)
{
    if (!store.isOpen()) {
        if (error)
            *error = tr("No database is open.");
        return {};
    }
    QMutexLocker lock(&m_mutex);
    QDir().mkpath(m_folder);
    const QDateTime at = store.clock().now().toUTC();
    QString path = QDir(m_folder).filePath(fileNameFor(at, reason));
    for (int n = 2; QFile::exists(path); ++n)
        path = QDir(m_folder).filePath(fileNameFor(at, reason + u"-%1"_s.arg(n)));
    // Written under a name the list ignores, renamed once complete: a kill leaves no backup
    // that looks usable.
    const QString partial = path + partialSuffix;
    QFile::remove(partial);
    if (const auto backupError = snapshot(store, partial)) {
        if (error)
            *error = backupError.message;
        QFile::remove(partial);
        return {};
    }
    // Described from the copy: the store may be inside the command this backup precedes.
    {
        static QAtomicInt counter;
        const QString connection = u"omnium-backup-note-%1"_s.arg(counter.fetchAndAddRelaxed(1));
        {
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(partial);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (db.open()) {
                QSqlQuery version(db);
                const int schema
                    = version.exec(u"PRAGMA user_version"_s) && version.next() ? version.value(0).toInt() : 0;
                version.finish();
                writeNote(path, describe(db, at, reason, schema));
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(connection);
    }
    if (!QFile::rename(partial, path)) {
        if (error)
            *error = tr("The backup could not be renamed to %1.").arg(path);
        removeBackup(partial);
        QFile::remove(path + u".json"_s);
        return {};
    }
    m_dirty = false;
    qCInfo(lcArchive) << "backup" << reason << "to" << path;
    rotateLocked();
    lock.unlock(); // a slot may well take a backup itself
    Q_EMIT backupsChanged();
    return path;
}

QList<BackupManager::Backup> BackupManager::backups() const
{
    QList<Backup> list;
    const QDir dir(m_folder);
    for (const auto &info : dir.entryInfoList({u"*.sqlite"_s}, QDir::Files)) {
        Backup backup;
        backup.path = info.absoluteFilePath();
        backup.size = info.size();
        QFile noteFile(backup.path + u".json"_s);
        const auto note
            = noteFile.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(noteFile.readAll()).object() : QJsonObject();
        backup.at = QDateTime::fromString(note.value(u"at"_s).toString(), Qt::ISODateWithMs);
        if (!backup.at.isValid())
            backup.at = info.lastModified().toUTC();
        backup.reason = note.value(u"reason"_s).toString(u"unknown"_s);
        backup.schemaVersion = note.value(u"schemaVersion"_s).toInt();
        const auto counts = note.value(u"counts"_s).toObject();
        for (auto it = counts.begin(); it != counts.end(); ++it)
            backup.counts.insert(it.key(), it.value().toInteger());
        for (const auto &name : note.value(u"tournaments"_s).toArray())
            backup.tournaments << name.toString();
        list << backup;
    }
    std::sort(list.begin(), list.end(),
        [](const Backup &a, const Backup &b) { return a.at != b.at ? a.at > b.at : a.path > b.path; });
    return list;
}

void BackupManager::rotate()
{
    const QMutexLocker lock(&m_mutex);
    rotateLocked();
}

void BackupManager::rotateLocked()
{
    // What a killed backup left behind: a partial copy, a note without its copy.
    const QDir dir(m_folder);
    for (const auto &name : dir.entryList({u"*.sqlite"_s + partialSuffix}, QDir::Files))
        QFile::remove(dir.filePath(name));
    for (const auto &name : dir.entryList({u"*.sqlite.json"_s}, QDir::Files)) {
        if (!QFile::exists(dir.filePath(name.chopped(5))))
            QFile::remove(dir.filePath(name));
    }
    const auto list = backups();
    const QDate today = m_store.clock().now().toUTC().date();
    QSet<QDate> daysKept;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QDate day = list.at(i).at.date();
        const bool recent = i < m_keepLast;
        const bool dailyKeeper = !daysKept.contains(day) && day.daysTo(today) < m_keepDays;
        daysKept.insert(day);
        if (!recent && !dailyKeeper)
            removeBackup(list.at(i).path);
    }
}

bool BackupManager::restore(const QString &backupPath, QString *error)
{
    const QString staged = prepareRestore(backupPath, error);
    return !staged.isEmpty() && finishRestore(staged, error);
}

QString BackupManager::prepareRestore(const QString &backupPath, QString *error)
{
    const auto refuse = [error](const QString &message) {
        if (error)
            *error = message;
        return QString();
    };
    if (!QFile::exists(backupPath))
        return refuse(tr("The backup %1 no longer exists.").arg(backupPath));
    if (m_store.database().dialect().kind() == SqlDialect::Kind::Postgres)
        return refuse(tr("A backup cannot replace a shared PostgreSQL database (every instance would lose its data); "
                         "open the backup as its own database instead."));
    // The backup must be a sound Omnium database this version can open, before anything is replaced.
    if (const auto check = DatabaseCheck::check(backupPath); !check.problem.isEmpty())
        return refuse(tr("The backup cannot be restored: %1.").arg(check.problem));
    QString backupError;
    if (backupNow(u"restore"_s, &backupError).isEmpty())
        return refuse(
            tr("The current state could not be backed up first, so nothing was restored: %1").arg(backupError));

    // Staged beside the database (same file system, so the swap is one rename), under a
    // temporary name until the copy is complete.
    const QString staging = m_store.path() + stagedSuffix;
    QFile::remove(staging + partialSuffix);
    QFile::remove(staging);
    if (!QFile::copy(backupPath, staging + partialSuffix) || !QFile::rename(staging + partialSuffix, staging)) {
        QFile::remove(staging + partialSuffix);
        return refuse(tr("The backup could not be copied next to the database; nothing was restored."));
    }
    return staging;
}

bool BackupManager::finishRestore(const QString &staging, QString *error)
{
    const auto refuse = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QString path = m_store.path();
    m_store.close(); // a clean close checkpoints the log into the file and removes it
    // A log left beside the file would be replayed into the restored one.
    QFile::remove(path + u"-wal"_s);
    QFile::remove(path + u"-shm"_s);
    // One rename over the old file: there is never a moment without a database.
    std::error_code renameError;
    std::filesystem::rename(
        QFile::encodeName(staging).toStdString(), QFile::encodeName(path).toStdString(), renameError);
    if (renameError)
        QFile::remove(staging);
    if (const auto openError = m_store.open(path))
        return refuse(tr("The restored database could not be opened: %1").arg(openError.message));
    if (renameError)
        return refuse(tr("The backup could not take the database's place (%1); the database is as it was.")
                .arg(QString::fromStdString(renameError.message())));
    qCInfo(lcArchive) << "restored" << path << "from a backup";
    Q_EMIT backupsChanged();
    return true;
}

StoreError BackupManager::snapshot(Store &store, const QString &path)
{
    static QAtomicInt counter;
    const QString connection = u"omnium-snapshot-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    StoreError error;
    {
        // The store's connection parameters (a file, or a PostgreSQL server), on a connection of
        // this thread: cloning only copies the parameters.
        const auto &dialect = store.database().dialect();
        auto db = QSqlDatabase::cloneDatabase(store.database().connection(), connection);
        if (!db.open())
            error = dialect.translate(db.lastError(), store.path());
        else if (dialect.kind() == SqlDialect::Kind::Postgres)
            error = Database::copyToSqlite(db, dialect, path); // a backup is an SQLite snapshot there too
        else
            error = dialect.backup(db, path);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

QString BackupManager::backupBeforeMigration(const QString &databasePath, const QString &folder, QString *error)
{
    if (!QFile::exists(databasePath))
        return {};
    const QString connection = u"omnium-backup-migration"_s;
    QString result;
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(databasePath);
        if (db.open()) {
            QSqlQuery query(db);
            const int version = query.exec(u"PRAGMA user_version"_s) && query.next() ? query.value(0).toInt() : 0;
            if (version > 0 && version < Schema::latestVersion()) {
                QDir().mkpath(folder);
                const QDateTime at = QDateTime::currentDateTimeUtc();
                const QString path = QDir(folder).filePath(fileNameFor(at, u"migration"_s));
                QString quoted = path;
                quoted.replace(u"'"_s, u"''"_s);
                if (query.exec(u"VACUUM INTO '%1'"_s.arg(quoted))) {
                    writeNote(path, describe(db, at, u"migration"_s, version));
                    result = path;
                } else if (error) {
                    *error = query.lastError().text();
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

QString BackupManager::folderFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absolutePath() + u"/backups"_s;
}

QString BackupManager::recoverInterruptedRestore(const QString &databasePath)
{
    const QString staged = databasePath + stagedSuffix;
    QFile::remove(staged + partialSuffix); // a copy that never completed
    if (!QFile::exists(staged))
        return {};
    if (!QFile::exists(databasePath) && DatabaseCheck::check(staged).problem.isEmpty()) {
        QFile::rename(staged, databasePath);
        return u"a restore was interrupted while swapping; the restored database was put in place"_s;
    }
    QFile::remove(staged);
    return u"a restore was interrupted before it replaced the database; the database was kept as it was"_s;
}
