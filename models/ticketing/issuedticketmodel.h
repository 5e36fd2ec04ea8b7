// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ticketingtypes.h"

#include <QAbstractListModel>

// Issued tickets as the backend last listed them (one search at a time), for the Tickets page.
class IssuedTicketModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        TicketIdRole = Qt::UserRole + 1, ///< 16 hex digits
        TicketTypeIdRole, ///< id of its ticket type
        BuyerNameRole, ///< as typed at issue
        StateRole, ///< "valid", "voided" or "redeemed"
        CodeRole, ///< the signed QR code text
        IssuedAtRole, ///< when it was issued
        RedeemedAtRole, ///< entry time, if used
        GateRole, ///< entry gate, if used
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setTickets(const QList<IssuedTicket> &tickets);
    const QList<IssuedTicket> &tickets() const { return m_tickets; }

private:
    QList<IssuedTicket> m_tickets;
};
