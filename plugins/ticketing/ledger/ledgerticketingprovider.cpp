// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledgerticketingprovider.h"

#include "core/logging.h"
#include "ticketing/ticketcrypto.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QPromise>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

LedgerTicketingProvider::LedgerTicketingProvider(QObject *parent)
    : QObject(parent)
{
    m_network.setAutoDeleteReplies(true);
}

QString LedgerTicketingProvider::providerId() const
{
    return u"ledger"_s;
}

void LedgerTicketingProvider::configure(const TicketingSettings &settings)
{
    m_settings = settings;
    m_settings.maxAttempts = qBound(1, settings.maxAttempts, 10);
    m_settings.timeoutMs = qBound(100, settings.timeoutMs, 600000);
    // No connection (nor TLS session) made under other settings is reused.
    m_network.clearConnectionCache();
}

void LedgerTicketingProvider::send(const Call &call, int attempt, Done done)
{
    if (!m_settings.endpoint.isValid() || m_settings.endpoint.scheme().isEmpty()) {
        done(LedgerReply::Outcome {
            {}, TicketingError::make(TicketingError::Kind::NotConfigured, u"no ticketing server address is set"_s)});
        return;
    }
    QUrl url = m_settings.endpoint;
    const qsizetype question = call.path.indexOf(u'?');
    QString basePath = url.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + call.path.left(question));
    if (question >= 0)
        url.setQuery(call.path.mid(question + 1));

    QNetworkRequest request(url);
    request.setTransferTimeout(m_settings.timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("Accept", "application/json");
    if (!m_settings.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_settings.token.toUtf8());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    const bool pinned = !m_settings.certificateSha256.isEmpty();
    if (pinned && url.scheme() != u"https") {
        done(LedgerReply::Outcome {{},
            TicketingError::make(TicketingError::Kind::NotConfigured,
                u"this server was paired with a certificate: its address must be https"_s)});
        return;
    }
    QNetworkReply *reply = m_network.sendCustomRequest(request, call.verb, call.body);
    if (pinned) {
        // The pinned certificate and no other: errors about a self-signed certificate or
        // the host name are forgiven for it alone, and a CA-signed stranger is refused.
        const QByteArray pin = m_settings.certificateSha256;
        const auto matches = [reply, pin] {
            return reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256) == pin;
        };
        connect(reply, &QNetworkReply::sslErrors, reply, [reply, matches](const QList<QSslError> &errors) {
            if (matches())
                reply->ignoreSslErrors(errors);
        });
        connect(reply, &QNetworkReply::encrypted, reply, [reply, matches] {
            if (!matches()) {
                qCWarning(lcTicketing) << "ledger: the server's certificate is not the paired one";
                reply->setProperty("omniumWrongCertificate", true);
                reply->abort();
            }
        });
    }
    // A hostile server cannot make us buffer without end.
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > LedgerReply::MaxBodyBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, call, attempt, done = std::move(done)]() {
        // A transfer cut short (timeout, connection lost) is no answer, even after a status line.
        const bool transportFailed
            = reply->error() > QNetworkReply::NoError && reply->error() < QNetworkReply::ContentAccessDenied;
        const int status = transportFailed ? 0 : reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        // (A reply aborted by configure() is closed: nothing to read.)
        const QByteArray body = !reply->isOpen()                  ? QByteArray()
            : reply->bytesAvailable() > LedgerReply::MaxBodyBytes ? QByteArray(LedgerReply::MaxBodyBytes + 1, ' ')
                                                                  : reply->readAll();
        // A connection reused from the cache shows no handshake: its certificate is checked here.
        if (!m_settings.certificateSha256.isEmpty() && reply->error() == QNetworkReply::NoError
            && reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256)
                != m_settings.certificateSha256)
            reply->setProperty("omniumWrongCertificate", true);
        const bool wrongCertificate = reply->property("omniumWrongCertificate").toBool();
        QString networkError;
        if (wrongCertificate)
            networkError = u"the server's certificate is not the one paired with (someone may be in the middle)"_s;
        else if (reply->error() == QNetworkReply::OperationCanceledError)
            networkError = u"no answer within %1 ms"_s.arg(m_settings.timeoutMs);
        else if (reply->error() != QNetworkReply::NoError)
            networkError = reply->errorString();
        const LedgerReply::Outcome outcome = LedgerReply::interpret(
            wrongCertificate ? 0 : status, wrongCertificate ? QByteArray() : body, networkError);
        if (LedgerReply::retryable(outcome.error) && attempt < m_settings.maxAttempts) {
            const int delay = 250 * (1 << (attempt - 1));
            qCInfo(lcTicketing) << "ledger:" << call.verb << call.path << "failed (" << outcome.error.message
                                << "), retrying in" << delay << "ms";
            QTimer::singleShot(delay, this, [this, call, attempt, done] { send(call, attempt + 1, done); });
            return;
        }
        done(outcome);
    });
}

template<typename T>
QFuture<TicketingResult<T>> LedgerTicketingProvider::run(
    const Call &call, TicketingResult<T> (*parse)(const LedgerReply::Outcome &))
{
    auto promise = std::make_shared<QPromise<TicketingResult<T>>>();
    promise->start();
    send(call, 1, [promise, parse](const LedgerReply::Outcome &outcome) {
        promise->addResult(parse(outcome));
        promise->finish();
    });
    return promise->future();
}

QFuture<TicketingResult<QList<TicketType>>> LedgerTicketingProvider::listTicketTypes()
{
    return run(Call {"GET", u"/v1/ticket-types"_s, {}}, &LedgerReply::ticketTypes);
}

