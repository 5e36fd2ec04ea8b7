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

    // The signing secrets are sealed with a key kept in this file, outside the database
    // (default: <database>.seal-key, made at first start): a copy of the database alone
    // (a backup, a leaked WAL) holds no usable signing key.
    void setSealKeyFile(const QString &fileName) { m_sealKeyFile = fileName; }
    bool open(const QString &fileName, QString *error);

    TicketKeySet keySet() const;
    quint16 currentKeyId() const;
    Outcome rotateKey();
    // Refuses every code of a compromised key and re-issues the valid tickets it signed.
    Outcome revokeKey(quint16 keyId);
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

    // Why the ledger does not verify (found at start, or a block deleted while running), or
    // empty. While set, every write is refused with 503 "ledger_broken"; reads still work.
    QString ledgerProblem() const { return m_ledgerProblem; }

    // A scan's time is not believed more than this before its upload (offline gates upload
    // at the next sync), nor is a gate clock within this of the server's corrected.
    static constexpr qint64 MaxUploadDelayMs = 6 * 3600 * 1000;
    static constexpr qint64 MaxClockSkewMs = 60 * 1000;

private:
    struct LedgerState {
        bool issued = false;
        bool voided = false;
    };
    LedgerState ledgerStateOf(const QString &ticketId) const;
    void checkLedger();
    std::optional<LedgerBlock> blockAt(qint64 sequence) const;
    void noteCommittedHead();
    Outcome ledgerBroken();
    bool begin();
    bool commit();
    void rollback();
    bool appendBlock(LedgerBlock block);
    Outcome issueInTransaction(const IssueRequest &request);
    std::optional<IssuedTicket> ticket(quint64 id) const;
    QList<IssuedTicket> ticketsWhere(const QString &condition, const QVariantList &values) const;
    std::optional<LedgerBlock> blockFromQuery(const class QSqlQuery &query) const;
    bool ensureKey();
    bool loadSealKey(QString *error);
    QByteArray secretKey(quint16 keyId) const;
    // The current key id and its secret (the secret cached while the key stays current).
    std::pair<quint16, QByteArray> signingKey() const;
    QByteArray salt() const;
    Outcome failure(int status, const QString &code, const QString &message);
    Outcome internalError(const QString &where);

    const Clock &m_clock;
    QString m_connection;
    mutable std::pair<quint16, QByteArray> m_signingKey;
    QString m_sealKeyFile;
    QByteArray m_sealKey;
    QString m_headFile; // the newest block's sequence and hash, outside the database
    std::pair<qint64, QByteArray> m_knownHead; // the newest block this process saw committed
    QString m_ledgerProblem;
};
