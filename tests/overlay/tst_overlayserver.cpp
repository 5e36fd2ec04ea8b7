// SPDX-License-Identifier: GPL-3.0-or-later
// The overlay server end to end: HTTP answers and errors, the token, robustness against
// malformed, slow, huge and numerous requests (all on 127.0.0.1), and every overlay page
// in a real headless Chromium following changes within 500 ms.

#include "headlesschromium.h"
#include "overlay/memoryoverlaydatasource.h"
#include "overlay/overlayserver.h"
#include "shell/theme.h"
#include "testartefacts.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace {

// Spins the event loop (the server lives in this thread) for up to ms.
void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

struct Response {
    int status = 0;
    QByteArray headers;
    QByteArray body;
    bool closed = false;
};

// Sends raw bytes and collects the reply until the body is complete or the server closes.
Response exchange(quint16 port, const QByteArray &request, int timeoutMs = 3000)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QByteArray received;
    QEventLoop loop;
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        received += socket.readAll();
        const auto end = received.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const auto length
            = QRegularExpression(u"(?i)content-length:\\s*(\\d+)"_s).match(QString::fromLatin1(received.left(end)));
        if (length.hasMatch() && received.size() >= end + 4 + length.captured(1).toInt())
            loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] { socket.write(request); });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    received += socket.readAll();
    Response response;
    response.closed = socket.state() == QAbstractSocket::UnconnectedState;
    const auto end = received.indexOf("\r\n\r\n");
    const auto statusLine = QRegularExpression(u"^HTTP/1\\.[01] (\\d{3})"_s).match(QString::fromLatin1(received));
    if (statusLine.hasMatch())
        response.status = statusLine.captured(1).toInt();
    response.headers = received.left(end).toLower(); // HTTP header names are case-insensitive
    response.body = end < 0 ? QByteArray() : received.mid(end + 4);
    return response;
}

// Everything the server sends back on one connection within ms (for pipelined requests).
QByteArray collect(const QHostAddress &address, quint16 port, const QByteArray &requests, int ms)
{
    QTcpSocket socket;
    socket.connectToHost(address, port);
    if (!socket.waitForConnected(3000))
        return {};
    socket.write(requests);
    QByteArray received;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { received += socket.readAll(); });
    spin(ms);
    return received + socket.readAll();
}

QByteArray headerValue(const QByteArray &headers, const QByteArray &name)
{
    const auto match = QRegularExpression(u"(?im)^%1:\\s*([^\\r\\n]*)"_s.arg(QString::fromLatin1(name)))
                           .match(QString::fromLatin1(headers));
    return match.hasMatch() ? match.captured(1).toLatin1() : QByteArray();
}

Response get(quint16 port, const QString &target, const QByteArray &host = {})
{
    const QByteArray hostHeader = host.isEmpty() ? QByteArray("127.0.0.1:" + QByteArray::number(port)) : host;
    return exchange(port, "GET " + target.toUtf8() + " HTTP/1.1\r\nHost: " + hostHeader + "\r\n\r\n");
}

QJsonObject jsonOf(const Response &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

// Which change a browser row makes to the data, and the text that must then appear.
QJsonObject withFirstSlotName(QJsonObject object, const QString &arrayKey, const QString &name)
{
    auto array = object.value(arrayKey).toArray();
    auto first = array.at(0).toObject();
    auto slots = first.value(u"slots"_s).toArray();
    auto slot = slots.at(0).toObject();
    slot.insert(u"name"_s, name);
    slots.replace(0, slot);
    first.insert(u"slots"_s, slots);
    array.replace(0, first);
    object.insert(arrayKey, array);
    return object;
}

void applyChange(MemoryOverlayDataSource &source, const QString &change, const QString &name)
{
    if (change == u"scoreboard") {
        auto board = *source.scoreboard({});
        auto match = board.value(u"match"_s).toObject();
        auto slots = match.value(u"slots"_s).toArray();
        auto slot = slots.at(1).toObject();
        slot.insert(u"name"_s, name);
        slot.insert(u"score"_s, 2);
        slots.replace(1, slot);
        match.insert(u"slots"_s, slots);
        board.insert(u"match"_s, match);
        source.setScoreboard({}, board);
    } else if (change == u"bracket") {
        source.setBracket(u"sf6-top8"_s, withFirstSlotName(*source.bracket(u"sf6-top8"_s), u"matches"_s, name));
    } else if (change == u"pool") {
        source.setBracket(u"rl-poolA"_s, withFirstSlotName(*source.bracket(u"rl-poolA"_s), u"matches"_s, name));
    } else if (change == u"upnext") {
        source.setUpNext(withFirstSlotName(source.upNext(), u"matches"_s, name));
    } else if (change == u"standings") {
        auto standings = *source.standings(u"rl-poolA"_s);
        auto rows = standings.value(u"rows"_s).toArray();
        auto row = rows.at(0).toObject();
        row.insert(u"name"_s, name);
        rows.replace(0, row);
        standings.insert(u"rows"_s, rows);
        source.setStandings(u"rl-poolA"_s, standings);
    } else if (change == u"lowerthird") {
        auto player = source.lowerThird(u"current"_s)->value(u"player"_s).toObject();
        player.insert(u"tag"_s, name);
        source.setLowerThird(u"current"_s, {{u"player"_s, player}});
    } else if (change == u"golive") {
        // The pool becomes the live phase: "follow live" pages switch to it.
        auto phases = source.phases();
        for (qsizetype i = 0; i < phases.size(); ++i) {
            auto phase = phases.at(i).toObject();
            phase.insert(u"live"_s, phase.value(u"id"_s) == u"rl-poolA"_s);
            phases.replace(i, phase);
        }
        source.setPhases(phases);
    } else {
        QFAIL("unknown change");
    }
}

} // namespace

class TestOverlayServer : public QObject
{
    Q_OBJECT

private:
    MemoryOverlayDataSource m_source;
    std::unique_ptr<OverlayServer> m_server;
    std::unique_ptr<HeadlessChromium> m_chromium;

