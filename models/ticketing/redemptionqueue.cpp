// SPDX-License-Identifier: GPL-3.0-or-later
#include "redemptionqueue.h"

#include "core/logging.h"
#include "ticketcrypto.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::StringLiterals;

RedemptionQueue::RedemptionQueue()
    : m_connection(u"omnium-gate-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

RedemptionQueue::~RedemptionQueue()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool RedemptionQueue::exec(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (!query.prepare(sql)) {
        qCWarning(lcTicketing) << "gate queue:" << query.lastError().text();
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcTicketing) << "gate queue:" << query.lastError().text();
        return false;
    }
    return true;
}

bool RedemptionQueue::open(const QString &fileName)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(fileName);
    if (!db.open()) {
        m_error = u"cannot open the gate queue %1: %2"_s.arg(fileName, db.lastError().text());
        return false;
    }
    const QStringList schema = {
        u"PRAGMA journal_mode=WAL"_s,
        u"PRAGMA synchronous=FULL"_s,
        u"CREATE TABLE IF NOT EXISTS scans (nonce TEXT PRIMARY KEY, ticket_id TEXT NOT NULL, gate TEXT NOT NULL,"
        " scanned_at INTEGER NOT NULL, code TEXT NOT NULL, uploaded INTEGER NOT NULL DEFAULT 0, withdrawn INTEGER NOT "
        "NULL DEFAULT 0,"
        " rejection TEXT)"_s,
        u"CREATE INDEX IF NOT EXISTS scans_ticket ON scans(ticket_id)"_s,
        u"CREATE TABLE IF NOT EXISTS known (ticket_id TEXT PRIMARY KEY, gate TEXT NOT NULL,"
        " redeemed_at INTEGER NOT NULL, nonce TEXT NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
    };
    for (const QString &sql : schema) {
        if (!exec(sql)) {
            m_error = u"cannot prepare the gate queue %1"_s.arg(fileName);
            return false;
        }
    }
    // Queue files made before rejections were kept get the column.
    QSqlQuery columns(db);
    columns.exec(u"SELECT COUNT(*) FROM pragma_table_info('scans') WHERE name = 'rejection'"_s);
    if (columns.next() && columns.value(0).toInt() == 0 && !exec(u"ALTER TABLE scans ADD COLUMN rejection TEXT"_s)) {
        m_error = u"cannot update the gate queue %1"_s.arg(fileName);
        return false;
    }
    return true;
}

std::optional<RedemptionQueue::Entry> RedemptionQueue::redemptionOf(quint64 ticketId) const
{
    const QString id = TicketCrypto::ticketIdToText(ticketId);
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(u"SELECT gate, nonce, scanned_at, uploaded FROM scans WHERE ticket_id = ? AND withdrawn = 0 "
                  "UNION ALL SELECT gate, nonce, redeemed_at, 1 FROM known WHERE ticket_id = ? "
                  "ORDER BY 3 LIMIT 1"_s);
    query.addBindValue(id);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return Entry {ticketId, query.value(0).toString(), query.value(1).toString(),
        QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), QTimeZone::UTC), query.value(3).toBool(), {}, {}};
}

bool RedemptionQueue::recordScan(const Entry &entry)
{
    if (redemptionOf(entry.ticketId))
        return false;
    return exec(u"INSERT INTO scans (nonce, ticket_id, gate, scanned_at, code, uploaded) VALUES (?, ?, ?, ?, ?, ?)"_s,
        {entry.nonce, TicketCrypto::ticketIdToText(entry.ticketId), entry.gate, entry.scannedAt.toMSecsSinceEpoch(),
            entry.code, entry.uploaded ? 1 : 0});
}

bool RedemptionQueue::markUploaded(const QString &nonce, const Redemption &serverAnswer)
{
    if (serverAnswer.accepted && serverAnswer.nonce == nonce)
        return exec(u"UPDATE scans SET uploaded = 1 WHERE nonce = ?"_s, {nonce});
    // The backend had an earlier entry: ours does not count, theirs is remembered.
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    const bool ok = exec(u"UPDATE scans SET uploaded = 1, withdrawn = 1 WHERE nonce = ?"_s, {nonce})
        && exec(u"INSERT OR REPLACE INTO known (ticket_id, gate, redeemed_at, nonce) VALUES (?, ?, ?, ?)"_s,
            {TicketCrypto::ticketIdToText(serverAnswer.ticketId), serverAnswer.gate,
                serverAnswer.redeemedAt.toMSecsSinceEpoch(), serverAnswer.nonce});
    return ok ? db.commit() : (db.rollback(), false);
}

bool RedemptionQueue::withdraw(const QString &nonce)
{
    return exec(u"UPDATE scans SET uploaded = 1, withdrawn = 1 WHERE nonce = ?"_s, {nonce});
}

bool RedemptionQueue::reject(const QString &nonce, const QString &rejection)
{
    return exec(u"UPDATE scans SET uploaded = 1, rejection = ? WHERE nonce = ?"_s, {rejection, nonce});
}

QList<RedemptionQueue::Entry> RedemptionQueue::rejected() const
{
    QList<Entry> entries;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.exec(u"SELECT ticket_id, gate, nonce, scanned_at, code, rejection FROM scans WHERE rejection IS NOT NULL "
               "ORDER BY scanned_at"_s);
    while (query.next()) {
        if (const auto id = TicketCrypto::ticketIdFromText(query.value(0).toString())) {
            entries.append({*id, query.value(1).toString(), query.value(2).toString(),
                QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), QTimeZone::UTC), true,
                query.value(4).toString(), query.value(5).toString()});
        }
    }
    return entries;
}

bool RedemptionQueue::addKnown(const Redemption &redemption)
{
    if (!redemption.accepted)
        return true;
    // The earliest entry is the one that counts (offline gates upload in any order).
    return exec(u"INSERT INTO known (ticket_id, gate, redeemed_at, nonce) VALUES (?, ?, ?, ?) ON CONFLICT (ticket_id)"
                " DO UPDATE SET gate = excluded.gate, redeemed_at = excluded.redeemed_at, nonce = excluded.nonce"
                " WHERE excluded.redeemed_at < known.redeemed_at"_s,
        {TicketCrypto::ticketIdToText(redemption.ticketId), redemption.gate, redemption.redeemedAt.toMSecsSinceEpoch(),
            redemption.nonce});
}

QList<RedemptionQueue::Entry> RedemptionQueue::pending() const
{
    QList<Entry> entries;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.exec(u"SELECT ticket_id, gate, nonce, scanned_at, code FROM scans WHERE uploaded = 0 AND withdrawn = 0 "
               "ORDER BY scanned_at"_s);
    while (query.next()) {
        const auto id = TicketCrypto::ticketIdFromText(query.value(0).toString());
        if (id) {
            entries.append({*id, query.value(1).toString(), query.value(2).toString(),
                QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), QTimeZone::UTC), false,
                query.value(4).toString(), {}});
        }
    }
    return entries;
}

int RedemptionQueue::acceptedHere() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.exec(u"SELECT COUNT(*) FROM scans WHERE withdrawn = 0"_s);
    return query.next() ? query.value(0).toInt() : 0;
}

QString RedemptionQueue::value(const QString &key) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    query.addBindValue(key);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

bool RedemptionQueue::setValue(const QString &key, const QString &value)
{
    return exec(u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s, {key, value});
}
