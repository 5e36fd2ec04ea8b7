// SPDX-License-Identifier: GPL-3.0-or-later
#include "competition/bracketstore.h"
#include "core/clock.h"
#include "engine/standingscalculator.h"
#include "store/store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace omnium::engine;
using namespace Qt::StringLiterals;

// The real omnium-cli binary in database mode (--database FILE): every event command on a
// SQLite file on disk, checked by reopening the file with the app's own store.
class TestEventCommandRunner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run {
        int code = -1;
        QString out;
        QString err;
    };

    static Run cli(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(OMNIUM_CLI), arguments);
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
    }

    // Event 1's bracket as a Store opening the file reads it, closed again before the next
    // omnium-cli: one Omnium process at a time has a database file (DatabaseFileLock).
    static std::shared_ptr<const BracketStore::EventBracket> load(const QString &db)
    {
        Store store(Clock::system());
        QString error;
        auto bracket = store.open(db) ? nullptr : BracketStore(store).load(1, &error);
        if (!bracket)
            qWarning() << db << error;
        return bracket;
    }

    // The placement column of `standings` (seed → placement), to compare two runs.
    static QStringList placements(const QString &standings)
    {
        QStringList rows;
        for (const QString &line : standings.split(u'\n')) {
            const QStringList words = line.simplified().split(u' ');
            if (words.size() >= 3 && words.at(0).toInt() > 0)
                rows << words.at(1) + u'/' + words.at(2);
        }
        rows.sort();
        return rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void createReportAdvanceOnDatabase()
    {
        const QString db = m_dir.filePath(u"event.sqlite"_s);
        auto run = cli({u"event"_s, u"create"_s, u"--database"_s, db, u"--entrants"_s, u"16"_s, u"--format"_s,
            u"roundrobin"_s, u"--groups"_s, u"4"_s, u"--name"_s, u"Street Fighter 6"_s, u"--phase-name"_s, u"Pools"_s});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"24 matches"_s), qPrintable(run.out));

        // Reopened by the app's store: the event, its entrants and its bracket are there.
        {
            Store store(Clock::system());
            QVERIFY(!store.open(db));
            auto query = store.select(u"SELECT id FROM events WHERE name = ?"_s, {u"Street Fighter 6"_s});
            QVERIFY(query.next());
            const qint64 event = query.value(0).toLongLong();
            QString error;
            const auto bracket = BracketStore(store).load(event, &error);
            QVERIFY2(bracket, qPrintable(error));
            QCOMPARE(bracket->phaseNames, QStringList {u"Pools"_s});
            QCOMPARE(bracket->state.phases().front().matches.size(), std::size_t(24));
            QCOMPARE(bracket->names.value(bracket->state.phases().front().seeds.front()), u"Entrant 1"_s);
            QVERIFY(store.canUndo());
        }

        run = cli({u"event"_s, u"report"_s, u"--database"_s, db, u"--simulate"_s, u"--seed"_s, u"3"_s});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"simulated 24 results"_s), qPrintable(run.out));
        run = cli({u"event"_s, u"advance"_s, u"--database"_s, db, u"--top"_s, u"2"_s, u"--format"_s, u"double"_s,
            u"--phase-name"_s, u"Top 8"_s});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"phase 2, 8 entrants"_s), qPrintable(run.out));

        // Report the first ready playoff match by its database id, then correct it.
        auto bracket = load(db);
        QVERIFY(bracket);
        QCOMPARE(bracket->phaseNames, (QStringList {u"Pools"_s, u"Top 8"_s}));
        const Match first = bracket->state.phases()[1].matches.front();
        QCOMPARE(first.state, MatchState::Ready);
        const QString id = QString::number(first.id);
        run = cli({u"event"_s, u"report"_s, u"--database"_s, db, u"--match"_s, id, u"--winner"_s, u"1"_s});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const Match second = bracket->state.phases()[1].matches.at(1);
        run = cli({u"event"_s, u"report"_s, u"--database"_s, db, u"--match"_s, QString::number(second.id),
            u"--winner"_s, u"1"_s, u"--games"_s, u"2-1"_s});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        // Play on downstream so that a correction has something to reset.
        bracket = load(db);
        const MatchId next = [&] {
            for (const auto &match : bracket->state.phases()[1].matches) {
                for (const auto &slot : match.slots) {
                    if (match.state == MatchState::Ready && slot.source.kind == SlotSource::Kind::WinnerOf
                        && slot.source.value == first.id)
                        return match.id;
                }
            }
            return MatchId(0);
        }();
        QVERIFY(next > 0);
        run = cli(
            {u"event"_s, u"report"_s, u"--database"_s, db, u"--match"_s, QString::number(next), u"--winner"_s, u"2"_s});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const auto playedState = load(db)->state;

        run = cli({u"event"_s, u"report"_s, u"--database"_s, db, u"--match"_s, id, u"--winner"_s, u"2"_s});
        QCOMPARE(run.code, 3);
        QVERIFY2(run.err.contains(u"--confirm-reset"_s), qPrintable(run.err));
        const QString ids = run.err.section(u"--confirm-reset "_s, 1).trimmed();
        QVERIFY(ids.split(u',').contains(QString::number(next)));
        QVERIFY(load(db)->state == playedState); // nothing written
        run = cli({u"event"_s, u"report"_s, u"--database"_s, db, u"--match"_s, id, u"--winner"_s, u"2"_s,
            u"--confirm-reset"_s, ids});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        // The correction erased played results: a backup of the state before it, as in the app.
        const QDir backups(QFileInfo(db).absolutePath() + u"/backups"_s);
        const QStringList resets = backups.entryList({u"*-reset.sqlite"_s}, QDir::Files);
        QCOMPARE(resets.size(), 1);
        QVERIFY(load(backups.filePath(resets.first()))->state == playedState);
        bracket = load(db);
        QCOMPARE(bracket->state.match(first.id)->result.winner, 1);
        QVERIFY(!bracket->state.match(next)->completed());
        // The correction is one undoable command of the app's history.
        {
            Store store(Clock::system());
            QVERIFY(!store.open(db));
            QVERIFY(store.undo());
        }
        QVERIFY(load(db)->state.match(next)->completed());

        run = cli({u"event"_s, u"standings"_s, u"--database"_s, db});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"phase 2 (double), in progress"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"Entrant 1"_s));

        const QString json = m_dir.filePath(u"export.json"_s);
        run = cli({u"event"_s, u"export"_s, u"--database"_s, db, u"--out"_s, json});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto exported = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(exported.value(u"phases"_s).toArray().size(), 2);
    }

    // The sizes, on a database file: every format created, played through (one
    // undoable command), exported as JSON with every match completed and a placement for each
    // entrant; the multi-phase row adds a playoff seeded from the pools.
    void everyFormatAtFullSize_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("advance"); // event advance options, empty: one phase
        QTest::addColumn<int>("entrants");
        QTest::addColumn<int>("matches"); // in the first phase, -1: not checked
        const auto n = [](int count) { return QStringList {u"--entrants"_s, QString::number(count)}; };
        QTest::newRow("single 8192 + third place")
            << n(8192) + QStringList {u"--format"_s, u"single"_s, u"--third-place"_s} << QStringList {} << 8192 << 8192;
        QTest::newRow("double 4096") << n(4096) + QStringList {u"--format"_s, u"double"_s} << QStringList {} << 4096
                                     << -1; // 8,191 created; the reset match only if needed
        QTest::newRow("double 4096 one grand final")
            << n(4096) + QStringList {u"--format"_s, u"double"_s, u"--grand-final"_s, u"single"_s} << QStringList {}
            << 4096 << 8190;
        QTest::newRow("round robin 64") << n(64) + QStringList {u"--format"_s, u"roundrobin"_s} << QStringList {} << 64
                                        << 2016;
        QTest::newRow("double round robin 64, 8 groups")
            << n(64) + QStringList {u"--format"_s, u"roundrobin"_s, u"--groups"_s, u"8"_s, u"--double-round-robin"_s}
            << QStringList {} << 64 << 8 * 56;
        QTest::newRow("swiss 1024 x 10") << n(1024) + QStringList {u"--format"_s, u"swiss"_s, u"--rounds"_s, u"10"_s}
                                         << QStringList {} << 1024 << 5120;
        QTest::newRow("swiss 3 wins / 3 losses 16")
            << n(16) + QStringList {u"--format"_s, u"swiss"_s, u"--advance-wins"_s, u"3"_s, u"--out-losses"_s, u"3"_s}
            << QStringList {} << 16 << -1;
        QTest::newRow("ffa 100") << n(100)
                + QStringList {u"--format"_s, u"ffa"_s, u"--lobby-size"_s, u"20"_s, u"--lobby-rounds"_s, u"3"_s,
                    u"--best-of"_s, u"2"_s}
                                 << QStringList {} << 100 << 15;
        QTest::newRow("pools 256 then double top 2")
            << n(256) + QStringList {u"--format"_s, u"roundrobin"_s, u"--groups"_s, u"32"_s}
            << QStringList {u"--top"_s, u"2"_s, u"--format"_s, u"double"_s} << 256 << 32 * 28;
        QTest::newRow("swiss 64 then single top 8")
            << n(64) + QStringList {u"--format"_s, u"swiss"_s, u"--rounds"_s, u"6"_s}
            << QStringList {u"--top"_s, u"8"_s, u"--format"_s, u"single"_s} << 64 << 6 * 32;
    }

    void everyFormatAtFullSize()
    {
        QFETCH(QStringList, options);
        QFETCH(QStringList, advance);
        QFETCH(int, entrants);
        QFETCH(int, matches);
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-').remove(u'/');
        const QString db = m_dir.filePath(u"full-"_s + tag + u".sqlite"_s);
        auto run = cli(QStringList {u"event"_s, u"create"_s, u"--database"_s, db} + options
            + QStringList {u"--simulate"_s, u"--seed"_s, u"4"_s});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        int phases = 1;
        if (!advance.isEmpty()) {
            run = cli(QStringList {u"event"_s, u"advance"_s, u"--database"_s, db} + advance
                + QStringList {u"--simulate"_s, u"--seed"_s, u"5"_s});
            QVERIFY2(run.code == 0, qPrintable(run.err));
            ++phases;
        }
        const QString json = m_dir.filePath(u"full-"_s + tag + u".json"_s);
        run = cli({u"event"_s, u"export"_s, u"--database"_s, db, u"--out"_s, json});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto exported = QJsonDocument::fromJson(file.readAll()).object();
        const auto phaseList = exported.value(u"phases"_s).toArray();
        QCOMPARE(phaseList.size(), phases);
        for (qsizetype p = 0; p < phaseList.size(); ++p) {
            const auto phase = phaseList.at(p).toObject();
            QVERIFY2(phase.value(u"complete"_s).toBool(), qPrintable(u"phase %1"_s.arg(p + 1)));
            const auto list = phase.value(u"matches"_s).toArray();
            if (p == 0 && matches >= 0)
                QCOMPARE(list.size(), matches);
            for (const auto &value : list) {
                // A grand-final reset is only played when the losers-side finalist wins the first final.
                const auto match = value.toObject();
                if (match.value(u"side"_s).toString() != u"grandfinalreset"_s)
                    QCOMPARE(match.value(u"state"_s).toString(), u"completed"_s);
            }
            const auto standings = phase.value(u"standings"_s).toArray();
            QCOMPARE(standings.size(), phase.value(u"entrants"_s).toArray().size());
            QSet<int> placed;
            for (const auto &standing : standings)
                placed.insert(standing.toObject().value(u"placement"_s).toInt());
            QVERIFY(placed.contains(1));
        }
        QCOMPARE(phaseList.at(0).toObject().value(u"entrants"_s).toArray().size(), entrants);
    }

    // The database mode plays the same event as the JSON-file mode for the same options and seed.
    void sameResultsAsFileMode_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("double 24") << QStringList {u"--entrants"_s, u"24"_s, u"--format"_s, u"double"_s};
        QTest::newRow("swiss 16") << QStringList {
            u"--entrants"_s, u"16"_s, u"--format"_s, u"swiss"_s, u"--rounds"_s, u"4"_s};
        QTest::newRow("ffa 20") << QStringList {u"--entrants"_s, u"20"_s, u"--format"_s, u"ffa"_s, u"--lobby-size"_s,
            u"5"_s, u"--lobby-rounds"_s, u"2"_s, u"--best-of"_s, u"2"_s};
    }

    void sameResultsAsFileMode()
    {
        QFETCH(QStringList, options);
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        const QString db = m_dir.filePath(tag + u".sqlite"_s);
        const QString file = m_dir.filePath(tag + u".json"_s);
        auto run = cli(QStringList {u"event"_s, u"create"_s, u"--database"_s, db} + options
            + QStringList {u"--simulate"_s, u"--seed"_s, u"9"_s});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        run = cli(QStringList {u"event"_s, u"create"_s, u"--out"_s, file} + options
            + QStringList {u"--simulate"_s, u"--seed"_s, u"9"_s});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const auto fromDatabase = cli({u"event"_s, u"standings"_s, u"--database"_s, db});
        const auto fromFile = cli({u"event"_s, u"standings"_s, u"--in"_s, file});
        QVERIFY2(fromDatabase.code == 0, qPrintable(fromDatabase.err));
        QVERIFY(!placements(fromFile.out).isEmpty());
        QCOMPARE(placements(fromDatabase.out), placements(fromFile.out));
    }

    static int count(const QString &db, const QString &table)
    {
        Store store(Clock::system());
        if (store.open(db))
            return -1;
        auto query = store.select(u"SELECT COUNT(*) FROM "_s + table);
        return query.next() ? query.value(0).toInt() : -1;
    }

    // Issue #19: a 100,000-entrant round robin crashed (std::bad_alloc, exit 134) and a Swiss of
    // that size paired for minutes. Beyond a format's largest field the CLI exits 2 naming the
    // limit, at once and before writing anything.
    void fieldBeyondTheLimitExitsTwo_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("limit");
        QTest::newRow("round robin") << u"roundrobin"_s << u"1024"_s;
        QTest::newRow("swiss") << u"swiss"_s << u"4096"_s;
    }

    void fieldBeyondTheLimitExitsTwo()
    {
        QFETCH(QString, format);
        QFETCH(QString, limit);
        const QString sentence = u"100000 entrants is more than this format takes: at most %1."_s.arg(limit);
        QElapsedTimer timer;
        timer.start();
        auto run = cli({u"event"_s, u"create"_s, u"--entrants"_s, u"100000"_s, u"--format"_s, format, u"--out"_s,
            m_dir.filePath(u"huge.json"_s)});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(sentence), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"huge.json"_s)));

        const QString db = m_dir.filePath(u"limit-%1.sqlite"_s.arg(format));
        QCOMPARE(
            cli({u"event"_s, u"create"_s, u"--database"_s, db, u"--entrants"_s, u"4"_s, u"--format"_s, format}).code,
            0);
        run = cli({u"event"_s, u"create"_s, u"--database"_s, db, u"--entrants"_s, u"100000"_s, u"--format"_s, format});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(sentence), qPrintable(run.err));
        QCOMPARE(count(db, u"events"_s), 1); // nothing written: not the event, not its 100,000 players
        QCOMPARE(count(db, u"players"_s), 4);
        QVERIFY2(timer.elapsed() < 20'000, "refused at once, not after building the phase");
    }

    // Issue #19: --confirm-reset where nothing needs resetting exited 3 with an empty list; it
    // just reports. A bye match said it had no two entrants yet; it says it is a bye.
    void needlessConfirmationAndByes()
    {
        const QString file = m_dir.filePath(u"six.json"_s);
        QCOMPARE(
            cli({u"event"_s, u"create"_s, u"--entrants"_s, u"6"_s, u"--format"_s, u"single"_s, u"--out"_s, file}).code,
            0);
        // Seeds 1 and 2 have byes: match 1 is seed 1's, match 2 is seed 4 against seed 5.
        auto run = cli({u"event"_s, u"report"_s, u"--in"_s, file, u"--match"_s, u"1"_s, u"--winner"_s, u"1"_s});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(u"match 1 is a bye: it needs no result."_s), qPrintable(run.err));
        run = cli({u"event"_s, u"report"_s, u"--in"_s, file, u"--match"_s, u"2"_s, u"--winner"_s, u"1"_s,
            u"--confirm-reset"_s, u"3,4"_s});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"reported match 2 (nothing needed resetting)"_s), qPrintable(run.out));

        const QString db = m_dir.filePath(u"confirm.sqlite"_s);
        QCOMPARE(
            cli({u"event"_s, u"create"_s, u"--database"_s, db, u"--entrants"_s, u"4"_s, u"--format"_s, u"single"_s})
                .code,
            0);
        const MatchId first = load(db)->state.phases()[0].matches[0].id;
        run = cli({u"event"_s, u"report"_s, u"--database"_s, db, u"--match"_s, QString::number(first), u"--winner"_s,
            u"2"_s, u"--confirm-reset"_s, QString::number(first + 1)});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"nothing needed resetting"_s), qPrintable(run.out));
        QCOMPARE(load(db)->state.match(first)->result.winner, 1);
    }

    void errorsNameTheOption()
    {
        const QString db = m_dir.filePath(u"errors.sqlite"_s);
        auto run = cli({u"event"_s, u"standings"_s, u"--database"_s, m_dir.filePath(u"missing.sqlite"_s)});
        QCOMPARE(run.code, 4);
        QVERIFY2(run.err.contains(u"--database"_s), qPrintable(run.err));
        run = cli({u"event"_s, u"create"_s, u"--database"_s, db, u"--format"_s, u"double"_s});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(u"--entrants"_s), qPrintable(run.err));
        QVERIFY(cli({u"event"_s, u"create"_s, u"--database"_s, db, u"--entrants"_s, u"4"_s, u"--format"_s, u"single"_s})
                    .code
            == 0);
        QVERIFY(cli({u"event"_s, u"create"_s, u"--database"_s, db, u"--entrants"_s, u"4"_s, u"--format"_s, u"single"_s})
                    .code
            == 0);
        run = cli({u"event"_s, u"standings"_s, u"--database"_s, db});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(u"--event is required"_s), qPrintable(run.err));
        run = cli({u"event"_s, u"report"_s, u"--database"_s, db, u"--event"_s, u"1"_s, u"--match"_s, u"424242"_s,
            u"--winner"_s, u"1"_s});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(u"--match: no match \"424242\""_s), qPrintable(run.err));
        run = cli({u"event"_s, u"standings"_s, u"--database"_s, db, u"--event"_s, u"77"_s});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(u"--event: no event \"77\""_s), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestEventCommandRunner)
#include "tst_eventcommandrunner.moc"
