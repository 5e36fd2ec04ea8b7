// SPDX-License-Identifier: GPL-3.0-or-later
// The overlays on the real store: the JSON of every topic built from a SQLite file through
// BracketStore, the topics a saved result touches, and pages in a real headless Chromium
// (every page: bracket, scoreboard, up next, standings, lower third) showing a result saved
// in the store within 500 ms.

#include "../bracket/bracketfixture.h"
#include "core/clock.h"
#include "headlesschromium.h"
#include "live/storeoverlaydatasource.h"
#include "live/tournamentlive.h"
#include "overlay/overlayserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace omnium::engine;
using namespace Qt::StringLiterals;

namespace {

QJsonObject find(const QJsonArray &array, const QString &key, const QJsonValue &value)
{
    for (const auto &item : array) {
        if (item.toObject().value(key) == value)
            return item.toObject();
    }
    return {};
}

// A promise that resolves true as soon as the expression holds on the page (or false after timeoutMs).
QString waitUntil(const QString &expression, int timeoutMs = 2000)
{
    return uR"(new Promise((resolve) => {
        const root = document.getElementById('root');
        const ok = () => { try { return !!(%1); } catch (e) { return false; } };
        if (ok()) return resolve(true);
        const observer = new MutationObserver(() => { if (ok()) { observer.disconnect(); resolve(true); } });
        observer.observe(root, {childList: true, subtree: true, characterData: true, attributes: true});
        setTimeout(() => { observer.disconnect(); resolve(ok()); }, %2);
    }))"_s.arg(expression)
        .arg(timeoutMs);
}

} // namespace

