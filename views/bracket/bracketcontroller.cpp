// SPDX-License-Identifier: GPL-3.0-or-later
#include "bracketcontroller.h"

#include "bracketrenderer.h"
#include "engine/eventjsoncodec.h"
#include "live/matchpresenter.h"
#include "store/store.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

using namespace omnium::engine;
using namespace Qt::StringLiterals;

namespace {

constexpr Format allFormats[]
    = {Format::SingleElimination, Format::DoubleElimination, Format::RoundRobin, Format::Swiss, Format::FreeForAll};

// The tables whose rows a bracket is drawn from.
bool touchesBrackets(const RowChanges &changes)
{
    static const QStringList tables = {u"phases"_s, u"matches"_s, u"games"_s, u"lobby_entrants"_s, u"entrants"_s,
        u"players"_s, u"teams"_s, u"events"_s};
    return std::ranges::any_of(changes, [](const RowChange &change) { return tables.contains(change.table); });
}

QString tiebreakLabel(Tiebreak tiebreak)
{
    switch (tiebreak) {
    case Tiebreak::MatchWins:
        return BracketController::tr("Match wins");
    case Tiebreak::GameDifference:
        return BracketController::tr("Game diff.");
    case Tiebreak::HeadToHead:
        return BracketController::tr("Head-to-head");
    case Tiebreak::Buchholz:
        return BracketController::tr("Buchholz");
    case Tiebreak::MedianBuchholz:
        return BracketController::tr("Median Buchholz");
    case Tiebreak::SonnebornBerger:
        return BracketController::tr("Sonneborn-Berger");
    case Tiebreak::OpponentMatchWinPercent:
        return BracketController::tr("Opp. match win %");
    case Tiebreak::GameWinPercent:
        return BracketController::tr("Game win %");
    }
    return {};
}

int gamesWon(const Result &result, int slot)
{
    int won = 0;
    for (const auto &game : result.games)
        won += game.scores[std::size_t(slot)] > game.scores[std::size_t(1 - slot)] ? 1 : 0;
    return won;
}

QString kindText(ResultKind kind)
{
    return QString::fromLatin1(resultKindName(kind));
}

} // namespace

BracketController::BracketController(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_brackets(store)
    , m_competition(store)
{
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &BracketController::reload);
    connect(&m_store, &Store::changed, this, [this](const RowChanges &changes) {
        if (touchesBrackets(changes))
            scheduleReload();
    });
    connect(&m_store, &Store::opened, this, &BracketController::scheduleReload);
}

void BracketController::setEventId(qint64 eventId)
{
    if (eventId == m_eventId)
        return;
    m_eventId = eventId;
    m_phaseIndex = 0;
    Q_EMIT eventIdChanged();
    Q_EMIT phaseIndexChanged();
    reload();
}

void BracketController::setPhaseIndex(int index)
{
    if (index == m_phaseIndex || index < 0)
        return;
    m_phaseIndex = index;
    Q_EMIT phaseIndexChanged();
    showPhase();
    Q_EMIT loaded();
}

void BracketController::scheduleReload()
{
    m_reloadTimer.start();
}

void BracketController::reload()
{
    m_reloadTimer.stop();
    m_event.reset();
    m_entrantCount = 0;
    if (m_eventId > 0 && m_store.isOpen()) {
        QString problem;
        m_event = m_brackets.load(m_eventId, &problem);
        if (!m_event && !problem.isEmpty())
            Q_EMIT error(problem);
        if (m_event && m_event->state.phases().empty())
            m_event.reset();
        if (!m_event) // counted only for the page that offers to create the bracket
            m_entrantCount = m_competition.playingEntrants(m_eventId);
    }
    showPhase();
    Q_EMIT loaded();
}

