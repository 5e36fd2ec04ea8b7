// SPDX-License-Identifier: GPL-3.0-or-later
// Integration: omnium-ticketd attacked as someone on the venue network would (issue #17):
// the real server on 127.0.0.1, the real ledger plugin and gates, SQL edits on its file.
#include "core/clock.h"
#include "ticketdprocess.h"
#include "ticketing/accesstoken.h"
#include "ticketing/gatecontroller.h"
#include "ticketing/redemptionqueue.h"
#include "ticketing/ticketcode.h"
#include "ticketing/ticketcrypto.h"
#include "ticketing/ticketingcontroller.h"
#include "ticketing/ticketingpairing.h"
#include "ticketing/ticketingpluginloader.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QJsonArray>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::StringLiterals;
using TicketVerdict::Verdict;

namespace {

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray bearer(const char *token)
{
    return QByteArray("Bearer ") + token;
}

// Runs statements on the server's database file from outside, as an intruder would.
bool editDatabase(const QString &file, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"intruder"_s);
        db.setDatabaseName(file);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (ok && !query.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"intruder"_s);
    return ok;
}

} // namespace

class TestTicketdHardening : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TicketdProcess> m_server;
    TicketingPluginLoader m_loader;
    TicketingProvider *m_provider = nullptr;

    void configure(const QUrl &endpoint, const char *token = TicketdProcess::Token)
    {
        m_provider->configure(TicketingSettings {endpoint, QString::fromLatin1(token), 5000, 1, {}});
    }

    QList<IssuedTicket> issue(TicketdProcess &server, int typeId, int quantity)
    {
        const auto [status, json] = server.call("POST", u"/v1/tickets"_s,
            IssueRequest {quint32(typeId), quantity, u"Ana Martin"_s, u"ana@example.org"_s, newKey()}.toJson());
        QList<IssuedTicket> tickets;
        for (const QJsonValue &value : json[u"tickets"_s].toArray())
            tickets.append(*IssuedTicket::fromJson(value.toObject()));
        return tickets;
    }

    std::pair<int, QJsonObject> redeem(TicketdProcess &server, const QString &code, const QString &nonce,
        const QDateTime &scannedAt = QDateTime::currentDateTimeUtc(), const QDateTime &sentAt = {})
    {
        return server.call("POST", u"/v1/redemptions"_s,
            RedemptionRequest {code, u"North"_s, nonce, scannedAt, sentAt}.toJson(), bearer(TicketdProcess::GateToken));
    }

    static QString errorCode(const QJsonObject &json) { return json[u"error"_s][u"code"_s].toString(); }

    // What `omnium-ticketd --pair SCOPE --url URL` prints for the server (empty on failure).
    static QString pairingCode(TicketdProcess &server, const QString &scope)
    {
        QProcess pair;
        pair.start(TicketdProcess::program(),
            {u"--database"_s, server.databaseFile(), u"--token-file"_s, server.tokenFile(), u"--pair"_s, scope,
                u"--url"_s, server.url().toString()});
        if (!pair.waitForFinished(15000) || pair.exitCode() != 0)
            return {};
        return QString::fromUtf8(pair.readAllStandardOutput()).trimmed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"OmniumTest"_s);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        m_server = std::make_unique<TicketdProcess>(m_dir.path());
        QVERIFY(m_server->start());
        m_loader.load();
        m_provider = m_loader.provider(u"ledger"_s);
        QVERIFY(m_provider);
        configure(m_server->url(), TicketdProcess::GateToken);
    }

    // Item 4: a 404 or 422 answer in time refuses the entry, and the gate says why.
    void onlineRefusalRefusesAtGate()
    {
        const int type = m_server->createTicketType(u"Refusals"_s, 10);
        const QList<IssuedTicket> tickets = issue(*m_server, type, 2);
        QCOMPARE(tickets.size(), 2);
        RedemptionQueue queue;
        QVERIFY(queue.open(m_dir.filePath(u"refusals.sqlite"_s)));
        // A gate name the backend cannot store: every entry is refused with "invalid".
        GateController longName(QString(101, u'x'), &queue, Clock::system());
        longName.setProvider(m_provider);
        longName.setOnlineTimeout(5000);
        QVERIFY(awaitFuture(longName.synchronize()).has_value());
        auto decision = awaitFuture(longName.check(tickets.at(0).code));
        QVERIFY(decision);
        QVERIFY(!decision->accepted);
        QCOMPARE(decision->verdict, Verdict::RefusedByServer);
        QCOMPARE(decision->serverCode, u"invalid"_s);
        QVERIFY2(TicketingController::reasonText(*decision).contains(u"gate"_s), qPrintable(decision->serverMessage));
        QCOMPARE(longName.acceptedCount(), 0);
        QCOMPARE(longName.pendingUploads(), 0);

        // A ticket the backend does not know (its row gone; or a code from a stolen key).
        QVERIFY(editDatabase(m_server->databaseFile(),
            {u"DELETE FROM tickets WHERE id = '%1'"_s.arg(TicketCrypto::ticketIdToText(tickets.at(1).id))}));
        GateController gate(u"North"_s, &queue, Clock::system());
        gate.setProvider(m_provider);
        gate.setOnlineTimeout(5000);
        decision = awaitFuture(gate.check(tickets.at(1).code));
        QVERIFY(!decision->accepted);
        QCOMPARE(decision->verdict, Verdict::RefusedByServer);
        QCOMPARE(TicketingController::reasonText(*decision), u"Ticket unknown to the ticketing server"_s);
        // The first ticket was never recorded as used: a gate with a proper name admits it.
        QVERIFY(awaitFuture(gate.check(tickets.at(0).code))->accepted);
    }

    // Item 12: a nonce answers only for the ticket it was first sent with.
    void nonceIsBoundToItsCode()
    {
        const int type = m_server->createTicketType(u"Nonces"_s, 10);
        const QList<IssuedTicket> tickets = issue(*m_server, type, 2);
        const QString nonce = newKey();
        QCOMPARE(redeem(*m_server, tickets.at(0).code, nonce).first, 201);
        auto [status, json] = redeem(*m_server, tickets.at(1).code, nonce);
        QCOMPARE(status, 409);
        QCOMPARE(errorCode(json), u"nonce_reused"_s);
        std::tie(status, json) = redeem(*m_server, QString(122, u'x'), nonce);
        QCOMPARE(status, 409);
        // Ticket B was not touched: it enters with its own nonce.
        QCOMPARE(redeem(*m_server, tickets.at(1).code, newKey()).first, 201);
        // The same code and nonce again still get the first answer.
        std::tie(status, json) = redeem(*m_server, tickets.at(0).code, nonce);
        QCOMPARE(status, 200);
        QVERIFY(json[u"accepted"_s].toBool());
    }

    // Item 5: --rotate-key on a running server's database takes effect at once; a revoked
    // key's codes are refused (online and at the gate offline) and its tickets re-issued.
    void rotatedAndRevokedKeys()
    {
        const int type = m_server->createTicketType(u"Keys"_s, 10);
        const IssuedTicket before = issue(*m_server, type, 1).value(0);
        const quint16 oldKey = TicketCode::parse(before.code)->payload().keyId;
        QProcess rotate;
        rotate.start(TicketdProcess::program(), {u"--database"_s, m_server->databaseFile(), u"--rotate-key"_s});
        QVERIFY(rotate.waitForFinished(15000));
        QCOMPARE(rotate.exitCode(), 0);
        const IssuedTicket after = issue(*m_server, type, 1).value(0);
        QCOMPARE(TicketCode::parse(after.code)->payload().keyId, quint16(oldKey + 1));
        QCOMPARE(m_server->call("GET", u"/v1/health"_s).second[u"current_key_id"_s].toInt(), oldKey + 1);

        // The old key leaks: revoked. Its valid tickets get new codes.
        auto [status, json] = m_server->call("POST", u"/v1/keys/%1/revoke"_s.arg(oldKey));
        QCOMPARE(status, 200);
        QString reissued;
        for (const QJsonValue &ticket : json[u"reissued"_s].toArray()) {
            if (ticket[u"id"_s].toString() == TicketCrypto::ticketIdToText(before.id))
                reissued = ticket[u"code"_s].toString();
        }
        QVERIFY(!reissued.isEmpty());
        QVERIFY(TicketCode::parse(reissued)->payload().keyId != oldKey);
        std::tie(status, json) = redeem(*m_server, before.code, newKey());
        QCOMPARE(status, 422);
        QCOMPARE(errorCode(json), u"revoked_key"_s);
        // A gate learns it with the keys and refuses the old code offline.
        RedemptionQueue queue;
        QVERIFY(queue.open(m_dir.filePath(u"keys.sqlite"_s)));
        GateController gate(u"West"_s, &queue, Clock::system());
        gate.setProvider(m_provider);
        QVERIFY(awaitFuture(gate.synchronize()).has_value());
        gate.setProvider(nullptr);
        QCOMPARE(awaitFuture(gate.check(before.code))->verdict, Verdict::RevokedKey);
        QVERIFY(awaitFuture(gate.check(reissued))->accepted);
        QCOMPARE(redeem(*m_server, reissued, newKey()).first, 201);
    }

    // Item 11: the state a ticket has in the table must match its ledger entries.
    void voidedInLedgerStaysVoided()
    {
        const int type = m_server->createTicketType(u"Ledger state"_s, 10);
        const IssuedTicket ticket = issue(*m_server, type, 1).value(0);
        QCOMPARE(
            m_server->call("POST", u"/v1/tickets/%1/void"_s.arg(TicketCrypto::ticketIdToText(ticket.id))).first, 200);
        QVERIFY(editDatabase(m_server->databaseFile(),
            {u"UPDATE tickets SET state = 'valid' WHERE id = '%1'"_s.arg(TicketCrypto::ticketIdToText(ticket.id))}));
        const auto [status, json] = redeem(*m_server, ticket.code, newKey());
        QCOMPARE(status, 422);
        QCOMPARE(errorCode(json), u"voided"_s);
    }

    // Item 11: a broken chain, or newest blocks deleted (at rest or while running), stops
    // every write; reads still work so the damage can be looked at.
    void brokenLedgerIsNotServed_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("whileRunning");
        QTest::newRow("newest block deleted at rest")
            << u"DELETE FROM ledger WHERE sequence = (SELECT MAX(sequence) FROM ledger)"_s << false;
        QTest::newRow("block edited at rest") << u"UPDATE ledger SET detail = 'x' WHERE sequence = 2"_s << false;
        QTest::newRow("newest block deleted while running")
            << u"DELETE FROM ledger WHERE sequence = (SELECT MAX(sequence) FROM ledger)"_s << true;
    }

    void brokenLedgerIsNotServed()
    {
        QFETCH(QString, sql);
        QFETCH(bool, whileRunning);
        QTemporaryDir folder;
        TicketdProcess server(folder.path());
        QVERIFY(server.start());
        const int type = server.createTicketType(u"Chain"_s, 10);
        QCOMPARE(issue(server, type, 3).size(), 3);
        const qint64 head = server.call("GET", u"/v1/health"_s).second[u"ledger_head"_s].toInteger();
        if (!whileRunning)
            server.stop();
        QVERIFY(editDatabase(server.databaseFile(), {sql}));
        if (!whileRunning)
            QVERIFY(server.start());
        auto [status, json]
            = server.call("POST", u"/v1/tickets"_s, IssueRequest {quint32(type), 1, u"Bo"_s, {}, newKey()}.toJson());
        QCOMPARE(status, 503);
        QCOMPARE(errorCode(json), u"ledger_broken"_s);
        QVERIFY(server.call("GET", u"/v1/health"_s).second[u"ledger_head"_s].toInteger() <= head);
        if (!whileRunning) {
            QVERIFY(!server.call("GET", u"/v1/health"_s).second[u"ledger_valid"_s].toBool(true));
            QCOMPARE(server.call("GET", u"/v1/ledger"_s).first, 200);
        }
    }

    // Item 13: two offline gates scanned one ticket; the later scan uploads first.
    void earliestScanIsTheEntry()
    {
        const int type = m_server->createTicketType(u"Conflicts"_s, 10);
        const IssuedTicket ticket = issue(*m_server, type, 1).value(0);
        const QDateTime early = QDateTime::currentDateTimeUtc().addSecs(-60);
        const QString earlyNonce = newKey(), lateNonce = newKey();
        QCOMPARE(redeem(*m_server, ticket.code, lateNonce, early.addMSecs(1)).first, 201);
        auto [status, json] = redeem(*m_server, ticket.code, earlyNonce, early);
        QCOMPARE(status, 201);
        QVERIFY(json[u"accepted"_s].toBool());
        // The later scan, sent again, is now the duplicate and names the earlier entry.
        std::tie(status, json) = redeem(*m_server, ticket.code, lateNonce, early.addMSecs(1));
        QCOMPARE(status, 200);
        QVERIFY(!json[u"accepted"_s].toBool());
        QCOMPARE(json[u"nonce"_s].toString(), earlyNonce);
        const auto [syncStatus, sync] = m_server->call("GET", u"/v1/sync"_s);
        QString entryNonce;
        for (const QJsonValue &entry : sync[u"redemptions"_s].toArray()) {
            if (entry[u"ticket_id"_s].toString() == TicketCrypto::ticketIdToText(ticket.id))
                entryNonce = entry[u"nonce"_s].toString();
        }
        QCOMPARE(entryNonce, earlyNonce);
        QVERIFY(m_server->call("GET", u"/v1/ledger/verify"_s).second[u"valid"_s].toBool());
    }

    // Item 8: a back-dated scan cannot admit an expired ticket; a gate's wrong clock is
    // corrected and reported.
    void scanTimeBoundedByServerClock()
    {
        const int expired = m_server->createTicketType(u"Yesterday"_s, 5, 7, -30 * 3600, -10 * 3600);
        const IssuedTicket old = issue(*m_server, expired, 1).value(0);
        auto [status, json]
            = redeem(*m_server, old.code, newKey(), QDateTime::currentDateTimeUtc().addSecs(-20 * 3600));
        QCOMPARE(status, 422);
        QCOMPARE(errorCode(json), u"expired"_s);

        // A gate whose clock is an hour ahead: its scan is taken at the server's time.
        const int type = m_server->createTicketType(u"Clock"_s, 5, 7, -600, 3600);
        const IssuedTicket ticket = issue(*m_server, type, 1).value(0);
        const QDateTime gateNow = QDateTime::currentDateTimeUtc().addSecs(3600);
        std::tie(status, json) = redeem(*m_server, ticket.code, newKey(), gateNow.addSecs(-1), gateNow);
        QCOMPARE(status, 201);
        QVERIFY(qAbs(json[u"clock_skew_seconds"_s].toInteger() - 3600) < 60);
        const QDateTime recorded = QDateTime::fromString(json[u"redeemed_at"_s].toString(), Qt::ISODateWithMs);
        QVERIFY(qAbs(recorded.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    // Item 14: each refusal says what is wrong with which field.
    void validationNamesTheProblem_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        const auto request = [](int quantity, const QString &name, const QString &email = {}) {
            return IssueRequest {1, quantity, name, email, newKey()}.toJson();
        };
        QTest::newRow("quantity 0") << request(0, u"Ana"_s) << 422 << u"quantity: expected an integer from 1 to 1000"_s;
        QTest::newRow("quantity -1") << request(-1, u"Ana"_s) << 422 << u"from 1 to 1000"_s;
        QTest::newRow("quantity 1001") << request(1001, u"Ana"_s) << 422 << u"from 1 to 1000"_s;
        QTest::newRow("201 characters") << request(1, QString(201, u'a')) << 422
                                        << u"buyer_name: expected at most 200 characters, got 201"_s;
        QString bikes;
        for (int i = 0; i < 150; ++i)
            bikes += u"🚴"_s;
        QTest::newRow("150 emoji are 150 characters") << request(1, bikes) << 201 << QString();
        QTest::newRow("not an e-mail") << request(1, u"Ana"_s, u"not-an-email"_s) << 422 << u"buyer_email"_s;
        QTest::newRow("blank name") << request(1, u"   "_s) << 422 << u"buyer_name: expected a name"_s;
        QTest::newRow("right-to-left override")
            << request(1, u"Ana\u202Egpj.exe"_s) << 422 << u"buyer_name: text direction"_s;
        QTest::newRow("NUL") << request(1, u"Ana"_s + QChar(0) + u"x"_s) << 422 << u"buyer_name: control"_s;
    }

    void validationNamesTheProblem()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, message);
        const int type = m_server->createTicketType(u"Validation"_s, 10);
        body.insert(u"ticket_type_id"_s, type);
        const auto [answer, json] = m_server->call("POST", u"/v1/tickets"_s, body);
        QCOMPARE(answer, status);
        QVERIFY2(json[u"error"_s][u"message"_s].toString().contains(message),
            qPrintable(json[u"error"_s][u"message"_s].toString()));
    }

    void bearerSchemeIsCaseInsensitive()
    {
        QCOMPARE(
            m_server->call("GET", u"/v1/ticket-types"_s, {}, QByteArray("bearer ") + TicketdProcess::Token).first, 200);
        QCOMPARE(
            m_server->call("GET", u"/v1/ticket-types"_s, {}, QByteArray("BEARER ") + TicketdProcess::Token).first, 200);
        QCOMPARE(
            m_server->call("GET", u"/v1/ticket-types"_s, {}, QByteArray("Basic ") + TicketdProcess::Token).first, 401);
    }

    void bodyOverLimitClosesTheConnection()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray body(65536 + 10, ' ');
        socket.write("POST /v1/tickets HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + bearer(TicketdProcess::Token)
            + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n");
        socket.write(body);
        QByteArray answer;
        QDeadlineTimer deadline(10000);
        while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
            socket.waitForReadyRead(100);
            answer += socket.readAll();
        }
        answer += socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(100).constData());
        QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    }

    // Item 10: the same idempotency key from two tokens names two requests.
    void idempotencyKeysArePerToken()
    {
        const int type = m_server->createTicketType(u"Keys per token"_s, 10);
        const QString key = newKey();
        const auto [adminStatus, admin]
            = m_server->call("POST", u"/v1/tickets"_s, IssueRequest {quint32(type), 1, u"Ana"_s, {}, key}.toJson());
        QCOMPARE(adminStatus, 201);
        const auto [officeStatus, office] = m_server->call("POST", u"/v1/tickets"_s,
            IssueRequest {quint32(type), 2, u"Bo"_s, {}, key}.toJson(), bearer(TicketdProcess::BoxOfficeToken));
        QCOMPARE(officeStatus, 201);
        QCOMPARE(office[u"tickets"_s].toArray().size(), 2);
        QVERIFY(office[u"tickets"_s][0][u"id"_s] != admin[u"tickets"_s][0][u"id"_s]);
    }

    // Item 2: a gate token only checks tickets; a box-office token cannot refund nor manage keys.
    void tokenScopes_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        const QByteArray gate = TicketdProcess::GateToken, office = TicketdProcess::BoxOfficeToken;
        const QJsonObject refund {{u"refund"_s, true}};
        const QJsonObject newType {{u"event_id"_s, 7}, {u"name"_s, u"Free"_s}, {u"price_cents"_s, 0},
            {u"currency"_s, u"EUR"_s}, {u"capacity"_s, 5}, {u"valid_from"_s, u"2026-01-01T00:00:00Z"_s},
            {u"valid_until"_s, u"2027-01-01T00:00:00Z"_s}};
        QTest::newRow("gate issues") << gate << QByteArray("POST") << u"/v1/tickets"_s
                                     << IssueRequest {1, 1, u"Ana"_s, {}, newKey()}.toJson() << 403;
        QTest::newRow("gate lists buyers") << gate << QByteArray("GET") << u"/v1/tickets"_s << QJsonObject() << 403;
        QTest::newRow("gate voids") << gate << QByteArray("POST") << u"/v1/tickets/%1/void"_s << QJsonObject() << 403;
        QTest::newRow("gate rotates keys")
            << gate << QByteArray("POST") << u"/v1/keys/rotate"_s << QJsonObject() << 403;
        QTest::newRow("gate makes a type") << gate << QByteArray("POST") << u"/v1/ticket-types"_s << newType << 403;
        QTest::newRow("gate syncs") << gate << QByteArray("GET") << u"/v1/sync"_s << QJsonObject() << 200;
        QTest::newRow("box office refunds")
            << office << QByteArray("POST") << u"/v1/tickets/%1/void"_s << refund << 403;
        QTest::newRow("box office rotates keys")
            << office << QByteArray("POST") << u"/v1/keys/rotate"_s << QJsonObject() << 403;
        QTest::newRow("box office makes a type")
            << office << QByteArray("POST") << u"/v1/ticket-types"_s << newType << 403;
        QTest::newRow("box office voids")
            << office << QByteArray("POST") << u"/v1/tickets/%1/void"_s << QJsonObject() << 200;
    }

    void tokenScopes()
    {
        QFETCH(QByteArray, token);
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        const int type = m_server->createTicketType(u"Scopes"_s, 10);
        const IssuedTicket ticket = issue(*m_server, type, 1).value(0);
        if (path.contains(u"%1"_s))
            path = path.arg(TicketCrypto::ticketIdToText(ticket.id));
        const auto [answer, json] = m_server->call(verb, path, body, bearer(token.constData()));
        QCOMPARE(answer, status);
        if (status == 403)
            QCOMPARE(errorCode(json), u"forbidden"_s);
        QCOMPARE(m_server->call("GET", u"/v1/tickets/%1"_s.arg(0)).first, 404); // still serving
    }

    // Items 2 and 9: a gate gets no buyer names nor codes, and catches up past one page at once.
    void gateSyncHasNoBuyersAndCatchesUp()
    {
        QTemporaryDir folder;
        TicketdProcess server(folder.path());
        QVERIFY(server.start());
        const int type = server.createTicketType(u"Big day"_s, 2000);
        const QList<IssuedTicket> tickets = issue(server, type, 1000);
        QCOMPARE(tickets.size(), 1000);
        for (int i : {998, 999})
            QCOMPARE(
                server.call("POST", u"/v1/tickets/%1/void"_s.arg(TicketCrypto::ticketIdToText(tickets.at(i).id))).first,
                200);
        const auto [status, sync] = server.call("GET", u"/v1/sync"_s, {}, bearer(TicketdProcess::GateToken));
        QCOMPARE(status, 200);
        QVERIFY(sync[u"has_more"_s].toBool());
        const QByteArray text = QJsonDocument(sync).toJson();
        QVERIFY(!text.contains("Ana Martin"));
        QVERIFY(!text.contains(tickets.at(0).code.toLatin1()));

        configure(server.url(), TicketdProcess::GateToken);
        RedemptionQueue queue;
        QVERIFY(queue.open(folder.filePath(u"gate.sqlite"_s)));
        GateController gate(u"Late"_s, &queue, Clock::system());
        gate.setProvider(m_provider);
        gate.setEventId(7);
        QVERIFY(awaitFuture(gate.synchronize()).has_value());
        gate.setProvider(nullptr);
        QCOMPARE(awaitFuture(gate.check(tickets.at(999).code))->verdict, Verdict::Voided);
        configure(m_server->url(), TicketdProcess::GateToken);
    }

    // Item 2: a token removed from the file is refused at once, without a restart.
    void tokenRevokedWithoutRestart()
    {
        QTemporaryDir folder;
        TicketdProcess server(folder.path());
        QVERIFY(server.start());
        QCOMPARE(server.call("GET", u"/v1/sync"_s, {}, bearer(TicketdProcess::GateToken)).first, 200);
        QTest::qWait(1100); // a new modification time
        QFile file(server.tokenFile());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray(TicketdProcess::Token) + '\n');
        file.close();
        QCOMPARE(server.call("GET", u"/v1/sync"_s, {}, bearer(TicketdProcess::GateToken)).first, 401);
        QCOMPARE(server.call("GET", u"/v1/sync"_s).first, 200);
    }

    // Item 2: tokens are listed (without their secrets), made, rotated and revoked through the
    // API by an admin token, and each change takes effect at once.
    void tokensListedMadeRotatedRevoked()
    {
        QTemporaryDir folder;
        TicketdProcess server(folder.path());
        QVERIFY(server.start());
        auto [status, json] = server.call("GET", u"/v1/tokens"_s);
        QCOMPARE(status, 200);
        QCOMPARE(json[u"tokens"_s].toArray().size(), 3);
        QVERIFY(!QJsonDocument(json).toJson().contains(TicketdProcess::GateToken));
        QString gateId;
        for (const QJsonValue &token : json[u"tokens"_s].toArray()) {
            if (token[u"scope"_s].toString() == u"gate")
                gateId = token[u"id"_s].toString();
        }
        QVERIFY(!gateId.isEmpty());
        QCOMPARE(server.call("GET", u"/v1/tokens"_s, {}, bearer(TicketdProcess::GateToken)).first, 403);

        std::tie(status, json) = server.call("POST", u"/v1/tokens"_s, QJsonObject {{u"scope"_s, u"gate"_s}});
        QCOMPARE(status, 201);
        const QByteArray made = json[u"token"_s].toString().toLatin1();
        const QString madeId = json[u"id"_s].toString();
        QCOMPARE(server.call("GET", u"/v1/sync"_s, {}, "Bearer " + made).first, 200);
        QCOMPARE(server.call("POST", u"/v1/ticket-types"_s, {}, "Bearer " + made).first, 403);

        std::tie(status, json) = server.call("POST", u"/v1/tokens/%1/rotate"_s.arg(madeId));
        QCOMPARE(status, 201);
        QCOMPARE(json[u"scope"_s].toString(), u"gate"_s);
        const QByteArray rotated = json[u"token"_s].toString().toLatin1();
        QCOMPARE(server.call("GET", u"/v1/sync"_s, {}, "Bearer " + made).first, 401);
        QCOMPARE(server.call("GET", u"/v1/sync"_s, {}, "Bearer " + rotated).first, 200);

        QCOMPARE(server.call("DELETE", u"/v1/tokens/%1"_s.arg(gateId)).first, 200);
        QCOMPARE(server.call("GET", u"/v1/sync"_s, {}, bearer(TicketdProcess::GateToken)).first, 401);
        QCOMPARE(server.call("DELETE", u"/v1/tokens/%1"_s.arg(gateId)).first, 404);
        QCOMPARE(QFile::permissions(server.tokenFile()) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
            QFileDevice::Permissions());
        // The last admin token stays.
        const QString adminId = AccessToken {AccessToken::Scope::Admin, TicketdProcess::Token}.id();
        std::tie(status, json) = server.call("DELETE", u"/v1/tokens/%1"_s.arg(adminId));
        QCOMPARE(status, 409);
        QCOMPARE(server.call("GET", u"/v1/tokens"_s).first, 200);
        // And the file still starts the server.
        server.stop();
        QVERIFY(server.start());
        QCOMPARE(server.call("GET", u"/v1/sync"_s, {}, "Bearer " + rotated).first, 200);
    }

    // Items 1 and 2 from the app: an admin computer paired over HTTPS lists the tokens, makes a
    // gate token shown as a pairing code for the gate laptop, and revokes it.
    void tokensManagedFromTheApp()
    {
        QTemporaryDir folder;
        TicketdProcess server(folder.path());
        server.setExtraArguments({u"--tls"_s});
        QVERIFY(server.start());
        QProcess pair;
        pair.start(TicketdProcess::program(),
            {u"--database"_s, server.databaseFile(), u"--token-file"_s, server.tokenFile(), u"--pair"_s, u"admin"_s,
                u"--url"_s, server.url().toString()});
        QVERIFY(pair.waitForFinished(15000));
        TicketingController controller(
            m_provider, u"omnium-ticketd"_s, {}, folder.filePath(u"office.sqlite"_s), Clock::system());
        QVERIFY(controller.pair(QString::fromUtf8(pair.readAllStandardOutput())));
        QAbstractItemModelTester tester(controller.apiTokens());
        controller.refreshTokens();
        QTRY_COMPARE_WITH_TIMEOUT(controller.apiTokens()->rowCount(), 3, 10000);

        QSignalSpy made(&controller, &TicketingController::newTokenChanged);
        controller.createToken(u"gate"_s);
        QTRY_COMPARE_WITH_TIMEOUT(made.size(), 1, 10000);
        const auto gatePairing = TicketingPairing::parse(controller.newToken());
        QVERIFY2(gatePairing, qPrintable(controller.newToken()));
        QCOMPARE(gatePairing->certificateSha256, server.fingerprint());
        QCOMPARE(server.call("GET", u"/v1/sync"_s, {}, "Bearer " + gatePairing->token.toLatin1()).first, 200);
        QCOMPARE(server.call("GET", u"/v1/tickets"_s, {}, "Bearer " + gatePairing->token.toLatin1()).first, 403);
        QTRY_COMPARE_WITH_TIMEOUT(controller.apiTokens()->rowCount(), 4, 10000);

        const QString id = AccessToken {AccessToken::Scope::Gate, gatePairing->token.toLatin1()}.id();
        controller.revokeToken(id);
        QTRY_COMPARE_WITH_TIMEOUT(controller.apiTokens()->rowCount(), 3, 10000);
        QCOMPARE(server.call("GET", u"/v1/sync"_s, {}, "Bearer " + gatePairing->token.toLatin1()).first, 401);
        configure(m_server->url(), TicketdProcess::GateToken);
    }

    // Item 7: a connection cap with a per-client share, idle connections closed, and no
    // request asking for more than 1,000 tickets.
    void connectionLimits()
    {
        QTemporaryDir folder;
        TicketdProcess server(folder.path());
        server.setExtraArguments({u"--max-connections"_s, u"16"_s, u"--idle-timeout"_s, u"2"_s});
        QVERIFY(server.start());
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 4; ++i) {
            idle.push_back(std::make_unique<QTcpSocket>());
            idle.back()->connectToHost(QHostAddress::LocalHost, server.port());
            QVERIFY(idle.back()->waitForConnected(5000));
        }
        QTest::qWait(200);
        // A fifth from the same address is closed at once…
        QTcpSocket fifth;
        fifth.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(fifth.waitForConnected(5000));
        QVERIFY(fifth.waitForDisconnected(5000));
        // …while another client is still served.
        QTcpSocket other;
        QVERIFY(other.bind(QHostAddress(u"127.0.0.2"_s)));
        other.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(other.waitForConnected(5000));
        other.write("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QVERIFY(other.waitForReadyRead(5000));
        QVERIFY(other.readAll().startsWith("HTTP/1.1 200"));
        // Idle connections are closed after the timeout, and the slots come back.
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(idle.cbegin(), idle.cend(),
                                     [](const auto &s) { return s->state() == QAbstractSocket::UnconnectedState; }),
            6000);
        QCOMPARE(server.call("GET", u"/v1/health"_s).first, 200);

        const int type = server.createTicketType(u"Limits"_s, 5000);
        const auto [status, json] = server.call("POST", u"/v1/tickets/batch"_s,
            QJsonObject {{u"requests"_s,
                QJsonArray {IssueRequest {quint32(type), 600, u"A"_s, {}, newKey()}.toJson(),
                    IssueRequest {quint32(type), 600, u"B"_s, {}, newKey()}.toJson()}}});
        QCOMPARE(status, 422);
        QVERIFY2(json[u"error"_s][u"message"_s].toString().contains(u"at most 1000"_s), qPrintable(errorCode(json)));
    }

    // Item 6: the files holding the signing keys are the user's alone, or the server refuses.
    void dataFilesArePrivate()
    {
        QTemporaryDir folder;
        TicketdProcess server(folder.path());
        QVERIFY(server.start());
        QCOMPARE(server.createTicketType(u"Private"_s, 5) > 0, true);
        for (const QString &file : QStringList {server.databaseFile(), server.databaseFile() + u"-wal"_s}) {
            QVERIFY2(QFile::exists(file), qPrintable(file));
            QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                QFileDevice::Permissions());
        }
        server.stop();
        QVERIFY(QFile::setPermissions(server.databaseFile(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QVERIFY(!server.start());
        QVERIFY2(server.errorOutput().contains("readable by other users"), server.errorOutput().constData());
    }

    // Item 6: the database holds no usable signing secret; the key that seals them lives in
    // its own file, without which the server refuses to start.
    void signingSecretsSealed()
    {
        QTemporaryDir folder;
        TicketdProcess server(folder.path());
        QVERIFY(server.start());
        const int type = server.createTicketType(u"Sealed"_s, 5);
        QCOMPARE(issue(server, type, 1).size(), 1);
        server.stop();
        const QString sealKey = server.databaseFile() + u".seal-key"_s;
        QCOMPARE(QFileInfo(sealKey).size(), 32);
        QCOMPARE(QFile::permissions(sealKey) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
            QFileDevice::Permissions());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"reader"_s);
            db.setDatabaseName(server.databaseFile());
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"SELECT public_key, secret_key FROM signing_keys"_s));
            int keys = 0;
            while (query.next()) {
                ++keys;
                const QByteArray secret = query.value(1).toByteArray();
                // An Ed25519 secret key is the seed followed by the public key: not stored so.
                QVERIFY(secret.size() != TicketCrypto::SecretKeySize);
                QVERIFY(!secret.contains(query.value(0).toByteArray()));
                QVERIFY(TicketCrypto::sign("x", secret).isEmpty());
            }
            QCOMPARE(keys, 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"reader"_s);
        QVERIFY(QFile::rename(sealKey, sealKey + u".elsewhere"_s));
        QVERIFY(!server.start());
        QVERIFY2(server.errorOutput().contains("missing"), server.errorOutput().constData());
        QVERIFY(QFile::rename(sealKey + u".elsewhere"_s, sealKey));
        QVERIFY(server.start());
        QCOMPARE(issue(server, type, 1).size(), 1);
    }

    // Item 6: a database from before sealing (secrets in clear) is sealed at start and works on.
    void clearSecretsOfOlderVersionsAreSealed()
    {
        QTemporaryDir folder;
        TicketdProcess server(folder.path());
        QVERIFY(server.start());
        const int type = server.createTicketType(u"Upgrade"_s, 5);
        server.stop();
        const auto key = TicketCrypto::generateKeyPair();
        QVERIFY(editDatabase(server.databaseFile(),
            {u"UPDATE signing_keys SET retired_at = 1"_s,
                u"INSERT INTO signing_keys (key_id, public_key, secret_key, created_at) VALUES (2, x'%1', x'%2', 2)"_s
                    .arg(QString::fromLatin1(key.publicKey.toHex()), QString::fromLatin1(key.secretKey.toHex()))}));
        QVERIFY(server.start());
        const IssuedTicket ticket = issue(server, type, 1).value(0);
        const auto code = TicketCode::parse(ticket.code);
        QVERIFY(code);
        QCOMPARE(code->payload().keyId, quint16(2));
        QVERIFY(code->verifySignature(key.publicKey));
        server.stop();
        int clear = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"probe"_s);
            db.setDatabaseName(server.databaseFile());
            QVERIFY(db.open());
            QSqlQuery query(db);
            if (query.exec(u"SELECT COUNT(*) FROM signing_keys WHERE length(secret_key) = 64"_s) && query.next())
                clear = query.value(0).toInt();
        }
        QSqlDatabase::removeDatabase(u"probe"_s);
        QCOMPARE(clear, 0);
    }

    // Items 5 and 6: with the signing key stolen (database and its key file), a real ticket's
    // code re-signed with a longer window, or a code for a ticket never issued, is refused.
    void codesFromAStolenKeyRefused()
    {
        const int type = m_server->createTicketType(u"Stolen key"_s, 5);
        const IssuedTicket ticket = issue(*m_server, type, 1).value(0);
        QFile sealFile(m_server->databaseFile() + u".seal-key"_s);
        QVERIFY(sealFile.open(QIODevice::ReadOnly));
        const QByteArray sealKey = sealFile.readAll();
        const TicketPayload genuine = TicketCode::parse(ticket.code)->payload();
        QByteArray secret;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"thief"_s);
            db.setDatabaseName(m_server->databaseFile());
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"SELECT secret_key FROM signing_keys WHERE key_id = %1"_s.arg(genuine.keyId)));
            QVERIFY(query.next());
            secret = TicketCrypto::unseal(query.value(0).toByteArray(), sealKey).value_or(QByteArray());
        }
        QSqlDatabase::removeDatabase(u"thief"_s);
        QCOMPARE(secret.size(), TicketCrypto::SecretKeySize);
        TicketPayload stretched = genuine;
        stretched.validUntil = QDateTime::fromSecsSinceEpoch(0xfffffff0LL, QTimeZone::UTC);
        auto [status, json] = redeem(*m_server, TicketCode::issue(stretched, secret), newKey());
        QCOMPARE(status, 422);
        QCOMPARE(errorCode(json), u"forged"_s);
        TicketPayload invented = genuine;
        invented.ticketId = TicketCrypto::randomTicketId();
        std::tie(status, json) = redeem(*m_server, TicketCode::issue(invented, secret), newKey());
        QCOMPARE(status, 404);
        // The genuine code still enters.
        QCOMPARE(redeem(*m_server, ticket.code, newKey()).first, 201);
    }

    // Item 1: beyond loopback the server always speaks HTTPS, with a certificate made at first
    // start; clients pin its fingerprint and refuse any other certificate.
    void tlsWithPinnedCertificate()
    {
        QTemporaryDir folder;
        TicketdProcess server(folder.path());
        server.setExtraArguments({u"--listen"_s, u"0.0.0.0"_s});
        QVERIFY(server.start());
        QCOMPARE(server.url().scheme(), u"https"_s);
        QCOMPARE(server.fingerprint().size(), 32);
        QCOMPARE(QFile::permissions(server.databaseFile() + u".key.pem"_s)
                & (QFileDevice::ReadOther | QFileDevice::ReadGroup | QFileDevice::WriteOther),
            QFileDevice::Permissions());
        const auto settings = [&server](const QByteArray &pin) {
            return TicketingSettings {server.url(), QString::fromLatin1(TicketdProcess::GateToken), 5000, 1, pin};
        };
        m_provider->configure(settings(server.fingerprint()));
        const auto synced = awaitFuture(m_provider->sync(0));
        QVERIFY2(synced && synced->ok(), qPrintable(synced->error.message));
        // Another certificate (a man in the middle), no pin, or plain HTTP: no answer.
        QByteArray wrong = server.fingerprint();
        wrong[0] = char(wrong[0] ^ 1);
        m_provider->configure(settings(wrong));
        QCOMPARE(awaitFuture(m_provider->sync(0))->error.kind, TicketingError::Kind::Unreachable);
        m_provider->configure(settings({}));
        QCOMPARE(awaitFuture(m_provider->sync(0))->error.kind, TicketingError::Kind::Unreachable);
        QUrl plain = server.url();
        plain.setScheme(u"http"_s);
        m_provider->configure(TicketingSettings {plain, QString::fromLatin1(TicketdProcess::GateToken), 5000, 1, {}});
        QVERIFY(awaitFuture(m_provider->sync(0))->error.isError());
        m_provider->configure(
            TicketingSettings {plain, QString::fromLatin1(TicketdProcess::GateToken), 5000, 1, server.fingerprint()});
        QCOMPARE(awaitFuture(m_provider->sync(0))->error.kind, TicketingError::Kind::NotConfigured);
        // The certificate stays the same across restarts: pairings keep working.
        const QByteArray first = server.fingerprint();
        server.stop();
        QVERIFY(server.start());
        QCOMPARE(server.fingerprint(), first);
        configure(m_server->url(), TicketdProcess::GateToken);
    }

    // Item 1: a gate paired with the code omnium-ticketd prints admits a valid ticket over HTTPS.
    void gatePairedByCode()
    {
        QTemporaryDir folder;
        TicketdProcess server(folder.path());
        server.setExtraArguments({u"--tls"_s});
        QVERIFY(server.start());
        const int type = server.createTicketType(u"Paired"_s, 5);
        QVERIFY(type > 0);
        const IssuedTicket ticket = issue(server, type, 1).value(0);
        const QString code = pairingCode(server, u"gate"_s);
        const auto pairing = TicketingPairing::parse(code);
        QVERIFY2(pairing, qPrintable(code));
        QCOMPARE(pairing->certificateSha256, server.fingerprint());
        QCOMPARE(pairing->token, QString::fromLatin1(TicketdProcess::GateToken));

        TicketingController controller(
            m_provider, u"omnium-ticketd"_s, {}, folder.filePath(u"gate.sqlite"_s), Clock::system());
        TicketingPairing plain = *pairing;
        plain.endpoint.setScheme(u"http"_s);
        QVERIFY(!controller.pair(plain.toString()));
        QVERIFY2(controller.message().contains(u"https"_s), qPrintable(controller.message()));
        QVERIFY(controller.pair(code));
        QVERIFY(controller.paired());
        QCOMPARE(controller.endpoint(), server.url().toString());
        controller.setEventId(7);
        controller.synchronizeGate();
        QTRY_VERIFY_WITH_TIMEOUT(!controller.busy(), 10000);
        QSignalSpy scans(&controller, &TicketingController::lastScanChanged);
        controller.scan(ticket.code);
        QTRY_COMPARE_WITH_TIMEOUT(scans.size(), 1, 10000);
        QVERIFY2(controller.lastScanAccepted(), qPrintable(controller.lastScanReason()));
        QCOMPARE(controller.lastScanReason(), u"Welcome"_s);
        QCOMPARE(server.call("GET", u"/v1/tickets?ticket_type_id=%1"_s.arg(type))
                     .second[u"tickets"_s][0][u"state"_s]
                     .toString(),
            u"redeemed"_s);
        configure(m_server->url(), TicketdProcess::GateToken);
    }

    // Item 1: a gate paired again with another server (its ticketd reinstalled: a new
    // certificate, new keys under the same ids) admits that server's tickets; the keys and
    // ledger position of the server before would make them look forged and raise alarms.
    void gateRePairedWithAnotherServer()
    {
        QTemporaryDir folder;
        TicketingController controller(
            m_provider, u"omnium-ticketd"_s, {}, folder.filePath(u"gate.sqlite"_s), Clock::system());
        controller.setEventId(7);
        for (const QString &name : {u"before"_s, u"after"_s}) {
            QTemporaryDir data;
            TicketdProcess server(data.path());
            server.setExtraArguments({u"--tls"_s});
            QVERIFY(server.start());
            const int type = server.createTicketType(name, 5);
            // The one before has a longer ledger: the one after must not look truncated.
            const QList<IssuedTicket> tickets = issue(server, type, name == u"before" ? 3 : 1);
            QVERIFY(!tickets.isEmpty());
            QVERIFY(controller.pair(pairingCode(server, u"gate"_s)));
            controller.synchronizeGate();
            QTRY_VERIFY_WITH_TIMEOUT(controller.inspect(tickets.first().code).accepted, 10000);
            QTRY_VERIFY_WITH_TIMEOUT(!controller.busy(), 10000);
            QSignalSpy scans(&controller, &TicketingController::lastScanChanged);
            controller.scan(tickets.first().code);
            QTRY_COMPARE_WITH_TIMEOUT(scans.size(), 1, 10000);
            QCOMPARE(controller.lastScanReason(), u"Welcome"_s);
            QCOMPARE(controller.gateWarning(), QString());
        }
        configure(m_server->url(), TicketdProcess::GateToken);
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_GUILESS_MAIN(TestTicketdHardening)
#include "tst_ticketdhardening.moc"
