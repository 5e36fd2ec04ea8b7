// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #17's walk-through, as the staff do it, asserting what each screen shows: the real
// omnium-ticketd over HTTPS on 127.0.0.1, the real ledger plugin, the Tickets and Gate pages.
// The box office makes a gate token and shows it as a QR code; the QR code is read off the
// rendered screen (zxing-cpp) and "scanned" into the gate laptop's ticket field, which pairs
// it once confirmed; then a valid ticket, a forged one, a voided one; the server stopped (the
// gate admits offline and queues), started again (the queue goes up). Each step is saved as a
// screenshot (OMNIUM_TEST_ARTEFACTS=DIR keeps them in DIR/tst_gatewalkthrough/).
#include "../quickpagehelpers.h"
#include "../testartefacts.h"
#include "core/clock.h"
#include "qrreader.h"
#include "services.h"
#include "shell/notificationmodel.h"
#include "shell/notificationsources.h"
#include "shell/theme.h"
#include "ticketdprocess.h"
#include "ticketing/ticketcode.h"
#include "ticketing/ticketcrypto.h"
#include "ticketing/ticketingcontroller.h"
#include "ticketing/ticketingpairing.h"
#include "ticketing/ticketingpluginloader.h"
#include "tickets/ticketprintcontroller.h"
#include "uisetup.h"

#include <QJsonArray>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickView>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

Q_IMPORT_QML_PLUGIN(OmniumPlugin)

using namespace Qt::StringLiterals;

