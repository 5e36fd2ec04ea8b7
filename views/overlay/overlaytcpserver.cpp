// SPDX-License-Identifier: GPL-3.0-or-later
#include "overlaytcpserver.h"

#include "core/logging.h"

#include <QTcpSocket>
#include <QTimer>

OverlayTcpServer::OverlayTcpServer(const Limits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{
    // A burst of connections is accepted (and answered) rather than left in SYN retries.
    setListenBacklogSize(1024);
}

void OverlayTcpServer::forgetClosed()
{
    m_connections.removeIf([](const auto &entry) { return entry.value().socket.isNull(); });
}

int OverlayTcpServer::openConnections()
{
    forgetClosed();
    return int(m_connections.size());
}

void OverlayTcpServer::markUpgraded(const QHostAddress &peerAddress, quint16 peerPort)
{
    forgetClosed();
    for (auto it = m_connections.begin(); it != m_connections.end(); ++it) {
        if (it->socket->peerPort() == peerPort && it->socket->peerAddress().isEqual(peerAddress)) {
            it->upgraded = true;
            it->deadline->stop();
            return;
        }
    }
}

void OverlayTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    forgetClosed();
    if (m_connections.size() >= m_limits.maxConnections) {
        qCDebug(lcOverlay) << "refusing a connection: already" << m_connections.size() << "open";
        refuse(socket, "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 2\r\n");
        return;
    }
    const QHostAddress peer = socket->peerAddress();
    const auto fromPeer = std::count_if(m_connections.cbegin(), m_connections.cend(),
        [&peer](const Connection &c) { return c.socket && c.socket->peerAddress().isEqual(peer); });
    if (fromPeer >= m_limits.maxPerAddress) {
        qCDebug(lcOverlay) << "refusing a connection:" << fromPeer << "already open from" << peer;
        refuse(socket, "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 2\r\n");
        return;
    }

    auto *deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    deadline->setInterval(m_limits.requestTimeoutMs);
    deadline->callOnTimeout(socket, [socket] {
        qCDebug(lcOverlay) << "dropping a connection that did not finish its request in time";
        socket->abort();
        socket->deleteLater();
    });
    deadline->start();
    m_connections.insert(socket, {socket, deadline, 0, false});

    // Connected before Qt HTTP Server takes the socket, so these slots see each read first.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] {
        // A reply went out: the next request on this keep-alive connection starts afresh.
        const auto it = m_connections.find(socket);
        if (it != m_connections.end() && !it->upgraded) {
            it->receivedSinceReply = 0;
            it->deadline->start();
        }
    });
    connect(socket, &QObject::destroyed, this, [this, socket] { m_connections.remove(socket); });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    addPendingConnection(socket);
}

void OverlayTcpServer::onReadyRead(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->upgraded)
        return;
    it->receivedSinceReply += socket->bytesAvailable();
    if (it->receivedSinceReply > m_limits.maxRequestBytes) {
        qCDebug(lcOverlay) << "refusing a request larger than" << m_limits.maxRequestBytes << "bytes";
        m_connections.erase(it);
        socket->readAll(); // nothing left for the HTTP parser
        refuse(socket, "HTTP/1.1 413 Content Too Large\r\n");
    }
}

void OverlayTcpServer::refuse(QTcpSocket *socket, const QByteArray &statusLine)
{
    socket->write(statusLine + "Connection: close\r\nContent-Length: 0\r\n\r\n");
    socket->disconnectFromHost();
    // A peer that never reads its reply must not keep the socket: give it a second.
    QTimer::singleShot(1000, socket, [socket] { socket->abort(); });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater, Qt::UniqueConnection);
    if (socket->state() == QAbstractSocket::UnconnectedState)
        socket->deleteLater();
}