void BracketController::showPhase()
{
    const Phase *shown = phase();
    m_phases.setEvent(m_event ? &*m_event : nullptr);
    if (!shown) {
        m_bracket.setPhase({}, {}, {});
        m_standings.setPhase(nullptr, {}, {});
        m_lobbies.setPhase(m_bracket, nullptr);
        m_crossTable.setPhase(m_bracket, nullptr);
        return;
    }
    m_bracket.setPhase(m_event->phaseNames.value(m_phaseIndex), *shown, m_event->names, m_event->disputed);
    m_standings.setPhase(shown, m_event->state.disqualified(), m_event->names);
    m_lobbies.setPhase(m_bracket, shown);
    m_crossTable.setPhase(m_bracket, shown);
}

const Phase *BracketController::phase() const
{
    if (!m_event || m_phaseIndex >= int(m_event->state.phases().size()))
        return nullptr;
    return &m_event->state.phases()[std::size_t(m_phaseIndex)];
}

QStringList BracketController::phaseNames() const
{
    return m_event ? m_event->phaseNames : QStringList();
}

QString BracketController::format() const
{
    const Phase *shown = phase();
    return shown ? QString::fromLatin1(formatName(shown->config.format)) : QString();
}

qint64 BracketController::liveMatch() const
{
    const Phase *shown = phase();
    if (!shown)
        return 0;
    for (MatchState wanted : {MatchState::InProgress, MatchState::Called, MatchState::Ready}) {
        for (const auto &match : shown->matches) {
            if (match.state == wanted && EventState::isActive(match) && !match.isBye())
                return match.id;
        }
    }
    return 0;
}

QStringList BracketController::tiebreakNames() const
{
    const Phase *shown = phase();
    QStringList names;
    if (shown && (shown->config.format == Format::RoundRobin || shown->config.format == Format::Swiss)) {
        for (Tiebreak tiebreak : shown->config.tiebreaks)
            names << tiebreakLabel(tiebreak);
    }
    return names;
}

bool BracketController::canStartNextRound() const
{
    const Phase *shown = phase();
    if (!shown || (shown->config.format != Format::Swiss && shown->config.format != Format::FreeForAll))
        return false;
    return !m_event->state.allRoundsStarted(m_phaseIndex)
        && std::ranges::all_of(shown->matches, [](const Match &match) { return match.completed(); });
}

int BracketController::lastPhaseGroups() const
{
    return m_event ? qMax(1, m_event->state.phases().back().config.groups) : 1;
}

int BracketController::lastPhaseEntrants() const
{
    return m_event ? int(m_event->state.phases().back().seeds.size()) : 0;
}

bool BracketController::fail(const QString &message)
{
    Q_EMIT error(message);
    return false;
}

std::optional<PhaseConfig> BracketController::phaseConfig(const QVariantMap &options)
{
    const QString formatText = options.value(u"format"_s).toString();
    const auto format
        = std::ranges::find_if(allFormats, [&](Format f) { return formatText == QLatin1StringView(formatName(f)); });
    if (format == std::end(allFormats))
        return fail(tr("Choose a format for the bracket.")), std::nullopt;
    // The engine's defaults, overlaid with what the organiser chose, read by the documented codec.
    static const QStringList notOptions {u"format"_s, u"name"_s, u"qualifiersPerGroup"_s};
    QJsonObject json = EventJsonCodec::optionsToJson(PhaseConfig());
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        if (!notOptions.contains(it.key()))
            json.insert(it.key(), QJsonValue::fromVariant(it.value()));
    }
    QString problem;
    auto config = EventJsonCodec::optionsFromJson(json, *format, &problem);
    if (!config)
        fail(tr("The bracket options are not valid: %1").arg(problem));
    return config;
}

bool BracketController::createBracket(const QVariantMap &options)
{
    const auto config = phaseConfig(options);
    if (!config)
        return false;
    const QString name = options.value(u"name"_s).toString().trimmed();
    QString problem;
    if (m_brackets.createPhase(m_eventId, name.isEmpty() ? tr("Main bracket") : name, *config, &problem) == 0)
        return fail(problem);
    reload();
    return true;
}

