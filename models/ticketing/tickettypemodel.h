// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ticketingtypes.h"

#include <QAbstractListModel>

// The ticket types of the backend with their live counts, for the Tickets page and counters.
class TicketTypeModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< backend id of the type
        NameRole, ///< display name
        PriceCentsRole, ///< price in cents of the currency
        CurrencyRole, ///< ISO 4217 code
        CapacityRole, ///< seats in total
        IssuedRole, ///< tickets issued and not voided
        RedeemedRole, ///< tickets used at a gate
        RemainingRole, ///< seats left to sell
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the rows, keeping rows of unchanged ids in place so views keep their selection.
    void setTypes(const QList<TicketType> &types);
    const QList<TicketType> &types() const { return m_types; }

private:
    QList<TicketType> m_types;
};
