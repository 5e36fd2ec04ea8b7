// SPDX-License-Identifier: GPL-3.0-or-later
// omnium-cli event …: the Events, Registration, Check-in and Seeding pages' commands
// (EventController, EventModel, EntrantModel); the bracket commands are EventCommandRunner's.
#include "clicontext.h"
#include "clinouns.h"

#include "cli/eventcommandrunner.h"
#include "registration/entrantmodel.h"
#include "registration/eventcontroller.h"
#include "registration/eventmodel.h"
#include "registration/searchkey.h"
#include "registration/sortfiltermodel.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

// --tournament NAME|ID: an existing tournament's id, or a new tournament of that name.
qint64 tournamentId(CliContext &context, EventController &events)
{
    const QString text = context.required(u"tournament"_s);
    auto query = context.store().select(
        u"SELECT id FROM tournaments WHERE CAST(id AS TEXT) = ? OR name = ? ORDER BY id"_s, {text, text});
    if (query.next())
        return query.value(0).toLongLong();
    query.finish();
    const qint64 id = events.addTournament({{u"name"_s, text}});
    if (id == 0)
        context.storeFailed();
    return id;
}

// The player ids named by ids or gamer tags; an exit 2 naming the first unknown one.
QVariantList playerIds(CliContext &context)
{
    QHash<QString, qint64> byTag;
    QSet<qint64> ids;
    auto query = context.store().select(u"SELECT id, tag FROM players"_s);
    while (query.next()) {
        ids.insert(query.value(0).toLongLong());
        byTag.insert(searchKey(query.value(1).toString()), query.value(0).toLongLong());
    }
    QVariantList chosen;
    if (context.isSet(u"all"_s)) {
        for (const qint64 id : std::as_const(ids))
            chosen << id;
        std::sort(chosen.begin(), chosen.end(),
            [](const QVariant &a, const QVariant &b) { return a.toLongLong() < b.toLongLong(); });
        return chosen;
    }
    if (context.arguments().isEmpty())
        context.badInput(CliContext::tr("PLAYER: give players (ids or gamer tags) or --all"));
    for (const auto &text : context.arguments()) {
        bool isNumber = false;
        const qint64 id = text.toLongLong(&isNumber);
        if (isNumber && ids.contains(id))
            chosen << id;
        else if (byTag.contains(searchKey(text)))
            chosen << byTag.value(searchKey(text));
        else
            context.badInput(CliContext::tr("PLAYER: no player \"%1\"").arg(text));
    }
    return chosen;
}

} // namespace

int cli::eventAdd(CliContext &context)
{
    EventController events(context.store());
    const qint64 tournament = tournamentId(context, events);
    QVariantMap values {{u"name"_s, context.required(u"name"_s)}, {u"game"_s, context.value(u"game"_s)},
        {u"teamSize"_s, context.integer(u"team-size"_s, 1, 1, 100)},
        {u"entrantCap"_s, context.integer(u"cap"_s, 0, 0, 1 << 20)}};
    const qint64 event = events.addEvent(tournament, values);
    if (event == 0)
        context.storeFailed();
    if (context.json())
        context.printJson(QJsonObject {{u"tournamentId"_s, tournament}, {u"eventId"_s, event}});
    else
        context.out() << CliContext::tr("event %1 in tournament %2").arg(event).arg(tournament) << Qt::endl;
    return CliDone;
}

int cli::eventList(CliContext &context)
{
    EventModel model(&context.store());
    QHash<qint64, QString> tournaments;
    auto query = context.store().select(u"SELECT id, name FROM tournaments"_s);
    while (query.next())
        tournaments.insert(query.value(0).toLongLong(), query.value(1).toString());
    QSet<qint64> withBracket;
    query = context.store().select(u"SELECT DISTINCT event_id FROM phases"_s);
    while (query.next())
        withBracket.insert(query.value(0).toLongLong());
    QJsonArray list;
    for (int row = 0; row < model.count(); ++row) {
        const QVariantMap event = model.get(row);
        const qint64 id = event.value(u"id"_s).toLongLong();
        const qint64 tournament = event.value(u"tournamentId"_s).toLongLong();
        list.append(QJsonObject {{u"id"_s, id}, {u"tournamentId"_s, tournament},
            {u"tournament"_s, tournaments.value(tournament)}, {u"name"_s, event.value(u"name"_s).toString()},
            {u"game"_s, event.value(u"game"_s).toString()}, {u"entrants"_s, event.value(u"entrantCount"_s).toInt()},
            {u"waitlisted"_s, event.value(u"waitlistCount"_s).toInt()},
            {u"checkedIn"_s, event.value(u"checkedInCount"_s).toInt()}, {u"hasBracket"_s, withBracket.contains(id)}});
        if (!context.json())
            context.out() << id << '\t' << tournaments.value(tournament) << '\t' << event.value(u"name"_s).toString()
                          << '\t' << event.value(u"entrantCount"_s).toInt() << " entrants, "
                          << event.value(u"checkedInCount"_s).toInt() << " checked in" << Qt::endl;
    }
    if (context.json())
        context.printJson(list);
    return CliDone;
}

