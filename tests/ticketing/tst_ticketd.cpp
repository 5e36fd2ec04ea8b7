// SPDX-License-Identifier: GPL-3.0-or-later
// Integration: the real omnium-ticketd on 127.0.0.1 (free port), the real "ledger" plugin
// loaded with QPluginLoader, real gates with their queue files.
#include "core/clock.h"
#include "ticketdprocess.h"
#include "ticketing/gatecontroller.h"
#include "ticketing/ledgerverifier.h"
#include "ticketing/redemptionqueue.h"
#include "ticketing/ticketcode.h"
#include "ticketing/ticketcrypto.h"
#include "ticketing/ticketingcontroller.h"
#include "ticketing/ticketingpluginloader.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using TicketVerdict::Verdict;

namespace {

// Forwards HTTP between the plugin and the server, but drops the first `drops` connections
// right after the server has answered: the request was done, the reply is lost.
class DroppingProxy : public QObject
{
public:
    DroppingProxy(quint16 upstreamPort, int drops)
        : m_upstreamPort(upstreamPort)
        , m_dropsLeft(drops)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection()) {
                auto *upstream = new QTcpSocket(client);
                const bool drop = m_dropsLeft > 0;
                if (drop)
                    --m_dropsLeft;
                upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
                connect(client, &QTcpSocket::readyRead, upstream,
                    [client, upstream] { upstream->write(client->readAll()); });
                connect(upstream, &QTcpSocket::connected, upstream,
                    [client, upstream] { upstream->write(client->readAll()); });
                connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream, drop] {
                    const QByteArray answer = upstream->readAll();
                    if (drop) {
                        ++m_dropped;
                        client->abort();
                        client->deleteLater();
                        return;
                    }
                    client->write(answer);
                });
                connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    int dropped() const { return m_dropped; }

