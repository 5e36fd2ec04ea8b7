// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storelistmodel.h"

// The teams with their roster summary, for the Teams page and team registration.
class TeamModel : public StoreListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< database id
        NameRole, ///< team name (the display text)
        TagRole, ///< short tag, may be empty
        NotesRole, ///< free notes
        HasLogoRole, ///< whether a logo is stored
        VersionRole, ///< row version, passed back with edits
        MemberCountRole, ///< number of roster entries
        MembersRole, ///< members' tags, comma separated
        SearchKeyRole, ///< folded name, tag and members for search-as-you-type
    };
    Q_ENUM(Role)

    explicit TeamModel(Store *store, QObject *parent = nullptr);

protected:
    QString selectSql() const override;
    QString idColumn() const override { return QStringLiteral("t.id"); }
    QString primaryTable() const override { return QStringLiteral("teams"); }
    QStringList secondaryTables() const override { return {QStringLiteral("team_members"), QStringLiteral("players")}; }
    void prepare() override;
    void complete(Row &row) override;

private:
    QHash<qint64, QStringList> m_members;
};
