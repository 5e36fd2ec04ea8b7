// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Why an archive could not be written or was refused, one kind per cause so the organiser
// (and the tests) can tell a damaged USB stick from a hostile file. The message names the
// archive entry involved; nothing in the open database changed when one is returned.
struct ArchiveError {
    enum class Kind {
        None,
        NotZip, // not a zip file at all
        Truncated, // the end of the file is missing (copy interrupted)
        Traversal, // an entry name climbs out of the archive (..)
        AbsolutePath, // an entry name is absolute (/etc/…, C:\…)
        Link, // a symbolic link
        Duplicate, // two entries with the same name
        Aliased, // a name spelt another way ("./x", "a//b")
        Zip64, // ZIP64 records: never written by Omnium
        TooLarge, // an entry or the total is over the limits
        Bomb, // compression ratio far beyond real data (zip bomb)
        Damaged, // data does not match the zip's CRC or cannot be inflated (flipped byte)
        ChecksumMismatch, // data does not match the manifest's SHA-256 (damage; a checksum is no seal)
        NewerVersion, // written by a newer Omnium (archive format or database schema)
        ForeignSchema, // the database's schema is not what Omnium defines (an added trigger, view, column…)
        BadManifest, // manifest.json missing, unreadable or inconsistent with the entries
        Cancelled,
        Io, // reading or writing files failed
        StoreRefused, // the database refused the import
    };
    Kind kind = Kind::None;
    QString message;

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }
    static ArchiveError make(Kind kind, QString message) { return {kind, std::move(message)}; }
    // A stable name for logs and tests ("traversal", "bomb", …).
    static QString kindName(Kind kind);
};
