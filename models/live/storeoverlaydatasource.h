// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "competition/bracketstore.h"
#include "overlaydatasource.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QVariantMap>

class TournamentLive;
class Store;
struct RowChange;

// The overlays' data as it is in the store: every event's brackets and standings (through
// BracketStore and the engine), the stations' matches as the scheduler assigned them, and up
// next as the rows of TournamentLive's up next model, which the Station board and the caster
// window show (one order on every screen). It follows Store::changed and names the topics a
// change touches, so a result saved anywhere in the app reaches the stream pages in the next
// push. The caster window's "now playing" reads the same scoreboard (scoreboardData()).
class StoreOverlayDataSource final : public OverlayDataSource
{
    Q_OBJECT

public:
    StoreOverlayDataSource(Store &store, const TournamentLive &live, QObject *parent = nullptr);

    QJsonObject info() const override;
    QJsonArray phases() const override;
    std::optional<QJsonObject> bracket(const QString &phaseId) const override;
    std::optional<QByteArray> bracketJson(const QString &phaseId) const override;
    std::optional<QJsonObject> standings(const QString &phaseId) const override;
    std::optional<QJsonObject> scoreboard(const QString &stationId) const override;
    QJsonObject upNext() const override;
    std::optional<QJsonObject> lowerThird(const QString &playerId) const override;

    // The venue's accent colour ("#rrggbb" or ""), from the app's branding settings.
    void setAccent(const QString &accent);
    // The player the "current" lower third shows (0: none).
    Q_INVOKABLE void setCurrentPlayer(qint64 playerId);

    // For QML (the caster window's "now playing"): the same JSON as the API, as a map.
    Q_INVOKABLE QVariantMap scoreboardData(const QString &stationId = {}) const;

private:
    struct Entrant {
        QString name;
        QString team;
        QString country;
    };
    struct PhaseRow {
        qint64 id = 0;
        qint64 eventId = 0;
        QString name;
        QString event;
        QString format;
    };
    void onChanged(const QList<RowChange> &changes);
    QList<PhaseRow> phaseRows() const;
    std::optional<PhaseRow> phaseRow(qint64 phaseId) const;
    // A phase by its API id, with its event's bracket (cached) and the engine's phase.
    struct LocatedPhase {
        PhaseRow row;
        const BracketStore::EventBracket *event = nullptr;
        const omnium::engine::Phase *phase = nullptr;
    };
    std::optional<LocatedPhase> locate(const QString &phaseId) const;
    std::optional<LocatedPhase> locate(const PhaseRow &row) const;
    // A phase as the phases and bracket topics show it, its state read from its matches.
    static QJsonObject phaseJson(const PhaseRow &row, const omnium::engine::Phase &phase, qint64 livePhase);
    qint64 livePhaseId() const;
    const BracketStore::EventBracket *eventBracket(qint64 eventId) const;
    QHash<qint64, Entrant> entrants(const QList<qint64> &ids) const;
    // A match as up next and the scoreboard show it; time: when it is expected to start (the
    // call time once called), UTC ms or 0.
    struct SummaryOf {
        qint64 matchId = 0;
        qint64 time = 0;
    };
    // The summaries of these matches, in this order (those not found are left out).
    QList<QJsonObject> matchSummaries(const QList<SummaryOf> &wanted, bool withScore) const;

    Store &m_store;
    const TournamentLive &m_live;
    mutable BracketStore m_brackets;
    mutable QHash<qint64, std::shared_ptr<const BracketStore::EventBracket>> m_cache; // event id -> bracket
    mutable QHash<qint64, PhaseRow> m_phaseRows; // phase id -> its names, until a phase or event changes
    // Each requested phase's matches as the bracket topic sends them, kept between requests: a
    // result makes again only the matches it changed (a few of a phase's thousands). One per
    // language the round and station names were made in: the app's, or a phone's
    // (MatchPresenter::InLanguage around bracketJson()).
    struct PhaseMatches {
        QList<QByteArray> matches; // each match's compact JSON, in the phase's order
        QHash<omnium::engine::MatchId, qsizetype> at; // match id -> its index in matches
        QSet<qint64> stale; // matches changed since their JSON was made
    };
    mutable QHash<std::pair<qint64, QString>, PhaseMatches> m_phaseMatches; // (phase id, language) ->
    QString m_accent;
    qint64 m_currentPlayer = 0;
};
