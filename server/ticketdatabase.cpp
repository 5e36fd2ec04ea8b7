// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketdatabase.h"

#include "core/clock.h"
#include "core/logging.h"
#include "ticketing/ledgerverifier.h"
#include "ticketing/ticketcode.h"
#include "ticketing/ticketcrypto.h"
#include "ticketing/ticketverifier.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

constexpr int SchemaVersion = 2;

const QStringList Schema = {
    u"CREATE TABLE settings (key TEXT PRIMARY KEY, value BLOB NOT NULL)"_s,
    u"CREATE TABLE signing_keys (key_id INTEGER PRIMARY KEY, public_key BLOB NOT NULL, secret_key BLOB NOT NULL,"
    " created_at INTEGER NOT NULL, retired_at INTEGER)"_s,
    u"CREATE TABLE ticket_types (id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL, name TEXT NOT NULL,"
    " price_cents INTEGER NOT NULL, currency TEXT NOT NULL, capacity INTEGER NOT NULL CHECK (capacity >= 0),"
    " sold INTEGER NOT NULL DEFAULT 0, valid_from INTEGER NOT NULL, valid_until INTEGER NOT NULL,"
    " CHECK (sold >= 0 AND sold <= capacity))"_s,
    u"CREATE TABLE issue_requests (idempotency_key TEXT PRIMARY KEY, request_hash BLOB NOT NULL,"
    " created_at INTEGER NOT NULL)"_s,
    u"CREATE TABLE tickets (id TEXT PRIMARY KEY, ticket_type_id INTEGER NOT NULL REFERENCES ticket_types(id),"
    " event_id INTEGER NOT NULL, code TEXT NOT NULL, buyer_name TEXT NOT NULL, buyer_email TEXT,"
    " state TEXT NOT NULL, issued_at INTEGER NOT NULL, valid_from INTEGER NOT NULL, valid_until INTEGER NOT NULL,"
    " idempotency_key TEXT NOT NULL REFERENCES issue_requests(idempotency_key), position INTEGER NOT NULL,"
    " redeemed_at INTEGER, gate TEXT)"_s,
    u"CREATE INDEX tickets_key ON tickets(idempotency_key)"_s,
    u"CREATE TABLE redemptions (nonce TEXT PRIMARY KEY, ticket_id TEXT NOT NULL, gate TEXT NOT NULL,"
    " scanned_at INTEGER NOT NULL, accepted INTEGER NOT NULL, received_at INTEGER NOT NULL)"_s,
    u"CREATE TABLE ledger (sequence INTEGER PRIMARY KEY, kind TEXT NOT NULL, ticket_id TEXT NOT NULL,"
    " ticket_type_id INTEGER NOT NULL, event_id INTEGER NOT NULL, at_ms INTEGER NOT NULL, detail TEXT NOT NULL,"
    " previous_hash BLOB NOT NULL, key_id INTEGER NOT NULL, signature BLOB NOT NULL)"_s,
};

// Statements that take a database from version N (index N - 1) to N + 1.
const QList<QStringList> Migrations = {
    {
        // Keys revoked for compromise; ledger entries found by ticket when one is redeemed.
        u"ALTER TABLE signing_keys ADD COLUMN revoked_at INTEGER"_s,
        u"CREATE INDEX ledger_ticket ON ledger(ticket_id)"_s,
    },
};

QDateTime fromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::UTC);
}

} // namespace

TicketDatabase::TicketDatabase(const Clock &clock)
    : m_clock(clock)
    , m_connection(u"ticketd-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

TicketDatabase::~TicketDatabase()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool TicketDatabase::open(const QString &fileName, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(fileName);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        *error = u"cannot open the database %1: %2"_s.arg(fileName, db.lastError().text());
        return false;
    }
    QSqlQuery query(db);
    for (const QString &pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s,
             u"PRAGMA foreign_keys=ON"_s, u"PRAGMA secure_delete=ON"_s}) {
        if (!query.exec(pragma)) {
            *error = u"cannot set up the database %1: %2"_s.arg(fileName, query.lastError().text());
            return false;
        }
    }
    query.exec(u"PRAGMA user_version"_s);
    const int version = query.next() ? query.value(0).toInt() : -1;
    if (version > SchemaVersion) {
        *error = u"the database %1 was made by a newer omnium-ticketd (schema %2, this one knows %3)"_s.arg(fileName)
                     .arg(version)
                     .arg(SchemaVersion);
        return false;
    }
    if (version < SchemaVersion) {
        if (!begin()) {
            *error = u"cannot write to the database %1"_s.arg(fileName);
            return false;
        }
        QStringList statements;
        if (version == 0)
            statements = Schema;
        for (int from = qMax(version, 1); from < SchemaVersion; ++from)
            statements += Migrations.at(from - 1);
        for (const QString &sql : std::as_const(statements)) {
            if (!query.exec(sql)) {
                *error = u"cannot update the database schema in %1: %2"_s.arg(fileName, query.lastError().text());
                rollback();
                return false;
            }
        }
        if (version == 0) {
            query.prepare(u"INSERT INTO settings (key, value) VALUES ('email_salt', ?)"_s);
            query.addBindValue(TicketCrypto::randomBytes(32));
            if (!query.exec()) {
                *error = u"cannot create the database schema in %1: %2"_s.arg(fileName, query.lastError().text());
                rollback();
                return false;
            }
        }
        if (!query.exec(u"PRAGMA user_version = %1"_s.arg(SchemaVersion)) || !commit()) {
            *error = u"cannot update the database schema in %1: %2"_s.arg(fileName, query.lastError().text());
            rollback();
            return false;
        }
    }
    if (m_sealKeyFile.isEmpty())
        m_sealKeyFile = fileName + u".seal-key"_s;
    if (!loadSealKey(error))
        return false;
    if (!ensureKey()) {
        *error = u"cannot create a signing key in %1"_s.arg(fileName);
        return false;
    }
    m_headFile = fileName + u".head"_s;
    checkLedger();
    return true;
}

