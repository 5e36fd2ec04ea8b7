// SPDX-License-Identifier: GPL-3.0-or-later
#include "../bracket/bracketfixture.h"
#include "bracket/bracketcontroller.h"
#include "core/clock.h"
#include "live/tournamentlive.h"
#include "store/store.h"
#include "testdatabase.h"
#include "venueserverprocess.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <numeric>

using namespace Qt::StringLiterals;

// The soak test: four desk processes (venue_desk: the real Store, live tournament and
// Bracket page) make random commands on one venue server — results, corrections, check-ins,
// station moves, undos — while one desk is killed and started again and the server restarts
// once. Afterwards every desk's screens equal a fresh reading of the server, every acknowledged
// command is in the shared log once, and no station nor entrant is on two matches at once.
// OMNIUM_SOAK_COMMANDS sets the commands per desk (the figure is 500; default 100).
class TestVenueSoak : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<VenueServerProcess> m_server;

    struct Desk {
        QString name;
        std::unique_ptr<QProcess> process;
        QByteArray pending;
        QStringList lines; // across its restarts
        int finished = 0;
        QString models;
    };

    void startDesk(Desk &desk, const QString &url, int commands, int seed)
    {
        desk.process = std::make_unique<QProcess>();
        desk.process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        Desk *d = &desk;
        connect(desk.process.get(), &QProcess::readyReadStandardOutput, this, [d] {
            d->pending += d->process->readAllStandardOutput();
            qsizetype end;
            while ((end = d->pending.indexOf('\n')) >= 0) {
                const QString line = QString::fromUtf8(d->pending.left(end));
                d->pending.remove(0, end + 1);
                if (line == u"finished"_s)
                    ++d->finished;
                else if (line.startsWith(u"models"_s))
                    d->models = line;
                else
                    d->lines << line;
            }
        });
        desk.process->start(QStringLiteral(VENUE_DESK),
            {url, desk.name, QString::number(commands), QString::number(seed), m_dir.path()});
        QVERIFY(desk.process->waitForStarted());
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

    void fourDesksAKillAndARestart()
    {
        const int commands = qEnvironmentVariableIsSet("OMNIUM_SOAK_COMMANDS")
            ? qEnvironmentVariableIntValue("OMNIUM_SOAK_COMMANDS")
            : 100;
        const QString url = testDatabaseOn(m_server->url(), u"soak"_s);
        {
            // The day: a 256-entrant double elimination, best of 3, on 16 stations.
            Store store(Clock::system());
            QVERIFY(!store.open(url));
            TournamentLive live(store, Clock::system());
            BracketController bracket(store);
            const qint64 event = BracketFixture::makeEvent(store, 256);
            live.scheduler().refresh();
            bracket.setEventId(event);
            QVERIFY(bracket.createBracket({{u"format"_s, u"double"_s}, {u"bestOf"_s, 3}}));
            for (int number = 1; number <= 16; ++number)
                live.scheduler().addStation({{u"number"_s, number}});
            QTest::qWait(100);
        }

        QElapsedTimer clock;
        clock.start();
        std::array<Desk, 4> desks;
        for (int i = 0; i < 4; ++i) {
            desks[i].name = u"Desk %1"_s.arg(i + 1);
            startDesk(desks[i], url, commands, 100 + i);
        }
        bool killed = false;
        bool restarted = false;
        const auto total = [&] {
            qsizetype n = 0;
            for (const auto &desk : desks)
                n += desk.lines.size();
            return n;
        };
        while (std::any_of(desks.begin(), desks.end(), [](const Desk &d) { return d.finished == 0; })) {
            QVERIFY2(clock.elapsed() < 900000, "the desks did not finish within 15 minutes");
            QTest::qWait(50);
            Desk &victim = desks[1];
            if (!killed && victim.lines.size() >= commands / 3) {
                // Killed in the middle of whatever it was doing, then started again.
                ::kill(pid_t(victim.process->processId()), SIGKILL);
                victim.process->waitForFinished();
                victim.process->readAllStandardOutput(); // what it printed last is in `lines` already
                killed = true;
                startDesk(victim, url, commands - int(victim.lines.size()), 200);
            }
            if (!restarted && total() >= 2 * commands) {
                QVERIFY2(m_server->run(u"stop"_s), qPrintable(m_server->errors()));
                QTest::qWait(500);
                QVERIFY2(m_server->run(u"start"_s), qPrintable(m_server->errors()));
                restarted = true;
            }
        }
        QVERIFY(killed && restarted);
        const double seconds = double(clock.elapsed()) / 1000;

        QFile flag(m_dir.filePath(u"compare"_s));
        QVERIFY(flag.open(QIODevice::WriteOnly));
        flag.close();
        for (auto &desk : desks) {
            QTRY_VERIFY_WITH_TIMEOUT(!desk.models.isEmpty(), 120000);
            QVERIFY2(desk.models == u"models equal"_s, qPrintable(desk.name + u": "_s + desk.models));
            desk.process->waitForFinished();
        }

        // Every acknowledged command is in the log once, as its desk's.
        Store store(Clock::system());
        QVERIFY(!store.open(url));
        QSet<qint64> acknowledged;
        QHash<QString, int> acks;
        QHash<QString, int> refusals;
        for (const auto &desk : desks) {
            for (const QString &line : desk.lines) {
                const QStringList words = line.split(u' ');
                if (words.at(0) != u"ack"_s) {
                    ++refusals[words.at(0) + u' ' + words.at(1)];
                    continue;
                }
                const qint64 id = words.at(1).toLongLong();
                QVERIFY2(!acknowledged.contains(id), qPrintable(u"command %1 acknowledged twice"_s.arg(id)));
                acknowledged.insert(id);
                ++acks[words.at(2)];
                auto row = store.select(u"SELECT desk FROM command_log WHERE id = ?"_s, {id});
                QVERIFY2(row.next(), qPrintable(u"acknowledged command %1 (%2) is lost"_s.arg(id).arg(desk.name)));
                QCOMPARE(row.value(0).toString(), desk.name);
            }
        }
        auto doubleBooked = store.select(u"SELECT station_id FROM matches WHERE state IN ('called', 'in_progress') "
                                         "AND station_id IS NOT NULL GROUP BY station_id HAVING COUNT(*) > 1"_s);
        QVERIFY2(!doubleBooked.next(), "a station holds two matches");
        auto twice = store.select(u"SELECT e FROM (SELECT slot1_entrant_id AS e FROM matches WHERE state IN "
                                  "('called', 'in_progress') UNION ALL SELECT slot2_entrant_id FROM matches WHERE "
                                  "state IN ('called', 'in_progress')) AS busy WHERE e IS NOT NULL GROUP BY e "
                                  "HAVING COUNT(*) > 1"_s);
        QVERIFY2(!twice.next(), "an entrant is called twice");
        auto logged = store.select(u"SELECT COUNT(*) FROM command_log"_s);
        QVERIFY(logged.next());
        const auto counts = [](const QHash<QString, int> &byKind) {
            QStringList parts;
            for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
                parts << u"%1 %2"_s.arg(it.key()).arg(it.value());
            parts.sort();
            return parts.join(u", "_s);
        };
        qInfo().noquote() << u"soak: 4 desks x %1 commands in %2 s, one desk killed and started again, the server "
                             "restarted once; acknowledged %3 (%4); not saved %5 (%6); command log %7 rows (automatic "
                             "calls included); 0 lost, 0 acknowledged twice, no station or entrant on two matches; "
                             "every desk's models equal a fresh reading"_s.arg(commands)
                                 .arg(seconds, 0, 'f', 1)
                                 .arg(acknowledged.size())
                                 .arg(counts(acks))
                                 .arg(std::accumulate(refusals.cbegin(), refusals.cend(), 0))
                                 .arg(counts(refusals))
                                 .arg(logged.value(0).toLongLong());
    }
};

QTEST_GUILESS_MAIN(TestVenueSoak)
#include "tst_venuesoak.moc"
