// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketingcontroller.h"

#include "core/clock.h"
#include "core/logging.h"
#include "ledgerverifier.h"
#include "ticketcrypto.h"
#include "ticketingpairing.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;
using TicketVerdict::Verdict;

TicketingController::TicketingController(TicketingProvider *provider, QString providerName, QStringList pluginProblems,
    const QString &gateQueueFile, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_providerName(std::move(providerName))
    , m_pluginProblems(std::move(pluginProblems))
    , m_clock(clock)
{
    if (m_queue.open(gateQueueFile)) {
        m_gate = new GateController(gateName(), &m_queue, m_clock, this);
        connect(m_gate, &GateController::countsChanged, this, &TicketingController::gateCountsChanged);
    } else {
        setMessage(tr("The gate cannot work: %1").arg(m_queue.errorString()));
    }
    applySettings();
    // Live counts while the app is open; a gate also uploads its queue when the backend is back.
    m_refreshTimer.setInterval(15000);
    connect(&m_refreshTimer, &QTimer::timeout, this, &TicketingController::synchronizeGate);
}

QString TicketingController::endpoint() const
{
    return m_settings.value(u"ticketing/endpoint"_s).toString();
}

void TicketingController::setEndpoint(const QString &endpoint)
{
    if (endpoint.trimmed() == this->endpoint())
        return;
    m_settings.setValue(u"ticketing/endpoint"_s, endpoint.trimmed());
    // A certificate pinned for one server means nothing for another.
    m_settings.remove(u"ticketing/certificate"_s);
    applySettings();
    Q_EMIT settingsChanged();
}

QString TicketingController::gateName() const
{
    // Shown as "Gate Main", "Already used at 14:05 at gate Main".
    return m_settings.value(u"ticketing/gate"_s, tr("Main", "the default gate's name")).toString();
}

void TicketingController::setGateName(const QString &name)
{
    if (name.trimmed().isEmpty() || name.trimmed() == gateName())
        return;
    // The backend refuses entries from a gate name it cannot store: refused here, where it is typed.
    if (!TicketingJson::textProblem(name.trimmed(), RedemptionRequest::MaxGateLength).isEmpty()) {
        setMessage(tr("A gate name has at most %1 characters, without control characters.")
                .arg(RedemptionRequest::MaxGateLength));
        Q_EMIT settingsChanged(); // the field shows the saved name again
        return;
    }
    m_settings.setValue(u"ticketing/gate"_s, name.trimmed());
    // A new gate name applies to the next scans; the queue keeps each scan's own gate.
    if (m_gate) {
        m_gate->deleteLater();
        m_gate = new GateController(name.trimmed(), &m_queue, m_clock, this);
        connect(m_gate, &GateController::countsChanged, this, &TicketingController::gateCountsChanged);
        applySettings();
    }
    Q_EMIT settingsChanged();
}

int TicketingController::eventId() const
{
    return m_settings.value(u"ticketing/event"_s, 0).toInt();
}

void TicketingController::setEventId(int eventId)
{
    if (eventId == this->eventId() || eventId < 0)
        return;
    m_settings.setValue(u"ticketing/event"_s, eventId);
    applySettings();
    Q_EMIT settingsChanged();
}

QString TicketingController::tokenFile() const
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(u"ticketing-token"_s);
}

QString TicketingController::readToken() const
{
    QFile file(tokenFile());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

bool TicketingController::hasToken() const
{
    return QFileInfo(tokenFile()).size() > 0;
}

void TicketingController::setToken(const QString &token)
{
    const QString path = tokenFile();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    // Created empty and private first, then written: the token is never readable by others.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(token.trimmed().toUtf8()) < 0) {
        setMessage(tr("The API token could not be saved in %1.").arg(path));
        return;
    }
    file.close();
    applySettings();
    Q_EMIT settingsChanged();
}

bool TicketingController::paired() const
{
    return m_settings.contains(u"ticketing/certificate"_s);
}

bool TicketingController::pair(const QString &code)
{
    QString error;
    const auto pairing = TicketingPairing::parse(code, &error);
    if (!pairing) {
        setMessage(tr("This pairing code cannot be used: %1").arg(error));
        return false;
    }
    // Another server's keys would make this one's tickets look forged (their key ids collide).
    const QString certificate = QString::fromLatin1(pairing->certificateSha256.toHex());
    if (m_gate && m_settings.value(u"ticketing/certificate"_s).toString() != certificate)
        m_gate->forgetServer();
    // The certificate first: the address and token are never used without it.
    m_settings.setValue(u"ticketing/certificate"_s, certificate);
    m_settings.setValue(u"ticketing/endpoint"_s, pairing->endpoint.toString());
    setToken(pairing->token);
    setMessage(tr("Paired with %1.").arg(pairing->endpoint.toString()), true);
    return true;
}

