// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archiveimporter.h"

#include <QObject>
#include <QUrl>
#include <QVariantList>

#include <memory>

class BackupManager;
class Store;

// What the Backups page does: export and import archives (whole database or one tournament)
// with progress and cancel, list and restore backups, and write the single-file exports
// (standings and results as CSV, events as JSON). Long work runs on the GUI thread and lets
// events through between chunks, so the page stays responsive and Cancel works.
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

    // tournamentId 0: the whole database.
    Q_INVOKABLE bool exportArchive(const QUrl &file, qint64 tournamentId);
    // Checks an archive completely; on success pendingImport describes it.
    Q_INVOKABLE bool inspectArchive(const QUrl &file);
    // Imports the inspected archive into the open database (after a backup).
    Q_INVOKABLE bool importArchive(bool mergePlayers);
    // Saves the inspected archive's database as file and opens it instead of the current one.
    Q_INVOKABLE bool openArchiveDatabase(const QUrl &file);
    Q_INVOKABLE void discardImport();
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

private:
    ArchiveProgress progressCallback(bool allowInput = true);
    void begin(const QString &status);
    bool finish(const ArchiveError &error, const QString &success);
    bool writeFile(const QUrl &file, const QByteArray &bytes, const QString &what);

    Store &m_store;
    BackupManager &m_backups;
    std::unique_ptr<ArchiveImporter> m_importer;
    QVariantMap m_pendingImport;
    bool m_busy = false;
    bool m_cancelRequested = false;
    double m_progress = 0;
    QString m_status;
    QString m_lastError;
};