class TestGateWalkthrough : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TicketdProcess> m_server;
    quint16 m_port = 0;
    TicketingPluginLoader m_loader;
    TicketingProvider *m_provider = nullptr;
    Theme m_theme;
    NotificationModel m_notifications {Clock::system()};
    std::unique_ptr<TicketingController> m_ticketing; // the computer on screen
    std::unique_ptr<TicketPrintController> m_ticketPrint;
    std::unique_ptr<QQuickView> m_view;
    QString m_pairingCode; // read off the box office's screen
    IssuedTicket m_valid, m_voided, m_validOffline, m_validLater;
    QString m_forged;

    // The computer's own state: a new TicketingController with what it saved (settings, token
    // file, gate queue), published to QML as main() does, its messages in the notifications.
    void startComputer(const QString &queueName)
    {
        m_view.reset();
        m_ticketPrint.reset();
        m_notifications.clear();
        m_ticketing = std::make_unique<TicketingController>(
            m_provider, u"omnium-ticketd"_s, QStringList {}, m_dir.filePath(queueName), Clock::system());
        m_ticketPrint = std::make_unique<TicketPrintController>(*m_ticketing);
        TicketingForeign::instance = m_ticketing.get();
        TicketPrintForeign::instance = m_ticketPrint.get();
        NotificationSources::connectTicketing(*m_ticketing, m_notifications);
    }

    // A page with the notification area under it, as the main window shows it.
    void showPage(const QString &page, QSize size)
    {
        QFile file(m_dir.filePath(page + u"Window.qml"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(u"import QtQuick\nimport QtQuick.Layouts\nimport Omnium\n"
                   "ColumnLayout {\n    spacing: 0\n"
                   "    %1 { objectName: \"page\"; Layout.fillWidth: true; Layout.fillHeight: true }\n"
                   "    NotificationArea { Layout.fillWidth: true }\n}\n"_s.arg(page)
                       .toUtf8());
        file.close();
        m_view = std::make_unique<QQuickView>();
        UiSetup::prepareEngine(*m_view->engine());
        m_view->setResizeMode(QQuickView::SizeRootObjectToView);
        m_view->setSource(QUrl::fromLocalFile(file.fileName()));
        QVERIFY2(m_view->status() == QQuickView::Ready, qPrintable(m_view->errors().value(0).toString()));
        m_view->resize(size);
        m_view->show();
        m_view->requestActivate(); // the scanner types into the active window (also under Xvfb)
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    }

    template<typename T = QQuickItem> T *child(const char *name) const { return QuickPage::child<T>(*m_view, name); }
    QString shown(const char *name) const
    {
        auto *item = child<QObject>(name);
        return item ? item->property("text").toString() : u"(no %1)"_s.arg(QLatin1StringView(name));
    }
    QColor gateColour() const
    {
        return child("page")->property("background").value<QQuickItem *>()->property("color").value<QColor>();
    }
    // As a USB scanner does: one key per character, then Enter, wherever the focus is.
    void type(const QString &text)
    {
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::Click, m_view.get(), Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::keyClick(m_view.get(), Qt::Key_Return);
    }
    // Scrolls the page's ScrollView so the item is on screen, as the organiser would.
    void scrollTo(QQuickItem *item)
    {
        QQuickItem *flickable = item->parentItem();
        while (flickable && !flickable->inherits("QQuickFlickable"))
            flickable = flickable->parentItem();
        QVERIFY(flickable);
        const auto *content = flickable->property("contentItem").value<QQuickItem *>();
        const double y = item->mapToItem(content, QPointF(0, 0)).y();
        flickable->setProperty("contentY", std::max(0.0, y - 40));
        QTest::qWait(50);
    }
    void screenshot(const QString &name)
    {
        const QImage image = m_view->grabWindow();
        QVERIFY(!image.isNull());
        QVERIFY(image.save(testArtefacts().filePath(name + u".png"_s)));
    }
    QList<IssuedTicket> issue(int type, int quantity)
    {
        const auto [status, json] = m_server->call("POST", u"/v1/tickets"_s,
            IssueRequest {quint32(type), quantity, u"Ana Martin"_s, {}, QUuid::createUuid().toString()}.toJson());
        QList<IssuedTicket> tickets;
        for (const QJsonValue &value : json[u"tickets"_s].toArray())
            tickets.append(*IssuedTicket::fromJson(value.toObject()));
        return tickets;
    }
    QString serverState(const IssuedTicket &ticket)
    {
        const auto [status, json]
            = m_server->call("GET", u"/v1/tickets?search=%1"_s.arg(TicketCrypto::ticketIdToText(ticket.id)));
        return json[u"tickets"_s][0][u"state"_s].toString() + u" "_s + json[u"tickets"_s][0][u"gate"_s].toString();
    }
    void scanAtGate(const QString &code, const QString &verdict, const QString &reason)
    {
        type(code);
        QTRY_COMPARE_WITH_TIMEOUT(shown("gateReason"), reason, 15000);
        QCOMPARE(shown("gateVerdict"), verdict);
        QCOMPARE(gateColour(), verdict == u"ACCEPTED"_s ? m_theme.successFill() : m_theme.errorFill());
        QCOMPARE(shown("codeField"), QString()); // ready for the next one
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"OmniumTest"_s);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings().clear();
        QFile::remove(
            QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(u"ticketing-token"_s));
        QVERIFY(TicketCrypto::initialize());
        UiSetup::applyStyle(); // the application's style (the messages are Kirigami's)
        ThemeForeign::instance = &m_theme;
        NotificationsForeign::instance = &m_notifications;
        testArtefacts(); // named after this program, before anything renames it

        m_server = std::make_unique<TicketdProcess>(m_dir.path());
        m_server->setExtraArguments({u"--tls"_s});
        QVERIFY(m_server->start());
        QCOMPARE(m_server->url().scheme(), u"https"_s);
        m_port = m_server->port();
        m_loader.load();
        m_provider = m_loader.provider(u"ledger"_s);
        QVERIFY(m_provider);

        const int type = m_server->createTicketType(u"Day pass"_s, 50);
        QVERIFY(type > 0);
        const QList<IssuedTicket> tickets = issue(type, 4);
        QCOMPARE(tickets.size(), 4);
        m_valid = tickets[0];
        m_voided = tickets[1];
        m_validOffline = tickets[2];
        m_validLater = tickets[3];
        // Forged: a genuine ticket's fields under another ticket number, signed with a key
        // that is not the server's.
        TicketPayload payload = TicketCode::parse(m_valid.code)->payload();
        payload.ticketId = TicketCrypto::randomTicketId();
        m_forged = TicketCode::issue(payload, TicketCrypto::generateKeyPair().secretKey);
        QVERIFY(TicketCode::parse(m_forged));
    }

    // No warning along the way (a QML binding gone wrong, a reply read after it was aborted…).
    void init() { QTest::failOnWarning(); }

    // The organiser's laptop, paired as admin with the code omnium-ticketd prints, makes a
    // token for the gate: shown as a QR code that decodes to the pairing code.
    void boxOfficeShowsGateTokenAsQrCode()
    {
        QProcess pair;
        pair.start(TicketdProcess::program(),
            {u"--database"_s, m_server->databaseFile(), u"--token-file"_s, m_server->tokenFile(), u"--pair"_s,
                u"admin"_s, u"--url"_s, m_server->url().toString()});
        QVERIFY(pair.waitForFinished(15000));
        QCOMPARE(pair.exitCode(), 0);
        const QString adminCode = QString::fromUtf8(pair.readAllStandardOutput()).trimmed();

        startComputer(u"box-office.sqlite"_s);
        showPage(u"TicketsPage"_s, QSize(1280, 900));
        auto *pairingField = child("pairingField");
        QVERIFY(pairingField);
        scrollTo(pairingField);
        pairingField->forceActiveFocus();
        type(adminCode);
        QTRY_VERIFY(m_ticketing->paired());
        QTRY_VERIFY_WITH_TIMEOUT(m_ticketing->online(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_ticketing->busy(), 15000);

        auto *qr = child("newTokenQr");
        QVERIFY(qr && !qr->isVisible());
        auto *newGateToken = child("newGateTokenButton");
        scrollTo(newGateToken);
        QuickPage::click(*m_view, newGateToken);
        QTRY_VERIFY_WITH_TIMEOUT(qr->isVisible() && m_ticketing->newToken().startsWith(u"omnium-pair:"_s), 15000);
        scrollTo(newGateToken);
        screenshot(u"01-box-office-gate-token-qr"_s);

        // The scanner reads what the screen shows: exactly the pairing code, for this server.
        const QStringList read = readQrCodes(m_view->grabWindow());
        QCOMPARE(read, QStringList {m_ticketing->newToken()});
        m_pairingCode = read.first();
        const auto pairing = TicketingPairing::parse(m_pairingCode);
        QVERIFY(pairing);
        QCOMPARE(pairing->endpoint, m_server->url());
        QCOMPARE(pairing->certificateSha256, m_server->fingerprint());
        // A gate token: it cannot list buyers nor issue.
        QCOMPARE(m_server->call("GET", u"/v1/tickets"_s, {}, "Bearer " + pairing->token.toLatin1()).first, 403);

        // Once used, the organiser takes it off the screen.
        QuickPage::click(*m_view, child("hideTokenButton"));
        QTRY_VERIFY(!qr->isVisible());
        QCOMPARE(m_ticketing->newToken(), QString());
    }

    // Another computer: nothing configured. Its scanner reads the box office's QR code into
    // the ticket field; the gate names the server and pairs once the steward says so.
    void gatePairsByScanningTheQrCode()
    {
        QVERIFY(!m_pairingCode.isEmpty());
        m_ticketing.reset();
        QSettings().clear();
        QVERIFY(QFile::remove(
            QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(u"ticketing-token"_s)));
        m_provider->configure({});
        startComputer(u"gate.sqlite"_s);
        QVERIFY(!m_ticketing->paired());
        showPage(u"GatePage"_s, QSize(1280, 800));
        QTRY_VERIFY(child("codeField")->hasActiveFocus());
        QCOMPARE(shown("gateOnline"), u"Offline"_s);
        QVERIFY2(child("codeField")->property("placeholderText").toString().contains(u"pairing code"_s),
            qPrintable(child("codeField")->property("placeholderText").toString()));
        screenshot(u"02-gate-not-paired"_s);

        type(m_pairingCode);
        QTRY_VERIFY(child("pairingPrompt")->isVisible());
        QCOMPARE(m_ticketing->pairingOffer(), m_server->url().toString());
        QVERIFY(!m_ticketing->paired());
        QCOMPARE(shown("gateVerdict"), u"Ready"_s); // no ticket was refused
        screenshot(u"03-gate-pairing-asks"_s);

        QuickPage::click(*m_view, child("pairButton"));
        QTRY_VERIFY(!child("pairingPrompt")->isVisible());
        QVERIFY(m_ticketing->paired());
        m_ticketing->setEventId(7); // typed on its Tickets page
        QTRY_COMPARE_WITH_TIMEOUT(shown("gateOnline"), u"Online"_s, 15000);
        // The keys came over the pinned HTTPS channel: the gate can now decide offline.
        QTRY_VERIFY_WITH_TIMEOUT(m_ticketing->inspect(m_valid.code).accepted, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_ticketing->busy(), 15000);
        QCOMPARE(shown("gateWarning"), QString());
        QVERIFY(child("codeField")->hasActiveFocus());
        screenshot(u"04-gate-paired"_s);
    }

    void validTicketEnters()
    {
        scanAtGate(m_valid.code, u"ACCEPTED"_s, u"Welcome"_s);
        QCOMPARE(serverState(m_valid), u"redeemed Main"_s);
        QCOMPARE(shown("gatePending"), u"Waiting for upload: 0"_s);
        screenshot(u"05-valid-ticket"_s);
    }

    void forgedTicketIsRefused()
    {
        scanAtGate(m_forged, u"REFUSED"_s, u"Forged ticket"_s);
        screenshot(u"06-forged-ticket"_s);
    }

    void voidedTicketIsRefused()
    {
        // Voided at the box office after the gate last synced: the server says so.
        QCOMPARE(
            m_server->call("POST", u"/v1/tickets/%1/void"_s.arg(TicketCrypto::ticketIdToText(m_voided.id))).first, 200);
        scanAtGate(m_voided.code, u"REFUSED"_s, u"Voided ticket"_s);
        QCOMPARE(serverState(m_voided), u"voided "_s);
        screenshot(u"07-voided-ticket"_s);
    }

    // The server goes away: the gate still admits valid tickets from its keys, says it is
    // offline and keeps the entry for later; a ticket it let in before stays refused.
    void offlineGateKeepsWorking()
    {
        m_server->stop();
        scanAtGate(m_validOffline.code, u"ACCEPTED"_s, u"Welcome (checked offline)"_s);
        QCOMPARE(shown("gateOnline"), u"Offline"_s);
        QCOMPARE(shown("gatePending"), u"Waiting for upload: 1"_s);
        screenshot(u"08-offline-valid-ticket"_s);

        type(m_valid.code);
        QTRY_VERIFY(shown("gateReason").startsWith(u"Already used at "_s));
        QCOMPARE(shown("gateVerdict"), u"REFUSED"_s);
        QVERIFY2(shown("gateReason").endsWith(u" at gate Main"_s), qPrintable(shown("gateReason")));
        screenshot(u"09-offline-used-again"_s);
    }

    // The server is back on the same address: Synchronise uploads the queued entry.
    void backOnlineTheQueueGoesUp()
    {
        QVERIFY(m_server->start(m_port));
        QuickPage::click(*m_view, child("synchroniseButton"));
        QTRY_COMPARE_WITH_TIMEOUT(shown("gatePending"), u"Waiting for upload: 0"_s, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(shown("gateOnline"), u"Online"_s, 15000);
        QCOMPARE(serverState(m_validOffline), u"redeemed Main"_s);
        QCOMPARE(shown("gateWarning"), QString());
        scanAtGate(m_validLater.code, u"ACCEPTED"_s, u"Welcome"_s);
        QCOMPARE(serverState(m_validLater), u"redeemed Main"_s);
        screenshot(u"10-back-online"_s);
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_ticketPrint.reset();
        m_ticketing.reset();
        m_server.reset();
    }
};

QTEST_MAIN(TestGateWalkthrough)
#include "tst_gatewalkthrough.moc"
