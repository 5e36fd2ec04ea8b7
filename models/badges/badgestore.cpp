// SPDX-License-Identifier: GPL-3.0-or-later
#include "badgestore.h"

#include "registration/playerimport.h"
#include "store/store.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

constexpr int badgeIdLength = 12;
constexpr int historyLength = 30;
const QStringList playerRoles = {u"player"_s, u"coach"_s};
const QStringList staffColumns = {u"name"_s, u"organisation"_s, u"role"_s, u"photo"_s, u"notes"_s};

// Luhn's check digit for digits (the check digit not included).
int luhnCheckDigit(QStringView digits)
{
    int sum = 0;
    bool doubled = true; // the digit next to the check digit is doubled
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (doubled) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubled = !doubled;
    }
    return (10 - sum % 10) % 10;
}

// A staff member's name and organisation as typed: one line of printable text each.
QString staffTextProblem(const QVariantMap &row)
{
    for (const auto &[column, what] : {std::pair {u"name"_s, BadgeStore::tr("the name")},
             std::pair {u"organisation"_s, BadgeStore::tr("the organisation")}}) {
        if (const auto problem = textProblemSentence(row.value(column).toString(), what, 128); !problem.isEmpty())
            return problem;
    }
    return {};
}

} // namespace

BadgeStore::BadgeStore(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(&m_store, &Store::opened, this, &BadgeStore::refresh);
    connect(&m_store, &Store::changed, this, [this](const RowChanges &changes) {
        static const QStringList people
            = {u"players"_s, u"teams"_s, u"team_members"_s, u"entrants"_s, u"events"_s, u"tournaments"_s, u"staff"_s};
        bool reload = false;
        bool printLog = false;
        for (const auto &change : changes) {
            reload = reload || people.contains(change.table);
            printLog = printLog || change.table == u"print_log"_s;
        }
        if (reload)
            refresh();
        else if (printLog)
            loadPrintLog();
    });
    if (m_store.isOpen())
        refresh();
}

QString BadgeStore::newBadgeId()
{
    QString digits;
    auto *random = QRandomGenerator::system();
    for (int i = 0; i < badgeIdLength - 1; ++i)
        digits.append(QChar(u'0' + int(random->bounded(10))));
    return digits + QChar(u'0' + luhnCheckDigit(digits));
}

QString BadgeStore::normaliseBadgeId(const QString &scanned)
{
    // A scanner set to a US keyboard on a French AZERTY layout types the digit row unshifted.
    static const QString azerty = u"à&é\"'(-è_ç"_s; // index = digit
    QString digits;
    for (const QChar c : scanned) {
        if (c >= u'0' && c <= u'9')
            digits.append(c);
        else if (const auto at = azerty.indexOf(c); at >= 0)
            digits.append(QChar(u'0' + int(at)));
        else if (!c.isSpace())
            return {};
    }
    if (digits.size() != badgeIdLength
        || luhnCheckDigit(QStringView(digits).first(badgeIdLength - 1)) != digits.back().digitValue())
        return {};
    return digits;
}

QString BadgeStore::uniqueBadgeId() const
{
    for (;;) {
        const QString id = newBadgeId();
        if (m_people.contains(id))
            continue;
        // Also against the database: another desk may have stored ids since the last load.
        auto query = m_store.select(
            u"SELECT (SELECT COUNT(*) FROM players WHERE badge_id = ?) + (SELECT COUNT(*) FROM staff WHERE badge_id = ?)"_s,
            {id, id});
        if (query.next() && query.value(0).toInt() == 0)
            return id;
    }
}

