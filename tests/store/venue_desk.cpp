// SPDX-License-Identifier: GPL-3.0-or-later
// One desk of tst_venuesoak: a real Store, live tournament, Bracket page, scheduler and
// registration on a venue server, making random commands (results, corrections, check-ins,
// station moves, undos) as an organiser would, with the event loop running in between.
//   venue_desk URL DESK COMMANDS SEED FOLDER
// Prints "ack ID KIND" once a command is committed (ID: its command_log id), "unchanged KIND"
// when it changed nothing, "refused KIND" otherwise, then "finished". It then keeps listening until FOLDER/compare
// exists, catches up, and prints "models equal" when its live models, station board and every event's bracket equal a
// fresh reading of the server (a desk started now), or "models differ: …".
#include "bracket/bracketcontroller.h"
#include "competition/bracketstore.h"
#include "core/clock.h"
#include "engine/eventjsoncodec.h"
#include "live/tournamentlive.h"
#include "registration/eventcontroller.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QThread>

#include <cstdio>
#include <random>

using namespace Qt::StringLiterals;

namespace {

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

void spin(int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(1);
    }
}

QList<qint64> ids(Store &store, const QString &sql)
{
    QList<qint64> out;
    auto query = store.select(sql);
    while (query.next())
        out << query.value(0).toLongLong();
    return out;
}

// What every screen shows, to compare with a fresh reading.
QString differences(Store &store, TournamentLive &live, const Clock &clock)
{
    Store fresh(clock);
    if (fresh.open(store.path()))
        return u"the server cannot be read again"_s;
    TournamentLive freshLive(fresh, clock);
    freshLive.scheduler().setTournamentId(live.scheduler().tournamentId());
    QStringList differ;
    if (live.nowPlaying()->rows() != freshLive.nowPlaying()->rows())
        differ << u"now playing"_s;
    if (live.upNext()->rows() != freshLive.upNext()->rows())
        differ << u"up next"_s;
    if (live.stations()->rows() != freshLive.stations()->rows())
        differ << u"stations"_s;
    if (live.events()->rows() != freshLive.events()->rows())
        differ << u"events"_s;
    BracketStore shown(store);
    BracketStore read(fresh);
    for (const qint64 event : ids(fresh, u"SELECT id FROM events ORDER BY id"_s)) {
        QString error;
        const auto a = shown.load(event, &error);
        const auto b = read.load(event, &error);
        if (!a || !b
            || omnium::engine::EventJsonCodec::toJson(a->state) != omnium::engine::EventJsonCodec::toJson(b->state))
            differ << u"bracket of event %1"_s.arg(event);
    }
    return differ.join(u", "_s);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"omnium.*.info=false\nqt.sql.*=false"_s);
    const QStringList args = app.arguments();
    if (args.size() != 6) {
        std::fprintf(stderr, "usage: venue_desk URL DESK COMMANDS SEED FOLDER\n");
        return 2;
    }
    const QString url = args.at(1);
    const int commands = args.at(3).toInt();
    std::mt19937 random(args.at(4).toUInt());
    const QString compareFlag = args.at(5) + u"/compare"_s;
    const Clock &clock = Clock::system();

    Store store(clock);
    store.setDeskName(args.at(2));
    store.setWatchInterval(200);
    // The server may be restarting when this desk starts: it tries for 30 s.
    for (int attempt = 0; store.open(url); ++attempt) {
        if (attempt == 300)
            return 1;
        QThread::msleep(100);
    }
    TournamentLive live(store, clock);
    BracketController bracket(store);
    EventController events(store);
    SchedulerController &schedule = live.scheduler();
    const qint64 event = ids(store, u"SELECT id FROM events ORDER BY id LIMIT 1"_s).value(0);
    bracket.setEventId(event);
    spin(100);

    const auto pick = [&random](const QList<qint64> &from) {
        return from.isEmpty() ? 0 : from.at(qsizetype(random() % quint32(from.size())));
    };
    static const QStringList scores = {u"2-0"_s, u"2-1"_s, u"0-2"_s, u"1-2"_s};
    for (int done = 0; done < commands;) {
        spin(int(random() % 20));
        if (store.connection() == Store::Connection::Reconnecting) {
            spin(100);
            continue;
        }
        const int roll = int(random() % 100);
        QString kind;
        bool ok = false;
        const qint64 before = store.seenCommandId();
        if (roll < 45) {
            kind = u"result"_s;
            const qint64 match = pick(ids(store, u"SELECT id FROM matches WHERE state IN ('called', 'in_progress')"_s));
            ok = match > 0
                && bracket.report(match, {{u"score"_s, scores.at(random() % 4)}, {u"seenCommandId"_s, before}}, {});
        } else if (roll < 55) {
            kind = u"correction"_s;
            const qint64 match = pick(ids(store, u"SELECT id FROM matches WHERE state = 'completed'"_s));
            ok = match > 0
                && bracket.report(match, {{u"score"_s, scores.at(random() % 4)}, {u"seenCommandId"_s, before}}, {});
        } else if (roll < 75) {
            kind = u"check-in"_s;
            const qint64 entrant = pick(ids(store, u"SELECT id FROM entrants"_s));
            ok = random() % 2 ? events.checkIn(entrant) : events.cancelCheckIn(entrant);
        } else if (roll < 88) {
            kind = u"station"_s;
            const qint64 match = pick(ids(store, u"SELECT id FROM matches WHERE state IN ('ready', 'called')"_s));
            const qint64 station = pick(ids(store, u"SELECT id FROM stations"_s));
            ok = match > 0 && station > 0 && schedule.assign(match, station);
        } else {
            kind = u"undo"_s;
            ok = store.undo();
        }
        // Acknowledged: the command is in the shared log (an undo adds its audit row there); a
        // command that changed nothing (a check-in already made) leaves no row.
        const qint64 id = kind == u"undo"_s ? store.seenCommandId() : store.lastCommandId();
        if (ok && id > before)
            say(u"ack %1 %2"_s.arg(id).arg(kind));
        else
            say((ok ? u"unchanged %1"_s : u"refused %1"_s).arg(kind));
        ++done;
    }
    say(u"finished"_s);

    while (!QFile::exists(compareFlag))
        spin(100);
    // Caught up when this desk has applied the newest command and its screens are idle.
    for (int tries = 0; tries < 100; ++tries) {
        const qint64 newest = ids(store, u"SELECT COALESCE(MAX(id), 0) FROM command_log"_s).value(0);
        spin(300);
        if (store.seenCommandId() == newest && store.connection() == Store::Connection::Connected)
            break;
    }
    // Estimates ("ends at 15:40") are computed at a moment: both readings are made at the same one.
    QString differ;
    for (int attempt = 0; attempt < 3; ++attempt) {
        schedule.refresh();
        spin(300);
        differ = differences(store, live, clock);
        if (differ.isEmpty())
            break;
    }
    say(differ.isEmpty() ? u"models equal"_s : u"models differ: "_s + differ);
    return 0;
}