int cli::eventRegister(CliContext &context)
{
    const qint64 event = context.eventId();
    const QVariantList players = playerIds(context);
    EventController events(context.store());
    const int registered = events.registerPlayers(event, players);
    if (registered < 0)
        context.storeFailed();
    if (context.json())
        context.printJson(QJsonObject {{u"eventId"_s, event}, {u"registered"_s, registered}});
    else
        context.out() << CliContext::tr("registered %n player(s) in event %1", nullptr, registered).arg(event)
                      << Qt::endl;
    return CliDone;
}

int cli::eventSeed(CliContext &context)
{
    const qint64 event = context.eventId();
    const QString by = context.choice(u"by"_s, {});
    if (by.isEmpty())
        context.badInput(CliContext::tr("--by is required (rating, random or previous)"));
    if (context.isSet(u"previous"_s) != (by == u"previous"_s))
        context.badInput(CliContext::tr("--previous ID goes with --by previous, and only with it"));
    if (context.isSet(u"random-seed"_s) && by != u"random"_s)
        context.badInput(CliContext::tr("--random-seed goes with --by random"));
    EventController events(context.store());
    bool ok = false;
    if (by == u"rating"_s) {
        ok = events.seedByRating(event);
    } else if (by == u"random"_s) {
        const auto seed = quint32(context.integer(u"random-seed"_s, events.newRandomSeed(), 0, 0xffffffffLL));
        ok = events.seedRandomly(event, seed);
    } else {
        const qint64 previous = context.integer(u"previous"_s, 0, 1, std::numeric_limits<qint64>::max());
        ok = events.seedByPreviousResult(event, previous);
    }
    if (!ok)
        context.storeFailed();
    EntrantModel entrants(&context.store());
    entrants.setEventId(event);
    SortFilterModel seeded;
    seeded.setSourceModel(&entrants);
    seeded.setSortRoleName(u"seed"_s);
    QJsonArray seeds;
    for (int row = 0; row < seeded.count(); ++row) {
        const QVariantMap entrant = seeded.get(row);
        if (entrant.value(u"seed"_s).isNull())
            continue;
        seeds.append(QJsonObject {{u"seed"_s, entrant.value(u"seed"_s).toInt()},
            {u"entrantId"_s, entrant.value(u"id"_s).toLongLong()}, {u"name"_s, entrant.value(u"name"_s).toString()}});
        if (!context.json())
            context.out() << entrant.value(u"seed"_s).toInt() << '\t' << entrant.value(u"name"_s).toString()
                          << Qt::endl;
    }
    if (context.json())
        context.printJson(QJsonObject {{u"eventId"_s, event}, {u"seeds"_s, seeds}});
    return CliDone;
}

int cli::eventCloseCheckin(CliContext &context)
{
    const qint64 event = context.eventId();
    EntrantModel entrants(&context.store());
    entrants.setEventId(event);
    const int leaving = entrants.registeredCount() - entrants.checkedInCount();
    if (!context.isSet(u"yes"_s))
        throw CliFailure {CliConfirmationNeeded,
            CliContext::tr("%1 entrant(s) not checked in would leave event %2; run again with --yes")
                .arg(leaving)
                .arg(event)};
    EventController events(context.store());
    const int removed = events.removeNoShows(event);
    if (removed < 0)
        context.storeFailed();
    if (context.json())
        context.printJson(QJsonObject {{u"eventId"_s, event}, {u"removed"_s, removed}});
    else
        context.out()
            << CliContext::tr("removed %n entrant(s) not checked in from event %1", nullptr, removed).arg(event)
            << Qt::endl;
    return CliDone;
}

int cli::eventBracket(CliContext &context)
{
    return EventCommandRunner::run(context.rawArguments(), context.out(), context.err());
}
