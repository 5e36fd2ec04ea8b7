// SPDX-License-Identifier: GPL-3.0-or-later
#include "archiveimporter.h"

#include "core/logging.h"
#include "databasecheck.h"
#include "registration/playerimport.h"
#include "store/database.h"
#include "store/schema.h"
#include "store/store.h"

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KZip>

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace {

// (table, column) -> the table its ids point at, from the schema's references.
QHash<QString, QHash<QString, QString>> foreignKeys()
{
    QHash<QString, QHash<QString, QString>> keys;
    for (const auto &target : Schema::domainTables()) {
        for (const auto &reference : Schema::referencesTo(target))
            keys[reference.table].insert(reference.column, target);
    }
    return keys;
}

// The domain tables with every referenced table before the tables pointing at it (the
// schema's list is in creation order, and a later migration can add a table an earlier one
// points at, e.g. print_log.staff_id).
QStringList insertionOrder(const QHash<QString, QHash<QString, QString>> &keys)
{
    QStringList order;
    QStringList left = Schema::domainTables();
    while (!left.isEmpty()) {
        const auto before = left.size();
        for (auto it = left.begin(); it != left.end();) {
            const auto targets = keys.value(*it).values();
            const bool ready = std::all_of(targets.cbegin(), targets.cend(),
                [&](const QString &target) { return target == *it || order.contains(target); });
            if (ready) {
                order << *it;
                it = left.erase(it);
            } else {
                ++it;
            }
        }
        if (left.size() == before) { // a cycle: keep the schema's order for the rest
            order << left;
            break;
        }
    }
    return order;
}

// The largest value of a column an import reads: a photo or logo, or anything else (text,
// a bracket's JSON).
constexpr qint64 maxBlobBytes = 8 << 20;
constexpr qint64 maxValueBytes = 16 << 20;

// The rules a row would meet if typed in the app (PlayerImport::checkPlayer and the names of
// teams, tournaments, events and staff), normalising it the same way; what is wrong, or empty.
QString rowProblem(const QString &table, QVariantMap &values)
{
    if (table == u"players"_s)
        return PlayerImport::checkPlayer(values).join(u"; "_s);
    const auto name = [&](const QString &column, const QString &what, qsizetype maxLength) {
        const QString text = values.value(column).toString();
        if (column == u"name"_s && text.trimmed().isEmpty())
            return QCoreApplication::translate("Archive", "%1 is empty").arg(what);
        return textProblem(text, what, maxLength);
    };
    QStringList problems;
    if (table == u"teams"_s)
        problems << name(u"name"_s, QCoreApplication::translate("Archive", "the team name"), 64)
                 << name(u"tag"_s, QCoreApplication::translate("Archive", "the team tag"), 64);
    else if (table == u"tournaments"_s)
        problems << name(u"name"_s, QCoreApplication::translate("Archive", "the tournament name"), 128);
    else if (table == u"events"_s)
        problems << name(u"name"_s, QCoreApplication::translate("Archive", "the event name"), 128);
    else if (table == u"staff"_s)
        problems << name(u"name"_s, QCoreApplication::translate("Archive", "the name"), 128)
                 << name(u"organisation"_s, QCoreApplication::translate("Archive", "the organisation"), 128);
    problems.removeAll(QString());
    return problems.join(u"; "_s);
}

bool isBookkeeping(const QString &column)
{
    return column == u"id"_s || column == u"created_at"_s || column == u"updated_at"_s || column == u"version"_s;
}

} // namespace

ArchiveImporter::ArchiveImporter(const ArchiveLimits &limits)
    : m_limits(limits)
{ }

ArchiveImporter::~ArchiveImporter() = default;

ArchiveError ArchiveImporter::open(const QString &path, const ArchiveProgress &progress)
{
    m_manifest = {};
    m_databasePath.clear();
    m_archivePath = path;
    m_temp = std::make_unique<QTemporaryDir>();
    if (!m_temp->isValid())
        return ArchiveError::make(ArchiveError::Kind::Io,
            QCoreApplication::translate("Archive", "No temporary folder could be created: %1")
                .arg(m_temp->errorString()));
    if (auto error = extract(path, progress)) {
        m_temp.reset();
        qCInfo(lcArchive) << "refused" << path << ArchiveError::kindName(error.kind) << error.message;
        return error;
    }
    return {};
}

