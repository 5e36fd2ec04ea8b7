// SPDX-License-Identifier: GPL-3.0-or-later
#include "competitionreader.h"

#include "store/store.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

CompetitionReader::Tournament tournamentFrom(QSqlQuery &query)
{
    if (!query.next())
        return {};
    return {query.value(0).toString(), query.value(1).toString()};
}

} // namespace

CompetitionReader::CompetitionReader(Store &store)
    : m_store(store)
{ }

int CompetitionReader::playingEntrants(qint64 eventId) const
{
    auto query = m_store.select(u"SELECT COUNT(*) FROM entrants WHERE event_id = ? AND waitlisted = 0"_s, {eventId});
    return query.next() ? query.value(0).toInt() : 0;
}

CompetitionReader::Tournament CompetitionReader::tournamentOf(qint64 eventId) const
{
    auto query = m_store.select(
        u"SELECT t.name, t.venue FROM tournaments t JOIN events e ON e.tournament_id = t.id WHERE e.id = ?"_s,
        {eventId});
    return tournamentFrom(query);
}

CompetitionReader::Tournament CompetitionReader::newestTournament() const
{
    auto query = m_store.select(u"SELECT name, venue FROM tournaments ORDER BY id DESC LIMIT 1"_s);
    return tournamentFrom(query);
}
