// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The database schema as an ordered list of migrations. Migration N takes a database from
// schema version N-1 to N. Statements are portable SQL with the type tokens @ID@, @BLOB@ and
// @JSON@ that SqlDialect::translateDdl() fills in; a statement starting with @SQLITE@ is run on
// SQLite only. Never edit a released migration: add one.
namespace Schema {

// The version this build writes; a database with a higher user_version is refused.
int latestVersion();

// The statements of the migration that produces `version` (1..latestVersion()).
QStringList migration(int version);

// Every table holding domain rows (all have id, created_at, updated_at, version). Generic row
// operations (commands, undo) accept only these names.
const QStringList &domainTables();
bool isDomainTable(const QString &table);

// A foreign key pointing at a table, and what deleting the referenced row does to it.
struct Reference {
    QString table;
    QString column;
    enum class OnDelete { Cascade, SetNull } onDelete;
};
// The references to `table`, mirroring the ON DELETE clauses of the migrations. The store
// applies them itself before deleting, so every cascaded change is in the undo log too.
QList<Reference> referencesTo(const QString &table);

// Columns whose values are binary (stored base64 in the audit log).
bool isBlobColumn(const QString &column);

} // namespace Schema
