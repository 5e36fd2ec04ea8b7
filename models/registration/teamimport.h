// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QVariantMap>

// A team list read from CSV, before anything is stored: one team per line, its name, tag and
// notes, and its roster as one player's gamer tag per cell under a role column ("captain",
// "player", "player 2", "substitute", "coach"…, the layout `teams export` writes). The players
// must be there already (imported first); the controller imports only when no line is wrong.
class TeamImport
{
    Q_DECLARE_TR_FUNCTIONS(TeamImport)

public:
    struct Member {
        qint64 playerId = 0;
        QString tag;
        QString role; // captain, player, substitute, coach
    };
    struct Team {
        QString name;
        QVariant tag; // null when the file leaves it empty
        QVariant notes;
        QList<Member> members;
    };
    struct Result {
        QList<Team> teams;
        QList<CsvTable::Problem> problems;
    };

    static TeamImport fromCsv(const QByteArray &bytes);

    const CsvTable &table() const { return m_table; }
    // The recognised columns, "header → what it gives" for the preview.
    QStringList columns() const;
    // Validates every line against the players there (searchKey(tag) -> id).
    Result validate(const QHash<QString, qint64> &playersByTag) const;

    // The roles in roster order, and the CSV of teams (rows: name, tag, notes, members).
    static const QStringList &roles();
    static QByteArray exportCsv(const QList<Team> &teams);

private:
    QString cell(const CsvTable::Record &record, int column) const;

    CsvTable m_table;
    int m_name = -1;
    int m_tag = -1;
    int m_notes = -1;
    QList<std::pair<int, QString>> m_members; // column, role
    QString m_playerColumn; // a player list's column (email, country…): not a team list
};
