// SPDX-License-Identifier: GPL-3.0-or-later
#include "phasebracket.h"
#include "shell/theme.h"

#include "engine/eventstate.h"

#include <QCoreApplication>
#include <QEvent>

using namespace omnium::engine;

PhaseBracket::PhaseBracket(QObject *parent)
    : QObject(parent)
{
    if (auto *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

bool PhaseBracket::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange
        && !m_phase.matches.empty()) {
        m_layout = BracketLayout::compute(m_phase);
        Q_EMIT changed();
    }
    return QObject::eventFilter(watched, event);
}

bool PhaseBracket::placedAlike(const std::vector<Match> &a, const std::vector<Match> &b)
{
    // What BracketLayout::compute reads: the graph and which boxes are shown.
    return std::ranges::equal(a, b, [](const Match &x, const Match &y) {
        return x.id == y.id && x.side == y.side && x.group == y.group && x.round == y.round && x.position == y.position
            && x.slots[0].source == y.slots[0].source && x.slots[1].source == y.slots[1].source
            && x.isBye() == y.isBye() && EventState::isActive(x) == EventState::isActive(y);
    });
}

void PhaseBracket::setPhase(QString title, Phase phase, QHash<EntrantId, QString> names, QSet<MatchId> disputed)
{
    m_title = std::move(title);
    m_disputed = std::move(disputed);
    m_names = std::move(names);
    // A result moves no box (a grand-final reset appearing does): the layout of thousands is kept.
    const bool relayout = m_phase.matches.empty() || !placedAlike(m_phase.matches, phase.matches);
    if (relayout || phase.seeds != m_phase.seeds) {
        m_seeds.clear();
        for (std::size_t i = 0; i < phase.seeds.size(); ++i)
            m_seeds.insert(phase.seeds[i], int(i + 1));
    }
    m_phase = std::move(phase);
    if (relayout) {
        m_numbers.clear();
        int number = 0;
        for (const auto &match : m_phase.matches)
            m_numbers.insert(match.id, ++number);
        m_layout = BracketLayout::compute(m_phase);
    }
    Q_EMIT changed();
}

const Match *PhaseBracket::match(MatchId id) const
{
    const int number = m_numbers.value(id);
    return number > 0 ? &m_phase.matches[std::size_t(number - 1)] : nullptr;
}

QString PhaseBracket::entrantName(EntrantId id) const
{
    return m_names.value(id, QCoreApplication::translate("PhaseBracket", "Entrant %1").arg(id));
}

int PhaseBracket::matchNumber(MatchId id) const
{
    return m_numbers.value(id);
}

QString PhaseBracket::slotText(const Match &match, int slot) const
{
    if (match.side == Side::Lobby) {
        // A lobby box says which lobby it is and whether it is played; the lobby view lists its entrants.
        const int entrants = int(match.lobby.size());
        if (slot == 0)
            return QCoreApplication::translate("PhaseBracket", "Lobby %1 · %n entrant(s)", "", entrants)
                .arg(match.position);
        return match.completed()
            ? QCoreApplication::translate("PhaseBracket", "Played · %n game(s)", "", match.bestOf)
            : QCoreApplication::translate("PhaseBracket", "To play · %n game(s)", "", match.bestOf);
    }
    const auto &s = match.slots[std::size_t(slot)];
    switch (s.content) {
    case Slot::Content::Entrant:
        return entrantName(s.entrant);
    case Slot::Content::Bye:
        return QCoreApplication::translate("PhaseBracket", "Bye");
    case Slot::Content::Empty:
        break;
    }
    const SlotSource source = playedSource(s.source, [this](MatchId id) { return this->match(id); });
    switch (source.kind) {
    case SlotSource::Kind::WinnerOf:
        return QCoreApplication::translate("PhaseBracket", "Winner of M%1").arg(matchNumber(source.value));
    case SlotSource::Kind::LoserOf:
        return QCoreApplication::translate("PhaseBracket", "Loser of M%1").arg(matchNumber(source.value));
    case SlotSource::Kind::Seed:
        return QCoreApplication::translate("PhaseBracket", "Seed %1").arg(source.value);
    case SlotSource::Kind::None:
        break;
    }
    return QCoreApplication::translate("PhaseBracket", "To be decided");
}

int PhaseBracket::slotSeed(const Match &match, int slot) const
{
    const auto &s = match.slots[std::size_t(slot)];
    return s.isEntrant() ? m_seeds.value(s.entrant) : 0;
}

QString PhaseBracket::slotScore(const Match &match, int slot) const
{
    if (!match.completed() || match.isBye() || match.side == Side::Lobby)
        return {};
    const bool won = match.result.winner == slot;
    switch (match.result.kind) {
    case ResultKind::Forfeit:
    case ResultKind::NoShow:
        return won ? QCoreApplication::translate("PhaseBracket", "W")
                   : QCoreApplication::translate("PhaseBracket", "F");
    case ResultKind::Disqualification:
        return won ? QCoreApplication::translate("PhaseBracket", "W")
                   : QCoreApplication::translate("PhaseBracket", "DQ");
    case ResultKind::Normal:
        break;
    }
    int games = 0;
    for (const auto &game : match.result.games) {
        const int mine = game.scores[std::size_t(slot)];
        const int theirs = game.scores[std::size_t(1 - slot)];
        games += mine > theirs ? 1 : 0;
    }
    return QString::number(games);
}

QColor PhaseBracket::stateColour(MatchState state)
{
    return Theme::stateColour(state);
}

QColor PhaseBracket::disputedColour()
{
    return Theme::disputedColour();
}

QColor PhaseBracket::matchColour(const Match &match) const
{
    return m_disputed.contains(match.id) ? disputedColour() : stateColour(match.state);
}
