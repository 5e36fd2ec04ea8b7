// SPDX-License-Identifier: GPL-3.0-or-later
// TicketCode and TicketVerifier: a code is accepted only if it is intact, signed by a known
// key, for this event, inside its window and not revoked.
#include "core/clock.h"
#include "ticketing/revocationlist.h"
#include "ticketing/ticketcode.h"
#include "ticketing/ticketcrypto.h"
#include "ticketing/ticketkeyset.h"
#include "ticketing/ticketverifier.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
#include <QtEndian>

using namespace Qt::StringLiterals;
using TicketVerdict::Verdict;

namespace {
const QDateTime Noon(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::UTC);

struct Issuer {
    TicketCrypto::KeyPair key1 = TicketCrypto::generateKeyPair();
    TicketCrypto::KeyPair key2 = TicketCrypto::generateKeyPair();
    TicketCrypto::KeyPair stranger = TicketCrypto::generateKeyPair();
    TicketCrypto::KeyPair leaked = TicketCrypto::generateKeyPair();

    TicketKeySet keys() const
    {
        TicketKeySet set;
        set.insert({1, key1.publicKey, Noon.addDays(-30), Noon.addDays(-1), {}});
        set.insert({2, key2.publicKey, Noon.addDays(-1), {}, {}});
        set.insert({3, leaked.publicKey, Noon.addDays(-40), Noon.addDays(-30), Noon.addDays(-2)});
        return set;
    }
    static TicketPayload payload(quint16 keyId = 2, quint64 id = 0x1234567890abcdefULL)
    {
        TicketPayload p;
        p.keyId = keyId;
        p.ticketId = id;
        p.ticketTypeId = 3;
        p.eventId = 7;
        p.validFrom = Noon.addSecs(-3600);
        p.validUntil = Noon.addSecs(8 * 3600);
        return p;
    }
};

// Replaces the character at index with another base64url character.
QString alter(QString code, int index)
{
    code[index] = code[index] == u'A' ? u'B' : u'A';
    return code;
}
// The same code with its validity window moved by the given seconds and the signature kept:
// what someone stretching a day ticket into a weekend would print.
QString moveWindow(const QString &code, qint64 fromSeconds, qint64 untilSeconds)
{
    QByteArray bytes = *TicketCrypto::fromBase64Url(code);
    constexpr int ValidFromAt = 19; // version 1, key id 2, ticket id 8, type 4, event 4
    for (const auto &[at, shift] : {std::pair {ValidFromAt, fromSeconds}, std::pair {ValidFromAt + 4, untilSeconds}})
        qToBigEndian(quint32(qFromBigEndian<quint32>(bytes.constData() + at) + shift), bytes.data() + at);
    return TicketCrypto::toBase64Url(bytes);
}
} // namespace

class TestTicketVerifier : public QObject
{
    Q_OBJECT

private:
    Issuer m_issuer;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTrip()
    {
        const TicketPayload payload = Issuer::payload();
        const QString text = TicketCode::issue(payload, m_issuer.key2.secretKey);
        QCOMPARE(text.size(), TicketCode::TextLength);
        const auto code = TicketCode::parse(QString(u"  "_s + text + u"\n"_s));
        QVERIFY(code);
        QCOMPARE(code->payload(), payload);
        QVERIFY(code->verifySignature(m_issuer.key2.publicKey));
        QVERIFY(!code->verifySignature(m_issuer.key1.publicKey));
    }

    void verdicts_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<quint32>("gateEvent");
        QTest::addColumn<bool>("revoked");
        QTest::addColumn<Verdict>("expected");

        const QString good = TicketCode::issue(Issuer::payload(), m_issuer.key2.secretKey);
        const QString oldKey = TicketCode::issue(Issuer::payload(1), m_issuer.key1.secretKey);
        TicketPayload unknownKeyPayload = Issuer::payload(9);
        const QString unknownKey = TicketCode::issue(unknownKeyPayload, m_issuer.stranger.secretKey);
        // Claims key 2 but is signed by someone else.
        const QString forged = TicketCode::issue(Issuer::payload(2), m_issuer.stranger.secretKey);
        TicketPayload otherEvent = Issuer::payload();
        otherEvent.eventId = 8;

