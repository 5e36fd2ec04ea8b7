// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledgerreply.h"
#include "ticketing/ticketingprovider.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPromise>

#include <functional>
#include <memory>

// The ticketing provider for omnium-ticketd (docs/ticketd-api.md). Each attempt has a
// timeout; unreachable servers and 5xx answers are retried with a growing delay, sending
// the very same request (same idempotency key or nonce), so a retry never issues twice.
class LedgerTicketingProvider
    : public QObject
    , public TicketingProvider
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID TicketingProvider_iid FILE "ledger.json")
    Q_INTERFACES(TicketingProvider)
public:
    explicit LedgerTicketingProvider(QObject *parent = nullptr);

    QString providerId() const override;
    void configure(const TicketingSettings &settings) override;

    QFuture<TicketingResult<QList<TicketType>>> listTicketTypes() override;
    QFuture<TicketingResult<QList<IssuedTicket>>> issueTickets(const IssueRequest &request) override;
    QFuture<TicketingResult<IssuedTicket>> voidTicket(quint64 ticketId, bool refund) override;
    QFuture<TicketingResult<Redemption>> redeem(const RedemptionRequest &request) override;
    QFuture<TicketingResult<SyncBatch>> sync(qint64 cursor) override;
    QFuture<TicketingResult<TicketKeySet>> fetchPublicKeys() override;
    QFuture<TicketingResult<HealthStatus>> health() override;
    QFuture<TicketingResult<TicketType>> createTicketType(const TicketType &draft) override;
    QFuture<TicketingResult<LedgerPage>> ledger(qint64 after) override;
    QFuture<TicketingResult<QList<ApiToken>>> listTokens() override;
    QFuture<TicketingResult<ApiToken>> createToken(const QString &scope) override;
    QFuture<TicketingResult<ApiToken>> rotateToken(const QString &id) override;
    QFuture<TicketingResult<ApiToken>> revokeToken(const QString &id) override;

private:
    struct Call {
        QByteArray verb;
        QString path; // with its query
        QByteArray body;
    };
    using Done = std::function<void(const LedgerReply::Outcome &)>;

    void send(const Call &call, int attempt, Done done);
    template<typename T>
    QFuture<TicketingResult<T>> run(const Call &call, TicketingResult<T> (*parse)(const LedgerReply::Outcome &));

    // Issue requests made in the same event-loop turn go out together as batches, so the
    // server answers many small requests with one transaction and one flush to disk.
    struct PendingIssue {
        IssueRequest request;
        std::shared_ptr<QPromise<TicketingResult<QList<IssuedTicket>>>> promise;
    };
    void sendPendingIssues();

    QList<PendingIssue> m_pendingIssues;
    QNetworkAccessManager m_network;
    TicketingSettings m_settings;
};
