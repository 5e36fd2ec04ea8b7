// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivecontroller.h"

#include "backupmanager.h"
#include "core/clock.h"
#include "store/store.h"
#include "tournamentdataexporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

QString localPath(const QUrl &file)
{
    return file.isLocalFile() ? file.toLocalFile() : file.toString();
}

QString reasonText(const QString &reason)
{
    if (reason.startsWith(u"auto"_s))
        return ArchiveController::tr("Automatic");
    if (reason.startsWith(u"manual"_s))
        return ArchiveController::tr("By hand");
    if (reason.startsWith(u"migration"_s))
        return ArchiveController::tr("Before an update of the database");
    if (reason.startsWith(u"import"_s))
        return ArchiveController::tr("Before an import");
    if (reason.startsWith(u"restore"_s))
        return ArchiveController::tr("Before a restore");
    if (reason.startsWith(u"delete"_s))
        return ArchiveController::tr("Before a deletion");
    if (reason.startsWith(u"reset"_s))
        return ArchiveController::tr("Before played matches were reset");
    return reason;
}

QString contentsText(const QMap<QString, qint64> &counts, const QStringList &tournaments)
{
    QStringList parts;
    parts << ArchiveController::tr("%n tournament(s)", nullptr, int(counts.value(u"tournaments"_s)))
          << ArchiveController::tr("%n event(s)", nullptr, int(counts.value(u"events"_s)))
          << ArchiveController::tr("%n player(s)", nullptr, int(counts.value(u"players"_s)))
          << ArchiveController::tr("%n match(es)", nullptr, int(counts.value(u"matches"_s)));
    QString text = parts.join(u", "_s);
    if (!tournaments.isEmpty())
        text += u" — "_s + tournaments.mid(0, 3).join(u", "_s) + (tournaments.size() > 3 ? u"…"_s : QString());
    return text;
}

} // namespace

ArchiveController::ArchiveController(Store &store, BackupManager &backups, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_backups(backups)
{
    connect(&m_backups, &BackupManager::backupsChanged, this, &ArchiveController::backupsChanged);
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        const qint64 total = m_total;
        const double progress = total > 0 ? double(m_done) / double(total) : 0;
        if (progress != m_progress) {
            m_progress = progress;
            Q_EMIT progressChanged();
        }
    });
}

ArchiveController::~ArchiveController()
{
    if (m_thread) {
        m_cancelRequested = true;
        m_thread->wait();
        delete m_thread;
    }
}

QVariantList ArchiveController::backups() const
{
    QVariantList list;
    const QLocale locale;
    for (const auto &backup : m_backups.backups()) {
        list.append(QVariantMap {
            {u"path"_s, backup.path},
            {u"fileName"_s, QFileInfo(backup.path).fileName()},
            {u"at"_s, locale.toString(backup.at.toLocalTime(), QLocale::ShortFormat)},
            {u"reason"_s, backup.reason},
            {u"reasonText"_s, reasonText(backup.reason)},
            {u"contents"_s, contentsText(backup.counts, backup.tournaments)},
            {u"size"_s, locale.formattedDataSize(backup.size)},
        });
    }
    return list;
}

QString ArchiveController::backupFolder() const
{
    return m_backups.folder();
}

void ArchiveController::begin(const QString &status)
{
    m_busy = true;
    m_cancelRequested = false;
    m_done = 0;
    m_total = 0;
    m_progress = 0;
    m_status = status;
    m_lastError.clear();
    Q_EMIT progressChanged();
    Q_EMIT statusChanged();
}

bool ArchiveController::finish(const ArchiveError &error, const QString &success)
{
    m_busy = false;
    m_progress = error ? 0 : 1;
    m_status = error ? QString() : success;
    m_lastError = error.message;
    Q_EMIT progressChanged();
    Q_EMIT statusChanged();
    Q_EMIT finished(!error);
    return !error;
}

