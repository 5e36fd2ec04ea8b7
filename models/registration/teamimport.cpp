// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamimport.h"

#include "playerimport.h"
#include "searchkey.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

// The role a folded header gives ("player 2", "capitaine", "sub #1"), or empty.
QString roleOf(const QString &header)
{
    static const QRegularExpression pattern(u"^([a-z]+)\\s*#?\\s*\\d*$"_s);
    static const QHash<QString, QString> words {{u"captain"_s, u"captain"_s}, {u"capitaine"_s, u"captain"_s},
        {u"player"_s, u"player"_s}, {u"joueur"_s, u"player"_s}, {u"member"_s, u"player"_s}, {u"membre"_s, u"player"_s},
        {u"substitute"_s, u"substitute"_s}, {u"sub"_s, u"substitute"_s}, {u"remplacant"_s, u"substitute"_s},
        {u"coach"_s, u"coach"_s}, {u"entraineur"_s, u"coach"_s}};
    const auto match = pattern.match(header);
    return match.hasMatch() ? words.value(match.captured(1)) : QString();
}

// Columns only a player list has: such a file belongs to the player import.
const QStringList playerListColumns = {u"email"_s, u"e-mail"_s, u"country"_s, u"pays"_s, u"rating"_s, u"elo"_s,
    u"gamertag"_s, u"gamer tag"_s, u"first name"_s, u"phone"_s, u"challonge username"_s};

} // namespace

const QStringList &TeamImport::roles()
{
    static const QStringList all = {u"captain"_s, u"player"_s, u"substitute"_s, u"coach"_s};
    return all;
}

TeamImport TeamImport::fromCsv(const QByteArray &bytes)
{
    TeamImport import;
    import.m_table = CsvReader::read(bytes);
    const auto first = [](const QStringList &folded, const QStringList &names) {
        for (const auto &name : names) {
            if (const auto column = folded.indexOf(name); column >= 0)
                return int(column);
        }
        return -1;
    };
    QStringList folded;
    for (const auto &header : std::as_const(import.m_table.header))
        folded << searchKey(header).simplified();
    import.m_name = first(
        folded, {u"team"_s, u"team name"_s, u"equipe"_s, u"nom d'equipe"_s, u"nom de l'equipe"_s, u"name"_s, u"nom"_s});
    import.m_tag = first(folded, {u"tag"_s, u"team tag"_s, u"sigle"_s, u"abbreviation"_s, u"short name"_s});
    import.m_notes = first(folded, {u"notes"_s, u"note"_s, u"comment"_s, u"comments"_s, u"commentaire"_s});
    for (int column = 0; column < folded.size(); ++column) {
        if (const QString role = roleOf(folded.at(column)); !role.isEmpty())
            import.m_members.append({column, role});
        else if (playerListColumns.contains(folded.at(column)) && import.m_playerColumn.isEmpty())
            import.m_playerColumn = import.m_table.header.at(column);
    }
    return import;
}

QStringList TeamImport::columns() const
{
    QStringList shown;
    const auto add = [&](int column, const QString &what) {
        if (column >= 0)
            shown << u"%1 → %2"_s.arg(m_table.header.at(column), what);
    };
    add(m_name, tr("team name"));
    add(m_tag, tr("tag"));
    add(m_notes, tr("notes"));
    for (const auto &[column, role] : m_members)
        add(column, tr("roster (%1)").arg(role));
    return shown;
}

QString TeamImport::cell(const CsvTable::Record &record, int column) const
{
    return column >= 0 && column < record.fields.size() ? record.fields.at(column).trimmed() : QString();
}

TeamImport::Result TeamImport::validate(const QHash<QString, qint64> &playersByTag) const
{
    Result result;
    result.problems = m_table.problems;
    const auto fileProblem = [&](const QString &reason) {
        result.problems << CsvTable::Problem {1, reason};
        return result;
    };
    if (m_table.header.isEmpty())
        return m_table.problems.isEmpty() ? fileProblem(tr("the file is empty")) : result;
    if (m_members.isEmpty() && !m_playerColumn.isEmpty())
        return fileProblem(
            tr("the file looks like a player list (it has a “%1” column and no roster column): import it as players")
                .arg(m_playerColumn));
    if (m_name < 0)
        return fileProblem(tr("no column gives the team name (team, team name)"));
    const auto orNull = [](const QString &text) { return text.isEmpty() ? QVariant() : QVariant(text); };
    QHash<QString, int> nameLines;
    for (const auto &record : m_table.records) {
        QStringList reasons;
        Team team {cell(record, m_name), orNull(cell(record, m_tag)), orNull(cell(record, m_notes)), {}};
        if (team.name.isEmpty())
            reasons << tr("the team name is empty");
        for (const auto &[text, what, maxLength, multiline] : {std::tuple {team.name, tr("the team name"), 64, false},
                 std::tuple {cell(record, m_tag), tr("the team tag"), 64, false},
                 std::tuple {cell(record, m_notes), tr("the notes"), 10000, true}}) {
            if (const auto problem = textProblem(text, what, maxLength, multiline); !problem.isEmpty())
                reasons << problem;
        }
        if (nameLines.contains(searchKey(team.name)) && !team.name.isEmpty())
            reasons
                << tr("the team %1 is already on line %2").arg(team.name).arg(nameLines.value(searchKey(team.name)));
        QSet<qint64> listed;
        for (const auto &[column, role] : m_members) {
            const QString tag = cell(record, column);
            if (tag.isEmpty())
                continue;
            const qint64 playerId = playersByTag.value(searchKey(tag));
            if (playerId == 0)
                reasons << tr("no player has the gamer tag “%1”; import the players first").arg(tag);
            else if (listed.contains(playerId))
                reasons << tr("%1 is in the roster twice").arg(tag);
            listed.insert(playerId);
            team.members.append({playerId, tag, role});
        }
        if (!reasons.isEmpty()) {
            result.problems << CsvTable::Problem {record.line, reasons.join(u"; "_s)};
            continue;
        }
        nameLines.insert(searchKey(team.name), record.line);
        result.teams << team;
    }
    std::sort(result.problems.begin(), result.problems.end(),
        [](const CsvTable::Problem &a, const CsvTable::Problem &b) { return a.line < b.line; });
    return result;
}

QByteArray TeamImport::exportCsv(const QList<Team> &teams)
{
    // As many columns of a role as the largest roster has of it: "player", "player 2", …
    QHash<QString, int> widths;
    for (const auto &team : teams) {
        QHash<QString, int> counts;
        for (const auto &member : team.members)
            widths[member.role] = std::max(widths.value(member.role), ++counts[member.role]);
    }
    QStringList header {u"team"_s, u"tag"_s};
    for (const auto &role : roles()) {
        for (int i = 1; i <= std::max(1, widths.value(role)); ++i)
            header << (i == 1 ? role : u"%1 %2"_s.arg(role).arg(i));
    }
    header << u"notes"_s;
    QList<QStringList> rows;
    for (const auto &team : teams) {
        QStringList row {team.name, team.tag.toString()};
        for (const auto &role : roles()) {
            QStringList tags;
            for (const auto &member : team.members) {
                if (member.role == role)
                    tags << member.tag;
            }
            tags.resize(std::max<qsizetype>(1, widths.value(role)));
            row << tags;
        }
        row << team.notes.toString();
        rows << row;
    }
    return CsvWriter::write(header, rows);
}