bool BracketController::showMatch(qint64 match)
{
    const auto where = m_event ? m_event->state.locate(match) : std::nullopt;
    if (!where)
        return false;
    setPhaseIndex(where->phase);
    return true;
}

bool BracketController::canAddPhase() const
{
    return m_event && m_event->state.phaseComplete(int(m_event->state.phases().size()) - 1);
}

bool BracketController::addNextPhase(const QVariantMap &options)
{
    if (!m_event)
        return fail(tr("Create the bracket first."));
    const int last = int(m_event->state.phases().size()) - 1;
    const auto config = phaseConfig(options);
    if (!config)
        return false;
    // An unfinished phase and too few qualifiers are the engine's refusals.
    const int qualifiers = options.value(u"qualifiersPerGroup"_s).toInt();
    const QString name = options.value(u"name"_s).toString().trimmed();
    QString problem;
    if (m_brackets.addPhase(
            m_eventId, name.isEmpty() ? tr("Phase %1").arg(last + 2) : name, *config, qualifiers, &problem)
        == 0)
        return fail(problem);
    reload();
    setPhaseIndex(last + 1);
    return true;
}

QString BracketController::matchTitle(const Match &match) const
{
    const auto where = m_event->state.locate(match.id);
    const QString round
        = where ? MatchPresenter::roundName(m_event->state.phases()[std::size_t(where->phase)], match) : QString();
    return tr("M%1 · %2").arg(m_bracket.matchNumber(match.id)).arg(round);
}

QVariantMap BracketController::matchInfo(qint64 id) const
{
    const Match *match = m_bracket.match(id);
    if (!match)
        return {};
    const Phase *shown = phase();
    QVariantList games;
    for (const auto &game : match->result.games)
        games.append(QVariantMap {
            {u"a"_s, game.scores[0]}, {u"b"_s, game.scores[1]}, {u"note"_s, QString::fromStdString(game.note)}});
    const QString reason = m_event ? MatchResults::notReportable(*m_event, *match) : QString();
    QVariantMap lobby;
    if (match->side == Side::Lobby && shown) {
        QStringList entrants;
        for (EntrantId entrant : match->lobby)
            entrants << m_bracket.entrantName(entrant);
        QVariantList lobbyGames;
        for (const auto &game : match->result.games) {
            QVariantList scores;
            for (const auto &score : game.lobby)
                scores.append(QVariantMap {{u"placement"_s, score.placement}, {u"kills"_s, score.kills}});
            lobbyGames.append(QVariant(scores));
        }
        QVariantList placementPoints;
        for (int points : shown->config.placementPoints)
            placementPoints << points;
        lobby = {{u"isLobby"_s, true}, {u"entrants"_s, entrants}, {u"lobbyGames"_s, lobbyGames},
            {u"placementPoints"_s, placementPoints}, {u"killPoints"_s, shown->config.killPoints}};
        games.clear();
    }
    QVariantMap info {{u"id"_s, qint64(match->id)}, {u"number"_s, m_bracket.matchNumber(match->id)},
        {u"title"_s, matchTitle(*match)}, {u"bestOf"_s, match->bestOf},
        {u"disputed"_s, m_bracket.isDisputed(match->id)}, {u"isLobby"_s, false},
        {u"state"_s, QString::fromLatin1(stateName(match->state))},
        {u"slots"_s, QStringList {m_bracket.slotText(*match, 0), m_bracket.slotText(*match, 1)}},
        {u"reportable"_s, reason.isEmpty()}, {u"reason"_s, reason}, {u"completed"_s, match->completed()},
        {u"scores"_s, QVariantList {gamesWon(match->result, 0), gamesWon(match->result, 1)}},
        {u"winner"_s, match->completed() ? match->result.winner : -1},
        {u"resultKind"_s, match->completed() ? kindText(match->result.kind) : QString()}, {u"games"_s, games},
        {u"allowsDraws"_s, shown && shown->config.allowsDraws()}};
    info.insert(lobby);
    return info;
}

