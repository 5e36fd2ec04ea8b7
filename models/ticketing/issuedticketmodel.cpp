// SPDX-License-Identifier: GPL-3.0-or-later
#include "issuedticketmodel.h"

#include "ticketcrypto.h"

int IssuedTicketModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tickets.size());
}

QVariant IssuedTicketModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IssuedTicket &ticket = m_tickets.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TicketIdRole:
        return TicketCrypto::ticketIdToText(ticket.id);
    case TicketTypeIdRole:
        return int(ticket.ticketTypeId);
    case BuyerNameRole:
        return ticket.buyerName;
    case StateRole:
        return IssuedTicket::stateName(ticket.state);
    case CodeRole:
        return ticket.code;
    case IssuedAtRole:
        return ticket.issuedAt;
    case RedeemedAtRole:
        return ticket.redeemedAt;
    case GateRole:
        return ticket.gate;
    default:
        return {};
    }
}

QHash<int, QByteArray> IssuedTicketModel::roleNames() const
{
    return {{TicketIdRole, "ticketId"}, {TicketTypeIdRole, "ticketTypeId"}, {BuyerNameRole, "buyerName"},
        {StateRole, "state"}, {CodeRole, "code"}, {IssuedAtRole, "issuedAt"}, {RedeemedAtRole, "redeemedAt"},
        {GateRole, "gate"}};
}

void IssuedTicketModel::setTickets(const QList<IssuedTicket> &tickets)
{
    beginResetModel();
    m_tickets = tickets;
    endResetModel();
}
