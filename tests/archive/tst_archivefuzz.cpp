// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/archiveexporter.h"
#include "archive/archiveimporter.h"
#include "archive/archivemanifest.h"
#include "archive/databasecheck.h"
#include "archivetesthelpers.h"
#include "core/clock.h"

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KZip>

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace archivetest;

// Mutated real archives against the checker and the importer: random byte flips, renamed
// entries, and schema and row edits inside the snapshot with the manifest's sums made to
// match. Whatever the file, nothing crashes; a refusal (at the check or the import) leaves
// the database exactly as it was; an accepted import leaves a database that passes
// integrity_check and is still Omnium's schema. Seeded: a failure names its seed.
class TestArchiveFuzz : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock {QDateTime(QDate(2026, 11, 28), QTime(18, 0), QTimeZone::UTC)};
    QByteArray m_archive;
    QList<RawZipEntry> m_entries; // database first, manifest last
    QString m_targetTemplate; // a database with a few rows of its own
    int m_number = 0;
    int m_accepted = 0;
    int m_refused = 0;

    // One mutated archive through check and import on a fresh copy of the target.
    void feed(const QByteArray &bytes, const QString &what)
    {
        const QString path = m_dir.filePath(u"fuzz-%1.omnium"_s.arg(++m_number));
        QVERIFY(writeFile(path, bytes));
        const QString target = m_dir.filePath(u"target-%1.sqlite"_s.arg(m_number));
        QVERIFY(QFile::copy(m_targetTemplate, target));
        Store store(m_clock);
        QVERIFY(!store.open(target));
        const auto before = dumpTables(store);
        ArchiveImporter importer;
        auto error = importer.open(path);
        if (!error)
            error = importer.importInto(store, ArchiveImporter::PlayerPolicy::Merge);
        if (error) {
            ++m_refused;
            QVERIFY2(!error.message.isEmpty(), qPrintable(what));
            QVERIFY2(dumpTables(store) == before, qPrintable(what + u": a refused archive changed the database"_s));
        } else {
            ++m_accepted;
            auto check = store.select(u"PRAGMA integrity_check"_s);
            QVERIFY(check.next());
            QCOMPARE(check.value(0).toString(), u"ok"_s);
            check.finish();
            store.close();
            const auto outcome = DatabaseCheck::check(target);
            QVERIFY2(outcome.problem.isEmpty(), qPrintable(what + u": "_s + outcome.problem));
        }
        store.close();
        QFile::remove(path);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        Store source(m_clock);
        QVERIFY(!source.open(m_dir.filePath(u"source.sqlite"_s)));
        buildPlayedDatabase(source);
        const QString archive = m_dir.filePath(u"real.omnium"_s);
        QVERIFY(!ArchiveExporter(source).exportTo(archive));
        m_archive = readFile(archive);
        KZip zip(archive);
        QVERIFY(zip.open(QIODevice::ReadOnly));
        ArchiveError error;
        const auto manifest = ArchiveManifest::fromJson(zip.directory()->file(u"manifest.json"_s)->data(), &error);
        QVERIFY(!error);
        for (const auto &entry : manifest.entries)
            m_entries.append({entry.name.toUtf8(), zip.directory()->file(entry.name)->data(), true});
        m_entries.append({"manifest.json", zip.directory()->file(u"manifest.json"_s)->data(), true});

        m_targetTemplate = m_dir.filePath(u"template.sqlite"_s);
        Store target(m_clock);
        QVERIFY(!target.open(m_targetTemplate));
        PlayerController(target).addPlayer({{u"tag"_s, u"Joueur 1"_s}, {u"country"_s, u"BE"_s}});
        PlayerController(target).addPlayer({{u"tag"_s, u"Déjà là"_s}});
        target.close();
    }

    void byteFlips()
    {
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo() << "seed" << seed;
        QRandomGenerator random(seed);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 120 && timer.elapsed() < 20000; ++i) {
            QByteArray bytes = m_archive;
            const int flips = 1 + int(random.bounded(8));
            for (int f = 0; f < flips; ++f) {
                const auto at = qsizetype(random.bounded(quint32(bytes.size())));
                bytes[at] = char(bytes.at(at) ^ (1 << random.bounded(8)));
            }
            feed(bytes, u"seed %1, flips of run %2"_s.arg(seed).arg(i));
            if (QTest::currentTestFailed())
                return;
        }
    }

    void entryRenames()
    {
        const QList<QByteArray> names = {"database.sqlite", "./database.sqlite", "data/players.csv", "data//x.csv",
            "manifest.json", "Database.sqlite", "database.sqlite/", "media/../database.sqlite", "x"};
        for (int i = 0; i < m_entries.size(); ++i) {
            for (const auto &name : names) {
                auto entries = m_entries;
                entries[i].name = name;
                feed(writeRawZip(entries), u"entry %1 renamed %2"_s.arg(i).arg(QString::fromLatin1(name)));
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }

    void schemaEdits_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<bool>("recount");
        const QStringList edits = {
            u"CREATE TRIGGER t AFTER INSERT ON players BEGIN DELETE FROM games; END"_s,
            u"CREATE TRIGGER t BEFORE DELETE ON matches BEGIN SELECT 1; END"_s,
            u"CREATE VIEW v AS SELECT * FROM players"_s,
            u"CREATE TABLE extra (x)"_s,
            u"CREATE INDEX i ON players (name)"_s,
            u"DROP INDEX players_tag"_s,
            u"ALTER TABLE players ADD COLUMN x TEXT"_s,
            u"ALTER TABLE players RENAME COLUMN notes TO remarks"_s,
            u"ALTER TABLE games RENAME TO games_old"_s,
            u"PRAGMA user_version = 0"_s,
            u"PRAGMA user_version = 1"_s,
            u"PRAGMA user_version = 9999"_s,
            u"DELETE FROM players WHERE id = 3"_s,
            u"UPDATE players SET tag = 'A' || char(0) || 'B' WHERE id = 2"_s,
            u"UPDATE players SET country = 'ZZ' WHERE id = 2"_s,
            u"UPDATE entrants SET player_id = 99999 WHERE id = (SELECT MIN(id) FROM entrants WHERE player_id IS NOT NULL)"_s,
            u"UPDATE matches SET slot1_source_ref = 99999, slot1_source_kind = 'winner'"_s,
            u"UPDATE players SET photo = randomblob(20000000) WHERE id = 1"_s,
            u"UPDATE teams SET name = ''"_s,
            u"INSERT INTO staff (name, badge_id, created_at, updated_at) VALUES ('X', '100000000009', 0, 0)"_s,
        };
        for (const auto &edit : edits) {
            QTest::newRow(qPrintable(edit + u" (manifest counts as exported)"_s)) << QStringList {edit} << false;
            QTest::newRow(qPrintable(edit + u" (manifest recounted)"_s)) << QStringList {edit} << true;
        }
    }
    void schemaEdits()
    {
        QFETCH(QStringList, statements);
        QFETCH(bool, recount);
        const QByteArray bytes
            = withSnapshot(m_entries, m_dir.filePath(u"edit-%1.sqlite"_s.arg(++m_number)), statements, recount);
        QVERIFY(!bytes.isEmpty());
        feed(bytes, statements.join(u"; "_s));
    }

    void cleanupTestCase()
    {
        qInfo() << m_accepted << "accepted," << m_refused << "refused";
        QVERIFY(m_refused > 0);
    }
};

QTEST_GUILESS_MAIN(TestArchiveFuzz)
#include "tst_archivefuzz.moc"
