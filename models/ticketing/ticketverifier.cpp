// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketverifier.h"

#include "core/clock.h"
#include "revocationlist.h"
#include "ticketkeyset.h"

using TicketVerdict::Verdict;

TicketVerifier::TicketVerifier(const TicketKeySet &keys, const RevocationList &revocations, const Clock &clock)
    : m_keys(keys)
    , m_revocations(revocations)
    , m_clock(clock)
{ }

TicketVerifier::Result TicketVerifier::verify(QStringView text) const
{
    Result result;
    result.code = TicketCode::parse(text);
    if (!result.code) {
        result.verdict = Verdict::Unreadable;
        return result;
    }
    const TicketPayload &payload = result.code->payload();
    const auto key = m_keys.key(payload.keyId);
    if (!key)
        result.verdict = Verdict::UnknownKey;
    else if (!result.code->verifySignature(key->publicKey))
        result.verdict = Verdict::Forged;
    else if (key->revokedAt.isValid())
        result.verdict = Verdict::RevokedKey;
    else if (m_eventId != 0 && payload.eventId != m_eventId)
        result.verdict = Verdict::WrongEvent;
    else if (m_clock.now() < payload.validFrom)
        result.verdict = Verdict::NotYetValid;
    else if (m_clock.now() >= payload.validUntil)
        result.verdict = Verdict::Expired;
    else if (m_revocations.contains(payload.ticketId))
        result.verdict = Verdict::Voided;
    else
        result.verdict = Verdict::Accepted;
    return result;
}
