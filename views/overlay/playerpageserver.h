// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "overlaytcpserver.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QTranslator>
#include <QUrl>

#include <memory>
#include <vector>

class OverlayDataSource;
class PlayerPhones;
class PlayerPageHandler;
class QWebSocket;

// Serves the players' phone pages and the hall's call board (docs/player-pages.md), from the
// same server family as the overlays (OverlayTcpServer's connection limits, the same headers).
// Off until started; on 127.0.0.1 unless the venue network is chosen. A player's page is
// /p/<secret>: a wrong or revoked secret gets 403 and reads nothing; the only thing it may
// change is its own player's current match, through PlayerPhones::report. The call board
// needs the board token on the venue network, as the overlays do. /find (the poster's QR
// code) lists tags and hands a page's link only for the code printed beside it.
class PlayerPageServer : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY runningChanged)

public:
    enum class Exposure { Loopback, Network };
    Q_ENUM(Exposure)

    struct Limits {
        OverlayTcpServer::Limits tcp {1100, 1100, 8 * 1024, 10'000};
        int maxWebSockets = 1024;
        // Requests one address may make in a window (pages, reports, WebSocket opens): a
        // phone needs a handful; guessing secrets needs billions.
        int requestsPerWindow = 60;
        int windowMs = 60'000;
        // Wrong codes typed for one player on the find page in a window, from any address:
        // whoever tries to guess a player's code gets a handful of tries a minute.
        int findFailuresPerWindow = 5;
    };
    static constexpr quint16 defaultPort = 47821;

    // overlays: where the phone's bracket and standings come from (the overlays' JSON, which
    // the phone draws with the overlays' renderers); none, no bracket on the phone.
    explicit PlayerPageServer(PlayerPhones &phones, OverlayDataSource *overlays = nullptr, QObject *parent = nullptr);
    ~PlayerPageServer() override;

    Q_INVOKABLE bool start();
    Q_INVOKABLE void stop();
    bool isRunning() const;
    QString errorString() const { return m_errorString; }

    void setExposure(Exposure exposure) { m_exposure = exposure; } // at the next start()
    Exposure exposure() const { return m_exposure; }
    void setPort(int port) { m_port = port; } // 0: any free port (tests)
    quint16 serverPort() const;
    void setLimits(const Limits &limits) { m_limits = limits; }
    QString boardToken() const { return m_boardToken; }

    // The link on a player's badge or slip (this computer's venue address in Network mode).
    Q_INVOKABLE QUrl playerUrl(const QString &secret) const;
    // http://<address>:<port> the links are made from; empty when not running.
    QUrl pageBaseUrl() const { return isRunning() ? baseUrl() : QUrl(); }
    Q_INVOKABLE QUrl boardUrl() const;
    // The poster's link: a player types a few letters of their tag and their code.
    Q_INVOKABLE QUrl findUrl() const;
    int webSocketCount() const { return int(m_sockets.size()); }

    // PDFs to print (PhoneLinkPrint): the entrance's poster (the find page's QR code), and a
    // player's check-in slip (their link's QR code and find code). False and errorOccurred() when
    // the server is off (no address to print) or the file cannot be written.
    Q_INVOKABLE bool savePoster(const QUrl &file);
    Q_INVOKABLE bool saveSlip(const QUrl &file, qint64 playerId, const QString &tag);

Q_SIGNALS:
    void runningChanged();
    // A poster or slip not saved, a phone's report the organiser confirmed refused (PlayerPhones).
    void errorOccurred(const QString &message);

private:
    friend class PlayerPageHandler;
    struct Subscriber {
        std::unique_ptr<QWebSocket> socket;
        QString secret; // empty: the call board
        qint64 playerId = 0;
        QString language; // the page's, which its names are in (?lang= of the WebSocket); the board's may be "both"
        QByteArray sent; // the last state sent, so an unchanged page is not sent again
        // The phone shows the event's bracket and standings (its WebSocket asked ?view=event):
        // they come with the page, and again when they change.
        bool event = false;
        QByteArray sentEvent;
    };
    QUrl baseUrl() const;
    // Counts a request from address; false when it is over its share of the window.
    bool admit(const QHostAddress &address);
    void acceptWebSockets();
    void removeSocket(QWebSocket *socket);
    void closeSockets();
    // Sends each page whose state changed; closes those whose secret no longer opens it.
    void flush();
    void checkLinks();
    // The page's JSON, its round and station names in the phone's language ("fr" or "en"); 0: the
    // board, whose "both" is {"en": board, "fr": board} (the board shows them in turns).
    QByteArray state(qint64 playerId, const QString &language) const;
    // {"phase", "bracket", "standings"} of the player's current phase (the overlays' JSON, its
    // round and station names in the phone's language), "null" without one.
    QByteArray eventState(qint64 playerId, const QString &language) const;
    QByteArray phaseState(qint64 phase, const QString &language) const;
    // What a WebSocket carries: {"now": the desk's time in ms, "page": state[, "event": eventState]}.
    QString message(const QByteArray &state, const QByteArray &event = {}) const;

    PlayerPhones &m_phones;
    OverlayDataSource *m_overlays = nullptr;
    QTranslator m_french; // the phones' French names (MatchPresenter::InLanguage); English is the source
    Exposure m_exposure = Exposure::Loopback;
    int m_port = defaultPort;
    Limits m_limits;
    QString m_boardToken;
    QString m_errorString;
    std::unique_ptr<PlayerPageHandler> m_http;
    QPointer<OverlayTcpServer> m_tcp;
    std::vector<Subscriber> m_sockets;
    QHash<QHostAddress, int> m_requests; // this window's requests per address
    QHash<qint64, int> m_findFailures; // this window's wrong codes per player
    QTimer m_window;
    QTimer m_flushTimer;
    QTimer m_tick; // the board's countdowns and reconnect heartbeats
};