class TestStoreOverlay : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock {QDateTime(QDate(2026, 11, 28), QTime(14, 0), QTimeZone::UTC)};
    std::unique_ptr<Store> m_store;
    std::unique_ptr<BracketStore> m_brackets;
    std::unique_ptr<TournamentLive> m_live;
    SchedulerController *m_schedule = nullptr;
    std::unique_ptr<StoreOverlayDataSource> m_source;
    std::unique_ptr<HeadlessChromium> m_chromium;
    qint64 m_event = 0;
    qint64 m_phase = 0;
    qint64 m_stream = 0;
    int m_files = 0;

    // A single-elimination top 8 (best of 3) and a stream station.
    void makeTournament()
    {
        m_source.reset();
        m_live.reset();
        m_brackets.reset();
        m_store = std::make_unique<Store>(m_clock);
        QVERIFY(!m_store->open(m_dir.filePath(u"o%1.sqlite"_s.arg(++m_files))));
        m_event = BracketFixture::makeEvent(*m_store, 8);
        m_brackets = std::make_unique<BracketStore>(*m_store);
        PhaseConfig config;
        config.format = Format::SingleElimination;
        config.bestOf = 3;
        QString error;
        m_phase = m_brackets->createPhase(m_event, u"Top 8"_s, config, &error);
        QVERIFY2(m_phase > 0, qPrintable(error));
        QVERIFY(!m_store->run(CommandLabel::verbatim(u"stations"_s), [&](StoreTransaction &tx) {
            auto query = tx.select(u"SELECT tournament_id FROM events WHERE id = ?"_s, {m_event});
            query.next();
            const qint64 tournament = query.value(0).toLongLong();
            query.finish();
            m_stream = tx.insert(u"stations"_s,
                {{u"tournament_id"_s, tournament}, {u"number"_s, 1}, {u"name"_s, u"Stream"_s}, {u"is_stream"_s, 1}});
        }));
        // The scheduler calls a first match to the stream station, as in the app.
        m_live = std::make_unique<TournamentLive>(*m_store, m_clock);
        m_schedule = &m_live->scheduler();
        m_schedule->refresh();
        m_source = std::make_unique<StoreOverlayDataSource>(*m_store, *m_live);
    }

    const Match &match(int number)
    {
        static Match copy;
        copy = m_brackets->load(m_event, nullptr)->state.phases().front().matches[std::size_t(number - 1)];
        return copy;
    }

    Result win(int slot)
    {
        Result result;
        result.winner = slot;
        result.games = {Game {{slot == 0 ? 1 : 0, slot == 1 ? 1 : 0}, {}, {}},
            Game {{slot == 0 ? 1 : 0, slot == 1 ? 1 : 0}, {}, {}}};
        return result;
    }

    // The first-round match of the player with this tag.
    int matchOf(const QString &tag)
    {
        auto query = m_store->select(u"SELECT e.id FROM entrants e JOIN players p ON p.id = e.player_id"
                                     " WHERE p.tag = ?"_s,
            {tag});
        query.next();
        const qint64 entrant = query.value(0).toLongLong();
        const auto &matches = m_brackets->load(m_event, nullptr)->state.phases().front().matches;
        for (std::size_t i = 0; i < matches.size(); ++i) {
            if (matches[i].slots[0].entrant == entrant || matches[i].slots[1].entrant == entrant)
                return int(i + 1);
        }
        return 0;
    }

    // Puts match `number` on the stream station and starts it, as the Station board does.
    void playOnStream(int number)
    {
        const qint64 id = match(number).id;
        QVERIFY(m_schedule->dropMatch(id, m_stream));
        QVERIFY(m_schedule->start(id));
    }

    HeadlessChromium &chromium()
    {
        if (!m_chromium) {
            m_chromium = std::make_unique<HeadlessChromium>();
            if (!m_chromium->start())
                qFatal("headless chromium: %s", qPrintable(m_chromium->error()));
        }
        return *m_chromium;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init() { makeTournament(); }

    void phasesAndBracket()
    {
        QVERIFY(m_brackets->report(m_event, match(1).id, win(0), {}, nullptr));
        const QJsonArray phases = m_source->phases();
        QCOMPARE(phases.size(), 1);
        const auto phase = phases.first().toObject();
        QCOMPARE(phase.value(u"id"_s).toString(), QString::number(m_phase));
        QCOMPARE(phase.value(u"format"_s).toString(), u"single_elimination"_s);
        QCOMPARE(phase.value(u"event"_s).toString(), u"Street Fighter 6"_s);
        QCOMPARE(phase.value(u"state"_s).toString(), u"in_progress"_s);
        QVERIFY(phase.value(u"live"_s).toBool());

        const auto bracket = m_source->bracket(QString::number(m_phase));
        QVERIFY(bracket);
        const QJsonArray matches = bracket->value(u"matches"_s).toArray();
        QCOMPARE(matches.size(), 7);
        const auto first = find(matches, u"label"_s, u"M1"_s);
        QCOMPARE(first.value(u"side"_s).toString(), u"main"_s);
        QCOMPARE(first.value(u"state"_s).toString(), u"completed"_s);
        const auto slots = first.value(u"slots"_s).toArray();
        QCOMPARE(slots[0].toObject().value(u"name"_s).toString(), u"Kazuki"_s);
        QCOMPARE(slots[0].toObject().value(u"seed"_s).toInt(), 1);
        QCOMPARE(slots[0].toObject().value(u"score"_s).toInt(), 2);
        QVERIFY(slots[0].toObject().value(u"winner"_s).toBool());
        QVERIFY(!slots[1].toObject().value(u"winner"_s).toBool());
        // The next round names where its entrants come from, by the organisers' match numbers.
        const auto final = find(matches, u"round"_s, 3);
        const auto source = final.value(u"slots"_s).toArray()[0].toObject().value(u"source"_s).toObject();
        QCOMPARE(source.value(u"outcome"_s).toString(), u"winner"_s);
        QVERIFY(source.value(u"match"_s).toString().startsWith(u"M"_s));

        QVERIFY(!m_source->bracket(u"999"_s));
        QVERIFY(!m_source->bracket(u"nonsense"_s));
    }

    // The bracket topic keeps each match's JSON between requests and makes again only what a
    // change touched: after results, a call, a match started on the stream, a correction and an
    // undo, it is what a new source (nothing kept) makes of the same rows.
    void bracketKeptBetweenRequestsFollowsEveryChange()
    {
        const QString phase = QString::number(m_phase);
        const auto same = [&](const char *step) {
            QCoreApplication::processEvents();
            const StoreOverlayDataSource fresh(*m_store, *m_live);
            QVERIFY2(m_source->bracket(phase) == fresh.bracket(phase), step);
        };
        same("created");
        QVERIFY(m_brackets->report(m_event, match(1).id, win(0), {}, nullptr));
        same("first result");
        QVERIFY(m_brackets->report(m_event, match(2).id, win(1), {}, nullptr));
        same("second result: the semi-final has both sides");
        playOnStream(3);
        same("on the stream");
        QVERIFY(m_brackets->report(m_event, match(3).id, win(0), {}, nullptr));
        const auto impact = m_brackets->correctionImpact(m_event, match(1).id, win(1), nullptr);
        QVERIFY(impact);
        QVERIFY(m_brackets->report(m_event, match(1).id, win(1), *impact, nullptr));
        same("corrected");
        QVERIFY(m_store->undo());
        same("undone");
    }

    void standingsScoreboardUpNextAndPlayers()
    {
        QVERIFY(m_brackets->report(m_event, match(1).id, win(0), {}, nullptr));
        const auto standings = m_source->standings(QString::number(m_phase));
        QVERIFY(standings);
        QCOMPARE(standings->value(u"rows"_s).toArray().size(), 8);

        // M1 was called to the stream station and played there: between matches the scoreboard keeps
        // its final score; then Zoé's match is played there.
        const auto between = m_source->scoreboard(QString())->value(u"match"_s).toObject();
        QCOMPARE(between.value(u"state"_s).toString(), u"completed"_s);
        QCOMPARE(between.value(u"id"_s).toString().toLongLong(), match(1).id);
        playOnStream(matchOf(u"Zoé"_s));
        const auto board = *m_source->scoreboard(QString());
        QCOMPARE(board.value(u"station"_s).toObject().value(u"name"_s).toString(), u"Stream"_s);
        const auto onStream = board.value(u"match"_s).toObject();
        QCOMPARE(onStream.value(u"state"_s).toString(), u"in_progress"_s);
        QCOMPARE(onStream.value(u"bestOf"_s).toInt(), 3);
        QCOMPARE(onStream.value(u"lastRound"_s).toInt(), 3);
        QCOMPARE(onStream.value(u"slots"_s).toArray()[0].toObject().value(u"country"_s).toString(), u"FR"_s);
        QCOMPARE(m_source->scoreboard(QString::number(m_stream))->value(u"match"_s).toObject().value(u"id"_s),
            onStream.value(u"id"_s));
        QVERIFY(!m_source->scoreboard(u"424242"_s));

        // Up next in the scheduler's order: the two ready matches with both names first, then the
        // next round's; not the one being played or decided.
        m_schedule->refresh();
        const QJsonArray upNext = m_source->upNext().value(u"matches"_s).toArray();
        const auto scheduled = m_schedule->upNext(TournamentLive::upNextLength);
        QCOMPARE(upNext.size(), scheduled.size());
        QVERIFY(upNext.size() >= 2);
        for (qsizetype i = 0; i < upNext.size(); ++i) {
            const auto item = upNext[i].toObject();
            QCOMPARE(item.value(u"id"_s).toString().toLongLong(), scheduled[i].matchId);
            QVERIFY(item.value(u"id"_s) != onStream.value(u"id"_s));
            QVERIFY(item.value(u"id"_s).toString().toLongLong() != match(1).id);
            const auto slots = item.value(u"slots"_s).toArray();
            if (i < 2) {
                QVERIFY(!slots[0].toObject().value(u"name"_s).toString().isEmpty());
                QVERIFY(!slots[1].toObject().value(u"name"_s).toString().isEmpty());
            }
        }

        auto query = m_store->select(u"SELECT id FROM players WHERE tag = 'Léa'"_s);
        QVERIFY(query.next());
        const QString lea = query.value(0).toString();
        QCOMPARE(m_source->lowerThird(lea)->value(u"player"_s).toObject().value(u"tag"_s).toString(), u"Léa"_s);
        QVERIFY(m_source->lowerThird(u"current"_s)->value(u"player"_s).isNull());
        m_source->setCurrentPlayer(lea.toLongLong());
        QCOMPARE(m_source->lowerThird(u"current"_s)->value(u"player"_s).toObject().value(u"id"_s).toString(), lea);
        QVERIFY(!m_source->lowerThird(u"123456789"_s));
    }

    // Between matches the scoreboard keeps the last match played on the stream station, with
    // its final score; without a stream station it follows the results saved anywhere.
    void scoreboardKeepsTheLastResult()
    {
        // M1 is held (never called) so its result is saved away from the stream station.
        QVERIFY(m_schedule->hold(match(1).id, true));
        const int zoe = matchOf(u"Zoé"_s);
        playOnStream(zoe);
        QVERIFY(m_brackets->report(m_event, match(zoe).id, win(1), {}, nullptr));
        auto board = m_source->scoreboard(QString())->value(u"match"_s).toObject();
        QCOMPARE(board.value(u"id"_s).toString(), QString::number(match(zoe).id));
        QCOMPARE(board.value(u"state"_s).toString(), u"completed"_s);
        QCOMPARE(board.value(u"slots"_s).toArray()[1].toObject().value(u"score"_s).toInt(), 2);
        // Contested: the scoreboard and the bracket say so until a result is confirmed.
        QVERIFY(!board.value(u"disputed"_s).toBool());
        QVERIFY(m_brackets->setDisputed(m_event, match(zoe).id, true, nullptr));
        QVERIFY(m_source->scoreboard(QString())->value(u"match"_s).toObject().value(u"disputed"_s).toBool());
        const auto contested = find(m_source->bracket(QString::number(m_phase))->value(u"matches"_s).toArray(), u"id"_s,
            QString::number(match(zoe).id));
        QVERIFY(contested.value(u"disputed"_s).toBool());
        QVERIFY(!find(m_source->bracket(QString::number(m_phase))->value(u"matches"_s).toArray(), u"label"_s, u"M1"_s)
                .value(u"disputed"_s)
                .toBool());
        QVERIFY(m_brackets->report(m_event, match(zoe).id, win(1), {}, nullptr));
        QVERIFY(!m_source->scoreboard(QString())->value(u"match"_s).toObject().value(u"disputed"_s).toBool());
        // A result elsewhere does not take the stream station's scoreboard...
        m_clock.advanceSecs(60);
        QVERIFY(m_brackets->report(m_event, match(1).id, win(0), {}, nullptr));
        QCOMPARE(
            m_source->scoreboard(QString())->value(u"match"_s)[u"id"_s].toString(), QString::number(match(zoe).id));
        // ...but with no stream station the scoreboard shows the latest result.
        QVERIFY(!m_store->run(CommandLabel::verbatim(u"no stream"_s),
            [&](StoreTransaction &tx) { tx.update(u"stations"_s, m_stream, -1, {{u"is_stream"_s, 0}}); }));
        QCOMPARE(m_source->scoreboard(QString())->value(u"match"_s)[u"id"_s].toString(), QString::number(match(1).id));
    }

    void aSavedResultNamesItsTopics()
    {
        QSignalSpy topics(m_source.get(), &OverlayDataSource::changed);
        QVERIFY(m_brackets->report(m_event, match(1).id, win(1), {}, nullptr));
        QStringList names;
        for (const auto &args : std::as_const(topics))
            names << args.first().toString();
        const QString phase = QString::number(m_phase);
        for (const auto &wanted : {OverlayDataSource::bracketTopic(phase), OverlayDataSource::standingsTopic(phase),
                 OverlayDataSource::upNextTopic(), OverlayDataSource::scoreboardTopic(),
                 OverlayDataSource::phasesTopic()})
            QVERIFY2(names.contains(wanted), qPrintable(names.join(u", "_s)));
        // A renamed player can be anywhere: everything is sent again.
        topics.clear();
        QVERIFY(!m_store->run(CommandLabel::verbatim(u"rename"_s), [&](StoreTransaction &tx) {
            auto query = tx.select(u"SELECT id FROM players WHERE tag = 'Kazuki'"_s);
            query.next();
            const qint64 id = query.value(0).toLongLong();
            query.finish();
            tx.update(u"players"_s, id, -1, {{u"tag"_s, u"Kazuki-san"_s}});
        }));
        QCOMPARE(topics.size(), 1);
        QCOMPARE(topics.first().first().toString(), OverlayDataSource::allTopic());
    }

    // OBS reloads pages: sockets that Qt WebSockets took over and then closed must not be
    // looked at again when the next page connects (this crashed the server).
    void pagesReloadedOnOneServer()
    {
        OverlayServer server(*m_source);
        server.setPort(0);
        server.setNetworkAddress(QHostAddress::LocalHost);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        auto &browser = chromium();
        for (int i = 0; i < 3; ++i) {
            for (const auto &page : {u"bracket"_s, u"upnext"_s, u"scoreboard"_s}) {
                QVERIFY2(browser.open(u"http://127.0.0.1:%1/%2"_s.arg(server.serverPort()).arg(page)),
                    qPrintable(browser.error()));
                QVERIFY(browser.evaluate(waitUntil(u"root.textContent.length > 0"_s)).toBool());
            }
        }
        QVERIFY(server.isRunning());
        QVERIFY(browser.open(u"http://127.0.0.1:%1/bracket"_s.arg(server.serverPort())));
        QVERIFY(browser.evaluate(waitUntil(u"root.textContent.includes('Kazuki')"_s)).toBool());
        QVERIFY(m_brackets->report(m_event, match(1).id, win(0), {}, nullptr));
        QVERIFY(browser.evaluate(waitUntil(u"root.querySelectorAll('.slot.winner').length === 1"_s)).toBool());
    }

    void pagesShowResultsSavedInTheStore_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        // The bracket: M1's winner marked; up next: M1 leaves the list; scoreboard: M2 goes on
        // stream; standings: Kazuki's win counted; lower third: Léa renamed in the store.
        QTest::newRow("bracket") << u"bracket"_s << u"root.textContent.includes('Kazuki')"_s
                                 << u"root.querySelectorAll('.slot.winner').length === 1"_s;
        QTest::newRow("up next") << u"upnext?lang=fr"_s << u"root.textContent.includes('Chloé')"_s
                                 << u"!root.textContent.includes('Chloé') && root.textContent.includes('Zoé')"_s;
        QTest::newRow("scoreboard") << u"scoreboard"_s << u"!root.textContent.includes('Zoé')"_s
                                    << u"root.textContent.includes('Zoé')"_s;
        const auto kazukiWins = u"[...root.querySelectorAll('tbody tr')].some((r) => r.textContent.includes('Kazuki')"
                                " && r.querySelectorAll('td.num')[1].textContent === '%1')"_s;
        QTest::newRow("standings") << u"standings?lang=fr"_s
                                   << u"root.textContent.includes('Classement') && "_s + kazukiWins.arg(0)
                                   << kazukiWins.arg(1);
        QTest::newRow("lower third") << u"lowerthird?player=%LEA%"_s
                                     << u"root.querySelector('.lt-tag .tag').textContent === 'Léa'"_s
                                     << u"root.querySelector('.lt-tag .tag').textContent === 'Léa R.'"_s;
    }

    void pagesShowResultsSavedInTheStore()
    {
        QFETCH(QString, page);
        QFETCH(QString, before);
        QFETCH(QString, after);
        auto query = m_store->select(u"SELECT id FROM players WHERE tag = 'Léa'"_s);
        QVERIFY(query.next());
        const qint64 lea = query.value(0).toLongLong();
        query.finish();
        page.replace(u"%LEA%"_s, QString::number(lea));
        OverlayServer server(*m_source);
        server.setPort(0);
        server.setNetworkAddress(QHostAddress::LocalHost);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        auto &browser = chromium();
        QVERIFY2(
            browser.open(u"http://127.0.0.1:%1/%2"_s.arg(server.serverPort()).arg(page)), qPrintable(browser.error()));
        QVERIFY2(browser.evaluate(waitUntil(before)).toBool(),
            qPrintable(browser.evaluate(u"document.getElementById('root').textContent"_s).toString()));
        QVERIFY(!browser.evaluate(waitUntil(after, 0)).toBool());

        const int waiting = browser.evaluateLater(waitUntil(after));
        QTest::qWait(50); // the page is watching before the result is saved
        QElapsedTimer timer;
        timer.start();
        if (page.startsWith(u"scoreboard"_s)) {
            playOnStream(matchOf(u"Zoé"_s));
        } else if (page.startsWith(u"lowerthird"_s)) {
            QVERIFY(!m_store->run(CommandLabel::verbatim(u"rename"_s),
                [&](StoreTransaction &tx) { tx.update(u"players"_s, lea, -1, {{u"tag"_s, u"Léa R."_s}}); }));
        } else
            QVERIFY(m_brackets->report(m_event, match(1).id, win(0), {}, nullptr));
        const bool shown = HeadlessChromium::valueOf(browser.waitForReply(waiting)).toBool();
        const auto elapsed = timer.elapsed();
        QVERIFY2(shown, qPrintable(browser.evaluate(u"document.getElementById('root').textContent"_s).toString()));
        qInfo("%s: saved result shown after %lld ms", qPrintable(page), elapsed);
        QVERIFY2(elapsed < 500, qPrintable(u"%1 ms"_s.arg(elapsed)));
    }
};

QTEST_MAIN(TestStoreOverlay)
#include "tst_storeoverlay.moc"