ArchiveError ArchiveImporter::extract(const QString &zipPath, const ArchiveProgress &progress)
{
    using enum ArchiveError::Kind;
    ZipDirectory directory;
    if (auto error = directory.read(zipPath, m_limits))
        return error;
    const auto manifestName = QString::fromLatin1(ArchiveManifest::fileName);
    const auto databaseName = QString::fromLatin1(ArchiveManifest::databaseEntry);
    const ZipDirectory::Entry *manifestEntry = nullptr;
    qint64 total = 0;
    for (const auto &entry : directory.entries()) {
        if (entry.name == manifestName)
            manifestEntry = &entry;
        total += entry.size;
    }
    if (!manifestEntry)
        return ArchiveError::make(BadManifest,
            QCoreApplication::translate(
                "Archive", "%1 has no manifest.json: it is a zip file, but not an Omnium archive.")
                .arg(QFileInfo(zipPath).fileName()));
    if (manifestEntry->size > (1 << 24))
        return ArchiveError::make(
            TooLarge, QCoreApplication::translate("Archive", "The archive's manifest.json is implausibly large."));

    KZip zip(zipPath);
    if (!zip.open(QIODevice::ReadOnly))
        return ArchiveError::make(
            Damaged, QCoreApplication::translate("Archive", "The archive cannot be read: %1").arg(zip.errorString()));

    qint64 done = 0;
    QByteArray chunk(1 << 20, Qt::Uninitialized); // one buffer for every entry
    // Inflates one entry, never more than it declares, checking its CRC; returns its SHA-256.
    const auto readEntry = [&](const ZipDirectory::Entry &entry, QIODevice *sink, QByteArray *sha256) -> ArchiveError {
        const KArchiveFile *file = zip.directory()->file(entry.name);
        if (!file)
            return ArchiveError::make(Damaged,
                QCoreApplication::translate("Archive", "The archive entry \"%1\" cannot be read.").arg(entry.name));
        std::unique_ptr<QIODevice> device(file->createDevice());
        if (!device || (!device->isOpen() && !device->open(QIODevice::ReadOnly)))
            return ArchiveError::make(Damaged,
                QCoreApplication::translate("Archive", "The archive entry \"%1\" cannot be read.").arg(entry.name));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        quint32 crc = 0;
        qint64 size = 0;
        for (;;) {
            const qint64 n = device->read(chunk.data(), chunk.size());
            if (n < 0)
                return ArchiveError::make(Damaged,
                    QCoreApplication::translate(
                        "Archive", "The archive entry \"%1\" is damaged: its compressed data cannot be unpacked.")
                        .arg(entry.name));
            if (n == 0)
                break;
            size += n;
            if (size > entry.size)
                return ArchiveError::make(Bomb,
                    QCoreApplication::translate(
                        "Archive", "The archive entry \"%1\" unpacks to more than the %2 bytes it declares: refused.")
                        .arg(entry.name)
                        .arg(entry.size));
            crc = ZipDirectory::crc32(crc, chunk.constData(), n);
            hash.addData(QByteArrayView(chunk.constData(), n));
            if (sink && sink->write(chunk.constData(), n) != n)
                return ArchiveError::make(Io,
                    QCoreApplication::translate("Archive", "Unpacking the archive failed: %1")
                        .arg(sink->errorString()));
            done += n;
            if (progress && !progress(done, total))
                return ArchiveError::make(
                    Cancelled, QCoreApplication::translate("Archive", "The import was cancelled."));
        }
        if (size != entry.size || crc != entry.crc)
            return ArchiveError::make(Damaged,
                QCoreApplication::translate("Archive",
                    "The archive entry \"%1\" is damaged (its data does not match the zip's check sum); the file was "
                    "probably corrupted while copied.")
                    .arg(entry.name));
        *sha256 = hash.result().toHex();
        return {};
    };

    QByteArray manifestBytes;
    {
        QBuffer buffer(&manifestBytes);
        buffer.open(QIODevice::WriteOnly);
        QByteArray sha;
        if (auto error = readEntry(*manifestEntry, &buffer, &sha))
            return error;
    }
    ArchiveError manifestError;
    m_manifest = ArchiveManifest::fromJson(manifestBytes, &manifestError);
    if (manifestError)
        return manifestError;

    QSet<QString> listed;
    for (const auto &entry : std::as_const(m_manifest.entries))
        listed.insert(entry.name);
    QSet<QString> present;
    for (const auto &entry : directory.entries()) {
        if (entry.isDirectory() || entry.name == manifestName)
            continue;
        present.insert(entry.name);
        const auto *expected = m_manifest.entry(entry.name);
        if (!expected)
            return ArchiveError::make(BadManifest,
                QCoreApplication::translate(
                    "Archive", "The archive entry \"%1\" is not listed in its manifest; the archive was altered.")
                    .arg(entry.name));
        QFile out(m_temp->filePath(databaseName));
        const bool isDatabase = entry.name == databaseName;
        if (isDatabase && !out.open(QIODevice::WriteOnly))
            return ArchiveError::make(
                Io, QCoreApplication::translate("Archive", "Unpacking the archive failed: %1").arg(out.errorString()));
        QByteArray sha;
        if (auto error = readEntry(entry, isDatabase ? &out : nullptr, &sha))
            return error;
        if (sha != expected->sha256.toLatin1() || entry.size != expected->size)
            return ArchiveError::make(ChecksumMismatch,
                QCoreApplication::translate("Archive",
                    "The archive entry \"%1\" is damaged: it does not match the SHA-256 sum in its manifest.")
                    .arg(entry.name));
    }
    for (const auto &name : std::as_const(listed)) {
        if (!present.contains(name))
            return ArchiveError::make(BadManifest,
                QCoreApplication::translate("Archive", "The archive is incomplete: \"%1\" is missing.").arg(name));
    }

    // The database itself, before anything runs on it: read-only and defensive, its whole
    // schema Omnium's for its version (no trigger, view or column of its own), its version the
    // manifest's. Only then is an older one migrated (in the private copy).
    m_databasePath = m_temp->filePath(databaseName);
    const auto check = DatabaseCheck::check(m_databasePath);
    if (check.schemaVersion > Schema::latestVersion())
        return ArchiveError::make(NewerVersion,
            QCoreApplication::translate("Archive",
                "The archive's database was written by a newer version of Omnium. Update Omnium to import it."));
    if (!check.problem.isEmpty())
        return ArchiveError::make(ForeignSchema,
            QCoreApplication::translate(
                "Archive", "The archive's database is not one Omnium wrote, so it is refused: %1.")
                .arg(check.problem));
    if (check.schemaVersion != m_manifest.schemaVersion)
        return ArchiveError::make(BadManifest,
            QCoreApplication::translate("Archive",
                "The archive is inconsistent: its manifest says database schema %1, its database is schema %2.")
                .arg(m_manifest.schemaVersion)
                .arg(check.schemaVersion));
    Database database;
    if (const auto error = database.open(m_databasePath)) {
        if (error.kind == StoreError::Kind::TooNew)
            return ArchiveError::make(NewerVersion,
                QCoreApplication::translate("Archive",
                    "The archive's database was written by a newer version of Omnium. Update Omnium to import it."));
        return ArchiveError::make(Damaged,
            QCoreApplication::translate("Archive", "The archive's database cannot be opened: %1").arg(error.message));
    }
    const QString integrity = database.dialect().integrityCheck(database.connection());
    if (integrity != u"ok"_s) {
        database.close();
        return ArchiveError::make(Damaged,
            QCoreApplication::translate("Archive", "The archive's database is damaged: %1").arg(integrity.left(200)));
    }
    // Exactly the rows the manifest announces: nothing more is imported than what was shown.
    for (const auto &table : Schema::domainTables()) {
        QSqlQuery count(database.connection());
        const qint64 rows
            = count.exec(u"SELECT COUNT(*) FROM %1"_s.arg(table)) && count.next() ? count.value(0).toLongLong() : -1;
        const qint64 announced = m_manifest.counts.value(table);
        if (rows != announced) {
            database.close();
            return ArchiveError::make(BadManifest,
                QCoreApplication::translate("Archive",
                    "The archive is inconsistent: its manifest announces %1 rows of %2, its database holds %3.")
                    .arg(announced)
                    .arg(table)
                    .arg(rows));
        }
    }
    // Bounded memory: no value is read whole that no one could have typed or attached (a
    // 100 MB "notes" took 1.1 GB to import). Measured by SQLite, before any row is loaded.
    for (const auto &table : Schema::domainTables()) {
        QSqlQuery columns(database.connection());
        columns.exec(u"SELECT name FROM pragma_table_info('%1')"_s.arg(table));
        while (columns.next()) {
            const QString column = columns.value(0).toString();
            const qint64 limit = Schema::isBlobColumn(column) ? maxBlobBytes : maxValueBytes;
            QSqlQuery longest(database.connection());
            if (longest.exec(
                    u"SELECT id, octet_length(%1) AS size FROM %2 ORDER BY size DESC LIMIT 1"_s.arg(column, table))
                && longest.next() && longest.value(1).toLongLong() > limit) {
                const auto error = ArchiveError::make(TooLarge,
                    QCoreApplication::translate("Archive",
                        "The archive's %1 row %2 holds %4 kB in %3, over the %5 kB anyone types or attaches: refused.")
                        .arg(table)
                        .arg(longest.value(0).toLongLong())
                        .arg(column)
                        .arg(longest.value(1).toLongLong() / 1000)
                        .arg(limit / 1000));
                longest.finish();
                columns.finish();
                database.close();
                return error;
            }
        }
    }
    database.close();
    return {};
}

