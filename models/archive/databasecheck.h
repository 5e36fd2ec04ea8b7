// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Whether an SQLite file from outside (a backup to restore, an archive's snapshot) is an
// Omnium database this version can take, checked before anything opens it for writing or
// runs a migration on it. The file is opened read-only with SQLite's defensive settings
// (trusted_schema off, SQLITE_DBCONFIG_DEFENSIVE), so nothing stored in it (a trigger, a
// view) runs; its whole schema (tables, columns, indexes, triggers, views) must be exactly
// what Omnium's migrations create for its user_version. A file's own trigger would otherwise
// run on the next write and change data the user never touched.
namespace DatabaseCheck {

struct Outcome {
    QString problem; // empty: the file is sound; otherwise the reason in words
    int schemaVersion = 0;
};

Outcome check(const QString &path);

// The schema Omnium's migrations define for `version`, one line per object ("table players:
// CREATE TABLE …"), sorted; from a database built once per version and kept.
QStringList expectedSchema(int version);

} // namespace DatabaseCheck
