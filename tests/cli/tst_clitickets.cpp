// SPDX-License-Identifier: GPL-3.0-or-later
// omnium-cli tickets … against the real omnium-ticketd on loopback, through the ledger plugin the
// app loads: connect, ticket types, issue (sold out refused with exit 5), void; the server's
// rows after the CLI equal those after the Tickets page's controller doing the same; pairing
// with the code omnium-ticketd --pair prints, over HTTPS with the server's certificate pinned.
#include "clicommand.h"
#include "clitest.h"

#include "../ticketing/ticketdprocess.h"

#include "core/clock.h"
#include "ticketing/ticketingcontroller.h"
#include "ticketing/ticketingpairing.h"
#include "ticketing/ticketingpluginloader.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliTickets : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TicketdProcess> m_server;
    int m_type = 0;

    QJsonArray ticketsOf(int type)
    {
        const auto [status, json] = m_server->call("GET", u"/v1/tickets?ticket_type_id=%1"_s.arg(type));
        return status == 200 ? json[u"tickets"_s].toArray() : QJsonArray();
    }

    static QString documented(const QString &name)
    {
        for (const auto &command : cliCommands())
            if (command.name() == name)
                return command.json;
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TicketdProcess>(m_dir.path());
        QVERIFY(m_server->start());
        m_type = m_server->createTicketType(u"Day"_s, 5);
        QVERIFY(m_type > 0);
        QFile token(m_dir.filePath(u"token.txt"_s));
        QVERIFY(token.open(QIODevice::WriteOnly));
        token.write(TicketdProcess::Token);
        token.close();
        const CliRun run = runCli({u"tickets"_s, u"connect"_s, u"--endpoint"_s, m_server->url().toString(),
            u"--token-file"_s, token.fileName()});
        QVERIFY2(run.code == 0, run.err.constData());
    }

    void types()
    {
        const CliRun run = runCli({u"tickets"_s, u"types"_s, u"--json"_s});
        QVERIFY2(run.code == 0, run.err.constData());
        const QJsonArray list = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first()[u"name"_s].toString(), u"Day"_s);
        QCOMPARE(list.first()[u"remaining"_s].toInt(), 5);
        const QString difference
            = shapeDifference(QJsonDocument::fromJson(documented(u"tickets types"_s).toUtf8()).array(), list);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void issueAsThePageDoes()
    {
        const CliRun run = runCli({u"tickets"_s, u"issue"_s, u"--type"_s, QString::number(m_type), u"--quantity"_s,
            u"2"_s, u"--buyer"_s, u"Ana Martin"_s, u"--json"_s});
        QVERIFY2(run.code == 0, run.err.constData());
        const QJsonObject issued = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(issued[u"issued"_s].toInt(), 2);
        QVERIFY(shapeDifference(QJsonDocument::fromJson(documented(u"tickets issue"_s).toUtf8()).object(), issued)
                .isEmpty());
        // The Tickets page's controller, in this process, sells the same: the server holds two alike.
        QStandardPaths::setTestModeEnabled(true);
        TicketingPluginLoader plugins;
        plugins.load();
        QVERIFY(!plugins.plugins().isEmpty());
        TicketingController page(plugins.plugins().first().provider, plugins.plugins().first().name, {},
            m_dir.filePath(u"gate.sqlite"_s), Clock::system());
        page.setEndpoint(m_server->url().toString());
        page.setToken(QString::fromLatin1(TicketdProcess::Token));
        QSignalSpy sold(&page, &TicketingController::issued);
        page.issue(m_type, 2, u"Ana Martin"_s, {});
        QVERIFY(sold.wait(30000));
        const QJsonArray tickets = ticketsOf(m_type);
        QCOMPARE(tickets.size(), 4);
        for (const auto &ticket : tickets) {
            QCOMPARE(ticket[u"buyer_name"_s].toString(), u"Ana Martin"_s);
            QCOMPARE(ticket[u"ticket_type_id"_s].toInt(), m_type);
        }
    }

    void refusals()
    {
        const QByteArray before = dumpDatabase(m_server->databaseFile());
        const CliRun soldOut = runCli({u"tickets"_s, u"issue"_s, u"--type"_s, QString::number(m_type), u"--quantity"_s,
            u"3"_s, u"--buyer"_s, u"Bo"_s});
        QCOMPARE(soldOut.code, 5);
        QVERIFY2(soldOut.err.contains("Sold out"), soldOut.err.constData());
        const CliRun noType = runCli({u"tickets"_s, u"issue"_s, u"--type"_s, u"999"_s, u"--buyer"_s, u"Bo"_s});
        QCOMPARE(noType.code, 2);
        QVERIFY(noType.err.contains("999"));
        const CliRun badId = runCli({u"tickets"_s, u"void"_s, u"xyz"_s});
        QCOMPARE(badId.code, 2);
        QVERIFY(badId.err.contains("xyz"));
        QCOMPARE(dumpDatabase(m_server->databaseFile()), before);
    }

    void pdf()
    {
        const QString out = m_dir.filePath(u"tickets.pdf"_s);
        const CliRun run = runCli({u"tickets"_s, u"pdf"_s, out});
        QVERIFY2(run.code == 0, run.err.constData());
        QVERIFY2(run.out.contains("4 tickets written"), run.out.constData());
        QFile pdf(out);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        const CliRun nobody = runCli({u"tickets"_s, u"pdf"_s, out, u"--search"_s, u"Nobody"_s});
        QCOMPARE(nobody.code, 5);
    }

    void voidOne()
    {
        const QString id = ticketsOf(m_type).first()[u"id"_s].toString();
        const CliRun run = runCli({u"tickets"_s, u"void"_s, id});
        QVERIFY2(run.code == 0, run.err.constData());
        const CliRun types = runCli({u"tickets"_s, u"types"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(types.out).array().first()[u"remaining"_s].toInt(), 2);
    }

    // Last: it points the CLI's settings at another server. A code that is not one, or one
    // without https, is refused with exit 2 and the reason; the real code pairs, and the next
    // command reads that server's ticket types over the pinned certificate.
    void pairWithACode()
    {
        const QString folder = m_dir.filePath(u"tls"_s);
        QVERIFY(QDir().mkpath(folder));
        TicketdProcess tls(folder);
        tls.setExtraArguments({u"--tls"_s});
        QVERIFY(tls.start());
        QVERIFY(tls.createTicketType(u"Evening"_s, 3) > 0);
        QProcess pair;
        pair.start(TicketdProcess::program(),
            {u"--database"_s, tls.databaseFile(), u"--token-file"_s, tls.tokenFile(), u"--pair"_s, u"admin"_s,
                u"--url"_s, tls.url().toString()});
        QVERIFY(pair.waitForFinished(15000));
        const QString code = QString::fromUtf8(pair.readAllStandardOutput()).trimmed();
        const auto pairing = TicketingPairing::parse(code);
        QVERIFY2(pairing, qPrintable(code));

        const CliRun garbage = runCli({u"tickets"_s, u"pair"_s, u"omnium-pair:?url=x"_s});
        QCOMPARE(garbage.code, 2);
        QVERIFY2(garbage.err.contains("CODE: This pairing code cannot be used"), garbage.err.constData());
        TicketingPairing plain = *pairing;
        plain.endpoint.setScheme(u"http"_s);
        const CliRun http = runCli({u"tickets"_s, u"pair"_s, plain.toString()});
        QCOMPARE(http.code, 2);
        QVERIFY2(http.err.contains("https"), http.err.constData());
        const CliRun missing = runCli({u"tickets"_s, u"pair"_s});
        QCOMPARE(missing.code, 2);
        QVERIFY2(missing.err.contains("CODE is required"), missing.err.constData());

        const CliRun paired = runCli({u"tickets"_s, u"pair"_s, code});
        QVERIFY2(paired.code == 0, paired.err.constData());
        QVERIFY2(paired.out.contains(tls.url().toString().toUtf8()), paired.out.constData());
        const CliRun types = runCli({u"tickets"_s, u"types"_s, u"--json"_s});
        QVERIFY2(types.code == 0, types.err.constData());
        const QJsonArray list = QJsonDocument::fromJson(types.out).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first()[u"name"_s].toString(), u"Evening"_s);
    }
};

QTEST_GUILESS_MAIN(TestCliTickets)
#include "tst_clitickets.moc"
