// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "overlaytcpserver.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHttpHeaders>
#include <QWebSocket>

#include <memory>

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

// Takes every WebSocket the HTTP server has upgraded: the TCP server stops counting it against
// its slow-request limits (it is a live page now), a page may send small frames only, and
// take(socket) keeps it. Both servers' newWebSocketConnection handlers.
template<typename Take> void takeWebSockets(QAbstractHttpServer &http, OverlayTcpServer *tcp, Take take)
{
    while (http.hasPendingWebSocketConnections()) {
        auto socket = http.nextPendingWebSocketConnection();
        if (!socket)
            continue;
        if (tcp)
            tcp->markUpgraded(socket->peerAddress(), socket->peerPort());
        socket->setMaxAllowedIncomingFrameSize(1024);
        socket->setMaxAllowedIncomingMessageSize(1024);
        take(std::move(socket));
    }
}

} // namespace HttpCommon
