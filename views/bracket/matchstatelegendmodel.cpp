// SPDX-License-Identifier: GPL-3.0-or-later
#include "matchstatelegendmodel.h"

#include "live/matchpresenter.h"
#include "phasebracket.h"

#include <QCoreApplication>
#include <QEvent>

#include <array>
#include <optional>

using namespace omnium::engine;
using namespace Qt::StringLiterals;

namespace {

// In the order a match goes through them; no state (nullopt) stands for "disputed".
constexpr std::array<std::optional<MatchState>, 6> legendStates = {MatchState::Pending, MatchState::Ready,
    MatchState::Called, MatchState::InProgress, MatchState::Completed, std::nullopt};

} // namespace

MatchStateLegendModel::MatchStateLegendModel(QObject *parent)
    : QAbstractListModel(parent)
{
    if (auto *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

bool MatchStateLegendModel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole, LabelRole});
    return QAbstractListModel::eventFilter(watched, event);
}

int MatchStateLegendModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(legendStates.size());
}

QVariant MatchStateLegendModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto state = legendStates.at(std::size_t(index.row()));
    switch (role) {
    case StateRole:
        return state ? QString::fromLatin1(stateName(*state)) : u"disputed"_s;
    case Qt::DisplayRole:
    case LabelRole:
        return state ? MatchPresenter::stateName(*state) : MatchPresenter::disputedName();
    case ColourRole:
        return state ? PhaseBracket::stateColour(*state) : PhaseBracket::disputedColour();
    }
    return {};
}

QHash<int, QByteArray> MatchStateLegendModel::roleNames() const
{
    return {{StateRole, "state"}, {LabelRole, "label"}, {ColourRole, "colour"}};
}
