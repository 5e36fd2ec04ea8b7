// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <optional>

// What the stream overlays show, as JSON, and when it changes. The overlay server only
// reads through this interface, so it does not depend on the store, the engine or the
// schedule: the app implements it on top of them, the tests and the demo use
// MemoryOverlayDataSource. Every method is read-only and cheap enough to call on each
// change (the server calls it once per change and per topic, not once per client).
//
// Ids are opaque strings (never assumed to be small consecutive integers). A method
// returns std::nullopt when the thing asked for does not exist (the server answers 404).
// The JSON shapes are documented, field by field, in docs/overlay-api.md (API version 1).
class OverlayDataSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // {"name", "venue", "accent": "#rrggbb" or ""}: the tournament's branding.
    virtual QJsonObject info() const = 0;
    // [{"id", "name", "event", "format", "state", "live": bool}], in display order. The
    // phase marked "live" is the one "follow live" pages show (at most one).
    virtual QJsonArray phases() const = 0;
    // {"phase": {…}, "matches": [{"id", "side", "round", "position", "label", "roundName",
    //  "bestOf", "state", "station", "slots": [{"name", "team", "seed", "score", "winner",
    //  "source": null or {"match": label, "outcome": "winner"|"loser"}}]}]}
    virtual std::optional<QJsonObject> bracket(const QString &phaseId) const = 0;
    // The same as compact JSON, which the server sends as it is. A source that keeps a large
    // phase's matches serialised (a 1,024-entrant bracket has 2,047) overrides it so a result
    // does not serialise the whole phase again; by default it serialises bracket().
    virtual std::optional<QByteArray> bracketJson(const QString &phaseId) const;
    // {"phase": {…}, "rows": [{"rank", "name", "team", "played", "wins", "losses", "draws", "points"}]}
    virtual std::optional<QJsonObject> standings(const QString &phaseId) const = 0;
    // {"station": {"id", "name"}, "match": null or {"id", "event", "phase", "side", "round",
    //  "lastRound", "bestOf", "state", "slots": [{"name", "team", "country", "score"}]}}.
    // An empty stationId means the stream station.
    virtual std::optional<QJsonObject> scoreboard(const QString &stationId) const = 0;
    // {"matches": [{"id", "event", "side", "round", "lastRound", "station", "time" (ISO 8601
    //  or null), "state", "slots": [{"name", "team"}]}]}, soonest first.
    virtual QJsonObject upNext() const = 0;
    // {"player": {"id", "tag", "name", "team", "country", "pronouns", "subtitle"}}.
    // The id "current" means the player the caster chose in the app (may be absent: null).
    virtual std::optional<QJsonObject> lowerThird(const QString &playerId) const = 0;

    // Topic names carried by changed(). "*" means "anything may have changed" (e.g. another
    // database was opened).
    static QString allTopic() { return QStringLiteral("*"); }
    static QString infoTopic() { return QStringLiteral("info"); }
    static QString phasesTopic() { return QStringLiteral("phases"); }
    static QString bracketTopic(const QString &phaseId) { return QStringLiteral("bracket/") + phaseId; }
    static QString standingsTopic(const QString &phaseId) { return QStringLiteral("standings/") + phaseId; }
    static QString scoreboardTopic(const QString &stationId = {})
    {
        return stationId.isEmpty() ? QStringLiteral("scoreboard") : QStringLiteral("scoreboard/") + stationId;
    }
    static QString upNextTopic() { return QStringLiteral("upnext"); }
    static QString lowerThirdTopic(const QString &playerId) { return QStringLiteral("player/") + playerId; }

Q_SIGNALS:
    // Emitted after a change is saved, with the topic whose JSON changed. Emit as many as
    // needed (one saved result typically changes a bracket, standings, the scoreboard and
    // up next); the server coalesces them before pushing.
    void changed(const QString &topic);
};