void BadgeStore::refresh()
{
    if (!m_store.isOpen())
        return;

    // Teams and memberships.
    struct Membership {
        qint64 teamId;
        QString role;
    };
    QHash<qint64, QString> teamNames;
    QHash<qint64, QByteArray> teamLogos;
    QList<BadgeFilterChoiceModel::Choice> teamChoices;
    {
        auto query = m_store.select(u"SELECT id, name, logo FROM teams ORDER BY name"_s);
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            teamNames.insert(id, query.value(1).toString());
            teamLogos.insert(id, query.value(2).toByteArray());
            teamChoices.append({id, query.value(1).toString()});
        }
    }
    QHash<qint64, QList<Membership>> memberships; // by player
    QHash<qint64, QList<qint64>> members; // team -> players
    {
        auto query = m_store.select(u"SELECT player_id, team_id, role FROM team_members ORDER BY id"_s);
        while (query.next()) {
            const qint64 player = query.value(0).toLongLong();
            const qint64 team = query.value(1).toLongLong();
            memberships[player].append({team, query.value(2).toString()});
            members[team].append(player);
        }
    }

    // Events and registrations (the waiting list does not play).
    QList<BadgeFilterChoiceModel::Choice> eventChoices;
    QHash<qint64, QString> eventNames;
    {
        auto query = m_store.select(u"SELECT e.id, e.name, t.name FROM events e JOIN tournaments t ON t.id = "
                                    "e.tournament_id ORDER BY t.starts_on, t.name, e.name"_s);
        while (query.next()) {
            eventNames.insert(query.value(0).toLongLong(), query.value(1).toString());
            eventChoices.append(
                {query.value(0).toLongLong(), query.value(2).toString() + u" — "_s + query.value(1).toString()});
        }
    }
    struct Entry {
        QList<qint64> events;
        QList<qint64> checkedIn;
        QList<qint64> ownEntrants;
    };
    QHash<qint64, Entry> entries; // by player
    {
        auto query = m_store.select(
            u"SELECT id, event_id, player_id, team_id, check_in FROM entrants WHERE waitlisted = 0 ORDER BY id"_s);
        while (query.next()) {
            const qint64 event = query.value(1).toLongLong();
            const bool checkedIn = query.value(4).toString() == u"checked_in"_s;
            const QList<qint64> players = query.value(2).isNull() ? members.value(query.value(3).toLongLong())
                                                                  : QList<qint64> {query.value(2).toLongLong()};
            for (const qint64 player : players) {
                auto &entry = entries[player];
                if (!entry.events.contains(event))
                    entry.events.append(event);
                if (checkedIn && !entry.checkedIn.contains(event))
                    entry.checkedIn.append(event);
                if (!query.value(2).isNull())
                    entry.ownEntrants.append(query.value(0).toLongLong());
            }
        }
    }

    QList<BadgeHolder> badges;
    m_people.clear();
    {
        auto query
            = m_store.select(u"SELECT id, tag, name, photo, badge_id, phone_secret FROM players ORDER BY tag, id"_s);
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            BadgeHolder badge;
            const QString tag = query.value(1).toString();
            const QString name = query.value(2).toString().trimmed();
            badge.displayName = name.isEmpty() ? tag : name;
            badge.gamerTag = name.isEmpty() ? QString() : tag;
            badge.photo = query.value(3).toByteArray();
            badge.phoneSecret = query.value(5).toString();
            Person person {u"players"_s, id, 0, !query.value(4).isNull()};
            badge.badgeId = person.stored ? query.value(4).toString() : m_drawnPlayerIds.value(id);
            if (badge.badgeId.isEmpty()) {
                badge.badgeId = uniqueBadgeId();
                m_drawnPlayerIds.insert(id, badge.badgeId);
            }
            // A coach of every team they are in gets the team staff badge; the team printed
            // is the first one they play in.
            const auto teams = memberships.value(id);
            badge.role = teams.isEmpty() ? u"player"_s : u"coach"_s;
            for (const auto &membership : teams) {
                badge.teamIds.append(membership.teamId);
                if (membership.role != u"coach"_s && badge.role == u"coach"_s) {
                    badge.role = u"player"_s;
                    badge.team = teamNames.value(membership.teamId);
                    badge.teamLogo = teamLogos.value(membership.teamId);
                }
            }
            if (badge.team.isEmpty() && !teams.isEmpty()) {
                badge.team = teamNames.value(teams.constFirst().teamId);
                badge.teamLogo = teamLogos.value(teams.constFirst().teamId);
            }
            const Entry entry = entries.value(id);
            badge.eventIds = entry.events;
            badge.checkedInEventIds = entry.checkedIn;
            QStringList names;
            for (const qint64 event : entry.events)
                names.append(eventNames.value(event));
            badge.event = names.join(u" · "_s);
            if (entry.ownEntrants.size() == 1)
                person.entrantId = entry.ownEntrants.constFirst();
            m_people.insert(badge.badgeId, person);
            badges.append(badge);
        }
    }
    {
        auto query
            = m_store.select(u"SELECT id, name, organisation, role, photo, badge_id FROM staff ORDER BY name, id"_s);
        while (query.next()) {
            BadgeHolder badge;
            badge.staffId = query.value(0).toLongLong();
            badge.displayName = query.value(1).toString();
            badge.team = query.value(2).toString();
            badge.role = query.value(3).toString();
            badge.photo = query.value(4).toByteArray();
            badge.badgeId = query.value(5).toString();
            m_people.insert(badge.badgeId, {u"staff"_s, badge.staffId, 0, true});
            badges.append(badge);
        }
    }
    m_teams.setChoices(teamChoices);
    m_events.setChoices(eventChoices);
    m_holders = badges;
    m_rows.clear();
    for (qsizetype i = 0; i < m_holders.size(); ++i)
        m_rows.insert(m_holders.at(i).badgeId, i);
    loadPrintLog();
    Q_EMIT holdersChanged();
    Q_EMIT listsChanged();
}

