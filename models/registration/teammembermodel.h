// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storelistmodel.h"

// The roster of one team (set teamId), with each member's role.
class TeamMemberModel : public StoreListModel
{
    Q_OBJECT
    Q_PROPERTY(qint64 teamId READ teamId WRITE setTeamId NOTIFY teamIdChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< database id of the roster entry
        TagRole, ///< the member's gamer tag (the display text)
        PlayerIdRole, ///< the member's player id
        MemberRoleRole, ///< captain, player, substitute or coach
        VersionRole, ///< row version, passed back with edits
    };
    Q_ENUM(Role)

    explicit TeamMemberModel(Store *store, QObject *parent = nullptr);
    qint64 teamId() const { return m_teamId; }
    void setTeamId(qint64 teamId);

Q_SIGNALS:
    void teamIdChanged();

protected:
    QString selectSql() const override;
    QVariantList selectValues() const override { return {m_teamId}; }
    QString idColumn() const override { return QStringLiteral("m.id"); }
    QString primaryTable() const override { return QStringLiteral("team_members"); }
    QStringList secondaryTables() const override { return {QStringLiteral("players")}; }
    bool hasScope() const override { return m_teamId != 0; }

private:
    qint64 m_teamId = 0;
};
