// SPDX-License-Identifier: GPL-3.0-or-later
// omnium-cli tickets … against the real omnium-ticketd on loopback, through the ledger plugin the
// app loads: connect, ticket types, issue (sold out refused with exit 5), void; the server's
// rows after the CLI equal those after the Tickets page's controller doing the same.
#include "clicommand.h"
#include "clitest.h"

#include "../ticketing/ticketdprocess.h"

#include "core/clock.h"
#include "ticketing/ticketingcontroller.h"
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
        QVERIFY2(run.out.contains("4 ticket(s)"), run.out.constData());
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
};

QTEST_GUILESS_MAIN(TestCliTickets)
#include "tst_clitickets.moc"
