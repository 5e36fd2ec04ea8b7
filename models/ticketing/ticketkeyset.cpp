// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketkeyset.h"

#include "ticketcrypto.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

void TicketKeySet::insert(const Key &key)
{
    for (Key &existing : m_keys) {
        if (existing.keyId == key.keyId) {
            existing = key;
            return;
        }
    }
    m_keys.append(key);
}

QByteArray TicketKeySet::publicKey(quint16 keyId) const
{
    for (const Key &key : m_keys) {
        if (key.keyId == keyId)
            return key.publicKey;
    }
    return {};
}

std::optional<TicketKeySet::Key> TicketKeySet::key(quint16 keyId) const
{
    for (const Key &key : m_keys) {
        if (key.keyId == keyId)
            return key;
    }
    return std::nullopt;
}

QJsonObject TicketKeySet::toJson() const
{
    QJsonArray keys;
    for (const Key &key : m_keys) {
        keys.append(QJsonObject {
            {u"key_id"_s, int(key.keyId)},
            {u"public_key"_s, TicketCrypto::toBase64Url(key.publicKey)},
            {u"created_at"_s, key.createdAt.toUTC().toString(Qt::ISODateWithMs)},
            {u"retired_at"_s,
                key.retiredAt.isValid() ? QJsonValue(key.retiredAt.toUTC().toString(Qt::ISODateWithMs))
                                        : QJsonValue(QJsonValue::Null)},
            {u"revoked_at"_s,
                key.revokedAt.isValid() ? QJsonValue(key.revokedAt.toUTC().toString(Qt::ISODateWithMs))
                                        : QJsonValue(QJsonValue::Null)},
        });
    }
    return QJsonObject {{u"keys"_s, keys}};
}

std::optional<TicketKeySet> TicketKeySet::fromJson(const QJsonObject &json, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<TicketKeySet> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QJsonValue keys = json.value(u"keys"_s);
    if (!keys.isArray())
        return fail(u"keys: expected an array"_s);
    TicketKeySet set;
    int index = 0;
    for (const QJsonValue &value : keys.toArray()) {
        const QString where = u"keys[%1]"_s.arg(index++);
        if (!value.isObject())
            return fail(where + u": expected an object"_s);
        const QJsonObject object = value.toObject();
        const double keyId = object.value(u"key_id"_s).toDouble(-1);
        if (keyId < 0 || keyId > 65535 || keyId != double(int(keyId)))
            return fail(where + u".key_id: expected an integer 0–65535"_s);
        const auto publicKey = TicketCrypto::fromBase64Url(object.value(u"public_key"_s).toString());
        if (!publicKey || publicKey->size() != TicketCrypto::PublicKeySize)
            return fail(where + u".public_key: expected a 32-byte base64url Ed25519 key"_s);
        Key key;
        key.keyId = quint16(keyId);
        key.publicKey = *publicKey;
        key.createdAt = QDateTime::fromString(object.value(u"created_at"_s).toString(), Qt::ISODateWithMs);
        key.retiredAt = QDateTime::fromString(object.value(u"retired_at"_s).toString(), Qt::ISODateWithMs);
        key.revokedAt = QDateTime::fromString(object.value(u"revoked_at"_s).toString(), Qt::ISODateWithMs);
        set.insert(key);
    }
    return set;
}
