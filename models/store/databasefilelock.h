// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storeerror.h"

#include <QString>

// Keeps other Omnium processes out of a SQLite file this process has open. SQLite's own locks
// are POSIX locks, which the kernel drops for the whole process as soon as anything in it
// closes any descriptor of the file (a file dialog sniffing the folder): another process would
// then checkpoint and delete the write-ahead log this one still writes to, losing its commits.
// This lock is a QLockFile beside the file (`<file>.lock`, holding the process id), which no
// close() can drop; a holder that died leaves a stale one, taken over. Held once per process per
// file (counted), as a process's own connections to the file share SQLite's locks.
class DatabaseFileLock
{
public:
    DatabaseFileLock() = default;
    ~DatabaseFileLock() { release(); }
    DatabaseFileLock(const DatabaseFileLock &) = delete;
    DatabaseFileLock &operator=(const DatabaseFileLock &) = delete;

    // Takes the lock for the database file at path (Kind::Locked naming the process that holds
    // it); nothing when this object already holds it.
    StoreError acquire(const QString &path);
    void release();
    bool isHeld() const { return !m_key.isEmpty(); }

private:
    QString m_key; // the lock file's path, canonical
};
