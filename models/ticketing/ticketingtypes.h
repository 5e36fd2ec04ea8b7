// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledgerblock.h"
#include "revocationlist.h"
#include "ticketkeyset.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// The records exchanged between Omnium and a ticketing backend, with their JSON form (the
// schema of docs/ticketd-api.md). Shared by the plugins and omnium-ticketd so both sides
// read and write the same fields. Every fromJson() checks types and ranges and names the
// bad field: replies from the network are never trusted.

struct TicketingError {
    enum class Kind {
        None,
        Unreachable, // connection refused, DNS, timeout
        AuthenticationRefused, // 401/403
        SoldOut, // not enough seats left
        NotFound,
        Conflict, // idempotency key reused with other data, ticket already voided…
        InvalidRequest, // 400/413/422: what we sent was refused
        InvalidReply, // what came back is not what the API promises
        ServerError, // 5xx
        NotConfigured,
    };
    Kind kind = Kind::None;
    QString message;
    int httpStatus = 0;
    QString code; // the backend's machine-readable code ("sold_out", "voided"…), if any

    bool isError() const { return kind != Kind::None; }
    static TicketingError make(Kind kind, QString message, int httpStatus = 0, QString code = {})
    {
        return TicketingError {kind, std::move(message), httpStatus, std::move(code)};
    }
};

template<typename T> struct TicketingResult {
    T value {};
    TicketingError error;
    bool ok() const { return !error.isError(); }
};

struct TicketType {
    quint32 id = 0;
    quint32 eventId = 0;
    QString name;
    qint64 priceCents = 0;
    QString currency; // ISO 4217
    qint64 capacity = 0;
    qint64 issued = 0; // not voided
    qint64 redeemed = 0;
    qint64 remaining = 0;
    QDateTime validFrom;
    QDateTime validUntil;

    QJsonObject toJson() const;
    // What POST /v1/ticket-types takes: the fields a new type is made of.
    QJsonObject toCreateJson() const;
    static std::optional<TicketType> fromJson(const QJsonObject &json, QString *error = nullptr);
};

struct IssuedTicket {
    enum class State { Valid, Voided, Redeemed };
    quint64 id = 0;
    quint32 ticketTypeId = 0;
    quint32 eventId = 0;
    QString code;
    QString buyerName;
    State state = State::Valid;
    QDateTime issuedAt;
    QDateTime validFrom;
    QDateTime validUntil;
    QDateTime redeemedAt;
    QString gate;

    static QString stateName(State state);
    QJsonObject toJson() const;
    static std::optional<IssuedTicket> fromJson(const QJsonObject &json, QString *error = nullptr);
};

struct IssueRequest {
    quint32 ticketTypeId = 0;
    int quantity = 1;
    QString buyerName;
    QString buyerEmail; // optional; never on the ticket nor in the ledger
    QString idempotencyKey; // made by the client; the same key always returns the same tickets

    QJsonObject toJson() const;
    static std::optional<IssueRequest> fromJson(const QJsonObject &json, QString *error = nullptr);
};

struct RedemptionRequest {
    static constexpr int MaxGateLength = 100; // characters (code points)
    QString code;
    QString gate;
    QString nonce; // made by the gate once per scan; replays of the same nonce count once
    QDateTime scannedAt;
    // The gate's clock when it sent the request (optional): lets the backend correct the scan
    // time of a gate whose clock is off, and say so.
    QDateTime sentAt;

    QJsonObject toJson() const;
    static std::optional<RedemptionRequest> fromJson(const QJsonObject &json, QString *error = nullptr);
};

struct Redemption {
    quint64 ticketId = 0;
    QString gate;
    QString nonce;
    QDateTime redeemedAt;
    // False when the ticket had already been redeemed by another scan (gate/redeemedAt
    // then say where and when).
    bool accepted = true;
    // How far the gate's clock is ahead of the backend's (negative: behind), when more than a
    // minute; 0 otherwise.
    qint64 clockSkewSeconds = 0;

    QJsonObject toJson() const;
    static std::optional<Redemption> fromJson(const QJsonObject &json, QString *error = nullptr);
};

// What changed since a cursor (the last ledger sequence seen): for gates and for the app.
struct SyncBatch {
    QList<IssuedTicket> issued;
    QList<Redemption> redemptions;
    QList<std::pair<quint64, QDateTime>> revocations;
    qint64 cursor = 0; // pass it back next time
    bool hasMore = false; // more after cursor: ask again at once

    QJsonObject toJson() const;
    static std::optional<SyncBatch> fromJson(const QJsonObject &json, QString *error = nullptr);
};

// A bearer token of the backend as its admin sees it: an id (a hash, never the secret), a
// scope ("gate", "box-office", "admin") and, only in the answer that made it, the secret.
struct ApiToken {
    QString id;
    QString scope;
    QString token; // empty except just after it was made or rotated

    static std::optional<ApiToken> fromJson(const QJsonObject &json, QString *error = nullptr);
};

// One page of the signed ledger (GET /v1/ledger), for checking the chain on this side.
struct LedgerPage {
    QList<LedgerBlock> blocks;
    qint64 head = 0; // the backend's newest sequence

    static std::optional<LedgerPage> fromJson(const QJsonObject &json, QString *error = nullptr);
};

struct HealthStatus {
    bool ok = false;
    QString version;
    qint64 ledgerHead = 0;
    quint16 currentKeyId = 0;

    QJsonObject toJson() const;
    static std::optional<HealthStatus> fromJson(const QJsonObject &json, QString *error = nullptr);
};

// The error object of every non-2xx reply: {"error":{"code":"sold_out","message":"…"}}.
namespace TicketingJson {
QJsonObject errorObject(const QString &code, const QString &message);
TicketingError::Kind kindFromCode(const QString &code, int httpStatus);
// Why a free-text field is refused (too long, counted in characters as people count them;
// control or text-direction characters), or an empty string when it is fine.
QString textProblem(const QString &text, qsizetype maxLength);
bool looksLikeEmail(const QString &text);
} // namespace TicketingJson
