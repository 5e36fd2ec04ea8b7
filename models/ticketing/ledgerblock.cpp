// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledgerblock.h"

#include "ticketcrypto.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

QByteArray LedgerBlock::canonicalBytes() const
{
    QByteArray out = "omnium-ledger/1\n";
    out += QByteArray::number(sequence) + '\n';
    out += kindName(kind).toLatin1() + '\n';
    out += TicketCrypto::ticketIdToText(ticketId).toLatin1() + '\n';
    out += QByteArray::number(ticketTypeId) + '\n';
    out += QByteArray::number(eventId) + '\n';
    out += QByteArray::number(at.toMSecsSinceEpoch()) + '\n';
    out += detail.toUtf8().toPercentEncoding() + '\n';
    out += previousHash.toHex() + '\n';
    out += QByteArray::number(keyId) + '\n';
    return out;
}

QByteArray LedgerBlock::hash() const
{
    return TicketCrypto::sha256(canonicalBytes() + signature);
}

void LedgerBlock::sign(const QByteArray &secretKey)
{
    signature = TicketCrypto::sign(canonicalBytes(), secretKey);
}

QString LedgerBlock::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Issued:
        return u"issued"_s;
    case Kind::Voided:
        return u"voided"_s;
    case Kind::Redeemed:
        return u"redeemed"_s;
    }
    return {};
}

std::optional<LedgerBlock::Kind> LedgerBlock::kindFromName(QStringView name)
{
    if (name == u"issued")
        return Kind::Issued;
    if (name == u"voided")
        return Kind::Voided;
    if (name == u"redeemed")
        return Kind::Redeemed;
    return std::nullopt;
}

QJsonObject LedgerBlock::toJson() const
{
    return QJsonObject {
        {u"sequence"_s, sequence},
        {u"kind"_s, kindName(kind)},
        {u"ticket_id"_s, TicketCrypto::ticketIdToText(ticketId)},
        {u"ticket_type_id"_s, qint64(ticketTypeId)},
        {u"event_id"_s, qint64(eventId)},
        {u"at_ms"_s, at.toMSecsSinceEpoch()},
        {u"detail"_s, detail},
        {u"previous_hash"_s, QString::fromLatin1(previousHash.toHex())},
        {u"key_id"_s, int(keyId)},
        {u"signature"_s, TicketCrypto::toBase64Url(signature)},
        {u"hash"_s, QString::fromLatin1(hash().toHex())},
    };
}

std::optional<LedgerBlock> LedgerBlock::fromJson(const QJsonObject &json, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<LedgerBlock> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    auto integer = [&json](const QString &key, double max, qint64 *out) {
        const QJsonValue value = json.value(key);
        if (!value.isDouble())
            return false;
        const double d = value.toDouble();
        if (d < 0 || d > max || d != double(qint64(d)))
            return false;
        *out = qint64(d);
        return true;
    };
    LedgerBlock block;
    qint64 number = 0;
    if (!integer(u"sequence"_s, 9007199254740991.0, &number) || number < 1)
        return fail(u"sequence: expected a positive integer"_s);
    block.sequence = number;
    const auto kind = kindFromName(json.value(u"kind"_s).toString());
    if (!kind)
        return fail(u"kind: expected issued, voided or redeemed"_s);
    block.kind = *kind;
    const auto ticketId = TicketCrypto::ticketIdFromText(json.value(u"ticket_id"_s).toString());
    if (!ticketId)
        return fail(u"ticket_id: expected 16 hex digits"_s);
    block.ticketId = *ticketId;
    if (!integer(u"ticket_type_id"_s, 4294967295.0, &number))
        return fail(u"ticket_type_id: expected an integer"_s);
    block.ticketTypeId = quint32(number);
    if (!integer(u"event_id"_s, 4294967295.0, &number))
        return fail(u"event_id: expected an integer"_s);
    block.eventId = quint32(number);
    if (!integer(u"at_ms"_s, 9007199254740991.0, &number))
        return fail(u"at_ms: expected milliseconds since 1970"_s);
    block.at = QDateTime::fromMSecsSinceEpoch(number, QTimeZone::UTC);
    if (!json.value(u"detail"_s).isString())
        return fail(u"detail: expected a string"_s);
    block.detail = json.value(u"detail"_s).toString();
    const QByteArray previous = QByteArray::fromHex(json.value(u"previous_hash"_s).toString().toLatin1());
    if (previous.size() != TicketCrypto::HashSize)
        return fail(u"previous_hash: expected 64 hex digits"_s);
    block.previousHash = previous;
    if (!integer(u"key_id"_s, 65535.0, &number))
        return fail(u"key_id: expected an integer 0–65535"_s);
    block.keyId = quint16(number);
    const auto signature = TicketCrypto::fromBase64Url(json.value(u"signature"_s).toString());
    if (!signature || signature->size() != TicketCrypto::SignatureSize)
        return fail(u"signature: expected a 64-byte base64url signature"_s);
    block.signature = *signature;
    return block;
}
