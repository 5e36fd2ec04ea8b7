// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storelistmodel.h"

// The events of one tournament (set tournamentId; 0 lists the events of every tournament),
// with registration counters.
class EventModel : public StoreListModel
{
    Q_OBJECT
    Q_PROPERTY(qint64 tournamentId READ tournamentId WRITE setTournamentId NOTIFY tournamentIdChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< database id
        NameRole, ///< event name (the display text)
        TournamentIdRole, ///< the tournament it belongs to
        GameRole, ///< game played
        TeamSizeRole, ///< 1 for 1v1, else players per team
        EntrantCapRole, ///< maximum entrants, null for no cap
        VersionRole, ///< row version, passed back with edits
        EntrantCountRole, ///< registered entrants (waiting list excluded)
        WaitlistCountRole, ///< entrants on the waiting list
        CheckedInCountRole, ///< entrants checked in
    };
    Q_ENUM(Role)

    explicit EventModel(Store *store, QObject *parent = nullptr);
    qint64 tournamentId() const { return m_tournamentId; }
    void setTournamentId(qint64 tournamentId);

Q_SIGNALS:
    void tournamentIdChanged();

protected:
    QString selectSql() const override;
    QVariantList selectValues() const override;
    QString idColumn() const override { return QStringLiteral("e.id"); }
    QString primaryTable() const override { return QStringLiteral("events"); }
    QStringList secondaryTables() const override { return {QStringLiteral("entrants")}; }

private:
    qint64 m_tournamentId = 0;
};
