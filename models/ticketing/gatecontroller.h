// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "redemptionqueue.h"
#include "revocationlist.h"
#include "ticketkeyset.h"
#include "ticketverifier.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

class Clock;
class TicketingProvider;

// The answer shown at the gate.
struct GateDecision {
    Q_GADGET
    Q_PROPERTY(bool accepted MEMBER accepted)
    Q_PROPERTY(TicketVerdict::Verdict verdict MEMBER verdict)
    Q_PROPERTY(QString usedGate MEMBER usedGate)
    Q_PROPERTY(QDateTime usedAt MEMBER usedAt)
    Q_PROPERTY(bool offline MEMBER offline)
public:
    bool accepted = false;
    TicketVerdict::Verdict verdict = TicketVerdict::Verdict::Unreadable;
    quint64 ticketId = 0;
    QString usedGate; // for AlreadyUsed
    QDateTime usedAt; // for AlreadyUsed
    bool offline = false; // decided without the backend (queued for upload)
    QDateTime scannedAt; // for rejected uploads
    // For RefusedByServer: the backend's code ("not_found", "invalid"…) and message.
    QString serverCode;
    QString serverMessage;
};

// Checks tickets at one gate. The signature, event, window and revocation checks and the
// "already entered here" check are local, so the gate works with the network down; when the
// backend answers within a short delay it also refuses tickets used at another gate. Every
// accepted scan is saved (with a nonce) before the answer, and uploaded later if needed:
// the backend counts a nonce once, so nothing is lost or counted twice.
class GateController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int acceptedCount READ acceptedCount NOTIFY countsChanged)
    Q_PROPERTY(int refusedCount READ refusedCount NOTIFY countsChanged)
    Q_PROPERTY(int pendingUploads READ pendingUploads NOTIFY countsChanged)
    Q_PROPERTY(int rejectedUploads READ rejectedUploads NOTIFY countsChanged)
public:
    GateController(QString gate, RedemptionQueue *queue, const Clock &clock, QObject *parent = nullptr);

    void setProvider(TicketingProvider *provider) { m_provider = provider; }
    void setEventId(quint32 eventId) { m_verifier.setEventId(eventId); }
    // How long a scan waits for the backend before deciding offline.
    void setOnlineTimeout(int ms) { m_onlineTimeoutMs = ms; }
    // Keys and revocations, e.g. from a sync; saved in the queue for the next start.
    void setKeys(const TicketKeySet &keys);
    void addRevocation(quint64 ticketId, const QDateTime &at);
    // Paired with another server (another certificate): the keys, revocations and ledger
    // position of the one before are not its own. Queued entries stay, for it to judge.
    void forgetServer();

    QFuture<GateDecision> check(const QString &code);
    // What check() would decide offline, without admitting anyone or counting the scan
    // (accepted: the code would open the gate here now).
    GateDecision inspect(const QString &code) const;
    // Uploads queued scans, then pulls keys, revocations and other gates' entries.
    // The future carries the number of scans the backend took.
    QFuture<int> synchronize();

    int acceptedCount() const { return m_queue->acceptedHere(); }
    int refusedCount() const { return m_refused; }
    int pendingUploads() const { return int(m_queue->pending().size()); }
    int rejectedUploads() const { return int(m_queue->rejected().size()); }
    // Scans the gate let in that the backend then refused (already used at another gate,
    // voided, unknown…): never retried, listed for the staff with why, oldest first.
    QList<GateDecision> rejectedScans() const;
    // How far this computer's clock is off, as the backend last said (0: right).
    qint64 clockSkewSeconds() const { return m_clockSkewSeconds; }
    // Set when the backend's last key set was refused (empty, or keys missing): the ids missing.
    QString keyWarning() const { return m_keyWarning; }
    // Set when the backend's ledger was found shorter than what this gate synced before:
    // {the backend's head, the newest block seen here}; {0, 0} when all is well.
    std::pair<qint64, qint64> ledgerWarning() const { return m_ledgerWarning; }

Q_SIGNALS:
    void decided(const GateDecision &decision);
    void countsChanged();

private:
    GateDecision finish(GateDecision decision);
    // shown: the gate has already let the holder in, so a refusal becomes a rejected upload.
    void applyServerAnswer(
        const QString &nonce, const TicketingResult<Redemption> &result, GateDecision *decision, bool shown);
    void uploadNext(QList<RedemptionQueue::Entry> entries, int done, std::shared_ptr<QPromise<int>> promise);
    void pullChanges(int uploaded, std::shared_ptr<QPromise<int>> promise);
    void pullPage(int uploaded, std::shared_ptr<QPromise<int>> promise);
    void acceptKeys(const TicketKeySet &keys);

    QString m_gate;
    RedemptionQueue *m_queue;
    const Clock &m_clock;
    TicketKeySet m_keys;
    RevocationList m_revocations;
    TicketVerifier m_verifier;
    TicketingProvider *m_provider = nullptr;
    int m_onlineTimeoutMs = 2000;
    int m_refused = 0;
    qint64 m_clockSkewSeconds = 0;
    QString m_keyWarning;
    std::pair<qint64, qint64> m_ledgerWarning;
};