QString TicketingController::pairingOfferCertificate() const
{
    if (!m_pairingOffer)
        return {};
    // In groups of four, as people compare it with what omnium-ticketd printed.
    const QString hex = QString::fromLatin1(m_pairingOffer->certificateSha256.toHex());
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups.append(hex.mid(i, 4));
    return groups.join(u' ');
}

bool TicketingController::acceptPairingOffer()
{
    if (!m_pairingOffer)
        return false;
    const QString code = m_pairingOffer->toString();
    m_pairingOffer.reset();
    Q_EMIT pairingOfferChanged();
    return pair(code);
}

void TicketingController::declinePairingOffer()
{
    if (!m_pairingOffer)
        return;
    m_pairingOffer.reset();
    Q_EMIT pairingOfferChanged();
}

void TicketingController::forgetNewToken()
{
    if (m_newToken.isEmpty())
        return;
    m_newToken.clear();
    Q_EMIT newTokenChanged();
}

void TicketingController::applySettings()
{
    if (m_gate) {
        m_gate->setEventId(quint32(eventId()));
        m_gate->setProvider(nullptr);
    }
    if (!m_provider || endpoint().isEmpty()) {
        m_refreshTimer.stop();
        return;
    }
    m_provider->configure(TicketingSettings {QUrl(endpoint()), readToken(), 10000, 3,
        QByteArray::fromHex(m_settings.value(u"ticketing/certificate"_s).toString().toLatin1())});
    if (m_gate)
        m_gate->setProvider(m_provider);
    m_cursor = 0;
    m_known.clear();
    m_refreshTimer.start();
    synchronizeGate();
}

void TicketingController::setMessage(const QString &message, bool confirmation)
{
    if (message == m_message)
        return;
    m_message = message;
    m_messageIsConfirmation = confirmation;
    Q_EMIT messageChanged();
}

void TicketingController::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    Q_EMIT onlineChanged();
}

void TicketingController::track(int delta)
{
    const bool wasBusy = busy();
    m_busy += delta;
    if (wasBusy != busy())
        Q_EMIT busyChanged();
}

void TicketingController::reportError(const TicketingError &error)
{
    using Kind = TicketingError::Kind;
    switch (error.kind) {
    case Kind::None:
        return;
    case Kind::Unreachable:
        setOnline(false);
        setMessage(tr("The ticketing server cannot be reached. The gate keeps working offline."));
        break;
    case Kind::AuthenticationRefused:
        setMessage(tr("The ticketing server refused the API token. Check it in the settings below."));
        break;
    case Kind::SoldOut:
        setMessage(tr("Sold out: not enough seats left for this quantity."));
        break;
    case Kind::InvalidReply:
        setMessage(tr("The ticketing server sent an answer Omnium cannot read (%1).").arg(error.message));
        break;
    case Kind::NotConfigured:
        setMessage(tr("Set the address of the ticketing server first."));
        break;
    default:
        setMessage(tr("The ticketing server refused: %1").arg(error.message));
    }
}

void TicketingController::refreshTokens()
{
    if (!m_provider || endpoint().isEmpty())
        return;
    track(+1);
    m_provider->listTokens().then(this, [this](const TicketingResult<QList<ApiToken>> &result) {
        track(-1);
        if (!result.ok()) {
            reportError(result.error);
            return;
        }
        m_apiTokens.setTokens(result.value);
    });
}

void TicketingController::showNewToken(const TicketingResult<ApiToken> &result)
{
    track(-1);
    if (!result.ok()) {
        reportError(result.error);
        return;
    }
    const QByteArray certificate
        = QByteArray::fromHex(m_settings.value(u"ticketing/certificate"_s).toString().toLatin1());
    const TicketingPairing pairing {QUrl(endpoint()), certificate, result.value.token};
    m_newToken = certificate.isEmpty() || result.value.token.isEmpty() ? result.value.token : pairing.toString();
    Q_EMIT newTokenChanged();
    refreshTokens();
}

void TicketingController::createToken(const QString &scope)
{
    if (!m_provider)
        return;
    track(+1);
    m_provider->createToken(scope).then(
        this, [this](const TicketingResult<ApiToken> &result) { showNewToken(result); });
}

void TicketingController::rotateToken(const QString &id)
{
    if (!m_provider)
        return;
    track(+1);
    m_provider->rotateToken(id).then(this, [this](const TicketingResult<ApiToken> &result) { showNewToken(result); });
}

