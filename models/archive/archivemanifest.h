// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archiveerror.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

// manifest.json of an .omnium archive (docs/archive-format.md): what is inside, who wrote it
// and the SHA-256 of every other entry, so an import can tell a damaged or altered archive
// from a good one before touching the database.
struct ArchiveManifest {
    static constexpr int currentFormatVersion = 1;
    static constexpr auto fileName = "manifest.json";
    static constexpr auto databaseEntry = "database.sqlite";
    // More entries than any real archive holds (a database, a few CSVs, a photo per player
    // and team): a manifest listing more is refused before anything is checked.
    static constexpr int maxEntries = 100000;

    struct Entry {
        QString name;
        qint64 size = 0;
        QString sha256; // lower-case hex
    };
    struct Tournament {
        qint64 id = 0;
        QString name;
    };

    int formatVersion = currentFormatVersion;
    QString appVersion;
    QDateTime createdAt;
    QString scope; // "database" or "tournament"
    int schemaVersion = 0;
    QList<Tournament> tournaments;
    QMap<QString, qint64> counts; // table -> rows
    QList<Entry> entries;

    QJsonObject toJson() const;
    // Reads and checks the manifest's shape (at most maxEntries entries, each name once); a
    // newer formatVersion is refused by name.
    static ArchiveManifest fromJson(const QByteArray &bytes, ArchiveError *error);
    // By name, in constant time (an archive's entries are each looked up once).
    const Entry *entry(const QString &name) const;

private:
    QHash<QString, qsizetype> m_index; // name -> position in entries, filled by fromJson()
};
