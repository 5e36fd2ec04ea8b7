// SPDX-License-Identifier: GPL-3.0-or-later
#include "archiveexporter.h"

#include "archivemanifest.h"
#include "backupmanager.h"
#include "core/clock.h"
#include "core/logging.h"
#include "store/schema.h"
#include "store/store.h"
#include "tournamentdataexporter.h"

#include <KZip>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

QString mediaExtension(const QByteArray &data)
{
    if (data.startsWith("\x89PNG"))
        return u"png"_s;
    if (data.startsWith("\xFF\xD8\xFF"))
        return u"jpg"_s;
    if (data.startsWith("RIFF") && data.mid(8, 4) == "WEBP")
        return u"webp"_s;
    if (data.startsWith("<svg") || data.startsWith("<?xml"))
        return u"svg"_s;
    return u"bin"_s;
}

// Keeps only one tournament, the players and teams it uses, and what hangs off them. The
// foreign keys' ON DELETE clauses do the cascading; the history of other work goes too, and
// the staff (names, photos, badge ids), whom no tournament needs. A badge id is what a
// printed badge's QR code holds: it leaves only when the organiser asks for it.
ArchiveError trimToTournament(const QString &path, qint64 tournamentId, bool includeBadgeIds)
{
    const QString connection = u"omnium-archive-trim"_s;
    ArchiveError result;
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        if (!db.open())
            return ArchiveError::make(ArchiveError::Kind::Io, db.lastError().text());
        QSqlQuery query(db);
        QStringList statements = {
            u"PRAGMA foreign_keys = ON"_s,
            u"DELETE FROM tournaments WHERE id <> %1"_s.arg(tournamentId),
            // Players who play in it (alone or in an entered team), then teams entered or with such a member.
            u"DELETE FROM players WHERE id NOT IN (SELECT player_id FROM entrants WHERE player_id IS NOT NULL)"
            u" AND id NOT IN (SELECT m.player_id FROM team_members m JOIN entrants e ON e.team_id = m.team_id)"_s,
            u"DELETE FROM teams WHERE id NOT IN (SELECT team_id FROM entrants WHERE team_id IS NOT NULL)"
            u" AND id NOT IN (SELECT team_id FROM team_members)"_s,
            u"DELETE FROM print_log WHERE player_id IS NULL AND entrant_id IS NULL"_s,
            u"DELETE FROM staff"_s,
            u"DELETE FROM command_log"_s,
        };
        if (!includeBadgeIds)
            statements << u"UPDATE players SET badge_id = NULL"_s;
        // A phone link opens a player's page and reports their results: it never leaves the venue.
        statements << u"UPDATE players SET phone_secret = NULL"_s;
        statements << u"VACUUM"_s;
        for (const auto &statement : statements) {
            if (!query.exec(statement)) {
                result = ArchiveError::make(ArchiveError::Kind::Io,
                    QCoreApplication::translate(
                        "Archive", "The tournament could not be separated from the database: %1")
                        .arg(query.lastError().text()));
                break;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

} // namespace

ArchiveExporter::ArchiveExporter(Store &store)
    : m_store(store)
{ }

ArchiveError ArchiveExporter::exportTo(
    const QString &path, qint64 tournamentId, const ArchiveProgress &progress, bool includeBadgeIds)
{
    using enum ArchiveError::Kind;
    QTemporaryDir temp;
    if (!temp.isValid())
        return ArchiveError::make(Io,
            QCoreApplication::translate("Archive", "No temporary folder could be created: %1").arg(temp.errorString()));
    const QString snapshot = temp.filePath(QString::fromLatin1(ArchiveManifest::databaseEntry));

    // VACUUM INTO: one read transaction, so the copy is a single consistent state even while
    // other connections write.
    if (const auto error = BackupManager::snapshot(m_store, snapshot))
        return ArchiveError::make(Io, error.message);
    if (tournamentId != 0) {
        if (auto error = trimToTournament(snapshot, tournamentId, includeBadgeIds))
            return error;
    }

    ArchiveManifest manifest;
    manifest.appVersion = QCoreApplication::applicationVersion();
    manifest.createdAt = m_store.clock().now().toUTC();
    manifest.scope = tournamentId != 0 ? u"tournament"_s : u"database"_s;
    manifest.schemaVersion = Schema::latestVersion();

    // The readable copies and the media, read from the snapshot (not the live database).
    QList<std::pair<QString, QByteArray>> files;
    {
        Store copy(m_store.clock());
        if (const auto error = copy.open(snapshot))
            return ArchiveError::make(Io, error.message);
        if (tournamentId != 0 && !copy.select(u"SELECT id FROM tournaments WHERE id = ?"_s, {tournamentId}).next())
            return ArchiveError::make(
                Io, QCoreApplication::translate("Archive", "The tournament to export no longer exists."));
        for (const auto &table : Schema::domainTables()) {
            auto query = copy.select(u"SELECT COUNT(*) FROM %1"_s.arg(table));
            manifest.counts.insert(table, query.next() ? query.value(0).toLongLong() : 0);
        }
        auto tournaments = copy.select(u"SELECT id, name FROM tournaments ORDER BY id"_s);
        while (tournaments.next())
            manifest.tournaments.append({tournaments.value(0).toLongLong(), tournaments.value(1).toString()});

        TournamentDataExporter data(copy);
        files.append({u"data/players.csv"_s, data.playersCsv()});
        files.append({u"data/results.csv"_s, data.resultsCsv()});
        files.append({u"data/standings.csv"_s, data.standingsCsv()});
        auto events = copy.select(u"SELECT DISTINCT event_id FROM phases ORDER BY event_id"_s);
        while (events.next()) {
            const qint64 eventId = events.value(0).toLongLong();
            QString error;
            const auto json = data.eventJson(eventId, &error);
            if (!json.isEmpty())
                files.append({u"events/event-%1.json"_s.arg(eventId), json});
            else
                qCWarning(lcArchive) << "event" << eventId << "left out of the archive's JSON:" << error;
        }
        auto photos = copy.select(u"SELECT id, photo FROM players WHERE photo IS NOT NULL ORDER BY id"_s);
        while (photos.next()) {
            const auto bytes = photos.value(1).toByteArray();
            files.append(
                {u"media/players/%1.%2"_s.arg(photos.value(0).toLongLong()).arg(mediaExtension(bytes)), bytes});
        }
        auto logos = copy.select(u"SELECT id, logo FROM teams WHERE logo IS NOT NULL ORDER BY id"_s);
        while (logos.next()) {
            const auto bytes = logos.value(1).toByteArray();
            files.append({u"media/teams/%1.%2"_s.arg(logos.value(0).toLongLong()).arg(mediaExtension(bytes)), bytes});
        }
        copy.close();
    }
    QFile::remove(snapshot + u"-wal"_s);
    QFile::remove(snapshot + u"-shm"_s);

    QFile database(snapshot);
    if (!database.open(QIODevice::ReadOnly))
        return ArchiveError::make(Io, database.errorString());
    qint64 total = database.size();
    for (const auto &file : std::as_const(files))
        total += file.second.size();
    qint64 done = 0;

    const QString partPath = path + u".part"_s;
    QFile::remove(partPath);
    KZip zip(partPath);
    if (!zip.open(QIODevice::WriteOnly))
        return ArchiveError::make(
            Io, QCoreApplication::translate("Archive", "%1 cannot be written: %2").arg(path, zip.errorString()));
    zip.setCompression(KZip::DeflateCompression);
    const auto fail = [&](ArchiveError error) {
        zip.close();
        QFile::remove(partPath);
        return error;
    };
    const auto writeFailed = [&] {
        return fail(ArchiveError::make(
            Io, QCoreApplication::translate("Archive", "%1 cannot be written: %2").arg(path, zip.errorString())));
    };
    const auto cancelled = [&] {
        return fail(ArchiveError::make(Cancelled, QCoreApplication::translate("Archive", "The export was cancelled.")));
    };

    // The database, streamed (it can be large), hashed on the way.
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!zip.prepareWriting(QString::fromLatin1(ArchiveManifest::databaseEntry), {}, {}, database.size()))
            return writeFailed();
        QByteArray chunk;
        while (!(chunk = database.read(1 << 20)).isEmpty()) {
            hash.addData(chunk);
            if (!zip.writeData(chunk))
                return writeFailed();
            done += chunk.size();
            if (progress && !progress(done, total))
                return cancelled();
        }
        if (!zip.finishWriting(database.size()))
            return writeFailed();
        manifest.entries.append({QString::fromLatin1(ArchiveManifest::databaseEntry), database.size(),
            QString::fromLatin1(hash.result().toHex())});
    }
    for (const auto &[name, bytes] : std::as_const(files)) {
        if (!zip.writeFile(name, bytes))
            return writeFailed();
        manifest.entries.append({name, bytes.size(),
            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())});
        done += bytes.size();
        if (progress && !progress(done, total))
            return cancelled();
    }
    if (!zip.writeFile(QString::fromLatin1(ArchiveManifest::fileName),
            QJsonDocument(manifest.toJson()).toJson(QJsonDocument::Indented)))
        return writeFailed();
    if (!zip.close()) {
        QFile::remove(partPath);
        return ArchiveError::make(
            Io, QCoreApplication::translate("Archive", "%1 cannot be written: %2").arg(path, zip.errorString()));
    }
    QFile::remove(path);
    if (!QFile::rename(partPath, path)) {
        QFile::remove(partPath);
        return ArchiveError::make(Io, QCoreApplication::translate("Archive", "%1 cannot be written.").arg(path));
    }
    qCInfo(lcArchive) << "exported" << manifest.scope << "archive" << path << total << "bytes";
    return {};
}