    quint16 port() const { return m_server->serverPort(); }
    void restart(OverlayServer::Exposure exposure, const OverlayServer::Limits &limits = {})
    {
        m_server = std::make_unique<OverlayServer>(m_source);
        m_server->setPort(0);
        m_server->setExposure(exposure);
        m_server->setNetworkAddress(QHostAddress::LocalHost); // never the real network in tests
        m_server->setLimits(limits);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }
    HeadlessChromium &chromium()
    {
        if (!m_chromium) {
            m_chromium = std::make_unique<HeadlessChromium>();
            if (!m_chromium->start())
                qFatal("headless chromium: %s", qPrintable(m_chromium->error()));
        }
        return *m_chromium;
    }
    QString url(const QString &pathAndQuery) const { return u"http://127.0.0.1:%1/%2"_s.arg(port()).arg(pathAndQuery); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_source.loadDemo();
    }

    void init()
    {
        m_source.loadDemo();
        restart(OverlayServer::Exposure::Loopback);
    }

    void offByDefault()
    {
        OverlayServer server(m_source);
        QVERIFY(!server.isRunning());
        QCOMPARE(server.exposure(), OverlayServer::Exposure::Loopback);
        QVERIFY(server.pageUrl(u"scoreboard"_s).isEmpty());
        QVERIFY(server.token().size() >= 20);
    }

    void pageUrls()
    {
        QCOMPARE(m_server->pageUrl(u"scoreboard"_s).toString(), url(u"scoreboard"_s));
        QVERIFY(m_server->pageUrl(u"nope"_s).isEmpty());
        restart(OverlayServer::Exposure::Network);
        QCOMPARE(m_server->pageUrl(u"bracket"_s).toString(), url(u"bracket?token="_s + m_server->token()));
    }

    void answers_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<QString>("bodyContains");

        for (const auto &page : OverlayServer::pageNames())
            QTest::addRow("page %s", qPrintable(page)) << page << 200 << u"text/html"_s << u"overlay.js"_s;
        QTest::addRow("themed page") << u"scoreboard?theme=light&accent=FFAA00&scale=1.5&bg=chroma&chroma=0f0&lang=fr"_s
                                     << 200 << u"text/html"_s << u"overlay.js"_s;
        QTest::addRow("page ids") << u"bracket?phase=rl-poolA"_s << 200 << u"text/html"_s << u"overlay.js"_s;
        QTest::addRow("script") << u"assets/overlay.js"_s << 200 << u"text/javascript"_s << u"WebSocket"_s;
        QTest::addRow("style") << u"assets/overlay.css"_s << 200 << u"text/css"_s << u"--accent"_s;
        // The overlays' colours are the app's theme, served as CSS variables.
        QTest::addRow("theme") << u"assets/theme.css"_s << 200 << u"text/css"_s
                               << u"--state-disputed: "_s + Theme::disputedColour().name();
        QTest::addRow("api info") << u"api/v1/info"_s << 200 << u"application/json"_s << u"Omnium Open"_s;
        QTest::addRow("api phases") << u"api/v1/phases"_s << 200 << u"application/json"_s << u"sf6-top8"_s;
        QTest::addRow("api bracket") << u"api/v1/bracket/rl-poolA"_s << 200 << u"application/json"_s
                                     << u"Les Rouleurs"_s;
        QTest::addRow("api live bracket")
            << u"api/v1/bracket/live"_s << 200 << u"application/json"_s << u"\"id\":\"sf6-top8\""_s;
        QTest::addRow("api scoreboard") << u"api/v1/scoreboard"_s << 200 << u"application/json"_s << u"Ibrahim"_s;
        QTest::addRow("api up next") << u"api/v1/upnext"_s << 200 << u"application/json"_s << u"Saskia"_s;
        QTest::addRow("api standings") << u"api/v1/standings/rl-poolA"_s << 200 << u"application/json"_s
                                       << u"\"points\":9"_s;
        QTest::addRow("api player") << u"api/v1/player/kazuki"_s << 200 << u"application/json"_s << u"Kazuki Mori"_s;

