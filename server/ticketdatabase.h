// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ticketing/ledgerblock.h"
#include "ticketing/ticketingtypes.h"
#include "ticketing/ticketkeyset.h"

#include <QJsonObject>
#include <QString>

#include <optional>

class Clock;

// omnium-ticketd's storage: one SQLite file holding signing keys, ticket types, tickets,
// idempotency keys, redemptions and the signed ledger. Every operation is one transaction
// (BEGIN IMMEDIATE), so capacity checks and ledger appends stay right even if two
// processes share the file; the ledger head is re-read inside each transaction.
class TicketDatabase
{
public:
    // The outcome of an operation: an HTTP-like status, an error code for the API, a message.
    struct Outcome {
        int status = 200;
        QString code; // empty on success
        QString message;
        QJsonObject body;
    };

    explicit TicketDatabase(const Clock &clock);
    ~TicketDatabase();
    TicketDatabase(const TicketDatabase &) = delete;
    TicketDatabase &operator=(const TicketDatabase &) = delete;

    bool open(const QString &fileName, QString *error);

    TicketKeySet keySet() const;
    quint16 currentKeyId() const;
    Outcome rotateKey();
    qint64 ledgerHead() const;

    Outcome createTicketType(const QJsonObject &request);
    Outcome ticketTypes() const;
    Outcome issue(const IssueRequest &request);
    // Several issue requests in one transaction, so one flush to disk serves them all; each
    // one succeeds or fails on its own, as if sent alone, in the given order.
    Outcome issueBatch(const QList<IssueRequest> &requests);
    Outcome tickets(const QString &search, quint32 ticketTypeId, int limit) const;
    Outcome voidTicket(quint64 ticketId, bool refund);
    Outcome redeem(const RedemptionRequest &request);
    Outcome sync(qint64 cursor, int limit) const;
    Outcome ledger(qint64 after, int limit) const;
    Outcome verifyLedger() const;
    Outcome revocations() const;

private:
    bool begin();
    bool commit();
    void rollback();
    bool appendBlock(LedgerBlock block);
    Outcome issueInTransaction(const IssueRequest &request);
    std::optional<IssuedTicket> ticket(quint64 id) const;
    QList<IssuedTicket> ticketsWhere(const QString &condition, const QVariantList &values) const;
    std::optional<LedgerBlock> blockFromQuery(const class QSqlQuery &query) const;
    bool ensureKey();
    QByteArray secretKey(quint16 keyId) const;
    // The current key, cached: one omnium-ticketd process owns a database file.
    const std::pair<quint16, QByteArray> &signingKey() const;
    QByteArray salt() const;
    Outcome failure(int status, const QString &code, const QString &message);
    Outcome internalError(const QString &where);

    const Clock &m_clock;
    QString m_connection;
    mutable std::pair<quint16, QByteArray> m_signingKey;
};
