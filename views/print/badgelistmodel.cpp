// SPDX-License-Identifier: GPL-3.0-or-later
#include "badgelistmodel.h"

#include "badges/badgestore.h"
#include "badges/printrecord.h"

#include <QSet>

using namespace Qt::StringLiterals;

BadgeListModel::BadgeListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void BadgeListModel::setBadges(const QList<Badge> &badges)
{
    // Ticks follow the badge id, so a refresh from the store keeps the staff's choice.
    QSet<QString> ticked;
    for (int row = 0; row < m_badges.size(); ++row) {
        if (m_selected.at(row))
            ticked.insert(m_badges.at(row).badgeId);
    }
    beginResetModel();
    m_badges = badges;
    m_selected.clear();
    for (const auto &badge : badges)
        m_selected.append(ticked.contains(badge.badgeId));
    endResetModel();
    Q_EMIT selectedCountChanged();
}

void BadgeListModel::setHolders(const QList<BadgeHolder> &holders)
{
    QHash<QByteArray, QImage> images;
    const auto image = [&images](const QByteArray &bytes) {
        if (bytes.isEmpty())
            return QImage();
        auto it = images.constFind(bytes);
        if (it == images.cend())
            it = images.insert(bytes, QImage::fromData(bytes));
        return *it;
    };
    QList<Badge> badges;
    badges.reserve(holders.size());
    for (const auto &holder : holders) {
        Badge badge;
        badge.badgeId = holder.badgeId;
        badge.displayName = holder.displayName;
        badge.gamerTag = holder.gamerTag;
        badge.team = holder.team;
        badge.teamLogo = image(holder.teamLogo);
        badge.role = holder.role;
        badge.photo = image(holder.photo);
        badge.event = holder.event;
        badge.phoneSecret = holder.phoneSecret;
        badge.staffId = holder.staffId;
        badge.eventIds = holder.eventIds;
        badge.checkedInEventIds = holder.checkedInEventIds;
        badge.teamIds = holder.teamIds;
        badges.append(badge);
    }
    setBadges(badges);
}

void BadgeListModel::follow(const BadgeStore &store)
{
    connect(&store, &BadgeStore::holdersChanged, this, [this, &store] { setHolders(store.holders()); });
    connect(&store, &BadgeStore::printLogChanged, this, &BadgeListModel::printLogChanged);
    setHolders(store.holders());
}

void BadgeListModel::setRoles(const BadgeRoleSet &roles)
{
    m_roles = roles;
    if (!m_badges.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {RoleLabelRole, RoleColourRole});
}

void BadgeListModel::setPrintLog(const PrintLog *log)
{
    m_log = log;
    printLogChanged();
}

void BadgeListModel::printLogChanged()
{
    if (!m_badges.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {PrintedRole});
}

int BadgeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_badges.size());
}

QVariant BadgeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Badge &badge = m_badges.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole:
        return badge.displayName;
    case BadgeIdRole:
        return badge.badgeId;
    case GamerTagRole:
        return badge.gamerTag;
    case TeamRole:
        return badge.team;
    case EventRole:
        return badge.event;
    case RoleKeyRole:
        return badge.role;
    case RoleLabelRole:
        return m_roles.role(badge.role).label;
    case RoleColourRole:
        return m_roles.role(badge.role).colour;
    case SelectedRole:
        return m_selected.at(index.row());
    case PrintedRole:
        return m_log && m_log->wasPrinted(u"badge"_s, badge.badgeId);
    case StaffIdRole:
        return badge.staffId;
    default:
        return {};
    }
}

bool BadgeListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != SelectedRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    setSelected(index.row(), value.toBool());
    return true;
}

Qt::ItemFlags BadgeListModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index) | (index.isValid() ? Qt::ItemIsUserCheckable : Qt::NoItemFlags);
}

QHash<int, QByteArray> BadgeListModel::roleNames() const
{
    return {{BadgeIdRole, "badgeId"}, {DisplayNameRole, "displayName"}, {GamerTagRole, "gamerTag"}, {TeamRole, "team"},
        {EventRole, "event"}, {RoleKeyRole, "roleKey"}, {RoleLabelRole, "roleLabel"}, {RoleColourRole, "roleColour"},
        {SelectedRole, "selected"}, {PrintedRole, "printed"}, {StaffIdRole, "staffId"}};
}

