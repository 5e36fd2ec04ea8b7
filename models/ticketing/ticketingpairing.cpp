// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketingpairing.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
constexpr auto Prefix = "omnium-pair:?"_L1;
}

QString TicketingPairing::toString() const
{
    QUrlQuery query;
    query.addQueryItem(u"url"_s, QString::fromUtf8(QUrl::toPercentEncoding(endpoint.toString())));
    query.addQueryItem(u"sha256"_s, QString::fromLatin1(certificateSha256.toHex()));
    query.addQueryItem(u"token"_s, QString::fromUtf8(QUrl::toPercentEncoding(token)));
    return Prefix + query.toString(QUrl::FullyEncoded);
}

bool TicketingPairing::looksLike(QStringView text)
{
    return text.trimmed().startsWith(u"omnium-pair:"_s);
}

std::optional<TicketingPairing> TicketingPairing::parse(QStringView text, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<TicketingPairing> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString trimmed = text.trimmed().toString();
    if (trimmed.size() > 2048)
        return fail(u"the pairing code is too long"_s);
    if (!trimmed.startsWith(Prefix))
        return fail(u"not a pairing code (it starts with omnium-pair:?)"_s);
    const QUrlQuery query(trimmed.mid(Prefix.size()));
    for (const QString &name : {u"url"_s, u"sha256"_s, u"token"_s}) {
        if (query.allQueryItemValues(name).size() != 1)
            return fail(u"%1: expected once"_s.arg(name));
    }
    TicketingPairing pairing;
    pairing.endpoint = QUrl(query.queryItemValue(u"url"_s, QUrl::FullyDecoded), QUrl::StrictMode);
    if (!pairing.endpoint.isValid() || pairing.endpoint.scheme() != u"https" || pairing.endpoint.host().isEmpty()
        || !pairing.endpoint.userInfo().isEmpty() || pairing.endpoint.hasQuery() || pairing.endpoint.hasFragment())
        return fail(u"url: expected an https:// address such as https://192.168.1.10:8740"_s);
    const QString fingerprint = query.queryItemValue(u"sha256"_s, QUrl::FullyDecoded);
    static const QString Hex = u"0123456789abcdefABCDEF"_s;
    if (fingerprint.size() != 64
        || !std::all_of(fingerprint.cbegin(), fingerprint.cend(), [](QChar c) { return Hex.contains(c); }))
        return fail(u"sha256: expected the certificate's fingerprint, 64 hex digits"_s);
    pairing.certificateSha256 = QByteArray::fromHex(fingerprint.toLatin1());
    pairing.token = query.queryItemValue(u"token"_s, QUrl::FullyDecoded);
    if (pairing.token.size() < 16 || pairing.token.size() > 256
        || !std::all_of(pairing.token.cbegin(), pairing.token.cend(),
            [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; }))
        return fail(u"token: expected 16 to 256 printable ASCII characters"_s);
    return pairing;
}
