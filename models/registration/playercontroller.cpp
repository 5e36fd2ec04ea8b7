// SPDX-License-Identifier: GPL-3.0-or-later
#include "playercontroller.h"

#include "core/logging.h"
#include "eventcontroller.h"
#include "searchkey.h"
#include "store/store.h"

#include "store/schema.h"

#include <QFile>
#include <QSaveFile>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QStringList playerColumns
    = {u"tag"_s, u"name"_s, u"country"_s, u"email"_s, u"phone"_s, u"notes"_s, u"rating"_s, u"photo"_s};
const QStringList teamColumns = {u"name"_s, u"tag"_s, u"notes"_s, u"logo"_s};
const QStringList memberRoles = {u"captain"_s, u"player"_s, u"substitute"_s, u"coach"_s};

// The image formats Qt Quick shows everywhere, by their first bytes.
QString imageMimeType(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return u"image/png"_s;
    if (bytes.startsWith("\xff\xd8\xff"))
        return u"image/jpeg"_s;
    if (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a"))
        return u"image/gif"_s;
    if (bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return u"image/webp"_s;
    return {};
}

constexpr qint64 maxImageBytes = 2 * 1024 * 1024;

} // namespace

PlayerController::PlayerController(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{ }

qint64 PlayerController::addPlayer(const QVariantMap &values)
{
    return savePlayer(0, 0, values);
}

bool PlayerController::updatePlayer(qint64 id, int version, const QVariantMap &values)
{
    return savePlayer(id, version, values) != 0;
}

qint64 PlayerController::savePlayer(qint64 id, int version, const QVariantMap &values)
{
    QString problem;
    auto row = rowValues(values, playerColumns);
    if (id == 0)
        row.insert(u"tag"_s, row.value(u"tag"_s)); // a new player is checked for a tag even if none is given
    QStringList problems = PlayerImport::checkPlayer(row);
    if (values.contains(u"photo"_s))
        row.insert(u"photo"_s, imageBytes(values.value(u"photo"_s), &problem));
    if (!problem.isEmpty())
        problems << problem;
    const QString tag = row.value(u"tag"_s).toString();
    const CommandLabel label = id == 0
        ? CommandLabel("PlayerController", QT_TRANSLATE_NOOP("PlayerController", "add player %1"), {tag})
        : CommandLabel("PlayerController", QT_TRANSLATE_NOOP("PlayerController", "edit player %1"), {tag});
    qint64 savedId = id;
    const auto error = m_store.run(label, [&](StoreTransaction &tx) {
        if (!problems.isEmpty()) {
            QString text = problems.join(u"; "_s);
            text[0] = text.at(0).toUpper();
            tx.fail(StoreError::Kind::Invalid, text + u'.');
        }
        if (id == 0)
            savedId = tx.insert(u"players"_s, row);
        else
            tx.update(u"players"_s, id, version, row);
    });
    return error ? 0 : savedId;
}

bool PlayerController::removePlayer(qint64 id, int version)
{
    auto query = m_store.select(u"SELECT tag FROM players WHERE id = ?"_s, {id});
    const QString tag = query.next() ? query.value(0).toString() : QString();
    return !m_store.run(
        CommandLabel("PlayerController", QT_TRANSLATE_NOOP("PlayerController", "delete player %1"), {tag}),
        [&](StoreTransaction &tx) {
            EventController::refuseEntrantsInBrackets(tx, u"e.player_id = ?"_s, {id});
            tx.remove(u"players"_s, id, version);
        });
}

QVariant PlayerController::imageBytes(const QVariant &value, QString *problem)
{
    QUrl url = value.typeId() == QMetaType::QUrl ? value.toUrl() : QUrl(value.toString().trimmed());
    if (url.isEmpty())
        return {}; // removes the image
    const QString path = url.isLocalFile() ? url.toLocalFile() : url.toString();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = tr("Cannot read the image %1: %2").arg(path, file.errorString());
        return {};
    }
    if (file.size() > maxImageBytes) {
        *problem = tr("The image %1 is too large (%2 MB); choose one under 2 MB")
                       .arg(path)
                       .arg(double(file.size()) / (1024 * 1024), 0, 'f', 1);
        return {};
    }
    const QByteArray bytes = file.readAll();
    if (imageMimeType(bytes).isEmpty()) {
        *problem = tr("%1 is not a PNG, JPEG, GIF or WebP image").arg(path);
        return {};
    }
    return bytes;
}

QString PlayerController::imageUrl(const QString &table, qint64 id)
{
    const QString column = table == u"teams"_s ? u"logo"_s : table == u"players"_s ? u"photo"_s : QString();
    if (column.isEmpty())
        return {};
    auto query = m_store.select(u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(column, table), {id});
    const QByteArray bytes = query.next() ? query.value(0).toByteArray() : QByteArray();
    const QString mime = imageMimeType(bytes);
    if (mime.isEmpty())
        return {};
    return u"data:"_s + mime + u";base64,"_s + QString::fromLatin1(bytes.toBase64());
}

QString PlayerController::countryFlag(const QString &country)
{
    const QString code = country.trimmed().toUpper();
    if (code.size() != 2 || !code.at(0).isUpper() || !code.at(1).isUpper() || code.at(0).unicode() > u'Z'
        || code.at(1).unicode() > u'Z')
        return {};
    // A flag is the pair of regional indicator letters (🇫 + 🇷 = 🇫🇷).
    const char32_t letters[]
        = {0x1F1E6 + char32_t(code.at(0).unicode() - u'A'), 0x1F1E6 + char32_t(code.at(1).unicode() - u'A')};
    return QString::fromUcs4(letters, 2);
}

QStringList PlayerController::duplicateWarnings(const QString &tag, const QString &email, qint64 exceptId)
{
    QStringList warnings;
    // Tags compare folded (Kayané = kayane): fetched by a cheap prefix then checked here.
    const QString key = searchKey(tag.trimmed());
    if (!key.isEmpty()) {
        auto query = m_store.select(u"SELECT id, tag, name FROM players WHERE id <> ?"_s, {exceptId});
        while (query.next()) {
            if (searchKey(query.value(1).toString()) == key)
                warnings << tr("Another player already uses the tag %1 (%2).")
                                .arg(query.value(1).toString(),
                                    query.value(2).toString().isEmpty() ? tr("no name") : query.value(2).toString());
        }
    }
    if (!email.trimmed().isEmpty()) {
        auto query = m_store.select(
            u"SELECT tag FROM players WHERE LOWER(email) = LOWER(?) AND id <> ?"_s, {email.trimmed(), exceptId});
        while (query.next())
            warnings << tr("The e-mail %1 is already used by %2.").arg(email.trimmed(), query.value(0).toString());
    }
    return warnings;
}

QString PlayerController::dependentsText(const QString &table, qint64 id)
{
    // Everything a delete cascades to, at every depth (an event takes its entrants' matches
    // with it); unlinked rows (print log, a match's station) are not deleted, so not named.
    QMap<QString, int> counts;
    QList<std::pair<QString, QList<qint64>>> pending {{table, {id}}};
    while (!pending.isEmpty()) {
        const auto [parent, ids] = pending.takeFirst();
        if (ids.isEmpty())
            continue;
        QStringList marks;
        QVariantList values;
        for (const qint64 parentId : ids) {
            marks << u"?"_s;
            values << parentId;
        }
        for (const auto &reference : Schema::referencesTo(parent)) {
            if (reference.onDelete != Schema::Reference::OnDelete::Cascade)
                continue;
            auto query = m_store.select(
                u"SELECT id FROM %1 WHERE %2 IN (%3)"_s.arg(reference.table, reference.column, marks.join(u", "_s)),
                values);
            QList<qint64> children;
            while (query.next())
                children << query.value(0).toLongLong();
            counts[reference.table] += int(children.size());
            pending.append({reference.table, children});
        }
    }
    QStringList parts;
    const auto add = [&](const QString &key, const QString &text) {
        if (counts.value(key) > 0)
            parts << text;
    };
    add(u"events"_s, tr("%n event(s)", nullptr, counts.value(u"events"_s)));
    add(u"stations"_s, tr("%n station(s)", nullptr, counts.value(u"stations"_s)));
    add(u"entrants"_s, tr("%n event registration(s)", nullptr, counts.value(u"entrants"_s)));
    add(u"team_members"_s, tr("%n team membership(s)", nullptr, counts.value(u"team_members"_s)));
    add(u"phases"_s, tr("%n bracket phase(s)", nullptr, counts.value(u"phases"_s)));
    add(u"matches"_s, tr("%n match(es) with their results", nullptr, counts.value(u"matches"_s)));
    return parts.join(u", "_s);
}

qint64 PlayerController::addTeam(const QVariantMap &values)
{
    return saveTeam(0, 0, values);
}

bool PlayerController::updateTeam(qint64 id, int version, const QVariantMap &values)
{
    return saveTeam(id, version, values) != 0;
}

qint64 PlayerController::saveTeam(qint64 id, int version, const QVariantMap &values)
{
    QString problem;
    auto row = rowValues(values, teamColumns);
    if (values.contains(u"logo"_s))
        row.insert(u"logo"_s, imageBytes(values.value(u"logo"_s), &problem));
    const QString name = row.value(u"name"_s).toString();
    qint64 savedId = id;
    const auto error = m_store.run(id == 0
            ? CommandLabel("PlayerController", QT_TRANSLATE_NOOP("PlayerController", "add team %1"), {name})
            : CommandLabel("PlayerController", QT_TRANSLATE_NOOP("PlayerController", "edit team %1"), {name}),
        [&](StoreTransaction &tx) {
            if (!problem.isEmpty())
                tx.fail(StoreError::Kind::Invalid, problem);
            if ((id == 0 || row.contains(u"name"_s)) && name.isEmpty())
                tx.fail(StoreError::Kind::Invalid, tr("A team needs a name."));
            for (const auto &[column, what] :
                {std::pair {u"name"_s, tr("the team name")}, std::pair {u"tag"_s, tr("the team tag")}}) {
                if (const auto text = textProblemSentence(row.value(column).toString(), what, 64); !text.isEmpty())
                    tx.fail(StoreError::Kind::Invalid, text);
            }
            if (id == 0)
                savedId = tx.insert(u"teams"_s, row);
            else
                tx.update(u"teams"_s, id, version, row);
        });
    return error ? 0 : savedId;
}

bool PlayerController::removeTeam(qint64 id, int version)
{
    auto query = m_store.select(u"SELECT name FROM teams WHERE id = ?"_s, {id});
    const QString name = query.next() ? query.value(0).toString() : QString();
    return !m_store.run(
        CommandLabel("PlayerController", QT_TRANSLATE_NOOP("PlayerController", "delete team %1"), {name}),
        [&](StoreTransaction &tx) {
            EventController::refuseEntrantsInBrackets(tx, u"e.team_id = ?"_s, {id});
            tx.remove(u"teams"_s, id, version);
        });
}

bool PlayerController::setMember(qint64 teamId, qint64 playerId, const QString &role)
{
    return !m_store.run(CommandLabel("PlayerController", QT_TRANSLATE_NOOP("PlayerController", "change team roster")),
        [&](StoreTransaction &tx) {
            if (!memberRoles.contains(role))
                tx.fail(StoreError::Kind::Invalid, tr("“%1” is not a roster role.").arg(role));
            auto query
                = tx.select(u"SELECT id FROM team_members WHERE team_id = ? AND player_id = ?"_s, {teamId, playerId});
            if (query.next()) {
                const qint64 memberId = query.value(0).toLongLong();
                query.finish();
                tx.update(u"team_members"_s, memberId, -1, {{u"role"_s, role}});
            } else {
                query.finish();
                tx.insert(u"team_members"_s, {{u"team_id"_s, teamId}, {u"player_id"_s, playerId}, {u"role"_s, role}});
            }
        });
}

bool PlayerController::removeMember(qint64 memberId, int version)
{
    return !m_store.run(CommandLabel("PlayerController", QT_TRANSLATE_NOOP("PlayerController", "change team roster")),
        [&](StoreTransaction &tx) { tx.remove(u"team_members"_s, memberId, version); });
}

bool PlayerController::readImportFile(const QUrl &file)
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

void PlayerController::readImport(const QByteArray &bytes)
{
    m_import = PlayerImport::fromCsv(bytes);
    m_hasImport = true;
    refreshImportState();
}

void PlayerController::setImportMapping(const QString &field, int column)
{
    m_import.setMapping(field, column);
    refreshImportState();
}

void PlayerController::cancelImport()
{
    m_import = {};
    m_hasImport = false;
    refreshImportState();
}

void PlayerController::refreshImportState()
{
    m_importState.clear();
    m_validated = {};
    if (m_hasImport) {
        m_validated = m_import.validate();
        const auto &result = m_validated;
        QVariantList problems;
        for (const auto &problem : result.problems)
            problems << tr("Line %1: %2").arg(problem.line).arg(problem.reason);
        QVariantList preview;
        for (const auto &row : m_import.preview(20))
            preview << row;
        QVariantMap mapping;
        const auto map = m_import.mapping();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            mapping.insert(it.key(), it.value());
        int newPlayers = 0;
        int unchanged = 0;
        int updates = 0;
        for (const auto &match : matchExisting(result.players)) {
            if (match.playerId == 0)
                ++newPlayers;
            else if (match.changes.isEmpty())
                ++unchanged;
            else
                ++updates;
        }
        m_importState = {
            {u"newPlayers"_s, newPlayers},
            {u"unchanged"_s, unchanged},
            {u"updates"_s, updates},
            {u"layout"_s, m_import.layoutName()},
            {u"encoding"_s, m_import.table().encoding},
            {u"header"_s, m_import.table().header},
            {u"fields"_s, PlayerImport::fields()},
            {u"mapping"_s, mapping},
            {u"preview"_s, preview},
            {u"problems"_s, problems},
            {u"playerCount"_s, int(result.players.size())},
            {u"rowCount"_s, int(m_import.table().records.size() + m_import.table().problems.size())},
        };
    }
    Q_EMIT importStateChanged();
}

QList<PlayerController::ImportMatch> PlayerController::matchExisting(
    const QList<QVariantMap> &players, StoreTransaction *tx)
{
    static const QStringList compared
        = {u"tag"_s, u"name"_s, u"country"_s, u"email"_s, u"phone"_s, u"notes"_s, u"rating"_s};
    const QString sql = u"SELECT id, tag, name, country, email, phone, notes, rating FROM players ORDER BY id"_s;
    auto query = tx ? tx->select(sql) : m_store.select(sql);
    QHash<qint64, QVariantMap> rows;
    QHash<QString, qint64> byEmail;
    QHash<QString, qint64> byTag;
    while (query.next()) {
        QVariantMap row;
        for (int i = 0; i < compared.size(); ++i)
            row.insert(compared.at(i), query.value(i + 1));
        const qint64 id = query.value(0).toLongLong();
        rows.insert(id, row);
        const QString email = row.value(u"email"_s).toString().toLower();
        if (!email.isEmpty() && !byEmail.contains(email))
            byEmail.insert(email, id);
        const QString tag = searchKey(row.value(u"tag"_s).toString());
        if (!byTag.contains(tag))
            byTag.insert(tag, id);
    }
    QList<ImportMatch> matches;
    matches.reserve(players.size());
    for (const auto &player : players) {
        ImportMatch match;
        const QString email = player.value(u"email"_s).toString().toLower();
        match.playerId = email.isEmpty() ? 0 : byEmail.value(email);
        if (match.playerId == 0)
            match.playerId = byTag.value(searchKey(player.value(u"tag"_s).toString()));
        if (match.playerId != 0) {
            const auto &existing = rows.value(match.playerId);
            for (const auto &column : compared) {
                const QVariant value = player.value(column);
                if (value.isNull() || value.toString().isEmpty())
                    continue; // an empty cell keeps what is there
                const bool same = column == u"rating"_s
                    ? !existing.value(column).isNull() && existing.value(column).toDouble() == value.toDouble()
                    : existing.value(column).toString() == value.toString();
                if (!same)
                    match.changes.insert(column, value);
            }
        }
        matches << match;
    }
    return matches;
}

bool PlayerController::commitImport(bool updateExisting)
{
    const auto result = m_validated;
    if (!result.problems.isEmpty() || result.players.isEmpty()) {
        Q_EMIT message(result.problems.isEmpty()
                ? tr("Nothing to import.")
                : tr("Nothing was imported: %n line(s) must be fixed first.", nullptr, int(result.problems.size())));
        return false;
    }
    int added = 0;
    int updated = 0;
    const auto error
        = m_store.run(CommandLabel("PlayerController", QT_TRANSLATE_N_NOOP("PlayerController", "import %n player(s)"),
                          {}, int(result.players.size())),
            [&](StoreTransaction &tx) {
                QHash<QString, qint64> teams;
                auto query = tx.select(u"SELECT id, name FROM teams"_s);
                while (query.next())
                    teams.insert(searchKey(query.value(1).toString()), query.value(0).toLongLong());
                query.finish();
                QSet<std::pair<qint64, qint64>> memberships;
                auto members = tx.select(u"SELECT team_id, player_id FROM team_members"_s);
                while (members.next())
                    memberships.insert({members.value(0).toLongLong(), members.value(1).toLongLong()});
                members.finish();
                // Matched again inside the command: what is written is what the database holds now.
                const auto matches = matchExisting(result.players, &tx);
                for (qsizetype i = 0; i < result.players.size(); ++i) {
                    QVariantMap row = result.players.at(i);
                    const QString team = row.take(u"team"_s).toString();
                    const auto &match = matches.at(i);
                    qint64 playerId = match.playerId;
                    if (playerId == 0) {
                        playerId = tx.insert(u"players"_s, row);
                        ++added;
                    } else if (!updateExisting) {
                        continue;
                    } else if (!match.changes.isEmpty()) {
                        tx.update(u"players"_s, playerId, -1, match.changes);
                        ++updated;
                    }
                    if (team.isEmpty())
                        continue;
                    qint64 &teamId = teams[searchKey(team)];
                    if (teamId == 0)
                        teamId = tx.insert(u"teams"_s, {{u"name"_s, team}});
                    if (memberships.contains({teamId, playerId}))
                        continue;
                    memberships.insert({teamId, playerId});
                    tx.insert(u"team_members"_s,
                        {{u"team_id"_s, teamId}, {u"player_id"_s, playerId}, {u"role"_s, u"player"_s}});
                }
            });
    if (error)
        return false;
    qCInfo(lcImport) << "imported" << added << "new players," << updated << "updated";
    Q_EMIT message(tr("%n player(s) added", nullptr, added) + u", "_s + tr("%n updated.", nullptr, updated));
    cancelImport();
    return true;
}

QByteArray PlayerController::exportCsv()
{
    QHash<qint64, QStringList> teams;
    auto query = m_store.select(
        u"SELECT m.player_id, t.name FROM team_members m JOIN teams t ON t.id = m.team_id ORDER BY t.name"_s);
    while (query.next())
        teams[query.value(0).toLongLong()] << query.value(1).toString();
    QList<QStringList> rows;
    query
        = m_store.select(u"SELECT id, tag, name, country, email, phone, rating, notes FROM players ORDER BY tag, id"_s);
    while (query.next()) {
        rows << QStringList {query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
            query.value(4).toString(), query.value(5).toString(),
            query.value(6).isNull() ? QString() : QString::number(query.value(6).toDouble()),
            teams.value(query.value(0).toLongLong()).join(u", "_s), query.value(7).toString()};
    }
    return CsvWriter::write(
        {u"tag"_s, u"name"_s, u"country"_s, u"email"_s, u"phone"_s, u"rating"_s, u"team"_s, u"notes"_s}, rows);
}

bool PlayerController::exportCsvFile(const QUrl &file)
{
    QSaveFile output(file.isLocalFile() ? file.toLocalFile() : file.toString());
    if (!output.open(QIODevice::WriteOnly) || output.write(exportCsv()) < 0 || !output.commit()) {
        Q_EMIT message(tr("Cannot write %1: %2").arg(output.fileName(), output.errorString()));
        return false;
    }
    Q_EMIT message(tr("Players exported to %1.").arg(output.fileName()));
    return true;
}
