// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

// One ticket event in the backend's tamper-evident ledger. Each block holds the hash of the
// previous one and an Ed25519 signature over its canonical bytes, so editing, deleting or
// reordering any block breaks the chain at that block. No personal data: the buyer appears
// only as a salted hash of the e-mail, the gate only by its name.
struct LedgerBlock {
    enum class Kind { Issued, Voided, Redeemed };

    qint64 sequence = 0; // 1, 2, 3… in chain order
    Kind kind = Kind::Issued;
    quint64 ticketId = 0;
    quint32 ticketTypeId = 0;
    quint32 eventId = 0;
    QDateTime at; // UTC, millisecond precision
    QString detail; // issued: buyer hash (hex) or empty; voided: "void"/"refund"; redeemed: gate
    QByteArray previousHash; // 32 bytes; all zero for the first block
    quint16 keyId = 0;
    QByteArray signature;

    // The bytes signed and hashed: a fixed-order text, one field per line.
    QByteArray canonicalBytes() const;
    // SHA-256 of the canonical bytes and the signature: what the next block points to.
    QByteArray hash() const;
    void sign(const QByteArray &secretKey);

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(QStringView name);

    QJsonObject toJson() const;
    static std::optional<LedgerBlock> fromJson(const QJsonObject &json, QString *error = nullptr);
};
