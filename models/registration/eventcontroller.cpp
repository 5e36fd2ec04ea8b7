// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventcontroller.h"

#include "competition/bracketstore.h"
#include "engine/standingscalculator.h"
#include "playerimport.h"
#include "store/store.h"

#include <QRandomGenerator>
#include <QSet>

#include <random>

using namespace Qt::StringLiterals;

namespace {

QVariant textOrNull(const QVariant &value)
{
    const QString text = value.toString().trimmed();
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariantMap tournamentRow(const QVariantMap &values)
{
    QVariantMap row;
    const QList<std::pair<QString, QString>> columns = {
        {u"name"_s, u"name"_s}, {u"venue"_s, u"venue"_s}, {u"startsOn"_s, u"starts_on"_s}, {u"endsOn"_s, u"ends_on"_s}};
    for (const auto &[key, column] : columns) {
        if (values.contains(key))
            row.insert(column, textOrNull(values.value(key)));
    }
    return row;
}

QVariantMap eventRow(const QVariantMap &values)
{
    QVariantMap row;
    if (values.contains(u"name"_s))
        row.insert(u"name"_s, textOrNull(values.value(u"name"_s)));
    if (values.contains(u"game"_s))
        row.insert(u"game"_s, textOrNull(values.value(u"game"_s)));
    if (values.contains(u"teamSize"_s))
        row.insert(u"team_size"_s, qMax(1, values.value(u"teamSize"_s).toInt()));
    if (values.contains(u"entrantCap"_s)) {
        const int cap = values.value(u"entrantCap"_s).toInt();
        row.insert(u"entrant_cap"_s, cap > 0 ? QVariant(cap) : QVariant());
    }
    return row;
}

} // namespace

EventController::EventController(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{ }

QString EventController::eventName(qint64 eventId)
{
    auto query = m_store.select(u"SELECT name FROM events WHERE id = ?"_s, {eventId});
    return query.next() ? query.value(0).toString() : QString();
}

QString EventController::entrantName(qint64 entrantId)
{
    auto query = m_store.select(u"SELECT COALESCE(p.tag, t.name) FROM entrants e LEFT JOIN players p ON p.id = "
                                "e.player_id LEFT JOIN teams t ON t.id = e.team_id WHERE e.id = ?"_s,
        {entrantId});
    return query.next() ? query.value(0).toString() : QString();
}

qint64 EventController::addTournament(const QVariantMap &values)
{
    return saveTournament(0, 0, values);
}

bool EventController::updateTournament(qint64 id, int version, const QVariantMap &values)
{
    return saveTournament(id, version, values) != 0;
}

qint64 EventController::saveTournament(qint64 id, int version, const QVariantMap &values)
{
    const auto row = tournamentRow(values);
    const QString name = row.value(u"name"_s).toString();
    qint64 savedId = id;
    const auto error = m_store.run(id == 0
            ? CommandLabel("EventController", QT_TRANSLATE_NOOP("EventController", "add tournament %1"), {name})
            : CommandLabel("EventController", QT_TRANSLATE_NOOP("EventController", "edit tournament %1"), {name}),
        [&](StoreTransaction &tx) {
            if ((id == 0 || row.contains(u"name"_s)) && name.isEmpty())
                tx.fail(StoreError::Kind::Invalid, tr("A tournament needs a name."));
            if (const auto text = textProblemSentence(name, tr("the tournament name"), 128); !text.isEmpty())
                tx.fail(StoreError::Kind::Invalid, text);
            // The dates as they will be after this write.
            QVariantMap after = id == 0 ? QVariantMap() : tx.row(u"tournaments"_s, id);
            if (id != 0 && after.isEmpty())
                tx.fail(StoreError::Kind::NotFound, tr("This tournament no longer exists."));
            after.insert(row);
            QDate dates[2];
            const QString columns[2] = {u"starts_on"_s, u"ends_on"_s};
            for (int i = 0; i < 2; ++i) {
                const QString text = after.value(columns[i]).toString();
                dates[i] = QDate::fromString(text, Qt::ISODate);
                if (!text.isEmpty() && !dates[i].isValid())
                    tx.fail(StoreError::Kind::Invalid,
                        tr("“%1” is not a date: write it as YYYY-MM-DD, such as 2026-11-28.").arg(text));
            }
            if (dates[0].isValid() && dates[1].isValid() && dates[1] < dates[0])
                tx.fail(StoreError::Kind::Invalid, tr("The tournament cannot end before it starts."));
            if (id == 0)
                savedId = tx.insert(u"tournaments"_s, row);
            else
                tx.update(u"tournaments"_s, id, version, row);
        });
    return error ? 0 : savedId;
}

bool EventController::removeTournament(qint64 id, int version)
{
    return !m_store.run(CommandLabel("EventController", QT_TRANSLATE_NOOP("EventController", "delete tournament")),
        [&](StoreTransaction &tx) { tx.remove(u"tournaments"_s, id, version); });
}

qint64 EventController::addEvent(qint64 tournamentId, const QVariantMap &values)
{
    auto withTournament = values;
    withTournament.insert(u"tournamentId"_s, tournamentId);
    return saveEvent(0, 0, withTournament);
}

bool EventController::updateEvent(qint64 id, int version, const QVariantMap &values)
{
    return saveEvent(id, version, values) != 0;
}

qint64 EventController::saveEvent(qint64 id, int version, const QVariantMap &values)
{
    auto row = eventRow(values);
    if (id == 0)
        row.insert(u"tournament_id"_s, values.value(u"tournamentId"_s).toLongLong());
    const QString name = row.value(u"name"_s).toString();
    qint64 savedId = id;
    const auto error = m_store.run(id == 0
            ? CommandLabel("EventController", QT_TRANSLATE_NOOP("EventController", "add event %1"), {name})
            : CommandLabel("EventController", QT_TRANSLATE_NOOP("EventController", "edit event %1"), {name}),
        [&](StoreTransaction &tx) {
            if ((id == 0 || row.contains(u"name"_s)) && name.isEmpty())
                tx.fail(StoreError::Kind::Invalid, tr("An event needs a name."));
            if (const auto text = textProblemSentence(name, tr("the event name"), 128); !text.isEmpty())
                tx.fail(StoreError::Kind::Invalid, text);
            if (id == 0) {
                if (tx.row(u"tournaments"_s, row.value(u"tournament_id"_s).toLongLong()).isEmpty())
                    tx.fail(StoreError::Kind::NotFound, tr("Choose a tournament for the event first."));
                savedId = tx.insert(u"events"_s, row);
                return;
            }
            if (row.contains(u"team_size"_s)) {
                // Players in a team event (or teams in a 1v1) would make the registrations wrong.
                const bool teams = row.value(u"team_size"_s).toInt() > 1;
                auto query = tx.select(u"SELECT COUNT(*) FROM entrants WHERE event_id = ? AND %1 IS NOT NULL"_s.arg(
                                           teams ? u"player_id"_s : u"team_id"_s),
                    {id});
                const int wrong = query.next() ? query.value(0).toInt() : 0;
                query.finish();
                if (wrong > 0)
                    tx.fail(StoreError::Kind::Invalid,
                        teams ? tr("%n player(s) are registered in this 1v1 event: unregister them before making it a "
                                   "team event.",
                                    nullptr, wrong)
                              : tr("%n team(s) are registered in this event: unregister them before making it 1v1.",
                                    nullptr, wrong));
            }
            tx.update(u"events"_s, id, version, row);
            promoteWaitlist(tx, id); // a raised cap lets the waiting list in
        });
    return error ? 0 : savedId;
}

bool EventController::removeEvent(qint64 id, int version)
{
    return !m_store.run(
        CommandLabel("EventController", QT_TRANSLATE_NOOP("EventController", "delete event %1"), {eventName(id)}),
        [&](StoreTransaction &tx) { tx.remove(u"events"_s, id, version); });
}

qint64 EventController::insertEntrant(StoreTransaction &tx, qint64 eventId, const QString &column, qint64 id)
{
    const bool team = column == u"team_id"_s;
    const auto event = tx.row(u"events"_s, eventId);
    if (event.isEmpty())
        tx.fail(StoreError::Kind::NotFound, tr("This event no longer exists."));
    auto query
        = tx.select(team ? u"SELECT name FROM teams WHERE id = ?"_s : u"SELECT tag FROM players WHERE id = ?"_s, {id});
    const QString name = query.next() ? query.value(0).toString() : QString();
    query.finish();
    const int teamSize = event.value(u"team_size"_s).toInt();
    if (team && teamSize == 1)
        tx.fail(StoreError::Kind::Invalid,
            tr("%1 is a 1v1 event: register players, not teams.").arg(event.value(u"name"_s).toString()));
    if (!team && teamSize > 1)
        tx.fail(StoreError::Kind::Invalid,
            tr("%1 is played by teams of %2: register a team.").arg(event.value(u"name"_s).toString()).arg(teamSize));
    query = tx.select(u"SELECT COUNT(*) FROM entrants WHERE event_id = ? AND %1 = ?"_s.arg(column), {eventId, id});
    if (query.next() && query.value(0).toInt() > 0)
        tx.fail(StoreError::Kind::Invalid,
            tr("%1 is already registered in %2.").arg(name, event.value(u"name"_s).toString()));
    query.finish();
    query = tx.select(u"SELECT COUNT(*) FROM entrants WHERE event_id = ? AND waitlisted = 0"_s, {eventId});
    const int registered = query.next() ? query.value(0).toInt() : 0;
    query.finish();
    const QVariant cap = event.value(u"entrant_cap"_s);
    const bool full = !cap.isNull() && registered >= cap.toInt();
    return tx.insert(u"entrants"_s, {{u"event_id"_s, eventId}, {column, id}, {u"waitlisted"_s, full ? 1 : 0}});
}

qint64 EventController::registerEntrant(qint64 eventId, const QString &column, qint64 id)
{
    auto nameQuery = m_store.select(
        column == u"team_id"_s ? u"SELECT name FROM teams WHERE id = ?"_s : u"SELECT tag FROM players WHERE id = ?"_s,
        {id});
    const QString name = nameQuery.next() ? nameQuery.value(0).toString() : QString();
    nameQuery.finish();
    qint64 entrantId = 0;
    const auto error
        = m_store.run(CommandLabel("EventController", QT_TRANSLATE_NOOP("EventController", "register %1"), {name}),
            [&](StoreTransaction &tx) { entrantId = insertEntrant(tx, eventId, column, id); });
    return error ? 0 : entrantId;
}

int EventController::registerPlayers(qint64 eventId, const QVariantList &playerIds)
{
    QSet<qint64> registered;
    auto query
        = m_store.select(u"SELECT player_id FROM entrants WHERE event_id = ? AND player_id IS NOT NULL"_s, {eventId});
    while (query.next())
        registered.insert(query.value(0).toLongLong());
    query.finish();
    QList<qint64> newcomers;
    for (const auto &id : playerIds) {
        if (!registered.contains(id.toLongLong()))
            newcomers << id.toLongLong();
    }
    if (newcomers.isEmpty())
        return 0;
    const auto error = m_store.run(
        CommandLabel("EventController", QT_TRANSLATE_N_NOOP("EventController", "register %n player(s) in %1"),
            {eventName(eventId)}, int(newcomers.size())),
        [&](StoreTransaction &tx) {
            for (const qint64 id : std::as_const(newcomers))
                insertEntrant(tx, eventId, u"player_id"_s, id);
        });
    return error ? -1 : int(newcomers.size());
}

qint64 EventController::registerPlayer(qint64 eventId, qint64 playerId)
{
    return registerEntrant(eventId, u"player_id"_s, playerId);
}

qint64 EventController::registerTeam(qint64 eventId, qint64 teamId)
{
    return registerEntrant(eventId, u"team_id"_s, teamId);
}

void EventController::promoteWaitlist(StoreTransaction &tx, qint64 eventId)
{
    const auto event = tx.row(u"events"_s, eventId);
    if (event.isEmpty())
        return;
    auto query = tx.select(u"SELECT COUNT(*) FROM entrants WHERE event_id = ? AND waitlisted = 0"_s, {eventId});
    int registered = query.next() ? query.value(0).toInt() : 0;
    query.finish();
    const QVariant cap = event.value(u"entrant_cap"_s);
    query = tx.select(
        u"SELECT id FROM entrants WHERE event_id = ? AND waitlisted = 1 ORDER BY created_at, id"_s, {eventId});
    QList<qint64> waiting;
    while (query.next())
        waiting << query.value(0).toLongLong();
    query.finish();
    for (const qint64 id : std::as_const(waiting)) {
        if (!cap.isNull() && registered >= cap.toInt())
            break;
        tx.update(u"entrants"_s, id, -1, {{u"waitlisted"_s, 0}});
        ++registered;
    }
}

void EventController::refuseEntrantsInBrackets(
    StoreTransaction &tx, const QString &entrants, const QVariantList &values)
{
    auto query = tx.select(u"SELECT COALESCE(p.tag, t.name), ev.name FROM entrants e"
                           " JOIN events ev ON ev.id = e.event_id"
                           " LEFT JOIN players p ON p.id = e.player_id LEFT JOIN teams t ON t.id = e.team_id"
                           " WHERE ("_s
            + entrants
            + u") AND (EXISTS (SELECT 1 FROM matches m WHERE m.slot1_entrant_id = e.id OR m.slot2_entrant_id = e.id)"
              " OR EXISTS (SELECT 1 FROM lobby_entrants l WHERE l.entrant_id = e.id)) LIMIT 1"_s,
        values);
    if (!query.next())
        return;
    const QString name = query.value(0).toString();
    const QString event = query.value(1).toString();
    query.finish();
    tx.fail(StoreError::Kind::Invalid,
        tr("%1 plays in the bracket of %2: disqualify them there instead; deleting would leave their matches "
           "without a side.")
            .arg(name, event));
}

bool EventController::unregister(qint64 entrantId, int version)
{
    return !m_store.run(CommandLabel("EventController", QT_TRANSLATE_NOOP("EventController", "unregister %1"),
                            {entrantName(entrantId)}),
        [&](StoreTransaction &tx) {
            refuseEntrantsInBrackets(tx, u"e.id = ?"_s, {entrantId});
            const auto entrant = tx.row(u"entrants"_s, entrantId);
            tx.remove(u"entrants"_s, entrantId, version);
            promoteWaitlist(tx, entrant.value(u"event_id"_s).toLongLong());
        });
}

bool EventController::checkIn(qint64 entrantId)
{
    const QString name = entrantName(entrantId);
    return !m_store.run(CommandLabel("EventController", QT_TRANSLATE_NOOP("EventController", "check in %1"), {name}),
        [&](StoreTransaction &tx) {
            const auto entrant = tx.row(u"entrants"_s, entrantId);
            if (entrant.isEmpty())
                tx.fail(StoreError::Kind::NotFound, tr("This entrant is no longer registered."));
            if (entrant.value(u"waitlisted"_s).toInt() != 0)
                tx.fail(StoreError::Kind::Invalid, tr("%1 is on the waiting list: there is no place yet.").arg(name));
            if (entrant.value(u"check_in"_s).toString() == u"checked_in"_s)
                return;
            tx.update(
                u"entrants"_s, entrantId, -1, {{u"check_in"_s, u"checked_in"_s}, {u"checked_in_at"_s, tx.nowMs()}});
        });
}

bool EventController::cancelCheckIn(qint64 entrantId)
{
    return !m_store.run(CommandLabel("EventController", QT_TRANSLATE_NOOP("EventController", "cancel check-in of %1"),
                            {entrantName(entrantId)}),
        [&](StoreTransaction &tx) {
            tx.update(u"entrants"_s, entrantId, -1, {{u"check_in"_s, u"pending"_s}, {u"checked_in_at"_s, QVariant()}});
        });
}

int EventController::removeNoShows(qint64 eventId)
{
    int removed = 0;
    const auto error
        = m_store.run(CommandLabel("EventController", QT_TRANSLATE_NOOP("EventController", "remove no-shows from %1"),
                          {eventName(eventId)}),
            [&](StoreTransaction &tx) {
                refuseEntrantsInBrackets(
                    tx, u"e.event_id = ? AND e.waitlisted = 0 AND e.check_in <> 'checked_in'"_s, {eventId});
                auto query = tx.select(u"SELECT id FROM entrants WHERE event_id = ? AND waitlisted = 0 "
                                       "AND check_in <> 'checked_in'"_s,
                    {eventId});
                QList<qint64> ids;
                while (query.next())
                    ids << query.value(0).toLongLong();
                query.finish();
                for (const qint64 id : std::as_const(ids))
                    tx.remove(u"entrants"_s, id, -1);
                removed = int(ids.size());
                promoteWaitlist(tx, eventId);
                // Seeds close up so they stay 1..n.
                writeSeeds(tx, seedOrder(tx, eventId), eventId);
            });
    return error ? -1 : removed;
}

QList<qint64> EventController::seedOrder(StoreTransaction &tx, qint64 eventId)
{
    QList<qint64> seeded, unseeded;
    auto query = tx.select(u"SELECT id, seed FROM entrants WHERE event_id = ? AND waitlisted = 0 "
                           "ORDER BY seed, created_at, id"_s,
        {eventId});
    while (query.next())
        (query.value(1).isNull() ? unseeded : seeded) << query.value(0).toLongLong();
    return seeded + unseeded;
}

void EventController::writeSeeds(StoreTransaction &tx, const QList<qint64> &order, qint64 eventId)
{
    // Seeds only where something already had a seed or an order was asked for.
    auto query = tx.select(u"SELECT COUNT(*) FROM entrants WHERE event_id = ? AND seed IS NOT NULL"_s, {eventId});
    const bool anySeeded = query.next() && query.value(0).toInt() > 0;
    query.finish();
    if (!anySeeded)
        return;
    for (int i = 0; i < order.size(); ++i)
        tx.update(u"entrants"_s, order.at(i), -1, {{u"seed"_s, i + 1}});
}

bool EventController::setSeedOrder(qint64 eventId, const QVariantList &entrantIds)
{
    return !m_store.run(
        CommandLabel("EventController", QT_TRANSLATE_NOOP("EventController", "seed %1"), {eventName(eventId)}),
        [&](StoreTransaction &tx) {
            QList<qint64> order;
            for (const auto &id : entrantIds)
                order << id.toLongLong();
            for (const qint64 id : seedOrder(tx, eventId)) {
                if (!order.contains(id))
                    order << id;
            }
            for (int i = 0; i < order.size(); ++i) {
                const auto entrant = tx.row(u"entrants"_s, order.at(i));
                if (entrant.value(u"event_id"_s).toLongLong() != eventId)
                    tx.fail(StoreError::Kind::Invalid, tr("An entrant of another event cannot be seeded here."));
                tx.update(u"entrants"_s, order.at(i), -1, {{u"seed"_s, i + 1}});
            }
        });
}

bool EventController::moveSeed(qint64 eventId, qint64 entrantId, int seed)
{
    return !m_store.run(CommandLabel("EventController", QT_TRANSLATE_NOOP("EventController", "move %1 to seed %2"),
                            {entrantName(entrantId), seed}),
        [&](StoreTransaction &tx) {
            auto order = seedOrder(tx, eventId);
            if (!order.removeOne(entrantId))
                tx.fail(StoreError::Kind::Invalid, tr("This entrant is not registered in the event."));
            order.insert(qBound(0, seed - 1, int(order.size())), entrantId);
            for (int i = 0; i < order.size(); ++i)
                tx.update(u"entrants"_s, order.at(i), -1, {{u"seed"_s, i + 1}});
        });
}

QList<int> EventController::shuffledOrder(int count, quint32 randomSeed)
{
    QList<int> order(count);
    for (int i = 0; i < count; ++i)
        order[i] = i;
    // Fisher-Yates with mt19937 and plain modulo: std::shuffle's steps differ between libraries.
    std::mt19937 generator(randomSeed);
    for (int i = count - 1; i > 0; --i)
        std::swap(order[i], order[int(generator() % quint32(i + 1))]);
    return order;
}

quint32 EventController::newRandomSeed() const
{
    return QRandomGenerator::global()->bounded(1u, 1000000u);
}

quint32 EventController::randomSeedOf(qint64 eventId)
{
    auto query = m_store.select(u"SELECT seeding_seed FROM events WHERE id = ?"_s, {eventId});
    return query.next() ? quint32(query.value(0).toLongLong()) : 0;
}

bool EventController::seedRandomly(qint64 eventId, quint32 randomSeed)
{
    return !m_store.run(
        CommandLabel("EventController", QT_TRANSLATE_NOOP("EventController", "random seeding of %1 (seed %2)"),
            {eventName(eventId), randomSeed}),
        [&](StoreTransaction &tx) {
            // Shuffled from registration order, so the result depends on the seed only.
            QList<qint64> entrants;
            auto query = tx.select(
                u"SELECT id FROM entrants WHERE event_id = ? AND waitlisted = 0 ORDER BY created_at, id"_s, {eventId});
            while (query.next())
                entrants << query.value(0).toLongLong();
            query.finish();
            const auto order = shuffledOrder(int(entrants.size()), randomSeed);
            for (int i = 0; i < order.size(); ++i)
                tx.update(u"entrants"_s, entrants.at(order.at(i)), -1, {{u"seed"_s, i + 1}});
            tx.update(u"events"_s, eventId, -1, {{u"seeding_seed"_s, qint64(randomSeed)}});
        });
}

bool EventController::seedByRating(qint64 eventId)
{
    return !m_store.run(CommandLabel("EventController", QT_TRANSLATE_NOOP("EventController", "seed %1 by rating"),
                            {eventName(eventId)}),
        [&](StoreTransaction &tx) {
            QList<std::pair<qint64, QVariant>> entrants;
            auto query = tx.select(u"SELECT e.id, p.rating FROM entrants e LEFT JOIN players p ON p.id = e.player_id "
                                   "WHERE e.event_id = ? AND e.waitlisted = 0 ORDER BY e.created_at, e.id"_s,
                {eventId});
            while (query.next())
                entrants.append({query.value(0).toLongLong(), query.value(1)});
            query.finish();
            std::stable_sort(entrants.begin(), entrants.end(), [](const auto &a, const auto &b) {
                if (a.second.isNull() != b.second.isNull())
                    return b.second.isNull();
                return !a.second.isNull() && a.second.toDouble() > b.second.toDouble();
            });
            for (int i = 0; i < entrants.size(); ++i)
                tx.update(u"entrants"_s, entrants.at(i).first, -1, {{u"seed"_s, i + 1}});
        });
}

std::optional<QList<qint64>> EventController::finishingOrder(qint64 eventId, QString *error)
{
    BracketStore brackets(m_store);
    const auto bracket = brackets.load(eventId, error);
    if (!bracket)
        return std::nullopt;
    const auto &phases = bracket->state.phases();
    if (phases.empty()) {
        *error = tr("%1 has no bracket yet: there is no result to seed by.").arg(eventName(eventId));
        return std::nullopt;
    }
    if (!bracket->state.phaseComplete(int(phases.size()) - 1)) {
        *error
            = tr("%1 is not finished yet: seed by its result once its last match is played.").arg(eventName(eventId));
        return std::nullopt;
    }
    // Whoever went further ranks first: the last phase's standings, then those out in earlier
    // phases; inside a phase by placement (every group's winner, then every runner-up…), the
    // disqualified last, the seed breaking ties.
    struct Rank {
        std::size_t phaseFromLast;
        bool disqualified;
        int placement;
        int seed;
        auto operator<=>(const Rank &) const = default;
    };
    std::map<omnium::engine::EntrantId, Rank> ranks;
    for (std::size_t p = phases.size(); p-- > 0;) {
        for (const auto &row : omnium::engine::StandingsCalculator::compute(phases[p], bracket->state.disqualified())) {
            const Rank rank {phases.size() - 1 - p, row.disqualified,
                row.placement > 0 ? row.placement : std::numeric_limits<int>::max(), row.seed};
            ranks.try_emplace(row.entrant, rank);
        }
    }
    QList<std::pair<Rank, qint64>> ordered;
    for (const auto &[entrant, rank] : ranks)
        ordered.append({rank, qint64(entrant)});
    std::sort(ordered.begin(), ordered.end());
    QList<qint64> order;
    for (const auto &entry : std::as_const(ordered))
        order << entry.second;
    return order;
}

QVariantList EventController::finishedEvents(qint64 exceptEventId)
{
    QVariantList events;
    auto query = m_store.select(u"SELECT e.id, e.name, t.name, t.starts_on FROM events e JOIN tournaments t ON t.id = "
                                "e.tournament_id WHERE e.id <> ? AND EXISTS (SELECT 1 FROM phases p WHERE p.event_id = "
                                "e.id) ORDER BY t.starts_on DESC, e.id DESC"_s,
        {exceptEventId});
    QList<QVariantMap> candidates;
    while (query.next())
        candidates << QVariantMap {{u"id"_s, query.value(0)},
            {u"name"_s, tr("%1 (%2)").arg(query.value(1).toString(), query.value(2).toString())}};
    query.finish();
    for (const auto &candidate : std::as_const(candidates)) {
        QString error;
        if (finishingOrder(candidate.value(u"id"_s).toLongLong(), &error))
            events << candidate;
    }
    return events;
}

bool EventController::seedByPreviousResult(qint64 eventId, qint64 previousEventId)
{
    QString problem;
    const auto finished = finishingOrder(previousEventId, &problem);
    const CommandLabel label
        = CommandLabel("EventController", QT_TRANSLATE_NOOP("EventController", "seed %1 by the result of %2"),
            {eventName(eventId), eventName(previousEventId)});
    return !m_store.run(label, [&](StoreTransaction &tx) {
        if (!finished)
            tx.fail(StoreError::Kind::Invalid, problem);
        // The same player or team across events: entrants of the earlier event by who they are.
        QHash<QString, int> rankOf;
        auto query = tx.select(u"SELECT id, player_id, team_id FROM entrants WHERE event_id = ?"_s, {previousEventId});
        QHash<qint64, QString> who;
        while (query.next())
            who.insert(query.value(0).toLongLong(),
                query.value(1).isNull() ? u"t"_s + query.value(2).toString() : u"p"_s + query.value(1).toString());
        query.finish();
        for (int i = 0; i < finished->size(); ++i) {
            const QString key = who.value(finished->at(i));
            if (!key.isEmpty() && !rankOf.contains(key))
                rankOf.insert(key, i);
        }
        QList<std::pair<int, qint64>> ranked;
        QList<qint64> others;
        query = tx.select(u"SELECT id, player_id, team_id FROM entrants WHERE event_id = ?"_s, {eventId});
        QHash<qint64, QString> current;
        while (query.next())
            current.insert(query.value(0).toLongLong(),
                query.value(1).isNull() ? u"t"_s + query.value(2).toString() : u"p"_s + query.value(1).toString());
        query.finish();
        for (const qint64 entrant : seedOrder(tx, eventId)) {
            const auto found = rankOf.constFind(current.value(entrant));
            if (found == rankOf.cend())
                others << entrant;
            else
                ranked.append({*found, entrant});
        }
        if (ranked.isEmpty())
            tx.fail(StoreError::Kind::Invalid,
                tr("Nobody registered in %1 played %2.").arg(eventName(eventId), eventName(previousEventId)));
        std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        QList<qint64> order;
        for (const auto &entry : std::as_const(ranked))
            order << entry.second;
        order << others;
        for (int i = 0; i < order.size(); ++i)
            tx.update(u"entrants"_s, order.at(i), -1, {{u"seed"_s, i + 1}});
    });
}
