// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"
#include "storetesthelpers.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock {QDateTime(QDate(2026, 11, 28), QTime(9, 0), QTimeZone::UTC)};
    int m_counter = 0;

    QString freshPath() { return testDatabase(m_dir.filePath(u"store-%1.sqlite"_s.arg(++m_counter))); }

    qint64 addPlayer(Store &store, const QString &tag)
    {
        qint64 id = 0;
        const auto error = store.run(CommandLabel::verbatim(u"add %1"_s.arg(tag)),
            [&](StoreTransaction &tx) { id = tx.insert(u"players"_s, {{u"tag"_s, tag}}); });
        [&] { QVERIFY2(!error, qPrintable(error.message)); }();
        return id;
    }

    int count(Store &store, const QString &table)
    {
        auto query = store.select(u"SELECT COUNT(*) FROM %1"_s.arg(table));
        return query.next() ? query.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void commandIsStampedLoggedAndNotified()
    {
        Store store(m_clock);
        QVERIFY(!store.open(freshPath()));
        QSignalSpy changed(&store, &Store::changed);
        const qint64 id = addPlayer(store, u"Kayané"_s);
        QCOMPARE(changed.size(), 1);
        const auto changes = changed.at(0).at(0).value<RowChanges>();
        QCOMPARE(changes, (RowChanges {{u"players"_s, id, RowChange::Kind::Inserted}}));

        auto query = store.select(u"SELECT created_at, updated_at, version FROM players WHERE id = ?"_s, {id});
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), m_clock.now().toMSecsSinceEpoch());
        QCOMPARE(query.value(2).toInt(), 1);

        const auto log = store.auditLog();
        QCOMPARE(log.size(), 1);
        const auto entry = log.at(0).toObject();
        QCOMPARE(entry.value(u"label"_s).toString(), u"add Kayané"_s);
        QCOMPARE(entry.value(u"at"_s).toInteger(), m_clock.now().toMSecsSinceEpoch());
        const auto change = entry.value(u"changes"_s).toArray().at(0).toObject();
        QVERIFY(change.value(u"before"_s).isNull());
        QCOMPARE(change.value(u"after"_s).toObject().value(u"tag"_s).toString(), u"Kayané"_s);
        QCOMPARE(store.undoText(), u"Undo: add Kayané"_s);
    }

    void staleWriteIsRefused()
    {
        Store store(m_clock);
        QVERIFY(!store.open(freshPath()));
        const qint64 id = addPlayer(store, u"Daigo"_s);
        QVERIFY(!store.run(CommandLabel::verbatim(u"rename"_s),
            [&](StoreTransaction &tx) { tx.update(u"players"_s, id, 1, {{u"name"_s, u"Daigo Umehara"_s}}); }));
        // A second desk still holding version 1 tries to write.
        QSignalSpy errors(&store, &Store::errorOccurred);
        const auto error = store.run(CommandLabel::verbatim(u"rename again"_s),
            [&](StoreTransaction &tx) { tx.update(u"players"_s, id, 1, {{u"name"_s, u"The Beast"_s}}); });
        QCOMPARE(error.kind, StoreError::Kind::Stale);
        QVERIFY(error.message.contains(u"changed elsewhere"_s));
        QCOMPARE(errors.size(), 1);
        auto query = store.select(u"SELECT name, version FROM players WHERE id = ?"_s, {id});
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"Daigo Umehara"_s);
        QCOMPARE(query.value(1).toInt(), 2);
        query.finish();
        // Nor does a delete from a desk still holding version 1: the player stays.
        const auto deleteError = store.run(
            CommandLabel::verbatim(u"delete"_s), [&](StoreTransaction &tx) { tx.remove(u"players"_s, id, 1); });
        QCOMPARE(deleteError.kind, StoreError::Kind::Stale);
        QVERIFY(deleteError.message.contains(u"changed elsewhere"_s));
        QCOMPARE(count(store, u"players"_s), 1);
    }

    void failedCommandLeavesNothing()
    {
        Store store(m_clock);
        QVERIFY(!store.open(freshPath()));
        addPlayer(store, u"kept"_s);
        QSignalSpy changed(&store, &Store::changed);
        const auto error = store.run(CommandLabel::verbatim(u"half"_s), [&](StoreTransaction &tx) {
            tx.insert(u"players"_s, {{u"tag"_s, u"first"_s}});
            tx.insert(u"players"_s, {{u"tag"_s, QVariant()}}); // NOT NULL: the database refuses
        });
        QCOMPARE(error.kind, StoreError::Kind::Invalid);
        QCOMPARE(count(store, u"players"_s), 1);
        QCOMPARE(store.auditLog().size(), 1);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(store.undoText(), u"Undo: add kept"_s);
    }

    void undoRedoRestoresEveryRow_data()
    {
        QTest::addColumn<QString>("action");
        QTest::newRow("insert") << u"insert"_s;
        QTest::newRow("update") << u"update"_s;
        QTest::newRow("delete with dependents") << u"delete"_s;
        QTest::newRow("several writes to one row") << u"multi"_s;
        QTest::newRow("insertMany with writes after") << u"many"_s;
    }

    void undoRedoRestoresEveryRow()
    {
        QFETCH(QString, action);
        Store store(m_clock);
        QVERIFY(!store.open(freshPath()));
        qint64 player = 0, team = 0;
        QVERIFY(!store.run(CommandLabel::verbatim(u"setup"_s), [&](StoreTransaction &tx) {
            player = tx.insert(u"players"_s, {{u"tag"_s, u"Mena"_s}, {u"photo"_s, QByteArray("\x89PNG\0\1", 6)}});
            team = tx.insert(u"teams"_s, {{u"name"_s, u"Ça Gère"_s}});
            tx.insert(u"team_members"_s, {{u"team_id"_s, team}, {u"player_id"_s, player}, {u"role"_s, u"captain"_s}});
            const auto tournament = tx.insert(u"tournaments"_s, {{u"name"_s, u"Weekly"_s}});
            const auto event = tx.insert(u"events"_s, {{u"tournament_id"_s, tournament}, {u"name"_s, u"SF6"_s}});
            tx.insert(u"entrants"_s, {{u"event_id"_s, event}, {u"player_id"_s, player}, {u"seed"_s, 1}});
        }));
        const auto before = storeSnapshot(store);
        m_clock.advanceSecs(60);
        const auto error = store.run(CommandLabel::verbatim(action), [&](StoreTransaction &tx) {
            if (action == u"insert"_s)
                tx.insert(u"players"_s, {{u"tag"_s, u"Straße"_s}});
            else if (action == u"update"_s)
                tx.update(u"players"_s, player, 1, {{u"tag"_s, u"Ménard"_s}, {u"rating"_s, 1500.5}});
            else if (action == u"delete"_s)
                tx.remove(u"players"_s, player, 1);
            else if (action == u"many"_s) {
                // Rows logged as ids, one updated and one deleted later in the command, and a
                // row written after them that refers to one (undo must delete it first).
                const auto shape = tx.bulkShape(u"players"_s, {u"tag"_s, u"rating"_s, u"photo"_s});
                QList<qint64> ids;
                for (int i = 0; i < 5; ++i)
                    ids << tx.insertMany(shape, {u"Bulk %1 é"_s.arg(i), 1000.5 + i, QByteArray("\0\1", 2)});
                tx.update(u"players"_s, ids[1], -1, {{u"name"_s, u"renamed"_s}});
                tx.remove(u"players"_s, ids[3], -1);
                tx.insert(u"team_members"_s, {{u"team_id"_s, team}, {u"player_id"_s, ids[4]}});
            } else {
                tx.update(u"teams"_s, team, 1, {{u"tag"_s, u"CG"_s}});
                tx.update(u"teams"_s, team, -1, {{u"notes"_s, u"finalists"_s}});
                const auto extra = tx.insert(u"players"_s, {{u"tag"_s, u"temp"_s}});
                tx.remove(u"players"_s, extra, -1);
            }
        });
        QVERIFY2(!error, qPrintable(error.message));
        const auto after = storeSnapshot(store);
        QVERIFY(after != before);
        if (action == u"delete"_s) {
            QCOMPARE(count(store, u"team_members"_s), 0);
            QCOMPARE(count(store, u"entrants"_s), 0);
        }
        QSignalSpy changed(&store, &Store::changed);
        QVERIFY(store.undo());
        QCOMPARE(storeSnapshot(store), before);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(store.redoText(), u"Redo: "_s + action);
        QVERIFY(store.redo());
        QCOMPARE(storeSnapshot(store), after);
        QVERIFY(store.undo());
        QCOMPARE(storeSnapshot(store), before);
        // Undo reaches the setup command too, then nothing is left.
        QVERIFY(store.undo());
        QCOMPARE(count(store, u"players"_s), 0);
        QVERIFY(!store.canUndo());
        QVERIFY(!store.undo());
    }

    // insertMany() logs runs of ids with a digest of the rows, not their images: undo deletes
    // them only while they hold what the command left, and redo brings them back exactly.
    void insertManyLogsIdRuns()
    {
        Store store(m_clock);
        QVERIFY(!store.open(freshPath()));
        addPlayer(store, u"before"_s);
        QSignalSpy changed(&store, &Store::changed);
        QList<qint64> ids;
        QVERIFY(!store.run(CommandLabel::verbatim(u"many"_s), [&](StoreTransaction &tx) {
            const auto shape = tx.bulkShape(u"players"_s, {u"tag"_s});
            for (int i = 0; i < 6; ++i)
                ids << tx.insertMany(tx.bulkShape(u"players"_s, {u"tag"_s}), {u"P%1"_s.arg(i)});
            QCOMPARE(tx.bulkShape(u"players"_s, {u"tag"_s}).index, shape.index);
            tx.remove(u"players"_s, ids[2], -1);
        }));
        QCOMPARE(changed.size(), 1);
        RowChanges expected;
        for (const qint64 id : {ids[0], ids[1], ids[3], ids[4], ids[5]})
            expected << RowChange {u"players"_s, id, RowChange::Kind::Inserted};
        QCOMPARE(changed.at(0).at(0).value<RowChanges>(), expected);
        const auto changes = store.auditLog(1).at(0).toObject().value(u"changes"_s).toArray();
        QCOMPARE(changes.size(), 1);
        const auto runs = changes.at(0).toObject().value(u"inserted"_s).toArray();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(0).toArray().at(0).toInteger(), ids[0]);
        QCOMPARE(runs.at(0).toArray().at(1).toInteger(), ids[1]);
        QCOMPARE(runs.at(1).toArray().at(0).toInteger(), ids[3]);
        QCOMPARE(runs.at(1).toArray().at(1).toInteger(), ids[5]);
        QVERIFY(!runs.at(1).toArray().at(2).toString().isEmpty());
        const auto after = storeSnapshot(store);

        // A change made outside the log (another program) is noticed: nothing is undone.
        QSqlQuery outside(store.database().connection());
        QVERIFY(outside.exec(u"UPDATE players SET notes = 'x' WHERE id = %1"_s.arg(ids[4])));
        QVERIFY(!store.undo());
        QCOMPARE(store.lastError().kind, StoreError::Kind::Conflict);
        QVERIFY(store.lastError().message.contains(u"many"_s));
        QVERIFY(outside.exec(u"UPDATE players SET notes = NULL WHERE id = %1"_s.arg(ids[4])));
        QCOMPARE(storeSnapshot(store), after);
        QVERIFY(outside.exec(u"DELETE FROM players WHERE id = %1"_s.arg(ids[5])));
        QVERIFY(!store.undo());
        QCOMPARE(store.lastError().kind, StoreError::Kind::Conflict);
        QCOMPARE(count(store, u"players"_s), 5);
        QVERIFY(outside.exec(
            u"INSERT INTO players (id, created_at, updated_at, tag) VALUES (%1, 0, 0, 'P5')"_s.arg(ids[5])));
        QVERIFY(!store.undo()); // same tag, another created_at: not the row the command wrote
        QVERIFY(outside.exec(u"DELETE FROM players WHERE id = %1"_s.arg(ids[5])));
        QVERIFY(outside.exec(
            u"INSERT INTO players (id, created_at, updated_at, version, tag) VALUES (%1, %2, 0, 7, 'P5')"_s.arg(ids[5])
                .arg(m_clock.now().toMSecsSinceEpoch())));
        QCOMPARE(storeSnapshot(store), after);

        changed.clear();
        QVERIFY(store.undo());
        QCOMPARE(count(store, u"players"_s), 1);
        QCOMPARE(changed.at(0).at(0).value<RowChanges>().size(), 5);
        QVERIFY(store.redo());
        QCOMPARE(storeSnapshot(store), after);
        QVERIFY(store.undo());
        QCOMPARE(count(store, u"players"_s), 1);
    }

    // insertMany() digests its rows from the values it writes (defaults, non-ASCII text, reals and
    // blobs included) and reads them back only when SQLite would store a value differently: either
    // way undo finds the digest of the rows as they are, and still notices a change made since.
    void insertManyDigestsRowsAsWritten()
    {
        Store store(m_clock);
        QVERIFY(!store.open(freshPath()));
        qint64 team = 0;
        QVERIFY(!store.run(CommandLabel::verbatim(u"team"_s),
            [&](StoreTransaction &tx) { team = tx.insert(u"teams"_s, {{u"name"_s, u"T"_s}}); }));
        const auto start = storeSnapshot(store);
        QList<qint64> players;
        QVERIFY(!store.run(CommandLabel::verbatim(u"players"_s), [&](StoreTransaction &tx) {
            const auto shape = tx.bulkShape(u"players"_s, {u"tag"_s, u"rating"_s, u"photo"_s, u"country"_s});
            for (int i = 0; i < 3; ++i)
                players << tx.insertMany(shape,
                    {u"Zoë %1"_s.arg(i), 1500.25 + i, QByteArray("\0\xff", 2),
                        QVariant(QMetaType(QMetaType::QString))});
        }));
        QVERIFY(!store.run(CommandLabel::verbatim(u"members"_s), [&](StoreTransaction &tx) {
            const auto shape = tx.bulkShape(u"team_members"_s, {u"team_id"_s, u"player_id"_s}); // role: its default
            for (const qint64 player : std::as_const(players))
                tx.insertMany(shape, {team, player});
        }));
        QVERIFY(!store.run(CommandLabel::verbatim(u"converted"_s), [&](StoreTransaction &tx) {
            // Text in a DOUBLE PRECISION column is stored as a number: read back for its digest.
            tx.insertMany(tx.bulkShape(u"players"_s, {u"tag"_s, u"rating"_s}), {u"R"_s, u"1500"_s});
        }));
        const auto after = storeSnapshot(store);
        QVERIFY(store.undo());
        QVERIFY(store.undo());
        QSqlQuery outside(store.database().connection());
        QVERIFY(outside.exec(u"UPDATE players SET country = 'FR' WHERE id = %1"_s.arg(players[1])));
        QVERIFY(!store.undo());
        QCOMPARE(store.lastError().kind, StoreError::Kind::Conflict);
        QVERIFY(outside.exec(u"UPDATE players SET country = NULL WHERE id = %1"_s.arg(players[1])));
        QVERIFY(store.undo());
        QCOMPARE(storeSnapshot(store), start);
        QVERIFY(store.redo());
        QVERIFY(store.redo());
        QVERIFY(store.redo());
        QCOMPARE(storeSnapshot(store), after);
    }

    void undoSurvivesRestart()
    {
        const auto path = freshPath();
        {
            Store store(m_clock);
            QVERIFY(!store.open(path));
            addPlayer(store, u"one"_s);
            addPlayer(store, u"two"_s);
        } // the app is closed (or killed: every command is already committed)
        Store store(m_clock);
        QVERIFY(!store.open(path));
        QVERIFY(store.canUndo());
        QCOMPARE(store.undoText(), u"Undo: add two"_s);
        QVERIFY(store.undo());
        QCOMPARE(count(store, u"players"_s), 1);
        QCOMPARE(store.undoText(), u"Undo: add one"_s);
        QCOMPARE(store.redoText(), u"Redo: add two"_s);
    }

    void newCommandDiscardsRedo()
    {
        Store store(m_clock);
        QVERIFY(!store.open(freshPath()));
        addPlayer(store, u"one"_s);
        QVERIFY(store.undo());
        QVERIFY(store.canRedo());
        addPlayer(store, u"two"_s);
        QVERIFY(!store.canRedo());
        QVERIFY(!store.redo());
        QCOMPARE(count(store, u"players"_s), 1);
    }

    void undoRefusedWhenRowChangedSince()
    {
        Store store(m_clock);
        QVERIFY(!store.open(freshPath()));
        const qint64 id = addPlayer(store, u"one"_s);
        QVERIFY(!store.run(CommandLabel::verbatim(u"rename"_s),
            [&](StoreTransaction &tx) { tx.update(u"players"_s, id, 1, {{u"tag"_s, u"uno"_s}}); }));
        // Another desk changes the row without going through this log.
        QVERIFY(QSqlQuery(store.database().connection())
                .exec(u"UPDATE players SET tag = 'eins', version = version + 1 WHERE id = %1"_s.arg(id)));
        QVERIFY(!store.undo());
        QCOMPARE(store.lastError().kind, StoreError::Kind::Conflict);
        QVERIFY(store.lastError().message.contains(u"rename"_s));
        auto query = store.select(u"SELECT tag FROM players WHERE id = ?"_s, {id});
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"eins"_s);
        QVERIFY(store.canUndo());
    }

    void dependentsAreCounted()
    {
        Store store(m_clock);
        QVERIFY(!store.open(freshPath()));
        qint64 player = 0;
        QVERIFY(!store.run(CommandLabel::verbatim(u"setup"_s), [&](StoreTransaction &tx) {
            player = tx.insert(u"players"_s, {{u"tag"_s, u"p"_s}});
            const auto tournament = tx.insert(u"tournaments"_s, {{u"name"_s, u"T"_s}});
            for (int i = 0; i < 2; ++i) {
                const auto event
                    = tx.insert(u"events"_s, {{u"tournament_id"_s, tournament}, {u"name"_s, u"E%1"_s.arg(i)}});
                tx.insert(u"entrants"_s, {{u"event_id"_s, event}, {u"player_id"_s, player}});
            }
        }));
        const auto dependents = store.dependents(u"players"_s, player);
        QCOMPARE(dependents.value(u"entrants"_s), 2);
        QCOMPARE(dependents.value(u"team_members"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