void TicketingController::revokeToken(const QString &id)
{
    if (!m_provider)
        return;
    track(+1);
    m_provider->revokeToken(id).then(this, [this](const TicketingResult<ApiToken> &result) {
        track(-1);
        if (!result.ok()) {
            reportError(result.error);
            return;
        }
        setMessage(tr("Token %1 revoked: it no longer works.").arg(result.value.id), true);
        refreshTokens();
    });
}

void TicketingController::refresh()
{
    if (!m_provider || endpoint().isEmpty())
        return;
    track(+1);
    m_provider->listTicketTypes().then(this, [this](const TicketingResult<QList<TicketType>> &result) {
        track(-1);
        // A gate's token may not list tickets: the server answered, and the gate needs no more.
        if (result.error.code == u"forbidden") {
            setOnline(true);
            return;
        }
        if (!result.ok()) {
            reportError(result.error);
            return;
        }
        setOnline(true);
        m_types.setTypes(result.value);
        pullTickets();
    });
}

void TicketingController::pullTickets()
{
    track(+1);
    m_provider->sync(m_cursor).then(this, [this](const TicketingResult<SyncBatch> &result) {
        track(-1);
        if (!result.ok()) {
            reportError(result.error);
            return;
        }
        for (const IssuedTicket &ticket : result.value.issued)
            m_known.insert(ticket.id, ticket);
        for (const auto &[id, at] : result.value.revocations) {
            if (m_known.contains(id))
                m_known[id].state = IssuedTicket::State::Voided;
        }
        for (const Redemption &redemption : result.value.redemptions) {
            if (m_known.contains(redemption.ticketId)) {
                IssuedTicket &ticket = m_known[redemption.ticketId];
                ticket.state = IssuedTicket::State::Redeemed;
                ticket.redeemedAt = redemption.redeemedAt;
                ticket.gate = redemption.gate;
            }
        }
        const bool more = result.value.cursor > m_cursor
            && (result.value.issued.size() + result.value.redemptions.size() + result.value.revocations.size()) > 0;
        m_cursor = result.value.cursor;
        if (more)
            pullTickets();
        else
            showTickets();
    });
}

void TicketingController::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    Q_EMIT searchTextChanged();
    showTickets();
}

void TicketingController::showTickets()
{
    QList<IssuedTicket> shown;
    const QString needle = m_search.trimmed();
    for (const IssuedTicket &ticket : std::as_const(m_known)) {
        if (needle.isEmpty() || ticket.buyerName.contains(needle, Qt::CaseInsensitive)
            || TicketCrypto::ticketIdToText(ticket.id).startsWith(needle.toLower()))
            shown.append(ticket);
    }
    std::sort(shown.begin(), shown.end(), [](const IssuedTicket &a, const IssuedTicket &b) {
        return a.issuedAt != b.issuedAt ? a.issuedAt > b.issuedAt : a.id < b.id;
    });
    m_tickets.setTickets(shown);
}

