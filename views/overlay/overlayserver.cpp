// SPDX-License-Identifier: GPL-3.0-or-later
#include "overlayserver.h"

#include "core/logging.h"
#include "httpcommon.h"
#include "live/overlaydatasource.h"
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
    m_heartbeat.setInterval(m_limits.heartbeatMs);
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

void OverlayServer::setNetworkAddress(const QHostAddress &address)
{
    if (address == m_networkAddress)
        return;
    m_networkAddress = address;
    Q_EMIT pageUrlsChanged();
}

void OverlayServer::setLimits(const Limits &limits)
{
    m_limits = limits;
    m_heartbeat.setInterval(limits.heartbeatMs);
}

QStringList OverlayServer::networkAddresses()
{
    QStringList v4;
    QStringList v6;
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const auto &interface : interfaces) {
        const auto flags = interface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) || !flags.testFlag(QNetworkInterface::IsRunning)
            || flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        const auto entries = interface.addressEntries();
        for (const auto &entry : entries) {
            const auto address = entry.ip();
            if (address.isLoopback() || address.isLinkLocal())
                continue;
            if (address.protocol() == QAbstractSocket::IPv4Protocol)
                v4.append(address.toString());
            else if (address.protocol() == QAbstractSocket::IPv6Protocol)
                v6.append(address.toString());
        }
    }
    return v4 + v6;
}

qint64 OverlayServer::bufferedBytes() const
{
    qint64 total = 0;
    for (const auto &subscriber : m_sockets)
        total += subscriber.socket->bytesToWrite();
    return total;
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
        // The chosen address, or (listening on all of them) the first one another computer can reach.
        const bool any = m_networkAddress == QHostAddress::Any || m_networkAddress == QHostAddress::AnyIPv4
            || m_networkAddress == QHostAddress::AnyIPv6;
        const auto addresses = networkAddresses();
        if (!any)
            url.setHost(m_networkAddress.toString());
        else if (!addresses.isEmpty())
            url.setHost(addresses.constFirst());
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
    if (!m_http)
        return;
    HttpCommon::takeWebSockets(*m_http, m_tcp, [this](std::unique_ptr<QWebSocket> socket) {
        const auto topics = QUrlQuery(socket->requestUrl()).queryItemValue(u"topics"_s, QUrl::FullyDecoded).split(u',');
        auto *raw = socket.get();
        // Queued: a socket may drop while flush() walks the list.
        connect(raw, &QWebSocket::disconnected, this, [this, raw] { removeSocket(raw); }, Qt::QueuedConnection);
        connect(raw, &QWebSocket::bytesWritten, this, [this, raw] { catchUp(raw); });
        m_sockets.push_back({std::move(socket), topics, {}, 0});
        // The current state at once, so a (re)connecting page never shows stale data.
        for (const auto &topic : topics)
            raw->sendTextMessage(message(topic));
    });
}

QString OverlayServer::message(const QString &topic) const
{
    int status = 0;
    return QString::fromUtf8(m_http->envelope(topic, &status));
}

void OverlayServer::push(Subscriber &subscriber, const QString &topic, const QString &message)
{
    // A reader that does not keep up (a stuck browser source, a saturated link) must not
    // make the app's memory grow: its intermediate states are dropped, the latest goes out
    // when it has caught up (catchUp()).
    if (subscriber.socket->bytesToWrite() > m_limits.maxBufferedBytes) {
        subscriber.held.insert(topic);
        return;
    }
    subscriber.held.remove(topic);
    subscriber.socket->sendTextMessage(message);
}

void OverlayServer::catchUp(QWebSocket *socket)
{
    const auto it = std::find_if(
        m_sockets.begin(), m_sockets.end(), [socket](const Subscriber &s) { return s.socket.get() == socket; });
    if (it == m_sockets.end() || it->held.isEmpty() || !m_http
        || socket->bytesToWrite() > m_limits.maxBufferedBytes / 2)
        return;
    const auto held = std::exchange(it->held, {});
    for (const auto &topic : held)
        push(*it, topic, message(topic));
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
    // Each topic is looked at and built once for all subscribers (an empty message: unchanged).
    QHash<QString, QString> messages;
    for (auto &subscriber : m_sockets) {
        for (const auto &topic : std::as_const(subscriber.topics)) {
            auto text = messages.constFind(topic);
            if (text == messages.cend()) {
                const bool follows = topic.endsWith(u"/live");
                const bool changed = all || (follows && phasesChanged) || dirty.contains(m_http->resolve(topic));
                text = messages.insert(topic, changed ? message(topic) : QString());
            }
            if (!text->isEmpty())
                push(subscriber, topic, *text);
        }
    }
}

void OverlayServer::sendHeartbeat()
{
    const auto beat = u"{\"api\":%1,\"topic\":\"heartbeat\"}"_s.arg(apiVersion);
    QList<QWebSocket *> stuck;
    for (auto &subscriber : m_sockets) {
        if (subscriber.socket->bytesToWrite() <= m_limits.maxBufferedBytes) {
            subscriber.stuckHeartbeats = 0;
            subscriber.socket->sendTextMessage(beat);
        } else if (++subscriber.stuckHeartbeats >= m_limits.maxStuckHeartbeats) {
            stuck.append(subscriber.socket.get());
        }
    }
    for (auto *socket : std::as_const(stuck)) {
        qCInfo(lcOverlay) << "closing a live connection that stopped reading:" << socket->peerAddress();
        socket->abort();
        removeSocket(socket);
    }
}
