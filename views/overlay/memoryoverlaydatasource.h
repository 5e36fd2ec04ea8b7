// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "live/overlaydatasource.h"

#include <QHash>

// An OverlayDataSource holding its JSON in memory: what the tests, the benchmark and the
// demo feed the overlay server with, before (and independently of) the store and engine.
// Each setter stores the value and emits changed() with the matching topic.
class MemoryOverlayDataSource final : public OverlayDataSource
{
    Q_OBJECT

public:
    using OverlayDataSource::OverlayDataSource;

    QJsonObject info() const override { return m_info; }
    QJsonArray phases() const override { return m_phases; }
    std::optional<QJsonObject> bracket(const QString &phaseId) const override;
    std::optional<QJsonObject> standings(const QString &phaseId) const override;
    std::optional<QJsonObject> scoreboard(const QString &stationId) const override;
    QJsonObject upNext() const override { return m_upNext; }
    std::optional<QJsonObject> lowerThird(const QString &playerId) const override;

    void setInfo(const QJsonObject &info);
    void setPhases(const QJsonArray &phases);
    void setBracket(const QString &phaseId, const QJsonObject &bracket);
    void setStandings(const QString &phaseId, const QJsonObject &standings);
    // An empty stationId sets the stream station's scoreboard.
    void setScoreboard(const QString &stationId, const QJsonObject &scoreboard);
    void setUpNext(const QJsonObject &upNext);
    void setLowerThird(const QString &playerId, const QJsonObject &lowerThird);

    // Fills the source with a small tournament at a velodrome (a double-elimination top 8,
    // a round-robin pool with standings, a stream station, up next, players), so the pages
    // can be seen without a database.
    void loadDemo();

private:
    QJsonObject m_info;
    QJsonArray m_phases;
    QHash<QString, QJsonObject> m_brackets;
    QHash<QString, QJsonObject> m_standings;
    QHash<QString, QJsonObject> m_scoreboards;
    QJsonObject m_upNext;
    QHash<QString, QJsonObject> m_lowerThirds;
};