private:
    QTcpServer m_server;
    quint16 m_upstreamPort;
    int m_dropsLeft;
    int m_dropped = 0;
};

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TestTicketd : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TicketdProcess> m_server;
    TicketingPluginLoader m_loader;
    TicketingProvider *m_provider = nullptr;

    void configure(
        const QUrl &endpoint, int attempts = 3, const QString &token = QString::fromLatin1(TicketdProcess::Token))
    {
        m_provider->configure(TicketingSettings {endpoint, token, 5000, attempts, {}});
    }

    QList<IssuedTicket> issue(int typeId, int quantity)
    {
        const auto result = awaitFuture(m_provider->issueTickets(
            IssueRequest {quint32(typeId), quantity, u"Ana Martin"_s, u"ana@example.org"_s, newKey()}));
        if (!result || !result->ok())
            return {};
        return result->value;
    }

    TicketType typeById(int id)
    {
        const auto types = awaitFuture(m_provider->listTicketTypes());
        if (types && types->ok()) {
            for (const TicketType &type : types->value) {
                if (int(type.id) == id)
                    return type;
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"OmniumTest"_s);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QVERIFY2(QFile::exists(TicketdProcess::program()), "omnium-ticketd is not built");
        m_server = std::make_unique<TicketdProcess>(m_dir.path());
        QVERIFY(m_server->start());
        // The plugin is found the way the app finds it: relative to the program's folder.
        m_loader.load();
        QVERIFY2(m_loader.failures().isEmpty(),
            qPrintable(m_loader.failures().value(0).fileName + u": "_s + m_loader.failures().value(0).reason));
        m_provider = m_loader.provider(u"ledger"_s);
        QVERIFY(m_provider);
        configure(m_server->url());
    }

    void brokenPluginIsReportedNotFatal()
    {
        QTemporaryDir folder;
        QFile fake(folder.filePath(u"libbroken.so"_s));
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write("not a shared object");
        fake.close();
        TicketingPluginLoader loader;
        loader.load({folder.path()});
        QCOMPARE(loader.plugins().size(), 0);
        QCOMPARE(loader.failures().size(), 1);
        QVERIFY(loader.failures().at(0).reason.contains(u"not a Qt plugin"_s));
    }

    void healthAndKeysNeedNoToken()
    {
        configure(m_server->url(), 1, u"wrong-token-wrong-token"_s);
        const auto health = awaitFuture(m_provider->health());
        QVERIFY(health && health->ok());
        QVERIFY(health->value.ok);
        const auto keys = awaitFuture(m_provider->fetchPublicKeys());
        QVERIFY(keys && keys->ok());
        QCOMPARE(keys->value.keys().size(), 1);
        const auto types = awaitFuture(m_provider->listTicketTypes());
        QVERIFY(types);
        QCOMPARE(types->error.kind, TicketingError::Kind::AuthenticationRefused);
        configure(m_server->url());
    }

    void unreachableServerIsReported()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        configure(QUrl(u"http://127.0.0.1:%1"_s.arg(port)), 2);
        const auto types = awaitFuture(m_provider->listTicketTypes());
        QVERIFY(types);
        QCOMPARE(types->error.kind, TicketingError::Kind::Unreachable);
        configure(m_server->url());
    }

    // A server that answers garbage, lies about lengths or never answers: every operation
    // ends with a clear error, within the timeout, and nothing crashes.
    void hostileServerGivesClearErrors_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<bool>("close");
        QTest::addColumn<TicketingError::Kind>("expected");
        QTest::newRow("random bytes") << QByteArray("\x01\xff garbage \r\n\r\n\x00") << true
                                      << TicketingError::Kind::Unreachable;
        QTest::newRow("not json") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello") << true
                                  << TicketingError::Kind::InvalidReply;
        QTest::newRow("json array") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n[]") << true
                                    << TicketingError::Kind::InvalidReply;
        QTest::newRow("wrong fields") << QByteArray(
            "HTTP/1.1 200 OK\r\nContent-Length: 36\r\n\r\n{\"ticket_types\":[{\"id\":\"x\"}],\"ok\":1}")
                                      << true << TicketingError::Kind::InvalidReply;
        QTest::newRow("short body then silence")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n{\"ok\"") << false
            << TicketingError::Kind::Unreachable;
        QTest::newRow("no answer at all") << QByteArray() << false << TicketingError::Kind::Unreachable;
        QTest::newRow("error page") << QByteArray("HTTP/1.1 503 Busy\r\nContent-Length: 4\r\n\r\nbusy") << true
                                    << TicketingError::Kind::ServerError;
    }

    void hostileServerGivesClearErrors()
    {
        QFETCH(QByteArray, answer);
        QFETCH(bool, close);
        QFETCH(TicketingError::Kind, expected);
        QTcpServer hostile;
        QVERIFY(hostile.listen(QHostAddress::LocalHost, 0));
        connect(&hostile, &QTcpServer::newConnection, &hostile, [&hostile, answer, close] {
            while (QTcpSocket *socket = hostile.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket, answer, close] {
                    socket->readAll();
                    if (!answer.isEmpty())
                        socket->write(answer);
                    if (close)
                        socket->disconnectFromHost();
                });
            }
        });
        m_provider->configure(TicketingSettings {
            QUrl(u"http://127.0.0.1:%1"_s.arg(hostile.serverPort())), u"token-token-token"_s, 500, 1, {}});
        QElapsedTimer timer;
        timer.start();
        const auto types = awaitFuture(m_provider->listTicketTypes(), 10000);
        const auto health = awaitFuture(m_provider->health(), 10000);
        const auto sync = awaitFuture(m_provider->sync(0), 10000);
        configure(m_server->url());
        QVERIFY(types && health && sync);
        QVERIFY(timer.elapsed() < 8000);
        QCOMPARE(types->error.kind, expected);
        QVERIFY(health->error.isError());
        QVERIFY(sync->error.isError());
        QVERIFY(!types->error.message.isEmpty());
    }

    void soldOutIsReported()
    {
        const int type = m_server->createTicketType(u"Tiny"_s, 2);
        QVERIFY(type > 0);
        const auto result
            = awaitFuture(m_provider->issueTickets(IssueRequest {quint32(type), 3, u"Bo"_s, {}, newKey()}));
        QVERIFY(result);
        QCOMPARE(result->error.kind, TicketingError::Kind::SoldOut);
        QCOMPARE(typeById(type).remaining, 2);
    }

    void concurrentIssuesNeverOversell()
    {
        const int type = m_server->createTicketType(u"Forty seats"_s, 40);
        QVERIFY(type > 0);
        // 50 clients, each with its own connection, all sent before any answer is read.
        std::vector<std::unique_ptr<QNetworkAccessManager>> clients;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 50; ++i) {
            clients.push_back(std::make_unique<QNetworkAccessManager>());
            QNetworkRequest request(QUrl(m_server->url().toString() + u"/v1/tickets"_s));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            request.setRawHeader("Authorization", QByteArray("Bearer ") + TicketdProcess::Token);
            const IssueRequest issue {quint32(type), 1, u"Buyer %1"_s.arg(i), {}, newKey()};
            replies.append(clients.back()->post(request, QJsonDocument(issue.toJson()).toJson()));
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(replies.cbegin(), replies.cend(), [](auto *r) { return r->isFinished(); }), 60000);
        int created = 0, soldOut = 0;
        for (QNetworkReply *reply : std::as_const(replies)) {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
            if (status == 201)
                ++created;
            else if (status == 409 && json[u"error"_s][u"code"_s].toString() == u"sold_out")
                ++soldOut;
        }
        QCOMPARE(created, 40);
        QCOMPARE(soldOut, 10);
        const auto [status, json] = m_server->call("GET", u"/v1/tickets?ticket_type_id=%1"_s.arg(type));
        QCOMPARE(status, 200);
        QCOMPARE(json[u"tickets"_s].toArray().size(), 40);
        const TicketType after = typeById(type);
        QCOMPARE(after.issued, 40);
        QCOMPARE(after.remaining, 0);
    }

    void requestsMadeTogetherAreBatched()
    {
        // 30 one-ticket requests made in one event-loop turn for 25 seats, one reusing a key
        // with other data, one naming a type that does not exist: each gets its own answer.
        const int type = m_server->createTicketType(u"Batched"_s, 25);
        QVERIFY(type > 0);
        const auto [before, health] = m_server->call("GET", u"/v1/health"_s);
        QCOMPARE(before, 200);
        const QString sharedKey = newKey();
        QList<QFuture<TicketingResult<QList<IssuedTicket>>>> futures;
        for (int i = 0; i < 30; ++i)
            futures.append(m_provider->issueTickets(
                IssueRequest {quint32(type), 1, u"Buyer %1"_s.arg(i), {}, i == 0 || i == 1 ? sharedKey : newKey()}));
        futures.append(m_provider->issueTickets(IssueRequest {999999, 1, u"Nobody"_s, {}, newKey()}));
        int issued = 0, soldOut = 0;
        QSet<quint64> ids;
        for (int i = 0; i < futures.size(); ++i) {
            const auto result = awaitFuture(futures.at(i));
            QVERIFY(result);
            if (i == 1) {
                QCOMPARE(result->error.kind, TicketingError::Kind::Conflict);
                continue;
            }
            if (i == 30) {
                QCOMPARE(result->error.kind, TicketingError::Kind::NotFound);
                continue;
            }
            if (result->ok()) {
                QCOMPARE(result->value.size(), 1);
                ids.insert(result->value.first().id);
                ++issued;
            } else {
                QCOMPARE(result->error.kind, TicketingError::Kind::SoldOut);
                ++soldOut;
            }
        }
        QCOMPARE(issued, 25);
        QCOMPARE(soldOut, 4);
        QCOMPARE(ids.size(), 25);
        QCOMPARE(typeById(type).remaining, 0);
        // Replaying the whole batch by hand returns the same tickets, never new ones.
        const auto [status, json] = m_server->call("POST", u"/v1/tickets/batch"_s,
            QJsonObject {{u"requests"_s,
                QJsonArray {IssueRequest {quint32(type), 1, u"Buyer 0"_s, {}, sharedKey}.toJson(),
                    QJsonObject {{u"quantity"_s, 1}}}}});
        QCOMPARE(status, 200);
        const QJsonArray results = json[u"results"_s].toArray();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results[0][u"status"_s].toInt(), 200);
        QVERIFY(results[0][u"replayed"_s].toBool());
        QVERIFY(
            ids.contains(TicketCrypto::ticketIdFromText(results[0][u"tickets"_s][0][u"id"_s].toString()).value_or(0)));
        QCOMPARE(results[1][u"status"_s].toInt(), 422);
        QCOMPARE(results[1][u"error"_s][u"code"_s].toString(), u"invalid"_s);
        // Every issued ticket is in the ledger, which still verifies.
        const auto [verifyStatus, verify] = m_server->call("GET", u"/v1/ledger/verify"_s);
        QCOMPARE(verifyStatus, 200);
        QVERIFY(verify[u"valid"_s].toBool());
        QCOMPARE(verify[u"checked_blocks"_s].toInteger(), health[u"ledger_head"_s].toInteger() + 25);
    }

    void retryAfterDroppedConnectionIssuesOnce()
    {
        const int type = m_server->createTicketType(u"Retry"_s, 100);
        QVERIFY(type > 0);
        DroppingProxy proxy(m_server->port(), 1);
        configure(QUrl(u"http://127.0.0.1:%1"_s.arg(proxy.port())), 3);
        const IssueRequest request {quint32(type), 4, u"Chloé"_s, {}, newKey()};
        const auto result = awaitFuture(m_provider->issueTickets(request));
        configure(m_server->url());
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->error.message));
        QCOMPARE(proxy.dropped(), 1);
        QCOMPARE(result->value.size(), 4);
        QCOMPARE(typeById(type).issued, 4);
        // A plain second call with the same key gives the same tickets again.
        const auto again = awaitFuture(m_provider->issueTickets(request));
        QVERIFY(again && again->ok());
        QCOMPARE(again->value.at(0).id, result->value.at(0).id);
        QCOMPARE(again->value.at(3).code, result->value.at(3).code);
        QCOMPARE(typeById(type).issued, 4);
        // The same key for another request is refused.
        IssueRequest other = request;
        other.quantity = 5;
        const auto reused = awaitFuture(m_provider->issueTickets(other));
        QVERIFY(reused);
        QCOMPARE(reused->error.kind, TicketingError::Kind::Conflict);
    }

    void forgedAlteredTruncatedReplayedRefusedByServer()
    {
        const int type = m_server->createTicketType(u"Codes"_s, 10);
        const QList<IssuedTicket> tickets = issue(type, 2);
        QCOMPARE(tickets.size(), 2);
        const QString good = tickets.at(0).code;
        TicketPayload payload = TicketCode::parse(good)->payload();
        const QString forged = TicketCode::issue(payload, TicketCrypto::generateKeyPair().secretKey);
        QString altered = good;
        altered[20] = altered[20] == u'A' ? u'B' : u'A';
        auto redeem = [this](const QString &code, const QString &nonce) {
            return m_server->call("POST", u"/v1/redemptions"_s,
                RedemptionRequest {code, u"Test"_s, nonce, QDateTime::currentDateTimeUtc(), {}}.toJson());
        };
        QCOMPARE(redeem(forged, newKey()).second[u"error"_s][u"code"_s].toString(), u"forged"_s);
        QCOMPARE(redeem(altered, newKey()).second[u"error"_s][u"code"_s].toString(), u"forged"_s);
        QCOMPARE(redeem(good.left(100), newKey()).second[u"error"_s][u"code"_s].toString(), u"forged"_s);
        const QString nonce = newKey();
        const auto first = redeem(good, nonce);
        QCOMPARE(first.first, 201);
        QVERIFY(first.second[u"accepted"_s].toBool());
        // The same upload again: the same answer, counted once.
        const auto repeated = redeem(good, nonce);
        QCOMPARE(repeated.first, 200);
        QVERIFY(repeated.second[u"accepted"_s].toBool());
        // The code shown again (a photo of it, a second scan): refused, with the first entry.
        const auto replayed = redeem(good, newKey());
        QCOMPARE(replayed.first, 200);
        QVERIFY(!replayed.second[u"accepted"_s].toBool());
        QCOMPARE(replayed.second[u"nonce"_s].toString(), nonce);
        QCOMPARE(typeById(type).redeemed, 1);
        // Voided: refused.
        QVERIFY(awaitFuture(m_provider->voidTicket(tickets.at(1).id, true))->ok());
        QCOMPARE(redeem(tickets.at(1).code, newKey()).second[u"error"_s][u"code"_s].toString(), u"voided"_s);
        QCOMPARE(typeById(type).issued, 1);
    }

    void gateOnlineOfflineAndResync()
    {
        const int type = m_server->createTicketType(u"Gate day"_s, 30);
        const QList<IssuedTicket> tickets = issue(type, 12);
        QCOMPARE(tickets.size(), 12);
        QVERIFY(awaitFuture(m_provider->voidTicket(tickets.at(11).id, false))->ok());
        configure(m_server->url(), 1);

        RedemptionQueue northQueue, southQueue;
        QVERIFY(northQueue.open(m_dir.filePath(u"north.sqlite"_s)));
        QVERIFY(southQueue.open(m_dir.filePath(u"south.sqlite"_s)));
        GateController north(u"North"_s, &northQueue, Clock::system());
        GateController south(u"South"_s, &southQueue, Clock::system());
        for (GateController *gate : {&north, &south}) {
            gate->setProvider(m_provider);
            gate->setEventId(7);
            gate->setOnlineTimeout(3000);
            QVERIFY(awaitFuture(gate->synchronize()).has_value());
        }

        // Online: 5 entries at North.
        for (int i = 0; i < 5; ++i) {
            const auto decision = awaitFuture(north.check(tickets.at(i).code));
            QVERIFY(decision && decision->accepted);
            QVERIFY(!decision->offline);
        }
        // Double scans, online: at the same gate (local) and at another gate (the backend).
        auto again = awaitFuture(north.check(tickets.at(0).code));
        QCOMPARE(again->verdict, Verdict::AlreadyUsed);
        QCOMPARE(again->usedGate, u"North"_s);
        again = awaitFuture(south.check(tickets.at(1).code));
        QCOMPARE(again->verdict, Verdict::AlreadyUsed);
        QCOMPARE(again->usedGate, u"North"_s);
        QVERIFY(again->usedAt.isValid());
        QCOMPARE(awaitFuture(north.check(tickets.at(11).code))->verdict, Verdict::Voided);
        QCOMPARE(typeById(type).redeemed, 5);

        // The backend goes down mid-day.
        const quint16 port = m_server->port();
        m_server->stop();
        for (int i = 5; i < 8; ++i) {
            const auto decision = awaitFuture(north.check(tickets.at(i).code));
            QVERIFY(decision && decision->accepted);
            QVERIFY(decision->offline);
        }
        QCOMPARE(north.pendingUploads(), 3);
        again = awaitFuture(north.check(tickets.at(6).code));
        QCOMPARE(again->verdict, Verdict::AlreadyUsed);
        QCOMPARE(again->usedGate, u"North"_s);
        QCOMPARE(awaitFuture(north.check(tickets.at(0).code))->verdict, Verdict::AlreadyUsed);
        QCOMPARE(awaitFuture(north.check(tickets.at(11).code))->verdict, Verdict::Voided); // from the sync

        // The gate restarts (same queue file), still offline: it remembers everything.
        {
            GateController restarted(u"North"_s, &northQueue, Clock::system());
            restarted.setEventId(7);
            QCOMPARE(awaitFuture(restarted.check(tickets.at(7).code))->verdict, Verdict::AlreadyUsed);
            QCOMPARE(awaitFuture(restarted.check(tickets.at(11).code))->verdict, Verdict::Voided);
            QCOMPARE(restarted.pendingUploads(), 3);
        }

        // Back online on the same port: the queued entries are uploaded once.
        QVERIFY(m_server->start(port));
        QCOMPARE(awaitFuture(north.synchronize()).value_or(-1), 3);
        QCOMPARE(north.pendingUploads(), 0);
        QCOMPARE(typeById(type).redeemed, 8);
        QCOMPARE(awaitFuture(north.synchronize()).value_or(-1), 0);
        QCOMPARE(typeById(type).redeemed, 8);
        QCOMPARE(north.acceptedCount(), 8);

        // South learns North's entries and refuses them even offline.
        QVERIFY(awaitFuture(south.synchronize()).has_value());
        south.setProvider(nullptr);
        again = awaitFuture(south.check(tickets.at(6).code));
        QCOMPARE(again->verdict, Verdict::AlreadyUsed);
        QCOMPARE(again->usedGate, u"North"_s);
        QVERIFY(awaitFuture(south.check(tickets.at(9).code))->accepted);

        const auto [status, verify] = m_server->call("GET", u"/v1/ledger/verify"_s);
        QCOMPARE(status, 200);
        QVERIFY(verify[u"valid"_s].toBool());
        configure(m_server->url());
    }

    void refusedUploadsEndAndAreListed()
    {
        const int type = m_server->createTicketType(u"Refused uploads"_s, 10);
        const QList<IssuedTicket> tickets = issue(type, 3);
        QCOMPARE(tickets.size(), 3);
        configure(m_server->url(), 1);
        QTemporaryDir folder;
        RedemptionQueue eastQueue, westQueue;
        QVERIFY(eastQueue.open(folder.filePath(u"east.sqlite"_s)));
        QVERIFY(westQueue.open(folder.filePath(u"west.sqlite"_s)));
        GateController east(u"East"_s, &eastQueue, Clock::system());
        GateController west(u"West"_s, &westQueue, Clock::system());
        for (GateController *gate : {&east, &west}) {
            gate->setProvider(m_provider);
            gate->setEventId(7);
            QVERIFY(awaitFuture(gate->synchronize()).has_value());
        }
        // East is cut off and lets three people in; meanwhile West admits the first ticket
        // online and the office voids the second.
        east.setProvider(nullptr);
        for (const IssuedTicket &ticket : tickets)
            QVERIFY(awaitFuture(east.check(ticket.code))->accepted);
        QVERIFY(awaitFuture(west.check(tickets.at(0).code))->accepted);
        QVERIFY(awaitFuture(m_provider->voidTicket(tickets.at(1).id, false))->ok());
        QCOMPARE(east.pendingUploads(), 3);

        // Back online: the third is taken, and so is the first (East scanned it before West
        // did: the earliest scan is the entry); the voided one is refused for good, kept and listed.
        east.setProvider(m_provider);
        QCOMPARE(awaitFuture(east.synchronize()).value_or(-1), 2);
        QCOMPARE(east.pendingUploads(), 0);
        QCOMPARE(east.rejectedUploads(), 1);
        const QList<GateDecision> rejected = east.rejectedScans();
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.at(0).ticketId, tickets.at(1).id);
        QCOMPARE(rejected.at(0).verdict, Verdict::Voided);
        QVERIFY(rejected.at(0).scannedAt.isValid());
        // West learns that East's earlier scan is the entry.
        QVERIFY(awaitFuture(west.synchronize()).has_value());
        QCOMPARE(westQueue.redemptionOf(tickets.at(0).id)->gate, u"East"_s);
        // Never sent again, and still known after a restart of the gate.
        QCOMPARE(awaitFuture(east.synchronize()).value_or(-1), 0);
        GateController restarted(u"East"_s, &eastQueue, Clock::system());
        QCOMPARE(restarted.rejectedUploads(), 1);
        QCOMPARE(typeById(type).redeemed, 2);
        configure(m_server->url());
    }

    void otherEventAndWindowRefusedAtGate()
    {
        const int future = m_server->createTicketType(u"Tomorrow"_s, 5, 7, 86400, 2 * 86400);
        const int past = m_server->createTicketType(u"Yesterday"_s, 5, 7, -2 * 86400, -86400);
        const int other = m_server->createTicketType(u"Other event"_s, 5, 8);
        RedemptionQueue queue;
        QVERIFY(queue.open(m_dir.filePath(u"east.sqlite"_s)));
        GateController gate(u"East"_s, &queue, Clock::system());
        gate.setProvider(m_provider);
        gate.setEventId(7);
        QVERIFY(awaitFuture(gate.synchronize()).has_value());
        QCOMPARE(awaitFuture(gate.check(issue(future, 1).value(0).code))->verdict, Verdict::NotYetValid);
        QCOMPARE(awaitFuture(gate.check(issue(past, 1).value(0).code))->verdict, Verdict::Expired);
        QCOMPARE(awaitFuture(gate.check(issue(other, 1).value(0).code))->verdict, Verdict::WrongEvent);
        QCOMPARE(awaitFuture(gate.check(u"garbage"_s))->verdict, Verdict::Unreadable);
        QCOMPARE(gate.refusedCount(), 4);
        QCOMPARE(gate.acceptedCount(), 0);
    }

    void keyRotationKeepsOldTicketsValid()
    {
        const int type = m_server->createTicketType(u"Rotation"_s, 5);
        const IssuedTicket before = issue(type, 1).value(0);
        const auto [status, json] = m_server->call("POST", u"/v1/keys/rotate"_s);
        QCOMPARE(status, 200);
        const IssuedTicket after = issue(type, 1).value(0);
        QCOMPARE(TicketCode::parse(after.code)->payload().keyId, quint16(json[u"current_key_id"_s].toInt()));
        QVERIFY(TicketCode::parse(before.code)->payload().keyId != TicketCode::parse(after.code)->payload().keyId);
        RedemptionQueue queue;
        QVERIFY(queue.open(m_dir.filePath(u"west.sqlite"_s)));
        GateController gate(u"West"_s, &queue, Clock::system());
        gate.setProvider(m_provider);
        QVERIFY(awaitFuture(gate.synchronize()).has_value());
        gate.setProvider(nullptr);
        QVERIFY(awaitFuture(gate.check(before.code))->accepted);
        QVERIFY(awaitFuture(gate.check(after.code))->accepted);
        const auto [verifyStatus, verify] = m_server->call("GET", u"/v1/ledger/verify"_s);
        QVERIFY(verify[u"valid"_s].toBool());
    }

    void tamperedLedgerNamesFirstBadBlock_data()
    {
        QTest::addColumn<QStringList>("sql");
        QTest::addColumn<int>("firstBad");
        QTest::newRow("row changed") << QStringList {u"UPDATE ledger SET detail = 'x' WHERE sequence = 4"_s} << 4;
        QTest::newRow("ticket type changed")
            << QStringList {u"UPDATE ledger SET ticket_type_id = ticket_type_id + 1 WHERE sequence = 2"_s} << 2;
        QTest::newRow("row deleted") << QStringList {u"DELETE FROM ledger WHERE sequence = 3"_s} << 3;
        QTest::newRow("rows reordered") << QStringList {u"UPDATE ledger SET sequence = -1 WHERE sequence = 5"_s,
            u"UPDATE ledger SET sequence = 5 WHERE sequence = 6"_s,
            u"UPDATE ledger SET sequence = 6 WHERE sequence = -1"_s}
                                        << 5;
        QTest::newRow("first row deleted") << QStringList {u"DELETE FROM ledger WHERE sequence = 1"_s} << 1;
    }

    void tamperedLedgerNamesFirstBadBlock()
    {
        QFETCH(QStringList, sql);
        QFETCH(int, firstBad);
        QTemporaryDir folder;
        TicketdProcess server(folder.path());
        QVERIFY(server.start());
        const int type = server.createTicketType(u"Tamper"_s, 10);
        QCOMPARE(server
                     .call("POST", u"/v1/tickets"_s,
                         IssueRequest {quint32(type), 6, u"Dan"_s, u"dan@example.org"_s, newKey()}.toJson())
                     .first,
            201);
        QVERIFY(server.call("GET", u"/v1/ledger/verify"_s).second[u"valid"_s].toBool());
        server.stop();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
            db.setDatabaseName(server.databaseFile());
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (const QString &statement : std::as_const(sql))
                QVERIFY2(query.exec(statement), qPrintable(statement));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"tamper"_s);
        QVERIFY(server.start());
        const auto [status, verify] = server.call("GET", u"/v1/ledger/verify"_s);
        QCOMPARE(status, 200);
        QVERIFY(!verify[u"valid"_s].toBool());
        QCOMPARE(verify[u"first_bad_block"_s].toInt(), firstBad);
        QVERIFY(!verify[u"reason"_s].toString().isEmpty());

        // The same verdict from the client side, on the published blocks and keys.
        const auto keys = TicketKeySet::fromJson(server.call("GET", u"/v1/keys"_s).second);
        QVERIFY(keys);
        LedgerVerifier verifier(*keys);
        for (const QJsonValue &value : server.call("GET", u"/v1/ledger"_s).second[u"blocks"_s].toArray()) {
            const auto block = LedgerBlock::fromJson(value.toObject());
            QVERIFY(block);
            if (!verifier.add(*block))
                break;
        }
        QCOMPARE(verifier.firstBadPosition(), qint64(firstBad));
    }

    void ledgerHoldsNoPersonalData()
    {
        const auto [status, json] = m_server->call("GET", u"/v1/ledger?limit=5000"_s);
        QCOMPARE(status, 200);
        const QByteArray text = QJsonDocument(json).toJson();
        QVERIFY(!text.contains("ana@example.org"));
        QVERIFY(!text.contains("Ana Martin"));
        QVERIFY(text.contains("\"kind\":\"issued\"") || text.contains("\"kind\": \"issued\""));
    }

    void oversizedRequestRefused()
    {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(m_server->url().toString() + u"/v1/tickets"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setRawHeader("Authorization", QByteArray("Bearer ") + TicketdProcess::Token);
        QNetworkReply *reply = network.post(request, QByteArray(2 * 1024 * 1024, ' '));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QVERIFY2(status == 413 || reply->error() != QNetworkReply::NoError, "a 2 MiB body was accepted");
        QCOMPARE(m_server->call("GET", u"/v1/health"_s).first, 200); // still serving
    }

    // The "done means" walk-through, through what the pages use: two ticket types, 20 tickets,
    // 5 entries online, the server stopped, 3 more entries and one twice, the server back,
    // and the counts right on both sides.
    void appFlowThroughController()
    {
        QTemporaryDir folder;
        TicketdProcess server(folder.path());
        QVERIFY(server.start());
        TicketingController controller(
            m_provider, u"omnium-ticketd"_s, {}, folder.filePath(u"gate.sqlite"_s), Clock::system());
        controller.setToken(QString::fromLatin1(TicketdProcess::Token));
        QVERIFY(controller.hasToken());
        QCOMPARE(QFileInfo(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/ticketing-token"_s)
                     .permissions()
                & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions());
        controller.setEventId(7);
        controller.setGateName(u"North"_s);
        controller.setEndpoint(server.url().toString());
        QTRY_VERIFY_WITH_TIMEOUT(controller.online(), 10000);

        // Two ticket types made from the app (interface version 2).
        QSignalSpy created(&controller, &TicketingController::ticketTypeCreated);
        const QString today = QDateTime::currentDateTime().toString(u"yyyy-MM-dd"_s);
        const QString tomorrow = QDateTime::currentDateTime().addDays(1).toString(u"yyyy-MM-dd"_s);
        controller.createTicketType(
            u"Day pass"_s, u"12.50"_s, u"eur"_s, 100, today + u" 00:00"_s, tomorrow + u" 23:00"_s);
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 10000);
        controller.createTicketType(u"VIP"_s, u"40"_s, u"EUR"_s, 10, today + u" 00:00"_s, tomorrow + u" 23:00"_s);
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 2, 10000);
        controller.createTicketType(u"Bad"_s, u"twelve"_s, u"EUR"_s, 10, today + u" 00:00"_s, tomorrow + u" 23:00"_s);
        QVERIFY(controller.message().contains(u"twelve"_s));
        const int day = created.at(0).at(0).toInt();
        const int vip = created.at(1).at(0).toInt();
        QTRY_COMPARE_WITH_TIMEOUT(controller.ticketTypes()->rowCount(), 2, 10000);
        QTRY_VERIFY(!controller.busy());
        QCOMPARE(typeById(day).priceCents, 1250);
        QCOMPARE(typeById(day).currency, u"EUR"_s);
        QCOMPARE(typeById(vip).capacity, 10);

        QSignalSpy issued(&controller, &TicketingController::issued);
        controller.issue(day, 15, u"Léa"_s, u"lea@example.org"_s);
        QTRY_COMPARE_WITH_TIMEOUT(issued.size(), 1, 10000);
        controller.issue(vip, 5, u"Marc"_s, {});
        QTRY_COMPARE_WITH_TIMEOUT(issued.size(), 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(controller.tickets()->rowCount(), 20, 10000);
        controller.setSearchText(u"marc"_s);
        QCOMPARE(controller.tickets()->rowCount(), 5);
        controller.setSearchText({});
        QTRY_VERIFY(!controller.busy());

        QStringList codes;
        for (int row = 0; row < 20; ++row)
            codes << controller.tickets()->index(row, 0).data(IssuedTicketModel::CodeRole).toString();
        QSignalSpy scans(&controller, &TicketingController::lastScanChanged);
        for (int i = 0; i < 5; ++i) {
            controller.scan(codes.at(i));
            QTRY_COMPARE_WITH_TIMEOUT(scans.size(), i + 1, 10000);
            QVERIFY2(controller.lastScanAccepted(), qPrintable(controller.lastScanReason()));
        }
        server.stop();
        for (int i = 5; i < 8; ++i) {
            controller.scan(codes.at(i));
            QTRY_COMPARE_WITH_TIMEOUT(scans.size(), i + 1, 10000);
            QVERIFY(controller.lastScanAccepted());
            QCOMPARE(controller.lastScanReason(), u"Welcome (checked offline)"_s);
        }
        controller.scan(codes.at(6));
        QTRY_COMPARE_WITH_TIMEOUT(scans.size(), 9, 10000);
        QVERIFY(!controller.lastScanAccepted());
        QVERIFY(controller.lastScanReason().endsWith(u"at gate North"_s));
        QCOMPARE(controller.gateAccepted(), 8);
        QCOMPARE(controller.gateRefused(), 1);
        QCOMPARE(controller.gatePending(), 3);

        QVERIFY(server.start(server.port()));
        controller.synchronizeGate();
        QTRY_COMPARE_WITH_TIMEOUT(controller.gatePending(), 0, 15000);
        QTRY_VERIFY(!controller.busy());
        controller.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!controller.busy(), 10000);
        int redeemed = 0, issuedCount = 0;
        for (int row = 0; row < controller.ticketTypes()->rowCount(); ++row) {
            redeemed += controller.ticketTypes()->index(row, 0).data(TicketTypeModel::RedeemedRole).toInt();
            issuedCount += controller.ticketTypes()->index(row, 0).data(TicketTypeModel::IssuedRole).toInt();
        }
        QCOMPARE(redeemed, 8);
        QCOMPARE(issuedCount, 20);
        QVERIFY(server.call("GET", u"/v1/ledger/verify"_s).second[u"valid"_s].toBool());

        // The client checks the whole chain and records its head (28 blocks: 20 issued, 8 used).
        QSignalSpy ledger(&controller, &TicketingController::ledgerStatusChanged);
        controller.verifyLedger();
        QTRY_COMPARE_WITH_TIMEOUT(ledger.size(), 1, 10000);
        QVERIFY2(controller.ledgerValid(), qPrintable(controller.ledgerStatus()));
        QVERIFY(controller.ledgerStatus().contains(u"28"_s));
        // Someone deletes the two newest blocks: the server's own check cannot tell…
        server.stop();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"truncate"_s);
            db.setDatabaseName(server.databaseFile());
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"DELETE FROM ledger WHERE sequence > 26"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"truncate"_s);
        QVERIFY(server.start(server.port()));
        QVERIFY(server.call("GET", u"/v1/ledger/verify"_s).second[u"valid"_s].toBool());
        // …but the client remembers block 28.
        controller.verifyLedger();
        QTRY_COMPARE_WITH_TIMEOUT(ledger.size(), 2, 10000);
        QVERIFY(!controller.ledgerValid());
        QVERIFY2(controller.ledgerStatus().contains(u"block 27"_s), qPrintable(controller.ledgerStatus()));
        configure(m_server->url());
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_GUILESS_MAIN(TestTicketd)
#include "tst_ticketd.moc"
