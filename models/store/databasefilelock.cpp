// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasefilelock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QMutex>
#include <QSysInfo>

#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
struct Held {
    std::unique_ptr<QLockFile> file;
    int users = 0;
};

// The process's locks by lock file path; connections on worker threads take them too.
QMutex g_mutex;
std::map<QString, Held> g_held;

// One key for every spelling of the file (relative, through a symbolic link).
QString lockPathFor(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical + u".lock"_s;
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return QDir(folder.isEmpty() ? info.absolutePath() : folder).filePath(info.fileName()) + u".lock"_s;
}
} // namespace

StoreError DatabaseFileLock::acquire(const QString &path)
{
    if (isHeld())
        return {};
    const QString key = lockPathFor(path);
    const QMutexLocker locker(&g_mutex);
    Held &held = g_held[key];
    if (!held.file) {
        auto file = std::make_unique<QLockFile>(key);
        // Held for hours: stale only when its process is gone, never by age.
        file->setStaleLockTime(std::chrono::milliseconds::zero());
        if (!file->tryLock()) {
            g_held.erase(key);
            qint64 pid = 0;
            QString host;
            QString program;
            if (file->error() == QLockFile::LockFailedError) {
                file->getLockInfo(&pid, &host, &program);
                if (host == QSysInfo::machineHostName())
                    return StoreError::make(StoreError::Kind::Locked,
                        QCoreApplication::translate("Store",
                            "%1 is open in %2 on this computer (process %3); close it there first, or use a venue "
                            "server for several desks.")
                            .arg(path, program)
                            .arg(pid));
                // A file on a share: a lock left by a computer that stopped is not seen to be stale.
                return StoreError::make(StoreError::Kind::Locked,
                    QCoreApplication::translate("Store",
                        "%1 is open in %2 on %3 (process %4); close it there first (if that computer is off, "
                        "delete %5), or use a venue server for several desks.")
                        .arg(path, program, host)
                        .arg(pid)
                        .arg(key));
            }
            return StoreError::make(
                file->error() == QLockFile::PermissionError ? StoreError::Kind::ReadOnly : StoreError::Kind::Locked,
                QCoreApplication::translate("Store", "%1 cannot be locked for Omnium: %2 cannot be created.")
                    .arg(path, key));
        }
        held.file = std::move(file);
    }
    ++held.users;
    m_key = key;
    return {};
}

void DatabaseFileLock::release()
{
    if (!isHeld())
        return;
    const QMutexLocker locker(&g_mutex);
    auto it = g_held.find(m_key);
    if (it != g_held.end() && --it->second.users == 0)
        g_held.erase(it); // QLockFile's destructor unlocks and removes the file
    m_key.clear();
}
