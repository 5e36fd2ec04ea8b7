// SPDX-License-Identifier: GPL-3.0-or-later
// GateController against a backend that answers what the test says: refusals, answers about
// another ticket, key sets shrunk by someone in the middle, entries learnt out of order.
#include "core/clock.h"
#include "ticketing/gatecontroller.h"
#include "ticketing/ticketcode.h"
#include "ticketing/ticketcrypto.h"
#include "ticketing/ticketingprovider.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using TicketVerdict::Verdict;

namespace {

template<typename T> QFuture<TicketingResult<T>> ready(TicketingResult<T> result)
{
    return QtFuture::makeReadyValueFuture(std::move(result));
}

class ScriptedProvider : public TicketingProvider
{
public:
    TicketingResult<Redemption> redemption;
    TicketingResult<TicketKeySet> keys;
    TicketingResult<SyncBatch> batch;
    TicketingResult<HealthStatus> status {HealthStatus {true, u"test"_s, 0, 1}, {}};

    QString providerId() const override { return u"scripted"_s; }
    void configure(const TicketingSettings &) override { }
    QFuture<TicketingResult<QList<TicketType>>> listTicketTypes() override { return ready<QList<TicketType>>({}); }
    QFuture<TicketingResult<QList<IssuedTicket>>> issueTickets(const IssueRequest &) override
    {
        return ready<QList<IssuedTicket>>({});
    }
    QFuture<TicketingResult<IssuedTicket>> voidTicket(quint64, bool) override { return ready<IssuedTicket>({}); }
    // An answer without a nonce is given the request's (the backend took this very scan).
    QFuture<TicketingResult<Redemption>> redeem(const RedemptionRequest &request) override
    {
        TicketingResult<Redemption> answer = redemption;
        if (answer.ok() && answer.value.nonce.isEmpty())
            answer.value.nonce = request.nonce;
        return ready(answer);
    }
    QFuture<TicketingResult<SyncBatch>> sync(qint64) override { return ready(batch); }
    QFuture<TicketingResult<TicketKeySet>> fetchPublicKeys() override { return ready(keys); }
    QFuture<TicketingResult<HealthStatus>> health() override { return ready(status); }
    QFuture<TicketingResult<TicketType>> createTicketType(const TicketType &) override { return ready<TicketType>({}); }
    QFuture<TicketingResult<LedgerPage>> ledger(qint64) override { return ready<LedgerPage>({}); }
    QFuture<TicketingResult<QList<ApiToken>>> listTokens() override { return ready<QList<ApiToken>>({}); }
    QFuture<TicketingResult<ApiToken>> createToken(const QString &) override { return ready<ApiToken>({}); }
    QFuture<TicketingResult<ApiToken>> rotateToken(const QString &) override { return ready<ApiToken>({}); }
    QFuture<TicketingResult<ApiToken>> revokeToken(const QString &) override { return ready<ApiToken>({}); }
};

template<typename T> std::optional<T> wait(QFuture<T> future)
{
    QDeadlineTimer deadline(5000);
    while (!future.isFinished() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (!future.isFinished() || future.resultCount() == 0)
        return std::nullopt;
    return future.result();
}

} // namespace

class TestGateController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TicketCrypto::KeyPair m_key = TicketCrypto::generateKeyPair();
    QByteArrayList m_publicKeys {
        m_key.publicKey, TicketCrypto::generateKeyPair().publicKey, TicketCrypto::generateKeyPair().publicKey};
    int m_files = 0;

    // Keys 1..count, the same each time (key 1 signs the test tickets).
    TicketKeySet keySet(int count = 1) const
    {
        TicketKeySet keys;
        for (int id = 1; id <= count; ++id)
            keys.insert({quint16(id), m_publicKeys.at(id - 1), {}, {}, {}});
        return keys;
    }

