// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

// Ticket ids voided or refunded after issue: a signed code stays mathematically valid, so a
// gate refuses it only by knowing it was revoked. Synced from the backend, kept offline.
class RevocationList
{
public:
    void add(quint64 ticketId, const QDateTime &at);
    bool contains(quint64 ticketId) const { return m_revoked.contains(ticketId); }
    QDateTime revokedAt(quint64 ticketId) const { return m_revoked.value(ticketId); }
    qsizetype size() const { return m_revoked.size(); }

    // {"revocations":[{"ticket_id":"<16 hex>","at":"…"}]}
    QJsonObject toJson() const;
    static std::optional<RevocationList> fromJson(const QJsonObject &json, QString *error = nullptr);

private:
    QHash<quint64, QDateTime> m_revoked;
};