QFuture<TicketingResult<QList<IssuedTicket>>> LedgerTicketingProvider::issueTickets(const IssueRequest &request)
{
    auto promise = std::make_shared<QPromise<TicketingResult<QList<IssuedTicket>>>>();
    promise->start();
    m_pendingIssues.append({request, promise});
    if (m_pendingIssues.size() == 1)
        QTimer::singleShot(0, this, &LedgerTicketingProvider::sendPendingIssues);
    return promise->future();
}

void LedgerTicketingProvider::sendPendingIssues()
{
    constexpr qsizetype MaxItems = 1000; // the server's limit per batch
    constexpr qsizetype MaxBytes = 60 * 1024; // under the server's default body limit (64 KiB)
    const QList<PendingIssue> pending = std::exchange(m_pendingIssues, {});
    qsizetype first = 0;
    while (first < pending.size()) {
        QJsonArray requests;
        qsizetype bytes = 0;
        qsizetype end = first;
        for (; end < pending.size() && requests.size() < MaxItems; ++end) {
            const QJsonObject json = pending.at(end).request.toJson();
            const qsizetype size = QJsonDocument(json).toJson(QJsonDocument::Compact).size() + 1;
            if (!requests.isEmpty() && bytes + size > MaxBytes)
                break;
            requests.append(json);
            bytes += size;
        }
        const QList<PendingIssue> chunk = pending.mid(first, end - first);
        first = end;
        if (chunk.size() == 1) {
            const QByteArray body = QJsonDocument(requests.first().toObject()).toJson(QJsonDocument::Compact);
            send(Call {"POST", u"/v1/tickets"_s, body}, 1, [promise = chunk.first().promise](const auto &outcome) {
                promise->addResult(LedgerReply::tickets(outcome));
                promise->finish();
            });
            continue;
        }
        const QByteArray body = QJsonDocument(QJsonObject {{u"requests"_s, requests}}).toJson(QJsonDocument::Compact);
        send(Call {"POST", u"/v1/tickets/batch"_s, body}, 1, [chunk](const LedgerReply::Outcome &outcome) {
            const auto results = LedgerReply::ticketBatch(outcome, chunk.size());
            for (qsizetype i = 0; i < chunk.size(); ++i) {
                chunk.at(i).promise->addResult(results.at(i));
                chunk.at(i).promise->finish();
            }
        });
    }
}

QFuture<TicketingResult<IssuedTicket>> LedgerTicketingProvider::voidTicket(quint64 ticketId, bool refund)
{
    const QByteArray body = QJsonDocument(QJsonObject {{u"refund"_s, refund}}).toJson(QJsonDocument::Compact);
    return run(Call {"POST", u"/v1/tickets/%1/void"_s.arg(TicketCrypto::ticketIdToText(ticketId)), body},
        &LedgerReply::ticket);
}

QFuture<TicketingResult<Redemption>> LedgerTicketingProvider::redeem(const RedemptionRequest &request)
{
    const QByteArray body = QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
    return run(Call {"POST", u"/v1/redemptions"_s, body}, &LedgerReply::redemption);
}

QFuture<TicketingResult<SyncBatch>> LedgerTicketingProvider::sync(qint64 cursor)
{
    return run(Call {"GET", u"/v1/sync?cursor=%1"_s.arg(cursor), {}}, &LedgerReply::syncBatch);
}

QFuture<TicketingResult<TicketKeySet>> LedgerTicketingProvider::fetchPublicKeys()
{
    return run(Call {"GET", u"/v1/keys"_s, {}}, &LedgerReply::keySet);
}

QFuture<TicketingResult<HealthStatus>> LedgerTicketingProvider::health()
{
    return run(Call {"GET", u"/v1/health"_s, {}}, &LedgerReply::health);
}

QFuture<TicketingResult<TicketType>> LedgerTicketingProvider::createTicketType(const TicketType &draft)
{
    const QByteArray body = QJsonDocument(draft.toCreateJson()).toJson(QJsonDocument::Compact);
    return run(Call {"POST", u"/v1/ticket-types"_s, body}, &LedgerReply::ticketType);
}

QFuture<TicketingResult<LedgerPage>> LedgerTicketingProvider::ledger(qint64 after)
{
    return run(Call {"GET", u"/v1/ledger?after=%1&limit=5000"_s.arg(after), {}}, &LedgerReply::ledgerPage);
}

QFuture<TicketingResult<QList<ApiToken>>> LedgerTicketingProvider::listTokens()
{
    return run(Call {"GET", u"/v1/tokens"_s, {}}, &LedgerReply::apiTokens);
}

QFuture<TicketingResult<ApiToken>> LedgerTicketingProvider::createToken(const QString &scope)
{
    const QByteArray body = QJsonDocument(QJsonObject {{u"scope"_s, scope}}).toJson(QJsonDocument::Compact);
    return run(Call {"POST", u"/v1/tokens"_s, body}, &LedgerReply::apiToken);
}

QFuture<TicketingResult<ApiToken>> LedgerTicketingProvider::rotateToken(const QString &id)
{
    return run(Call {"POST", u"/v1/tokens/%1/rotate"_s.arg(QString::fromUtf8(QUrl::toPercentEncoding(id))), {}},
        &LedgerReply::apiToken);
}

QFuture<TicketingResult<ApiToken>> LedgerTicketingProvider::revokeToken(const QString &id)
{
    return run(Call {"DELETE", u"/v1/tokens/%1"_s.arg(QString::fromUtf8(QUrl::toPercentEncoding(id))), {}},
        &LedgerReply::apiToken);
}