void TicketDatabase::checkLedger()
{
    const QJsonObject verdict = verifyLedger().body;
    if (!verdict.value(u"valid"_s).toBool()) {
        m_ledgerProblem = u"block %1: %2"_s.arg(verdict.value(u"first_bad_block"_s).toInteger())
                              .arg(verdict.value(u"reason"_s).toString());
    } else {
        // The head recorded outside the database after each write must still be in the chain:
        // deleting the newest blocks leaves a valid but shorter chain.
        QFile file(m_headFile);
        if (file.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> fields = file.readAll().trimmed().split(' ');
            const qint64 sequence = fields.value(0).toLongLong();
            const auto block = blockAt(sequence);
            if (sequence > 0 && (!block || block->hash().toHex() != fields.value(1)))
                m_ledgerProblem = u"block %1, recorded in %2, is missing or changed"_s.arg(sequence).arg(m_headFile);
            else
                m_knownHead = {sequence, block ? block->hash() : QByteArray()};
        }
    }
    if (!m_ledgerProblem.isEmpty())
        qCCritical(lcTicketing) << "ticketd: the ledger does not verify:" << m_ledgerProblem << "- serving read-only";
}

std::optional<LedgerBlock> TicketDatabase::blockAt(qint64 sequence) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(u"SELECT sequence, kind, ticket_id, ticket_type_id, event_id, at_ms, detail, previous_hash, key_id,"
                  " signature FROM ledger WHERE sequence = ?"_s);
    query.addBindValue(sequence);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return blockFromQuery(query);
}

void TicketDatabase::noteCommittedHead()
{
    // After a commit that appended blocks. Another process may have written a newer head to
    // the file meanwhile: an older one is never written over it.
    const qint64 head = ledgerHead();
    QFile current(m_headFile);
    if (current.open(QIODevice::ReadOnly) && current.readAll().split(' ').value(0).toLongLong() >= head)
        return;
    current.close();
    const auto block = blockAt(head);
    if (!block)
        return;
    m_knownHead = {head, block->hash()};
    QSaveFile file(m_headFile);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QByteArray::number(head) + ' ' + block->hash().toHex() + '\n') < 0 || !file.commit())
        qCWarning(lcTicketing) << "ticketd: cannot record the ledger head in" << m_headFile << file.errorString();
}

bool TicketDatabase::begin()
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    return query.exec(u"BEGIN IMMEDIATE"_s);
}

bool TicketDatabase::commit()
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    return query.exec(u"COMMIT"_s);
}

void TicketDatabase::rollback()
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.exec(u"ROLLBACK"_s);
}

TicketDatabase::Outcome TicketDatabase::failure(int status, const QString &code, const QString &message)
{
    rollback();
    return Outcome {status, code, message, {}};
}

TicketDatabase::Outcome TicketDatabase::ledgerBroken()
{
    rollback();
    return Outcome {503, u"ledger_broken"_s,
        u"the ledger does not verify (%1): nothing is written until it is repaired"_s.arg(m_ledgerProblem), {}};
}

TicketDatabase::Outcome TicketDatabase::internalError(const QString &where)
{
    if (!m_ledgerProblem.isEmpty())
        return ledgerBroken();
    qCWarning(lcTicketing) << "ticketd: database error in" << where << QSqlDatabase::database(m_connection).lastError();
    return failure(500, u"internal"_s, u"database error in %1"_s.arg(where));
}

bool TicketDatabase::ensureKey()
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (query.exec(u"SELECT COUNT(*) FROM signing_keys WHERE retired_at IS NULL"_s) && query.next()
        && query.value(0).toInt() > 0)
        return true;
    return rotateKey().status == 200;
}

TicketDatabase::Outcome TicketDatabase::rotateKey()
{
    if (!begin())
        return internalError(u"rotate key"_s);
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.exec(u"SELECT COALESCE(MAX(key_id), 0) FROM signing_keys"_s);
    const int next = query.next() ? query.value(0).toInt() + 1 : 1;
    if (next > 65535)
        return failure(409, u"conflict"_s, u"no key id left"_s);
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    const auto pair = TicketCrypto::generateKeyPair();
    query.prepare(u"UPDATE signing_keys SET retired_at = ? WHERE retired_at IS NULL"_s);
    query.addBindValue(now);
    if (!query.exec())
        return internalError(u"rotate key"_s);
    query.prepare(u"INSERT INTO signing_keys (key_id, public_key, secret_key, created_at) VALUES (?, ?, ?, ?)"_s);
    query.addBindValue(next);
    query.addBindValue(pair.publicKey);
    query.addBindValue(TicketCrypto::seal(pair.secretKey, m_sealKey));
    query.addBindValue(now);
    if (!query.exec() || !commit())
        return internalError(u"rotate key"_s);
    m_signingKey = {};
    qCInfo(lcTicketing) << "ticketd: signing key" << next << "is now current";
    return Outcome {200, {}, {}, QJsonObject {{u"current_key_id"_s, next}}};
}

TicketDatabase::Outcome TicketDatabase::revokeKey(quint16 keyId)
{
    // A compromised key: none of its codes is honoured any more. A current key is replaced
    // first; the valid tickets it signed get a new code from the current key, to send again.
    const auto keys = keySet();
    const auto key = keys.key(keyId);
    if (!key)
        return Outcome {404, u"not_found"_s, u"no signing key %1"_s.arg(keyId), {}};
    if (key->revokedAt.isValid())
        return Outcome {409, u"conflict"_s, u"key %1 is already revoked"_s.arg(keyId), {}};
    if (!key->retiredAt.isValid()) {
        const Outcome rotated = rotateKey();
        if (rotated.status != 200)
            return rotated;
    }
    if (!begin())
        return internalError(u"revoke key"_s);
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(u"UPDATE signing_keys SET revoked_at = ? WHERE key_id = ?"_s);
    query.addBindValue(m_clock.now().toMSecsSinceEpoch());
    query.addBindValue(keyId);
    if (!query.exec())
        return internalError(u"revoke key"_s);
    const auto [currentId, secret] = signingKey();
    QJsonArray reissued;
    for (IssuedTicket t : ticketsWhere(u"state = 'valid'"_s, {})) {
        const auto code = TicketCode::parse(t.code);
        if (!code || code->payload().keyId != keyId)
            continue;
        TicketPayload payload = code->payload();
        payload.keyId = currentId;
        t.code = TicketCode::issue(payload, secret);
        query.prepare(u"UPDATE tickets SET code = ? WHERE id = ?"_s);
        query.addBindValue(t.code);
        query.addBindValue(TicketCrypto::ticketIdToText(t.id));
        if (t.code.isEmpty() || !query.exec())
            return internalError(u"revoke key"_s);
        reissued.append(t.toJson());
    }
    if (!commit())
        return internalError(u"revoke key"_s);
    qCWarning(lcTicketing) << "ticketd: signing key" << keyId << "revoked," << reissued.size() << "tickets re-issued";
    return Outcome {200, {}, {},
        QJsonObject {{u"revoked_key_id"_s, keyId}, {u"current_key_id"_s, currentId}, {u"reissued"_s, reissued}}};
}

