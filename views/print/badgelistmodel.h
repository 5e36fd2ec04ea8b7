// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "badge.h"
#include "badgeroles.h"

#include <QAbstractListModel>
#include <QSortFilterProxyModel>

class BadgeStore;
struct BadgeHolder;
class PrintLog;

// The people who may get a badge, as plain Badge values handed in by the caller (BadgeStore's
// holders in the app, see follow()), with the staff's choice of whom to print. The badge page lists it.
class BadgeListModel : public QAbstractListModel
{
    Q_OBJECT
    // How many entries are ticked for printing.
    Q_PROPERTY(int selectedCount READ selectedCount NOTIFY selectedCountChanged)

public:
    enum Role {
        BadgeIdRole = Qt::UserRole + 1, ///< the id encoded in the QR code
        DisplayNameRole, ///< the printed name
        GamerTagRole, ///< the gamer tag, may be empty
        TeamRole, ///< the team's name, may be empty
        EventRole, ///< the event printed on the badge
        RoleKeyRole, ///< the role's key ("player", "staff", …)
        RoleLabelRole, ///< the role's printed label
        RoleColourRole, ///< the role band's colour
        SelectedRole, ///< ticked for printing (writable)
        PrintedRole, ///< printed before: printing again is a reprint
        StaffIdRole, ///< the staff row (editable on the page), 0 for a player
    };
    Q_ENUM(Role)

    explicit BadgeListModel(QObject *parent = nullptr);

    // Replaces the list; badges ticked before (same id) stay ticked.
    void setBadges(const QList<Badge> &badges);
    // The same from the store's rows, their images decoded (one QImage per distinct image, so a
    // team's logo is embedded once per PDF).
    void setHolders(const QList<BadgeHolder> &holders);
    // Shows the store's people from now on, and their "printed before" from its print log.
    void follow(const BadgeStore &store);
    void setRoles(const BadgeRoleSet &roles);
    // Where PrintedRole looks; call printLogChanged() after appending to it.
    void setPrintLog(const PrintLog *log);
    void printLogChanged();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    int selectedCount() const;
    QList<Badge> selectedBadges() const;
    // The badge with this id; an empty badge (no id) if there is none.
    Badge badge(const QString &badgeId) const;
    const Badge &at(int row) const { return m_badges.at(row); }
    Q_INVOKABLE void setSelected(int row, bool selected);
    // Ticks or unticks every row (the page passes the rows its filter shows through selectRows).
    Q_INVOKABLE void selectRows(const QList<int> &rows, bool selected);

Q_SIGNALS:
    void selectedCountChanged();

private:
    QList<Badge> m_badges;
    QList<bool> m_selected;
    BadgeRoleSet m_roles = BadgeRoleSet::defaults();
    const PrintLog *m_log = nullptr;
};

// The badge list as the page shows it: filtered by a search (name, tag, team, id), a role,
// an event, a team and the check-in state.
class BadgeFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)
    // A role key, or empty for every role.
    Q_PROPERTY(QString roleKey READ roleKey WRITE setRoleKey NOTIFY roleKeyChanged)
    // Only the people playing in this event (0: everyone).
    Q_PROPERTY(qint64 eventId READ eventId WRITE setEventId NOTIFY filterChanged)
    // Only the members of this team (0: everyone).
    Q_PROPERTY(qint64 teamId READ teamId WRITE setTeamId NOTIFY filterChanged)
    // "" (anyone), "checked_in" or "not_checked_in": in the chosen event, or in any event.
    Q_PROPERTY(QString checkIn READ checkIn WRITE setCheckIn NOTIFY filterChanged)

public:
    explicit BadgeFilterModel(BadgeListModel *source, QObject *parent = nullptr);

    QString search() const { return m_search; }
    void setSearch(const QString &search);
    QString roleKey() const { return m_roleKey; }
    void setRoleKey(const QString &roleKey);
    qint64 eventId() const { return m_eventId; }
    void setEventId(qint64 eventId);
    qint64 teamId() const { return m_teamId; }
    void setTeamId(qint64 teamId);
    QString checkIn() const { return m_checkIn; }
    void setCheckIn(const QString &checkIn);

    // Ticks or unticks every row the filter shows.
    Q_INVOKABLE void selectShown(bool selected);

Q_SIGNALS:
    void searchChanged();
    void roleKeyChanged();
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    BadgeListModel *m_badges;
    QString m_search;
    QString m_roleKey;
    qint64 m_eventId = 0;
    qint64 m_teamId = 0;
    QString m_checkIn;
};
