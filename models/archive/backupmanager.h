// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMap>
#include <QMutex>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include "store/store.h"
#include "store/storeerror.h"

#include <atomic>

class Store;

// Copies of the database in a backups folder, so an organiser can get back to a known state:
// every N minutes while something changed, and before migrations, imports, restores and
// other destructive actions. Each copy is a consistent SQLite file (VACUUM INTO, taken while
// the app runs) with a small JSON note beside it (when, why, what it holds), written under a
// temporary name and renamed when complete, so an interrupted backup is never listed. Rotation
// keeps the newest `keepLast` and the newest of each of the last `keepDays` days.
class BackupManager : public QObject
{
    Q_OBJECT

public:
    struct Backup {
        QString path;
        QDateTime at;
        QString reason; // "auto", "manual", "migration", "import", "restore", "delete", "reset"
        int schemaVersion = 0;
        QMap<QString, qint64> counts; // tournaments, players, events, matches
        QStringList tournaments;
        qint64 size = 0;
    };

    // Becomes the store's destructive hook: every deletion of a tournament, event, player,
    // team or phase, reset of played matches and import takes a backup first (and is refused
    // if it cannot be taken).
    BackupManager(Store &store, const QString &folder, QObject *parent = nullptr);
    ~BackupManager() override;

    QString folder() const { return m_folder; }
    // 0 switches the automatic backups off.
    void setIntervalMinutes(int minutes);
    int intervalMinutes() const { return m_intervalMinutes; }
    void setKeepLast(int count);
    void setKeepDays(int days);

    // Takes a backup now; returns its path, or empty with *error set. Safe on a worker thread
    // (its own connection; the store's is not used).
    QString backupNow(const QString &reason, QString *error = nullptr);
    // The same, of the database behind `store` (a worker thread's own Store on the same file):
    // a worker never reaches into the main thread's store. Backups are taken one at a time.
    QString backupOf(Store &store, const QString &reason, QString *error = nullptr);
    // The destructive hook for a store: a backup through that store's connection parameters.
    Store::DestructiveHook hookFor(Store &store);
    // Newest first.
    QList<Backup> backups() const;
    // Takes a backup of the current state, then replaces the database with the backup's
    // content and reopens it. The database is unchanged if it fails, and a file that is not a
    // sound Omnium database (DatabaseCheck) is refused with the reason.
    bool restore(const QString &backupPath, QString *error);
    // restore() in two halves, so the long part runs off the GUI thread: prepareRestore()
    // (any thread) checks the backup, backs up the current state and copies the backup
    // beside the database, returning that copy's path (empty with *error set);
    // finishRestore() (the store's thread) swaps it in with one rename over the old file and
    // reopens the store: killed at any point, the file is the old database or the new one.
    QString prepareRestore(const QString &backupPath, QString *error);
    bool finishRestore(const QString &stagedPath, QString *error);
    void rotate();

    // Before the store opens a database an older Omnium wrote: a copy into folder (the
    // migration is not undoable). Returns the copy's path, or empty if none was needed.
    // A consistent copy of the store's database at path (VACUUM INTO). It runs on a connection
    // of its own, so a query the app still has open on the store's connection (which would
    // make SQLite refuse with "SQL statements in progress") does not matter.
    static StoreError snapshot(Store &store, const QString &path);

    static QString backupBeforeMigration(const QString &databasePath, const QString &folder, QString *error);

    // Where the backups of the database at databasePath go: a "backups" folder beside it.
    static QString folderFor(const QString &databasePath);
    // Before a database is opened: a restore killed before its swap left a staged copy beside
    // it. The database is kept as it is (the restore never happened) and the copy removed;
    // with no database at all (a swap by an older version killed halfway), the complete copy
    // becomes the database. Returns what was done, for the log (empty: nothing to do).
    static QString recoverInterruptedRestore(const QString &databasePath);

Q_SIGNALS:
    void backupsChanged();

private:
    void onTimer();
    void rotateLocked();

    Store &m_store;
    QString m_folder;
    QTimer m_timer;
    int m_intervalMinutes = 0;
    int m_keepLast = 20;
    int m_keepDays = 30;
    std::atomic_bool m_dirty = false;
    QMutex m_mutex; // one backup at a time: names, rotation, the timer against a worker
};