TicketKeySet TicketDatabase::keySet() const
{
    TicketKeySet set;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.exec(u"SELECT key_id, public_key, created_at, retired_at, revoked_at FROM signing_keys ORDER BY key_id"_s);
    while (query.next())
        set.insert({quint16(query.value(0).toUInt()), query.value(1).toByteArray(), fromMs(query.value(2)),
            fromMs(query.value(3)), fromMs(query.value(4))});
    return set;
}

quint16 TicketDatabase::currentKeyId() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.exec(u"SELECT MAX(key_id) FROM signing_keys WHERE retired_at IS NULL"_s);
    return query.next() ? quint16(query.value(0).toUInt()) : 0;
}

QByteArray TicketDatabase::secretKey(quint16 keyId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(u"SELECT secret_key FROM signing_keys WHERE key_id = ?"_s);
    query.addBindValue(keyId);
    if (!query.exec() || !query.next())
        return {};
    return TicketCrypto::unseal(query.value(0).toByteArray(), m_sealKey).value_or(QByteArray());
}

bool TicketDatabase::loadSealKey(QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.exec(u"SELECT COUNT(*) FROM signing_keys WHERE length(secret_key) <> %1"_s.arg(TicketCrypto::SecretKeySize));
    const bool sealedKeys = query.next() && query.value(0).toInt() > 0;
    QFile file(m_sealKeyFile);
    if (!file.exists()) {
        if (sealedKeys) {
            *error = u"the signing keys are sealed with the key file %1, which is missing"_s.arg(m_sealKeyFile);
            return false;
        }
        QSaveFile created(m_sealKeyFile);
        if (!created.open(QIODevice::WriteOnly)
            || created.write(TicketCrypto::randomBytes(TicketCrypto::SealKeySize)) < 0
            || !created.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !created.commit()) {
            *error = u"cannot create the key file %1: %2"_s.arg(m_sealKeyFile, created.errorString());
            return false;
        }
    }
    if (file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) {
        *error = u"%1 is readable by other users: chmod 600 it"_s.arg(m_sealKeyFile);
        return false;
    }
    if (!file.open(QIODevice::ReadOnly) || (m_sealKey = file.readAll()).size() != TicketCrypto::SealKeySize) {
        *error = u"%1 is not a key file of %2 bytes"_s.arg(m_sealKeyFile).arg(TicketCrypto::SealKeySize);
        return false;
    }
    // Keys stored in clear by an earlier version are sealed now; secure_delete and the
    // checkpoint leave no clear copy in the file or its WAL.
    if (!begin()) {
        *error = u"cannot write to the database"_s;
        return false;
    }
    query.exec(u"SELECT key_id, secret_key FROM signing_keys WHERE length(secret_key) = %1"_s.arg(
        TicketCrypto::SecretKeySize));
    QList<std::pair<int, QByteArray>> plain;
    while (query.next())
        plain.append({query.value(0).toInt(), query.value(1).toByteArray()});
    for (const auto &[keyId, secret] : std::as_const(plain)) {
        query.prepare(u"UPDATE signing_keys SET secret_key = ? WHERE key_id = ?"_s);
        query.addBindValue(TicketCrypto::seal(secret, m_sealKey));
        query.addBindValue(keyId);
        if (!query.exec()) {
            rollback();
            *error = u"cannot seal the signing keys"_s;
            return false;
        }
    }
    if (!commit()) {
        *error = u"cannot seal the signing keys"_s;
        return false;
    }
    if (!plain.isEmpty())
        query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    query.exec(u"SELECT key_id FROM signing_keys ORDER BY key_id DESC LIMIT 1"_s);
    if (query.next() && secretKey(quint16(query.value(0).toUInt())).isEmpty()) {
        *error = u"the signing keys were sealed with another key file than %1"_s.arg(m_sealKeyFile);
        return false;
    }
    return true;
}

std::pair<quint16, QByteArray> TicketDatabase::signingKey() const
{
    // The current key id is read each time (inside the caller's transaction): a key rotated
    // by another process, or by --rotate-key on this database, takes effect at once.
    const quint16 keyId = currentKeyId();
    if (m_signingKey.first != keyId || m_signingKey.second.isEmpty())
        m_signingKey = {keyId, secretKey(keyId)};
    return m_signingKey;
}

QByteArray TicketDatabase::salt() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.exec(u"SELECT value FROM settings WHERE key = 'email_salt'"_s);
    return query.next() ? query.value(0).toByteArray() : QByteArray();
}

qint64 TicketDatabase::ledgerHead() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.exec(u"SELECT COALESCE(MAX(sequence), 0) FROM ledger"_s);
    return query.next() ? query.value(0).toLongLong() : 0;
}

