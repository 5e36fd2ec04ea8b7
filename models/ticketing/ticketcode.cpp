// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketcode.h"

#include "ticketcrypto.h"

#include <QTimeZone>
#include <QtEndian>

namespace {
// Domain separation: a ledger signature can never pass as a ticket signature.
constexpr char SignatureContext[] = "omnium-ticket-code\n";

template<typename T> void put(QByteArray &out, T value)
{
    char buffer[sizeof(T)];
    qToBigEndian(value, buffer);
    out.append(buffer, sizeof(T));
}

template<typename T> T take(const char *&p)
{
    const T value = qFromBigEndian<T>(p);
    p += sizeof(T);
    return value;
}

quint32 toSeconds(const QDateTime &time)
{
    return quint32(qBound<qint64>(0, time.toSecsSinceEpoch(), 0xffffffffLL));
}
} // namespace

QByteArray TicketCode::signedMessage(const QByteArray &payloadBytes)
{
    return QByteArray(SignatureContext) + payloadBytes;
}

QString TicketCode::issue(const TicketPayload &payload, const QByteArray &secretKey)
{
    QByteArray bytes;
    bytes.reserve(PayloadSize + TicketCrypto::SignatureSize);
    put<quint8>(bytes, payload.version);
    put<quint16>(bytes, payload.keyId);
    put<quint64>(bytes, payload.ticketId);
    put<quint32>(bytes, payload.ticketTypeId);
    put<quint32>(bytes, payload.eventId);
    put<quint32>(bytes, toSeconds(payload.validFrom));
    put<quint32>(bytes, toSeconds(payload.validUntil));
    const QByteArray signature = TicketCrypto::sign(signedMessage(bytes), secretKey);
    if (signature.isEmpty())
        return {};
    return TicketCrypto::toBase64Url(bytes + signature);
}

std::optional<TicketCode> TicketCode::parse(QStringView text, ParseError *error)
{
    auto fail = [error](ParseError e) -> std::optional<TicketCode> {
        if (error)
            *error = e;
        return std::nullopt;
    };
    text = text.trimmed();
    if (text.isEmpty())
        return fail(ParseError::Empty);
    if (text.size() != TextLength)
        return fail(ParseError::WrongLength);
    const auto decoded = TicketCrypto::fromBase64Url(text);
    if (!decoded)
        return fail(ParseError::NotBase64);
    if (decoded->size() != PayloadSize + TicketCrypto::SignatureSize)
        return fail(ParseError::WrongLength);
    // One text per ticket: unused low bits of the last character must be zero.
    if (TicketCrypto::toBase64Url(*decoded) != text)
        return fail(ParseError::NotBase64);

    TicketCode code;
    const char *p = decoded->constData();
    code.m_payload.version = take<quint8>(p);
    if (code.m_payload.version != CurrentVersion)
        return fail(ParseError::UnsupportedVersion);
    code.m_payload.keyId = take<quint16>(p);
    code.m_payload.ticketId = take<quint64>(p);
    code.m_payload.ticketTypeId = take<quint32>(p);
    code.m_payload.eventId = take<quint32>(p);
    code.m_payload.validFrom = QDateTime::fromSecsSinceEpoch(take<quint32>(p), QTimeZone::UTC);
    code.m_payload.validUntil = QDateTime::fromSecsSinceEpoch(take<quint32>(p), QTimeZone::UTC);
    if (code.m_payload.validUntil <= code.m_payload.validFrom)
        return fail(ParseError::BadWindow);
    code.m_payloadBytes = decoded->left(PayloadSize);
    code.m_signature = decoded->mid(PayloadSize);
    if (error)
        *error = ParseError::None;
    return code;
}

bool TicketCode::verifySignature(const QByteArray &publicKey) const
{
    return TicketCrypto::verify(signedMessage(m_payloadBytes), m_signature, publicKey);
}
