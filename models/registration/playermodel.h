// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storelistmodel.h"

// Every player of the venue's community, kept current from the store; the Players page and
// the registration pickers filter it with SortFilterModel.
class PlayerModel : public StoreListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< database id
        TagRole, ///< gamer tag (the display text)
        NameRole, ///< real name, may be empty
        CountryRole, ///< ISO 3166 alpha-2 country code, may be empty
        EmailRole, ///< e-mail (personal data), may be empty
        PhoneRole, ///< phone (personal data), may be empty
        NotesRole, ///< free notes
        RatingRole, ///< rating used for seeding, may be null
        HasPhotoRole, ///< whether a photo is stored
        VersionRole, ///< row version, passed back with edits
        TeamsRole, ///< names of the player's teams, comma separated
        SearchKeyRole, ///< folded tag, name and teams for search-as-you-type
    };
    Q_ENUM(Role)

    explicit PlayerModel(Store *store, QObject *parent = nullptr);

protected:
    QString selectSql() const override;
    QString idColumn() const override { return QStringLiteral("p.id"); }
    QString primaryTable() const override { return QStringLiteral("players"); }
    QStringList secondaryTables() const override { return {QStringLiteral("teams"), QStringLiteral("team_members")}; }
    void prepare() override;
    void complete(Row &row) override;

private:
    QHash<qint64, QStringList> m_teamsOfPlayer;
};
