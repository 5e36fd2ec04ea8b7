// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storelistmodel.h"

// The entrants of one event (set eventId): registration, the check-in desk and seeding all
// show this model, so a seed or a check-in appears everywhere at once.
class EntrantModel : public StoreListModel
{
    Q_OBJECT
    Q_PROPERTY(qint64 eventId READ eventId WRITE setEventId NOTIFY eventIdChanged)
    Q_PROPERTY(int registeredCount READ registeredCount NOTIFY countersChanged)
    Q_PROPERTY(int checkedInCount READ checkedInCount NOTIFY countersChanged)
    Q_PROPERTY(int waitlistCount READ waitlistCount NOTIFY countersChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< database id of the entrant
        NameRole, ///< player tag or team name (the display text)
        PlayerIdRole, ///< the player, or null for a team entrant
        TeamIdRole, ///< the team, or null for a player entrant
        RealNameRole, ///< the player's real name, may be empty
        SeedRole, ///< seed (1 = best), null when not seeded
        CheckInRole, ///< pending, checked_in or no_show
        CheckedInRole, ///< whether checked in (for filters)
        CheckedInAtRole, ///< check-in time, UTC ms since epoch, or null
        WaitlistedRole, ///< whether on the waiting list
        RatingRole, ///< the player's rating, may be null
        RegisteredAtRole, ///< registration time, UTC ms since epoch
        VersionRole, ///< row version, passed back with edits
        SearchKeyRole, ///< folded name and real name for search-as-you-type
    };
    Q_ENUM(Role)

    explicit EntrantModel(Store *store, QObject *parent = nullptr);
    qint64 eventId() const { return m_eventId; }
    void setEventId(qint64 eventId);
    int registeredCount() const { return m_registered; }
    int checkedInCount() const { return m_checkedIn; }
    int waitlistCount() const { return m_waitlisted; }

Q_SIGNALS:
    void eventIdChanged();
    void countersChanged();

protected:
    QString selectSql() const override;
    QVariantList selectValues() const override { return {m_eventId}; }
    QString idColumn() const override { return QStringLiteral("e.id"); }
    QString primaryTable() const override { return QStringLiteral("entrants"); }
    QStringList secondaryTables() const override { return {QStringLiteral("players"), QStringLiteral("teams")}; }
    bool hasScope() const override { return m_eventId != 0; }
    void complete(Row &row) override;
    void rowsChangedHook() override;

private:
    qint64 m_eventId = 0;
    int m_registered = 0;
    int m_checkedIn = 0;
    int m_waitlisted = 0;
};