int BadgeListModel::selectedCount() const
{
    return int(m_selected.count(true));
}

QList<Badge> BadgeListModel::selectedBadges() const
{
    QList<Badge> badges;
    for (int row = 0; row < m_badges.size(); ++row) {
        if (m_selected.at(row))
            badges.append(m_badges.at(row));
    }
    return badges;
}

Badge BadgeListModel::badge(const QString &badgeId) const
{
    for (const auto &badge : m_badges) {
        if (badge.badgeId == badgeId)
            return badge;
    }
    return {};
}

void BadgeListModel::setSelected(int row, bool selected)
{
    if (row < 0 || row >= m_selected.size() || m_selected.at(row) == selected)
        return;
    m_selected[row] = selected;
    Q_EMIT dataChanged(index(row), index(row), {SelectedRole});
    Q_EMIT selectedCountChanged();
}

void BadgeListModel::selectRows(const QList<int> &rows, bool selected)
{
    bool changed = false;
    for (const int row : rows) {
        if (row < 0 || row >= m_selected.size() || m_selected.at(row) == selected)
            continue;
        m_selected[row] = selected;
        Q_EMIT dataChanged(index(row), index(row), {SelectedRole});
        changed = true;
    }
    if (changed)
        Q_EMIT selectedCountChanged();
}

BadgeFilterModel::BadgeFilterModel(BadgeListModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_badges(source)
{
    setSourceModel(source);
}

void BadgeFilterModel::setSearch(const QString &search)
{
    if (search == m_search)
        return;
    m_search = search;
    invalidateRowsFilter();
    Q_EMIT searchChanged();
}

void BadgeFilterModel::setRoleKey(const QString &roleKey)
{
    if (roleKey == m_roleKey)
        return;
    m_roleKey = roleKey;
    invalidateRowsFilter();
    Q_EMIT roleKeyChanged();
}

void BadgeFilterModel::setEventId(qint64 eventId)
{
    if (eventId == m_eventId)
        return;
    m_eventId = eventId;
    invalidateRowsFilter();
    Q_EMIT filterChanged();
}

void BadgeFilterModel::setTeamId(qint64 teamId)
{
    if (teamId == m_teamId)
        return;
    m_teamId = teamId;
    invalidateRowsFilter();
    Q_EMIT filterChanged();
}

void BadgeFilterModel::setCheckIn(const QString &checkIn)
{
    if (checkIn == m_checkIn)
        return;
    m_checkIn = checkIn;
    invalidateRowsFilter();
    Q_EMIT filterChanged();
}

void BadgeFilterModel::selectShown(bool selected)
{
    QList<int> rows;
    for (int row = 0; row < rowCount(); ++row)
        rows.append(mapToSource(index(row, 0)).row());
    m_badges->selectRows(rows, selected);
}

bool BadgeFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_roleKey.isEmpty() && index.data(BadgeListModel::RoleKeyRole).toString() != m_roleKey)
        return false;
    const Badge &badge = m_badges->at(sourceRow);
    if (m_eventId && !badge.eventIds.contains(m_eventId))
        return false;
    if (m_teamId && !badge.teamIds.contains(m_teamId))
        return false;
    if (!m_checkIn.isEmpty()) {
        const bool checkedIn
            = m_eventId ? badge.checkedInEventIds.contains(m_eventId) : !badge.checkedInEventIds.isEmpty();
        if (checkedIn != (m_checkIn == u"checked_in"_s))
            return false;
    }
    const QString search = m_search.trimmed();
    if (search.isEmpty())
        return true;
    for (const int role : {BadgeListModel::DisplayNameRole, BadgeListModel::GamerTagRole, BadgeListModel::TeamRole,
             BadgeListModel::BadgeIdRole, BadgeListModel::EventRole}) {
        if (index.data(role).toString().contains(search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
