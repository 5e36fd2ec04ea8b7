// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvreader.h"

#include <QMap>
#include <QVariantMap>

// A player list read from CSV, before anything is stored: which layout it looks like
// (start.gg attendees, Challonge participants or a plain sheet), which column feeds which
// player field (changeable, shown as a preview), and the players it yields or, for every bad
// line, why. The controller imports only when there is no problem at all.
class PlayerImport
{
public:
    enum class Layout { Generic, StartGg, Challonge };

    struct Problem {
        int line = 0;
        QString reason;
    };

    // The player fields a column can feed.
    static const QStringList &fields();

    static PlayerImport fromCsv(const QByteArray &bytes);

    Layout layout() const { return m_layout; }
    QString layoutName() const;
    const CsvTable &table() const { return m_table; }
    // field -> column index in the header (absent: not imported).
    QMap<QString, int> mapping() const { return m_mapping; }
    void setMapping(const QString &field, int column);

    // The first `count` records as they would be imported (field -> text).
    QList<QVariantMap> preview(int count) const;

    // Validates every record: the players to insert (columns of the players table plus "team"),
    // and the problems (CSV problems included), each naming its line.
    struct Result {
        QList<QVariantMap> players;
        QList<int> lines; // line of each player, for later messages
        QList<Problem> problems;
    };
    Result validate() const;

    // The rules of a player's fields, shared by the import, new players and edits: checks the
    // fields present in `player` (tag, country, email, rating), normalises them in place
    // (trimmed, country name to code, rating to a number, empty to null) and returns what is wrong.
    static QStringList checkPlayer(QVariantMap &player);

private:
    QString value(const CsvTable::Record &record, const QString &field) const;

    CsvTable m_table;
    Layout m_layout = Layout::Generic;
    QMap<QString, int> m_mapping;
};

// The two-letter code of a country given as a code or a name in English or French, or empty.
QString countryCode(const QString &text);

// What is wrong with a typed or imported text field (`what`: "the gamer tag", "the name"…),
// or empty: longer than maxLength characters, or a control character (a NUL, an escape…;
// tabs and line breaks only where multiline), which would be stored as it is and cut or
// garble the text on badges, overlays and exports.
QString textProblem(const QString &text, const QString &what, qsizetype maxLength, bool multiline = false);
// The same as a sentence for an error message ("The team name contains …."), or empty.
QString textProblemSentence(const QString &text, const QString &what, qsizetype maxLength);
