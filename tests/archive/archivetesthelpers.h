// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/zipdirectory.h"
#include "competition/bracketstore.h"
#include "registration/eventcontroller.h"
#include "registration/playercontroller.h"
#include "store/schema.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtEndian>

namespace archivetest {

using namespace Qt::StringLiterals;
using namespace omnium::engine;

inline Result win(int slot, int bestOf)
{
    Result result;
    result.winner = slot;
    for (int i = 0; i < bestOf / 2 + 1; ++i)
        result.games.push_back(Game {{slot == 0 ? 1 : 0, slot == 1 ? 1 : 0}, "map"});
    return result;
}

// Plays every ready match of an event (slot 1 wins every other match); returns how many.
inline int playAll(BracketStore &brackets, qint64 event, int limit = 100000)
{
    QString error;
    int played = 0;
    for (; played < limit;) {
        const auto loaded = brackets.load(event, &error);
        if (!loaded)
            return -1;
        const Match *ready = nullptr;
        for (const auto &match : loaded->state.phases().front().matches) {
            if (match.state == MatchState::Ready) {
                ready = &match;
                break;
            }
        }
        if (!ready)
            break;
        if (!brackets.report(event, ready->id, win(0, ready->bestOf), {}, &error))
            return -1;
        ++played;
    }
    return played;
}

// A played tournament "Weekly" (double elimination of 8, a team with a logo, a station, a
// player with a photo) and a second tournament "Other" (round robin of 4 sharing players,
// half played). Returns the two tournament ids.
inline std::pair<qint64, qint64> buildPlayedDatabase(Store &store)
{
    PlayerController players(store);
    EventController events(store);
    BracketStore brackets(store);
    QList<qint64> ids;
    for (int i = 1; i <= 12; ++i)
        ids << players.addPlayer(
            {{u"tag"_s, u"Joueur %1"_s.arg(i)}, {u"name"_s, u"Élise %1"_s.arg(i)}, {u"country"_s, u"FR"_s}});
    const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(300, 'p');
    store.run(CommandLabel::verbatim(u"media"_s), [&](StoreTransaction &tx) {
        tx.update(u"players"_s, ids.at(0), -1, {{u"photo"_s, png}});
        const qint64 team = tx.insert(u"teams"_s, {{u"name"_s, u"Vélo Club"_s}, {u"logo"_s, png}});
        tx.insert(u"team_members"_s, {{u"team_id"_s, team}, {u"player_id"_s, ids.at(0)}, {u"role"_s, u"captain"_s}});
        tx.insert(u"team_members"_s, {{u"team_id"_s, team}, {u"player_id"_s, ids.at(1)}});
    });
    const qint64 weekly = events.addTournament({{u"name"_s, u"Weekly"_s}, {u"startsOn"_s, u"2026-11-28"_s}});
    const qint64 sf6 = events.addEvent(weekly, {{u"name"_s, u"SF6"_s}});
    for (int i = 0; i < 8; ++i)
        events.registerPlayer(sf6, ids.at(i));
    store.run(CommandLabel::verbatim(u"station"_s), [&](StoreTransaction &tx) {
        tx.insert(u"stations"_s, {{u"tournament_id"_s, weekly}, {u"number"_s, 1}, {u"name"_s, u"Stream"_s}});
    });
    PhaseConfig config;
    config.format = Format::DoubleElimination;
    config.bestOf = 3;
    QString error;
    brackets.createPhase(sf6, u"Main"_s, config, &error);
    playAll(brackets, sf6);

    const qint64 other = events.addTournament({{u"name"_s, u"Other"_s}, {u"startsOn"_s, u"2026-12-05"_s}});
    const qint64 tekken = events.addEvent(other, {{u"name"_s, u"Tekken"_s}});
    for (int i = 8; i < 12; ++i)
        events.registerPlayer(tekken, ids.at(i));
    PhaseConfig rr;
    rr.format = Format::RoundRobin;
    brackets.createPhase(tekken, u"Pool"_s, rr, &error);
    playAll(brackets, tekken, 3);
    return {weekly, other};
}

// Every domain table's rows (bookkeeping columns left out), ids and references translated
// through idMap (old -> new, per table) when given, sorted: equal dumps mean equal data.
inline QStringList dumpTables(Store &store, const QHash<QString, QHash<qint64, qint64>> &idMap = {})
{
    QHash<QString, QHash<QString, QString>> keys;
    for (const auto &target : Schema::domainTables()) {
        for (const auto &reference : Schema::referencesTo(target))
            keys[reference.table].insert(reference.column, target);
    }
    const auto translate = [&idMap](const QString &table, const QVariant &value) {
        if (value.isNull() || !idMap.contains(table))
            return value.toString();
        return QString::number(idMap.value(table).value(value.toLongLong(), -1));
    };
    QStringList dump;
    for (const auto &table : Schema::domainTables()) {
        auto query = store.select(u"SELECT * FROM %1"_s.arg(table));
        const auto record = query.record();
        while (query.next()) {
            QStringList fields {table};
            for (int i = 0; i < record.count(); ++i) {
                const auto column = record.fieldName(i);
                if (column == u"created_at"_s || column == u"updated_at"_s || column == u"version"_s)
                    continue;
                QVariant value = query.value(i);
                QString text;
                if (column == u"id"_s)
                    text = translate(table, value);
                else if (keys.value(table).contains(column))
                    text = translate(keys.value(table).value(column), value);
                else if (table == u"matches"_s && column.endsWith(u"_source_ref"_s)) {
                    const auto kind = query.value(column.left(5) + u"_source_kind"_s).toString();
                    text = (kind == u"winner"_s || kind == u"loser"_s) ? translate(u"matches"_s, value)
                                                                       : value.toString();
                } else if (value.typeId() == QMetaType::QByteArray)
                    text = QString::fromLatin1(value.toByteArray().toBase64());
                else
                    text = value.isNull() ? u"NULL"_s : value.toString();
                fields << column + u'=' + text;
            }
            dump << fields.join(u'|');
        }
    }
    dump.sort();
    return dump;
}

// A zip written byte by byte, so a test can make any entry a real archiver would refuse to
// write: odd names, links, duplicates, lying sizes.
struct RawZipEntry {
    QByteArray name;
    QByteArray data;
    bool deflate = false;
    quint32 unixMode = 0100644;
    qint64 declaredSize = -1; // -1: the real size
    QByteArray checkedData {}; // what the CRC-32 is computed from (empty: data); data changed after zipping
};

inline QByteArray rawDeflate(const QByteArray &data)
{
    const QByteArray zlib = qCompress(data, 9); // 4-byte length, 2-byte zlib header, deflate, adler-32
    return zlib.mid(6, zlib.size() - 6 - 4);
}

inline QByteArray writeRawZip(const QList<RawZipEntry> &entries)
{
    QByteArray out;
    QByteArray central;
    const auto put16 = [](QByteArray &b, quint16 v) {
        char c[2];
        qToLittleEndian(v, c);
        b.append(c, 2);
    };
    const auto put32 = [](QByteArray &b, quint32 v) {
        char c[4];
        qToLittleEndian(v, c);
        b.append(c, 4);
    };
    for (const auto &entry : entries) {
        const QByteArray stored = entry.deflate ? rawDeflate(entry.data) : entry.data;
        const QByteArray &checked = entry.checkedData.isEmpty() ? entry.data : entry.checkedData;
        const quint32 crc = ZipDirectory::crc32(0, checked.constData(), checked.size());
        const quint32 size = quint32(entry.declaredSize >= 0 ? entry.declaredSize : entry.data.size());
        const quint32 offset = quint32(out.size());
        const auto header = [&](QByteArray &b, bool isCentral) {
            put32(b, isCentral ? 0x02014b50 : 0x04034b50);
            if (isCentral)
                put16(b, (3 << 8) | 20); // made by Unix
            put16(b, 20);
            put16(b, 0x0800); // UTF-8 names
            put16(b, entry.deflate ? 8 : 0);
            put16(b, 0);
            put16(b, 0x21);
            put32(b, crc);
            put32(b, quint32(stored.size()));
            put32(b, size);
            put16(b, quint16(entry.name.size()));
            put16(b, 0);
            if (isCentral) {
                put16(b, 0);
                put16(b, 0);
                put16(b, 0);
                put32(b, entry.unixMode << 16);
                put32(b, offset);
            }
            b.append(entry.name);
        };
        header(out, false);
        out.append(stored);
        header(central, true);
    }
    const quint32 centralOffset = quint32(out.size());
    out.append(central);
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(entries.size()));
    put16(out, quint16(entries.size()));
    put32(out, quint32(central.size()));
    put32(out, centralOffset);
    put16(out, 0);
    return out;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs statements on a database file through a connection of its own; with counts, the
// domain tables' row counts afterwards.
inline bool execOn(const QString &path, const QStringList &statements, QMap<QString, qint64> *counts = nullptr)
{
    const QString name = u"tst-edit"_s;
    bool ok = true;
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (const auto &statement : statements) {
            if (ok && !query.exec(statement)) {
                qWarning() << statement << query.lastError().text();
                ok = false;
            }
        }
        if (ok && counts) {
            for (const auto &table : Schema::domainTables()) {
                if (query.exec(u"SELECT COUNT(*) FROM %1"_s.arg(table)) && query.next())
                    counts->insert(table, query.value(0).toLongLong());
            }
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// An archive's entries (database first, manifest last) with statements run on its database
// (in a scratch file), the manifest's size and SHA-256 (and, with recount, its row counts)
// following: what someone who edits an archive on purpose makes. Empty if an edit failed.
inline QByteArray withSnapshot(
    QList<RawZipEntry> entries, const QString &scratch, const QStringList &statements, bool recount = false)
{
    if (!writeFile(scratch, entries[0].data))
        return {};
    QMap<QString, qint64> counts;
    if (!execOn(scratch, statements, recount ? &counts : nullptr))
        return {};
    entries[0].data = readFile(scratch);
    auto json = QJsonDocument::fromJson(entries.last().data).object();
    auto list = json.value(u"entries"_s).toArray();
    auto database = list.at(0).toObject();
    database.insert(u"size"_s, entries[0].data.size());
    database.insert(u"sha256"_s,
        QString::fromLatin1(QCryptographicHash::hash(entries[0].data, QCryptographicHash::Sha256).toHex()));
    list.replace(0, database);
    json.insert(u"entries"_s, list);
    if (recount) {
        QJsonObject countObject;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            countObject.insert(it.key(), it.value());
        json.insert(u"counts"_s, countObject);
    }
    entries.last().data = QJsonDocument(json).toJson();
    return writeRawZip(entries);
}

} // namespace archivetest
