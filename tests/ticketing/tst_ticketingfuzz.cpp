// SPDX-License-Identifier: GPL-3.0-or-later
// Seeded random fuzzing of what comes from outside: scanned ticket codes (TicketCode /
// TicketVerifier) and ticketing server replies (the ledger plugin's LedgerReply and the
// shared JSON readers). Thousands of inputs; nothing may crash, hang or be accepted wrongly.
#include "core/clock.h"
#include "ledgerreply.h"
#include "ticketing/accesstoken.h"
#include "ticketing/revocationlist.h"
#include "ticketing/ticketcode.h"
#include "ticketing/ticketcrypto.h"
#include "ticketing/ticketingpairing.h"
#include "ticketing/ticketkeyset.h"
#include "ticketing/ticketverifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using TicketVerdict::Verdict;

namespace {
const QDateTime Noon(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::UTC);
const QString Alphabet = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+/= \n\t\u00e9\u20ac"_s;

QString randomText(QRandomGenerator &random, int maxLength)
{
    QString text;
    const int length = random.bounded(maxLength + 1);
    for (int i = 0; i < length; ++i)
        text.append(Alphabet.at(random.bounded(Alphabet.size())));
    return text;
}

QString mutate(QRandomGenerator &random, QString text)
{
    const int edits = 1 + random.bounded(4);
    for (int e = 0; e < edits && !text.isEmpty(); ++e) {
        const int at = random.bounded(text.size());
        switch (random.bounded(5)) {
        case 0:
            text[at] = Alphabet.at(random.bounded(64));
            break;
        case 1:
            text.remove(at, 1);
            break;
        case 2:
            text.insert(at, Alphabet.at(random.bounded(64)));
            break;
        case 3:
            text.truncate(at);
            break;
        default:
            text = text.mid(at) + text.left(at);
        }
    }
    return text;
}

QJsonValue randomJsonValue(QRandomGenerator &random, int depth = 0)
{
    switch (random.bounded(depth > 3 ? 6 : 8)) {
    case 0:
        return QJsonValue(QJsonValue::Null);
    case 1:
        return random.bounded(2) == 1;
    case 2:
        return double(qint64(random.generate64())) * (random.bounded(2) ? 1.0 : 1e-10);
    case 3:
        return random.bounded(-5, 70000);
    case 4:
        return randomText(random, 40);
    case 5:
        return u"2026-11-28T12:00:00.000Z"_s;
    case 6: {
        QJsonArray array;
        for (int i = random.bounded(4); i > 0; --i)
            array.append(randomJsonValue(random, depth + 1));
        return array;
    }
    default: {
        QJsonObject object;
        for (int i = random.bounded(4); i > 0; --i)
            object.insert(u"k"_s + randomText(random, 8), randomJsonValue(random, depth + 1));
        return object;
    }
    }
}

// Changes, removes or retypes fields anywhere inside a valid reply.
QJsonValue mutateJson(QRandomGenerator &random, const QJsonValue &value, int depth = 0)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        const QStringList keys = object.keys();
        for (const QString &key : keys) {
            const int roll = random.bounded(10);
            if (roll == 0)
                object.remove(key);
            else if (roll == 1)
                object.insert(key, randomJsonValue(random, depth));
            else
                object.insert(key, mutateJson(random, object.value(key), depth + 1));
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (random.bounded(8) == 0)
                array[i] = randomJsonValue(random, depth);
            else
                array[i] = mutateJson(random, array.at(i), depth + 1);
        }
        return array;
    }
    return random.bounded(6) == 0 ? randomJsonValue(random, depth) : value;
}

QJsonObject validTicket(const QString &code)
{
    IssuedTicket t;
    t.id = 0x1234;
    t.ticketTypeId = 2;
    t.eventId = 7;
    t.code = code;
    t.buyerName = u"Ana"_s;
    t.issuedAt = t.validFrom = Noon;
    t.validUntil = Noon.addDays(1);
    return t.toJson();
}

