// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/archiveexporter.h"
#include "archive/archiveimporter.h"
#include "archive/archivemanifest.h"
#include "archive/tournamentdataexporter.h"
#include "archivetesthelpers.h"
#include "core/clock.h"

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KZip>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace archivetest;
using Kind = ArchiveError::Kind;

Q_DECLARE_METATYPE(ArchiveError::Kind)

// .omnium archives on real files: a round trip gives back every table, and every kind of bad
// archive is refused with its own message before the database is touched.
class TestArchiveImporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock {QDateTime(QDate(2026, 11, 28), QTime(18, 0), QTimeZone::UTC)};
    std::unique_ptr<Store> m_source;
    qint64 m_weekly = 0;
    QString m_archive; // whole database
    QList<RawZipEntry> m_entries; // the archive's entries, for building hostile variants
    int m_dbNumber = 0;

    std::unique_ptr<Store> emptyStore()
    {
        auto store = std::make_unique<Store>(m_clock);
        const auto error = store->open(m_dir.filePath(u"empty-%1.sqlite"_s.arg(++m_dbNumber)));
        if (error)
            qFatal("cannot open: %s", qPrintable(error.message));
        return store;
    }

    QByteArray withSnapshot(const QStringList &statements, bool recount = false)
    {
        return archivetest::withSnapshot(
            m_entries, m_dir.filePath(u"edit-%1.sqlite"_s.arg(++m_dbNumber)), statements, recount);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_source = std::make_unique<Store>(m_clock);
        QVERIFY(!m_source->open(m_dir.filePath(u"source.sqlite"_s)));
        m_weekly = buildPlayedDatabase(*m_source).first;
        m_archive = m_dir.filePath(u"all.omnium"_s);
        QList<qint64> seen;
        const auto error = ArchiveExporter(*m_source).exportTo(m_archive, 0, [&seen](qint64 done, qint64) {
            seen << done;
            return true;
        });
        QVERIFY2(!error, qPrintable(error.message));
        QVERIFY(!seen.isEmpty());
        QVERIFY(!QFile::exists(m_archive + u".part"_s));

        KZip zip(m_archive);
        QVERIFY(zip.open(QIODevice::ReadOnly));
        ArchiveError manifestError;
        const auto manifest
            = ArchiveManifest::fromJson(zip.directory()->file(u"manifest.json"_s)->data(), &manifestError);
        QVERIFY2(!manifestError, qPrintable(manifestError.message));
        for (const auto &entry : manifest.entries)
            m_entries.append({entry.name.toUtf8(), zip.directory()->file(entry.name)->data(), true});
        m_entries.append({"manifest.json", zip.directory()->file(u"manifest.json"_s)->data(), true});
    }

    // The manifest lists what is inside, with sums, and the readable copies are there.
    void manifestDescribesContents()
    {
        KZip zip(m_archive);
        QVERIFY(zip.open(QIODevice::ReadOnly));
        ArchiveError error;
        const auto manifest = ArchiveManifest::fromJson(zip.directory()->file(u"manifest.json"_s)->data(), &error);
        QCOMPARE(manifest.scope, u"database"_s);
        QCOMPARE(manifest.schemaVersion, Schema::latestVersion());
        QCOMPARE(manifest.tournaments.size(), 2);
        QCOMPARE(manifest.counts.value(u"players"_s), 12);
        QVERIFY(manifest.counts.value(u"matches"_s) > 10);
        QStringList names;
        for (const auto &entry : manifest.entries)
            names << entry.name;
        for (const auto &expected : {u"database.sqlite"_s, u"data/players.csv"_s, u"data/results.csv"_s,
                 u"data/standings.csv"_s, u"media/players/1.png"_s, u"media/teams/1.png"_s})
            QVERIFY2(names.contains(expected), qPrintable(expected));
        QVERIFY(std::any_of(names.begin(), names.end(), [](const QString &n) { return n.startsWith(u"events/"_s); }));
        const QString standings = QString::fromUtf8(zip.directory()->file(u"data/standings.csv"_s)->data());
        QVERIFY(standings.startsWith(u"event,phase,group,placement,entrant"_s));
        QVERIFY(standings.contains(u"SF6,Main,0,1,"_s));
        const auto json = QJsonDocument::fromJson(zip.directory()->file(u"events/event-1.json"_s)->data()).object();
        QVERIFY(!json.isEmpty());
    }

    // Export → import into an empty database → every table identical (ids through the map).
    void roundTripWholeDatabase()
    {
        auto target = emptyStore();
        ArchiveImporter importer;
        auto error = importer.open(m_archive);
        QVERIFY2(!error, qPrintable(error.message));
        ArchiveImporter::IdMap map;
        error = importer.importInto(*target, ArchiveImporter::PlayerPolicy::KeepBoth, {}, &map);
        QVERIFY2(!error, qPrintable(error.message));
        const auto expected = dumpTables(*m_source, map);
        const auto actual = dumpTables(*target);
        QCOMPARE(actual.size(), expected.size());
        QCOMPARE(actual, expected);
        // The brackets and standings read back the same.
        QCOMPARE(TournamentDataExporter(*target).standingsCsv(), TournamentDataExporter(*m_source).standingsCsv());
        // One command: undo takes the whole import back.
        QVERIFY(target->canUndo());
        QVERIFY(target->undo());
        QVERIFY(dumpTables(*target).isEmpty());
    }

    // The archive's database opened on its own is the snapshot itself, ids included.
    void openOnItsOwn()
    {
        ArchiveImporter importer;
        QVERIFY(!importer.open(m_archive));
        const QString copy = m_dir.filePath(u"own.sqlite"_s);
        QVERIFY(!importer.saveDatabaseAs(copy));
        Store own(m_clock);
        QVERIFY(!own.open(copy));
        QCOMPARE(dumpTables(own), dumpTables(*m_source));
    }

    // One tournament: only it and the players/teams it uses; merge or keep both.
    void tournamentArchiveAndPlayerPolicy()
    {
        const QString path = m_dir.filePath(u"weekly.omnium"_s);
        QVERIFY(!ArchiveExporter(*m_source).exportTo(path, m_weekly));
        ArchiveImporter importer;
        QVERIFY(!importer.open(path));
        QCOMPARE(importer.manifest().scope, u"tournament"_s);
        QCOMPARE(importer.manifest().tournaments.size(), 1);
        QCOMPARE(importer.manifest().counts.value(u"players"_s), 8);
        QCOMPARE(importer.manifest().counts.value(u"tournaments"_s), 1);

        auto target = emptyStore();
        QVERIFY(!importer.importInto(*target, ArchiveImporter::PlayerPolicy::KeepBoth));
        QCOMPARE(TournamentDataExporter(*target).standingsCsv(), TournamentDataExporter(*m_source).standingsCsv(1));

        const auto count = [](Store &store, const QString &table) {
            auto query = store.select(u"SELECT COUNT(*) FROM %1"_s.arg(table));
            return query.next() ? query.value(0).toInt() : -1;
        };
        // Into the source itself: merging reuses all 8 players and the team; keeping both adds them.
        const auto before = dumpTables(*m_source);
        QVERIFY(!importer.importInto(*m_source, ArchiveImporter::PlayerPolicy::Merge));
        QCOMPARE(count(*m_source, u"players"_s), 12);
        QCOMPARE(count(*m_source, u"teams"_s), 1);
        QCOMPARE(count(*m_source, u"tournaments"_s), 3);
        QVERIFY(m_source->undo());
        QVERIFY(!importer.importInto(*m_source, ArchiveImporter::PlayerPolicy::KeepBoth));
        QCOMPARE(count(*m_source, u"players"_s), 20);
        QCOMPARE(count(*m_source, u"teams"_s), 2);
        QVERIFY(m_source->undo());
        QCOMPARE(dumpTables(*m_source), before);
    }

    // An archive's rows meet the rules of rows typed in the app: a sound archive whose rows
    // break them is refused at import, naming the row, and nothing is added.
    void invalidRowsAreRefused_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty tag") << u"UPDATE players SET tag = '' WHERE id = 2"_s << u"players row 2"_s;
        QTest::newRow("100,001-character tag")
            << u"UPDATE players SET tag = printf('%.*c', 100001, 'x') WHERE id = 2"_s << u"longer than 64"_s;
        QTest::newRow("unknown country") << u"UPDATE players SET country = 'Neverland' WHERE id = 3"_s
                                         << u"Neverland"_s;
        QTest::newRow("bad e-mail") << u"UPDATE players SET email = 'not-an-email' WHERE id = 3"_s << u"not-an-email"_s;
        QTest::newRow("NUL in tag") << u"UPDATE players SET tag = CAST(X'4E756C00546167' AS TEXT) WHERE id = 4"_s
                                    << u"control character"_s;
        QTest::newRow("empty team name") << u"UPDATE teams SET name = ' '"_s << u"the team name is empty"_s;
        QTest::newRow("escape in tournament name")
            << u"UPDATE tournaments SET name = 'A' || char(27) || 'B' WHERE id = 1"_s << u"control character"_s;
    }
    void invalidRowsAreRefused()
    {
        QFETCH(QString, statement);
        QFETCH(QString, reason);
        const QString path = m_dir.filePath(u"invalid-%1.omnium"_s.arg(++m_dbNumber));
        QVERIFY(writeFile(path, withSnapshot({statement})));
        ArchiveImporter importer;
        const auto opened = importer.open(path);
        QVERIFY2(!opened, qPrintable(opened.message));
        auto target = emptyStore();
        const auto before = dumpTables(*target);
        const auto error = importer.importInto(*target, ArchiveImporter::PlayerPolicy::KeepBoth);
        QCOMPARE(ArchiveError::kindName(error.kind), ArchiveError::kindName(Kind::StoreRefused));
        QVERIFY2(error.message.contains(reason), qPrintable(error.message));
        QCOMPARE(dumpTables(*target), before);
    }

    // Badge ids are unique across players and staff: importing a database's own archive back
    // into it, with badges printed, works under both policies.
    void reimportWithBadges()
    {
        Store store(m_clock);
        QVERIFY(!store.open(m_dir.filePath(u"badges.sqlite"_s)));
        buildPlayedDatabase(store);
        store.run(CommandLabel::verbatim(u"badges"_s), [](StoreTransaction &tx) {
            tx.insert(u"staff"_s, {{u"name"_s, u"Camille"_s}, {u"badge_id"_s, u"900000000017"_s}});
            auto players = tx.select(u"SELECT id FROM players ORDER BY id"_s);
            QList<qint64> ids;
            while (players.next())
                ids << players.value(0).toLongLong();
            for (qsizetype i = 0; i < ids.size(); ++i)
                tx.update(u"players"_s, ids.at(i), -1,
                    {{u"badge_id"_s, u"1000000000%1"_s.arg(qlonglong(i), 2, 10, QChar(u'0'))}});
        });
        const QString path = m_dir.filePath(u"badges.omnium"_s);
        QVERIFY(!ArchiveExporter(store).exportTo(path));
        ArchiveImporter importer;
        QVERIFY(!importer.open(path));
        const auto count = [&store](const QString &sql) {
            auto query = store.select(sql);
            return query.next() ? query.value(0).toInt() : -1;
        };
        const auto before = dumpTables(store);
        auto error = importer.importInto(store, ArchiveImporter::PlayerPolicy::Merge);
        QVERIFY2(!error, qPrintable(error.message));
        QCOMPARE(count(u"SELECT COUNT(*) FROM players"_s), 12);
        QCOMPARE(count(u"SELECT COUNT(*) FROM staff"_s), 1); // the same person, by badge id
        QVERIFY(store.undo());
        QCOMPARE(dumpTables(store), before);
        error = importer.importInto(store, ArchiveImporter::PlayerPolicy::KeepBoth);
        QVERIFY2(!error, qPrintable(error.message));
        QCOMPARE(count(u"SELECT COUNT(*) FROM players"_s), 24);
        QCOMPARE(count(u"SELECT COUNT(*) FROM staff"_s), 2);
        // The printed badges still belong to the rows that were there; the copies get new ones when printed.
        QCOMPARE(count(u"SELECT COUNT(*) FROM players WHERE badge_id IS NOT NULL"_s), 12);
        QCOMPARE(count(u"SELECT COUNT(*) FROM staff WHERE badge_id IS NOT NULL"_s), 1);
        QVERIFY(store.undo());
        QCOMPARE(dumpTables(store), before);
    }

    // A tournament's archive holds no staff, and its players' badge ids only when asked.
    void tournamentArchiveLeavesStaffAndBadgeIds()
    {
        Store store(m_clock);
        QVERIFY(!store.open(m_dir.filePath(u"staff.sqlite"_s)));
        const qint64 weekly = buildPlayedDatabase(store).first;
        store.run(CommandLabel::verbatim(u"badges"_s), [](StoreTransaction &tx) {
            tx.insert(u"staff"_s,
                {{u"name"_s, u"Camille"_s}, {u"photo"_s, QByteArray("\x89PNG")}, {u"badge_id"_s, u"900000000017"_s}});
            tx.update(u"players"_s, 1, -1, {{u"badge_id"_s, u"100000000009"_s}});
        });
        for (const bool withBadgeIds : {false, true}) {
            const QString path = m_dir.filePath(u"staff-%1.omnium"_s.arg(withBadgeIds));
            QVERIFY(!ArchiveExporter(store).exportTo(path, weekly, {}, withBadgeIds));
            ArchiveImporter importer;
            QVERIFY(!importer.open(path));
            QCOMPARE(importer.manifest().counts.value(u"staff"_s), 0);
            auto target = emptyStore();
            QVERIFY(!importer.importInto(*target, ArchiveImporter::PlayerPolicy::KeepBoth));
            auto staff = target->select(u"SELECT COUNT(*) FROM staff"_s);
            QVERIFY(staff.next());
            QCOMPARE(staff.value(0).toInt(), 0);
            auto badges = target->select(u"SELECT COUNT(*) FROM players WHERE badge_id = '100000000009'"_s);
            QVERIFY(badges.next());
            QCOMPARE(badges.value(0).toInt(), withBadgeIds ? 1 : 0);
        }
    }

    // Checking grows linearly with the number of entries (the manifest is indexed), and a
    // manifest listing more than an archive may hold is refused by name.
    void manyEntries()
    {
        auto entries = m_entries;
        const QByteArray manifestBytes = entries.takeLast().data;
        auto json = QJsonDocument::fromJson(manifestBytes).object();
        auto list = json.value(u"entries"_s).toArray();
        const QString emptySha = QString::fromLatin1(QCryptographicHash::hash({}, QCryptographicHash::Sha256).toHex());
        for (int i = 0; i < 20000; ++i) {
            const QByteArray name = "media/empty/" + QByteArray::number(i);
            entries.append({name, {}, false});
            list.append(QJsonObject {{u"name"_s, QString::fromLatin1(name)}, {u"size"_s, 0}, {u"sha256"_s, emptySha}});
        }
        json.insert(u"entries"_s, list);
        entries.append({"manifest.json", QJsonDocument(json).toJson(), true});
        const QString path = m_dir.filePath(u"many.omnium"_s);
        QVERIFY(writeFile(path, writeRawZip(entries)));
        QElapsedTimer timer;
        timer.start();
        ArchiveImporter importer;
        const auto error = importer.open(path);
        const qint64 ms = timer.elapsed();
        QVERIFY2(!error, qPrintable(error.message));
        qInfo() << "20,000 entries checked in" << ms << "ms";
        QVERIFY2(ms < 5000, "checking 20,000 entries took more than 5 s");

        for (int i = 0; list.size() <= ArchiveManifest::maxEntries; ++i)
            list.append(QJsonObject {{u"name"_s, u"x/%1"_s.arg(i)}, {u"size"_s, 0}, {u"sha256"_s, emptySha}});
        json.insert(u"entries"_s, list);
        ArchiveError tooMany;
        ArchiveManifest::fromJson(QJsonDocument(json).toJson(QJsonDocument::Compact), &tooMany);
        QCOMPARE(ArchiveError::kindName(tooMany.kind), ArchiveError::kindName(Kind::TooLarge));
        QVERIFY2(tooMany.message.contains(u"100000"_s), qPrintable(tooMany.message));
    }

    // A cancelled import adds nothing.
    void cancelledImportChangesNothing()
    {
        auto target = emptyStore();
        ArchiveImporter importer;
        QVERIFY(!importer.open(m_archive));
        QVERIFY(!importer.importInto(*target, ArchiveImporter::PlayerPolicy::KeepBoth));
        const auto before = dumpTables(*target);
        const auto error = importer.importInto(
            *target, ArchiveImporter::PlayerPolicy::KeepBoth, [](qint64, qint64) { return false; });
        QCOMPARE(error.kind, Kind::Cancelled);
        QCOMPARE(dumpTables(*target), before);
        // Cancelling the check too.
        ArchiveImporter other;
        QCOMPARE(other.open(m_archive, [](qint64, qint64) { return false; }).kind, Kind::Cancelled);
    }

    void badArchivesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Kind>("kind");
        const auto with = [this](const RawZipEntry &extra) {
            auto entries = m_entries;
            entries.append(extra);
            return writeRawZip(entries);
        };
        const auto manifestWith = [this](const std::function<void(QJsonObject &)> &change) {
            auto entries = m_entries;
            auto json = QJsonDocument::fromJson(entries.last().data).object();
            change(json);
            entries.last().data = QJsonDocument(json).toJson();
            return writeRawZip(entries);
        };
        const QByteArray good = readFile(m_archive);

        QTest::newRow("valid (control)") << writeRawZip(m_entries) << Kind::None;
        QTest::newRow("traversal") << with({"../../evil.sh", "echo owned"}) << Kind::Traversal;
        QTest::newRow("traversal inside") << with({"media/../../evil.sh", "echo owned"}) << Kind::Traversal;
        // Windows separators: a name that climbs out with backslashes is traversal too.
        QTest::newRow("backslash traversal") << with({"..\\..\\evil.bat", "echo owned"}) << Kind::Traversal;
        QTest::newRow("backslash traversal inside")
            << with({"media\\..\\..\\evil.bat", "echo owned"}) << Kind::Traversal;
        QTest::newRow("mixed separators") << with({"media/..\\..\\evil.bat", "echo owned"}) << Kind::Traversal;
        QTest::newRow("absolute path") << with({"/tmp/evil.sh", "echo owned"}) << Kind::AbsolutePath;
        QTest::newRow("windows path") << with({"C:\\evil.bat", "echo owned"}) << Kind::AbsolutePath;
        QTest::newRow("link") << with({"media/link", "/etc/passwd", false, 0120777}) << Kind::Link;
        QTest::newRow("duplicate") << with(m_entries.at(1)) << Kind::Duplicate;
        QTest::newRow("oversize") << with({"media/huge.bin", "x", false, 0100644, qint64(3) << 30}) << Kind::TooLarge;
        QTest::newRow("bomb") << with({"media/zeros.bin", QByteArray(64 << 20, '\0'), true}) << Kind::Bomb;
        {
            // The zip claims 10 bytes for the players' CSV; inflating stops at the 11th.
            auto entries = m_entries;
            entries[1].declaredSize = 10;
            QTest::newRow("lying size") << writeRawZip(entries) << Kind::Bomb;
        }
        QTest::newRow("truncated") << good.left(good.size() * 6 / 10) << Kind::Truncated;
        QTest::newRow("truncated end") << good.left(good.size() - 10) << Kind::Truncated;
        {
            // A byte of the database changed after it was zipped (a bad copy): its check sum no
            // longer matches. (A byte flipped in the compressed stream instead breaks the stream,
            // the check sum or the size, depending on the data: not a repeatable test.)
            auto entries = m_entries;
            QCOMPARE(entries[0].name, QByteArray("database.sqlite"));
            entries[0].checkedData = entries[0].data;
            entries[0].data[entries[0].data.size() / 2] = char(entries[0].data.at(entries[0].data.size() / 2) ^ 0x10);
            QTest::newRow("flipped byte") << writeRawZip(entries) << Kind::Damaged;
        }
        QTest::newRow("wrong checksum") << manifestWith([](QJsonObject &json) {
            auto entries = json.value(u"entries"_s).toArray();
            auto first = entries.at(1).toObject();
            first.insert(u"sha256"_s, QString(64, u'0'));
            entries.replace(1, first);
            json.insert(u"entries"_s, entries);
        }) << Kind::ChecksumMismatch;
        QTest::newRow("newer version") << manifestWith([](QJsonObject &json) { json.insert(u"formatVersion"_s, 99); })
                                       << Kind::NewerVersion;
        QTest::newRow("unlisted entry") << with({"notes.txt", "hello"}) << Kind::BadManifest;
        QTest::newRow("no manifest") << writeRawZip(m_entries.mid(0, m_entries.size() - 1)) << Kind::BadManifest;
        // Edited on purpose, sums recomputed: the snapshot's whole schema must be Omnium's, its
        // rows those the manifest announces.
        QTest::newRow("snapshot edit (control)")
            << withSnapshot({u"UPDATE players SET name = 'Zoé' WHERE id = 1"_s}) << Kind::None;
        QTest::newRow("trigger in snapshot")
            << withSnapshot({u"CREATE TRIGGER wipe AFTER INSERT ON players BEGIN DELETE FROM games; END"_s})
            << Kind::ForeignSchema;
        QTest::newRow("view instead of a table") << withSnapshot(
            {u"DROP TABLE print_log"_s,
                u"CREATE VIEW print_log AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE "
                u"i < 200000) SELECT i AS id FROM n"_s},
            true) << Kind::ForeignSchema;
        QTest::newRow("extra column") << withSnapshot({u"ALTER TABLE players ADD COLUMN extra TEXT"_s}, true)
                                      << Kind::ForeignSchema;
        QTest::newRow("extra table") << withSnapshot({u"CREATE TABLE extra (x)"_s}, true) << Kind::ForeignSchema;
        QTest::newRow("dropped index") << withSnapshot({u"DROP INDEX players_tag"_s}, true) << Kind::ForeignSchema;
        QTest::newRow("foreign database") << withSnapshot({u"PRAGMA user_version = 0"_s}) << Kind::ForeignSchema;
        QTest::newRow("rows beyond the manifest") << withSnapshot(
            {u"INSERT INTO players (tag, created_at, updated_at) SELECT tag || ' bis', created_at, "
             u"updated_at FROM players"_s}) << Kind::BadManifest;
        QTest::newRow("schema version not the manifest's")
            << manifestWith([](QJsonObject &json) { json.insert(u"schemaVersion"_s, 1); }) << Kind::BadManifest;
        QTest::newRow("100 MB of notes") << withSnapshot(
            {u"UPDATE players SET notes = hex(randomblob(9000000)) WHERE id = 1"_s}, true)
                                         << Kind::TooLarge;
        // Other spellings of a name and ZIP64 records get their own reason.
        QTest::newRow("aliased dot") << with({"./database.sqlite", "x"}) << Kind::Aliased;
        QTest::newRow("aliased double slash") << with({"data//players.csv", "x"}) << Kind::Aliased;
        QTest::newRow("zip64 sizes") << with({"media/big.bin", "x", false, 0100644, qint64(0xFFFFFFFF)}) << Kind::Zip64;
        QTest::newRow("not a zip") << QByteArray("tag;name\nJoueur;Élise\n") << Kind::NotZip;
        QTest::newRow("empty file") << QByteArray() << Kind::NotZip;
    }

    // Every kind is refused with its own message; the open database does not change.
    void badArchivesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(Kind, kind);
        const QString path
            = m_dir.filePath(u"bad-%1.omnium"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        QVERIFY(writeFile(path, bytes));
        auto target = emptyStore();
        const auto before = dumpTables(*target);
        ArchiveImporter importer;
        const auto error = importer.open(path);
        QCOMPARE(ArchiveError::kindName(error.kind), ArchiveError::kindName(kind));
        if (kind == Kind::None) {
            QVERIFY(!importer.importInto(*target, ArchiveImporter::PlayerPolicy::KeepBoth));
            return;
        }
        QVERIFY(!error.message.isEmpty());
        QVERIFY(!importer.importInto(*target, ArchiveImporter::PlayerPolicy::KeepBoth).message.isEmpty());
        QCOMPARE(dumpTables(*target), before);
        qInfo().noquote() << QTest::currentDataTag() << "->" << error.message;
        // Each kind has its own wording.
        static QHash<QString, Kind> seen;
        if (seen.contains(error.message))
            QCOMPARE(ArchiveError::kindName(seen.value(error.message)), ArchiveError::kindName(kind));
        seen.insert(error.message, kind);
    }
};

QTEST_GUILESS_MAIN(TestArchiveImporter)
#include "tst_archiveimporter.moc"
