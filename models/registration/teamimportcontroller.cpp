// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamimportcontroller.h"

#include "core/logging.h"
#include "searchkey.h"
#include "store/store.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

TeamImportController::TeamImportController(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{ }

bool TeamImportController::readImportFile(const QUrl &file)
{
    QString error;
    const auto bytes = CsvReader::readFile(file, &error);
    if (!bytes) {
        Q_EMIT message(error);
        return false;
    }
    readImport(*bytes);
    return true;
}

void TeamImportController::readImport(const QByteArray &bytes)
{
    m_import = TeamImport::fromCsv(bytes);
    m_hasImport = true;
    refreshImportState();
}

void TeamImportController::cancelImport()
{
    m_import = {};
    m_hasImport = false;
    refreshImportState();
}

void TeamImportController::refreshImportState()
{
    m_importState.clear();
    m_validated = {};
    if (m_hasImport) {
        QHash<QString, qint64> players;
        auto query = m_store.select(u"SELECT id, tag FROM players ORDER BY id DESC"_s);
        while (query.next()) // the oldest player wins a folded tag two players share
            players.insert(searchKey(query.value(1).toString()), query.value(0).toLongLong());
        m_validated = m_import.validate(players);
        QVariantList problems;
        for (const auto &problem : std::as_const(m_validated.problems))
            problems << tr("Line %1: %2").arg(problem.line).arg(problem.reason);
        QVariantList preview;
        for (const auto &team : m_validated.teams.mid(0, 20)) {
            QStringList roster;
            for (const auto &member : team.members)
                roster << member.tag;
            preview << QVariantMap {{u"name"_s, team.name}, {u"tag"_s, team.tag.toString()}, {u"roster"_s, roster}};
        }
        int newTeams = 0;
        int unchanged = 0;
        int updates = 0;
        for (const auto &match : matchExisting()) {
            if (match.teamId == 0)
                ++newTeams;
            else if (match.changes.isEmpty() && match.roster.isEmpty())
                ++unchanged;
            else
                ++updates;
        }
        m_importState = {
            {u"newTeams"_s, newTeams},
            {u"unchanged"_s, unchanged},
            {u"updates"_s, updates},
            {u"encoding"_s, m_import.table().encoding},
            {u"columns"_s, m_import.columns()},
            {u"preview"_s, preview},
            {u"problems"_s, problems},
            {u"teamCount"_s, int(m_validated.teams.size())},
            {u"rowCount"_s, int(m_import.table().records.size() + m_import.table().problems.size())},
        };
    }
    Q_EMIT importStateChanged();
}

QList<TeamImportController::Match> TeamImportController::matchExisting(StoreTransaction *tx)
{
    const auto select = [&](const QString &sql) { return tx ? tx->select(sql) : m_store.select(sql); };
    QHash<QString, qint64> byName;
    QHash<qint64, QVariantMap> teams;
    auto query = select(u"SELECT id, name, tag, notes FROM teams ORDER BY id DESC"_s);
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        byName.insert(searchKey(query.value(1).toString()), id); // the oldest of two alike wins
        teams.insert(id, {{u"tag"_s, query.value(2)}, {u"notes"_s, query.value(3)}});
    }
    QHash<std::pair<qint64, qint64>, QString> roles; // (team, player) -> role
    auto members = select(u"SELECT team_id, player_id, role FROM team_members"_s);
    while (members.next())
        roles.insert({members.value(0).toLongLong(), members.value(1).toLongLong()}, members.value(2).toString());
    QList<Match> matches;
    for (const auto &team : std::as_const(m_validated.teams)) {
        Match match;
        match.teamId = byName.value(searchKey(team.name));
        const QVariantMap existing = teams.value(match.teamId);
        for (const auto &[column, value] : {std::pair {u"tag"_s, team.tag}, std::pair {u"notes"_s, team.notes}}) {
            if (match.teamId != 0 && !value.isNull() && existing.value(column).toString() != value.toString())
                match.changes.insert(column, value); // an empty cell keeps what is there
        }
        for (const auto &member : team.members) {
            if (match.teamId == 0 || roles.value({match.teamId, member.playerId}) != member.role)
                match.roster << member;
        }
        matches << match;
    }
    return matches;
}

