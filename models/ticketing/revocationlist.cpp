// SPDX-License-Identifier: GPL-3.0-or-later
#include "revocationlist.h"

#include "ticketcrypto.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

void RevocationList::add(quint64 ticketId, const QDateTime &at)
{
    m_revoked.insert(ticketId, at);
}

QJsonObject RevocationList::toJson() const
{
    QJsonArray list;
    for (auto it = m_revoked.cbegin(); it != m_revoked.cend(); ++it) {
        list.append(QJsonObject {{u"ticket_id"_s, TicketCrypto::ticketIdToText(it.key())},
            {u"at"_s, it.value().toUTC().toString(Qt::ISODateWithMs)}});
    }
    return QJsonObject {{u"revocations"_s, list}};
}

std::optional<RevocationList> RevocationList::fromJson(const QJsonObject &json, QString *error)
{
    const QJsonValue list = json.value(u"revocations"_s);
    if (!list.isArray()) {
        if (error)
            *error = u"revocations: expected an array"_s;
        return std::nullopt;
    }
    RevocationList result;
    int index = 0;
    for (const QJsonValue &value : list.toArray()) {
        const auto id = TicketCrypto::ticketIdFromText(value.toObject().value(u"ticket_id"_s).toString());
        if (!id) {
            if (error)
                *error = u"revocations[%1].ticket_id: expected 16 hex digits"_s.arg(index);
            return std::nullopt;
        }
        result.add(*id, QDateTime::fromString(value.toObject().value(u"at"_s).toString(), Qt::ISODateWithMs));
        ++index;
    }
    return result;
}
