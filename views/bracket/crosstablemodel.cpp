// SPDX-License-Identifier: GPL-3.0-or-later
#include "crosstablemodel.h"

#include "phasebracket.h"

#include <algorithm>
#include <map>

using namespace omnium::engine;
using namespace Qt::StringLiterals;

namespace {

// Entrant `row` against entrant `column` of one group: every match between them, scored
// from the row's side.
CrossTableCellModel::Cell cellOf(
    const PhaseBracket &bracket, const Phase &phase, int group, EntrantId rowEntrant, EntrantId columnEntrant)
{
    CrossTableCellModel::Cell cell;
    std::vector<const Match *> between;
    for (const auto &match : phase.matches) {
        if (match.group != group || !match.slots[0].isEntrant() || !match.slots[1].isEntrant())
            continue;
        if ((match.slots[0].entrant == rowEntrant && match.slots[1].entrant == columnEntrant)
            || (match.slots[1].entrant == rowEntrant && match.slots[0].entrant == columnEntrant))
            between.push_back(&match);
    }
    QStringList texts;
    int wins = 0, losses = 0;
    const Match *open = nullptr;
    for (const Match *match : between) {
        const int mine = match->slots[0].entrant == rowEntrant ? 0 : 1;
        if (!match->completed()) {
            open = open ? open : match;
            continue;
        }
        texts << bracket.slotScore(*match, mine) + u'–' + bracket.slotScore(*match, 1 - mine);
        wins += match->result.winner == mine;
        losses += match->result.winner == 1 - mine;
    }
    const Match *target = open ? open : (between.empty() ? nullptr : between.back());
    cell.match = target ? qint64(target->id) : 0;
    cell.text = texts.join(u" / "_s);
    cell.outcome = texts.isEmpty() ? QString() : wins > losses ? u"win"_s : losses > wins ? u"loss"_s : u"draw"_s;
    cell.colour = target ? bracket.matchColour(*target) : QColor();
    return cell;
}

} // namespace

void CrossTableCellModel::setCells(const QList<Cell> &cells)
{
    beginResetModel();
    m_cells = cells;
    endResetModel();
}

int CrossTableCellModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cells.size());
}

QVariant CrossTableCellModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Cell &cell = m_cells.at(index.row());
    switch (role) {
    case RowRole:
        return cell.row;
    case ColumnRole:
        return cell.column;
    case MatchRole:
        return cell.match;
    case Qt::DisplayRole:
    case TextRole:
        return cell.text;
    case OutcomeRole:
        return cell.outcome;
    case ColourRole:
        return cell.colour;
    }
    return {};
}

QHash<int, QByteArray> CrossTableCellModel::roleNames() const
{
    return {{RowRole, "rowEntrant"}, {ColumnRole, "columnEntrant"}, {MatchRole, "match"}, {TextRole, "text"},
        {OutcomeRole, "outcome"}, {ColourRole, "colour"}};
}

void CrossTableModel::setPhase(const PhaseBracket &bracket, const Phase *phase)
{
    beginResetModel();
    m_groups.clear();
    if (phase && phase->config.format == Format::RoundRobin) {
        // Each group's entrants in seed order, as they appear in its matches.
        std::map<int, std::vector<EntrantId>> groups;
        for (EntrantId seed : phase->seeds) {
            const auto plays = std::ranges::find_if(phase->matches, [&](const Match &match) {
                return std::ranges::any_of(
                    match.slots, [&](const Slot &slot) { return slot.isEntrant() && slot.entrant == seed; });
            });
            if (plays != phase->matches.end())
                groups[plays->group].push_back(seed);
        }
        for (const auto &[group, entrants] : groups) {
            QStringList names;
            QList<CrossTableCellModel::Cell> cells;
            for (std::size_t row = 0; row < entrants.size(); ++row) {
                names << bracket.entrantName(entrants[row]);
                for (std::size_t column = 0; column < entrants.size(); ++column) {
                    auto cell = cellOf(bracket, *phase, group, entrants[row], entrants[column]);
                    cell.row = int(row);
                    cell.column = int(column);
                    cells.append(cell);
                }
            }
            if (m_cells.size() == m_groups.size())
                m_cells.append(new CrossTableCellModel(this));
            m_cells.at(m_groups.size())->setCells(cells);
            m_groups.append({groups.size() > 1 ? tr("Group %1").arg(QChar(u'A' + group)) : QString(), names});
        }
    }
    endResetModel();
}

int CrossTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

QVariant CrossTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Group &group = m_groups.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return group.name;
    case EntrantsRole:
        return group.entrants;
    case CellsRole:
        return QVariant::fromValue<QObject *>(m_cells.at(index.row()));
    }
    return {};
}

QHash<int, QByteArray> CrossTableModel::roleNames() const
{
    return {{NameRole, "name"}, {EntrantsRole, "entrants"}, {CellsRole, "cells"}};
}