void TicketingController::issue(int ticketTypeId, int quantity, const QString &buyerName, const QString &buyerEmail)
{
    if (!m_provider)
        return;
    if (buyerName.trimmed().isEmpty()) {
        setMessage(tr("Enter the buyer's name."));
        return;
    }
    // The same form sent again after a failure reuses its key: never two sets of tickets.
    const QString signature
        = u"%1|%2|%3|%4"_s.arg(ticketTypeId).arg(quantity).arg(buyerName.trimmed(), buyerEmail.trimmed());
    if (signature != m_pendingIssueSignature) {
        m_pendingIssueSignature = signature;
        m_pendingIssueKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    track(+1);
    m_provider
        ->issueTickets(IssueRequest {
            quint32(ticketTypeId), quantity, buyerName.trimmed(), buyerEmail.trimmed(), m_pendingIssueKey})
        .then(this, [this](const TicketingResult<QList<IssuedTicket>> &result) {
            track(-1);
            if (!result.ok()) {
                reportError(result.error);
                return;
            }
            m_pendingIssueSignature.clear();
            setMessage(tr("%n ticket(s) issued.", nullptr, int(result.value.size())), true);
            Q_EMIT issued(int(result.value.size()));
            refresh();
        });
}

void TicketingController::createTicketType(const QString &name, const QString &price, const QString &currency,
    int capacity, const QString &validFrom, const QString &validUntil)
{
    if (!m_provider)
        return;
    const QString format = u"yyyy-MM-dd HH:mm"_s;
    TicketType draft;
    draft.eventId = quint32(eventId());
    draft.name = name.trimmed();
    draft.currency = currency.trimmed().toUpper();
    draft.capacity = capacity;
    draft.validFrom = QDateTime::fromString(validFrom.trimmed(), format);
    draft.validUntil = QDateTime::fromString(validUntil.trimmed(), format);
    bool ok = false;
    double amount = QLocale().toDouble(price.trimmed(), &ok);
    if (!ok)
        amount = QLocale::c().toDouble(QString(price.trimmed()).replace(u',', u'.'), &ok);
    if (draft.eventId == 0) {
        setMessage(tr("Set the event number in the settings below first."));
        return;
    }
    if (draft.name.isEmpty()) {
        setMessage(tr("Enter a name for the ticket type."));
        return;
    }
    if (!ok || amount < 0 || amount > 1e6) {
        setMessage(tr("The price \"%1\" is not an amount such as 12.50.").arg(price));
        return;
    }
    if (draft.currency.size() != 3) {
        setMessage(tr("The currency must be a 3-letter code such as EUR."));
        return;
    }
    if (!draft.validFrom.isValid() || !draft.validUntil.isValid() || draft.validUntil <= draft.validFrom) {
        setMessage(tr("Enter the sale window as two times like 2026-11-28 09:00, the first before the second."));
        return;
    }
    draft.priceCents = qRound64(amount * 100);
    track(+1);
    m_provider->createTicketType(draft).then(this, [this](const TicketingResult<TicketType> &result) {
        track(-1);
        if (!result.ok()) {
            reportError(result.error);
            return;
        }
        setMessage(tr("Ticket type \"%1\" created.").arg(result.value.name), true);
        Q_EMIT ticketTypeCreated(int(result.value.id));
        refresh();
    });
}

void TicketingController::setLedgerStatus(bool valid, const QString &status)
{
    m_ledgerValid = valid;
    m_ledgerStatus = status;
    Q_EMIT ledgerStatusChanged();
}

void TicketingController::verifyLedger()
{
    if (!m_provider || endpoint().isEmpty())
        return;
    // The head seen last time, for this server: "endpoint|sequence|hash".
    const QStringList recorded = m_queue.value(u"ledger_head"_s).split(u'|');
    const bool sameServer = recorded.size() == 3 && recorded.at(0) == endpoint();
    const qint64 sequence = sameServer ? recorded.at(1).toLongLong() : 0;
    const QString hash = sameServer ? recorded.at(2) : QString();
    track(+1);
    m_provider->fetchPublicKeys().then(this, [this, sequence, hash](const TicketingResult<TicketKeySet> &keys) {
        track(-1);
        if (!keys.ok()) {
            reportError(keys.error);
            return;
        }
        auto verifier = std::make_shared<LedgerVerifier>(keys.value);
        if (sequence > 0)
            verifier->expectHead(sequence, QByteArray::fromHex(hash.toLatin1()));
        verifyLedgerPages(verifier, 0, sequence, hash);
    });
}

void TicketingController::verifyLedgerPages(
    std::shared_ptr<LedgerVerifier> verifier, qint64 after, qint64 recordedSequence, QString recordedHash)
{
    track(+1);
    m_provider->ledger(after).then(
        this, [this, verifier, recordedSequence, recordedHash](const TicketingResult<LedgerPage> &page) {
            track(-1);
            if (!page.ok()) {
                reportError(page.error);
                return;
            }
            qint64 last = 0;
            for (const LedgerBlock &block : page.value.blocks) {
                last = block.sequence;
                if (!verifier->add(block))
                    break;
            }
            if (verifier->isValid() && !page.value.blocks.isEmpty() && last < page.value.head) {
                verifyLedgerPages(verifier, last, recordedSequence, recordedHash);
                return;
            }
            if (!verifier->finish()) {
                qCWarning(lcTicketing) << "ledger check failed at block" << verifier->firstBadPosition()
                                       << verifier->reason();
                setLedgerStatus(false,
                    tr("The ticketing ledger was tampered with: block %1 is wrong (%2).")
                        .arg(verifier->firstBadPosition())
                        .arg(verifier->reason()));
                return;
            }
            // Only a good chain moves the recorded head forward.
            m_queue.setValue(u"ledger_head"_s,
                u"%1|%2|%3"_s.arg(endpoint())
                    .arg(verifier->checkedBlocks())
                    .arg(QString::fromLatin1(verifier->headHash().toHex())));
            setLedgerStatus(true,
                tr("Ledger verified: %n signed block(s), none changed or removed.", nullptr,
                    int(verifier->checkedBlocks())));
        });
}

void TicketingController::voidTicket(const QString &ticketId, bool refund)
{
    const auto id = TicketCrypto::ticketIdFromText(ticketId);
    if (!m_provider || !id)
        return;
    track(+1);
    m_provider->voidTicket(*id, refund).then(this, [this, refund](const TicketingResult<IssuedTicket> &result) {
        track(-1);
        if (!result.ok()) {
            reportError(result.error);
            return;
        }
        setMessage(refund ? tr("Ticket refunded.") : tr("Ticket voided."), true);
        refresh();
    });
}

void TicketingController::scan(const QString &code)
{
    if (TicketingPairing::looksLike(code)) {
        QString error;
        m_pairingOffer = TicketingPairing::parse(code, &error);
        if (!m_pairingOffer)
            setMessage(tr("This pairing code cannot be used: %1").arg(error));
        Q_EMIT pairingOfferChanged();
        return;
    }
    if (!m_gate || code.trimmed().isEmpty())
        return;
    m_gate->check(code).then(this, [this](const GateDecision &decision) {
        // The gate says whether the server answered this scan, not the last refresh.
        if (decision.offline)
            setOnline(false);
        else if (decision.accepted)
            setOnline(true);
        m_lastScan = decision;
        m_hasLastScan = true;
        Q_EMIT lastScanChanged();
        Q_EMIT gateCountsChanged();
    });
}

void TicketingController::synchronizeGate()
{
    if (!m_provider || endpoint().isEmpty())
        return;
    refresh(); // also says whether the server is back
    if (!m_gate)
        return;
    track(+1);
    m_gate->synchronize().then(this, [this](int uploaded) {
        track(-1);
        if (uploaded > 0)
            setMessage(tr("%n queued entry(s) uploaded.", nullptr, uploaded), true);
        Q_EMIT gateCountsChanged();
    });
}

QString TicketingController::lastScanReason() const
{
    return m_hasLastScan ? reasonText(m_lastScan) : QString();
}

QVariantList TicketingController::gateRejected() const
{
    QVariantList list;
    if (!m_gate)
        return list;
    for (const GateDecision &decision : m_gate->rejectedScans()) {
        list.append(QVariantMap {
            {u"ticketId"_s, TicketCrypto::ticketIdToText(decision.ticketId)},
            {u"scannedAt"_s, QLocale().toString(decision.scannedAt.toLocalTime(), QLocale::ShortFormat)},
            {u"reason"_s, reasonText(decision)},
        });
    }
    return list;
}

QString TicketingController::gateWarning() const
{
    if (!m_gate)
        return {};
    if (const auto [head, seen] = m_gate->ledgerWarning(); seen > 0)
        return tr("The ticketing server's ledger ends at block %1, but this gate already saw block %2: blocks were "
                  "deleted on the server. Tell the organisers.")
            .arg(head)
            .arg(seen);
    if (!m_gate->keyWarning().isEmpty())
        return tr("The ticketing server sent keys without key %1 and was not believed: someone may be tampering "
                  "with the network. Tickets are checked with the keys saved before.")
            .arg(m_gate->keyWarning());
    if (const qint64 minutes = m_gate->clockSkewSeconds() / 60; minutes != 0)
        return tr("This computer's clock is off by %n minute(s): set it right.", nullptr, int(qAbs(minutes)));
    return {};
}

QString TicketingController::reasonText(const GateDecision &decision)
{
    switch (decision.verdict) {
    case Verdict::Accepted:
        return decision.offline ? tr("Welcome (checked offline)") : tr("Welcome");
    case Verdict::Unreadable:
        return tr("Not a ticket code");
    case Verdict::UnknownKey:
    case Verdict::Forged:
        return tr("Forged ticket");
    case Verdict::WrongEvent:
        return tr("Ticket for another event");
    case Verdict::NotYetValid:
        return tr("Not valid yet");
    case Verdict::Expired:
        return tr("Expired");
    case Verdict::Voided:
        return tr("Voided ticket");
    case Verdict::AlreadyUsed:
        return tr("Already used at %1 at gate %2")
            .arg(QLocale().toString(decision.usedAt.toLocalTime().time(), u"HH:mm"_s), decision.usedGate);
    case Verdict::RevokedKey:
        return tr("Signed with a revoked key");
    case Verdict::RefusedByServer:
        if (decision.serverCode == u"not_found")
            return tr("Ticket unknown to the ticketing server");
        return tr("Refused by the ticketing server: %1").arg(decision.serverMessage);
    }
    return {};
}