    QString code(quint64 ticketId) const
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        TicketPayload payload;
        payload.keyId = 1;
        payload.ticketId = ticketId;
        payload.ticketTypeId = 1;
        payload.eventId = 7;
        payload.validFrom = now.addSecs(-60);
        payload.validUntil = now.addSecs(3600);
        return TicketCode::issue(payload, m_key.secretKey);
    }

    // A gate that has synchronised once with `provider` (keys 1..keyCount).
    std::unique_ptr<GateController> gate(RedemptionQueue *queue, ScriptedProvider *provider, int keyCount = 1)
    {
        if (!queue->open(m_dir.filePath(u"gate%1.sqlite"_s.arg(++m_files))))
            return nullptr;
        auto gate = std::make_unique<GateController>(u"North"_s, queue, Clock::system());
        gate->setProvider(provider);
        provider->keys.value = keySet(keyCount);
        wait(gate->synchronize());
        return gate;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Item 4: the backend does not know the ticket, or refuses the request: refused here.
    void onlineRefusalRefuses_data()
    {
        QTest::addColumn<TicketingError::Kind>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("not found") << TicketingError::Kind::NotFound << 404 << u"not_found"_s;
        QTest::newRow("invalid") << TicketingError::Kind::InvalidRequest << 422 << u"invalid"_s;
        QTest::newRow("nonce reused") << TicketingError::Kind::Conflict << 409 << u"nonce_reused"_s;
    }

    void onlineRefusalRefuses()
    {
        QFETCH(TicketingError::Kind, kind);
        QFETCH(int, status);
        QFETCH(QString, code);
        ScriptedProvider provider;
        RedemptionQueue queue;
        auto north = gate(&queue, &provider);
        QVERIFY(north);
        provider.redemption.error = TicketingError::make(kind, u"refused"_s, status, code);
        const auto decision = wait(north->check(this->code(42)));
        QVERIFY(!decision->accepted);
        QCOMPARE(decision->verdict, Verdict::RefusedByServer);
        QCOMPARE(decision->serverCode, code);
        QCOMPARE(north->acceptedCount(), 0);
        QCOMPARE(north->pendingUploads(), 0);
        // Not remembered as used: the same ticket is checked again next time.
        provider.redemption = {Redemption {42, u"North"_s, {}, QDateTime::currentDateTimeUtc(), true}, {}};
        QVERIFY(wait(north->check(this->code(42)))->accepted);
    }

    // Item 12: an answer about another ticket is no answer.
    void answerForAnotherTicketIsIgnored()
    {
        ScriptedProvider provider;
        RedemptionQueue queue;
        auto north = gate(&queue, &provider);
        QVERIFY(north);
        provider.redemption
            = {Redemption {99, u"South"_s, u"their-nonce"_s, QDateTime::currentDateTimeUtc(), false}, {}};
        const auto decision = wait(north->check(code(42)));
        QVERIFY(decision->accepted);
        QVERIFY(decision->offline);
        QCOMPARE(north->pendingUploads(), 1);
        // Ticket 99 was not recorded as used at South.
        QVERIFY(!queue.redemptionOf(99));
    }

    // Item 3: a key set with keys missing (or none) is refused with a warning; the gate keeps
    // the keys it had and still admits genuine tickets.
    void shrunkenKeySetRefused_data()
    {
        QTest::addColumn<QList<int>>("served"); // key ids; -1 is key 1 with another public key
        QTest::newRow("empty") << QList<int> {};
        QTest::newRow("key 1 missing") << QList<int> {2};
        QTest::newRow("key 1 replaced") << QList<int> {-1, 2};
    }

    void shrunkenKeySetRefused()
    {
        QFETCH(QList<int>, served);
        ScriptedProvider provider;
        RedemptionQueue queue;
        auto north = gate(&queue, &provider, 2);
        QVERIFY(north);
        TicketKeySet changed;
        for (int id : served) {
            TicketKeySet::Key key = keySet(2).keys().at(qAbs(id) - 1);
            if (id < 0)
                key.publicKey = TicketCrypto::generateKeyPair().publicKey;
            changed.insert(key);
        }
        provider.keys.value = changed;
        provider.redemption.error = TicketingError::make(TicketingError::Kind::Unreachable, u"down"_s);
        wait(north->synchronize());
        QVERIFY(!north->keyWarning().isEmpty());
        QVERIFY(wait(north->check(code(7)))->accepted);
        // A set that keeps every key and adds one is taken.
        provider.redemption = {Redemption {7, u"North"_s, {}, QDateTime::currentDateTimeUtc(), true}, {}};
        provider.keys.value = keySet(3);
        wait(north->synchronize());
        QVERIFY(north->keyWarning().isEmpty());
    }

    // Item 11: a server whose ledger went back (newest blocks deleted) is reported by the gate.
    void shorterLedgerReported()
    {
        ScriptedProvider provider;
        RedemptionQueue queue;
        auto north = gate(&queue, &provider);
        QVERIFY(north);
        provider.batch.value.cursor = 40;
        provider.status.value.ledgerHead = 40;
        wait(north->synchronize());
        QCOMPARE(north->ledgerWarning(), std::make_pair(qint64(0), qint64(0)));
        provider.batch.value.cursor = 38;
        provider.status.value.ledgerHead = 38;
        wait(north->synchronize());
        QCOMPARE(north->ledgerWarning(), std::make_pair(qint64(38), qint64(40)));
    }

    // Item 13: entries learnt out of order keep the earliest.
    void earliestKnownEntryKept()
    {
        RedemptionQueue queue;
        QVERIFY(queue.open(m_dir.filePath(u"known.sqlite"_s)));
        const QDateTime t = QDateTime(QDate(2026, 12, 7), QTime(14, 0, 0, 408), QTimeZone::UTC);
        QVERIFY(queue.addKnown(Redemption {5, u"South"_s, u"late-nonce"_s, t, true}));
        QVERIFY(queue.addKnown(Redemption {5, u"East"_s, u"early-nonce"_s, t.addMSecs(-1), true}));
        QVERIFY(queue.addKnown(Redemption {5, u"West"_s, u"later-nonce"_s, t.addSecs(1), true}));
        QCOMPARE(queue.redemptionOf(5)->gate, u"East"_s);
        QCOMPARE(queue.redemptionOf(5)->scannedAt, t.addMSecs(-1));
    }
};

QTEST_GUILESS_MAIN(TestGateController)
#include "tst_gatecontroller.moc"