std::optional<LedgerBlock> TicketDatabase::blockFromQuery(const QSqlQuery &query) const
{
    LedgerBlock block;
    block.sequence = query.value(0).toLongLong();
    const auto kind = LedgerBlock::kindFromName(query.value(1).toString());
    const auto id = TicketCrypto::ticketIdFromText(query.value(2).toString());
    block.kind = kind.value_or(LedgerBlock::Kind::Issued);
    block.ticketId = id.value_or(0);
    block.ticketTypeId = query.value(3).toUInt();
    block.eventId = query.value(4).toUInt();
    block.at = fromMs(query.value(5));
    block.detail = query.value(6).toString();
    block.previousHash = query.value(7).toByteArray();
    block.keyId = quint16(query.value(8).toUInt());
    block.signature = query.value(9).toByteArray();
    // An unreadable kind or id is kept as a block whose signature cannot match.
    if (!kind || !id)
        block.signature.clear();
    return block;
}

bool TicketDatabase::appendBlock(LedgerBlock block)
{
    // Inside the caller's transaction: the head cannot move under us.
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (m_knownHead.first > 0) {
        const auto known = blockAt(m_knownHead.first);
        if (!known || known->hash() != m_knownHead.second) {
            m_ledgerProblem = u"block %1 was deleted or changed while the server ran"_s.arg(m_knownHead.first);
            qCCritical(lcTicketing) << "ticketd:" << m_ledgerProblem;
            return false;
        }
    }
    query.exec(u"SELECT sequence, kind, ticket_id, ticket_type_id, event_id, at_ms, detail, previous_hash, key_id,"
               " signature FROM ledger ORDER BY sequence DESC LIMIT 1"_s);
    if (query.next()) {
        const auto last = blockFromQuery(query);
        block.sequence = last->sequence + 1;
        block.previousHash = last->hash();
    } else {
        block.sequence = 1;
        block.previousHash = QByteArray(TicketCrypto::HashSize, '\0');
    }
    const auto [keyId, secret] = signingKey();
    block.keyId = keyId;
    block.sign(secret);
    query.prepare(u"INSERT INTO ledger (sequence, kind, ticket_id, ticket_type_id, event_id, at_ms, detail,"
                  " previous_hash, key_id, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(block.sequence);
    query.addBindValue(LedgerBlock::kindName(block.kind));
    query.addBindValue(TicketCrypto::ticketIdToText(block.ticketId));
    query.addBindValue(block.ticketTypeId);
    query.addBindValue(block.eventId);
    query.addBindValue(block.at.toMSecsSinceEpoch());
    query.addBindValue(block.detail.isNull() ? u""_s : block.detail); // NOT NULL: "" is not a null
    query.addBindValue(block.previousHash);
    query.addBindValue(block.keyId);
    query.addBindValue(block.signature);
    if (!query.exec()) {
        qCWarning(lcTicketing) << "ticketd: cannot append to the ledger:" << query.lastError().text();
        return false;
    }
    return true;
}

TicketDatabase::Outcome TicketDatabase::createTicketType(const QJsonObject &request)
{
    const QString name = request.value(u"name"_s).toString().trimmed();
    const QString currency = request.value(u"currency"_s).toString();
    const double capacity = request.value(u"capacity"_s).toDouble(-1);
    const double price = request.value(u"price_cents"_s).toDouble(-1);
    const double eventId = request.value(u"event_id"_s).toDouble(-1);
    const QDateTime from = QDateTime::fromString(request.value(u"valid_from"_s).toString(), Qt::ISODateWithMs);
    const QDateTime until = QDateTime::fromString(request.value(u"valid_until"_s).toString(), Qt::ISODateWithMs);
    auto integer = [](double d, double max) { return d >= 0 && d <= max && d == double(qint64(d)); };
    if (name.isEmpty())
        return Outcome {422, u"invalid"_s, u"name: expected a name, not blank"_s, {}};
    if (const QString problem = TicketingJson::textProblem(name, 200); !problem.isEmpty())
        return Outcome {422, u"invalid"_s, u"name: "_s + problem, {}};
    if (currency.size() != 3 || currency.toUpper() != currency)
        return Outcome {422, u"invalid"_s, u"currency: expected a 3-letter ISO 4217 code such as EUR"_s, {}};
    if (!integer(capacity, 10000000))
        return Outcome {422, u"invalid"_s, u"capacity: expected an integer 0–10000000"_s, {}};
    if (!integer(price, 100000000))
        return Outcome {422, u"invalid"_s, u"price_cents: expected a non-negative integer"_s, {}};
    if (!integer(eventId, 4294967295.0) || eventId < 1)
        return Outcome {422, u"invalid"_s, u"event_id: expected a positive integer"_s, {}};
    if (!from.isValid() || !until.isValid() || until <= from || until.toSecsSinceEpoch() > 0xffffffffLL
        || from.toSecsSinceEpoch() < 0)
        return Outcome {
            422, u"invalid"_s, u"valid_from, valid_until: expected ISO 8601 times, from before until"_s, {}};
    if (!begin())
        return internalError(u"create ticket type"_s);
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(u"INSERT INTO ticket_types (event_id, name, price_cents, currency, capacity, valid_from,"
                  " valid_until) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(qint64(eventId));
    query.addBindValue(name);
    query.addBindValue(qint64(price));
    query.addBindValue(currency);
    query.addBindValue(qint64(capacity));
    query.addBindValue(from.toUTC().toSecsSinceEpoch() * 1000);
    query.addBindValue(until.toUTC().toSecsSinceEpoch() * 1000);
    if (!query.exec())
        return internalError(u"create ticket type"_s);
    const qint64 id = query.lastInsertId().toLongLong();
    if (!commit())
        return internalError(u"create ticket type"_s);
    const QJsonArray all = ticketTypes().body.value(u"ticket_types"_s).toArray();
    for (const QJsonValue &type : all) {
        if (type.toObject().value(u"id"_s).toInteger() == id)
            return Outcome {201, {}, {}, type.toObject()};
    }
    return internalError(u"create ticket type"_s);
}

TicketDatabase::Outcome TicketDatabase::ticketTypes() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.exec(u"SELECT t.id, t.event_id, t.name, t.price_cents, t.currency, t.capacity, t.sold, t.valid_from,"
               " t.valid_until, (SELECT COUNT(*) FROM tickets k WHERE k.ticket_type_id = t.id"
               " AND k.state = 'redeemed') FROM ticket_types t ORDER BY t.id"_s);
    QJsonArray types;
    while (query.next()) {
        TicketType t;
        t.id = query.value(0).toUInt();
        t.eventId = query.value(1).toUInt();
        t.name = query.value(2).toString();
        t.priceCents = query.value(3).toLongLong();
        t.currency = query.value(4).toString();
        t.capacity = query.value(5).toLongLong();
        t.issued = query.value(6).toLongLong();
        t.remaining = t.capacity - t.issued;
        t.validFrom = fromMs(query.value(7));
        t.validUntil = fromMs(query.value(8));
        t.redeemed = query.value(9).toLongLong();
        types.append(t.toJson());
    }
    return Outcome {200, {}, {}, QJsonObject {{u"ticket_types"_s, types}}};
}

QList<IssuedTicket> TicketDatabase::ticketsWhere(const QString &condition, const QVariantList &values) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(u"SELECT id, ticket_type_id, event_id, code, buyer_name, state, issued_at, valid_from,"
                  " valid_until, redeemed_at, gate FROM tickets WHERE "_s
        + condition);
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<IssuedTicket> list;
    if (!query.exec())
        return list;
    while (query.next()) {
        IssuedTicket t;
        t.id = TicketCrypto::ticketIdFromText(query.value(0).toString()).value_or(0);
        t.ticketTypeId = query.value(1).toUInt();
        t.eventId = query.value(2).toUInt();
        t.code = query.value(3).toString();
        t.buyerName = query.value(4).toString();
        const QString state = query.value(5).toString();
        t.state = state == u"voided" ? IssuedTicket::State::Voided
            : state == u"redeemed"   ? IssuedTicket::State::Redeemed
                                     : IssuedTicket::State::Valid;
        t.issuedAt = fromMs(query.value(6));
        t.validFrom = fromMs(query.value(7));
        t.validUntil = fromMs(query.value(8));
        t.redeemedAt = fromMs(query.value(9));
        t.gate = query.value(10).toString();
        list.append(t);
    }
    return list;
}

