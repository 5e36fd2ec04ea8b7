// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractHttpServer>
#include <QJsonObject>

class OverlayServer;

// The request side of OverlayServer: routes GET (and HEAD) requests to the overlay pages, their
// assets and the JSON API, validates every parameter and the access token, answers
// anything else with the right HTTP error, and vets WebSocket upgrades. Kept apart from
// OverlayServer because Qt HTTP Server cannot be unbound: stopping the server deletes this.
class OverlayHttpHandler final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit OverlayHttpHandler(OverlayServer &server);

    // Whether topic follows the grammar of docs/overlay-api.md ("scoreboard", "bracket/live", …).
    static bool isValidTopic(const QString &topic);
    // The API envelope {"api", "topic", "data"} for topic as compact JSON, and its HTTP status (404 when
    // what it names does not exist; then "data" is null and "error" says why).
    QByteArray envelope(const QString &topic, int *status) const;
    // The topic a subscription to topic currently reads ("bracket/live" → "bracket/<id>").
    QString resolve(const QString &topic) const;

    struct Responder;

protected:
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder) override;

private:
    QHttpServerWebSocketUpgradeResponse verifyUpgrade(const QHttpServerRequest &request) const;
    // An error message when the request may not read anything (bad Host, missing or wrong token).
    std::pair<int, QString> checkAccess(const QHttpServerRequest &request) const;
    void servePage(const QString &page, const QHttpServerRequest &request, Responder &responder);
    void serveAsset(const QString &name, Responder &responder);
    void serveApi(const QString &topic, const QHttpServerRequest &request, Responder &responder);
    QString livePhase() const;

    OverlayServer &m_server;
};
