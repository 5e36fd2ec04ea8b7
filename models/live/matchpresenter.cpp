// SPDX-License-Identifier: GPL-3.0-or-later
#include "matchpresenter.h"

#include <QLocale>

#include <algorithm>

using namespace omnium::engine;

namespace {
// The catalogue of the InLanguage scope open on this thread; unset: the app's (tr()).
struct Scope {
    bool open = false;
    const QTranslator *catalogue = nullptr; // null in an open scope: the source words (English)
};
thread_local Scope scope;
} // namespace

MatchPresenter::InLanguage::InLanguage(const QTranslator *catalogue)
{
    scope = {true, catalogue};
}

MatchPresenter::InLanguage::~InLanguage()
{
    scope = {};
}

bool MatchPresenter::InLanguage::isOpen()
{
    return scope.open;
}

const QTranslator *MatchPresenter::InLanguage::catalogue()
{
    return scope.catalogue;
}

QString MatchPresenter::text(const char *source)
{
    if (!scope.open)
        return tr(source);
    const QString translated = scope.catalogue ? scope.catalogue->translate("MatchPresenter", source) : QString();
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}

namespace {

// The round's name counted from its side's final: 0 the final, 1 the semi-final, 2 the
// quarter-final; further out, the round's number.
QString eliminationRound(int fromFinal, int round, const char *finalName, const char *semiName, const char *quarterName,
    const char *numbered)
{
    switch (fromFinal) {
    case 0:
        return MatchPresenter::text(finalName);
    case 1:
        return MatchPresenter::text(semiName);
    case 2:
        return MatchPresenter::text(quarterName);
    default:
        return MatchPresenter::text(numbered).arg(round);
    }
}

} // namespace

QString MatchPresenter::roundName(Format format, Side side, int round, int lastRound, int group)
{
    const int fromFinal = lastRound - round;
    switch (side) {
    case Side::Winners:
        if (format == Format::DoubleElimination)
            return eliminationRound(fromFinal, round, QT_TR_NOOP("Winners final"), QT_TR_NOOP("Winners semi-final"),
                QT_TR_NOOP("Winners quarter-final"), QT_TR_NOOP("Winners round %1"));
        return eliminationRound(fromFinal, round, QT_TR_NOOP("Final"), QT_TR_NOOP("Semi-final"),
            QT_TR_NOOP("Quarter-final"), QT_TR_NOOP("Round %1"));
    case Side::Losers:
        return eliminationRound(fromFinal, round, QT_TR_NOOP("Losers final"), QT_TR_NOOP("Losers semi-final"),
            QT_TR_NOOP("Losers quarter-final"), QT_TR_NOOP("Losers round %1"));
    case Side::GrandFinal:
        return text(QT_TR_NOOP("Grand final"));
    case Side::GrandFinalReset:
        return text(QT_TR_NOOP("Grand final reset"));
    case Side::ThirdPlace:
        return text(QT_TR_NOOP("Third-place match"));
    case Side::RoundRobin:
    case Side::Swiss:
    case Side::Lobby:
        return group < 0 ? text(QT_TR_NOOP("Round %1")).arg(round)
                         : text(QT_TR_NOOP("Group %1, round %2")).arg(groupName(group)).arg(round);
    }
    return {};
}

QString MatchPresenter::roundName(const Phase &phase, const Match &match)
{
    return PhaseRoundNames(phase).of(match);
}

int MatchPresenter::lastRound(const Phase &phase, Side side, int group)
{
    return PhaseRoundNames(phase).lastRound(side, group);
}

PhaseRoundNames::PhaseRoundNames(const Phase &phase)
    : m_phase(phase)
{
    for (const auto &match : phase.matches) {
        int &last = m_lastRound[key(match.side, match.group)];
        last = std::max(last, match.round);
    }
}

qint64 PhaseRoundNames::key(Side side, int group, int round)
{
    return (qint64(side) << 48) | (qint64(quint32(group)) << 16) | qint64(quint16(round));
}

int PhaseRoundNames::lastRound(Side side, int group) const
{
    return m_lastRound.value(key(side, group));
}

QString PhaseRoundNames::of(const Match &match) const
{
    QString &name = m_names[key(match.side, match.group, match.round)];
    if (name.isEmpty())
        name = MatchPresenter::roundName(m_phase.config.format, match.side, match.round,
            lastRound(match.side, match.group), m_phase.config.groups > 1 ? match.group : -1);
    return name;
}

QString MatchPresenter::stateForPlayer(MatchState state)
{
    switch (state) {
    case MatchState::InProgress:
        return text(QT_TR_NOOP("playing now"));
    case MatchState::Called:
        return text(QT_TR_NOOP("called now"));
    case MatchState::Ready:
        return text(QT_TR_NOOP("waiting"));
    case MatchState::Pending:
        return text(QT_TR_NOOP("waits for an earlier result"));
    case MatchState::Completed:
        return text(QT_TR_NOOP("played"));
    }
    return {};
}

QString MatchPresenter::stateName(MatchState state)
{
    switch (state) {
    case MatchState::Pending:
        return text(QT_TR_NOOP("Pending"));
    case MatchState::Ready:
        return text(QT_TR_NOOP("Ready"));
    case MatchState::Called:
        return text(QT_TR_NOOP("Called"));
    case MatchState::InProgress:
        return text(QT_TR_NOOP("In progress"));
    case MatchState::Completed:
        return text(QT_TR_NOOP("Completed"));
    }
    return {};
}

QString MatchPresenter::disputedName()
{
    return text(QT_TR_NOOP("Disputed"));
}

QString MatchPresenter::stationName(int number, const QString &name)
{
    return name.trimmed().isEmpty() ? text(QT_TR_NOOP("Station %1")).arg(number) : name;
}

QString MatchPresenter::timeText(const QDateTime &at, QDate day)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    //: The locale whose day and month names the screens write (QLocale's name).
    const QLocale locale(text(QT_TR_NOOP("en_US")));
    //: A time of day, as a QTime format: "H' h 'mm" writes 21 h 46.
    const QString time = locale.toString(local.time(), text(QT_TR_NOOP("h:mm AP")));
    if (!day.isValid() || local.date() == day)
        return time;
    //: A day, as a QDate format (Tue 8 Dec).
    const QString date = locale.toString(local.date(), text(QT_TR_NOOP("ddd d MMM")));
    //: A time on another day than the tournament's: the day, then the time.
    return text(QT_TR_NOOP("%1, %2")).arg(date, time);
}

QString MatchPresenter::groupName(int group)
{
    return group < 26 ? QString(QChar(u'A' + group)) : QString::number(group + 1);
}

QString MatchPresenter::formatName(Format format)
{
    switch (format) {
    case Format::SingleElimination:
        return text(QT_TR_NOOP("Single elimination"));
    case Format::DoubleElimination:
        return text(QT_TR_NOOP("Double elimination"));
    case Format::RoundRobin:
        return text(QT_TR_NOOP("Round robin"));
    case Format::Swiss:
        return text(QT_TR_NOOP("Swiss"));
    case Format::FreeForAll:
        return text(QT_TR_NOOP("Free-for-all lobbies"));
    }
    return {};
}