ArchiveError ArchiveImporter::saveDatabaseAs(const QString &path)
{
    if (m_databasePath.isEmpty())
        return ArchiveError::make(
            ArchiveError::Kind::Io, QCoreApplication::translate("Archive", "No archive is open."));
    Database database;
    if (const auto error = database.open(m_databasePath))
        return ArchiveError::make(ArchiveError::Kind::Io, error.message);
    const auto error = database.dialect().backup(database.connection(), path);
    database.close();
    if (error)
        return ArchiveError::make(ArchiveError::Kind::Io, error.message);
    return {};
}

ArchiveError ArchiveImporter::importInto(
    Store &store, PlayerPolicy policy, const ArchiveProgress &progress, IdMap *idMap)
{
    using enum ArchiveError::Kind;
    if (m_databasePath.isEmpty())
        return ArchiveError::make(Io, QCoreApplication::translate("Archive", "No archive is open."));
    Database source;
    if (const auto error = source.open(m_databasePath))
        return ArchiveError::make(Io, error.message);

    qint64 total = 0;
    for (const auto &table : Schema::domainTables())
        total += m_manifest.counts.value(table);
    const auto keys = foreignKeys();
    IdMap map;
    bool cancelled = false;
    const CommandLabel label = m_manifest.tournaments.size() == 1
        ? CommandLabel(
              "Archive", QT_TRANSLATE_NOOP("Archive", "Import of %1"), {m_manifest.tournaments.constFirst().name})
        : CommandLabel("Archive", QT_TRANSLATE_NOOP("Archive", "Import of an archive"));

    const auto error = store.run(label, [&](StoreTransaction &tx) {
        tx.destructive(u"import"_s); // a backup of the state before (the store's hook)
        // Existing players and teams, for merging by id and tag (or name).
        QHash<QString, qint64> playersByTag;
        QHash<qint64, QString> tagById;
        QHash<QString, qint64> teamsByName;
        QSet<std::pair<qint64, qint64>> memberships;
        if (policy == PlayerPolicy::Merge) {
            auto players = tx.select(u"SELECT id, tag FROM players ORDER BY id"_s);
            while (players.next()) {
                const auto tag = players.value(1).toString().toCaseFolded();
                tagById.insert(players.value(0).toLongLong(), tag);
                if (!playersByTag.contains(tag))
                    playersByTag.insert(tag, players.value(0).toLongLong());
            }
            auto teams = tx.select(u"SELECT id, name FROM teams ORDER BY id"_s);
            while (teams.next())
                teamsByName.insert(teams.value(1).toString().toCaseFolded(), teams.value(0).toLongLong());
            auto members = tx.select(u"SELECT team_id, player_id FROM team_members"_s);
            while (members.next())
                memberships.insert({members.value(0).toLongLong(), members.value(1).toLongLong()});
        }

        // Badge ids are unique across players and staff: one the database already has belongs
        // to the badge printed for that row. Under Merge a staff member with it is the same
        // person (merged); otherwise the imported row loses it and gets a new one when printed.
        QSet<QString> badgeIds;
        QHash<QString, qint64> staffByBadge;
        for (const auto &table : {u"players"_s, u"staff"_s}) {
            auto existing = tx.select(u"SELECT id, badge_id FROM %1 WHERE badge_id IS NOT NULL"_s.arg(table));
            while (existing.next()) {
                badgeIds.insert(existing.value(1).toString());
                if (table == u"staff"_s)
                    staffByBadge.insert(existing.value(1).toString(), existing.value(0).toLongLong());
            }
        }

        qint64 done = 0;
        QList<std::tuple<qint64, QString, qint64>> sourceRefs; // new match id, column, old referenced match id
        for (const auto &table : insertionOrder(keys)) {
            auto &ids = map[table];
            const auto &tableKeys = keys.value(table);
            QSqlQuery rows(source.connection());
            rows.setForwardOnly(true);
            if (!rows.exec(u"SELECT * FROM %1 ORDER BY id"_s.arg(table)))
                tx.fail(StoreError::Kind::Corrupt,
                    QCoreApplication::translate("Archive", "The archive's %1 cannot be read.").arg(table));
            const auto record = rows.record();
            if (progress && !progress(done, total)) {
                cancelled = true;
                tx.fail(StoreError::Kind::Other, QCoreApplication::translate("Archive", "The import was cancelled."));
            }
            while (rows.next()) {
                const qint64 oldId = rows.value(0).toLongLong();
                QVariantMap values;
                for (int i = 0; i < record.count(); ++i) {
                    const QString column = record.fieldName(i);
                    if (isBookkeeping(column))
                        continue;
                    QVariant value = rows.value(i);
                    const QString target = tableKeys.value(column);
                    if (!target.isEmpty() && !value.isNull()) {
                        const auto it = map.value(target).constFind(value.toLongLong());
                        if (it == map.value(target).constEnd())
                            tx.fail(StoreError::Kind::Invalid,
                                QCoreApplication::translate(
                                    "Archive", "The archive's %1 row %2 refers to a missing %3 row.")
                                    .arg(table)
                                    .arg(oldId)
                                    .arg(target));
                        value = *it;
                    }
                    values.insert(column, value);
                }
                if (const QString problem = rowProblem(table, values); !problem.isEmpty())
                    tx.fail(StoreError::Kind::Invalid,
                        QCoreApplication::translate("Archive", "The archive's %1 row %2 is refused: %3.")
                            .arg(table)
                            .arg(oldId)
                            .arg(problem));
                qint64 newId = 0;
                const QString badgeId = values.value(u"badge_id"_s).toString();
                if (policy == PlayerPolicy::Merge && table == u"staff"_s)
                    newId = staffByBadge.value(badgeId);
                if (policy == PlayerPolicy::Merge && table == u"players"_s) {
                    const auto tag = values.value(u"tag"_s).toString().toCaseFolded();
                    if (tagById.value(oldId) == tag)
                        newId = oldId;
                    else
                        newId = playersByTag.value(tag);
                } else if (policy == PlayerPolicy::Merge && table == u"teams"_s) {
                    newId = teamsByName.value(values.value(u"name"_s).toString().toCaseFolded());
                } else if (policy == PlayerPolicy::Merge && table == u"team_members"_s) {
                    const std::pair<qint64, qint64> key {
                        values.value(u"team_id"_s).toLongLong(), values.value(u"player_id"_s).toLongLong()};
                    if (memberships.contains(key)) {
                        ++done;
                        continue; // already a member: nothing to add
                    }
                }
                if (newId == 0 && !badgeId.isEmpty()) {
                    if (badgeIds.contains(badgeId))
                        values.insert(u"badge_id"_s, QVariant());
                    badgeIds.insert(badgeId);
                }
                if (newId == 0)
                    newId = tx.insert(table, values);
                ids.insert(oldId, newId);
                if (table == u"matches"_s) {
                    for (const auto &slot : {u"slot1"_s, u"slot2"_s}) {
                        const auto kind = values.value(slot + u"_source_kind"_s).toString();
                        if (kind == u"winner"_s || kind == u"loser"_s)
                            sourceRefs.append(
                                {newId, slot + u"_source_ref"_s, values.value(slot + u"_source_ref"_s).toLongLong()});
                    }
                }
                if ((++done & 255) == 0 && progress && !progress(done, total)) {
                    cancelled = true;
                    tx.fail(
                        StoreError::Kind::Other, QCoreApplication::translate("Archive", "The import was cancelled."));
                }
            }
        }
        // "Winner of" / "loser of" point at matches, known only now that all have new ids.
        const auto &matches = map.value(u"matches"_s);
        for (const auto &[matchId, column, oldRef] : std::as_const(sourceRefs)) {
            const qint64 newRef = matches.value(oldRef);
            if (newRef == 0)
                tx.fail(StoreError::Kind::Invalid,
                    QCoreApplication::translate("Archive", "The archive's match %1 comes from a missing match.")
                        .arg(matchId));
            if (newRef != oldRef)
                tx.update(u"matches"_s, matchId, -1, {{column, newRef}});
        }
        if (progress)
            progress(total, total);
    });
    source.close();
    if (error) {
        if (cancelled)
            return ArchiveError::make(
                Cancelled, QCoreApplication::translate("Archive", "The import was cancelled; nothing was added."));
        return ArchiveError::make(StoreRefused,
            QCoreApplication::translate("Archive", "The import was refused and nothing was added: %1")
                .arg(error.message));
    }
    if (idMap)
        *idMap = map;
    qCInfo(lcArchive) << "imported" << m_archivePath << total << "rows";
    return {};
}