QVariantMap BracketController::checkResult(qint64 id, const QVariantMap &input) const
{
    const auto check = m_results.check(m_eventId, id, input);
    if (!check.error.isEmpty())
        return {{u"error"_s, check.error}};
    QVariantList resets;
    for (MatchId reset : check.resets) {
        const Match *played = m_event ? m_event->state.match(reset) : nullptr;
        if (!played)
            continue;
        const QString score = m_bracket.slotScore(*played, 0) + u'–' + m_bracket.slotScore(*played, 1);
        resets.append(QVariantMap {{u"id"_s, qint64(reset)},
            {u"text"_s,
                tr("%1: %2 %3 %4")
                    .arg(matchTitle(*played), m_bracket.slotText(*played, 0), score, m_bracket.slotText(*played, 1))}});
    }
    return {{u"error"_s, QString()}, {u"resets"_s, resets}};
}

bool BracketController::report(qint64 id, const QVariantMap &input, const QVariantList &confirmedResets)
{
    std::vector<MatchId> confirmed;
    for (const QVariant &reset : confirmedResets)
        confirmed.push_back(reset.toLongLong());
    if (const QString problem = m_results.report(m_eventId, id, input, confirmed); !problem.isEmpty())
        return fail(problem);
    reload(); // the page shows the result now (and the change signal's reload is not needed)
    return true;
}

qint64 BracketController::findMatch(const QString &text) const
{
    const Phase *shown = phase();
    const QString wanted = text.trimmed();
    if (!shown || wanted.isEmpty())
        return 0;
    static const QRegularExpression numberPattern(u"^[Mm]?\\s*(\\d+)$"_s);
    if (const auto number = numberPattern.match(wanted); number.hasMatch()) {
        const int n = number.captured(1).toInt();
        return n >= 1 && n <= int(shown->matches.size()) ? shown->matches[std::size_t(n - 1)].id : 0;
    }
    // An entrant's match to play next (live first), else the last one they played.
    const auto involves = [&](const Match &match) {
        return std::ranges::any_of(match.slots, [&](const Slot &slot) {
            return slot.isEntrant() && m_event->names.value(slot.entrant).contains(wanted, Qt::CaseInsensitive);
        });
    };
    for (MatchState state : {MatchState::InProgress, MatchState::Called, MatchState::Ready, MatchState::Pending}) {
        for (const auto &match : shown->matches) {
            if (match.state == state && involves(match))
                return match.id;
        }
    }
    for (auto it = shown->matches.rbegin(); it != shown->matches.rend(); ++it) {
        if (involves(*it) && !it->isBye())
            return it->id;
    }
    return 0;
}

bool BracketController::setDisputed(qint64 match, bool disputed)
{
    if (!m_bracket.match(match))
        return fail(tr("This match is no longer in the bracket."));
    QString problem;
    if (!m_brackets.setDisputed(m_eventId, match, disputed, &problem))
        return fail(problem);
    reload();
    return true;
}

bool BracketController::startNextRound()
{
    QString problem;
    if (!m_brackets.startNextRound(m_eventId, m_phaseIndex, &problem))
        return fail(problem);
    reload();
    return true;
}

QString BracketController::exportBracket(const QUrl &file, bool splitPages) const
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (!phase())
        return tr("There is no bracket to export yet.");
    BracketRenderer::Style style;
    const auto tournament = m_competition.tournamentOf(m_eventId);
    QStringList parts = {tournament.name, tournament.venue};
    parts.removeAll(QString());
    style.venue = parts.join(u" — "_s);
    const BracketRenderer renderer(m_bracket, style);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png"_s)
        return renderer.toPng(path, 2);
    if (suffix == u"svg"_s)
        return renderer.toSvg(path);
    if (suffix == u"pdf"_s)
        return renderer.toPdf(path, splitPages ? BracketRenderer::Paging::Split : BracketRenderer::Paging::OnePage);
    return tr("Choose a file name ending in .png, .svg or .pdf (not “%1”).").arg(QFileInfo(path).fileName());
}
