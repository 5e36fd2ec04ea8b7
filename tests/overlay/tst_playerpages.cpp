// SPDX-License-Identifier: GPL-3.0-or-later
// The players' phone pages on the real store and a real headless Chromium: a player opens
// their link and sees where to go, both players report the same score and the bracket has it
// (and the freed station its next match), different scores mark the match disputed, a wrong or
// revoked link reads and changes nothing, the page comes back after the server restarts.

#include "../bracket/bracketfixture.h"
#include "../print/qrreader.h"
#include "../testartefacts.h"
#include "core/clock.h"
#include "headlesschromium.h"
#include "live/matchpresenter.h"
#include "live/playerphones.h"
#include "live/storeoverlaydatasource.h"
#include "live/tournamentlive.h"
#include "overlay/playerpageserver.h"
#include "registration/entrantmodel.h"
#include "registration/eventcontroller.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QWebSocket>

using namespace omnium::engine;
using namespace Qt::StringLiterals;

namespace {

struct Response {
    int status = 0;
    QByteArray body;
};

// One HTTP exchange on a fresh connection, while the event loop runs (the server is in-process).
// A PDF's page as pdftoppm renders it, and its text as pdftotext reads it (poppler).
QImage pdfPage(const QString &pdf, int dpi = 150)
{
    QProcess::execute(
        u"pdftoppm"_s, {u"-r"_s, QString::number(dpi), u"-png"_s, u"-singlefile"_s, pdf, pdf + u"-page"_s});
    return QImage(pdf + u"-page.png"_s);
}
QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(u"pdftotext"_s, {pdf, u"-"_s});
    process.waitForFinished();
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

Response exchange(quint16 port, const QByteArray &method, const QString &target, const QByteArray &body = {},
    const QByteArray &extraHeaders = {})
{
    QTcpSocket socket;
    QByteArray received;
    QEventLoop loop;
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        received += socket.readAll();
        const auto end = received.indexOf("\r\n\r\n");
        const auto length = QRegularExpression(u"(?i)content-length:\\s*(\\d+)"_s).match(QString::fromLatin1(received));
        if (end >= 0 && length.hasMatch() && received.size() >= end + 4 + length.captured(1).toInt())
            loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] {
        // The test's own Host and Content-Type unless extraHeaders gives them.
        const QByteArray host = extraHeaders.contains("Host:")
            ? QByteArray()
            : QByteArray("Host: 127.0.0.1:" + QByteArray::number(port) + "\r\n");
        const QByteArray type = extraHeaders.contains("Content-Type:") ? "" : "Content-Type: application/json\r\n";
        socket.write(method + ' ' + target.toUtf8() + " HTTP/1.1\r\n" + host + type
            + "Content-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body);
    });
    socket.connectToHost(QHostAddress::LocalHost, port);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    loop.exec();
    Response response;
    const auto status = QRegularExpression(u"^HTTP/1\\.[01] (\\d{3})"_s).match(QString::fromLatin1(received));
    response.status = status.hasMatch() ? status.captured(1).toInt() : 0;
    response.body = received.mid(received.indexOf("\r\n\r\n") + 4);
    return response;
}

} // namespace