bool ArchiveController::start(const QString &status, Work work, Then then, const QString &success)
{
    if (m_busy)
        return false;
    begin(status);
    auto outcome = std::make_shared<ArchiveError>();
    const ArchiveProgress progress = [this](qint64 done, qint64 total) {
        m_done = done;
        m_total = total;
        return !m_cancelRequested;
    };
    m_thread = QThread::create([work = std::move(work), progress, outcome] { *outcome = work(progress); });
    connect(m_thread, &QThread::finished, this, [this, outcome, then = std::move(then), success] {
        m_progressTimer.stop();
        m_thread->deleteLater();
        m_thread = nullptr;
        ArchiveError error = *outcome;
        if (then)
            error = then(error);
        finish(error, success);
    });
    m_progressTimer.start();
    m_thread->start();
    return true;
}

bool ArchiveController::exportArchive(const QUrl &file, qint64 tournamentId, bool includeBadgeIds)
{
    const QString path = localPath(file);
    return start(
        tr("Exporting…"),
        [this, path, tournamentId, includeBadgeIds](const ArchiveProgress &progress) {
            return ArchiveExporter(m_store).exportTo(path, tournamentId, progress, includeBadgeIds);
        },
        [path](const ArchiveError &error) {
            if (error)
                QFile::remove(path + u".part"_s);
            return error;
        },
        tr("Exported to %1.").arg(path));
}

bool ArchiveController::inspectArchive(const QUrl &file)
{
    if (m_busy)
        return false;
    discardImport();
    const QString path = localPath(file);
    auto importer = std::make_shared<std::unique_ptr<ArchiveImporter>>(std::make_unique<ArchiveImporter>());
    return start(
        tr("Checking the archive…"),
        [importer, path](const ArchiveProgress &progress) { return (*importer)->open(path, progress); },
        [this, importer, path](const ArchiveError &error) {
            if (error)
                return error;
            const auto &manifest = (*importer)->manifest();
            QStringList names;
            for (const auto &t : manifest.tournaments)
                names << t.name;
            m_pendingImport = {
                {u"scope"_s, manifest.scope},
                {u"appVersion"_s, manifest.appVersion},
                {u"createdAt"_s, QLocale().toString(manifest.createdAt.toLocalTime(), QLocale::ShortFormat)},
                {u"tournaments"_s, names},
                {u"contents"_s, contentsText(manifest.counts, names)},
                {u"fileName"_s, QFileInfo(path).fileName()},
            };
            m_importer = std::move(*importer);
            Q_EMIT pendingImportChanged();
            return error;
        },
        tr("The archive is sound. Choose how to import it."));
}

void ArchiveController::discardImport()
{
    if (m_busy)
        return;
    m_importer.reset();
    if (!m_pendingImport.isEmpty()) {
        m_pendingImport.clear();
        Q_EMIT pendingImportChanged();
    }
}

bool ArchiveController::importArchive(bool mergePlayers)
{
    if (m_busy || !m_importer)
        return false;
    // The import writes through a connection of its own on the worker thread, as one command
    // (the backup before it is taken through that worker's store too, never the GUI thread's);
    // the store then adopts it.
    ArchiveImporter *importer = m_importer.get();
    const QString path = m_store.openedWith();
    const QString desk = m_store.deskName(); // on a venue server, the import is this desk's to undo
    const Clock *clock = &m_store.clock();
    BackupManager *backups = &m_backups;
    const auto policy = mergePlayers ? ArchiveImporter::PlayerPolicy::Merge : ArchiveImporter::PlayerPolicy::KeepBoth;
    auto changes = std::make_shared<RowChanges>();
    return start(
        tr("Importing…"),
        [importer, path, desk, clock, backups, policy, changes](const ArchiveProgress &progress) {
            Store worker(*clock);
            worker.setDeskName(desk);
            if (const auto error = worker.open(path))
                return ArchiveError::make(ArchiveError::Kind::StoreRefused, error.message);
            worker.setDestructiveHook(backups->hookFor(worker));
            QObject::connect(&worker, &Store::changed, [changes](const RowChanges &rows) { *changes = rows; });
            const auto error = importer->importInto(worker, policy, progress);
            worker.close();
            return error;
        },
        [this, changes](const ArchiveError &error) {
            if (!changes->isEmpty())
                m_store.adoptExternalCommand(*changes);
            if (!error) {
                m_busy = false; // lets discardImport() through
                discardImport();
            }
            return error;
        },
        tr("Imported. Undo takes the whole import back."));
}