void BadgeStore::loadPrintLog()
{
    m_printed.clear();
    QList<PrintHistoryModel::Entry> history;
    auto query = m_store.select(u"SELECT created_at, details FROM print_log WHERE kind = 'badge' ORDER BY id"_s);
    while (query.next()) {
        const auto details = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
        const QString badgeId = details.value(u"badge_id"_s).toString();
        m_printed.insert(badgeId);
        history.append({QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), QTimeZone::UTC),
            details.value(u"name"_s).toString(), badgeId, details.value(u"reprint"_s).toBool(),
            details.value(u"layout"_s).toString(), details.value(u"design"_s).toString(),
            details.value(u"target"_s).toString()});
    }
    QList<PrintHistoryModel::Entry> latest;
    for (qsizetype i = history.size() - 1; i >= 0 && latest.size() < historyLength; --i)
        latest.append(history.at(i));
    m_history.setEntries(latest);
    Q_EMIT printLogChanged();
}

const BadgeHolder *BadgeStore::holder(const QString &badgeId) const
{
    const auto row = m_rows.constFind(badgeId);
    return row == m_rows.cend() ? nullptr : &m_holders.at(*row);
}

bool BadgeStore::wasPrinted(const QString &kind, const QString &itemId) const
{
    return kind == u"badge"_s && m_printed.contains(itemId);
}

void BadgeStore::append(const QList<PrintRecord> &records)
{
    if (records.isEmpty())
        return;
    m_store.run(
        CommandLabel("BadgeStore", QT_TRANSLATE_N_NOOP("BadgeStore", "print %n badge(s)"), {}, int(records.size())),
        [&](StoreTransaction &tx) {
            for (const auto &record : records) {
                const Person person = m_people.value(record.itemId);
                const BadgeHolder *badge = holder(record.itemId);
                QVariantMap row {{u"kind"_s, record.kind},
                    {u"details"_s,
                        QString::fromUtf8(
                            QJsonDocument(QJsonObject {
                                              {u"badge_id"_s, record.itemId},
                                              {u"name"_s, badge ? badge->displayName : QString()},
                                              {u"role"_s, badge ? badge->role : QString()},
                                              {u"layout"_s, record.layout},
                                              {u"design"_s, record.design},
                                              {u"target"_s, record.target},
                                              {u"reprint"_s, record.reprint},
                                              {u"printed_at"_s, record.printedAt.toUTC().toString(Qt::ISODateWithMs)},
                                          })
                                .toJson(QJsonDocument::Compact))}};
                if (person.table == u"players"_s) {
                    row.insert(u"player_id"_s, person.id);
                    if (person.entrantId)
                        row.insert(u"entrant_id"_s, person.entrantId);
                    // The id is on paper now: it is the player's for good.
                    if (!person.stored)
                        tx.update(u"players"_s, person.id, -1, {{u"badge_id"_s, record.itemId}});
                } else if (person.table == u"staff"_s) {
                    row.insert(u"staff_id"_s, person.id);
                }
                tx.insert(u"print_log"_s, row);
            }
        });
}

QList<PrintRecord> BadgeStore::history(const QString &kind, const QString &itemId) const
{
    QList<PrintRecord> records;
    auto query = m_store.select(u"SELECT details FROM print_log WHERE kind = ? ORDER BY id"_s, {kind});
    while (query.next()) {
        const auto details = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
        if (details.value(u"badge_id"_s).toString() != itemId)
            continue;
        records.append(
            {kind, itemId, QDateTime::fromString(details.value(u"printed_at"_s).toString(), Qt::ISODateWithMs),
                details.value(u"target"_s).toString(), details.value(u"layout"_s).toString(),
                details.value(u"reprint"_s).toBool(), details.value(u"design"_s).toString()});
    }
    return records;
}

