// SPDX-License-Identifier: GPL-3.0-or-later
#include "phasesummarymodel.h"

#include "engine/standingscalculator.h"
#include "live/matchpresenter.h"

using namespace omnium::engine;

void PhaseSummaryModel::setEvent(const BracketStore::EventBracket *event)
{
    beginResetModel();
    m_rows.clear();
    const auto &all = event ? event->state.phases() : std::vector<Phase>();
    for (std::size_t p = 0; p < all.size(); ++p) {
        const Phase &phase = all[p];
        Row row {event->phaseNames.value(qsizetype(p)), MatchPresenter::formatName(phase.config.format),
            event->state.phaseComplete(int(p)), 0, 0, qMax(1, phase.config.groups), int(phase.seeds.size()), {}, {}};
        for (const auto &match : phase.matches) {
            if (match.isBye() || !EventState::isActive(match))
                continue; // decided by the draw, or a grand-final reset nobody needs
            ++row.total;
            row.done += match.completed();
        }
        if (p + 1 < all.size()) {
            for (EntrantId entrant : all[p + 1].seeds)
                row.advanced << event->names.value(entrant);
            row.note = tr("Top %n of each group advanced", "", all[p + 1].qualifiersPerGroup);
        } else if (row.complete) {
            for (const auto &line : StandingsCalculator::compute(phase, event->state.disqualified())) {
                if (line.placement == 1)
                    row.advanced << event->names.value(line.entrant);
            }
            row.note = tr("Winner");
        }
        m_rows.append(row);
    }
    endResetModel();
}

int PhaseSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PhaseSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case FormatRole:
        return row.format;
    case StateRole:
        return row.complete ? tr("Complete") : row.done > 0 ? tr("In progress") : tr("Not started");
    case CompleteRole:
        return row.complete;
    case DoneRole:
        return row.done;
    case TotalRole:
        return row.total;
    case GroupsRole:
        return row.groups;
    case EntrantsRole:
        return row.entrants;
    case AdvancedRole:
        return row.advanced;
    case NoteRole:
        return row.note;
    }
    return {};
}

QHash<int, QByteArray> PhaseSummaryModel::roleNames() const
{
    return {{NameRole, "name"}, {FormatRole, "format"}, {StateRole, "stateName"}, {CompleteRole, "complete"},
        {DoneRole, "done"}, {TotalRole, "total"}, {GroupsRole, "groups"}, {EntrantsRole, "entrants"},
        {AdvancedRole, "advanced"}, {NoteRole, "note"}};
}
