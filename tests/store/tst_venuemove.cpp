// SPDX-License-Identifier: GPL-3.0-or-later
// Moving a tournament from a laptop's SQLite file onto the venue server and back
// (Database::copyDatabase, behind omnium-cli venue move and the Venue server form), on a real
// PostgreSQL started by the test: the server then holds the same event (its exported JSON), the
// same ids and the undo history; a server database that already holds a tournament is refused
// with nothing changed; and the way back gives a file equal to the server.
#include "../bracket/bracketfixture.h"
#include "core/clock.h"
#include "engine/eventjsoncodec.h"
#include "store/database.h"
#include "testdatabase.h"
#include "venueserverprocess.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace omnium::engine;

class TestVenueMove : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<VenueServerProcess> m_server;

    static QByteArray eventJson(Store &store, qint64 event)
    {
        BracketStore brackets(store);
        QString error;
        const auto bracket = brackets.load(event, &error);
        if (!bracket)
            qFatal("%s", qPrintable(error));
        return QJsonDocument(EventJsonCodec::toJson(bracket->state)).toJson(QJsonDocument::Compact);
    }

    // PostgreSQL keeps JSON as JSONB (its own spacing and key order): compared as JSON.
    static QString normalised(const QString &value)
    {
        const auto document = QJsonDocument::fromJson(value.toUtf8());
        return document.isNull() ? value : QString::fromUtf8(document.toJson(QJsonDocument::Compact));
    }

    // Every row of the tables that matter, ids included, as text: two databases agree on all.
    static QStringList rows(Store &store)
    {
        QStringList all;
        for (const auto &table :
            {u"players"_s, u"tournaments"_s, u"events"_s, u"entrants"_s, u"phases"_s, u"matches"_s, u"games"_s}) {
            auto query = store.select(u"SELECT * FROM %1 ORDER BY id"_s.arg(table));
            while (query.next()) {
                QStringList values;
                for (int i = 0; i < query.record().count(); ++i)
                    values << (query.isNull(i) ? u"NULL"_s : normalised(query.value(i).toString()));
                all << table + u": "_s + values.join(u'|');
            }
        }
        auto log = store.select(u"SELECT id, label, state FROM command_log ORDER BY id"_s);
        while (log.next())
            all << u"command %1 %2 %3"_s.arg(log.value(0).toString(), log.value(1).toString(), log.value(2).toString());
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        if (!VenueServerProcess::available())
            QSKIP("PostgreSQL or Qt's QPSQL driver is not installed");
        m_server = VenueServerProcess::startIn(m_dir.path());
        QVERIFY2(!m_server->url().isEmpty(), qPrintable(m_server->errors()));
    }

    void cleanupTestCase()
    {
        if (m_server)
            m_server->run(u"stop"_s);
    }

    // A 1,024-entrant double elimination with 100 results moves whole; the server goes on from there.
    void moveToServerAndBack()
    {
        const QString file = m_dir.filePath(u"laptop.sqlite"_s);
        Store laptop(Clock::system());
        QVERIFY(!laptop.open(file));
        const qint64 event = BracketFixture::makeEvent(laptop, 1024);
        QVERIFY(event > 0);
        BracketStore brackets(laptop);
        PhaseConfig config;
        config.format = Format::DoubleElimination;
        config.bestOf = 3;
        QVERIFY(brackets.createPhase(event, u"Main bracket"_s, config, nullptr) > 0);
        QCOMPARE(BracketFixture::reportSome(brackets, event, 100), 100);
        const QByteArray before = eventJson(laptop, event);
        const QStringList rowsBefore = rows(laptop);

        const QString url = testDatabaseOn(m_server->url(), u"moved"_s);
        QElapsedTimer timer;
        timer.start();
        const auto error = Database::copyDatabase(file, url);
        QVERIFY2(!error, qPrintable(error.message));
        qInfo("moved a 1,024-entrant double elimination (100 results) to PostgreSQL in %lld ms", timer.elapsed());

        // Opened from the server: the same event, rows, ids and history; undo takes back the last result.
        // The laptop's commands carry its (empty) desk name: a desk of that name takes them back.
        Store desk(Clock::system());
        QVERIFY(!desk.open(url));
        QCOMPARE(eventJson(desk, event), before);
        QCOMPARE(rows(desk), rowsBefore);
        QCOMPARE(desk.undoLabel(), laptop.undoLabel());
        QVERIFY2(desk.undo(), qPrintable(desk.lastErrorMessage()));
        QVERIFY(eventJson(desk, event) != before);
        QVERIFY(desk.redo());
        // Undo and redo move row versions on: the laptop's own undo and redo give the same event.
        QVERIFY(laptop.undo() && laptop.redo());
        QCOMPARE(eventJson(desk, event), eventJson(laptop, event));
        // New rows take ids after the moved ones.
        qint64 player = 0;
        QVERIFY(!desk.run(CommandLabel::verbatim(u"Add Zaza"_s),
            [&](StoreTransaction &tx) { player = tx.insert(u"players"_s, {{u"tag"_s, u"Zaza"_s}}); }));
        auto highest = laptop.select(u"SELECT MAX(id) FROM players"_s);
        QVERIFY(highest.next());
        QVERIFY(player > highest.value(0).toLongLong());

        // Into a database that already holds a tournament: refused, nothing changed there.
        const QStringList serverRows = rows(desk);
        const auto refused = Database::copyDatabase(file, url);
        QCOMPARE(refused.kind, StoreError::Kind::Invalid);
        QVERIFY2(refused.message.contains(u"already holds a tournament"_s), qPrintable(refused.message));
        QCOMPARE(rows(desk), serverRows);

        // And back into a file: the server's tournament, Zaza included.
        const QString back = m_dir.filePath(u"back.sqlite"_s);
        const auto backError = Database::copyDatabase(url, back);
        QVERIFY2(!backError, qPrintable(backError.message));
        Store again(Clock::system());
        QVERIFY(!again.open(back));
        QCOMPARE(eventJson(again, event), eventJson(desk, event));
        QCOMPARE(rows(again), serverRows);
    }
};

QTEST_GUILESS_MAIN(TestVenueMove)
#include "tst_venuemove.moc"
