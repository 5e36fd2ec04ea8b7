// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketcrypto.h"

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace {
const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}
unsigned char *bytes(QByteArray &data)
{
    return reinterpret_cast<unsigned char *>(data.data());
}
} // namespace

bool TicketCrypto::initialize()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

TicketCrypto::KeyPair TicketCrypto::generateKeyPair()
{
    initialize();
    KeyPair pair;
    pair.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    pair.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(bytes(pair.publicKey), bytes(pair.secretKey));
    return pair;
}

QByteArray TicketCrypto::sign(const QByteArray &message, const QByteArray &secretKey)
{
    initialize();
    if (secretKey.size() != SecretKeySize)
        return {};
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(bytes(signature), nullptr, bytes(message), size_t(message.size()), bytes(secretKey));
    return signature;
}

bool TicketCrypto::verify(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey)
{
    initialize();
    if (signature.size() != SignatureSize || publicKey.size() != PublicKeySize)
        return false;
    return crypto_sign_verify_detached(bytes(signature), bytes(message), size_t(message.size()), bytes(publicKey)) == 0;
}

QByteArray TicketCrypto::sha256(const QByteArray &data)
{
    initialize();
    QByteArray out(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(bytes(out), bytes(data), size_t(data.size()));
    return out;
}

QByteArray TicketCrypto::keyedHash(const QByteArray &data, const QByteArray &salt)
{
    initialize();
    QByteArray out(HashSize, Qt::Uninitialized);
    const QByteArray key = salt.left(crypto_generichash_KEYBYTES_MAX);
    crypto_generichash(bytes(out), size_t(out.size()), bytes(data), size_t(data.size()),
        key.isEmpty() ? nullptr : bytes(key), size_t(key.size()));
    return out;
}

QByteArray TicketCrypto::randomBytes(int count)
{
    initialize();
    QByteArray out(count, Qt::Uninitialized);
    randombytes_buf(out.data(), size_t(out.size()));
    return out;
}

QByteArray TicketCrypto::seal(const QByteArray &plain, const QByteArray &key)
{
    initialize();
    if (key.size() != SealKeySize)
        return {};
    QByteArray sealed = randomBytes(crypto_secretbox_NONCEBYTES);
    sealed.resize(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size());
    crypto_secretbox_easy(
        bytes(sealed) + crypto_secretbox_NONCEBYTES, bytes(plain), size_t(plain.size()), bytes(sealed), bytes(key));
    return sealed;
}

std::optional<QByteArray> TicketCrypto::unseal(const QByteArray &sealed, const QByteArray &key)
{
    initialize();
    constexpr qsizetype Overhead = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES;
    if (key.size() != SealKeySize || sealed.size() < Overhead)
        return std::nullopt;
    QByteArray plain(sealed.size() - Overhead, Qt::Uninitialized);
    if (crypto_secretbox_open_easy(bytes(plain), bytes(sealed) + crypto_secretbox_NONCEBYTES,
            size_t(sealed.size() - crypto_secretbox_NONCEBYTES), bytes(sealed), bytes(key))
        != 0)
        return std::nullopt;
    return plain;
}

quint64 TicketCrypto::randomTicketId()
{
    initialize();
    quint64 id = 0;
    while (id == 0) {
        randombytes_buf(&id, sizeof id);
        id &= 0x7fffffffffffffffULL;
    }
    return id;
}

bool TicketCrypto::equalSecrets(const QByteArray &a, const QByteArray &b)
{
    initialize();
    if (a.size() != b.size())
        return false;
    return sodium_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

QString TicketCrypto::toBase64Url(const QByteArray &data)
{
    return QString::fromLatin1(data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QByteArray> TicketCrypto::fromBase64Url(QStringView text)
{
    for (const QChar c : text) {
        const bool ok = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'
            || c == u'_';
        if (!ok)
            return std::nullopt;
    }
    if (text.size() % 4 == 1)
        return std::nullopt;
    auto result = QByteArray::fromBase64Encoding(text.toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals | QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return result.decoded;
}

QString TicketCrypto::ticketIdToText(quint64 id)
{
    return u"%1"_s.arg(id, 16, 16, QLatin1Char('0'));
}

std::optional<quint64> TicketCrypto::ticketIdFromText(QStringView text)
{
    if (text.size() != 16)
        return std::nullopt;
    bool ok = false;
    const quint64 id = text.toULongLong(&ok, 16);
    if (!ok || id == 0)
        return std::nullopt;
    for (const QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return std::nullopt;
    }
    return id;
}
