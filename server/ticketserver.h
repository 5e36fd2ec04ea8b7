// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ticketdatabase.h"

#include <QAbstractHttpServer>
#include <QByteArrayList>
#include <QTcpServer>

// A TCP server that cuts connections sending more than a limit before their reply: the HTTP
// layer buffers whole bodies, so oversized requests are stopped here, while they arrive.
class LimitedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit LimitedTcpServer(qint64 maxRequestBytes, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    qint64 m_maxRequestBytes;
};

// omnium-ticketd's HTTP API (docs/ticketd-api.md): JSON in and out, bearer-token auth on all
// but /v1/health and /v1/keys, errors as {"error":{"code","message"}} with a fitting status.
class TicketServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    TicketServer(TicketDatabase *database, QByteArrayList tokens, qint64 maxBodyBytes, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder) override;

private:
    TicketDatabase::Outcome route(const QHttpServerRequest &request);
    bool authorized(const QHttpServerRequest &request) const;

    TicketDatabase *m_database;
    QByteArrayList m_tokens;
    qint64 m_maxBodyBytes;
};
