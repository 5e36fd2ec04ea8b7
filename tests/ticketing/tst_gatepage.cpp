// SPDX-License-Identifier: GPL-3.0-or-later
// The gate page as a USB scanner drives it (offscreen software renderer, no server): the code
// typed and Enter; a valid ticket shows ACCEPTED on green, the same ticket again REFUSED on red
// with where it was used, a stranger's text "Not a ticket code"; the field is empty for the next.
// The box office's pairing code scanned into the same field asks before it pairs the gate.
#include "../quickpagehelpers.h"
#include "core/clock.h"
#include "services.h"
#include "shell/notificationmodel.h"
#include "shell/theme.h"
#include "ticketing/redemptionqueue.h"
#include "ticketing/ticketcode.h"
#include "ticketing/ticketcrypto.h"
#include "ticketing/ticketingcontroller.h"
#include "ticketing/ticketingpairing.h"
#include "ticketing/ticketkeyset.h"
#include "uiaudit.h"

#include <QJsonDocument>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickView>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(OmniumPlugin)

using namespace Qt::StringLiterals;

class TestGatePage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TicketCrypto::KeyPair m_key;
    std::unique_ptr<TicketingController> m_ticketing;
    Theme m_theme;
    NotificationModel m_notifications {Clock::system()};
    std::unique_ptr<QQuickView> m_view;

    template<typename T = QObject> T *child(const char *name) const { return QuickPage::child<T>(*m_view, name); }
    QString shown(const char *name) const { return child(name)->property("text").toString(); }
    QColor background() const
    {
        return m_view->rootObject()->property("background").value<QQuickItem *>()->property("color").value<QColor>();
    }
    // As a USB scanner does: one key per character, then Enter.
    void scan(const QString &text)
    {
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::Click, m_view.get(), Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::keyClick(m_view.get(), Qt::Key_Return);
    }
    QString ticket(quint64 id) const
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        TicketPayload payload;
        payload.keyId = 1;
        payload.ticketId = id;
        payload.ticketTypeId = 1;
        payload.eventId = 7;
        payload.validFrom = now.addSecs(-60);
        payload.validUntil = now.addSecs(3600);
        return TicketCode::issue(payload, m_key.secretKey);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"OmniumTest"_s);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QVERIFY(TicketCrypto::initialize());
        m_key = TicketCrypto::generateKeyPair();
        // The keys the gate saved when it was last online: it decides offline from them.
        const QString queueFile = m_dir.filePath(u"gate.sqlite"_s);
        {
            RedemptionQueue queue;
            QVERIFY(queue.open(queueFile));
            TicketKeySet keys;
            keys.insert({1, m_key.publicKey, {}, {}, {}});
            QVERIFY(queue.setValue(u"keys"_s, QString::fromUtf8(QJsonDocument(keys.toJson()).toJson())));
        }
        m_ticketing
            = std::make_unique<TicketingController>(nullptr, QString(), QStringList {}, queueFile, Clock::system());
        TicketingForeign::instance = m_ticketing.get();
        ThemeForeign::instance = &m_theme;
        NotificationsForeign::instance = &m_notifications;
        QQuickStyle::setStyle(u"Material"_s);
        m_view = std::make_unique<QQuickView>();
        m_view->setResizeMode(QQuickView::SizeRootObjectToView);
        m_view->loadFromModule("Omnium", "GatePage");
        QVERIFY2(m_view->status() == QQuickView::Ready, qPrintable(m_view->errors().value(0).toString()));
        m_view->resize(1024, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QTRY_VERIFY(child<QQuickItem>("codeField")->hasActiveFocus());
        QCOMPARE(shown("gateVerdict"), u"Ready"_s);
        // The code and the gate's name, each with its label in the form.
        int fields = 0;
        const QStringList unlabelled = UiAudit::unlabelledFields(child<QQuickItem>("gateForm"), &fields);
        QVERIFY2(unlabelled.isEmpty(), qPrintable(unlabelled.join(u", "_s)));
        QCOMPARE(fields, 2);
    }

    void validTicketIsAcceptedOnGreen()
    {
        scan(ticket(77));
        QTRY_COMPARE(shown("gateVerdict"), u"ACCEPTED"_s);
        QCOMPARE(background(), QColor(u"#1b5e20"_s));
        QCOMPARE(shown("codeField"), QString()); // ready for the next one
        QCOMPARE(m_ticketing->gateAccepted(), 1);
    }

    void sameTicketAgainIsRefusedSayingWhere()
    {
        scan(ticket(77));
        QTRY_COMPARE(shown("gateVerdict"), u"REFUSED"_s);
        QCOMPARE(background(), QColor(u"#b71c1c"_s));
        QVERIFY2(shown("gateReason").startsWith(u"Already used at "_s), qPrintable(shown("gateReason")));
        QCOMPARE(m_ticketing->gateRefused(), 1);
    }

    void anotherTicketIsAcceptedAgain()
    {
        scan(ticket(78));
        QTRY_COMPARE(shown("gateVerdict"), u"ACCEPTED"_s);
        QCOMPARE(m_ticketing->gateAccepted(), 2);
    }

    void textThatIsNoTicketIsRefused()
    {
        scan(u"tag;name"_s);
        QTRY_COMPARE(shown("gateVerdict"), u"REFUSED"_s);
        QCOMPARE(shown("gateReason"), u"Not a ticket code"_s);
        QCOMPARE(shown("codeField"), QString());
    }

    // Issue #17 item 1: a pairing code scanned where tickets are scanned is no ticket (not
    // counted, no verdict) and pairs only once the staff confirm, naming the server.
    void pairingCodeScannedAsksBeforePairing()
    {
        const int refused = m_ticketing->gateRefused();
        const QString verdict = shown("gateVerdict");
        const TicketingPairing pairing {
            QUrl(u"https://192.168.1.10:8740"_s), QByteArray(32, '\x5a'), u"gate-token-0123456789abcdef"_s};
        auto *prompt = child<QQuickItem>("pairingPrompt");
        QVERIFY(prompt && !prompt->isVisible());

        scan(pairing.toString());
        QTRY_VERIFY(prompt->isVisible());
        QVERIFY(!m_ticketing->paired());
        QCOMPARE(m_ticketing->pairingOffer(), u"https://192.168.1.10:8740"_s);
        QVERIFY(m_ticketing->pairingOfferCertificate().startsWith(u"5a5a 5a5a "_s));
        QCOMPARE(m_ticketing->gateRefused(), refused);
        QCOMPARE(shown("gateVerdict"), verdict);
        QCOMPARE(shown("codeField"), QString());
        QuickPage::click(*m_view, child<QQuickItem>("cancelPairingButton"));
        QTRY_VERIFY(!prompt->isVisible());
        QVERIFY(!m_ticketing->paired());
        QVERIFY(child<QQuickItem>("codeField")->hasActiveFocus());

        scan(pairing.toString());
        QTRY_VERIFY(prompt->isVisible());
        QuickPage::click(*m_view, child<QQuickItem>("pairButton"));
        QTRY_VERIFY(!prompt->isVisible());
        QVERIFY(m_ticketing->paired());
        QCOMPARE(m_ticketing->endpoint(), u"https://192.168.1.10:8740"_s);
        QVERIFY(m_ticketing->hasToken());
        QVERIFY(child<QQuickItem>("codeField")->hasActiveFocus());
    }

    void brokenPairingCodeIsSaidAndNotOffered()
    {
        scan(u"omnium-pair:?url=http%3A%2F%2Fexample.org&sha256=00&token=x"_s);
        QTRY_VERIFY(m_ticketing->message().startsWith(u"This pairing code cannot be used"_s));
        QVERIFY(!child<QQuickItem>("pairingPrompt")->isVisible());
        QCOMPARE(m_ticketing->pairingOffer(), QString());
    }
};

QTEST_MAIN(TestGatePage)
#include "tst_gatepage.moc"