qint64 BadgeStore::addStaff(const QVariantMap &values)
{
    auto row = rowValues(values, staffColumns);
    if (!row.contains(u"role"_s))
        row.insert(u"role"_s, u"staff"_s);
    row.insert(u"badge_id"_s, uniqueBadgeId());
    qint64 id = 0;
    const auto error = m_store.run(CommandLabel("BadgeStore", QT_TRANSLATE_NOOP("BadgeStore", "add badge for %1"),
                                       {row.value(u"name"_s).toString()}),
        [&](StoreTransaction &tx) {
            if (row.value(u"name"_s).toString().isEmpty())
                tx.fail(StoreError::Kind::Invalid, tr("A badge needs a name."));
            if (const auto problem = staffTextProblem(row); !problem.isEmpty())
                tx.fail(StoreError::Kind::Invalid, problem);
            if (playerRoles.contains(row.value(u"role"_s).toString()))
                tx.fail(StoreError::Kind::Invalid,
                    tr("Players and team staff get their badge from the player list, not as staff."));
            id = tx.insert(u"staff"_s, row);
        });
    return error ? 0 : id;
}

bool BadgeStore::updateStaff(qint64 id, int version, const QVariantMap &values)
{
    const auto row = rowValues(values, staffColumns);
    return !m_store.run(CommandLabel("BadgeStore", QT_TRANSLATE_NOOP("BadgeStore", "edit badge for %1"),
                            {row.value(u"name"_s).toString()}),
        [&](StoreTransaction &tx) {
            if (row.contains(u"name"_s) && row.value(u"name"_s).toString().isEmpty())
                tx.fail(StoreError::Kind::Invalid, tr("A badge needs a name."));
            if (const auto problem = staffTextProblem(row); !problem.isEmpty())
                tx.fail(StoreError::Kind::Invalid, problem);
            if (row.contains(u"role"_s)
                && (row.value(u"role"_s).isNull() || playerRoles.contains(row.value(u"role"_s).toString())))
                tx.fail(StoreError::Kind::Invalid,
                    tr("Players and team staff get their badge from the player list, not as staff."));
            tx.update(u"staff"_s, id, version, row);
        });
}

bool BadgeStore::removeStaff(qint64 id, int version)
{
    return !m_store.run(CommandLabel("BadgeStore", QT_TRANSLATE_NOOP("BadgeStore", "delete badge")),
        [&](StoreTransaction &tx) { tx.remove(u"staff"_s, id, version); });
}

QVariantMap BadgeStore::staff(qint64 id)
{
    auto query = m_store.select(u"SELECT id, version, name, organisation, role FROM staff WHERE id = ?"_s, {id});
    if (!query.next())
        return {};
    return {{u"id"_s, query.value(0).toLongLong()}, {u"version"_s, query.value(1).toInt()},
        {u"name"_s, query.value(2).toString()}, {u"organisation"_s, query.value(3).toString()},
        {u"role"_s, query.value(4).toString()}};
}

QVariantMap BadgeStore::lookup(const QString &scanned)
{
    const QString badgeId = normaliseBadgeId(scanned);
    if (badgeId.isEmpty())
        return {{u"found"_s, false},
            {u"message"_s, tr("“%1” is not a badge number (12 digits, the last one a check digit).").arg(scanned)}};
    QVariantMap result {{u"found"_s, true}, {u"badgeId"_s, badgeId}};
    auto player = m_store.select(u"SELECT id FROM players WHERE badge_id = ?"_s, {badgeId});
    auto staff = m_store.select(u"SELECT id FROM staff WHERE badge_id = ?"_s, {badgeId});
    if (player.next()) {
        result.insert(u"kind"_s, u"player"_s);
        result.insert(u"id"_s, player.value(0).toLongLong());
    } else if (staff.next()) {
        result.insert(u"kind"_s, u"staff"_s);
        result.insert(u"id"_s, staff.value(0).toLongLong());
    } else {
        return {{u"found"_s, false}, {u"message"_s, tr("No one has the badge %1.").arg(badgeId)}};
    }
    const BadgeHolder badge = m_rows.contains(badgeId) ? *holder(badgeId) : BadgeHolder();
    result.insert(u"name"_s, badge.displayName);
    result.insert(u"tag"_s, badge.gamerTag);
    result.insert(u"team"_s, badge.team);
    result.insert(u"role"_s, badge.role);
    QStringList eventLines;
    for (int row = 1; row < m_events.rowCount(); ++row) { // row 0: "Every event"
        const qint64 id = m_events.index(row).data(BadgeFilterChoiceModel::ValueRole).toLongLong();
        const QString text = m_events.index(row).data(BadgeFilterChoiceModel::TextRole).toString();
        if (badge.eventIds.contains(id))
            eventLines.append(badge.checkedInEventIds.contains(id) ? tr("%1 (checked in)").arg(text) : text);
    }
    result.insert(u"events"_s, eventLines.join(u"\n"_s));
    result.insert(u"printCount"_s, int(history(u"badge"_s, badgeId).size()));
    return result;
}
