// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "overlaytcpserver.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <vector>

class OverlayDataSource;
class OverlayHttpHandler;
class QWebSocket;

// Serves the stream overlays (bracket, scoreboard, up next, standings, lower third) to OBS
// browser sources and any browser, with a read-only JSON API and WebSocket push, so casters
// never re-type names. Off until started; on 127.0.0.1 unless the venue network is chosen,
// and then every page, API call and WebSocket needs the access token (which pageUrl() puts
// in the URL the app offers to copy). It only reads the OverlayDataSource: nothing a client
// sends can change anything. Protocol and JSON: docs/overlay-api.md.
class OverlayServer : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)
    Q_PROPERTY(Exposure exposure READ exposure WRITE setExposure NOTIFY exposureChanged)
    Q_PROPERTY(int port READ port WRITE setPort NOTIFY portChanged)
    Q_PROPERTY(QString token READ token NOTIFY tokenChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    // pageUrl() of each of pageNames(), in that order (empty strings while stopped).
    Q_PROPERTY(QStringList pageUrls READ pageUrls NOTIFY pageUrlsChanged)

public:
    // Who may connect: this computer only, or the venue network (with the token).
    enum class Exposure { Loopback, Network };
    Q_ENUM(Exposure)

    struct Limits {
        OverlayTcpServer::Limits tcp;
        int maxWebSockets = 100;
        int maxTopicsPerSocket = 8;
        // Bytes waiting for a slow WebSocket reader beyond which its pushes are held back
        // (only the latest state of each topic goes out once it catches up), and how many
        // heartbeats in a row it may stay over the limit before it is closed.
        qint64 maxBufferedBytes = 1024 * 1024;
        int maxStuckHeartbeats = 3;
        int heartbeatMs = 10'000;
    };

    static constexpr int apiVersion = 1;
    static constexpr quint16 defaultPort = 47820;

    explicit OverlayServer(OverlayDataSource &source, QObject *parent = nullptr);
    ~OverlayServer() override;

    // Starts listening (restarts when already running); false with errorString() on failure.
    Q_INVOKABLE bool start();
    Q_INVOKABLE void stop();
    bool isRunning() const;

    Exposure exposure() const { return m_exposure; }
    // Takes effect at the next start().
    void setExposure(Exposure exposure);
    // The port asked for; 0 picks a free one (tests). serverPort() is the one in use.
    int port() const { return m_port; }
    void setPort(int port);
    quint16 serverPort() const;
    // The address listened on in Network mode (default: any); takes effect at the next start().
    void setNetworkAddress(const QHostAddress &address);
    // This computer's addresses on the networks it is connected to (IPv4, then IPv6; no
    // loopback or link-local), for the user to pick the venue network's.
    Q_INVOKABLE static QStringList networkAddresses();
    void setLimits(const Limits &limits);

    QString token() const { return m_token; }
    // An empty token generates a new one (invalidating every URL handed out before).
    void setToken(const QString &token);
    static QString generateToken();

    QString errorString() const { return m_errorString; }

    // The overlay pages, by their path ("bracket", "scoreboard", "upnext", "standings", "lowerthird").
    static QStringList pageNames();
    // The URL to paste into OBS for a page: this computer's address on the venue network
    // (in Network mode) and the token; empty when not running or the page is unknown.
    Q_INVOKABLE QUrl pageUrl(const QString &page) const;
    QStringList pageUrls() const;
    // The language put in the URLs handed out ("fr", "en"; empty: the browser's).
    void setPageLanguage(const QString &language);
    // Puts the URL of page number index (in pageNames()) on the clipboard, for OBS.
    Q_INVOKABLE void copyPageUrl(int index) const;

    int webSocketCount() const { return int(m_sockets.size()); }
    // Bytes queued for WebSocket clients right now (bounded by Limits::maxBufferedBytes).
    qint64 bufferedBytes() const;
    // TCP connections open right now (HTTP and WebSocket), for tests and diagnostics.
    int openConnections() const { return m_tcp ? m_tcp->openConnections() : 0; }

Q_SIGNALS:
    void runningChanged();
    void exposureChanged();
    void portChanged();
    void tokenChanged();
    void errorStringChanged();
    void pageUrlsChanged();

private:
    friend class OverlayHttpHandler;
    struct Subscriber {
        std::unique_ptr<QWebSocket> socket;
        QStringList topics;
        QSet<QString> held; // topics whose latest state is held back until the reader catches up
        int stuckHeartbeats = 0;
    };

    void setErrorString(const QString &error);
    void acceptWebSockets();
    void removeSocket(QWebSocket *socket);
    void closeSockets();
    void push(Subscriber &subscriber, const QString &topic, const QString &message);
    void catchUp(QWebSocket *socket);
    QString message(const QString &topic) const;
    void markDirty(const QString &topic);
    void flush();
    void sendHeartbeat();

    OverlayDataSource &m_source;
    Exposure m_exposure = Exposure::Loopback;
    int m_port = defaultPort;
    QHostAddress m_networkAddress = QHostAddress::Any;
    Limits m_limits;
    QString m_token;
    QString m_errorString;
    QString m_pageLanguage;
    std::unique_ptr<OverlayHttpHandler> m_http;
    QPointer<OverlayTcpServer> m_tcp;
    std::vector<Subscriber> m_sockets;
    QSet<QString> m_dirty;
    QTimer m_flushTimer;
    QTimer m_heartbeat;
};
