// SPDX-License-Identifier: GPL-3.0-or-later
#include "playerphones.h"

#include "competition/matchresults.h"
#include "core/clock.h"
#include "matchpresenter.h"
#include "tournamentlive.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

QString newSecret()
{
    // 144 random bits: unguessable, and short enough for a QR code on a badge.
    QByteArray bytes(18, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString stateCode(ScheduleMatch::State state)
{
    switch (state) {
    case ScheduleMatch::State::Pending:
        return u"pending"_s;
    case ScheduleMatch::State::Ready:
        return u"waiting"_s;
    case ScheduleMatch::State::Called:
        return u"called"_s;
    case ScheduleMatch::State::InProgress:
        return u"in_progress"_s;
    case ScheduleMatch::State::Completed:
        return u"completed"_s;
    }
    return {};
}

bool reportable(ScheduleMatch::State state)
{
    // A called match counts too: players often play without anyone pressing "start".
    return state == ScheduleMatch::State::Called || state == ScheduleMatch::State::InProgress;
}

} // namespace

PlayerPhones::PlayerPhones(Store &store, TournamentLive &live, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_live(live)
    , m_clock(clock)
    , m_brackets(store)
{
    connect(&m_live, &TournamentLive::changed, this, [this] {
        m_checkInOpen.reset();
        // A match settled at the desk (or undone) no longer waits for a phone's confirmation.
        for (auto it = m_pending.begin(); it != m_pending.end();) {
            const auto match = m_live.scheduler().liveMatch(it.key());
            it = match && reportable(match->state) ? std::next(it) : m_pending.erase(it);
        }
        Q_EMIT changed();
        Q_EMIT pendingChanged();
    });
    connect(&m_store, &Store::changed, this, [this](const RowChanges &changes) {
        m_checkInOpen.reset();
        if (std::any_of(changes.cbegin(), changes.cend(), [](const RowChange &c) { return c.table == u"players"; }))
            Q_EMIT linksChanged();
    });
}

bool PlayerPhones::setSecret(qint64 playerId, const QString &secret, const CommandLabel &label)
{
    const auto failure = m_store.run(label, [&](StoreTransaction &tx) {
        const auto row = tx.row(u"players"_s, playerId);
        if (row.isEmpty())
            tx.fail(StoreError::Kind::NotFound, tr("This player no longer exists."));
        tx.update(u"players"_s, playerId, row.value(u"version"_s).toInt(),
            {{u"phone_secret"_s, secret.isEmpty() ? QVariant() : QVariant(secret)}});
    });
    if (failure)
        return false;
    return true;
}

QString PlayerPhones::issueLink(qint64 playerId)
{
    const auto secret = newSecret();
    return setSecret(playerId, secret, CommandLabel("PlayerPhones", QT_TRANSLATE_NOOP("PlayerPhones", "Phone link")))
        ? secret
        : QString();
}

bool PlayerPhones::revokeLink(qint64 playerId)
{
    return setSecret(
        playerId, {}, CommandLabel("PlayerPhones", QT_TRANSLATE_NOOP("PlayerPhones", "Revoke phone link")));
}

QString PlayerPhones::linkSecret(qint64 playerId) const
{
    auto query = m_store.select(u"SELECT phone_secret FROM players WHERE id = ?"_s, {playerId});
    return query.next() ? query.value(0).toString() : QString();
}

qint64 PlayerPhones::playerForSecret(const QString &secret) const
{
    static const QRegularExpression shape(u"^[A-Za-z0-9_-]{24}$"_s);
    if (!shape.match(secret).hasMatch())
        return 0;
    auto query = m_store.select(u"SELECT id FROM players WHERE phone_secret = ?"_s, {secret});
    return query.next() ? query.value(0).toLongLong() : 0;
}

QString PlayerPhones::findCode(const QString &secret)
{
    if (secret.isEmpty())
        return {};
    // 32 letters and digits that cannot be misread for one another (no 0/O, 1/I).
    static constexpr char alphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    const auto hash
        = QCryptographicHash::hash(QByteArray("omnium find code\n" + secret.toUtf8()), QCryptographicHash::Sha256);
    quint64 bits = 0;
    for (int i = 0; i < 5; ++i)
        bits = (bits << 8) | quint8(hash.at(i));
    QString code;
    for (int i = 0; i < 8; ++i) {
        if (i == 4)
            code += u'-';
        code += QLatin1Char(alphabet[(bits >> (35 - 5 * i)) & 31]);
    }
    return code;
}

QJsonArray PlayerPhones::findTags(const QString &letters) const
{
    const auto typed = letters.trimmed().toLower();
    if (typed.size() < 2)
        return {};
    QString pattern = typed;
    pattern.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    auto query = m_store.select(u"SELECT id, tag FROM players WHERE phone_secret IS NOT NULL "
                                u"AND lower(tag) LIKE ? ESCAPE '\\' ORDER BY lower(tag) LIMIT 8"_s,
        {QString(u'%' + pattern + u'%')});
    QJsonArray found;
    while (query.next())
        found.append(QJsonObject {{u"id"_s, query.value(0).toLongLong()}, {u"tag"_s, query.value(1).toString()}});
    return found;
}

// The events' on/off settings of the phones: one undoable command each change.
bool PlayerPhones::setEventFlag(qint64 eventId, const QString &column, bool enabled, const CommandLabel &label)
{
    const auto failure = m_store.run(label, [&](StoreTransaction &tx) {
        const auto row = tx.row(u"events"_s, eventId);
        if (row.isEmpty())
            tx.fail(StoreError::Kind::NotFound, tr("This event no longer exists."));
        tx.update(u"events"_s, eventId, row.value(u"version"_s).toInt(), {{column, enabled ? 1 : 0}});
    });
    if (failure)
        return false;
    Q_EMIT changed();
    return true;
}

bool PlayerPhones::eventFlag(qint64 eventId, const QString &column) const
{
    // column is one of this class's own names, never the user's.
    auto query = m_store.select(u"SELECT "_s + column + u" FROM events WHERE id = ?"_s, {eventId});
    return query.next() && query.value(0).toInt() != 0;
}

bool PlayerPhones::setSelfReporting(qint64 eventId, bool enabled)
{
    return setEventFlag(eventId, u"self_report"_s, enabled,
        enabled ? CommandLabel("PlayerPhones", QT_TRANSLATE_NOOP("PlayerPhones", "Self-reporting on"))
                : CommandLabel("PlayerPhones", QT_TRANSLATE_NOOP("PlayerPhones", "Self-reporting off")));
}

bool PlayerPhones::selfReporting(qint64 eventId) const
{
    return eventFlag(eventId, u"self_report"_s);
}

bool PlayerPhones::setGameReporting(qint64 eventId, bool enabled)
{
    return setEventFlag(eventId, u"report_games"_s, enabled,
        enabled ? CommandLabel("PlayerPhones", QT_TRANSLATE_NOOP("PlayerPhones", "Results game by game on"))
                : CommandLabel("PlayerPhones", QT_TRANSLATE_NOOP("PlayerPhones", "Results game by game off")));
}

bool PlayerPhones::gameReporting(qint64 eventId) const
{
    return eventFlag(eventId, u"report_games"_s);
}

PlayerPhones::Reply PlayerPhones::report(qint64 playerId, qint64 matchId, int mine, int theirs)
{
    if (mine < 0 || theirs < 0 || mine > 99 || theirs > 99)
        return {Outcome::Refused, tr("A score is a number of games won.")};
    return propose(playerId, matchId, false, [&](int side) {
        Pending report;
        report.scores[side] = mine;
        report.scores[1 - side] = theirs;
        return report;
    });
}

PlayerPhones::Reply PlayerPhones::reportGames(qint64 playerId, qint64 matchId, const QList<bool> &wonByMe)
{
    if (wonByMe.isEmpty() || wonByMe.size() > 99)
        return {Outcome::Refused, tr("Say who won each game played.")};
    return propose(playerId, matchId, true, [&](int side) {
        Pending report;
        for (const bool won : wonByMe) {
            const int winner = won ? side : 1 - side;
            report.games.append(winner);
            ++report.scores[winner];
        }
        return report;
    });
}

PlayerPhones::Reply PlayerPhones::propose(
    qint64 playerId, qint64 matchId, bool byGames, const std::function<Pending(int side)> &make)
{
    const auto matches = m_live.scheduler().playerMatches(playerId);
    const SchedulerController::PlayerMatches::Next *next = nullptr;
    if (matches) {
        for (const auto &n : matches->matches) {
            if (n.match.matchId == matchId)
                next = &n;
        }
    }
    if (!next || !reportable(next->match.state))
        return {Outcome::Refused, tr("This match is not being played: only a called or started match takes a result.")};
    if (!selfReporting(next->match.eventId))
        return {Outcome::Refused, tr("Results of this event are entered at the desk.")};
    if (byGames != gameReporting(next->match.eventId)) {
        return {Outcome::Refused,
            byGames ? tr("Results of this event are a score: games won by each side.")
                    : tr("Results of this event are entered game by game: say who won each game.")};
    }
    Pending report = make(next->side);
    report.side = next->side;
    report.eventId = next->match.eventId;
    const auto first = m_pending.constFind(matchId);
    if (first == m_pending.cend() || first->side == report.side) {
        m_pending.insert(matchId, report); // the first word, or the same side correcting itself
        Q_EMIT changed();
        Q_EMIT pendingChanged();
        return {Outcome::Waiting, {}};
    }
    const bool agree = *first == report;
    m_pending.remove(matchId);
    QString problem;
    if (agree)
        problem = apply(matchId, report);
    else
        m_brackets.setDisputed(next->match.eventId, matchId, true, &problem);
    Q_EMIT changed();
    Q_EMIT pendingChanged();
    if (!problem.isEmpty())
        return {Outcome::Refused, problem};
    return {agree ? Outcome::Confirmed : Outcome::Disputed, {}};
}

QString PlayerPhones::apply(qint64 matchId, const Pending &report)
{
    // The desk's own command: the engine's rules, the calls it frees, one undo step.
    QVariantMap input;
    if (report.games.isEmpty()) {
        input.insert(u"score"_s, u"%1-%2"_s.arg(report.scores[0]).arg(report.scores[1]));
    } else {
        QVariantList games;
        for (const int winner : report.games)
            games.append(QVariantMap {{u"a"_s, winner == 0 ? 1 : 0}, {u"b"_s, winner == 1 ? 1 : 0}});
        input.insert(u"games"_s, games);
    }
    MatchResults results(m_brackets);
    return results.report(report.eventId, matchId, input, {});
}

QString PlayerPhones::pendingReport(qint64 matchId) const
{
    const auto pending = m_pending.constFind(matchId);
    return pending == m_pending.cend() ? QString() : u"%1-%2"_s.arg(pending->scores[0]).arg(pending->scores[1]);
}

bool PlayerPhones::confirmReport(qint64 matchId)
{
    const auto pending = m_pending.constFind(matchId);
    if (pending == m_pending.cend())
        return false;
    const Pending report = *pending;
    m_pending.remove(matchId);
    const auto problem = apply(matchId, report);
    Q_EMIT changed();
    Q_EMIT pendingChanged();
    if (!problem.isEmpty()) {
        Q_EMIT errorOccurred(problem);
        return false;
    }
    return true;
}

qint64 PlayerPhones::noShowDeadline(const LiveMatch &match) const
{
    // The no-show timer the desk runs, so the phone counts down the same minutes. A moment, not
    // a number of seconds left: the page stays the same while time passes (nothing to resend).
    const int minutes = m_live.scheduler().eventSettings(match.eventId).value(u"noShowMinutes"_s).toInt();
    return match.calledAt.addSecs(minutes * 60).toMSecsSinceEpoch();
}

qint64 PlayerPhones::nowMs() const
{
    return m_clock.now().toMSecsSinceEpoch();
}

QString PlayerPhones::roundName(const LiveMatch &match) const
{
    if (!MatchPresenter::InLanguage::isOpen())
        return match.roundName;
    auto &cached = m_roundNames[{match.matchId, MatchPresenter::InLanguage::catalogue()}];
    if (cached.isEmpty())
        cached = roundNameNow(match);
    return cached;
}

QString PlayerPhones::roundNameNow(const LiveMatch &match) const
{
    const auto bracket = m_brackets.load(match.eventId, nullptr);
    const qsizetype index = bracket ? bracket->phaseIds.indexOf(match.phaseId) : -1;
    if (index < 0 || size_t(index) >= bracket->state.phases().size())
        return match.roundName;
    const auto &phase = bracket->state.phases()[size_t(index)];
    for (const auto &m : phase.matches) {
        if (m.id == match.matchId)
            return MatchPresenter::roundName(phase, m);
    }
    return match.roundName;
}

QString PlayerPhones::stationName(const LiveMatch &match) const
{
    if (!MatchPresenter::InLanguage::isOpen() || !match.stationId)
        return match.stationName;
    for (const auto &station : m_live.stations()->rows()) {
        if (station.stationId == match.stationId)
            return MatchPresenter::stationName(station.number, station.ownName);
    }
    return match.stationName;
}

QJsonObject PlayerPhones::matchJson(const LiveMatch &match, int side, const QString &opponent) const
{
    QJsonObject json {{u"id"_s, match.matchId}, {u"event"_s, match.eventName}, {u"round"_s, roundName(match)},
        {u"bestOf"_s, match.bestOf}, {u"opponent"_s, opponent}, {u"state"_s, stateCode(match.state)},
        {u"station"_s, stationName(match)}, {u"time"_s, match.timeText()}, {u"mine"_s, match.sides[side].score},
        {u"theirs"_s, match.sides[1 - side].score}};
    if (match.state == ScheduleMatch::State::Called && match.calledAt.isValid()) {
        json.insert(u"deadline"_s, noShowDeadline(match));
    }
    if (const auto bracket = m_brackets.load(match.eventId, nullptr))
        json.insert(u"disputed"_s, bracket->disputed.contains(match.matchId));
    if (const auto pending = m_pending.constFind(match.matchId); pending != m_pending.cend()) {
        json.insert(u"reported"_s,
            QJsonObject {{u"byMe"_s, pending->side == side}, {u"mine"_s, pending->scores[side]},
                {u"theirs"_s, pending->scores[1 - side]}});
    }
    return json;
}

QJsonObject PlayerPhones::page(qint64 playerId) const
{
    const auto matches = m_live.scheduler().playerMatches(playerId);
    if (!matches) {
        // Not in today's matches yet (before the brackets): the check-in, if any.
        auto query = m_store.select(u"SELECT tag FROM players WHERE id = ?"_s, {playerId});
        if (!query.next())
            return {};
        return {{u"player"_s, QJsonObject {{u"tag"_s, query.value(0).toString()}}}, {u"selfReport"_s, false},
            {u"games"_s, false}, {u"next"_s, QJsonValue()}, {u"upcoming"_s, QJsonArray()}, {u"results"_s, QJsonArray()},
            {u"checkIn"_s, checkInJson(playerId)}};
    }
    QJsonArray upcoming;
    for (const auto &next : matches->matches)
        upcoming.append(matchJson(next.match, next.side, next.opponent));
    QJsonArray results;
    for (const auto &played : matches->played)
        results.append(matchJson(played.match, played.side, played.opponent));
    const auto first = upcoming.isEmpty() ? QJsonObject() : upcoming.first().toObject();
    const qint64 event = matches->matches.isEmpty() ? 0 : matches->matches.first().match.eventId;
    const bool selfReport = event && selfReporting(event);
    return {{u"player"_s, QJsonObject {{u"tag"_s, matches->tag}}}, {u"selfReport"_s, selfReport},
        {u"games"_s, selfReport && gameReporting(event)}, {u"checkIn"_s, checkInJson(playerId)},
        {u"next"_s, upcoming.isEmpty() ? QJsonValue() : QJsonValue(first)}, {u"upcoming"_s, upcoming},
        {u"results"_s, results}};
}

qint64 PlayerPhones::currentPhase(qint64 playerId) const
{
    const auto matches = m_live.scheduler().playerMatches(playerId);
    if (!matches)
        return 0;
    if (!matches->matches.isEmpty())
        return matches->matches.first().match.phaseId;
    return matches->played.isEmpty() ? 0 : matches->played.last().match.phaseId;
}

namespace {
// The player's own entrants, and their teams' (a coach does not play: not theirs), in events
// whose phone check-in window is open: the switch on, no bracket made yet, a place in the event
// (not the waiting list). Binds the player's id twice.
const auto openCheckInSql = u"SELECT en.id, ev.name, en.check_in FROM entrants en JOIN events ev ON ev.id = en.event_id"
                            u" WHERE (en.player_id = ? OR en.team_id IN (SELECT tm.team_id FROM team_members tm"
                            u" WHERE tm.player_id = ? AND tm.role <> 'coach'))"
                            u" AND en.waitlisted = 0 AND ev.phone_check_in <> 0"
                            u" AND NOT EXISTS (SELECT 1 FROM phases ph WHERE ph.event_id = ev.id) ORDER BY ev.id"_s;
} // namespace

bool PlayerPhones::setPhoneCheckIn(qint64 eventId, bool enabled)
{
    return setEventFlag(eventId, u"phone_check_in"_s, enabled,
        enabled ? CommandLabel("PlayerPhones", QT_TRANSLATE_NOOP("PlayerPhones", "Check-in from phones on"))
                : CommandLabel("PlayerPhones", QT_TRANSLATE_NOOP("PlayerPhones", "Check-in from phones off")));
}

bool PlayerPhones::phoneCheckIn(qint64 eventId) const
{
    return eventFlag(eventId, u"phone_check_in"_s);
}

int PlayerPhones::checkInFromPhone(qint64 playerId)
{
    QList<qint64> pending;
    {
        auto query = m_store.select(openCheckInSql, {playerId, playerId});
        while (query.next()) {
            if (query.value(2).toString() == u"pending")
                pending.append(query.value(0).toLongLong());
        }
    }
    if (pending.isEmpty())
        return 0;
    auto tag = m_store.select(u"SELECT tag FROM players WHERE id = ?"_s, {playerId});
    const QString name = tag.next() ? tag.value(0).toString() : QString();
    tag.finish();
    // As the desk's check-in (EventController::checkIn), one undo step for the player's events.
    const auto failure = m_store.run(
        CommandLabel("PlayerPhones", QT_TRANSLATE_NOOP("PlayerPhones", "check in %1 from their phone"), {name}),
        [&](StoreTransaction &tx) {
            for (const qint64 entrant : std::as_const(pending))
                tx.update(
                    u"entrants"_s, entrant, -1, {{u"check_in"_s, u"checked_in"_s}, {u"checked_in_at"_s, tx.nowMs()}});
        });
    if (failure)
        return 0;
    Q_EMIT changed();
    return int(pending.size());
}

QJsonArray PlayerPhones::checkInJson(qint64 playerId) const
{
    if (!m_checkInOpen) {
        auto open = m_store.select(u"SELECT 1 FROM events ev WHERE ev.phone_check_in <> 0"
                                   u" AND NOT EXISTS (SELECT 1 FROM phases ph WHERE ph.event_id = ev.id)"_s);
        m_checkInOpen = open.next();
    }
    if (!*m_checkInOpen)
        return {}; // the usual case during play: no query per page
    QJsonArray events;
    auto query = m_store.select(openCheckInSql, {playerId, playerId});
    while (query.next()) {
        events.append(QJsonObject {
            {u"event"_s, query.value(1).toString()}, {u"checkedIn"_s, query.value(2).toString() == u"checked_in"}});
    }
    return events;
}

QJsonObject PlayerPhones::board() const
{
    QJsonArray called;
    QJsonArray next;
    for (const LiveMatch &match : m_live.upNextMatches()) {
        QJsonObject json {{u"id"_s, match.matchId}, {u"event"_s, match.eventName}, {u"round"_s, roundName(match)},
            {u"sides"_s, QJsonArray {match.sides[0].name, match.sides[1].name}}, {u"station"_s, stationName(match)},
            {u"time"_s, match.timeText()}};
        if (match.state == ScheduleMatch::State::Called) {
            json.insert(u"deadline"_s, noShowDeadline(match));
            called.append(json);
        } else if (next.size() < 8) {
            next.append(json);
        }
    }
    return {{u"called"_s, called}, {u"next"_s, next}};
}