bool ArchiveController::openArchiveDatabase(const QUrl &file)
{
    if (m_busy || !m_importer)
        return false;
    const QString path = localPath(file);
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_store.path()).absoluteFilePath()) {
        begin({});
        return finish(
            ArchiveError::make(ArchiveError::Kind::Io, tr("Choose another file than the open database.")), {});
    }
    ArchiveImporter *importer = m_importer.get();
    return start(
        tr("Opening the archive's database…"),
        [importer, path](const ArchiveProgress &) { return importer->saveDatabaseAs(path); },
        [this, path](const ArchiveError &error) {
            if (error)
                return error;
            if (const auto openError = m_store.open(path))
                return ArchiveError::make(ArchiveError::Kind::StoreRefused, openError.message);
            m_busy = false;
            discardImport();
            return error;
        },
        tr("Now working in %1.").arg(path));
}

bool ArchiveController::backupNow()
{
    return start(
        tr("Backing up…"),
        [this](const ArchiveProgress &) {
            QString error;
            const auto path = m_backups.backupNow(u"manual"_s, &error);
            return path.isEmpty() ? ArchiveError::make(ArchiveError::Kind::Io, error) : ArchiveError {};
        },
        {}, tr("Backup taken."));
}

bool ArchiveController::restoreBackup(const QString &path)
{
    auto staged = std::make_shared<QString>();
    return start(
        tr("Restoring…"),
        [this, path, staged](const ArchiveProgress &) {
            QString error;
            *staged = m_backups.prepareRestore(path, &error);
            return staged->isEmpty() ? ArchiveError::make(ArchiveError::Kind::Io, error) : ArchiveError {};
        },
        [this, staged](const ArchiveError &error) {
            if (error)
                return error;
            if (m_cancelRequested) {
                QFile::remove(*staged); // the database stays as it is
                return ArchiveError::make(
                    ArchiveError::Kind::Cancelled, tr("The restore was cancelled; nothing was changed."));
            }
            QString restoreError;
            if (!m_backups.finishRestore(*staged, &restoreError))
                return ArchiveError::make(ArchiveError::Kind::Io, restoreError);
            return error;
        },
        tr("Restored. The state before the restore was backed up."));
}

bool ArchiveController::writeFile(const QUrl &file, const QByteArray &bytes, const QString &what)
{
    const QString path = localPath(file);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return finish(
            ArchiveError::make(ArchiveError::Kind::Io, tr("%1 cannot be written: %2").arg(path, out.errorString())),
            {});
    return finish({}, tr("%1 written to %2.").arg(what, path));
}

bool ArchiveController::exportStandingsCsv(qint64 eventId, const QUrl &file)
{
    QString error;
    const auto bytes = TournamentDataExporter(m_store).standingsCsv(eventId, &error);
    if (!error.isEmpty())
        return finish(ArchiveError::make(ArchiveError::Kind::Io, error), {});
    return writeFile(file, bytes, tr("Standings"));
}

bool ArchiveController::exportResultsCsv(qint64 eventId, const QUrl &file)
{
    return writeFile(file, TournamentDataExporter(m_store).resultsCsv(eventId), tr("Results"));
}

bool ArchiveController::exportEventJson(qint64 eventId, const QUrl &file)
{
    QString error;
    const auto bytes = TournamentDataExporter(m_store).eventJson(eventId, &error);
    if (bytes.isEmpty())
        return finish(ArchiveError::make(ArchiveError::Kind::Io, error), {});
    return writeFile(file, bytes, tr("Event"));
}
