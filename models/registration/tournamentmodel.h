// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storelistmodel.h"

// The tournaments held in this database, newest first when sorted by startsOn.
class TournamentModel : public StoreListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< database id
        NameRole, ///< tournament name (the display text)
        VenueRole, ///< venue, may be empty
        StartsOnRole, ///< first day, ISO date text
        EndsOnRole, ///< last day, ISO date text
        VersionRole, ///< row version, passed back with edits
        EventCountRole, ///< number of events
    };
    Q_ENUM(Role)

    explicit TournamentModel(Store *store, QObject *parent = nullptr);

protected:
    QString selectSql() const override;
    QString idColumn() const override { return QStringLiteral("t.id"); }
    QString primaryTable() const override { return QStringLiteral("tournaments"); }
    QStringList secondaryTables() const override { return {QStringLiteral("events")}; }
};
