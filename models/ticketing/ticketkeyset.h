// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// The issuer's published Ed25519 public keys by key id. Rotation adds a key and retires the
// old one for new tickets, but tickets signed with it stay verifiable: gates keep the set.
class TicketKeySet
{
public:
    struct Key {
        quint16 keyId = 0;
        QByteArray publicKey;
        QDateTime createdAt;
        QDateTime retiredAt; // null while the key signs new tickets
        // Set when the key was compromised: none of its codes is honoured any more (the
        // issuer re-issues the tickets it signed with a current key).
        QDateTime revokedAt;
    };

    void insert(const Key &key);
    QByteArray publicKey(quint16 keyId) const;
    std::optional<Key> key(quint16 keyId) const;
    bool isEmpty() const { return m_keys.isEmpty(); }
    const QList<Key> &keys() const { return m_keys; }

    // {"keys":[{"key_id":1,"public_key":"<base64url>","created_at":"…","retired_at":null,
    //   "revoked_at":null}]}
    QJsonObject toJson() const;
    static std::optional<TicketKeySet> fromJson(const QJsonObject &json, QString *error = nullptr);

private:
    QList<Key> m_keys;
};
