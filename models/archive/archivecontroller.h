// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archiveimporter.h"

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QVariantList>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

class BackupManager;
class Store;

// What the Backups page does: export and import archives (whole database or one tournament)
// with progress and cancel, list and restore backups, and write the single-file exports
// (standings and results as CSV, events as JSON). Long work (export, checking and importing
// an archive, a backup, a restore) runs on a worker thread with connections of its own, so
// the window never freezes; progress and Cancel reach it through atomics. Only the short
// last steps that touch the store's own connection (adopting an import's command, swapping
// a restored file in, opening another database) run back on the GUI thread.
class ArchiveController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ busy NOTIFY progressChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY statusChanged)
    // {path, fileName, at (local time text), reason, reasonText, contents, size}, newest first.
    Q_PROPERTY(QVariantList backups READ backups NOTIFY backupsChanged)
    Q_PROPERTY(QString backupFolder READ backupFolder CONSTANT)
    // The archive checked by inspectArchive(): {scope, appVersion, createdAt, tournaments, contents}.
    Q_PROPERTY(QVariantMap pendingImport READ pendingImport NOTIFY pendingImportChanged)

public:
    ArchiveController(Store &store, BackupManager &backups, QObject *parent = nullptr);
    ~ArchiveController() override;

    bool busy() const { return m_busy; }
    double progress() const { return m_progress; }
    QString status() const { return m_status; }
    QString lastError() const { return m_lastError; }
    QVariantList backups() const;
    QString backupFolder() const;
    QVariantMap pendingImport() const { return m_pendingImport; }

    // The long operations below start in the background and return false if one is already
    // running; finished() tells how it ended (status/lastError say it in words).
    // tournamentId 0: the whole database; includeBadgeIds: a tournament's players keep their
    // badge ids (badges printed for it stay valid where it is imported).
    Q_INVOKABLE bool exportArchive(const QUrl &file, qint64 tournamentId, bool includeBadgeIds = false);
    // Checks an archive completely; on success pendingImport describes it.
    Q_INVOKABLE bool inspectArchive(const QUrl &file);
    // Imports the inspected archive into the open database (after a backup).
    Q_INVOKABLE bool importArchive(bool mergePlayers);
    // Saves the inspected archive's database as file and opens it instead of the current one.
    Q_INVOKABLE bool openArchiveDatabase(const QUrl &file);
    Q_INVOKABLE void discardImport();
    // Stops the running operation at its next check; nothing is changed by a cancelled one
    // (an import's command is rolled back, a half export removed, a staged restore dropped).
    Q_INVOKABLE void cancel() { m_cancelRequested = true; }

    Q_INVOKABLE bool backupNow();
    Q_INVOKABLE bool restoreBackup(const QString &path);

    Q_INVOKABLE bool exportStandingsCsv(qint64 eventId, const QUrl &file);
    Q_INVOKABLE bool exportResultsCsv(qint64 eventId, const QUrl &file);
    Q_INVOKABLE bool exportEventJson(qint64 eventId, const QUrl &file);

Q_SIGNALS:
    void progressChanged();
    void statusChanged();
    void backupsChanged();
    void pendingImportChanged();
    void finished(bool ok);

private:
    using Work = std::function<ArchiveError(const ArchiveProgress &)>;
    using Then = std::function<ArchiveError(const ArchiveError &)>;
    // Runs work on a worker thread, then `then` with its outcome on this thread.
    bool start(const QString &status, Work work, Then then, const QString &success);
    void begin(const QString &status);
    bool finish(const ArchiveError &error, const QString &success);
    bool writeFile(const QUrl &file, const QByteArray &bytes, const QString &what);

    Store &m_store;
    BackupManager &m_backups;
    std::unique_ptr<ArchiveImporter> m_importer;
    QVariantMap m_pendingImport;
    bool m_busy = false;
    std::atomic_bool m_cancelRequested = false;
    std::atomic<qint64> m_done = 0;
    std::atomic<qint64> m_total = 0;
    QThread *m_thread = nullptr;
    QTimer m_progressTimer;
    double m_progress = 0;
    QString m_status;
    QString m_lastError;
};