bool TeamImportController::commitImport(bool updateExisting)
{
    if (!m_validated.problems.isEmpty() || m_validated.teams.isEmpty()) {
        Q_EMIT message(m_validated.problems.isEmpty() ? tr("Nothing to import.")
                                                      : tr("Nothing was imported: %n line(s) must be fixed first.",
                                                            nullptr, int(m_validated.problems.size())));
        return false;
    }
    int added = 0;
    int updated = 0;
    const auto error = m_store.run(
        CommandLabel("TeamImportController", QT_TRANSLATE_N_NOOP("TeamImportController", "import %n team(s)"), {},
            int(m_validated.teams.size())),
        [&](StoreTransaction &tx) {
            // Matched again inside the command: what is written is what the database holds now.
            const auto matches = matchExisting(&tx);
            for (qsizetype i = 0; i < matches.size(); ++i) {
                const auto &team = m_validated.teams.at(i);
                qint64 teamId = matches.at(i).teamId;
                if (teamId == 0) {
                    teamId = tx.insert(
                        u"teams"_s, {{u"name"_s, team.name}, {u"tag"_s, team.tag}, {u"notes"_s, team.notes}});
                    ++added;
                } else if (!updateExisting || (matches.at(i).changes.isEmpty() && matches.at(i).roster.isEmpty())) {
                    continue;
                } else {
                    if (!matches.at(i).changes.isEmpty())
                        tx.update(u"teams"_s, teamId, -1, matches.at(i).changes);
                    ++updated;
                }
                for (const auto &member : matches.at(i).roster) {
                    auto found = tx.select(u"SELECT id FROM team_members WHERE team_id = ? AND player_id = ?"_s,
                        {teamId, member.playerId});
                    const qint64 memberId = found.next() ? found.value(0).toLongLong() : 0;
                    found.finish();
                    if (memberId != 0)
                        tx.update(u"team_members"_s, memberId, -1, {{u"role"_s, member.role}});
                    else
                        tx.insert(u"team_members"_s,
                            {{u"team_id"_s, teamId}, {u"player_id"_s, member.playerId}, {u"role"_s, member.role}});
                }
            }
        });
    if (error)
        return false;
    qCInfo(lcImport) << "imported" << added << "new teams," << updated << "updated";
    Q_EMIT message(tr("%n team(s) added", nullptr, added) + u", "_s + tr("%n updated.", nullptr, updated));
    cancelImport();
    return true;
}

QByteArray TeamImportController::exportCsv()
{
    QHash<qint64, QList<TeamImport::Member>> rosters;
    auto members = m_store.select(u"SELECT m.team_id, m.player_id, p.tag, m.role FROM team_members m "
                                  "JOIN players p ON p.id = m.player_id ORDER BY m.id"_s);
    while (members.next())
        rosters[members.value(0).toLongLong()] << TeamImport::Member {
            members.value(1).toLongLong(), members.value(2).toString(), members.value(3).toString()};
    QList<TeamImport::Team> teams;
    auto query = m_store.select(u"SELECT id, name, tag, notes FROM teams ORDER BY name, id"_s);
    while (query.next())
        teams << TeamImport::Team {
            query.value(1).toString(), query.value(2), query.value(3), rosters.value(query.value(0).toLongLong())};
    return TeamImport::exportCsv(teams);
}

bool TeamImportController::exportCsvFile(const QUrl &file)
{
    QSaveFile output(file.isLocalFile() ? file.toLocalFile() : file.toString());
    if (!output.open(QIODevice::WriteOnly) || output.write(exportCsv()) < 0 || !output.commit()) {
        Q_EMIT message(tr("Cannot write %1: %2").arg(output.fileName(), output.errorString()));
        return false;
    }
    Q_EMIT message(tr("Teams exported to %1.").arg(output.fileName()));
    return true;
}
