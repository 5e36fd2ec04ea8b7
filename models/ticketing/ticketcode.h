// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

// What a ticket code says, in the clear. No personal data: only ids and a validity window.
struct TicketPayload {
    quint8 version = 1;
    quint16 keyId = 0;
    quint64 ticketId = 0;
    quint32 ticketTypeId = 0;
    quint32 eventId = 0;
    QDateTime validFrom; // UTC, second precision
    QDateTime validUntil; // UTC, second precision, exclusive

    friend bool operator==(const TicketPayload &, const TicketPayload &) = default;
};

// The text printed in a ticket's QR code: a 27-byte payload and its Ed25519 signature,
// base64url without padding (122 characters). Compact enough for a small QR code and for
// USB scanners that type it, and checkable offline with the issuer's public key.
class TicketCode
{
public:
    static constexpr int PayloadSize = 27;
    static constexpr int TextLength = 122;
    static constexpr quint8 CurrentVersion = 1;

    enum class ParseError { None, Empty, NotBase64, WrongLength, UnsupportedVersion, BadWindow };

    // Signs the payload with the secret key of payload.keyId. Empty if the key is unusable.
    static QString issue(const TicketPayload &payload, const QByteArray &secretKey);
    // Decodes a code without checking its signature; surrounding whitespace is ignored.
    static std::optional<TicketCode> parse(QStringView text, ParseError *error = nullptr);

    const TicketPayload &payload() const { return m_payload; }
    bool verifySignature(const QByteArray &publicKey) const;

private:
    static QByteArray signedMessage(const QByteArray &payloadBytes);

    TicketPayload m_payload;
    QByteArray m_payloadBytes;
    QByteArray m_signature;
};
