// SPDX-License-Identifier: GPL-3.0-or-later
// omnium-cli checkin: the check-in desk's field (EventController::checkIn), for a player given
// by badge id (scanned or typed, as the desk reads it), player id or gamer tag.
#include "clicontext.h"
#include "clinouns.h"

#include "badges/badgestore.h"
#include "registration/entrantmodel.h"
#include "registration/eventcontroller.h"
#include "registration/searchkey.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

// The entrant row of the event that the typed text names, or an exit 2 naming the text.
QVariantMap findEntrant(CliContext &context, const EntrantModel &entrants, const QString &text)
{
    qint64 playerId = 0;
    if (const QString badge = BadgeStore::normaliseBadgeId(text); !badge.isEmpty()) {
        auto query = context.store().select(u"SELECT id FROM players WHERE badge_id = ?"_s, {badge});
        if (!query.next())
            context.badInput(CliContext::tr("PLAYER: no player has the badge %1").arg(badge));
        playerId = query.value(0).toLongLong();
    }
    bool isNumber = false;
    const qint64 number = text.toLongLong(&isNumber);
    for (int row = 0; row < entrants.count(); ++row) {
        const QVariantMap entrant = entrants.get(row);
        const qint64 player = entrant.value(u"playerId"_s).toLongLong();
        const bool match = playerId != 0 ? player == playerId
            : isNumber                   ? player == number
                                         : searchKey(entrant.value(u"name"_s).toString()) == searchKey(text);
        if (match)
            return entrant;
    }
    context.badInput(CliContext::tr("PLAYER: \"%1\" is not registered in event %2").arg(text).arg(entrants.eventId()));
}

} // namespace

int cli::checkin(CliContext &context)
{
    context.argument(0, u"PLAYER|BADGE-ID"_s);
    EntrantModel entrants(&context.store());
    entrants.setEventId(context.eventId());
    // Every name is found before anyone is checked in: a typo refuses the whole list.
    QList<QVariantMap> found;
    for (const auto &text : context.arguments())
        found << findEntrant(context, entrants, text);
    EventController events(context.store());
    QJsonArray results;
    for (const auto &entrant : std::as_const(found)) {
        const bool already = entrant.value(u"checkedIn"_s).toBool();
        if (!already && !events.checkIn(entrant.value(u"id"_s).toLongLong()))
            context.storeFailed();
        const QString name = entrant.value(u"name"_s).toString();
        results.append(
            QJsonObject {{u"eventId"_s, entrants.eventId()}, {u"entrantId"_s, entrant.value(u"id"_s).toLongLong()},
                {u"playerId"_s, entrant.value(u"playerId"_s).toLongLong()}, {u"tag"_s, name},
                {u"alreadyCheckedIn"_s, already}});
        if (!context.json())
            context.out()
                << (already ? CliContext::tr("%1 was already checked in") : CliContext::tr("%1 checked in")).arg(name)
                << Qt::endl;
    }
    if (context.json())
        context.printJson(results);
    return CliDone;
}