std::optional<IssuedTicket> TicketDatabase::ticket(quint64 id) const
{
    const auto list = ticketsWhere(u"id = ?"_s, {TicketCrypto::ticketIdToText(id)});
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

TicketDatabase::Outcome TicketDatabase::issue(const IssueRequest &request)
{
    if (!m_ledgerProblem.isEmpty())
        return ledgerBroken();
    if (!begin())
        return internalError(u"issue"_s);
    const Outcome outcome = issueInTransaction(request);
    if (outcome.status >= 500 && !m_ledgerProblem.isEmpty())
        return ledgerBroken();
    if (outcome.status >= 400) {
        if (outcome.status >= 500)
            qCWarning(lcTicketing) << "ticketd: database error in issue"
                                   << QSqlDatabase::database(m_connection).lastError();
        rollback();
        return outcome;
    }
    if (!commit())
        return internalError(u"issue"_s);
    noteCommittedHead();
    return outcome;
}

TicketDatabase::Outcome TicketDatabase::issueBatch(const QList<IssueRequest> &requests)
{
    if (!m_ledgerProblem.isEmpty())
        return ledgerBroken();
    if (!begin())
        return internalError(u"issue batch"_s);
    QSqlQuery savepoint(QSqlDatabase::database(m_connection));
    QList<Outcome> outcomes;
    outcomes.reserve(requests.size());
    for (const IssueRequest &request : requests) {
        // Each request lands or not on its own; all that landed share one commit.
        if (!savepoint.exec(u"SAVEPOINT item"_s))
            return internalError(u"issue batch"_s);
        Outcome outcome = issueInTransaction(request);
        if (outcome.status >= 500)
            return internalError(u"issue batch"_s);
        if (outcome.status >= 400 && !savepoint.exec(u"ROLLBACK TO item"_s))
            return internalError(u"issue batch"_s);
        if (!savepoint.exec(u"RELEASE item"_s))
            return internalError(u"issue batch"_s);
        outcomes.append(std::move(outcome));
    }
    if (!commit())
        return internalError(u"issue batch"_s);
    noteCommittedHead();
    QJsonArray results;
    for (const Outcome &outcome : std::as_const(outcomes)) {
        QJsonObject result
            = outcome.code.isEmpty() ? outcome.body : TicketingJson::errorObject(outcome.code, outcome.message);
        result.insert(u"status"_s, outcome.status);
        results.append(result);
    }
    return Outcome {200, {}, {}, QJsonObject {{u"results"_s, results}}};
}

TicketDatabase::Outcome TicketDatabase::issueInTransaction(const IssueRequest &request)
{
    // Inside the caller's transaction; a status >= 400 asks the caller to undo what was written.
    const auto refuse
        = [](int status, const QString &code, const QString &message) { return Outcome {status, code, message, {}}; };
    const auto broken = [] { return Outcome {500, u"internal"_s, u"database error in issue"_s, {}}; };
    auto ticketsJson = [this](const QString &key) {
        QJsonArray array;
        for (const IssuedTicket &t : ticketsWhere(u"idempotency_key = ? ORDER BY position"_s, {key}))
            array.append(t.toJson());
        return array;
    };
    const QString email = request.buyerEmail.trimmed().toLower();
    // A canonical encoding: a JSON array quotes and escapes each field, so no two requests
    // share one (joining free text with "\n" let "a\nb" + "c" match "a" + "b\nc").
    const QByteArray requestHash = TicketCrypto::sha256(
        QJsonDocument(QJsonArray {qint64(request.ticketTypeId), request.quantity, request.buyerName, email})
            .toJson(QJsonDocument::Compact));
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(u"SELECT request_hash FROM issue_requests WHERE idempotency_key = ?"_s);
    query.addBindValue(request.idempotencyKey);
    if (!query.exec())
        return broken();
    if (query.next()) {
        if (query.value(0).toByteArray() != requestHash)
            return refuse(
                409, u"idempotency_key_reused"_s, u"this idempotency key was already used for a different request"_s);
        const QJsonArray tickets = ticketsJson(request.idempotencyKey);
        return Outcome {200, {}, {}, QJsonObject {{u"tickets"_s, tickets}, {u"replayed"_s, true}}};
    }

    query.prepare(u"SELECT event_id, valid_from, valid_until, capacity - sold FROM ticket_types WHERE id = ?"_s);
    query.addBindValue(request.ticketTypeId);
    if (!query.exec())
        return broken();
    if (!query.next())
        return refuse(404, u"not_found"_s, u"no ticket type %1"_s.arg(request.ticketTypeId));
    const quint32 eventId = query.value(0).toUInt();
    const QDateTime validFrom = fromMs(query.value(1));
    const QDateTime validUntil = fromMs(query.value(2));
    const qint64 remaining = query.value(3).toLongLong();

    // The capacity check and the reservation are one statement: never oversold.
    query.prepare(u"UPDATE ticket_types SET sold = sold + ? WHERE id = ? AND sold + ? <= capacity"_s);
    query.addBindValue(request.quantity);
    query.addBindValue(request.ticketTypeId);
    query.addBindValue(request.quantity);
    if (!query.exec())
        return broken();
    if (query.numRowsAffected() != 1)
        return refuse(409, u"sold_out"_s,
            u"sold out: %1 requested, %2 left"_s.arg(request.quantity).arg(qMax<qint64>(0, remaining)));

    const QDateTime now = m_clock.now().toUTC();
    query.prepare(u"INSERT INTO issue_requests (idempotency_key, request_hash, created_at) VALUES (?, ?, ?)"_s);
    query.addBindValue(request.idempotencyKey);
    query.addBindValue(requestHash);
    query.addBindValue(now.toMSecsSinceEpoch());
    if (!query.exec())
        return broken();

    const auto [keyId, secret] = signingKey();
    const QString buyerHash
        = email.isEmpty() ? QString() : QString::fromLatin1(TicketCrypto::keyedHash(email.toUtf8(), salt()).toHex());
    query.prepare(u"INSERT INTO tickets (id, ticket_type_id, event_id, code, buyer_name, buyer_email, state,"
                  " issued_at, valid_from, valid_until, idempotency_key, position)"
                  " VALUES (?, ?, ?, ?, ?, ?, 'valid', ?, ?, ?, ?, ?)"_s);
    for (int i = 0; i < request.quantity; ++i) {
        TicketPayload payload;
        payload.keyId = keyId;
        payload.ticketId = TicketCrypto::randomTicketId();
        payload.ticketTypeId = request.ticketTypeId;
        payload.eventId = eventId;
        payload.validFrom = validFrom;
        payload.validUntil = validUntil;
        const QString code = TicketCode::issue(payload, secret);
        query.addBindValue(TicketCrypto::ticketIdToText(payload.ticketId));
        query.addBindValue(request.ticketTypeId);
        query.addBindValue(eventId);
        query.addBindValue(code);
        query.addBindValue(request.buyerName.isNull() ? u""_s : request.buyerName);
        query.addBindValue(email.isEmpty() ? QVariant() : QVariant(email));
        query.addBindValue(now.toMSecsSinceEpoch());
        query.addBindValue(validFrom.toMSecsSinceEpoch());
        query.addBindValue(validUntil.toMSecsSinceEpoch());
        query.addBindValue(request.idempotencyKey);
        query.addBindValue(i);
        if (code.isEmpty() || !query.exec())
            return broken();
        LedgerBlock block;
        block.kind = LedgerBlock::Kind::Issued;
        block.ticketId = payload.ticketId;
        block.ticketTypeId = request.ticketTypeId;
        block.eventId = eventId;
        block.at = now;
        block.detail = buyerHash;
        if (!appendBlock(block))
            return broken();
    }
    const QJsonArray tickets = ticketsJson(request.idempotencyKey);
    return Outcome {201, {}, {}, QJsonObject {{u"tickets"_s, tickets}, {u"replayed"_s, false}}};
}

TicketDatabase::Outcome TicketDatabase::tickets(const QString &search, quint32 ticketTypeId, int limit) const
{
    QString condition = u"1 = 1"_s;
    QVariantList values;
    if (ticketTypeId != 0) {
        condition += u" AND ticket_type_id = ?"_s;
        values.append(ticketTypeId);
    }
    if (!search.isEmpty()) {
        condition += u" AND (buyer_name LIKE ? ESCAPE '\\' OR id LIKE ? ESCAPE '\\')"_s;
        QString escaped = search;
        escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
        values.append(QString(u"%"_s + escaped + u"%"_s));
        values.append(QString(escaped + u"%"_s));
    }
    condition += u" ORDER BY issued_at, idempotency_key, position LIMIT %1"_s.arg(limit);
    QJsonArray array;
    for (const IssuedTicket &t : ticketsWhere(condition, values))
        array.append(t.toJson());
    return Outcome {200, {}, {}, QJsonObject {{u"tickets"_s, array}}};
}

TicketDatabase::Outcome TicketDatabase::voidTicket(quint64 ticketId, bool refund)
{
    if (!m_ledgerProblem.isEmpty())
        return ledgerBroken();
    if (!begin())
        return internalError(u"void"_s);
    const auto existing = ticket(ticketId);
    if (!existing)
        return failure(404, u"not_found"_s, u"no ticket %1"_s.arg(TicketCrypto::ticketIdToText(ticketId)));
    if (existing->state == IssuedTicket::State::Voided)
        return failure(409, u"already_voided"_s, u"the ticket is already voided"_s);
    if (existing->state == IssuedTicket::State::Redeemed)
        return failure(409, u"already_redeemed"_s, u"the ticket was already used to enter"_s);
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(u"UPDATE tickets SET state = 'voided' WHERE id = ?"_s);
    query.addBindValue(TicketCrypto::ticketIdToText(ticketId));
    if (!query.exec())
        return internalError(u"void"_s);
    // The seat is free again.
    query.prepare(u"UPDATE ticket_types SET sold = sold - 1 WHERE id = ?"_s);
    query.addBindValue(existing->ticketTypeId);
    if (!query.exec())
        return internalError(u"void"_s);
    LedgerBlock block;
    block.kind = LedgerBlock::Kind::Voided;
    block.ticketId = ticketId;
    block.ticketTypeId = existing->ticketTypeId;
    block.eventId = existing->eventId;
    block.at = m_clock.now().toUTC();
    block.detail = refund ? u"refund"_s : u"void"_s;
    if (!appendBlock(block))
        return internalError(u"void"_s);
    const auto updated = ticket(ticketId);
    if (!commit())
        return internalError(u"void"_s);
    noteCommittedHead();
    return Outcome {200, {}, {}, updated->toJson()};
}

TicketDatabase::Outcome TicketDatabase::redeem(const RedemptionRequest &request)
{
    if (!m_ledgerProblem.isEmpty())
        return ledgerBroken();
    auto firstRedemption = [this](const QString &ticketId) -> std::optional<Redemption> {
        QSqlQuery query(QSqlDatabase::database(m_connection));
        query.prepare(u"SELECT nonce, gate, scanned_at FROM redemptions WHERE ticket_id = ? AND accepted = 1"_s);
        query.addBindValue(ticketId);
        if (!query.exec() || !query.next())
            return std::nullopt;
        return Redemption {TicketCrypto::ticketIdFromText(ticketId).value_or(0), query.value(1).toString(),
            query.value(0).toString(), fromMs(query.value(2)), true};
    };
    if (!begin())
        return internalError(u"redeem"_s);
    QSqlQuery query(QSqlDatabase::database(m_connection));
    // A nonce seen before gets the same answer: uploads can be retried safely.
    query.prepare(u"SELECT ticket_id, accepted FROM redemptions WHERE nonce = ?"_s);
    query.addBindValue(request.nonce);
    if (!query.exec())
        return internalError(u"redeem"_s);
    if (query.next()) {
        const QString ticketId = query.value(0).toString();
        // The nonce is bound to the ticket it was first sent with: another code gets no answer
        // from it (or a scan of ticket B would be answered with ticket A's entry).
        const auto code = TicketCode::parse(request.code);
        if (!code || TicketCrypto::ticketIdToText(code->payload().ticketId) != ticketId)
            return failure(409, u"nonce_reused"_s, u"this nonce was already used for another ticket"_s);
        auto first = firstRedemption(ticketId);
        rollback();
        if (!first)
            return Outcome {500, u"internal"_s, u"redemption without entry"_s, {}};
        first->accepted = query.value(1).toBool() && first->nonce == request.nonce;
        return Outcome {200, {}, {}, first->toJson()};
    }

    // The scan time is the gate's, corrected by how far the gate's clock is off (when it says
    // when it sent the request), never in the future and never more than MaxUploadDelay before
    // the upload: a back-dated scan cannot admit an expired ticket.
    const QDateTime now = m_clock.now().toUTC();
    qint64 skewMs = 0;
    if (request.sentAt.isValid())
        skewMs = now.toMSecsSinceEpoch() - request.sentAt.toMSecsSinceEpoch();
    if (qAbs(skewMs) > MaxClockSkewMs)
        qCWarning(lcTicketing) << "ticketd: the clock of gate" << request.gate << "is off by" << -skewMs / 1000 << "s";
    else
        skewMs = 0; // within the network's delay: believed as is
    const QDateTime scannedAt
        = qBound(now.addMSecs(-MaxUploadDelayMs), request.scannedAt.toUTC().addMSecs(skewMs), now);
    const ManualClock scanClock(scannedAt);
    const TicketKeySet keys = keySet();
    const RevocationList noRevocations;
    const TicketVerifier verifier(keys, noRevocations, scanClock);
    const auto verified = verifier.verify(request.code);
    using TicketVerdict::Verdict;
    switch (verified.verdict) {
    case Verdict::Accepted:
        break;
    case Verdict::NotYetValid:
        return failure(422, u"not_yet_valid"_s, u"the ticket was not yet valid at the scan"_s);
    case Verdict::Expired:
        return failure(422, u"expired"_s, u"the ticket had expired at the scan"_s);
    case Verdict::RevokedKey:
        return failure(422, u"revoked_key"_s, u"the code is signed with a revoked key"_s);
    default:
        return failure(422, u"forged"_s, u"the code is not a ticket signed by this server"_s);
    }
    const quint64 id = verified.code->payload().ticketId;
    const QString idText = TicketCrypto::ticketIdToText(id);
    const auto existing = ticket(id);
    if (!existing)
        return failure(404, u"not_found"_s, u"no ticket %1"_s.arg(idText));
    // Only the code this server issued counts: a code re-signed with a stolen key (a longer
    // window, another type) for a real ticket is refused.
    if (existing->code != request.code.trimmed())
        return failure(422, u"forged"_s, u"the code is not the one issued for ticket %1"_s.arg(idText));
    const auto key = keys.key(verified.code->payload().keyId);
    if (key && key->retiredAt.isValid() && existing->issuedAt >= key->retiredAt)
        return failure(422, u"revoked_key"_s, u"the code was signed with a key after its retirement"_s);

    // The ledger, not the tickets table, says what happened to the ticket.
    const LedgerState ledgerState = ledgerStateOf(idText);
    if (!ledgerState.issued) {
        qCWarning(lcTicketing) << "ticketd: ticket" << idText << "has no issue block in the ledger";
        return failure(409, u"ledger_mismatch"_s, u"ticket %1 is not in the ledger"_s.arg(idText));
    }
    if (ledgerState.voided || existing->state == IssuedTicket::State::Voided) {
        if (existing->state != IssuedTicket::State::Voided)
            qCWarning(lcTicketing) << "ticketd: ticket" << idText << "is voided in the ledger but not in the table";
        return failure(422, u"voided"_s, u"the ticket was voided"_s);
    }

    const auto first = firstRedemption(idText);
    // Offline gates upload late and in any order: the earliest scan is the entry, the others
    // are the duplicates, whichever arrived first.
    const bool earliest = !first || scannedAt < first->redeemedAt;
    query.prepare(u"INSERT INTO redemptions (nonce, ticket_id, gate, scanned_at, accepted, received_at)"
                  " VALUES (?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(request.nonce);
    query.addBindValue(idText);
    query.addBindValue(request.gate);
    query.addBindValue(scannedAt.toMSecsSinceEpoch());
    query.addBindValue(earliest ? 1 : 0);
    query.addBindValue(now.toMSecsSinceEpoch());
    if (!query.exec())
        return internalError(u"redeem"_s);
    if (!earliest) {
        if (!commit())
            return internalError(u"redeem"_s);
        Redemption answer = *first;
        answer.accepted = false;
        return Outcome {200, {}, {}, answer.toJson()};
    }
    if (first) {
        query.prepare(u"UPDATE redemptions SET accepted = 0 WHERE nonce = ?"_s);
        query.addBindValue(first->nonce);
        if (!query.exec())
            return internalError(u"redeem"_s);
    }
    query.prepare(u"UPDATE tickets SET state = 'redeemed', redeemed_at = ?, gate = ? WHERE id = ?"_s);
    query.addBindValue(scannedAt.toMSecsSinceEpoch());
    query.addBindValue(request.gate);
    query.addBindValue(idText);
    if (!query.exec())
        return internalError(u"redeem"_s);
    // A block for the earlier scan too: the ledger's last redeemed block of a ticket is its entry.
    LedgerBlock block;
    block.kind = LedgerBlock::Kind::Redeemed;
    block.ticketId = id;
    block.ticketTypeId = existing->ticketTypeId;
    block.eventId = existing->eventId;
    block.at = scannedAt;
    block.detail = request.gate;
    if (!appendBlock(block) || !commit())
        return internalError(u"redeem"_s);
    noteCommittedHead();
    Redemption answer {id, request.gate, request.nonce, scannedAt, true};
    answer.clockSkewSeconds = -skewMs / 1000;
    return Outcome {201, {}, {}, answer.toJson()};
}

TicketDatabase::LedgerState TicketDatabase::ledgerStateOf(const QString &ticketId) const
{
    LedgerState state;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(u"SELECT kind FROM ledger WHERE ticket_id = ?"_s);
    query.addBindValue(ticketId);
    query.exec();
    while (query.next()) {
        const QString kind = query.value(0).toString();
        state.issued = state.issued || kind == u"issued";
        state.voided = state.voided || kind == u"voided";
    }
    return state;
}

TicketDatabase::Outcome TicketDatabase::sync(qint64 cursor, int limit) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(u"SELECT sequence, kind, ticket_id, at_ms FROM ledger WHERE sequence > ? ORDER BY sequence"
                  " LIMIT ?"_s);
    query.addBindValue(cursor);
    query.addBindValue(limit);
    SyncBatch batch;
    batch.cursor = cursor;
    if (!query.exec())
        return Outcome {500, u"internal"_s, u"database error in sync"_s, {}};
    while (query.next()) {
        batch.cursor = query.value(0).toLongLong();
        const QString kind = query.value(1).toString();
        const QString idText = query.value(2).toString();
        const quint64 id = TicketCrypto::ticketIdFromText(idText).value_or(0);
        if (kind == u"issued") {
            if (const auto t = ticket(id))
                batch.issued.append(*t);
        } else if (kind == u"voided") {
            batch.revocations.append({id, fromMs(query.value(3))});
        } else if (kind == u"redeemed") {
            QSqlQuery r(QSqlDatabase::database(m_connection));
            r.prepare(u"SELECT nonce, gate, scanned_at FROM redemptions WHERE ticket_id = ? AND accepted = 1"_s);
            r.addBindValue(idText);
            if (r.exec() && r.next())
                batch.redemptions.append(
                    Redemption {id, r.value(1).toString(), r.value(0).toString(), fromMs(r.value(2)), true});
        }
    }
    batch.hasMore = batch.cursor < ledgerHead();
    return Outcome {200, {}, {}, batch.toJson()};
}

TicketDatabase::Outcome TicketDatabase::ledger(qint64 after, int limit) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(u"SELECT sequence, kind, ticket_id, ticket_type_id, event_id, at_ms, detail, previous_hash,"
                  " key_id, signature FROM ledger WHERE sequence > ? ORDER BY sequence LIMIT ?"_s);
    query.addBindValue(after);
    query.addBindValue(limit);
    QJsonArray blocks;
    if (!query.exec())
        return Outcome {500, u"internal"_s, u"database error in ledger"_s, {}};
    while (query.next())
        blocks.append(blockFromQuery(query)->toJson());
    return Outcome {200, {}, {}, QJsonObject {{u"blocks"_s, blocks}, {u"head"_s, ledgerHead()}}};
}

