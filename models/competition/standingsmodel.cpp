// SPDX-License-Identifier: GPL-3.0-or-later
#include "standingsmodel.h"

#include <cmath>

using namespace omnium::engine;
using namespace Qt::StringLiterals;

void StandingsModel::setPhase(
    const Phase *phase, const std::set<EntrantId> &disqualified, const QHash<EntrantId, QString> &names)
{
    beginResetModel();
    m_rows.clear();
    if (phase) {
        for (auto &line : StandingsCalculator::compute(*phase, disqualified))
            m_rows.append({line, names.value(line.entrant)});
    }
    endResetModel();
}

int StandingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant StandingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StandingRow &line = m_rows.at(index.row()).line;
    switch (role) {
    case RankRole:
        return line.placement > 0 ? QString::number(line.placement) : u"–"_s;
    case GroupRole:
        return line.group;
    case Qt::DisplayRole:
    case NameRole:
        return m_rows.at(index.row()).name;
    case PlayedRole:
        return line.played;
    case WinsRole:
        return line.wins;
    case DrawsRole:
        return line.draws;
    case LossesRole:
        return line.losses;
    case GamesRole:
        return u"%1–%2"_s.arg(line.gameWins).arg(line.gameLosses);
    case PointsRole:
        return line.points;
    case KillsRole:
        return line.kills;
    case DisqualifiedRole:
        return line.disqualified;
    case TiebreaksRole: {
        QStringList values;
        for (double value : line.tiebreaks)
            values << (value == std::floor(value) ? QString::number(qint64(value)) : QString::number(value, 'f', 2));
        return values;
    }
    }
    return {};
}

QHash<int, QByteArray> StandingsModel::roleNames() const
{
    return {{RankRole, "rank"}, {GroupRole, "group"}, {NameRole, "name"}, {PlayedRole, "played"}, {WinsRole, "wins"},
        {DrawsRole, "draws"}, {LossesRole, "losses"}, {GamesRole, "games"}, {PointsRole, "points"},
        {KillsRole, "kills"}, {DisqualifiedRole, "disqualified"}, {TiebreaksRole, "tiebreaks"}};
}
