// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ticketing/ticketingtypes.h"

#include <QByteArray>
#include <QJsonObject>

// Turns what omnium-ticketd sent back (status and body, possibly hostile) into either a JSON
// object or a clear TicketingError. Kept apart from the networking so it can be fuzzed.
class LedgerReply
{
public:
    static constexpr qint64 MaxBodyBytes = 32 * 1024 * 1024;

    struct Outcome {
        QJsonObject json;
        TicketingError error;
    };

    // httpStatus 0 means no HTTP answer at all (networkError then says why).
    static Outcome interpret(int httpStatus, const QByteArray &body, const QString &networkError = {});
    // Whether a failed attempt is worth repeating (the backend may not have seen it).
    static bool retryable(const TicketingError &error);

    static TicketingResult<QList<TicketType>> ticketTypes(const Outcome &outcome);
    static TicketingResult<QList<IssuedTicket>> tickets(const Outcome &outcome);
    // The answer to POST /v1/tickets/batch: one result per request sent, in order. A failed
    // call, or an answer that does not hold exactly count results, fails every request.
    static QList<TicketingResult<QList<IssuedTicket>>> ticketBatch(const Outcome &outcome, qsizetype count);
    static TicketingResult<IssuedTicket> ticket(const Outcome &outcome);
    static TicketingResult<Redemption> redemption(const Outcome &outcome);
    static TicketingResult<SyncBatch> syncBatch(const Outcome &outcome);
    static TicketingResult<TicketKeySet> keySet(const Outcome &outcome);
    static TicketingResult<HealthStatus> health(const Outcome &outcome);
    static TicketingResult<TicketType> ticketType(const Outcome &outcome);
    static TicketingResult<LedgerPage> ledgerPage(const Outcome &outcome);
    static TicketingResult<QList<ApiToken>> apiTokens(const Outcome &outcome);
    static TicketingResult<ApiToken> apiToken(const Outcome &outcome);
};
