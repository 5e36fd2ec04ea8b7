// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>

class QTcpSocket;
class QTimer;

// The listening socket under the overlay server, which bounds what one client can cost:
// Qt HTTP Server itself has no connection limit, no request size limit and no timeout, so
// a venue network (or a stuck browser source) could otherwise exhaust the app. Connections
// beyond the limit, or beyond one address's share, get "503" at once; a request that is not complete within the timeout
// (slowloris) is dropped; a request larger than the size limit gets "413" and is dropped.
// Sockets upgraded to WebSocket are exempt from the timeout and size limit (the WebSocket
// layer has its own frame limits).
class OverlayTcpServer final : public QTcpServer
{
    Q_OBJECT

public:
    struct Limits {
        int maxConnections = 200;
        int maxPerAddress = 50; // one client cannot take every slot
        qint64 maxRequestBytes = 16 * 1024;
        int requestTimeoutMs = 10'000;
    };

    explicit OverlayTcpServer(const Limits &limits, QObject *parent = nullptr);

    // Exempts the connection from peerAddress:peerPort from the limits (after a WebSocket upgrade).
    void markUpgraded(const QHostAddress &peerAddress, quint16 peerPort);
    int openConnections();

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    struct Connection {
        // Qt WebSockets may drop the socket's signal connections when it takes it over, so
        // the destroyed() hook cannot be relied on: a guarded pointer tells a closed one.
        QPointer<QTcpSocket> socket;
        QTimer *deadline = nullptr;
        qint64 receivedSinceReply = 0;
        bool upgraded = false;
    };
    void refuse(QTcpSocket *socket, const QByteArray &statusLine);
    void onReadyRead(QTcpSocket *socket);
    void forgetClosed();

    Limits m_limits;
    QHash<QTcpSocket *, Connection> m_connections;
};
