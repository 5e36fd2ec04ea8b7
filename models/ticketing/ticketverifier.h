// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ticketcode.h"

#include <QObject>

#include <optional>

class Clock;
class RevocationList;
class TicketKeySet;

// Why a gate accepts or refuses a code, in the order the checks run.
namespace TicketVerdict {
Q_NAMESPACE
enum class Verdict {
    Accepted,
    Unreadable, // not a ticket code at all (wrong length, not base64url, unknown version)
    UnknownKey, // signed with a key this gate does not know: forged, or keys not refreshed
    Forged, // the signature does not match the payload
    WrongEvent,
    NotYetValid,
    Expired,
    Voided,
    AlreadyUsed, // set by the gate, not by TicketVerifier
    RevokedKey, // signed with a key the issuer revoked (compromised): no code of it is honoured
    RefusedByServer, // set by the gate: the backend refused it for another reason (unknown ticket…)
};
Q_ENUM_NS(Verdict)
} // namespace TicketVerdict

// Checks a ticket code offline: signature against the key set (by key id), event, validity
// window against the clock, revocation list. Needs no network, so gates work when it is down.
class TicketVerifier
{
public:
    struct Result {
        TicketVerdict::Verdict verdict = TicketVerdict::Verdict::Unreadable;
        std::optional<TicketCode> code;
    };

    TicketVerifier(const TicketKeySet &keys, const RevocationList &revocations, const Clock &clock);

    // 0 accepts any event (for a backend that serves several).
    void setEventId(quint32 eventId) { m_eventId = eventId; }
    quint32 eventId() const { return m_eventId; }

    Result verify(QStringView text) const;

private:
    const TicketKeySet &m_keys;
    const RevocationList &m_revocations;
    const Clock &m_clock;
    quint32 m_eventId = 0;
};
