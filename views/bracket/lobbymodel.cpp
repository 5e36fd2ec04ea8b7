// SPDX-License-Identifier: GPL-3.0-or-later
#include "lobbymodel.h"

#include "engine/lobbybuilder.h"
#include "phasebracket.h"

#include <algorithm>

using namespace omnium::engine;

void LobbyEntrantModel::setEntrants(const QList<Entrant> &entrants)
{
    beginResetModel();
    m_entrants = entrants;
    endResetModel();
}

int LobbyEntrantModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entrants.size());
}

QVariant LobbyEntrantModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entrant &entrant = m_entrants.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return entrant.name;
    case PlacementRole:
        return entrant.placement;
    case PointsRole:
        return entrant.points;
    case GamePlacementsRole:
        return QVariant::fromValue(entrant.placements);
    case GameKillsRole:
        return QVariant::fromValue(entrant.kills);
    }
    return {};
}

QHash<int, QByteArray> LobbyEntrantModel::roleNames() const
{
    return {{NameRole, "name"}, {PlacementRole, "placement"}, {PointsRole, "points"},
        {GamePlacementsRole, "gamePlacements"}, {GameKillsRole, "gameKills"}};
}

void LobbyModel::setPhase(const PhaseBracket &bracket, const Phase *phase)
{
    beginResetModel();
    m_lobbies.clear();
    if (phase && phase->config.format == Format::FreeForAll) {
        for (const auto &match : phase->matches) {
            if (match.side != Side::Lobby)
                continue;
            QList<LobbyEntrantModel::Entrant> entrants;
            for (std::size_t i = 0; i < match.lobby.size(); ++i) {
                LobbyEntrantModel::Entrant entrant {bracket.entrantName(match.lobby[i]), 0, 0, {}, {}};
                for (const auto &game : match.result.games) {
                    const LobbyScore score = i < game.lobby.size() ? game.lobby[i] : LobbyScore {};
                    entrant.points += LobbyBuilder::points(phase->config, score);
                    entrant.placements << score.placement;
                    entrant.kills << score.kills;
                }
                entrants.append(entrant);
            }
            if (match.completed()) {
                std::ranges::stable_sort(entrants, [](const auto &a, const auto &b) { return a.points > b.points; });
                for (auto &entrant : entrants)
                    entrant.placement = 1 + int(std::ranges::count_if(entrants, [&](const auto &other) {
                        return other.points > entrant.points;
                    }));
            }
            if (m_entrants.size() == m_lobbies.size())
                m_entrants.append(new LobbyEntrantModel(this));
            m_entrants.at(m_lobbies.size())->setEntrants(entrants);
            m_lobbies.append({qint64(match.id), bracket.matchNumber(match.id),
                tr("Round %1 · lobby %2").arg(match.round).arg(match.position), bracket.isDisputed(match.id),
                bracket.matchColour(match), match.completed(), match.bestOf});
        }
    }
    endResetModel();
    Q_EMIT shapeChanged();
}

int LobbyModel::maxEntrants() const
{
    int most = 1;
    for (qsizetype row = 0; row < m_lobbies.size(); ++row)
        most = qMax(most, m_entrants.at(row)->rowCount());
    return most;
}

int LobbyModel::maxGames() const
{
    int most = 1;
    for (const auto &lobby : m_lobbies)
        most = qMax(most, lobby.bestOf);
    return most;
}

int LobbyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lobbies.size());
}

QVariant LobbyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Lobby &lobby = m_lobbies.at(index.row());
    switch (role) {
    case MatchIdRole:
        return lobby.matchId;
    case NumberRole:
        return lobby.number;
    case Qt::DisplayRole:
    case TitleRole:
        return lobby.title;
    case DisputedRole:
        return lobby.disputed;
    case ColourRole:
        return lobby.colour;
    case CompletedRole:
        return lobby.completed;
    case BestOfRole:
        return lobby.bestOf;
    case EntrantsRole:
        return QVariant::fromValue<QObject *>(m_entrants.at(index.row()));
    }
    return {};
}

QHash<int, QByteArray> LobbyModel::roleNames() const
{
    return {{MatchIdRole, "matchId"}, {NumberRole, "number"}, {TitleRole, "title"}, {DisputedRole, "disputed"},
        {ColourRole, "colour"}, {CompletedRole, "completed"}, {BestOfRole, "bestOf"}, {EntrantsRole, "entrants"}};
}
