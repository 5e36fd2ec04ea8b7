// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archiveexporter.h"
#include "archivemanifest.h"
#include "zipdirectory.h"

#include <QHash>
#include <QTemporaryDir>

#include <memory>

class Store;

// Reads an .omnium archive that may come from anywhere. open() checks everything before the
// database is touched: zip structure, names (no traversal, absolute paths, links or
// duplicates), sizes and compression ratios, every entry's CRC and the manifest's SHA-256,
// the format and schema versions, and the embedded database's integrity. Only then can the
// archive be imported into the open database (one command: all or nothing, undoable) or its
// database be saved to be opened on its own.
class ArchiveImporter
{
public:
    // What to do with an archive's player when the open database already has one with the
    // same id and tag, or the same tag: use the existing one, or add the archive's as new.
    enum class PlayerPolicy { Merge, KeepBoth };
    // Old id -> new id, per table: how the archive's rows landed.
    using IdMap = QHash<QString, QHash<qint64, qint64>>;

    explicit ArchiveImporter(const ArchiveLimits &limits = {});
    ~ArchiveImporter();

    ArchiveError open(const QString &path, const ArchiveProgress &progress = {});
    const ArchiveManifest &manifest() const { return m_manifest; }

    // Adds the archive's rows to the store with new ids, as one undoable command.
    ArchiveError importInto(
        Store &store, PlayerPolicy policy, const ArchiveProgress &progress = {}, IdMap *idMap = nullptr);
    // Copies the archive's (checked, migrated) database to path, to be opened as it is.
    ArchiveError saveDatabaseAs(const QString &path);

private:
    ArchiveError extract(const QString &zipPath, const ArchiveProgress &progress);

    ArchiveLimits m_limits;
    ArchiveManifest m_manifest;
    std::unique_ptr<QTemporaryDir> m_temp;
    QString m_databasePath;
    QString m_archivePath;
};
