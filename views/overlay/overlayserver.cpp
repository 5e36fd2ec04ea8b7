// SPDX-License-Identifier: GPL-3.0-or-later
#include "overlayserver.h"

#include "core/logging.h"
#include "overlaydatasource.h"
#include "overlayhttphandler.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QNetworkInterface>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <QWebSocket>

using namespace Qt::StringLiterals;

OverlayServer::OverlayServer(OverlayDataSource &source, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_token(generateToken())
{
    // Every change emitted in one pass of the event loop goes out in one push.
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    m_flushTimer.callOnTimeout(this, &OverlayServer::flush);
    // Lets pages notice a dead connection (laptop asleep, cable pulled) and reconnect.
    m_heartbeat.setInterval(10'000);
    m_heartbeat.callOnTimeout(this, &OverlayServer::sendHeartbeat);
    connect(&m_source, &OverlayDataSource::changed, this, &OverlayServer::markDirty);
}

OverlayServer::~OverlayServer()
{
    stop();
}

QStringList OverlayServer::pageNames()
{
    return {u"bracket"_s, u"scoreboard"_s, u"upnext"_s, u"standings"_s, u"lowerthird"_s};
}

QString OverlayServer::generateToken()
{
    QByteArray bytes(18, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool OverlayServer::isRunning() const
{
    return m_http && m_tcp && m_tcp->isListening();
}

void OverlayServer::setExposure(Exposure exposure)
{
    if (m_exposure == exposure)
        return;
    m_exposure = exposure;
    Q_EMIT exposureChanged();
}

void OverlayServer::setPort(int port)
{
    if (m_port == port || port < 0 || port > 65535)
        return;
    m_port = port;
    Q_EMIT portChanged();
}

quint16 OverlayServer::serverPort() const
{
    return isRunning() ? m_tcp->serverPort() : 0;
}

void OverlayServer::setToken(const QString &token)
{
    const auto value = token.isEmpty() ? generateToken() : token;
    if (value == m_token)
        return;
    m_token = value;
    Q_EMIT tokenChanged();
    Q_EMIT pageUrlsChanged();
}

void OverlayServer::setErrorString(const QString &error)
{
    if (m_errorString == error)
        return;
    m_errorString = error;
    Q_EMIT errorStringChanged();
}

bool OverlayServer::start()
{
    const bool wasRunning = isRunning();
    closeSockets();
    m_http.reset();
    auto http = std::make_unique<OverlayHttpHandler>(*this);
    auto *tcp = new OverlayTcpServer(m_limits.tcp);
    const auto address = m_exposure == Exposure::Network ? m_networkAddress : QHostAddress(QHostAddress::LocalHost);
    if (!tcp->listen(address, quint16(m_port))) {
        setErrorString(tr("The overlay server cannot listen on port %1: %2").arg(m_port).arg(tcp->errorString()));
        delete tcp;
        if (wasRunning)
            Q_EMIT runningChanged();
        return false;
    }
    http->bind(tcp); // takes ownership
    connect(http.get(), &QAbstractHttpServer::newWebSocketConnection, this, &OverlayServer::acceptWebSockets);
    m_http = std::move(http);
    m_tcp = tcp;
    m_heartbeat.start();
    setErrorString({});
    qCInfo(lcOverlay) << "overlay server listening on" << address << tcp->serverPort();
    Q_EMIT runningChanged();
    Q_EMIT pageUrlsChanged();
    return true;
}

void OverlayServer::stop()
{
    if (!m_http)
        return;
    m_heartbeat.stop();
    closeSockets();
    m_http.reset();
    m_tcp = nullptr;
    qCInfo(lcOverlay) << "overlay server stopped";
    Q_EMIT runningChanged();
    Q_EMIT pageUrlsChanged();
}

QUrl OverlayServer::pageUrl(const QString &page) const
{
    if (!isRunning() || !pageNames().contains(page))
        return {};
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(serverPort());
    url.setPath(u"/"_s + page);
    if (m_exposure == Exposure::Network) {
        const auto addresses = QNetworkInterface::allAddresses();
        for (const auto &address : addresses) {
            if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback() && !address.isLinkLocal()
                && (m_networkAddress == QHostAddress::Any || m_networkAddress == QHostAddress::AnyIPv4)) {
                url.setHost(address.toString());
                break;
            }
        }
        if (m_networkAddress != QHostAddress::Any && m_networkAddress != QHostAddress::AnyIPv4)
            url.setHost(m_networkAddress.toString());
    }
    QUrlQuery query;
    if (m_exposure == Exposure::Network)
        query.addQueryItem(u"token"_s, m_token);
    if (!m_pageLanguage.isEmpty())
        query.addQueryItem(u"lang"_s, m_pageLanguage);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QStringList OverlayServer::pageUrls() const
{
    QStringList urls;
    const auto pages = pageNames();
    for (const auto &page : pages)
        urls.append(pageUrl(page).toString());
    return urls;
}

void OverlayServer::setPageLanguage(const QString &language)
{
    const auto value = language == u"fr" || language == u"en" ? language : QString();
    if (value == m_pageLanguage)
        return;
    m_pageLanguage = value;
    Q_EMIT pageUrlsChanged();
}

void OverlayServer::copyPageUrl(int index) const
{
    const auto urls = pageUrls();
    if (index >= 0 && index < urls.size() && !urls.at(index).isEmpty())
        QGuiApplication::clipboard()->setText(urls.at(index));
}

void OverlayServer::acceptWebSockets()
{
    while (m_http && m_http->hasPendingWebSocketConnections()) {
        auto socket = m_http->nextPendingWebSocketConnection();
        if (!socket)
            continue;
        if (m_tcp)
            m_tcp->markUpgraded(socket->peerAddress(), socket->peerPort());
        // Pages never need to send anything; a client that does gets small frames only.
        socket->setMaxAllowedIncomingFrameSize(1024);
        socket->setMaxAllowedIncomingMessageSize(1024);
        const auto topics = QUrlQuery(socket->requestUrl()).queryItemValue(u"topics"_s, QUrl::FullyDecoded).split(u',');
        auto *raw = socket.get();
        // Queued: a socket may drop while flush() walks the list.
        connect(raw, &QWebSocket::disconnected, this, [this, raw] { removeSocket(raw); }, Qt::QueuedConnection);
        m_sockets.push_back({std::move(socket), topics});
        // The current state at once, so a (re)connecting page never shows stale data.
        for (const auto &topic : topics) {
            int status = 0;
            raw->sendTextMessage(
                QString::fromUtf8(QJsonDocument(m_http->envelope(topic, &status)).toJson(QJsonDocument::Compact)));
        }
    }
}

void OverlayServer::closeSockets()
{
    for (auto &subscriber : m_sockets)
        subscriber.socket->disconnect(this); // no removeSocket() while the list is cleared
    m_sockets.clear();
}

void OverlayServer::removeSocket(QWebSocket *socket)
{
    const auto it = std::find_if(
        m_sockets.begin(), m_sockets.end(), [socket](const Subscriber &s) { return s.socket.get() == socket; });
    if (it == m_sockets.end())
        return;
    it->socket.release()->deleteLater(); // it may still be delivering signals
    m_sockets.erase(it);
}

void OverlayServer::markDirty(const QString &topic)
{
    m_dirty.insert(topic);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void OverlayServer::flush()
{
    const auto dirty = std::exchange(m_dirty, {});
    if (!m_http || m_sockets.empty())
        return;
    const bool all = dirty.contains(OverlayDataSource::allTopic());
    const bool phasesChanged = dirty.contains(OverlayDataSource::phasesTopic());
    QHash<QString, QString> messages; // topic → message, built once for all subscribers
    for (const auto &subscriber : m_sockets) {
        for (const auto &topic : subscriber.topics) {
            const bool follows = topic.endsWith(u"/live");
            if (!all && !dirty.contains(m_http->resolve(topic)) && !(follows && phasesChanged))
                continue;
            auto message = messages.constFind(topic);
            if (message == messages.cend()) {
                int status = 0;
                message = messages.insert(topic,
                    QString::fromUtf8(QJsonDocument(m_http->envelope(topic, &status)).toJson(QJsonDocument::Compact)));
            }
            subscriber.socket->sendTextMessage(*message);
        }
    }
}

void OverlayServer::sendHeartbeat()
{
    const auto message = u"{\"api\":%1,\"topic\":\"heartbeat\"}"_s.arg(apiVersion);
    for (const auto &subscriber : m_sockets)
        subscriber.socket->sendTextMessage(message);
}
