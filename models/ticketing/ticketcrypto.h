// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

// The few libsodium primitives tickets need (Ed25519, SHA-256, keyed BLAKE2b, randomness)
// behind Qt types, so the rest of the ticketing code never touches raw buffers.
class TicketCrypto
{
public:
    static constexpr int PublicKeySize = 32;
    static constexpr int SecretKeySize = 64;
    static constexpr int SignatureSize = 64;
    static constexpr int HashSize = 32;

    struct KeyPair {
        QByteArray publicKey;
        QByteArray secretKey;
    };

    // Initialises libsodium once; every other function calls it. False if it cannot start.
    static bool initialize();

    static KeyPair generateKeyPair();
    static QByteArray sign(const QByteArray &message, const QByteArray &secretKey);
    static bool verify(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey);
    static QByteArray sha256(const QByteArray &data);
    // A salted, keyed hash (BLAKE2b-256): links a buyer's tickets without revealing the e-mail.
    static QByteArray keyedHash(const QByteArray &data, const QByteArray &salt);
    static QByteArray randomBytes(int count);
    // Authenticated secret-key encryption (XSalsa20-Poly1305) of a secret at rest: the
    // random nonce comes first. unseal() is empty when the key is wrong or the data altered.
    static constexpr int SealKeySize = 32;
    static QByteArray seal(const QByteArray &plain, const QByteArray &key);
    static std::optional<QByteArray> unseal(const QByteArray &sealed, const QByteArray &key);
    // A random non-zero 63-bit ticket id: ids are not guessable nor consecutive.
    static quint64 randomTicketId();
    // Constant-time comparison for secrets such as bearer tokens.
    static bool equalSecrets(const QByteArray &a, const QByteArray &b);

    static QString toBase64Url(const QByteArray &data);
    static std::optional<QByteArray> fromBase64Url(QStringView text);

    // Ticket ids travel in JSON as 16 lower-case hex digits (JSON numbers lose 64-bit ids).
    static QString ticketIdToText(quint64 id);
    static std::optional<quint64> ticketIdFromText(QStringView text);
};