        QTest::newRow("valid") << good << Noon << 7u << false << Verdict::Accepted;
        QTest::newRow("any event accepted when the gate has none") << good << Noon << 0u << false << Verdict::Accepted;
        QTest::newRow("rotated key still verifies") << oldKey << Noon << 7u << false << Verdict::Accepted;
        QTest::newRow("forged signature") << forged << Noon << 7u << false << Verdict::Forged;
        QTest::newRow("unknown key") << unknownKey << Noon << 7u << false << Verdict::UnknownKey;
        QTest::newRow("altered ticket id") << alter(good, 6) << Noon << 7u << false << Verdict::Forged;
        QTest::newRow("altered event") << alter(good, 25) << Noon << 7u << false << Verdict::Forged;
        QTest::newRow("altered signature") << alter(good, 100) << Noon << 7u << false << Verdict::Forged;
        QTest::newRow("truncated") << good.left(121) << Noon << 7u << false << Verdict::Unreadable;
        QTest::newRow("truncated by 4") << good.left(118) << Noon << 7u << false << Verdict::Unreadable;
        QTest::newRow("extended") << good + u"AAAA"_s << Noon << 7u << false << Verdict::Unreadable;
        QTest::newRow("not base64") << good.left(121) + u"!"_s << Noon << 7u << false << Verdict::Unreadable;
        QTest::newRow("empty") << QString() << Noon << 7u << false << Verdict::Unreadable;
        QTest::newRow("other event") << TicketCode::issue(otherEvent, m_issuer.key2.secretKey) << Noon << 7u << false
                                     << Verdict::WrongEvent;
        QTest::newRow("not yet valid") << good << Noon.addSecs(-3601) << 7u << false << Verdict::NotYetValid;
        QTest::newRow("first second valid") << good << Noon.addSecs(-3600) << 7u << false << Verdict::Accepted;
        QTest::newRow("expired at the end") << good << Noon.addSecs(8 * 3600) << 7u << false << Verdict::Expired;
        QTest::newRow("voided") << good << Noon << 7u << true << Verdict::Voided;
        QTest::newRow("revoked key") << TicketCode::issue(Issuer::payload(3), m_issuer.leaked.secretKey) << Noon << 7u
                                     << false << Verdict::RevokedKey;
        // The window is signed: moving either end makes the signature fail.
        QTest::newRow("window stretched") << moveWindow(good, 0, 24 * 3600) << Noon << 7u << false << Verdict::Forged;
        QTest::newRow("window stretched, checked after its real end")
            << moveWindow(good, 0, 24 * 3600) << Noon.addSecs(9 * 3600) << 7u << false << Verdict::Forged;
        QTest::newRow("window opened earlier")
            << moveWindow(good, -24 * 3600, 0) << Noon.addSecs(-7200) << 7u << false << Verdict::Forged;
    }

    void verdicts()
    {
        QFETCH(QString, code);
        QFETCH(QDateTime, now);
        QFETCH(quint32, gateEvent);
        QFETCH(bool, revoked);
        QFETCH(Verdict, expected);
        const TicketKeySet keys = m_issuer.keys();
        RevocationList revocations;
        if (revoked)
            revocations.add(Issuer::payload().ticketId, Noon.addSecs(-60));
        const ManualClock clock(now);
        TicketVerifier verifier(keys, revocations, clock);
        verifier.setEventId(gateEvent);
        QCOMPARE(verifier.verify(code).verdict, expected);
    }

    // Base64 has spare bits in the last character: no second spelling of a code passes.
    void nonCanonicalSpellingRefused()
    {
        const QString good = TicketCode::issue(Issuer::payload(), m_issuer.key2.secretKey);
        const TicketKeySet keys = m_issuer.keys();
        const RevocationList revocations;
        const ManualClock clock(Noon);
        const TicketVerifier verifier(keys, revocations, clock);
        int accepted = 0;
        for (const QChar c : u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"_s) {
            QString variant = good;
            variant[variant.size() - 1] = c;
            if (verifier.verify(variant).verdict == Verdict::Accepted)
                ++accepted;
        }
        QCOMPARE(accepted, 1);
    }

    void keySetJsonRoundTrip()
    {
        const TicketKeySet keys = m_issuer.keys();
        const auto back = TicketKeySet::fromJson(keys.toJson());
        QVERIFY(back);
        QCOMPARE(back->keys().size(), 3);
        QCOMPARE(back->publicKey(1), m_issuer.key1.publicKey);
        QCOMPARE(back->keys().at(0).retiredAt, Noon.addDays(-1));
        QVERIFY(!back->keys().at(0).revokedAt.isValid());
        QCOMPARE(back->keys().at(2).revokedAt, Noon.addDays(-2));
        QString error;
        QVERIFY(
            !TicketKeySet::fromJson(QJsonObject {{u"keys"_s, QJsonArray {QJsonObject {{u"key_id"_s, 1}}}}}, &error));
        QCOMPARE(error, u"keys[0].public_key: expected a 32-byte base64url Ed25519 key"_s);
    }

    void revocationJsonRoundTrip()
    {
        RevocationList list;
        list.add(0xabcULL, Noon);
        const auto back = RevocationList::fromJson(list.toJson());
        QVERIFY(back);
        QVERIFY(back->contains(0xabcULL));
        QCOMPARE(back->revokedAt(0xabcULL), Noon);
    }
};

QTEST_GUILESS_MAIN(TestTicketVerifier)
#include "tst_ticketverifier.moc"