class TestPlayerPages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock {QDateTime(QDate(2026, 11, 28), QTime(14, 0), QTimeZone::UTC)};
    std::unique_ptr<Store> m_store;
    std::unique_ptr<BracketStore> m_brackets;
    std::unique_ptr<TournamentLive> m_live;
    std::unique_ptr<PlayerPhones> m_phones;
    std::unique_ptr<StoreOverlayDataSource> m_overlays;
    std::unique_ptr<PlayerPageServer> m_server;
    std::unique_ptr<HeadlessChromium> m_chromium;
    qint64 m_event = 0;
    int m_files = 0;
    // The match called to Station 5, and its two players with their links.
    qint64 m_match = 0;
    qint64 m_players[2] = {0, 0};
    QString m_secrets[2];

    HeadlessChromium &chromium()
    {
        if (!m_chromium) {
            m_chromium = std::make_unique<HeadlessChromium>();
            if (!m_chromium->start())
                qFatal("headless chromium: %s", qPrintable(m_chromium->error()));
        }
        return *m_chromium;
    }

    quint16 port() const { return m_server->serverPort(); }
    QString url(int side) const { return m_server->playerUrl(m_secrets[side]).toString(); }

    // A single-elimination top 8 (best of 3) on one station, number 5; self-reporting on.
    void makeTournament()
    {
        m_server.reset();
        m_overlays.reset();
        m_phones.reset();
        m_live.reset();
        m_brackets.reset();
        m_store = std::make_unique<Store>(m_clock);
        QVERIFY(!m_store->open(m_dir.filePath(u"p%1.sqlite"_s.arg(++m_files))));
        m_event = BracketFixture::makeEvent(*m_store, 8);
        m_brackets = std::make_unique<BracketStore>(*m_store);
        PhaseConfig config;
        config.format = Format::SingleElimination;
        config.bestOf = 3;
        QString error;
        QVERIFY2(m_brackets->createPhase(m_event, u"Top 8"_s, config, &error) > 0, qPrintable(error));
        QVERIFY(!m_store->run(CommandLabel::verbatim(u"stations"_s), [&](StoreTransaction &tx) {
            auto query = tx.select(u"SELECT tournament_id FROM events WHERE id = ?"_s, {m_event});
            query.next();
            tx.insert(u"stations"_s, {{u"tournament_id"_s, query.value(0).toLongLong()}, {u"number"_s, 5}});
        }));
        m_live = std::make_unique<TournamentLive>(*m_store, m_clock);
        m_live->scheduler().refresh();
        m_phones = std::make_unique<PlayerPhones>(*m_store, *m_live, m_clock);
        QVERIFY(m_phones->setSelfReporting(m_event, true));
        m_overlays = std::make_unique<StoreOverlayDataSource>(*m_store, *m_live);
        m_server = std::make_unique<PlayerPageServer>(*m_phones, m_overlays.get());
        m_server->setPort(0);
        QVERIFY(m_server->start());

        const auto playing = m_live->scheduler().nowPlaying();
        QCOMPARE(playing.size(), 1);
        m_match = playing.first().matchId;
        for (int side = 0; side < 2; ++side) {
            auto query = m_store->select(
                u"SELECT player_id FROM entrants WHERE id = ?"_s, {playing.first().sides[side].entrantId});
            QVERIFY(query.next());
            m_players[side] = query.value(0).toLongLong();
            m_secrets[side] = m_phones->issueLink(m_players[side]);
            QCOMPARE(m_secrets[side].size(), 24);
        }
    }

    Response report(int side, int mine, int theirs, const QString &secret = {})
    {
        const auto body = QJsonDocument(QJsonObject {{u"match"_s, m_match}, {u"mine"_s, mine}, {u"theirs"_s, theirs}})
                              .toJson(QJsonDocument::Compact);
        return exchange(port(), "POST", u"/p/"_s + (secret.isEmpty() ? m_secrets[side] : secret) + u"/report"_s, body);
    }

    // The page's text contains text within timeoutMs.
    bool pageShows(const QString &text, int timeoutMs = 3000)
    {
        return chromium()
            .evaluate(uR"(new Promise((resolve) => {
                const ok = () => document.body.textContent.includes(%1);
                if (ok()) return resolve(true);
                const observer = new MutationObserver(() => { if (ok()) { observer.disconnect(); resolve(true); } });
                observer.observe(document.body, {childList: true, subtree: true, characterData: true});
                setTimeout(() => { observer.disconnect(); resolve(ok()); }, %2);
            }))"_s.arg(QString::fromUtf8(
                           QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact).mid(1).chopped(1)))
                          .arg(timeoutMs),
                timeoutMs + 2000)
            .toBool();
    }

    const Match &match()
    {
        static Match copy;
        for (const auto &m : m_brackets->load(m_event, nullptr)->state.phases().front().matches) {
            if (m.id == m_match)
                copy = m;
        }
        return copy;
    }

    // Types text into the input id as a person does (an input event per change).
    void type(const QString &id, const QString &text)
    {
        chromium().evaluate(u"(() => { const e = document.getElementById('%1'); e.value = '%2';"
                            " e.dispatchEvent(new Event('input')); return true; })()"_s.arg(id, text));
    }
    QString pagePath() { return chromium().evaluate(u"location.pathname"_s).toString(); }
    // The poster's page (no live connection: HeadlessChromium::open would wait for one).
    void openFind(const QString &lang = u"en"_s)
    {
        chromium().call(u"Page.navigate"_s, {{u"url"_s, QString(m_server->findUrl().toString() + u"?lang="_s + lang)}});
        QTRY_VERIFY(chromium()
                .evaluate(u"document.readyState === 'complete' && !!document.getElementById('root')"
                          " && document.getElementById('root').childElementCount > 0"_s)
                .toBool());
    }

    QString tagOf(qint64 playerId)
    {
        auto query = m_store->select(u"SELECT tag FROM players WHERE id = ?"_s, {playerId});
        return query.next() ? query.value(0).toString() : QString();
    }

    Response find(qint64 playerId, const QString &code)
    {
        return exchange(port(), "POST", u"/find"_s,
            QJsonDocument(QJsonObject {{u"player"_s, playerId}, {u"code"_s, code}}).toJson(QJsonDocument::Compact));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init() { makeTournament(); }

    void calledToStationInThePhonesLanguage()
    {
        QVERIFY2(chromium().open(url(0) + u"?lang=en"_s), qPrintable(chromium().error()));
        QVERIFY(pageShows(u"Called to Station 5 — go now"_s));
        QVERIFY(pageShows(u"Best of 3"_s));
        // The no-show countdown, by the desk's clock (the test's is days away from the browser's).
        QVERIFY(pageShows(u"10:00 left to show up"_s, 500) || pageShows(u"9:59 left to show up"_s, 500));
        QVERIFY(chromium().open(url(0) + u"?lang=fr"_s));
        // Rounds and stations in the phone's language too, from MatchPresenter.
        QVERIFY(pageShows(u"Appelé : Poste 5 — allez‑y"_s));
        QVERIFY(pageShows(u"Quart de finale"_s));
        // The desk's names stay the app's (English here): the phone's are made again in its language.
        QCOMPARE(m_live->scheduler().nowPlaying().first().roundName, u"Quarter-final"_s);
        // A desk in French, a phone in English: the scope gives the source words.
        QTranslator desk;
        QVERIFY(desk.load(u"omnium_fr"_s, u":/i18n"_s));
        QCoreApplication::installTranslator(&desk);
        QCOMPARE(MatchPresenter::stationName(5), u"Poste 5"_s);
        {
            const MatchPresenter::InLanguage english(nullptr);
            QCOMPARE(MatchPresenter::stationName(5), u"Station 5"_s);
            QCOMPARE(MatchPresenter::roundName(Format::SingleElimination, Side::Winners, 1, 3), u"Quarter-final"_s);
        }
        QCOMPARE(MatchPresenter::stationName(5), u"Poste 5"_s);
        QCoreApplication::removeTranslator(&desk);
        // The language the phone asks for, without ?lang=.
        const auto french = exchange(port(), "GET", u"/p/"_s + m_secrets[0], {}, "Accept-Language: fr-FR,fr;q=0.9\r\n");
        QCOMPARE(french.status, 200);
        QVERIFY(french.body.contains("lang=\"fr\""));
        const auto english = exchange(port(), "GET", u"/p/"_s + m_secrets[0], {}, "Accept-Language: en-GB\r\n");
        QVERIFY(english.body.contains("lang=\"en\""));
    }

    void bothReportTheSameScore()
    {
        QVERIFY(chromium().open(url(0) + u"?lang=en"_s));
        QVERIFY(pageShows(u"Report the score"_s));
        // Player 1 types 2-1 on the phone; nothing counts yet.
        chromium().evaluate(u"document.getElementById('mine').value = '2';"
                            "document.getElementById('theirs').value = '1';"
                            "document.getElementById('send').click(); true"_s);
        QVERIFY(pageShows(u"Sent: 2-1. Waiting for your opponent to confirm."_s));
        QCOMPARE(match().state, MatchState::Called);
        // The opponent confirms from their own phone: the bracket has the result.
        const auto confirmed = report(1, 1, 2);
        QCOMPARE(confirmed.status, 200);
        QCOMPARE(QJsonDocument::fromJson(confirmed.body).object().value(u"outcome"_s).toString(), u"confirmed"_s);
        QCOMPARE(match().state, MatchState::Completed);
        QCOMPARE(match().result.winner, 0);
        // The freed station has its next match, and the page moved on to the player's next one.
        const auto playing = m_live->scheduler().nowPlaying();
        QCOMPARE(playing.size(), 1);
        QVERIFY(playing.first().matchId != m_match);
        QVERIFY(pageShows(u"Won"_s));
        // One undo step at the desk gives back the result and the call it caused.
        QVERIFY2(m_store->undoText().contains(u"2-1"_s), qPrintable(m_store->undoText()));
        QVERIFY(m_store->undo());
        QCOMPARE(match().state, MatchState::Called);
        QTRY_COMPARE(m_live->scheduler().nowPlaying().first().matchId, m_match);
    }

    // Check-in from the phone: with the event's switch on and before its bracket, a page that
    // opens (not a link preview's GET) checks its own player in, and the desk's list follows.
    void checkInFromThePhone()
    {
        EventController events(*m_store);
        auto query = m_store->select(u"SELECT tournament_id FROM events WHERE id = ?"_s, {m_event});
        QVERIFY(query.next());
        const qint64 open
            = events.addEvent(query.value(0).toLongLong(), {{u"name"_s, u"Tekken 8"_s}, {u"game"_s, u"T8"_s}});
        query.finish();
        const qint64 mine = events.registerPlayer(open, m_players[0]);
        const qint64 theirs = events.registerPlayer(open, m_players[1]);
        QVERIFY(mine > 0 && theirs > 0);
        EntrantModel desk(m_store.get());
        desk.setEventId(open);
        const auto deskSays = [&](qint64 entrant) {
            return desk.data(desk.index(desk.rowOf(entrant)), EntrantModel::CheckInRole).toString();
        };
        QCOMPARE(deskSays(mine), u"pending"_s);
        // Switch off: the page checks nobody in.
        QVERIFY(chromium().open(url(0) + u"?lang=en"_s));
        QVERIFY(!pageShows(u"Checked in"_s, 300));
        QCOMPARE(deskSays(mine), u"pending"_s);

        QVERIFY(m_phones->setPhoneCheckIn(open, true));
        QCOMPARE(exchange(port(), "GET", u"/p/"_s + m_secrets[0]).status, 200); // a link preview
        QCOMPARE(deskSays(mine), u"pending"_s);
        QVERIFY(chromium().open(url(0) + u"?lang=en"_s));
        QTRY_COMPARE(deskSays(mine), u"checked_in"_s);
        QVERIFY(pageShows(u"Checked in: Tekken 8"_s));
        QCOMPARE(deskSays(theirs), u"pending"_s); // only the page's own player
        QVERIFY2(m_store->undoText().contains(u"from their phone"_s), qPrintable(m_store->undoText()));
        if (const auto dir = testArtefacts(); dir.exists()) {
            chromium().call(u"Emulation.setDeviceMetricsOverride"_s,
                {{u"width"_s, 390}, {u"height"_s, 844}, {u"deviceScaleFactor"_s, 1}, {u"mobile"_s, true}});
            for (const auto &lang : {u"en"_s, u"fr"_s}) {
                QVERIFY(chromium().open(url(0) + u"?lang="_s + lang));
                QVERIFY(chromium().screenshot(dir.filePath(u"player-checkin-"_s + lang + u".png"_s)));
            }
        }
        // The bracket made, the window is closed.
        PhaseConfig config;
        config.format = Format::SingleElimination;
        QVERIFY(m_brackets->createPhase(open, u"Main"_s, config, nullptr) > 0);
        QVERIFY(chromium().open(url(1) + u"?lang=en"_s));
        QTest::qWait(300);
        QCOMPARE(deskSays(theirs), u"pending"_s);
    }

    // A team's entrant is checked in from a member's phone; a coach's phone does not.
    void checkInATeamFromThePhone()
    {
        EventController events(*m_store);
        auto query = m_store->select(u"SELECT tournament_id FROM events WHERE id = ?"_s, {m_event});
        QVERIFY(query.next());
        const qint64 open = events.addEvent(
            query.value(0).toLongLong(), {{u"name"_s, u"Rocket League"_s}, {u"game"_s, u"RL"_s}, {u"teamSize"_s, 2}});
        query.finish();
        qint64 team = 0;
        QVERIFY(!m_store->run(CommandLabel::verbatim(u"team"_s), [&](StoreTransaction &tx) {
            team = tx.insert(u"teams"_s, {{u"name"_s, u"Les Bleus"_s}});
            tx.insert(u"team_members"_s, {{u"team_id"_s, team}, {u"player_id"_s, m_players[0]}});
            tx.insert(
                u"team_members"_s, {{u"team_id"_s, team}, {u"player_id"_s, m_players[1]}, {u"role"_s, u"coach"_s}});
        }));
        const qint64 entrant = events.registerTeam(open, team);
        QVERIFY(entrant > 0);
        QVERIFY(m_phones->setPhoneCheckIn(open, true));
        EntrantModel desk(m_store.get());
        desk.setEventId(open);
        const auto deskSays
            = [&] { return desk.data(desk.index(desk.rowOf(entrant)), EntrantModel::CheckInRole).toString(); };
        QCOMPARE(deskSays(), u"pending"_s);
        QVERIFY(chromium().open(url(1) + u"?lang=en"_s)); // the coach
        QTest::qWait(300);
        QCOMPARE(deskSays(), u"pending"_s);
        QVERIFY(chromium().open(url(0) + u"?lang=en"_s)); // a player of the team
        QTRY_COMPARE(deskSays(), u"checked_in"_s);
        QVERIFY(pageShows(u"Checked in: Rocket League"_s));
    }

    // An event that wants games: the phone says who won each game, and the organiser confirms a
    // phone's report at the station (as the opponent would): the same result command, one undo.
    void gameByGameAndConfirmedAtTheStation()
    {
        QVERIFY(m_phones->setGameReporting(m_event, true));
        QVERIFY(chromium().open(url(0) + u"?lang=en"_s));
        QVERIFY(pageShows(u"Who won?"_s));
        const auto visible = [this](const QString &id) {
            return chromium().evaluate(u"!document.getElementById('%1').closest('.game').hidden"_s.arg(id)).toBool();
        };
        QVERIFY(visible(u"game-1-me"_s) && !visible(u"game-2-me"_s));
        for (const auto &id : {u"game-1-me"_s, u"game-2-them"_s})
            chromium().evaluate(u"document.getElementById('%1').click(); true"_s.arg(id));
        QVERIFY(visible(u"game-3-me"_s)); // 1-1: a third game
        chromium().evaluate(
            u"document.getElementById('game-3-me').click(); document.getElementById('send').click(); true"_s);
        QVERIFY(pageShows(u"Sent: 2-1. Waiting for your opponent to confirm."_s));
        QCOMPARE(report(1, 1, 2).status, 409); // a score alone: this event wants games
        QCOMPARE(match().state, MatchState::Called);
        // At the desk: "reported by phone: 2-1", confirmed by the organiser.
        QCOMPARE(m_phones->pendingReport(m_match), u"2-1"_s);
        QVERIFY(m_phones->confirmReport(m_match));
        QCOMPARE(match().state, MatchState::Completed);
        QCOMPARE(match().result.winner, 0);
        QCOMPARE(int(match().result.games.size()), 3);
        QVERIFY(m_phones->pendingReport(m_match).isEmpty());
        QVERIFY(pageShows(u"Won"_s));
        QVERIFY2(m_store->undoText().contains(u"2-1"_s), qPrintable(m_store->undoText()));
        QVERIFY(m_store->undo());
        QCOMPARE(match().state, MatchState::Called);

        // Both phones game by game: the opponent's mirror of the same games confirms it.
        const auto games = [this](int side, const QJsonArray &list) {
            return exchange(port(), "POST", u"/p/"_s + m_secrets[side] + u"/report"_s,
                QJsonDocument(QJsonObject {{u"match"_s, m_match}, {u"games"_s, list}}).toJson(QJsonDocument::Compact));
        };
        QCOMPARE(games(0, {u"them"_s, u"me"_s, u"cheese"_s}).status, 409); // neither side's word
        QCOMPARE(games(0, {u"them"_s, u"me"_s, u"me"_s}).status, 200);
        const auto confirmed = games(1, {u"me"_s, u"them"_s, u"them"_s});
        QCOMPARE(QJsonDocument::fromJson(confirmed.body).object().value(u"outcome"_s).toString(), u"confirmed"_s);
        QCOMPARE(match().result.winner, 0);
        QCOMPARE(match().result.games.front().scores[0], 0); // the first game was the opponent's
    }

    void differentScoresAreDisputed()
    {
        QVERIFY(chromium().open(url(1) + u"?lang=en"_s));
        QCOMPARE(report(0, 2, 1).status, 200);
        QVERIFY(pageShows(u"Your opponent reported 1-2"_s));
        const auto reply = report(1, 2, 1); // each says they won
        QCOMPARE(QJsonDocument::fromJson(reply.body).object().value(u"outcome"_s).toString(), u"disputed"_s);
        QVERIFY(m_brackets->load(m_event, nullptr)->disputed.contains(m_match));
        // Listed for the desk to settle.
        QTRY_COMPARE(m_live->disputes()->rowCount(), 1);
        QCOMPARE(m_live->disputes()->rows().first().matchId, m_match);
        QVERIFY(match().state != MatchState::Completed);
        QVERIFY(pageShows(u"Disputed: go to the desk."_s));
    }

    void wrongOrRevokedLinkReadsAndChangesNothing()
    {
        const QString wrong = u"AAAAAAAAAAAAAAAAAAAAAAAA"_s;
        QCOMPARE(exchange(port(), "GET", u"/p/"_s + wrong).status, 403);
        QCOMPARE(exchange(port(), "GET", u"/p/"_s + wrong + u"/state"_s).status, 403);
        QCOMPARE(report(0, 2, 1, wrong).status, 403);
        QCOMPARE(exchange(port(), "GET", u"/p/"_s + m_secrets[0] + u"/state"_s).status, 200);

        // A revoked link: the page's connection closes, and the link reads and reports nothing.
        QVERIFY(chromium().open(url(0) + u"?lang=en"_s));
        const qint64 before = m_store->lastCommandId();
        QVERIFY(m_phones->revokeLink(m_players[0]));
        QVERIFY(m_phones->linkSecret(m_players[0]).isEmpty());
        QTRY_COMPARE(m_server->webSocketCount(), 0);
        QCOMPARE(exchange(port(), "GET", u"/p/"_s + m_secrets[0]).status, 403);
        QCOMPARE(report(0, 2, 1).status, 403);
        QCOMPARE(report(1, 1, 2).status, 200); // the opponent's word alone changes nothing
        QCOMPARE(m_store->lastCommandId(), before + 1); // only the revocation was written
        QCOMPARE(match().state, MatchState::Called);
        // Re-issued: a new link works, the old one still does not.
        const auto fresh = m_phones->issueLink(m_players[0]);
        QVERIFY(fresh != m_secrets[0]);
        QCOMPARE(exchange(port(), "GET", u"/p/"_s + fresh).status, 200);
        QCOMPARE(exchange(port(), "GET", u"/p/"_s + m_secrets[0]).status, 403);
    }

    // Another site open in the phone's browser cannot report, a rebinding name cannot read, and a
    // report must be JSON (a cross-site form cannot send it without the browser asking first).
    void foreignRequestsRefused()
    {
        const auto body = QJsonDocument(QJsonObject {{u"match"_s, m_match}, {u"mine"_s, 2}, {u"theirs"_s, 1}})
                              .toJson(QJsonDocument::Compact);
        const auto path = u"/p/"_s + m_secrets[0] + u"/report"_s;
        QCOMPARE(exchange(port(), "POST", path, body, "Origin: http://evil.example\r\n").status, 403);
        QCOMPARE(exchange(port(), "POST", path, body, "Origin: http://127.0.0.1:" + QByteArray::number(port()) + "\r\n")
                     .status,
            200); // the page's own origin
        QCOMPARE(report(1, 2, 1).status, 200); // the opponent: a dispute needs both words
        QVERIFY(m_brackets->load(m_event, nullptr)->disputed.contains(m_match));
        QCOMPARE(exchange(port(), "GET", u"/p/"_s + m_secrets[0], {}, "Host: evil.example\r\n").status, 400);
        QCOMPARE(exchange(port(), "POST", path, body, "Content-Type: text/plain\r\n").status, 415);
    }

    void reportsOnlyWhenTheEventAllowsIt()
    {
        QVERIFY(m_phones->setSelfReporting(m_event, false));
        QCOMPARE(report(0, 2, 1).status, 409);
        QCOMPARE(report(1, 1, 2).status, 409);
        QCOMPARE(match().state, MatchState::Called);
    }

    void rateLimited()
    {
        PlayerPageServer::Limits limits;
        limits.requestsPerWindow = 5;
        m_server->setLimits(limits);
        QVERIFY(m_server->start());
        for (int i = 0; i < 5; ++i)
            QCOMPARE(exchange(port(), "GET", u"/p/"_s + m_secrets[0] + u"/state"_s).status, 200);
        QCOMPARE(exchange(port(), "GET", u"/p/"_s + m_secrets[0] + u"/state"_s).status, 429);
    }

    void pageComesBackAfterARestart()
    {
        QVERIFY(chromium().open(url(0) + u"?lang=en"_s));
        const quint16 used = port();
        m_server->stop();
        QTRY_COMPARE(chromium().evaluate(u"document.body.dataset.connection"_s).toString(), u"offline"_s);
        m_server->setPort(used);
        QVERIFY(m_server->start());
        QTRY_COMPARE_WITH_TIMEOUT(
            chromium().evaluate(u"document.body.dataset.connection"_s).toString(), u"live"_s, 10000);
        QVERIFY(pageShows(u"Called to Station 5 — go now"_s));
    }

    // The poster's page: a tag picked from the list opens nothing by itself; the code printed
    // beside that player's link does, and the phone remembers the page for the next scan.
    void findYourPageWithTheCode()
    {
        const auto tag = tagOf(m_players[0]);
        const auto code = PlayerPhones::findCode(m_secrets[0]);
        QVERIFY(QRegularExpression(u"^[2-9A-Z]{4}-[2-9A-Z]{4}$"_s).match(code).hasMatch());
        // The list carries tags and ids, never a link; players without a link are not in it.
        const auto tags = exchange(port(), "GET", u"/find/tags?q="_s + tag.left(3).toLower());
        QCOMPARE(tags.status, 200);
        QVERIFY(tags.body.contains(tag.toUtf8()));
        QVERIFY(!tags.body.contains(m_secrets[0].toUtf8()) && !tags.body.contains("/p/"));
        QVERIFY(m_phones->revokeLink(m_players[1]));
        const auto unlinked = exchange(port(), "GET", u"/find/tags?q="_s + tagOf(m_players[1]));
        QVERIFY(!unlinked.body.contains(tagOf(m_players[1]).toUtf8()));
        // Wrong code or another player's code: 403, no link.
        QCOMPARE(find(m_players[0], u"2222-2222"_s).status, 403);
        QCOMPARE(find(m_players[1], code).status, 403);
        QVERIFY(!find(m_players[0], u"2222-2222"_s).body.contains("/p/"));

        openFind();
        chromium().evaluate(u"localStorage.clear(); true"_s);
        openFind();
        QVERIFY(pageShows(u"Find your page"_s));
        type(u"findTag"_s, tag.left(3));
        QVERIFY(pageShows(tag));
        chromium().evaluate(u"document.querySelector('#findTags button').click(); true"_s);
        type(u"findCode"_s, u"wrong"_s);
        chromium().evaluate(u"document.getElementById('findOpen').click(); true"_s);
        QVERIFY(pageShows(u"This code does not go with this tag"_s));
        QCOMPARE(pagePath(), u"/find"_s);
        type(u"findCode"_s, code.toLower().remove(u'-')); // as a person types it
        chromium().evaluate(u"document.getElementById('findOpen').click(); true"_s);
        QTRY_COMPARE(pagePath(), u"/p/"_s + m_secrets[0]);
        QVERIFY(pageShows(u"Called to Station 5 — go now"_s));
        // The next scan of the poster goes straight to the page.
        openFind();
        QTRY_COMPARE(pagePath(), u"/p/"_s + m_secrets[0]);
        // Revoked: the poster asks again.
        QVERIFY(m_phones->revokeLink(m_players[0]));
        openFind();
        QVERIFY(pageShows(u"Find your page"_s));
        QCOMPARE(pagePath(), u"/find"_s);

        // Guessing a player's code: a handful of tries a minute, from any address.
        const auto fresh = m_phones->issueLink(m_players[0]);
        for (int i = 0; i < 2; ++i) // after the two wrong codes above and the browser's
            QCOMPARE(find(m_players[0], u"2222-2222"_s).status, 403);
        QCOMPARE(find(m_players[0], PlayerPhones::findCode(fresh)).status, 429);
    }

    // The event's bracket and standings on the phone, drawn by the overlays' renderers, and
    // live: a result confirmed by both phones moves the winner on in the phone's bracket.
    void bracketAndStandingsOnThePhone()
    {
        QVERIFY(chromium().open(url(0) + u"?lang=en"_s));
        const auto count = [this](const QString &selector) {
            return chromium().evaluate(u"document.querySelectorAll('%1').length"_s.arg(selector)).toInt();
        };
        QCOMPARE(count(u".event-view"_s), 0); // not asked for: not sent
        chromium().evaluate(u"document.getElementById('tab-bracket').click(); true"_s);
        QTRY_COMPARE(count(u".event-view .bracket .match"_s), 7); // a top 8: 4 + 2 + 1
        QVERIFY(pageShows(tagOf(m_players[0])));
        QCOMPARE(count(u".event-view .slot.winner"_s), 0);
        QCOMPARE(report(0, 2, 1).status, 200);
        QCOMPARE(report(1, 1, 2).status, 200);
        QTRY_COMPARE(count(u".event-view .slot.winner"_s), 1);
        chromium().evaluate(u"document.getElementById('tab-standings').click(); true"_s);
        QTRY_VERIFY(count(u".event-view .standings tbody tr"_s) > 0);
        chromium().evaluate(u"document.getElementById('tab-me').click(); true"_s);
        QVERIFY(pageShows(u"Results so far"_s));
        QTRY_COMPARE(count(u".event-view"_s), 0);
    }

    // The phone's bracket names its rounds in the phone's language while the desk (and the
    // overlays) keep the app's: the overlays' JSON is made, and kept, once per language.
    void bracketInThePhonesLanguage()
    {
        const auto bracketText = [this] {
            return chromium().evaluate(u"document.querySelector('.event-view .bracket').textContent"_s).toString();
        };
        const auto matches = [this] {
            return chromium().evaluate(u"document.querySelectorAll('.event-view .bracket .match').length"_s).toInt();
        };
        const QString phase = QString::number(m_phones->currentPhase(m_players[0]));
        QVERIFY(m_overlays->bracketJson(phase)->contains("Quarter-final")); // the overlays' cache, first
        QVERIFY(chromium().open(url(0) + u"?lang=fr"_s));
        chromium().evaluate(u"document.getElementById('tab-bracket').click(); true"_s);
        QTRY_COMPARE(matches(), 7);
        auto french = bracketText();
        QVERIFY2(french.contains(u"Quart de finale"_s) && french.contains(u"Demi-finale"_s), qPrintable(french));
        QVERIFY(!french.contains(u"Quarter-final"_s));
        // A result reaches the French bracket (made again in French), and the overlays' stays English.
        QCOMPARE(report(0, 2, 1).status, 200);
        QCOMPARE(report(1, 1, 2).status, 200);
        QTRY_COMPARE(chromium().evaluate(u"document.querySelectorAll('.event-view .slot.winner').length"_s).toInt(), 1);
        french = bracketText();
        QVERIFY2(french.contains(u"Quart de finale"_s) && !french.contains(u"Quarter-final"_s), qPrintable(french));
        const auto desk = *m_overlays->bracketJson(phase);
        QVERIFY(desk.contains("Quarter-final") && !desk.contains("Quart de finale"));
        QVERIFY(chromium().open(url(1) + u"?lang=en"_s));
        chromium().evaluate(u"document.getElementById('tab-bracket').click(); true"_s);
        QTRY_COMPARE(matches(), 7);
        const auto english = bracketText();
        QVERIFY2(english.contains(u"Quarter-final"_s) && !english.contains(u"Quart de finale"_s), qPrintable(english));
    }

    // The entrance's poster carries the find page's address; a player's slip carries their own
    // link and the code that goes with it (read back as a phone's camera would).
    void posterAndSlipCarryTheLinks()
    {
        const auto poster = m_dir.filePath(u"poster.pdf"_s);
        QVERIFY(m_server->savePoster(QUrl::fromLocalFile(poster)));
        const auto posterPage = pdfPage(poster);
        QVERIFY(!posterPage.isNull());
        QCOMPARE(readQrCodes(posterPage), QStringList {m_server->findUrl().toString()});
        QVERIFY(pdfText(poster).contains(m_server->findUrl().toString()));

        const auto slip = m_dir.filePath(u"slip.pdf"_s);
        QVERIFY(m_server->saveSlip(QUrl::fromLocalFile(slip), m_players[0], tagOf(m_players[0])));
        QCOMPARE(readQrCodes(pdfPage(slip)), QStringList {url(0)});
        const auto text = pdfText(slip);
        QVERIFY2(text.contains(PlayerPhones::findCode(m_secrets[0])) && text.contains(tagOf(m_players[0])),
            qPrintable(text));
        // No link, no slip; the poster needs the server's address.
        QVERIFY(m_phones->revokeLink(m_players[0]));
        QVERIFY(!m_server->saveSlip(QUrl::fromLocalFile(slip + u"2"_s), m_players[0], tagOf(m_players[0])));
        m_server->stop();
        QVERIFY(!m_server->savePoster(QUrl::fromLocalFile(poster + u"2"_s)));
        QVERIFY(!QFile::exists(poster + u"2"_s));
        if (const auto dir = testArtefacts(); dir.exists()) {
            posterPage.save(dir.filePath(u"poster.png"_s));
            pdfPage(slip).save(dir.filePath(u"slip.png"_s));
        }
    }

    // A live page is no slow request (the TCP server's timeout spares it), and what a page
    // may send is small (HttpCommon::takeWebSockets, shared with the overlays).
    void liveSocketOutlivesRequestTimeoutButNotBigFrames()
    {
        PlayerPageServer::Limits limits;
        limits.tcp.requestTimeoutMs = 300;
        m_server->setLimits(limits);
        QVERIFY(m_server->start());
        QWebSocket socket;
        QStringList received;
        connect(&socket, &QWebSocket::textMessageReceived, this, [&](const QString &text) { received.append(text); });
        QUrl url = m_server->playerUrl(m_secrets[0]);
        url.setScheme(u"ws"_s);
        url.setPath(url.path() + u"/live"_s);
        socket.open(url);
        QTRY_COMPARE(received.size(), 1);
        QTest::qWait(900);
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
        QCOMPARE(m_server->webSocketCount(), 1);
        socket.sendTextMessage(QString(4096, u'x'));
        QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
        QTRY_COMPARE(m_server->webSocketCount(), 0);
    }

    // The hall's board in both languages, in turns.
    void boardAlternatesLanguages()
    {
        QVERIFY(chromium().open(m_server->boardUrl().toString() + u"?lang=both"_s));
        QVERIFY(pageShows(u"Appelés"_s));
        QVERIFY(pageShows(u"Kazuki"_s) && pageShows(u"Chloé"_s));
        QVERIFY(pageShows(u"Called now"_s, 17000));
        QVERIFY(pageShows(u"Appelés"_s, 17000));
    }

    // The board's names of rounds and stations follow the language it shows: chosen
    // (?lang=fr on an English desk), or in turns with its words (?lang=both).
    void boardNamesInItsLanguage()
    {
        const auto board = [this] { return chromium().evaluate(u"document.body.textContent"_s).toString(); };
        QVERIFY(chromium().open(m_server->boardUrl().toString() + u"?lang=fr"_s));
        QVERIFY(pageShows(u"Quart de finale"_s));
        QVERIFY2(board().contains(u"Poste 5"_s) && !board().contains(u"Quarter-final"_s), qPrintable(board()));
        QVERIFY2(board().contains(u" h "_s) && !board().contains(u" PM"_s), qPrintable(board())); // 14 h 24
        QVERIFY(chromium().open(m_server->boardUrl().toString() + u"?lang=en"_s));
        QVERIFY(pageShows(u"Quarter-final"_s));
        QVERIFY2(board().contains(u"Station 5"_s) && !board().contains(u"Quart de finale"_s), qPrintable(board()));
        QVERIFY(chromium().open(m_server->boardUrl().toString() + u"?lang=both"_s));
        QVERIFY(pageShows(u"Appelés"_s) && pageShows(u"Quart de finale"_s) && pageShows(u"Poste 5"_s));
        QVERIFY(pageShows(u"Called now"_s, 17000));
        QVERIFY2(board().contains(u"Quarter-final"_s) && board().contains(u"Station 5"_s), qPrintable(board()));
    }

    // Not a check: the phone page and the call board as people see them, in both languages.
    void screenshots()
    {
        const auto dir = testArtefacts();
        for (const auto &lang : {u"en"_s, u"fr"_s}) {
            chromium().call(u"Emulation.setDeviceMetricsOverride"_s,
                {{u"width"_s, 390}, {u"height"_s, 844}, {u"deviceScaleFactor"_s, 1}, {u"mobile"_s, true}});
            QCOMPARE(report(1, 1, 2).status, 200); // the opponent's proposal shows on the page
            QVERIFY(chromium().open(url(0) + u"?lang="_s + lang));
            QVERIFY(chromium().screenshot(dir.filePath(u"player-"_s + lang + u".png"_s)));
            chromium().evaluate(u"document.getElementById('tab-bracket').click(); true"_s);
            QTRY_VERIFY(chromium().evaluate(u"document.querySelectorAll('.event-view .match').length"_s).toInt() > 0);
            QVERIFY(chromium().screenshot(dir.filePath(u"player-bracket-"_s + lang + u".png"_s)));
            chromium().evaluate(u"document.getElementById('tab-standings').click(); true"_s);
            QTRY_VERIFY(chromium().evaluate(u"document.querySelectorAll('.event-view table').length"_s).toInt() > 0);
            QVERIFY(chromium().screenshot(dir.filePath(u"player-standings-"_s + lang + u".png"_s)));
            chromium().evaluate(u"localStorage.clear(); true"_s); // else the poster's page opens the player's
            openFind(lang);
            type(u"findTag"_s, tagOf(m_players[0]).left(2));
            QVERIFY(pageShows(tagOf(m_players[0])));
            QVERIFY(chromium().screenshot(dir.filePath(u"find-"_s + lang + u".png"_s)));
            chromium().call(u"Emulation.setDeviceMetricsOverride"_s,
                {{u"width"_s, 1920}, {u"height"_s, 1080}, {u"deviceScaleFactor"_s, 1}, {u"mobile"_s, false}});
            QVERIFY(chromium().open(m_server->boardUrl().toString() + u"?lang="_s + lang));
            QVERIFY(chromium().screenshot(dir.filePath(u"board-"_s + lang + u".png"_s)));
        }
    }
};

QTEST_MAIN(TestPlayerPages)
#include "tst_playerpages.moc"
