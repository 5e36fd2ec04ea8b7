// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A tournament in a store for the bracket tests and the demo database: a venue, one event,
// N registered and seeded players, optionally a bracket with some results reported.

#include "competition/bracketstore.h"
#include "engine/eventsimulator.h"
#include "store/store.h"

namespace BracketFixture {

using namespace Qt::StringLiterals;

// Returns the event's id (0 on failure).
inline qint64 makeEvent(Store &store, int entrants, const QString &eventName = u"Street Fighter 6"_s)
{
    static const QStringList tags = {u"Kazuki"_s, u"Léa"_s, u"Möbius"_s, u"Zoé"_s, u"Akira"_s, u"Ñandú"_s, u"Björn"_s,
        u"Chloé"_s, u"Dario"_s, u"Élodie"_s, u"Faris"_s, u"Gaëlle"_s, u"Hugo"_s, u"Inès"_s, u"Jules"_s, u"Kenta"_s};
    qint64 eventId = 0;
    const auto error = store.run(CommandLabel::verbatim(u"fixture"_s), [&](StoreTransaction &tx) {
        const qint64 tournament = tx.insert(u"tournaments"_s,
            {{u"name"_s, u"Omnium Open"_s}, {u"venue"_s, u"Vélodrome national"_s}, {u"starts_on"_s, u"2026-11-28"_s}});
        eventId = tx.insert(u"events"_s,
            {{u"tournament_id"_s, tournament}, {u"name"_s, eventName}, {u"game"_s, u"Street Fighter 6"_s}});
        // Every player plays for one of two clubs, shown under the tag (caster window, overlays).
        const qint64 clubs[2] = {tx.insert(u"teams"_s, {{u"name"_s, u"Les Rouleurs"_s}}),
            tx.insert(u"teams"_s, {{u"name"_s, u"Team Vélodrome"_s}})};
        for (int i = 0; i < entrants; ++i) {
            const QString tag = i < tags.size() ? tags[i] : u"Player %1"_s.arg(i + 1, 2, 10, QChar(u'0'));
            const qint64 player = tx.insert(u"players"_s, {{u"tag"_s, tag}, {u"country"_s, u"FR"_s}});
            tx.insert(u"team_members"_s, {{u"team_id"_s, clubs[i % 2]}, {u"player_id"_s, player}});
            tx.insert(u"entrants"_s,
                {{u"event_id"_s, eventId}, {u"player_id"_s, player}, {u"seed"_s, i + 1},
                    {u"check_in"_s, u"checked_in"_s}});
        }
    });
    return error ? 0 : eventId;
}

// Reports up to `count` playable matches (free-for-all lobbies too) in order, with
// reproducible random results.
inline int reportSome(BracketStore &brackets, qint64 eventId, int count, std::uint64_t seed = 7)
{
    omnium::engine::EventSimulator simulator(seed);
    int reported = 0;
    while (reported < count) {
        const auto event = brackets.load(eventId, nullptr);
        if (!event)
            return reported;
        const omnium::engine::Match *next = nullptr;
        for (const auto &phase : event->state.phases()) {
            for (const auto &match : phase.matches) {
                const bool lobby = match.side == omnium::engine::Side::Lobby;
                if (!next && !match.completed()
                    && (lobby
                        || (match.slots[0].isEntrant() && match.slots[1].isEntrant()
                            && omnium::engine::EventState::isActive(match))))
                    next = &match;
            }
        }
        const auto result = next && next->side == omnium::engine::Side::Lobby ? simulator.randomLobbyResult(*next)
            : next                                                            ? simulator.randomResult(*next, true)
                                                                              : omnium::engine::Result {};
        if (!next || !brackets.report(eventId, next->id, result, {}, nullptr))
            return reported;
        ++reported;
    }
    return reported;
}

} // namespace BracketFixture