// Runs every reader on one reply; each must give a value or an error with a message.
int readAll(int status, const QByteArray &body)
{
    const LedgerReply::Outcome outcome = LedgerReply::interpret(status, body, u"x"_s);
    int ok = 0;
    auto count = [&ok](const auto &result) {
        if (result.ok())
            ++ok;
        else if (result.error.message.isEmpty())
            qFatal("an error without a message");
    };
    count(LedgerReply::ticketTypes(outcome));
    count(LedgerReply::tickets(outcome));
    count(LedgerReply::ticket(outcome));
    count(LedgerReply::redemption(outcome));
    count(LedgerReply::syncBatch(outcome));
    count(LedgerReply::keySet(outcome));
    count(LedgerReply::health(outcome));
    // Version 2 readers: they must not crash either (not counted, the seeds predate them).
    const auto mustExplain = [](const auto &result) {
        if (!result.ok() && result.error.message.isEmpty())
            qFatal("an error without a message");
    };
    mustExplain(LedgerReply::ticketType(outcome));
    mustExplain(LedgerReply::ledgerPage(outcome));
    for (const auto &item : LedgerReply::ticketBatch(outcome, 3))
        mustExplain(item);
    return ok;
}
} // namespace

class TestTicketingFuzz : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void ticketCodeParser()
    {
        QRandomGenerator random(20261128);
        const auto key = TicketCrypto::generateKeyPair();
        TicketKeySet keys;
        keys.insert({1, key.publicKey, {}, {}, {}});
        const RevocationList revocations;
        const ManualClock clock(Noon);
        const TicketVerifier verifier(keys, revocations, clock);

        QStringList valid;
        for (int i = 0; i < 20; ++i) {
            TicketPayload payload;
            payload.keyId = 1;
            payload.ticketId = TicketCrypto::randomTicketId();
            payload.ticketTypeId = quint32(i);
            payload.eventId = 7;
            payload.validFrom = Noon.addSecs(-60);
            payload.validUntil = Noon.addSecs(3600);
            valid.append(TicketCode::issue(payload, key.secretKey));
            QCOMPARE(verifier.verify(valid.last()).verdict, Verdict::Accepted);
        }
        int wronglyAccepted = 0;
        for (int i = 0; i < 20000; ++i) {
            const QString &original = valid.at(i % valid.size());
            const QString input = i % 4 == 0 ? randomText(random, 300) : mutate(random, original);
            TicketCode::ParseError error = TicketCode::ParseError::None;
            const auto parsed = TicketCode::parse(input, &error);
            QCOMPARE(parsed.has_value(), error == TicketCode::ParseError::None);
            const Verdict verdict = verifier.verify(input).verdict;
            if (verdict == Verdict::Accepted && input.trimmed() != original)
                ++wronglyAccepted;
        }
        QCOMPARE(wronglyAccepted, 0);
    }

    void serverReplies()
    {
        QRandomGenerator random(1789);
        const auto key = TicketCrypto::generateKeyPair();
        TicketKeySet keys;
        keys.insert({1, key.publicKey, Noon, {}, {}});
        const QList<QJsonObject> seeds = {
            QJsonObject {{u"ticket_types"_s,
                QJsonArray {TicketType {1, 7, u"Day"_s, 1500, u"EUR"_s, 10, 2, 1, 8, Noon, Noon.addDays(1)}.toJson()}}},
            QJsonObject {{u"tickets"_s, QJsonArray {validTicket(u"c"_s), validTicket(u"d"_s)}}},
            validTicket(u"e"_s),
            Redemption {0x99, u"North"_s, u"nonce-123"_s, Noon, true}.toJson(),
            SyncBatch {{}, {Redemption {0x99, u"North"_s, u"nonce-123"_s, Noon, true}}, {{0x42, Noon}}, 17}.toJson(),
            keys.toJson(),
            HealthStatus {true, u"0.1.0"_s, 12, 1}.toJson(),
            TicketingJson::errorObject(u"sold_out"_s, u"sold out"_s),
        };
        // The untouched seeds parse.
        QCOMPARE(readAll(200, QJsonDocument(seeds.at(1)).toJson()), 1);
        QCOMPARE(readAll(200, QJsonDocument(seeds.at(4)).toJson()), 1);

        const QList<int> statuses = {0, 200, 201, 204, 301, 400, 401, 403, 404, 409, 413, 422, 500, 502, 999, -1};
        for (int i = 0; i < 6000; ++i) {
            const int status = statuses.at(random.bounded(statuses.size()));
            QByteArray body;
            switch (i % 4) {
            case 0: { // random bytes
                body.resize(random.bounded(400));
                for (char &c : body)
                    c = char(random.bounded(256));
                break;
            }
            case 1: { // damaged JSON text
                body = QJsonDocument(seeds.at(random.bounded(seeds.size()))).toJson(QJsonDocument::Compact);
                for (int edits = 1 + random.bounded(5); edits > 0 && !body.isEmpty(); --edits)
                    body[random.bounded(body.size())] = char(random.bounded(256));
                break;
            }
            default: // well-formed JSON with wrong fields
                body = QJsonDocument(mutateJson(random, seeds.at(random.bounded(seeds.size()))).toObject()).toJson();
            }
            readAll(status, body);
        }
        // Hostile shapes.
        QCOMPARE(readAll(200, QByteArray(100000, '[')), 0);
        QCOMPARE(readAll(200, "[]"), 0);
        QCOMPARE(readAll(200, "{\"tickets\":" + QByteArray(50, '[') + QByteArray(50, ']') + "}"), 0);
        QCOMPARE(readAll(200, QByteArray(LedgerReply::MaxBodyBytes + 1, ' ')), 0);
        const auto refused = LedgerReply::interpret(401, "{\"error\":{\"code\":42}}");
        QCOMPARE(refused.error.kind, TicketingError::Kind::AuthenticationRefused);
        const auto soldOut = LedgerReply::interpret(409, QJsonDocument(seeds.last()).toJson());
        QCOMPARE(soldOut.error.kind, TicketingError::Kind::SoldOut);
        QCOMPARE(LedgerReply::interpret(0, {}, u"Connection refused"_s).error.kind, TicketingError::Kind::Unreachable);
        QCOMPARE(LedgerReply::interpret(200, "not json").error.kind, TicketingError::Kind::InvalidReply);
    }

    // The token file and Authorization headers: whatever is in them, a token accepted has a
    // known scope, 16+ printable characters, and is exactly what the file says.
    void scopedTokens()
    {
        QRandomGenerator random(8740);
        const QByteArray seed = "# tokens\nadmin-token-0123456789\ngate gate-token-0123456789ab\n"
                                "box-office office-token-0123456789\n";
        const auto parsed = AccessToken::parseFile(seed);
        QVERIFY(parsed);
        QCOMPARE(parsed->size(), 3);
        QCOMPARE(parsed->at(0).scope, AccessToken::Scope::Admin);
        QCOMPARE(parsed->at(1).scope, AccessToken::Scope::Gate);
        QCOMPARE(parsed->at(1).secret, QByteArray("gate-token-0123456789ab"));
        QCOMPARE(parsed->at(2).scope, AccessToken::Scope::BoxOffice);
        QVERIFY(!parsed->at(1).allows(AccessToken::Scope::BoxOffice));
        QVERIFY(parsed->at(2).allows(AccessToken::Scope::Gate));
        QString error;
        QVERIFY(!AccessToken::parseFile("root admin-token-0123456789\n", &error));
        QCOMPARE(error, u"line 1: unknown scope \"root\" (expected gate, box-office or admin)"_s);
        QVERIFY(!AccessToken::parseFile("gate short\n", &error));
        QCOMPARE(error, u"line 1: the token is shorter than 16 characters"_s);
        QVERIFY(!AccessToken::parseFile("\n# nothing\n", &error));

        int accepted = 0;
        for (int i = 0; i < 20000; ++i) {
            QByteArray text = i % 2 ? mutate(random, QString::fromLatin1(seed)).toUtf8() : seed;
            if (i % 2 == 0) {
                for (int edits = 1 + random.bounded(4); edits > 0; --edits)
                    text[random.bounded(text.size())] = char(random.bounded(256));
            }
            const auto tokens = AccessToken::parseFile(text, &error);
            if (!tokens) {
                QVERIFY(!error.isEmpty());
                continue;
            }
            ++accepted;
            for (const AccessToken &token : *tokens) {
                QVERIFY(token.secret.size() >= 16);
                QVERIFY(std::all_of(token.secret.cbegin(), token.secret.cend(),
                    [](char c) { return uchar(c) > 0x20 && uchar(c) < 0x7f; }));
                QVERIFY(text.contains(token.secret));
            }
        }
        QVERIFY(accepted > 0);

        QCOMPARE(AccessToken::fromAuthorization("Bearer abc"), QByteArray("abc"));
        QCOMPARE(AccessToken::fromAuthorization("bearer  abc "), QByteArray("abc"));
        QCOMPARE(AccessToken::fromAuthorization("BEARER abc"), QByteArray("abc"));
        QVERIFY(!AccessToken::fromAuthorization("Basic abc"));
        QVERIFY(!AccessToken::fromAuthorization("Bearer "));
        QVERIFY(!AccessToken::fromAuthorization("Bearerabc"));
        for (int i = 0; i < 5000; ++i) {
            QByteArray header = "Bearer " + randomText(random, 40).toUtf8();
            header[random.bounded(header.size())] = char(random.bounded(256));
            if (const auto token = AccessToken::fromAuthorization(header))
                QVERIFY(!token->isEmpty() && header.contains(*token));
        }
    }

    // Pairing codes (typed by a scanner or pasted): only an https address, a 32-byte
    // fingerprint and a printable token come out, or a clear refusal.
    void pairingCodes()
    {
        QRandomGenerator random(1789);
        const TicketingPairing good {
            QUrl(u"https://192.168.1.10:8740"_s), TicketCrypto::randomBytes(32), u"gate-token-0123456789abcdef"_s};
        const QString code = good.toString();
        const auto back = TicketingPairing::parse(code);
        QVERIFY2(back, qPrintable(code));
        QCOMPARE(back->endpoint, good.endpoint);
        QCOMPARE(back->certificateSha256, good.certificateSha256);
        QCOMPARE(back->token, good.token);
        QString error;
        const QStringList bads {u"https://192.168.1.10:8740"_s, u"omnium-pair:?url=x"_s,
            QString(code).replace(u"https"_s, u"http"_s), code + u"&token=again-0123456789abcdef"_s};
        for (const QString &bad : bads) {
            QVERIFY2(!TicketingPairing::parse(bad, &error), qPrintable(bad));
            QVERIFY(!error.isEmpty());
        }
        int accepted = 0;
        for (int i = 0; i < 20000; ++i) {
            const QString input = i % 5 == 0 ? randomText(random, 300) : mutate(random, good.toString());
            const auto parsed = TicketingPairing::parse(input, &error);
            if (!parsed) {
                QVERIFY(!error.isEmpty());
                continue;
            }
            ++accepted;
            QCOMPARE(parsed->endpoint.scheme(), u"https"_s);
            QVERIFY(!parsed->endpoint.host().isEmpty());
            QCOMPARE(parsed->certificateSha256.size(), 32);
            QVERIFY(parsed->token.size() >= 16);
            // What was read is what would be written back.
            QCOMPARE(TicketingPairing::parse(parsed->toString())->token, parsed->token);
        }
        QVERIFY(accepted > 0);
    }
};

QTEST_GUILESS_MAIN(TestTicketingFuzz)
#include "tst_ticketingfuzz.moc"