TicketDatabase::Outcome TicketDatabase::verifyLedger() const
{
    // Rows in sequence order as stored; a moved row shows as a broken sequence or hash.
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.setForwardOnly(true);
    query.exec(u"SELECT sequence, kind, ticket_id, ticket_type_id, event_id, at_ms, detail, previous_hash, key_id,"
               " signature FROM ledger ORDER BY rowid"_s);
    LedgerVerifier verifier(keySet());
    while (query.next()) {
        if (!verifier.add(*blockFromQuery(query)))
            break;
    }
    QJsonObject body {{u"valid"_s, verifier.isValid()}, {u"checked_blocks"_s, verifier.checkedBlocks()},
        {u"head_hash"_s, QString::fromLatin1(verifier.headHash().toHex())}};
    if (!verifier.isValid()) {
        body.insert(u"first_bad_block"_s, verifier.firstBadPosition());
        body.insert(u"first_bad_sequence"_s, verifier.firstBadSequence());
        body.insert(u"reason"_s, verifier.reason());
    }
    return Outcome {200, {}, {}, body};
}

TicketDatabase::Outcome TicketDatabase::revocations() const
{
    RevocationList list;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.exec(u"SELECT ticket_id, at_ms FROM ledger WHERE kind = 'voided' ORDER BY sequence"_s);
    while (query.next()) {
        if (const auto id = TicketCrypto::ticketIdFromText(query.value(0).toString()))
            list.add(*id, fromMs(query.value(1)));
    }
    return Outcome {200, {}, {}, list.toJson()};
}
