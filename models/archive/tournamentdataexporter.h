// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class Store;

// The human-readable copies of a tournament's data: CSV for spreadsheets and JSON in the
// engine's documented event schema (docs/event-json.md). Used for the archive's data/ folder
// and for the single-file exports of the Backups page, so both always agree.
class TournamentDataExporter
{
public:
    explicit TournamentDataExporter(Store &store);

    // Players (id, tag, name, country, rating); contact data stays in the database only.
    QByteArray playersCsv();
    // Every match with its event, phase, players, scores, winner and state (eventId 0: all events).
    QByteArray resultsCsv(qint64 eventId = 0);
    // Each phase's standings as the engine computes them (eventId 0: all events).
    QByteArray standingsCsv(qint64 eventId = 0, QString *error = nullptr);
    // The event in the engine's JSON exchange format; empty with *error set if it has no bracket.
    QByteArray eventJson(qint64 eventId, QString *error);

private:
    Store &m_store;
};
