// SPDX-License-Identifier: GPL-3.0-or-later
#include "printhistorymodel.h"

void PrintHistoryModel::setEntries(const QList<Entry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int PrintHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant PrintHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case AtRole:
        return entry.at;
    case Qt::DisplayRole:
    case NameRole:
        return entry.name;
    case BadgeIdRole:
        return entry.badgeId;
    case ReprintRole:
        return entry.reprint;
    case LayoutRole:
        return entry.layout;
    case DesignRole:
        return entry.design;
    case TargetRole:
        return entry.target;
    }
    return {};
}

QHash<int, QByteArray> PrintHistoryModel::roleNames() const
{
    return {{AtRole, "at"}, {NameRole, "name"}, {BadgeIdRole, "badgeId"}, {ReprintRole, "reprint"},
        {LayoutRole, "layout"}, {DesignRole, "design"}, {TargetRole, "target"}};
}
