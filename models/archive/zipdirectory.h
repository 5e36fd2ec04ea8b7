// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archiveerror.h"

#include <QByteArray>
#include <QList>
#include <QString>

// Limits an archive must stay within before anything is inflated.
struct ArchiveLimits {
    qint64 maxEntrySize = qint64(2) << 30; // 2 GiB: a database of a very large venue, with photos
    qint64 maxTotalSize = qint64(4) << 30;
    int maxEntries = 100000;
    // Uncompressed/compressed above this (for entries over 1 MiB) is a compression bomb:
    // SQLite pages and CSV compress 3-20 times, never a thousand.
    double maxRatio = 200.0;
};

// The zip's central directory read byte by byte, before KZip sees the file. KZip resolves
// names into a tree (so "../x", "/x" and two entries with the same name are no longer
// visible) and trusts the declared sizes; the checks an untrusted file needs happen here.
class ZipDirectory
{
public:
    struct Entry {
        QByteArray rawName; // as stored, not normalised
        QString name;
        quint16 method = 0; // 0 stored, 8 deflate
        quint32 crc = 0;
        qint64 compressedSize = 0;
        qint64 size = 0;
        quint32 externalAttributes = 0;
        qint64 localHeaderOffset = 0;
        bool isDirectory() const { return name.endsWith(u'/'); }
    };

    // Reads and checks the directory of the file at path: zip structure, names, links,
    // duplicates, sizes and ratios. Returns the first problem found.
    ArchiveError read(const QString &path, const ArchiveLimits &limits);
    const QList<Entry> &entries() const { return m_entries; }

    // The zip CRC-32 (polynomial 0xEDB88320), continued from `crc`.
    static quint32 crc32(quint32 crc, const char *data, qsizetype size);

private:
    QList<Entry> m_entries;
};
