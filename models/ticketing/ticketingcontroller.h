// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apitokenmodel.h"
#include "gatecontroller.h"
#include "issuedticketmodel.h"
#include "redemptionqueue.h"
#include "ticketingpairing.h"
#include "ticketingprovider.h"
#include "tickettypemodel.h"

#include <QObject>
#include <QSettings>
#include <QTimer>

class Clock;

// What the Tickets and Gate pages work with: the configured ticketing provider (endpoint in
// the settings, API token in a file only the user can read), live ticket types, the issued
// tickets (kept up to date by sync, searched locally), issuing and voiding, and this
// computer's gate. Every failure becomes a readable message; nothing here blocks the UI.
class TicketingController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QAbstractItemModel *ticketTypes READ ticketTypes CONSTANT)
    Q_PROPERTY(QAbstractItemModel *tickets READ tickets CONSTANT)
    Q_PROPERTY(QAbstractItemModel *apiTokens READ apiTokens CONSTANT)
    Q_PROPERTY(QString newToken READ newToken NOTIFY newTokenChanged)
    Q_PROPERTY(bool available READ available CONSTANT)
    Q_PROPERTY(QString providerName READ providerName CONSTANT)
    Q_PROPERTY(QStringList pluginProblems READ pluginProblems CONSTANT)
    Q_PROPERTY(QString endpoint READ endpoint WRITE setEndpoint NOTIFY settingsChanged)
    Q_PROPERTY(bool hasToken READ hasToken NOTIFY settingsChanged)
    Q_PROPERTY(bool paired READ paired NOTIFY settingsChanged)
    Q_PROPERTY(QString pairingOffer READ pairingOffer NOTIFY pairingOfferChanged)
    Q_PROPERTY(QString pairingOfferCertificate READ pairingOfferCertificate NOTIFY pairingOfferChanged)
    Q_PROPERTY(QString gateName READ gateName WRITE setGateName NOTIFY settingsChanged)
    Q_PROPERTY(int eventId READ eventId WRITE setEventId NOTIFY settingsChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool online READ online NOTIFY onlineChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    Q_PROPERTY(int gateAccepted READ gateAccepted NOTIFY gateCountsChanged)
    Q_PROPERTY(int gateRefused READ gateRefused NOTIFY gateCountsChanged)
    Q_PROPERTY(int gatePending READ gatePending NOTIFY gateCountsChanged)
    Q_PROPERTY(QVariantList gateRejected READ gateRejected NOTIFY gateCountsChanged)
    Q_PROPERTY(QString gateWarning READ gateWarning NOTIFY gateCountsChanged)
    Q_PROPERTY(QString ledgerStatus READ ledgerStatus NOTIFY ledgerStatusChanged)
    Q_PROPERTY(bool ledgerValid READ ledgerValid NOTIFY ledgerStatusChanged)
    Q_PROPERTY(bool hasLastScan READ hasLastScan NOTIFY lastScanChanged)
    Q_PROPERTY(bool lastScanAccepted READ lastScanAccepted NOTIFY lastScanChanged)
    Q_PROPERTY(QString lastScanReason READ lastScanReason NOTIFY lastScanChanged)

public:
    // provider may be null (no plugin found): the pages then say so.
    TicketingController(TicketingProvider *provider, QString providerName, QStringList pluginProblems,
        const QString &gateQueueFile, const Clock &clock, QObject *parent = nullptr);

    QAbstractItemModel *ticketTypes() { return &m_types; }
    QAbstractItemModel *tickets() { return &m_tickets; }
    QAbstractItemModel *apiTokens() { return &m_apiTokens; }
    // The token just made or rotated, shown once: as a pairing code (address, pinned
    // certificate, token) when this computer is paired over HTTPS, else the bare token.
    QString newToken() const { return m_newToken; }
    // What the Tickets page lists (after the search), e.g. for printing.
    QList<IssuedTicket> listedTickets() const { return m_tickets.tickets(); }
    QList<TicketType> listedTypes() const { return m_types.types(); }
    bool available() const { return m_provider != nullptr; }
    QString providerName() const { return m_providerName; }
    QStringList pluginProblems() const { return m_pluginProblems; }
    QString endpoint() const;
    void setEndpoint(const QString &endpoint);
    bool hasToken() const;
    QString gateName() const;
    void setGateName(const QString &name);
    int eventId() const;
    void setEventId(int eventId);
    bool busy() const { return m_busy > 0; }
    bool online() const { return m_online; }
    QString message() const { return m_message; }
    // Whether the message says something was done (paired, issued, uploaded…), not a problem.
    bool messageIsConfirmation() const { return m_messageIsConfirmation; }
    QString searchText() const { return m_search; }
    void setSearchText(const QString &text);
    int gateAccepted() const { return m_gate ? m_gate->acceptedCount() : 0; }
    int gateRefused() const { return m_gate ? m_gate->refusedCount() : 0; }
    int gatePending() const { return m_gate ? m_gate->pendingUploads() : 0; }
    // Entries the backend refused after the gate let them in: {ticketId, scannedAt, reason}.
    QVariantList gateRejected() const;
    // A key set refused from the server, or this computer's clock off; empty when all is well.
    QString gateWarning() const;
    QString ledgerStatus() const { return m_ledgerStatus; }
    bool ledgerValid() const { return m_ledgerValid; }
    bool hasLastScan() const { return m_hasLastScan; }
    bool lastScanAccepted() const { return m_lastScan.accepted; }
    QString lastScanReason() const;

    // Saved to a file readable only by this user; never shown again, only "set".
    Q_INVOKABLE void setToken(const QString &token);
    // A pairing code (TicketingPairing: pasted, or typed by a scanner from the server's QR code)
    // sets the address, the token and the pinned certificate at once.
    Q_INVOKABLE bool pair(const QString &code);
    bool paired() const;
    // A pairing code scanned at the gate waits for the staff to confirm it: a code held up to
    // the gate's scanner alone must not send its scans to another server. The server's address
    // (empty: nothing waiting) and its certificate's fingerprint, as the page shows them.
    QString pairingOffer() const { return m_pairingOffer ? m_pairingOffer->endpoint.toString() : QString(); }
    QString pairingOfferCertificate() const;
    Q_INVOKABLE bool acceptPairingOffer();
    Q_INVOKABLE void declinePairingOffer();
    // Takes the token just made off the screen (it holds a key to the server).
    Q_INVOKABLE void forgetNewToken();
    Q_INVOKABLE void refresh();
    // A new ticket type for the configured event. price is typed in currency units ("12,50");
    // validFrom/validUntil as "yyyy-MM-dd HH:mm" local time.
    Q_INVOKABLE void createTicketType(const QString &name, const QString &price, const QString &currency, int capacity,
        const QString &validFrom, const QString &validUntil);
    // Checks the backend's whole signed ledger here, and that it still holds the newest block
    // seen last time (deleting the newest blocks leaves an otherwise valid chain).
    Q_INVOKABLE void verifyLedger();
    Q_INVOKABLE void issue(int ticketTypeId, int quantity, const QString &buyerName, const QString &buyerEmail);
    Q_INVOKABLE void voidTicket(const QString &ticketId, bool refund);
    // A ticket code at the gate; a pairing code becomes a pairingOffer.
    Q_INVOKABLE void scan(const QString &code);
    // Every 15 s and on the Gate page's button: the lists (refresh()), then the gate's
    // queued entries up and its keys, revocations and other gates' entries down.
    Q_INVOKABLE void synchronizeGate();
    // The backend's tokens (needs an admin token): listed, made, rotated, revoked.
    Q_INVOKABLE void refreshTokens();
    Q_INVOKABLE void createToken(const QString &scope);
    Q_INVOKABLE void rotateToken(const QString &id);
    Q_INVOKABLE void revokeToken(const QString &id);

    // The sentence shown at the gate for a decision ("Already used at 14:05 at gate North").
    static QString reasonText(const GateDecision &decision);
    // Whether a code would open this gate now (offline, from the gate's keys), without admitting anyone.
    GateDecision inspect(const QString &code) const { return m_gate ? m_gate->inspect(code) : GateDecision {}; }

Q_SIGNALS:
    void settingsChanged();
    void busyChanged();
    void onlineChanged();
    void messageChanged();
    void searchTextChanged();
    void gateCountsChanged();
    void lastScanChanged();
    void issued(int count);
    void ticketTypeCreated(int id);
    void ledgerStatusChanged();
    void newTokenChanged();
    void pairingOfferChanged();

private:
    void applySettings();
    void setMessage(const QString &message, bool confirmation = false);
    void setOnline(bool online);
    void track(int delta);
    void pullTickets();
    void showTickets();
    QString tokenFile() const;
    QString readToken() const;
    void reportError(const TicketingError &error);
    void showNewToken(const TicketingResult<ApiToken> &result);
    void verifyLedgerPages(
        std::shared_ptr<class LedgerVerifier> verifier, qint64 after, qint64 recordedSequence, QString recordedHash);
    void setLedgerStatus(bool valid, const QString &status);

    TicketingProvider *m_provider;
    QString m_providerName;
    QStringList m_pluginProblems;
    const Clock &m_clock;
    QSettings m_settings;
    TicketTypeModel m_types;
    IssuedTicketModel m_tickets;
    ApiTokenModel m_apiTokens;
    QString m_newToken;
    std::optional<TicketingPairing> m_pairingOffer;
    QHash<quint64, IssuedTicket> m_known;
    qint64 m_cursor = 0;
    RedemptionQueue m_queue;
    GateController *m_gate = nullptr;
    QTimer m_refreshTimer;
    QString m_search;
    QString m_message;
    bool m_messageIsConfirmation = false;
    QString m_pendingIssueKey;
    QString m_pendingIssueSignature;
    GateDecision m_lastScan;
    bool m_hasLastScan = false;
    QString m_ledgerStatus;
    bool m_ledgerValid = true;
    bool m_online = false;
    int m_busy = 0;
};
