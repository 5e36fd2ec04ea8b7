// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archiveerror.h"

#include <QString>

#include <functional>

class Store;

// Progress of a long archive operation: (done, total) in bytes; return false to cancel.
using ArchiveProgress = std::function<bool(qint64 done, qint64 total)>;

// Writes an .omnium archive (docs/archive-format.md) of the whole database or of one
// tournament while the app keeps running: the database is snapshotted with VACUUM INTO (a
// consistent copy even while other commands write), trimmed to the tournament if asked,
// and zipped with its media and CSV/JSON copies under a manifest of SHA-256 sums. The
// archive is written beside the target and renamed at the end: a cancelled or failed export
// leaves no half file.
class ArchiveExporter
{
public:
    explicit ArchiveExporter(Store &store);

    // tournamentId 0 exports the whole database. Runs on any thread: the store's own
    // connection is not used (the snapshot is taken on a connection of its own).
    // A tournament's archive holds no staff (they belong to no tournament) and its players'
    // badge ids (what a printed badge's QR code holds) only with includeBadgeIds.
    ArchiveError exportTo(const QString &path, qint64 tournamentId = 0, const ArchiveProgress &progress = {},
        bool includeBadgeIds = false);

private:
    Store &m_store;
};
