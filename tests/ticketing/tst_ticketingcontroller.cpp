// SPDX-License-Identifier: GPL-3.0-or-later
// TicketingController without a server: the gate answers from its saved keys and queue,
// the sentences shown at the gate, and the two item models it exposes.
#include "core/clock.h"
#include "ticketing/ticketcode.h"
#include "ticketing/ticketcrypto.h"
#include "ticketing/ticketingcontroller.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using TicketVerdict::Verdict;

class TestTicketingController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"OmniumTest"_s);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    }

    void gateWorksOfflineFromSavedKeys()
    {
        const auto key = TicketCrypto::generateKeyPair();
        const QString queueFile = m_dir.filePath(u"gate.sqlite"_s);
        {
            RedemptionQueue queue;
            QVERIFY(queue.open(queueFile));
            TicketKeySet keys;
            keys.insert({1, key.publicKey, {}, {}, {}});
            QVERIFY(queue.setValue(u"keys"_s, QString::fromUtf8(QJsonDocument(keys.toJson()).toJson())));
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        TicketPayload payload;
        payload.keyId = 1;
        payload.ticketId = 77;
        payload.ticketTypeId = 1;
        payload.eventId = 7;
        payload.validFrom = now.addSecs(-60);
        payload.validUntil = now.addSecs(3600);
        const QString code = TicketCode::issue(payload, key.secretKey);

        TicketingController controller(nullptr, {}, {u"libx.so: broken"_s}, queueFile, Clock::system());
        QVERIFY(!controller.available());
        QCOMPARE(controller.pluginProblems().size(), 1);
        QSignalSpy scans(&controller, &TicketingController::lastScanChanged);
        controller.scan(code);
        QTRY_COMPARE(scans.size(), 1);
        QVERIFY(controller.lastScanAccepted());
        QCOMPARE(controller.gateAccepted(), 1);
        QCOMPARE(controller.gatePending(), 1);
        controller.scan(code);
        QTRY_COMPARE(scans.size(), 2);
        QVERIFY(!controller.lastScanAccepted());
        QVERIFY(controller.lastScanReason().startsWith(u"Already used at "_s));
        QVERIFY(controller.lastScanReason().endsWith(u" at gate Main"_s));
        QCOMPARE(controller.gateRefused(), 1);
    }

    // Issue #17 item 4: a gate name the server cannot store is refused where it is typed
    // (else every entry would be refused online); the saved name stays.
    void gateNameLimitedWhereItIsTyped_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("kept");
        QTest::newRow("100 characters") << QString(100, u'n') << true;
        QTest::newRow("101 characters") << QString(101, u'n') << false;
        QTest::newRow("direction override") << u"North\u202E"_s << false;
        QTest::newRow("control character") << u"North\tSide"_s << false;
        QTest::newRow("blank") << u"   "_s << false;
    }

    void gateNameLimitedWhereItIsTyped()
    {
        QFETCH(QString, name);
        QFETCH(bool, kept);
        TicketingController controller(nullptr, {}, {}, m_dir.filePath(u"names.sqlite"_s), Clock::system());
        controller.setGateName(u"North"_s);
        QSignalSpy settings(&controller, &TicketingController::settingsChanged);
        controller.setGateName(name);
        QCOMPARE(controller.gateName(), kept ? name : u"North"_s);
        QCOMPARE(settings.size(), name.trimmed().isEmpty() ? 0 : 1); // the field shows the saved name again
        if (!kept && !name.trimmed().isEmpty())
            QVERIFY2(controller.message().contains(u"at most 100 characters"_s), qPrintable(controller.message()));
        controller.setGateName(u"Main"_s);
    }

    void reasons_data()
    {
        QTest::addColumn<Verdict>("verdict");
        QTest::addColumn<QString>("text");
        QTest::newRow("forged") << Verdict::Forged << u"Forged ticket"_s;
        QTest::newRow("unknown key") << Verdict::UnknownKey << u"Forged ticket"_s;
        QTest::newRow("wrong event") << Verdict::WrongEvent << u"Ticket for another event"_s;
        QTest::newRow("not yet valid") << Verdict::NotYetValid << u"Not valid yet"_s;
        QTest::newRow("expired") << Verdict::Expired << u"Expired"_s;
        QTest::newRow("voided") << Verdict::Voided << u"Voided ticket"_s;
        QTest::newRow("unreadable") << Verdict::Unreadable << u"Not a ticket code"_s;
    }

    void reasons()
    {
        QFETCH(Verdict, verdict);
        QFETCH(QString, text);
        GateDecision decision;
        decision.verdict = verdict;
        QCOMPARE(TicketingController::reasonText(decision), text);
    }

    void modelsPassTheTester()
    {
        TicketTypeModel types;
        QAbstractItemModelTester typeTester(&types, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime t(QDate(2026, 11, 28), QTime(9, 0), QTimeZone::UTC);
        types.setTypes({TicketType {1, 7, u"Day"_s, 1500, u"EUR"_s, 100, 10, 2, 90, t, t.addDays(1)},
            TicketType {2, 7, u"VIP"_s, 5000, u"EUR"_s, 10, 1, 0, 9, t, t.addDays(1)}});
        QCOMPARE(types.rowCount(), 2);
        QCOMPARE(types.index(1).data(TicketTypeModel::RemainingRole).toInt(), 9);
        types.setTypes({TicketType {1, 7, u"Day"_s, 1500, u"EUR"_s, 100, 11, 2, 89, t, t.addDays(1)},
            TicketType {2, 7, u"VIP"_s, 5000, u"EUR"_s, 10, 1, 0, 9, t, t.addDays(1)}});
        QCOMPARE(types.index(0).data(TicketTypeModel::IssuedRole).toInt(), 11);
        types.setTypes({});
        QCOMPARE(types.rowCount(), 0);

        IssuedTicketModel tickets;
        QAbstractItemModelTester ticketTester(&tickets, QAbstractItemModelTester::FailureReportingMode::QtTest);
        IssuedTicket ticket;
        ticket.id = 0xabc;
        ticket.buyerName = u"Ana"_s;
        ticket.state = IssuedTicket::State::Redeemed;
        ticket.gate = u"North"_s;
        tickets.setTickets({ticket});
        QCOMPARE(tickets.index(0).data(IssuedTicketModel::TicketIdRole).toString(), u"0000000000000abc"_s);
        QCOMPARE(tickets.index(0).data(IssuedTicketModel::StateRole).toString(), u"redeemed"_s);
        QVERIFY(tickets.roleNames().values().contains("buyerName"));
    }
};

QTEST_GUILESS_MAIN(TestTicketingController)
#include "tst_ticketingcontroller.moc"
