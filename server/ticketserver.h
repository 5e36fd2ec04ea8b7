// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ticketdatabase.h"
#include "ticketing/accesstoken.h"

#include <QAbstractHttpServer>
#include <QByteArrayList>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QTcpServer>

// A TCP server that guards the HTTP layer, which buffers whole requests: it caps the open
// connections (and each client address's share of them), closes idle connections and
// requests that take too long to arrive, and cuts requests over the size limit while they
// arrive — at once when their Content-Length says so.
class LimitedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    struct Limits {
        qint64 maxBodyBytes = 65536;
        int maxConnections = 256;
        int idleTimeoutMs = 30000; // no byte either way
        int requestTimeoutMs = 30000; // from a request's first byte to its answer
    };
    explicit LimitedTcpServer(Limits limits, QObject *parent = nullptr);
    // Serves HTTPS with this certificate and key: connections reach the HTTP layer once
    // their TLS handshake is done (within the idle timeout).
    void setTls(const QSslConfiguration &configuration) { m_tls = configuration; }

    // Each client address may hold this many of the connections.
    int perClientShare() const { return qMax(4, m_limits.maxConnections / 4); }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void refuseTooLarge(QTcpSocket *socket);

    Limits m_limits;
    std::optional<QSslConfiguration> m_tls;
    int m_open = 0;
    QHash<QHostAddress, int> m_perClient;
};

// omnium-ticketd's HTTP API (docs/ticketd-api.md): JSON in and out, bearer-token auth on all
// but /v1/health and /v1/keys, each token limited to its scope (gate, box-office, admin),
// errors as {"error":{"code","message"}} with a fitting status.
class TicketServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    // The token file is read again when it changes: a token removed is revoked at once.
    TicketServer(TicketDatabase *database, QString tokenFile, qint64 maxBodyBytes, QObject *parent = nullptr);

    // Tickets one request may ask for (a batch counts the sum of its quantities): signing
    // runs on the event loop, so one request cannot stall the others for long.
    static constexpr int MaxTicketsPerRequest = 1000;

protected:
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder) override;

private:
    TicketDatabase::Outcome route(const QHttpServerRequest &request);
    std::optional<AccessToken> authorized(const QHttpServerRequest &request);
    void reloadTokens();
    // GET /v1/tokens, and POST (new), DELETE (revoke) and rotate, which rewrite the token file.
    TicketDatabase::Outcome listTokens() const;
    TicketDatabase::Outcome changeTokens(const QString &removedId, std::optional<AccessToken::Scope> added);

    TicketDatabase *m_database;
    QString m_tokenFile;
    QDateTime m_tokenFileModified;
    QList<AccessToken> m_tokens;
    qint64 m_maxBodyBytes;
};
