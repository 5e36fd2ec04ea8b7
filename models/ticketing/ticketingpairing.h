// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

// What a gate or the box office needs to talk to omnium-ticketd safely, in one string (pasted,
// or typed by a USB scanner from a QR code): the HTTPS address, the SHA-256 fingerprint of the
// server's certificate (pinned: no other certificate is accepted, even one a CA signed) and a
// token of the right scope.
//   omnium-pair:?url=https%3A%2F%2F192.168.1.10%3A8740&sha256=<64 hex digits>&token=<token>
struct TicketingPairing {
    QUrl endpoint;
    QByteArray certificateSha256; // 32 bytes
    QString token;

    QString toString() const;
    static std::optional<TicketingPairing> parse(QStringView text, QString *error = nullptr);
    // Whether text is meant as a pairing code (right or not), e.g. scanned where tickets are.
    static bool looksLike(QStringView text);
};
