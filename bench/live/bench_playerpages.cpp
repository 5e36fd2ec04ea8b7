// SPDX-License-Identifier: GPL-3.0-or-later
// bench_playerpages [PLAYERS] [RESULTS]: the player pages under a full hall. PLAYERS phones
// (default 512) hold their page's WebSocket open on loopback, in a 512-entrant single
// elimination (best of 3) on 32 stations with self-reporting on. For each of RESULTS results
// (default 20) one player reports a called match and the opponent confirms it; from the
// confirmation to each page that changed receiving its new state is one latency (the two
// players', the players the freed station calls next…). Bounded and self-stopping: every wait
// has a deadline, and the whole run stops after 3 minutes. Prints JSON: p50/p95/max, pages
// updated per result, and fails (exit 1) when a player's page was not updated.

#include "../../tests/bracket/bracketfixture.h"
#include "core/clock.h"
#include "live/playerphones.h"
#include "live/tournamentlive.h"
#include "overlay/playerpageserver.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace omnium::engine;

namespace {

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5)));
}

// Runs the event loop until done() holds or the deadline passes; false on timeout.
bool spinUntil(const std::function<bool()> &done, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

int fail(const QString &why)
{
    std::fprintf(stderr, "bench: %s\n", qPrintable(why));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int players = argc > 1 ? std::clamp(atoi(argv[1]), 4, 1024) : 512;
    const int results = argc > 2 ? std::clamp(atoi(argv[2]), 1, 200) : 20;
    QTimer::singleShot(180'000, &app, [] {
        std::fprintf(stderr, "bench: over 3 minutes, stopped\n");
        std::exit(2);
    });

    QTemporaryDir dir;
    ManualClock clock {QDateTime(QDate(2026, 11, 28), QTime(10, 0), QTimeZone::UTC)};
    Store store(clock);
    if (const auto error = store.open(dir.filePath(u"bench.sqlite"_s)))
        return fail(error.message);
    const qint64 event = BracketFixture::makeEvent(store, players);
    BracketStore brackets(store);
    PhaseConfig config;
    config.format = Format::SingleElimination;
    config.bestOf = 3;
    QString error;
    if (brackets.createPhase(event, u"Main"_s, config, &error) <= 0)
        return fail(error);
    // The stations and every player's link, as the desk would have made them.
    QHash<qint64, QString> secrets; // player id -> secret
    const auto setup = store.run(CommandLabel::verbatim(u"bench setup"_s), [&](StoreTransaction &tx) {
        auto query = tx.select(u"SELECT tournament_id FROM events WHERE id = ?"_s, {event});
        query.next();
        const qint64 tournament = query.value(0).toLongLong();
        query.finish();
        for (int n = 1; n <= 32; ++n)
            tx.insert(u"stations"_s, {{u"tournament_id"_s, tournament}, {u"number"_s, n}});
        QList<std::pair<qint64, int>> rows;
        auto list = tx.select(u"SELECT id, version FROM players"_s);
        while (list.next())
            rows.append({list.value(0).toLongLong(), list.value(1).toInt()});
        list.finish();
        for (const auto &[id, version] : rows) {
            QByteArray bytes(18, Qt::Uninitialized);
            QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
            const auto secret
                = QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
            tx.update(u"players"_s, id, version, {{u"phone_secret"_s, secret}});
            secrets.insert(id, secret);
        }
    });
    if (setup)
        return fail(setup.message);
    TournamentLive live(store, clock);
    live.scheduler().refresh();
    PlayerPhones phones(store, live, clock);
    phones.setSelfReporting(event, true);
    PlayerPageServer server(phones);
    PlayerPageServer::Limits limits;
    limits.requestsPerWindow = 100'000; // every phone is on 127.0.0.1 here
    server.setLimits(limits);
    server.setPort(0);
    if (!server.start())
        return fail(server.errorString());

    // The phones: each page's socket, the time its latest state arrived.
    struct Phone {
        std::unique_ptr<QWebSocket> socket;
        qint64 playerId = 0;
        int messages = 0;
        qint64 lastAtNs = 0;
    };
    QElapsedTimer clockNs;
    clockNs.start();
    std::vector<Phone> phonesOpen;
    phonesOpen.reserve(std::size_t(secrets.size()));
    QElapsedTimer connecting;
    connecting.start();
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        phonesOpen.push_back({std::make_unique<QWebSocket>(), it.key(), 0, 0});
        Phone &phone = phonesOpen.back();
        QObject::connect(
            phone.socket.get(), &QWebSocket::textMessageReceived, &app, [&phone, &clockNs](const QString &m) {
                if (m.startsWith(u"{\"heartbeat\""))
                    return;
                ++phone.messages;
                phone.lastAtNs = clockNs.nsecsElapsed();
            });
        QNetworkRequest request(QUrl(u"ws://127.0.0.1:%1/p/%2/live"_s.arg(server.serverPort()).arg(it.value())));
        phone.socket->open(request);
    }
    if (!spinUntil(
            [&] {
                return std::all_of(
                    phonesOpen.cbegin(), phonesOpen.cend(), [](const Phone &p) { return p.messages > 0; });
            },
            60'000))
        return fail(u"not every page connected within 60 s (%1 open)"_s.arg(server.webSocketCount()));
    const double connectMs = double(connecting.nsecsElapsed()) / 1e6;

    std::vector<double> latencies;
    QList<double> pagesPerResult;
    QHash<qint64, Phone *> byPlayer;
    for (auto &phone : phonesOpen)
        byPlayer.insert(phone.playerId, &phone);
    for (int r = 0; r < results; ++r) {
        const auto playing = live.scheduler().nowPlaying();
        const auto called = std::find_if(playing.cbegin(), playing.cend(),
            [](const LiveMatch &m) { return m.state == ScheduleMatch::State::Called && m.sides[1].entrantId; });
        if (called == playing.cend())
            return fail(u"no called match left after %1 results"_s.arg(r));
        qint64 sidePlayers[2] = {0, 0};
        for (int side = 0; side < 2; ++side) {
            auto query
                = store.select(u"SELECT player_id FROM entrants WHERE id = ?"_s, {called->sides[side].entrantId});
            query.next();
            sidePlayers[side] = query.value(0).toLongLong();
        }
        if (phones.report(sidePlayers[0], called->matchId, 2, 1).outcome != PlayerPhones::Outcome::Waiting)
            return fail(u"the first report was not taken"_s);
        spinUntil([] { return false; }, 100); // its own page updates settle
        std::vector<int> before;
        for (const auto &phone : phonesOpen)
            before.push_back(phone.messages);
        const qint64 t0 = clockNs.nsecsElapsed();
        if (phones.report(sidePlayers[1], called->matchId, 1, 2).outcome != PlayerPhones::Outcome::Confirmed)
            return fail(u"the confirmation was not taken"_s);
        const auto updated = [&](qint64 player) {
            const Phone *phone = byPlayer.value(player);
            return phone && phone->messages > before[std::size_t(phone - phonesOpen.data())];
        };
        if (!spinUntil([&] { return updated(sidePlayers[0]) && updated(sidePlayers[1]); }, 5000))
            return fail(u"a player's page was not updated after result %1"_s.arg(r + 1));
        spinUntil([] { return false; }, 200); // the other pages' updates, if any
        int pages = 0;
        for (std::size_t i = 0; i < phonesOpen.size(); ++i) {
            if (phonesOpen[i].messages > before[i]) {
                ++pages;
                latencies.push_back(double(phonesOpen[i].lastAtNs - t0) / 1e6);
            }
        }
        pagesPerResult.append(pages);
        clock.advanceSecs(120);
    }
    std::sort(pagesPerResult.begin(), pagesPerResult.end());
    const QJsonObject out {{u"players"_s, players}, {u"connected"_s, server.webSocketCount()},
        {u"connectAllMs"_s, qRound(connectMs)}, {u"results"_s, results},
        {u"pagesUpdatedPerResult"_s,
            QJsonObject {{u"min"_s, pagesPerResult.first()}, {u"max"_s, pagesPerResult.last()}}},
        {u"latencyMs"_s,
            QJsonObject {{u"p50"_s, qRound(percentile(latencies, 0.5) * 10) / 10.0},
                {u"p95"_s, qRound(percentile(latencies, 0.95) * 10) / 10.0},
                {u"max"_s, qRound(percentile(latencies, 1.0) * 10) / 10.0}}}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return 0;
}