        QTest::addRow("unknown page") << u"nope"_s << 404 << u"text/plain"_s << u"no such overlay"_s;
        QTest::addRow("root") << QString() << 404 << u"text/plain"_s << u"pages: bracket"_s;
        QTest::addRow("unknown parameter")
            << u"scoreboard?colour=red"_s << 400 << u"text/plain"_s << u"unknown parameter 'colour'"_s;
        QTest::addRow("bad theme") << u"scoreboard?theme=pink"_s << 400 << u"text/plain"_s << u"theme"_s;
        QTest::addRow("bad accent") << u"bracket?accent=%23zzzzzz"_s << 400 << u"text/plain"_s << u"hex colour"_s;
        QTest::addRow("bad scale") << u"standings?scale=9"_s << 400 << u"text/plain"_s << u"scale"_s;
        QTest::addRow("bad scale text") << u"standings?scale=big"_s << 400 << u"text/plain"_s << u"scale"_s;
        QTest::addRow("bad limit") << u"upnext?limit=0"_s << 400 << u"text/plain"_s << u"limit"_s;
        QTest::addRow("bad id") << u"bracket?phase=..%2F..%2Fetc"_s << 400 << u"text/plain"_s << u"phase"_s;
        QTest::addRow("other page's parameter") << u"scoreboard?phase=x"_s << 400 << u"text/plain"_s << u"allowed"_s;
        QTest::addRow("repeated parameter") << u"scoreboard?lang=fr&lang=en"_s << 400 << u"text/plain"_s << u"twice"_s;
        QTest::addRow("unknown asset") << u"assets/evil.exe"_s << 404 << u"text/plain"_s << u"no such asset"_s;
        QTest::addRow("asset traversal") << u"assets/..%2F..%2Fscoreboard.html"_s << 404 << u"text/plain"_s
                                         << u"no such asset"_s;
        QTest::addRow("unknown phase") << u"api/v1/bracket/nope"_s << 404 << u"application/json"_s
                                       << u"no such phase"_s;
        QTest::addRow("unknown player") << u"api/v1/player/nope"_s << 404 << u"application/json"_s
                                        << u"no such player"_s;
        QTest::addRow("unknown topic") << u"api/v1/everything"_s << 404 << u"application/json"_s
                                       << u"unknown API path"_s;
        QTest::addRow("other version") << u"api/v2/info"_s << 404 << u"application/json"_s << u"/api/v1/"_s;
        QTest::addRow("api parameter") << u"api/v1/info?x=1"_s << 400 << u"application/json"_s
                                       << u"unknown parameter"_s;
        QTest::addRow("live without upgrade")
            << u"api/v1/live?topics=scoreboard"_s << 426 << u"application/json"_s << u"WebSocket"_s;
    }

    void answers()
    {
        QFETCH(QString, target);
        QFETCH(int, status);
        QFETCH(QString, contentType);
        QFETCH(QString, bodyContains);
        const auto response = get(port(), u"/"_s + target);
        QCOMPARE(response.status, status);
        QVERIFY2(response.headers.contains(QByteArray("content-type: " + contentType.toUtf8())),
            response.headers.constData());
        QVERIFY2(response.headers.contains("cache-control: no-store"), response.headers.constData());
        QVERIFY2(response.body.contains(bodyContains.toUtf8()), response.body.constData());
        if (contentType == u"application/json") {
            const auto json = jsonOf(response);
            QCOMPARE(json.value(u"api"_s).toInt(), OverlayServer::apiVersion);
        }
    }

    void readOnly_data()
    {
        QTest::addColumn<QByteArray>("method");
        for (const auto method : {"POST", "PUT", "DELETE", "PATCH", "OPTIONS"})
            QTest::newRow(method) << QByteArray(method);
    }

    void readOnly()
    {
        QFETCH(QByteArray, method);
        const auto port = QByteArray::number(this->port());
        const auto response = exchange(this->port(),
            method + " /api/v1/scoreboard HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nContent-Length: 11\r\nContent-Type: application/json\r\n\r\n{\"score\":9}");
        QCOMPARE(response.status, 405);
        QVERIFY(response.headers.contains("allow: get"));
        QCOMPARE(m_source.scoreboard({})->value(u"match"_s)[u"slots"_s][0][u"score"_s].toInt(), 1);
    }

    void head_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("status");
        QTest::newRow("page") << u"/scoreboard?lang=fr"_s << 200;
        QTest::newRow("asset") << u"/assets/overlay.js"_s << 200;
        QTest::newRow("api") << u"/api/v1/bracket/live"_s << 200;
        QTest::newRow("unknown page") << u"/nope"_s << 404;
        QTest::newRow("bad parameter") << u"/scoreboard?theme=pink"_s << 400;
        QTest::newRow("unknown phase") << u"/api/v1/bracket/nope"_s << 404;
    }

    // HEAD gets GET's status and headers (Content-Length included) and no body: the next
    // response on the same connection follows the headers at once.
    void head()
    {
        QFETCH(QString, target);
        QFETCH(int, status);
        const QByteArray host = "Host: 127.0.0.1:" + QByteArray::number(port()) + "\r\n\r\n";
        const auto viaGet = get(port(), target);
        QCOMPARE(viaGet.status, status);
        const auto received = collect(QHostAddress::LocalHost, port(),
            "HEAD " + target.toUtf8() + " HTTP/1.1\r\n" + host + "GET /api/v1/info HTTP/1.1\r\n" + host, 1000);
        QVERIFY2(
            received.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status))), received.left(200).constData());
        const auto end = received.indexOf("\r\n\r\n");
        QVERIFY(end > 0);
        const auto headers = received.left(end);
        QCOMPARE(headerValue(headers, "content-length"), QByteArray::number(viaGet.body.size()));
        QCOMPARE(headerValue(headers, "content-type"), headerValue(viaGet.headers, "content-type"));
        QVERIFY2(received.mid(end + 4).startsWith("HTTP/1.1 200"), received.mid(end + 4, 100).constData());
        QVERIFY(received.mid(end + 4).contains("Omnium Open"));
    }

    void hostHeaderOnLoopback_data()
    {
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<int>("status");
        QTest::newRow("127.0.0.1") << QByteArray("127.0.0.1:%1") << 200;
        QTest::newRow("localhost") << QByteArray("localhost:%1") << 200;
        QTest::newRow("rebinding name") << QByteArray("evil.example:%1") << 400;
        QTest::newRow("wrong port") << QByteArray("127.0.0.1:1") << 400;
    }

    void hostHeaderOnLoopback()
    {
        QFETCH(QByteArray, host);
        QFETCH(int, status);
        QCOMPARE(get(port(), u"/api/v1/info"_s, host.replace("%1", QByteArray::number(port()))).status, status);
    }

    void token_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::newRow("right") << u"?token=%1"_s << 200;
        QTest::newRow("missing") << QString() << 401;
        QTest::newRow("wrong") << u"?token=AAAAAAAAAAAAAAAAAAAAAAAA"_s << 403;
        QTest::newRow("prefix") << u"?token=%2"_s << 403;
        QTest::newRow("empty") << u"?token="_s << 403;
        QTest::newRow("twice") << u"?token=%1&token=%1"_s << 403;
    }

    void token()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        restart(OverlayServer::Exposure::Network);
        const auto token = m_server->token();
        const auto filled = QString(query).replace(u"%1"_s, token).replace(u"%2"_s, token.left(10));
        QCOMPARE(get(port(), u"/scoreboard"_s + filled).status, status);
        QCOMPARE(get(port(), u"/api/v1/scoreboard"_s + filled).status, status);
        QCOMPARE(get(port(), u"/assets/overlay.js"_s).status, 200); // no data in there

        QWebSocket socket;
        QSignalSpy connected(&socket, &QWebSocket::connected);
        QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
        const auto separator = filled.isEmpty() ? u"?"_s : u"&"_s;
        socket.open(QUrl(u"ws://127.0.0.1:%1/api/v1/live%2%3topics=scoreboard"_s.arg(port()).arg(filled, separator)));
        if (status == 200) {
            QVERIFY(connected.wait(3000));
            QTRY_COMPARE(messages.size(), 1);
        } else {
            QVERIFY(!connected.wait(1000));
            QCOMPARE(m_server->webSocketCount(), 0);
        }
    }

    void webSocketPushesChanges()
    {
        QWebSocket socket;
        QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
        socket.open(QUrl(u"ws://127.0.0.1:%1/api/v1/live?topics=scoreboard,bracket/live"_s.arg(port())));
        QTRY_COMPARE(messages.size(), 2); // the current state at once
        QCOMPARE(
            QJsonDocument::fromJson(messages.at(0).at(0).toString().toUtf8())[u"topic"_s].toString(), u"scoreboard"_s);

        // Several changes in one go are pushed once; unrelated topics are not pushed.
        messages.clear();
        applyChange(m_source, u"scoreboard"_s, u"Marguerite"_s);
        applyChange(m_source, u"scoreboard"_s, u"Marguerite"_s);
        applyChange(m_source, u"upnext"_s, u"Nobody"_s);
        QTRY_COMPARE(messages.size(), 1);
        spin(100);
        QCOMPARE(messages.size(), 1);
        const auto pushed = QJsonDocument::fromJson(messages.at(0).at(0).toString().toUtf8());
        QCOMPARE(pushed[u"data"_s][u"match"_s][u"slots"_s][1][u"name"_s].toString(), u"Marguerite"_s);

        // A new live phase reaches those who follow live.
        messages.clear();
        applyChange(m_source, u"golive"_s, {});
        QTRY_COMPARE(messages.size(), 1);
        QVERIFY(messages.at(0).at(0).toString().contains(u"Les Rouleurs"_s));
    }

    void webSocketRefusals_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("no topics") << QString();
        QTest::newRow("unknown topic") << u"?topics=secrets"_s;
        QTest::newRow("bad id") << u"?topics=bracket/%2E%2E%2Fx"_s;
        QTest::newRow("too many topics") << u"?topics=info,info,info,info,info,info,info,info,info"_s;
        QTest::newRow("unknown parameter") << u"?topics=info&write=1"_s;
    }

    void webSocketRefusals()
    {
        QFETCH(QString, query);
        QWebSocket socket;
        QSignalSpy connected(&socket, &QWebSocket::connected);
        socket.open(QUrl(u"ws://127.0.0.1:%1/api/v1/live"_s.arg(port()) + query));
        QVERIFY(!connected.wait(1000));
        QCOMPARE(m_server->webSocketCount(), 0);
        QCOMPARE(get(port(), u"/api/v1/info"_s).status, 200);
    }

    // Issue #17 item 15: a web page on another site, open in the stream PC's browser, can
    // neither open the live WebSocket nor read the API.
    void webSocketChecksOrigin_data()
    {
        QTest::addColumn<QByteArray>("origin");
        QTest::addColumn<int>("status");
        QTest::newRow("another site") << QByteArray("http://evil.example") << 403;
        QTest::newRow("null") << QByteArray("null") << 403;
        QTest::newRow("same host, other port") << QByteArray("http://127.0.0.1:1") << 403;
        QTest::newRow("the server's own pages") << QByteArray("http://127.0.0.1:%1") << 101;
        QTest::newRow("no origin (OBS, scripts)") << QByteArray() << 101;
    }

    void webSocketChecksOrigin()
    {
        QFETCH(QByteArray, origin);
        QFETCH(int, status);
        const QByteArray port = QByteArray::number(this->port());
        const QByteArray originHeader
            = origin.isEmpty() ? QByteArray() : "Origin: " + origin.replace("%1", port) + "\r\n";
        const auto response = exchange(this->port(),
            "GET /api/v1/live?topics=info HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                  "Sec-WebSocket-Version: 13\r\n"
                + originHeader + "\r\n",
            1000);
        QCOMPARE(response.status, status);
    }

    void apiSendsNoWildcardCors()
    {
        const auto response = exchange(port(),
            "GET /api/v1/info HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port())
                + "\r\nOrigin: http://evil.example\r\n\r\n");
        QCOMPARE(response.status, 200);
        QVERIFY2(!response.headers.contains("access-control-allow-origin"), response.headers.constData());
    }

    // One client address cannot take every connection slot.
    void perAddressShare()
    {
        OverlayServer::Limits limits;
        limits.tcp.maxConnections = 20;
        limits.tcp.maxPerAddress = 5;
        restart(OverlayServer::Exposure::Loopback, limits);
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < 5; ++i) {
            sockets.push_back(std::make_unique<QTcpSocket>());
            sockets.back()->connectToHost(QHostAddress::LocalHost, port());
        }
        QTRY_COMPARE(m_server->openConnections(), 5);
        QCOMPARE(get(port(), u"/api/v1/info"_s).status, 503);
        // Another address still gets in.
        QTcpSocket other;
        QVERIFY(other.bind(QHostAddress(u"127.0.0.2"_s)));
        QByteArray answer;
        connect(&other, &QTcpSocket::readyRead, &other, [&] { answer += other.readAll(); });
        connect(&other, &QTcpSocket::connected, &other, [&] {
            other.write("GET /api/v1/info HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port()) + "\r\n\r\n");
        });
        other.connectToHost(QHostAddress::LocalHost, port());
        QTRY_VERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
    }

    void tooManyWebSockets()
    {
        OverlayServer::Limits limits;
        limits.maxWebSockets = 3;
        restart(OverlayServer::Exposure::Loopback, limits);
        std::vector<std::unique_ptr<QWebSocket>> sockets;
        // One after the other: each is counted before the next one knocks.
        for (int i = 0; i < 4; ++i) {
            sockets.push_back(std::make_unique<QWebSocket>());
            sockets.back()->open(QUrl(u"ws://127.0.0.1:%1/api/v1/live?topics=info"_s.arg(port())));
            if (i < 3)
                QTRY_COMPARE(m_server->webSocketCount(), i + 1);
        }
        QTRY_COMPARE_WITH_TIMEOUT(sockets.back()->state(), QAbstractSocket::UnconnectedState, 10'000);
        QCOMPARE(m_server->webSocketCount(), 3);
        // A page closing frees its place.
        sockets.front()->close();
        QTRY_COMPARE(m_server->webSocketCount(), 2);
    }

    // A WebSocket client that stops reading (a stuck browser source) costs at most the
    // buffer limit: pushes in between are dropped, the latest state goes out when it reads
    // again, and one that stays stuck is closed.
    void slowReaderIsCapped()
    {
        OverlayServer::Limits limits;
        limits.maxBufferedBytes = 64 * 1024;
        limits.heartbeatMs = 60'000; // no closing in the first part
        restart(OverlayServer::Exposure::Loopback, limits);
        // A big bracket: each push is about 100 kB.
        auto bracket = *m_source.bracket(u"sf6-top8"_s);
        auto matches = bracket.value(u"matches"_s).toArray();
        const auto model = matches.at(0).toObject();
        for (int i = 0; i < 300; ++i) {
            auto match = model;
            match.insert(u"id"_s, u"filler-%1"_s.arg(i));
            match.insert(u"label"_s, QString(200, u'x'));
            matches.append(match);
        }
        bracket.insert(u"matches"_s, matches);
        m_source.setBracket(u"sf6-top8"_s, bracket);
        const auto messageSize = QJsonDocument(bracket).toJson(QJsonDocument::Compact).size();
        QVERIFY(messageSize > 80'000);

        QTcpSocket reader;
        reader.setReadBufferSize(1024); // Qt stops reading from the kernel: the peer stalls
        reader.connectToHost(QHostAddress::LocalHost, port());
        QVERIFY(reader.waitForConnected(3000));
        reader.write(
            "GET /api/v1/live?topics=bracket/sf6-top8 HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port())
            + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
              "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n");
        QTRY_COMPARE(m_server->webSocketCount(), 1);

        constexpr int pushes = 400; // 40 MB if nothing were dropped
        qint64 mostBuffered = 0;
        for (int i = 1; i <= pushes; ++i) {
            applyChange(m_source, u"bracket"_s, u"Latest-%1"_s.arg(i));
            spin(2);
            mostBuffered = std::max(mostBuffered, m_server->bufferedBytes());
        }
        qInfo("most bytes buffered for the stalled reader: %lld (one push: %lld)", mostBuffered, qint64(messageSize));
        QVERIFY2(mostBuffered <= limits.maxBufferedBytes + 2 * messageSize, qPrintable(QString::number(mostBuffered)));
        QCOMPARE(m_server->webSocketCount(), 1);

        // It reads again: it gets the latest state, not all those in between (the kernel's
        // socket buffers hold a few megabytes on their own).
        QByteArray received;
        reader.setReadBufferSize(0);
        QObject::connect(&reader, &QTcpSocket::readyRead, &reader, [&] { received += reader.readAll(); });
        received += reader.readAll();
        QTRY_VERIFY_WITH_TIMEOUT(received.contains("Latest-400"), 10'000);
        spin(300);
        qInfo("received %lld bytes in all", qint64(received.size()));
        QVERIFY2(received.size() < pushes / 4 * messageSize, qPrintable(QString::number(received.size())));
        QVERIFY(received.lastIndexOf("Latest-400") > received.lastIndexOf("Latest-399"));

        // One that stays stuck over the limit is closed after a few heartbeats.
        limits.heartbeatMs = 100;
        restart(OverlayServer::Exposure::Loopback, limits);
        QTcpSocket stuck;
        stuck.setReadBufferSize(1024);
        stuck.connectToHost(QHostAddress::LocalHost, port());
        QVERIFY(stuck.waitForConnected(3000));
        stuck.write("GET /api/v1/live?topics=bracket/sf6-top8 HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port())
            + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
              "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n");
        QTRY_COMPARE(m_server->webSocketCount(), 1);
        for (int i = 0; i < 100 && m_server->webSocketCount() == 1; ++i) {
            applyChange(m_source, u"bracket"_s, u"Again-%1"_s.arg(i));
            spin(10);
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_server->webSocketCount(), 0, 5000);
        QCOMPARE(get(port(), u"/api/v1/info"_s).status, 200);
    }

    // On the venue network (a real interface address of this computer, not loopback) every
    // page, API call and WebSocket needs the token; the loopback-only server is not there.
    void networkListenerNeedsToken()
    {
        const auto addresses = OverlayServer::networkAddresses();
        const auto it = std::find_if(addresses.cbegin(), addresses.cend(),
            [](const QString &a) { return QHostAddress(a).protocol() == QAbstractSocket::IPv4Protocol; });
        if (it == addresses.cend())
            QSKIP("this computer has no network address besides loopback");
        const QHostAddress address(*it);

        // Loopback only (the default): nothing answers on the network address.
        QTcpSocket probe;
        probe.connectToHost(address, port());
        QVERIFY(!probe.waitForConnected(1000));

        m_server = std::make_unique<OverlayServer>(m_source);
        m_server->setPort(0);
        m_server->setExposure(OverlayServer::Exposure::Network);
        m_server->setNetworkAddress(address);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        const auto pageUrl = m_server->pageUrl(u"scoreboard"_s);
        QCOMPARE(pageUrl.host(), address.toString());
        QCOMPARE(QUrlQuery(pageUrl).queryItemValue(u"token"_s), m_server->token());

        const QByteArray host = address.toString().toLatin1() + ':' + QByteArray::number(port());
        const auto status = [&](const QString &target) {
            const auto received = collect(address, port(),
                "GET " + target.toUtf8() + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n", 500);
            return received.mid(9, 3).toInt();
        };
        const auto token = m_server->token();
        for (const auto &path : {u"/scoreboard"_s, u"/api/v1/scoreboard"_s}) {
            QCOMPARE(status(path), 401);
            QCOMPARE(status(path + u"?token=wrong-token-wrong-token"_s), 403);
            QCOMPARE(status(path + u"?token="_s + token), 200);
        }
        // The page as copied from the app works from that address, push included.
        QCOMPARE(status(pageUrl.path() + u'?' + pageUrl.query()), 200);
        QWebSocket refused;
        QSignalSpy refusedConnected(&refused, &QWebSocket::connected);
        refused.open(QUrl(u"ws://%1/api/v1/live?topics=scoreboard"_s.arg(QString::fromLatin1(host))));
        QVERIFY(!refusedConnected.wait(1000));
        QWebSocket socket;
        QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
        socket.open(QUrl(u"ws://%1/api/v1/live?topics=scoreboard&token=%2"_s.arg(QString::fromLatin1(host), token)));
        QTRY_COMPARE(messages.size(), 1);
        QCOMPARE(m_server->webSocketCount(), 1);
    }

    void malformedRequests_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status"); // 0: the server may just close
        QTest::newRow("garbage") << QByteArray("\x01\x02\xff\xfe garbage\r\n\r\n", 15) << 0;
        QTest::newRow("no version") << QByteArray("GET /scoreboard\r\n\r\n") << 0;
        QTest::newRow("bad version") << QByteArray("GET / HTTP/9.9\r\nHost: 127.0.0.1\r\n\r\n") << 0;
        QTest::newRow("bad header") << QByteArray("GET /scoreboard HTTP/1.1\r\nHost 127.0.0.1\r\n\r\n") << 0;
        QTest::newRow("nul in path") << QByteArray("GET /score\0board HTTP/1.1\r\n\r\n", 30) << 0;
        QTest::newRow("bad content length")
            << QByteArray("GET /api/v1/info HTTP/1.1\r\nContent-Length: -5\r\n\r\n") << 0;
        QTest::newRow("huge header") << QByteArray("GET /api/v1/info HTTP/1.1\r\nX-Fill: " + QByteArray(40'000, 'a')
            + "\r\n\r\n") << 413;
        QTest::newRow("huge body") << QByteArray(
            "GET /api/v1/info HTTP/1.1\r\nContent-Length: 100000\r\n\r\n" + QByteArray(100'000, 'b'))
                                   << 413;
        QTest::newRow("huge url") << QByteArray("GET /bracket?phase=" + QByteArray(30'000, 'x') + " HTTP/1.1\r\n\r\n")
                                  << 413;
    }

    void malformedRequests()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        const auto response = exchange(port(), request);
        if (status != 0)
            QCOMPARE(response.status, status);
        else
            QVERIFY2(response.status == 0 || (response.status >= 400 && response.status < 500),
                response.headers.constData());
        QCOMPARE(get(port(), u"/api/v1/info"_s).status, 200);
    }

    // Connections that trickle a byte at a time never make a whole request: each is closed
    // once the request timeout has passed, and meanwhile a real request is served. Asserted on
    // events (connected, disconnected, a reply), not on when a timer happens to fire.
    void slowlorisIsDropped()
    {
        OverlayServer::Limits limits;
        limits.tcp.requestTimeoutMs = 800;
        constexpr int count = 100;
        limits.tcp.maxPerAddress = count; // the timeout is under test here, not the share
        restart(OverlayServer::Exposure::Loopback, limits);
        std::vector<std::unique_ptr<QTcpSocket>> slow;
        int connected = 0;
        int dropped = 0;
        qint64 firstDropMs = -1;
        QElapsedTimer sinceConnecting;
        sinceConnecting.start();
        for (int i = 0; i < count; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            QObject::connect(socket.get(), &QTcpSocket::connected, socket.get(), [&connected] { ++connected; });
            QObject::connect(socket.get(), &QTcpSocket::disconnected, socket.get(), [&] {
                if (firstDropMs < 0)
                    firstDropMs = sinceConnecting.elapsed();
                ++dropped;
            });
            // From another address than the honest client's.
            QVERIFY(socket->bind(QHostAddress(u"127.0.0.2"_s)));
            socket->connectToHost(QHostAddress::LocalHost, port());
            slow.push_back(std::move(socket));
        }
        QTRY_COMPARE_WITH_TIMEOUT(connected, count, 10'000);
        // One byte every 100 ms from each: never a whole request.
        QTimer trickle;
        QObject::connect(&trickle, &QTimer::timeout, &trickle, [&slow] {
            for (auto &socket : slow)
                if (socket->state() == QAbstractSocket::ConnectedState)
                    socket->write("G");
        });
        trickle.start(100);
        // While they hang on, a real request is served.
        QCOMPARE(get(port(), u"/api/v1/info"_s).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(dropped, count, 20'000);
        // Not before the timeout (a lower bound holds under any load).
        QVERIFY2(firstDropMs >= limits.tcp.requestTimeoutMs * 3 / 4, qPrintable(QString::number(firstDropMs)));
        QCOMPARE(get(port(), u"/api/v1/info"_s).status, 200);
    }

    void thousandConnections()
    {
        constexpr int count = 1000;
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        int refused = 0;
        for (int i = 0; i < count; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            QObject::connect(socket.get(), &QTcpSocket::readyRead, socket.get(), [&refused, s = socket.get()] {
                if (s->readAll().startsWith("HTTP/1.1 503"))
                    ++refused;
            });
            socket->connectToHost(QHostAddress::LocalHost, port());
            sockets.push_back(std::move(socket));
        }
        QElapsedTimer timer;
        timer.start();
        // Everything beyond the limit is told "503" at once rather than left hanging.
        QTRY_VERIFY2_WITH_TIMEOUT(refused >= count - OverlayTcpServer::Limits().maxConnections,
            qPrintable(u"%1 refused, %2 open on the server"_s.arg(refused).arg(m_server->openConnections())), 10'000);
        qInfo("%d connections: %d refused with 503 in %lld ms", count, refused, timer.elapsed());
        sockets.clear();
        QTRY_COMPARE_WITH_TIMEOUT(get(port(), u"/api/v1/info"_s).status, 200, 3000);
        QElapsedTimer requestTimer;
        requestTimer.start();
        QCOMPARE(get(port(), u"/scoreboard"_s).status, 200);
        QVERIFY(requestTimer.elapsed() < 500);
    }

    void pagesFollowChanges_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("after");

        QTest::newRow("scoreboard") << u"scoreboard"_s << u"Ibrahim"_s << u"scoreboard"_s << u"Marguerite"_s;
        QTest::newRow("scoreboard fr") << u"scoreboard?lang=fr"_s << u"En 3 manches"_s << u"scoreboard"_s
                                       << u"Marguerite"_s;
        QTest::newRow("bracket live") << u"bracket"_s << u"Winners semi-final"_s << u"bracket"_s << u"Marguerite"_s;
        // Round names come with the data in the app's language (MatchPresenter); the page's own
        // words follow lang.
        QTest::newRow("bracket follows live")
            << u"bracket?lang=fr"_s << u"En direct"_s << u"golive"_s << u"Les Rouleurs"_s;
        QTest::newRow("bracket of a phase")
            << u"bracket?phase=rl-poolA"_s << u"Les Rouleurs"_s << u"pool"_s << u"Marguerite"_s;
        QTest::newRow("up next") << u"upnext"_s << u"Saskia"_s << u"upnext"_s << u"Marguerite"_s;
        QTest::newRow("standings") << u"standings?phase=rl-poolA&lang=fr"_s << u"Classement"_s << u"standings"_s
                                   << u"Marguerite"_s;
        QTest::newRow("lower third") << u"lowerthird"_s << u"Kazuki Mori"_s << u"lowerthird"_s << u"Marguerite"_s;
    }

    void pagesFollowChanges()
    {
        QFETCH(QString, page);
        QFETCH(QString, before);
        QFETCH(QString, change);
        QFETCH(QString, after);
        auto &browser = chromium();
        QVERIFY2(browser.open(url(page)), qPrintable(browser.error()));
        QVERIFY2(browser.evaluate(HeadlessChromium::waitForTextExpression(before, 2000)).toBool(),
            qPrintable(browser.evaluate(u"document.getElementById('root').textContent"_s).toString()));
        QVERIFY(!browser.evaluate(u"document.getElementById('root').textContent.includes('%1')"_s.arg(after)).toBool());

        const int waiting = browser.evaluateLater(HeadlessChromium::waitForTextExpression(after, 2000));
        spin(50); // the page is watching before the change is saved
        QElapsedTimer timer;
        timer.start();
        applyChange(m_source, change, after);
        const auto shown = HeadlessChromium::valueOf(browser.waitForReply(waiting)).toBool();
        const auto elapsed = timer.elapsed();
        QVERIFY(shown);
        qInfo("%s: change shown after %lld ms", qPrintable(page), elapsed);
        QVERIFY2(elapsed < 500, qPrintable(u"%1 ms"_s.arg(elapsed)));
    }

    void pageKeepsStateAndReconnects()
    {
        auto &browser = chromium();
        m_server->setPort(port()); // the same port after the restart, as in the app
        QVERIFY2(browser.open(url(u"scoreboard"_s)), qPrintable(browser.error()));
        QVERIFY(browser.evaluate(HeadlessChromium::waitForTextExpression(u"Ibrahim"_s, 2000)).toBool());

        m_server->stop();
        QVERIFY(browser
                .evaluate(uR"(new Promise((resolve) => {
            const check = () => document.body.dataset.connection === 'offline' ? resolve(true) : setTimeout(check, 20);
            check(); }))"_s)
                .toBool());
        // The last state stays on screen while the app is away...
        QVERIFY(browser.evaluate(u"document.getElementById('root').textContent.includes('Ibrahim')"_s).toBool());
        applyChange(m_source, u"scoreboard"_s, u"Marguerite"_s);
        spin(600);
        // ...and the page catches up on its own once the app is back.
        QVERIFY(m_server->start());
        QVERIFY(browser.evaluate(HeadlessChromium::waitForTextExpression(u"Marguerite"_s, 8000)).toBool());
    }

    // The bracket page replaces only the cards of the matches that changed, rebuilds when the
    // bracket's layout changes, and is right again after the app comes back.
    void bracketPatchesChangedMatches()
    {
        auto &browser = chromium();
        m_server->setPort(port());
        QVERIFY2(browser.open(url(u"bracket?phase=sf6-top8"_s)), qPrintable(browser.error()));
        QVERIFY(browser.evaluate(HeadlessChromium::waitForTextExpression(u"Winners semi-final"_s, 2000)).toBool());
        const auto markAll = u"[...document.querySelectorAll('.match')].forEach((m, i) => m.dataset.mark = i), "
                             "document.querySelectorAll('.match').length"_s;
        const int cards = browser.evaluate(markAll).toInt();
        QVERIFY(cards > 3);
        const auto marked = u"document.querySelectorAll('.match[data-mark]').length"_s;

        // One match changes: one card is new, the others are the same elements.
        applyChange(m_source, u"bracket"_s, u"Marguerite"_s);
        QVERIFY(browser.evaluate(HeadlessChromium::waitForTextExpression(u"Marguerite"_s, 2000)).toBool());
        QCOMPARE(browser.evaluate(marked).toInt(), cards - 1);
        QCOMPARE(browser.evaluate(u"document.querySelectorAll('.match').length"_s).toInt(), cards);

        // While the app is away a match is added: the page rebuilds when it reconnects.
        m_server->stop();
        auto bracket = *m_source.bracket(u"sf6-top8"_s);
        auto matches = bracket.value(u"matches"_s).toArray();
        auto extra = matches.at(0).toObject();
        extra.insert(u"id"_s, u"extra"_s);
        extra.insert(u"round"_s, 9);
        extra.insert(u"roundName"_s, u"Exhibition"_s);
        matches.append(extra);
        bracket.insert(u"matches"_s, matches);
        m_source.setBracket(u"sf6-top8"_s, bracket);
        QVERIFY(m_server->start());
        QVERIFY(browser.evaluate(HeadlessChromium::waitForTextExpression(u"Exhibition"_s, 8000)).toBool());
        QCOMPARE(browser.evaluate(u"document.querySelectorAll('.match').length"_s).toInt(), cards + 1);
        QCOMPARE(browser.evaluate(marked).toInt(), 0);
        // And patches again after that.
        browser.evaluate(markAll);
        applyChange(m_source, u"bracket"_s, u"Anselme"_s);
        QVERIFY(browser.evaluate(HeadlessChromium::waitForTextExpression(u"Anselme"_s, 2000)).toBool());
        QCOMPARE(browser.evaluate(marked).toInt(), cards);
    }

    void pageWithTokenOnTheNetworkListener()
    {
        restart(OverlayServer::Exposure::Network);
        auto &browser = chromium();
        const auto pageUrl = m_server->pageUrl(u"scoreboard"_s).toString();
        QVERIFY(pageUrl.contains(u"token="_s));
        QVERIFY2(browser.open(pageUrl), qPrintable(browser.error()));
        QVERIFY(browser.evaluate(HeadlessChromium::waitForTextExpression(u"Ibrahim"_s, 2000)).toBool());
        QElapsedTimer timer;
        timer.start();
        const int waiting = browser.evaluateLater(HeadlessChromium::waitForTextExpression(u"Marguerite"_s, 2000));
        applyChange(m_source, u"scoreboard"_s, u"Marguerite"_s);
        QVERIFY(HeadlessChromium::valueOf(browser.waitForReply(waiting)).toBool());
        QVERIFY(timer.elapsed() < 500);
        // Without the token the page itself is refused.
        QCOMPARE(get(port(), u"/scoreboard"_s).status, 401);
    }

    void largeBracketFitsTheScreen()
    {
        // A 64-entrant double elimination: 32 matches in the first round.
        QJsonArray matches;
        const auto add = [&matches](const QString &side, int round, int count) {
            for (int position = 0; position < count; ++position) {
                const auto slot = [&](int n) {
                    return QJsonObject {{u"name"_s, u"Player %1-%2-%3"_s.arg(round).arg(position).arg(n)},
                        {u"team"_s, QString()}, {u"seed"_s, n}, {u"score"_s, QJsonValue::Null}, {u"winner"_s, false},
                        {u"source"_s, QJsonValue::Null}};
                };
                matches.append(QJsonObject {{u"id"_s, u"%1-%2-%3"_s.arg(side).arg(round).arg(position)},
                    {u"side"_s, side}, {u"round"_s, round}, {u"position"_s, position}, {u"label"_s, QString()},
                    {u"bestOf"_s, 3}, {u"state"_s, u"pending"_s}, {u"station"_s, QString()},
                    {u"slots"_s, QJsonArray {slot(1), slot(2)}}});
            }
        };
        for (int round = 1, count = 32; count >= 1; ++round, count /= 2)
            add(u"winners"_s, round, count);
        const int losers[] = {16, 16, 8, 8, 4, 4, 2, 2, 1, 1};
        for (int round = 1; round <= 10; ++round)
            add(u"losers"_s, round, losers[round - 1]);
        add(u"grand_final"_s, 1, 1);
        m_source.setBracket(u"big"_s,
            {{u"phase"_s, QJsonObject {{u"id"_s, u"big"_s}, {u"name"_s, u"Bracket"_s}, {u"event"_s, u"Open"_s}}},
                {u"matches"_s, matches}});

        auto &browser = chromium();
        QVERIFY2(browser.open(url(u"bracket?phase=big"_s)), qPrintable(browser.error()));
        QVERIFY(browser.evaluate(HeadlessChromium::waitForTextExpression(u"Player 1-31-2"_s, 2000)).toBool());
        const auto lowest = browser.evaluate(
            u"Math.max(...[...document.querySelectorAll('.match')].map((m) => m.getBoundingClientRect().bottom))"_s);
        QVERIFY2(lowest.toDouble() <= 1080, qPrintable(u"a match ends at %1 px"_s.arg(lowest.toDouble())));
        const auto rightmost = browser.evaluate(
            u"Math.max(...[...document.querySelectorAll('.match')].map((m) => m.getBoundingClientRect().right))"_s);
        QVERIFY2(rightmost.toDouble() <= 1920, qPrintable(u"a match ends at %1 px"_s.arg(rightmost.toDouble())));
        QVERIFY(browser.screenshot(testArtefacts().filePath(u"bracket-64.png"_s)));
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("file");
        QTest::newRow("bracket") << u"bracket?lang=fr"_s << u"bracket"_s;
        QTest::newRow("pool") << u"bracket?phase=rl-poolA&theme=light"_s << u"bracket-pool-light"_s;
        QTest::newRow("scoreboard") << u"scoreboard?lang=fr"_s << u"scoreboard"_s;
        QTest::newRow("scoreboard scaled") << u"scoreboard?scale=0.75&accent=0066cc"_s << u"scoreboard-scaled"_s;
        QTest::newRow("up next") << u"upnext?lang=fr"_s << u"upnext"_s;
        QTest::newRow("standings") << u"standings?phase=rl-poolA"_s << u"standings"_s;
        QTest::newRow("lower third") << u"lowerthird?lang=fr"_s << u"lowerthird"_s;
        QTest::newRow("chroma") << u"scoreboard?bg=chroma"_s << u"scoreboard-chroma"_s;
    }

    void screenshots()
    {
        QFETCH(QString, page);
        QFETCH(QString, file);
        auto &browser = chromium();
        QVERIFY2(browser.open(url(page)), qPrintable(browser.error()));
        QVERIFY(browser.evaluate(u"document.fonts.ready.then(() => true)"_s).toBool());
        const auto path = testArtefacts().filePath(file + u".png"_s);
        QVERIFY(browser.screenshot(path));
        const QImage image(path);
        QCOMPARE(image.size(), QSize(1920, 1080));
        // The corner shows what is behind: transparent, or the chroma key colour.
        const auto corner = image.pixelColor(2, 1077);
        if (page.contains(u"bg=chroma"_s)) {
            QCOMPARE(corner, Theme::stage(u"green"_s).background); // the theme's chroma key, from theme.css
        } else {
            QVERIFY(image.hasAlphaChannel());
            QCOMPARE(corner.alpha(), 0);
        }
        // Something was drawn: a good share of the pixels are opaque.
        int opaque = 0;
        for (int y = 0; y < image.height(); y += 8) {
            for (int x = 0; x < image.width(); x += 8)
                opaque += image.pixelColor(x, y).alpha() > 200 ? 1 : 0;
        }
        QVERIFY2(opaque > 200, qPrintable(u"%1 opaque samples"_s.arg(opaque)));
    }
};

QTEST_GUILESS_MAIN(TestOverlayServer)
#include "tst_overlayserver.moc"
