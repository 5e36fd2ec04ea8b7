// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHttpHeaders>

// What the overlay server and the player page server answer alike.
namespace HttpCommon {

// Compares without leaking, through timing, how much of a guessed token was right.
inline bool sameSecret(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

// Every answer: never cached (a page names players), never sniffed, never sent on as a referrer.
inline QHttpHeaders headers(const QByteArray &contentType)
{
    QHttpHeaders headers;
    headers.append(QHttpHeaders::WellKnownHeader::ContentType, contentType);
    headers.append(QHttpHeaders::WellKnownHeader::CacheControl, "no-store");
    headers.append("X-Content-Type-Options", "nosniff");
    headers.append("Referrer-Policy", "no-referrer");
    return headers;
}

// The pages' own policy: their scripts and styles only, their own WebSocket only.
inline constexpr char pageContentPolicy[]
    = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
      "base-uri 'none'; form-action 'none'";

} // namespace HttpCommon
