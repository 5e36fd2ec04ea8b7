// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ticketingtypes.h"

#include <QFuture>
#include <QUrl>
#include <QtPlugin>

// Where a provider finds its backend. The token is a secret: stored readable only by the
// user and masked in the UI.
struct TicketingSettings {
    QUrl endpoint;
    QString token;
    int timeoutMs = 10000; // per attempt
    int maxAttempts = 3; // retries back off 250 ms, 500 ms, 1 s…; issuing reuses its key
    // SHA-256 of the server's TLS certificate, pinned at pairing: an https endpoint must show
    // exactly this certificate (self-signed is fine), whatever a CA says. Empty: the system's
    // CAs decide.
    QByteArray certificateSha256;
};

// The boundary between Omnium and a ticketing platform: the venue's platform of the day is
// a Qt plugin implementing this, so Omnium never depends on one vendor. Every operation is
// asynchronous (a QFuture fulfilled on the caller's thread) and reports failures as a
// TicketingError, never by throwing or crashing, whatever the backend replies.
class TicketingProvider
{
public:
    virtual ~TicketingProvider() = default;

    // A short stable id ("ledger") and a human name, as in the plugin's metadata.
    virtual QString providerId() const = 0;
    virtual void configure(const TicketingSettings &settings) = 0;

    virtual QFuture<TicketingResult<QList<TicketType>>> listTicketTypes() = 0;
    // Issues request.quantity tickets. The same idempotency key always yields the same
    // tickets, so a retry after a lost reply never sells twice.
    virtual QFuture<TicketingResult<QList<IssuedTicket>>> issueTickets(const IssueRequest &request) = 0;
    // Voids (refund=false) or refunds a ticket; its id joins the revocation list.
    virtual QFuture<TicketingResult<IssuedTicket>> voidTicket(quint64 ticketId, bool refund) = 0;
    // Records an entry. An already used ticket gives accepted=false with the first entry's
    // gate and time; the same nonce sent twice counts once.
    virtual QFuture<TicketingResult<Redemption>> redeem(const RedemptionRequest &request) = 0;
    // Everything that happened after cursor (0 = from the start).
    virtual QFuture<TicketingResult<SyncBatch>> sync(qint64 cursor) = 0;
    virtual QFuture<TicketingResult<TicketKeySet>> fetchPublicKeys() = 0;
    virtual QFuture<TicketingResult<HealthStatus>> health() = 0;

    // Since interface version 2:
    // Creates a ticket type from draft's event, name, price, currency, capacity and validity
    // window (its id and counters are ignored) and returns it as the backend stored it.
    virtual QFuture<TicketingResult<TicketType>> createTicketType(const TicketType &draft) = 0;
    // The signed ledger blocks after sequence `after`, one page at a time, so the client can
    // check the chain itself (LedgerVerifier) against the head it recorded last time.
    virtual QFuture<TicketingResult<LedgerPage>> ledger(qint64 after) = 0;

    // Since interface version 3 (an admin token is needed):
    // The backend's tokens, without their secrets.
    virtual QFuture<TicketingResult<QList<ApiToken>>> listTokens() = 0;
    // A new token of this scope; its secret is in the answer only.
    virtual QFuture<TicketingResult<ApiToken>> createToken(const QString &scope) = 0;
    // A new secret for the token `id` (same scope); the old one stops working at once.
    virtual QFuture<TicketingResult<ApiToken>> rotateToken(const QString &id) = 0;
    virtual QFuture<TicketingResult<ApiToken>> revokeToken(const QString &id) = 0;
};

// The interface version is in the IID: a plugin built against another version is refused
// by TicketingPluginLoader before it is loaded.
// Version 2 added createTicketType() and ledger(); version 3 TicketingSettings::certificateSha256
// and the token calls.
#define TicketingProvider_iid "org.omnium.TicketingProvider/3"
Q_DECLARE_INTERFACE(TicketingProvider, TicketingProvider_iid)
