// SPDX-License-Identifier: GPL-3.0-or-later
#include "tournamentdataexporter.h"

#include "competition/bracketstore.h"
#include "engine/eventjsoncodec.h"
#include "engine/standingscalculator.h"
#include "registration/csvreader.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace omnium::engine;

TournamentDataExporter::TournamentDataExporter(Store &store)
    : m_store(store)
{ }

QByteArray TournamentDataExporter::playersCsv()
{
    QList<QStringList> rows;
    auto query = m_store.select(u"SELECT id, tag, name, country, rating FROM players ORDER BY id"_s);
    while (query.next())
        rows.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString()});
    return CsvWriter::write({u"id"_s, u"tag"_s, u"name"_s, u"country"_s, u"rating"_s}, rows);
}

QByteArray TournamentDataExporter::resultsCsv(qint64 eventId)
{
    // An entrant's name: the player's tag or the team's name.
    const QString entrantName = u"(SELECT COALESCE(p.tag, t.name) FROM entrants e LEFT JOIN players p ON p.id = "
                                u"e.player_id LEFT JOIN teams t ON t.id = e.team_id WHERE e.id = m.%1)"_s;
    const QString sql = u"SELECT m.id, ev.name, ph.name, m.group_number, m.side, m.round, m.position, m.label, "_s
        + entrantName.arg(u"slot1_entrant_id"_s) + u", "_s + entrantName.arg(u"slot2_entrant_id"_s)
        + u", m.slot1_score, m.slot2_score, "_s + entrantName.arg(u"winner_entrant_id"_s)
        + u", m.result_kind, m.state, s.number, m.completed_at, m.slot1_bye, m.slot2_bye"
          u" FROM matches m JOIN phases ph ON ph.id = m.phase_id JOIN events ev ON ev.id = ph.event_id"
          u" LEFT JOIN stations s ON s.id = m.station_id"
          u" WHERE (? = 0 OR ev.id = ?) ORDER BY ev.id, ph.position, m.group_number, m.side, m.round, m.position"_s;
    QList<QStringList> rows;
    auto query = m_store.select(sql, {eventId, eventId});
    while (query.next()) {
        QStringList row;
        for (int i = 0; i < 16; ++i)
            row << query.value(i).toString();
        if (query.value(17).toInt() != 0)
            row[8] = u"(bye)"_s;
        if (query.value(18).toInt() != 0)
            row[9] = u"(bye)"_s;
        row << (query.value(16).isNull()
                ? QString()
                : QDateTime::fromMSecsSinceEpoch(query.value(16).toLongLong(), QTimeZone::UTC).toString(Qt::ISODate));
        rows.append(row);
    }
    return CsvWriter::write({u"match_id"_s, u"event"_s, u"phase"_s, u"group"_s, u"side"_s, u"round"_s, u"position"_s,
                                u"label"_s, u"entrant1"_s, u"entrant2"_s, u"score1"_s, u"score2"_s, u"winner"_s,
                                u"result"_s, u"state"_s, u"station"_s, u"completed_at"_s},
        rows);
}

QByteArray TournamentDataExporter::standingsCsv(qint64 eventId, QString *error)
{
    QList<qint64> events;
    if (eventId != 0) {
        events << eventId;
    } else {
        auto query = m_store.select(u"SELECT DISTINCT event_id FROM phases ORDER BY event_id"_s);
        while (query.next())
            events << query.value(0).toLongLong();
    }
    BracketStore brackets(m_store);
    QList<QStringList> rows;
    for (const qint64 id : std::as_const(events)) {
        QString eventName;
        auto nameQuery = m_store.select(u"SELECT name FROM events WHERE id = ?"_s, {id});
        if (nameQuery.next())
            eventName = nameQuery.value(0).toString();
        QString loadError;
        const auto bracket = brackets.load(id, &loadError);
        if (!bracket) {
            if (error)
                *error = loadError;
            continue;
        }
        const auto &phases = bracket->state.phases();
        for (size_t p = 0; p < phases.size(); ++p) {
            for (const auto &line : StandingsCalculator::compute(phases[p], bracket->state.disqualified())) {
                rows.append({eventName, bracket->phaseNames.value(qsizetype(p)), QString::number(line.group),
                    line.placement > 0 ? QString::number(line.placement) : QString(),
                    bracket->names.value(line.entrant), QString::number(line.seed), QString::number(line.played),
                    QString::number(line.wins), QString::number(line.draws), QString::number(line.losses),
                    QString::number(line.gameWins), QString::number(line.gameLosses), QString::number(line.points),
                    line.disqualified ? u"yes"_s : QString()});
            }
        }
    }
    return CsvWriter::write(
        {u"event"_s, u"phase"_s, u"group"_s, u"placement"_s, u"entrant"_s, u"seed"_s, u"played"_s, u"wins"_s,
            u"draws"_s, u"losses"_s, u"game_wins"_s, u"game_losses"_s, u"points"_s, u"disqualified"_s},
        rows);
}

QByteArray TournamentDataExporter::eventJson(qint64 eventId, QString *error)
{
    BracketStore brackets(m_store);
    const auto bracket = brackets.load(eventId, error);
    if (!bracket)
        return {};
    return QJsonDocument(EventJsonCodec::toJson(bracket->state)).toJson(QJsonDocument::Indented);
}
