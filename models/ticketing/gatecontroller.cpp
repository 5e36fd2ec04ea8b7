// SPDX-License-Identifier: GPL-3.0-or-later
#include "gatecontroller.h"

#include "core/clock.h"
#include "core/logging.h"
#include "ticketcrypto.h"
#include "ticketingprovider.h"

#include <QTimeZone>

#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>
#include <QTimer>

using namespace Qt::StringLiterals;
using TicketVerdict::Verdict;

GateController::GateController(QString gate, RedemptionQueue *queue, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_gate(std::move(gate))
    , m_queue(queue)
    , m_clock(clock)
    , m_verifier(m_keys, m_revocations, clock)
{
    if (auto keys = TicketKeySet::fromJson(QJsonDocument::fromJson(m_queue->value(u"keys"_s).toUtf8()).object()))
        m_keys = *keys;
    const auto revocations
        = RevocationList::fromJson(QJsonDocument::fromJson(m_queue->value(u"revocations"_s).toUtf8()).object());
    if (revocations)
        m_revocations = *revocations;
}

void GateController::setKeys(const TicketKeySet &keys)
{
    m_keys = keys;
    m_queue->setValue(u"keys"_s, QString::fromUtf8(QJsonDocument(keys.toJson()).toJson(QJsonDocument::Compact)));
}

void GateController::addRevocation(quint64 ticketId, const QDateTime &at)
{
    if (m_revocations.contains(ticketId))
        return;
    m_revocations.add(ticketId, at);
    m_queue->setValue(
        u"revocations"_s, QString::fromUtf8(QJsonDocument(m_revocations.toJson()).toJson(QJsonDocument::Compact)));
}

void GateController::forgetServer()
{
    setKeys({});
    m_revocations = {};
    m_queue->setValue(
        u"revocations"_s, QString::fromUtf8(QJsonDocument(m_revocations.toJson()).toJson(QJsonDocument::Compact)));
    m_queue->setValue(u"cursor"_s, u"0"_s);
    m_keyWarning.clear();
    m_ledgerWarning = {0, 0};
    m_clockSkewSeconds = 0;
    Q_EMIT countsChanged();
}

GateDecision GateController::finish(GateDecision decision)
{
    if (!decision.accepted)
        ++m_refused;
    Q_EMIT decided(decision);
    Q_EMIT countsChanged();
    return decision;
}

GateDecision GateController::inspect(const QString &code) const
{
    const TicketVerifier::Result verified = m_verifier.verify(code);
    GateDecision decision;
    decision.verdict = verified.verdict;
    if (verified.code)
        decision.ticketId = verified.code->payload().ticketId;
    if (verified.verdict == Verdict::Accepted) {
        if (const auto previous = m_queue->redemptionOf(decision.ticketId)) {
            decision.verdict = Verdict::AlreadyUsed;
            decision.usedGate = previous->gate;
            decision.usedAt = previous->scannedAt;
        }
    }
    decision.accepted = decision.verdict == Verdict::Accepted;
    return decision;
}

QFuture<GateDecision> GateController::check(const QString &code)
{
    GateDecision decision = inspect(code);
    if (!decision.accepted)
        return QtFuture::makeReadyValueFuture(finish(decision));
    decision.accepted = false; // until the scan is saved

    // Saved before anything is shown: a crash after ACCEPTED never loses the entry.
    RedemptionQueue::Entry entry {decision.ticketId, m_gate, TicketCrypto::toBase64Url(TicketCrypto::randomBytes(16)),
        m_clock.now(), false, code.trimmed(), {}};
    if (!m_queue->recordScan(entry)) {
        qCWarning(lcTicketing) << "gate: could not save the scan of" << TicketCrypto::ticketIdToText(entry.ticketId);
        decision.verdict = Verdict::Unreadable;
        return QtFuture::makeReadyValueFuture(finish(decision));
    }
    decision.accepted = true;
    decision.verdict = Verdict::Accepted;
    if (!m_provider) {
        decision.offline = true;
        return QtFuture::makeReadyValueFuture(finish(decision));
    }

    auto promise = std::make_shared<QPromise<GateDecision>>();
    auto done = std::make_shared<bool>(false);
    promise->start();
    const QString nonce = entry.nonce;
    m_provider->redeem(RedemptionRequest {code, m_gate, nonce, entry.scannedAt, m_clock.now()})
        .then(this, [this, nonce, decision, promise, done](const TicketingResult<Redemption> &result) mutable {
            applyServerAnswer(nonce, result, &decision, *done);
            if (*done)
                return;
            *done = true;
            promise->addResult(finish(decision));
            promise->finish();
        });
    QTimer::singleShot(m_onlineTimeoutMs, this, [this, decision, promise, done]() mutable {
        if (*done)
            return;
        *done = true;
        decision.offline = true;
        promise->addResult(finish(decision));
        promise->finish();
    });
    return promise->future();
}

void GateController::applyServerAnswer(
    const QString &nonce, const TicketingResult<Redemption> &result, GateDecision *decision, bool shown)
{
    const auto rejectUpload = [this, &nonce](const GateDecision &why) {
        const QJsonObject json {{u"verdict"_s, int(why.verdict)}, {u"gate"_s, why.usedGate},
            {u"at"_s, why.usedAt.toUTC().toString(Qt::ISODateWithMs)}, {u"message"_s, why.serverMessage},
            {u"code"_s, why.serverCode}};
        m_queue->reject(nonce, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
        qCWarning(lcTicketing) << "gate: the backend refused an entry already let in:" << json;
    };
    if (result.ok() && result.value.ticketId != decision->ticketId) {
        // An answer about another ticket is no answer: the scan stays queued.
        qCWarning(lcTicketing) << "gate: the backend answered for ticket"
                               << TicketCrypto::ticketIdToText(result.value.ticketId) << "instead of"
                               << TicketCrypto::ticketIdToText(decision->ticketId);
        decision->offline = true;
        return;
    }
    if (result.ok()) {
        if (result.value.clockSkewSeconds != m_clockSkewSeconds) {
            m_clockSkewSeconds = result.value.clockSkewSeconds;
            if (m_clockSkewSeconds != 0)
                qCWarning(lcTicketing) << "gate: this computer's clock is off by" << m_clockSkewSeconds << "s";
            Q_EMIT countsChanged();
        }
        m_queue->markUploaded(nonce, result.value);
        if (!result.value.accepted || result.value.nonce != nonce) {
            decision->accepted = false;
            decision->verdict = Verdict::AlreadyUsed;
            decision->usedGate = result.value.gate;
            decision->usedAt = result.value.redeemedAt;
            if (shown)
                rejectUpload(*decision);
        }
        return;
    }
    const QString code = result.error.code;
    const Verdict refusal = code == u"voided" ? Verdict::Voided
        : code == u"expired"                  ? Verdict::Expired
        : code == u"not_yet_valid"            ? Verdict::NotYetValid
        : code == u"forged"                   ? Verdict::Forged
        : code == u"wrong_event"              ? Verdict::WrongEvent
                                              : Verdict::Accepted;
    if (refusal != Verdict::Accepted) {
        m_queue->withdraw(nonce);
        if (refusal == Verdict::Voided)
            addRevocation(decision->ticketId, m_clock.now());
        decision->accepted = false;
        decision->verdict = refusal;
        if (shown)
            rejectUpload(*decision);
        return;
    }
    using Kind = TicketingError::Kind;
    const Kind kind = result.error.kind;
    if (kind == Kind::Unreachable || kind == Kind::ServerError || kind == Kind::AuthenticationRefused
        || kind == Kind::NotConfigured) {
        // The backend may take it later: the scan stays queued for the next sync.
        decision->offline = true;
        qCInfo(lcTicketing) << "gate: backend unavailable, scan queued:" << result.error.message;
        return;
    }
    // Refused for a reason sending it again will not change (unknown ticket, invalid…). An
    // answer in time refuses the entry like any other refusal; a late one ends the upload
    // and the staff see why.
    m_queue->withdraw(nonce);
    decision->accepted = false;
    decision->verdict = Verdict::RefusedByServer;
    decision->serverCode = result.error.code;
    decision->serverMessage = result.error.message;
    if (shown)
        rejectUpload(*decision);
}

QList<GateDecision> GateController::rejectedScans() const
{
    QList<GateDecision> list;
    for (const RedemptionQueue::Entry &entry : m_queue->rejected()) {
        const QJsonObject json = QJsonDocument::fromJson(entry.rejection.toUtf8()).object();
        GateDecision decision;
        decision.ticketId = entry.ticketId;
        decision.scannedAt = entry.scannedAt;
        decision.verdict = Verdict(qBound(0, json.value(u"verdict"_s).toInt(), int(Verdict::RefusedByServer)));
        decision.usedGate = json.value(u"gate"_s).toString();
        decision.usedAt = QDateTime::fromString(json.value(u"at"_s).toString(), Qt::ISODateWithMs);
        decision.serverMessage = json.value(u"message"_s).toString();
        decision.serverCode = json.value(u"code"_s).toString();
        list.append(decision);
    }
    return list;
}

QFuture<int> GateController::synchronize()
{
    auto promise = std::make_shared<QPromise<int>>();
    promise->start();
    if (!m_provider) {
        promise->addResult(0);
        promise->finish();
        return promise->future();
    }
    uploadNext(m_queue->pending(), 0, promise);
    return promise->future();
}

void GateController::uploadNext(QList<RedemptionQueue::Entry> entries, int done, std::shared_ptr<QPromise<int>> promise)
{
    if (entries.isEmpty()) {
        pullChanges(done, promise);
        return;
    }
    const RedemptionQueue::Entry entry = entries.takeFirst();
    RedemptionRequest request {entry.code, entry.gate, entry.nonce, entry.scannedAt, m_clock.now()};
    m_provider->redeem(request).then(
        this, [this, entries, done, promise, entry](const TicketingResult<Redemption> &result) {
            if (!result.ok()
                && (result.error.kind == TicketingError::Kind::Unreachable
                    || result.error.kind == TicketingError::Kind::ServerError
                    || result.error.kind == TicketingError::Kind::AuthenticationRefused)) {
                Q_EMIT countsChanged();
                promise->addResult(done);
                promise->finish();
                return;
            }
            GateDecision ignored;
            ignored.ticketId = entry.ticketId;
            applyServerAnswer(entry.nonce, result, &ignored, true);
            const bool taken = result.ok() && result.value.accepted && result.value.nonce == entry.nonce
                && result.value.ticketId == entry.ticketId;
            uploadNext(entries, done + (taken ? 1 : 0), promise);
        });
}

void GateController::pullChanges(int uploaded, std::shared_ptr<QPromise<int>> promise)
{
    // The gate remembers the newest ledger block it synced: a server whose ledger is now
    // shorter lost blocks (deleted entries, voids), which its own chain check cannot see.
    m_provider->health().then(this, [this, uploaded, promise](const TicketingResult<HealthStatus> &health) {
        const qint64 seen = m_queue->value(u"cursor"_s).toLongLong();
        if (health.ok() && health.value.ledgerHead < seen) {
            m_ledgerWarning = {health.value.ledgerHead, seen};
            qCWarning(lcTicketing) << "gate: the backend's ledger ends at block" << health.value.ledgerHead
                                   << "but this gate saw block" << seen;
            Q_EMIT countsChanged();
        }
        m_provider->fetchPublicKeys().then(this, [this, uploaded, promise](const TicketingResult<TicketKeySet> &keys) {
            if (keys.ok())
                acceptKeys(keys.value);
            pullPage(uploaded, promise);
        });
    });
}

void GateController::acceptKeys(const TicketKeySet &keys)
{
    // Keys are added, retired or revoked, never taken away: an empty or shorter set is
    // someone in the middle trying to make genuine tickets look forged.
    QStringList missing;
    for (const TicketKeySet::Key &known : m_keys.keys()) {
        const auto offered = keys.key(known.keyId);
        if (!offered || offered->publicKey != known.publicKey)
            missing.append(QString::number(known.keyId));
    }
    if (!missing.isEmpty()) {
        m_keyWarning = missing.join(u", "_s);
        qCWarning(lcTicketing) << "gate: refused a key set from the backend without keys" << m_keyWarning;
        Q_EMIT countsChanged();
        return;
    }
    if (keys.isEmpty())
        return;
    m_keyWarning.clear();
    setKeys(keys);
}

void GateController::pullPage(int uploaded, std::shared_ptr<QPromise<int>> promise)
{
    const qint64 cursor = m_queue->value(u"cursor"_s).toLongLong();
    m_provider->sync(cursor).then(this, [this, uploaded, promise, cursor](const TicketingResult<SyncBatch> &batch) {
        if (batch.ok()) {
            for (const auto &[id, at] : batch.value.revocations)
                addRevocation(id, at);
            for (const Redemption &redemption : batch.value.redemptions)
                m_queue->addKnown(redemption);
            m_queue->setValue(u"cursor"_s, QString::number(batch.value.cursor));
            // A gate that starts late catches up at once, not one page per sync.
            if (batch.value.hasMore && batch.value.cursor > cursor) {
                pullPage(uploaded, promise);
                return;
            }
        }
        Q_EMIT countsChanged();
        promise->addResult(uploaded);
        promise->finish();
    });
}
