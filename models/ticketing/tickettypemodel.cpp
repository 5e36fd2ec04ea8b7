// SPDX-License-Identifier: GPL-3.0-or-later
#include "tickettypemodel.h"

int TicketTypeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_types.size());
}

QVariant TicketTypeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TicketType &type = m_types.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return type.name;
    case IdRole:
        return int(type.id);
    case PriceCentsRole:
        return type.priceCents;
    case CurrencyRole:
        return type.currency;
    case CapacityRole:
        return type.capacity;
    case IssuedRole:
        return type.issued;
    case RedeemedRole:
        return type.redeemed;
    case RemainingRole:
        return type.remaining;
    default:
        return {};
    }
}

QHash<int, QByteArray> TicketTypeModel::roleNames() const
{
    return {{IdRole, "typeId"}, {NameRole, "name"}, {PriceCentsRole, "priceCents"}, {CurrencyRole, "currency"},
        {CapacityRole, "capacity"}, {IssuedRole, "issued"}, {RedeemedRole, "redeemed"}, {RemainingRole, "remaining"}};
}

void TicketTypeModel::setTypes(const QList<TicketType> &types)
{
    bool sameIds = types.size() == m_types.size();
    for (qsizetype i = 0; sameIds && i < types.size(); ++i)
        sameIds = types.at(i).id == m_types.at(i).id;
    if (sameIds) {
        m_types = types;
        if (!m_types.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_types.size()) - 1));
        return;
    }
    beginResetModel();
    m_types = types;
    endResetModel();
}
