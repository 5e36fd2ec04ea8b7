// SPDX-License-Identifier: GPL-3.0-or-later
#include "playerpageserver.h"

#include "core/logging.h"
#include "httpcommon.h"
#include "live/matchpresenter.h"
#include "live/overlaydatasource.h"
#include "live/playerphones.h"
#include "overlayserver.h"
#include "print/phonelinkprint.h"
#include "shell/theme.h"

#include <QAbstractHttpServer>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerWebSocketUpgradeResponse>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace {

void send(
    QHttpServerResponder &responder, int status, const QByteArray &body, const QByteArray &type, bool page = false)
{
    auto headers = HttpCommon::headers(type);
    if (page)
        headers.append("Content-Security-Policy", HttpCommon::pageContentPolicy);
    responder.write(body, headers, static_cast<QHttpServerResponder::StatusCode>(status));
}

void sendJson(QHttpServerResponder &responder, int status, const QJsonObject &body)
{
    send(responder, status, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json");
}

void sendError(QHttpServerResponder &responder, int status, const QString &message)
{
    sendJson(responder, status, {{u"error"_s, message}});
}

// "fr" when the phone (Accept-Language, or ?lang=) asks for French first, else "en"; the board's
// "both" starts in French.
QString languageOf(const QHttpServerRequest &request)
{
    const auto asked = request.query().queryItemValue(u"lang"_s);
    if (asked == u"fr" || asked == u"en")
        return asked;
    if (asked == u"both")
        return u"fr"_s;
    const auto accept = QString::fromLatin1(request.value("accept-language")).trimmed().toLower();
    return accept.startsWith(u"fr") ? u"fr"_s : u"en"_s;
}

// "/p/<secret>[/rest]" -> {secret, rest}.
std::pair<QString, QString> splitPlayerPath(const QString &path)
{
    static const QRegularExpression pattern(u"^/p/([^/]{1,64})(/[a-z]+)?$"_s);
    const auto match = pattern.match(path);
    if (!match.hasMatch())
        return {};
    return {match.captured(1), match.captured(2)};
}

} // namespace

// The request side (Qt HTTP Server cannot be unbound: stopping the server deletes this).
class PlayerPageHandler final : public QAbstractHttpServer
{
public:
    explicit PlayerPageHandler(PlayerPageServer &server)
        : m_server(server)
    {
        addWebSocketUpgradeVerifier(this, [this](const QHttpServerRequest &request) { return verifyUpgrade(request); });
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &, QHttpServerResponder &responder) override
    {
        sendError(responder, 404, u"not found"_s);
    }

private:
    // 0 when the request may go on, else the status to refuse it with (and *why).
    int refusal(const QHttpServerRequest &request, QString *why) const;
    QHttpServerWebSocketUpgradeResponse verifyUpgrade(const QHttpServerRequest &request);
    void servePage(const QString &name, const QHttpServerRequest &request, QHttpServerResponder &responder);
    void report(qint64 playerId, const QHttpServerRequest &request, QHttpServerResponder &responder);
    void find(const QHttpServerRequest &request, QHttpServerResponder &responder);

    PlayerPageServer &m_server;
};

int PlayerPageHandler::refusal(const QHttpServerRequest &request, QString *why) const
{
    if (m_server.m_exposure == PlayerPageServer::Exposure::Loopback) {
        // This computer's own names only (no DNS rebinding), as the overlays.
        const auto host = request.value("host");
        const auto port = QByteArray::number(m_server.serverPort());
        if (host != "127.0.0.1:" + port && host != "localhost:" + port && host != "[::1]:" + port) {
            *why = u"unexpected Host header"_s;
            return 400;
        }
    }
    // Browsers say which page sends a request: only the server's own pages may.
    const QByteArray origin = request.value("origin");
    if (!origin.isEmpty() && origin != "http://" + request.value("host")) {
        *why = u"request from another origin refused"_s;
        return 403;
    }
    return 0;
}

bool PlayerPageHandler::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    const auto path = request.url().path(QUrl::FullyEncoded);
    if (path.startsWith(u"/assets/")) { // public, and what a page loads: not counted
        const auto name = path.mid(8);
        if (name == u"theme.css") {
            send(responder, 200, Theme::overlayCss(), "text/css; charset=utf-8");
            return true;
        }
        // The phone's own, and the overlays' (the phone draws the bracket with their renderers).
        static const QRegularExpression assetName(u"^(phone|overlay)\\.(css|js)$"_s);
        QFile file(u":/overlay/assets/"_s + name);
        if (!assetName.match(name).hasMatch() || !file.open(QIODevice::ReadOnly)) {
            sendError(responder, 404, u"no such asset"_s);
            return true;
        }
        send(responder, 200, file.readAll(),
            name.endsWith(u".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8");
        return true;
    }
    if (!m_server.admit(request.remoteAddress())) {
        sendError(responder, 429, u"too many requests: wait a minute"_s);
        return true;
    }
    QString why;
    if (const int status = refusal(request, &why)) {
        sendError(responder, status, why);
        return true;
    }
    const bool get = request.method() == QHttpServerRequest::Method::Get;
    if (path == u"/board") {
        const auto token = request.query().queryItemValue(u"token"_s).toUtf8();
        if (m_server.m_exposure == PlayerPageServer::Exposure::Network
            && !HttpCommon::sameSecret(token, m_server.m_boardToken.toUtf8())) {
            sendError(responder, 403, u"wrong board token: copy the board's URL again from Omnium"_s);
        } else if (!get) {
            sendError(responder, 405, u"the board is read-only"_s);
        } else {
            servePage(u"board"_s, request, responder);
        }
        return true;
    }
    if (path == u"/find" && get) {
        servePage(u"find"_s, request, responder);
        return true;
    }
    if (path == u"/find/tags" && get) {
        sendJson(responder, 200,
            {{u"tags"_s, m_server.m_phones.findTags(request.query().queryItemValue(u"q"_s, QUrl::FullyDecoded))}});
        return true;
    }
    if (path == u"/find" && request.method() == QHttpServerRequest::Method::Post) {
        find(request, responder);
        return true;
    }
    const auto [secret, rest] = splitPlayerPath(path);
    const qint64 playerId = secret.isEmpty() ? 0 : m_server.m_phones.playerForSecret(secret);
    if (!playerId) {
        // The same answer for a wrong, revoked or malformed secret: nothing to learn from it.
        sendError(responder, secret.isEmpty() ? 404 : 403,
            secret.isEmpty() ? u"not found"_s : u"this link does not open a page: ask the desk for a new one"_s);
        return true;
    }
    if (rest.isEmpty() && get) {
        servePage(u"player"_s, request, responder);
    } else if (rest == u"/state" && get) {
        send(responder, 200, m_server.state(playerId, languageOf(request)), "application/json");
    } else if (rest == u"/report" && request.method() == QHttpServerRequest::Method::Post) {
        report(playerId, request, responder);
    } else if (rest == u"/live") {
        sendError(responder, 426, u"this is a WebSocket"_s);
    } else {
        sendError(responder, 404, u"not found"_s);
    }
    return true;
}

void PlayerPageHandler::servePage(
    const QString &name, const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    QFile file(u":/overlay/"_s + name + u".html"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        sendError(responder, 500, u"the page is missing from this build"_s);
        return;
    }
    // The phone's language is the page's: its words are in phone.js, chosen by <html lang>.
    auto body = file.readAll();
    body.replace("lang=\"en\"", QByteArray("lang=\"" + languageOf(request).toLatin1() + '"'));
    send(responder, 200, body, "text/html; charset=utf-8", true);
}

void PlayerPageHandler::report(qint64 playerId, const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    // JSON only: a form on another site cannot send it without the browser asking first.
    if (!request.value("content-type").startsWith("application/json")) {
        sendError(responder, 415, u"send JSON"_s);
        return;
    }
    const auto json = QJsonDocument::fromJson(request.body()).object();
    const qint64 match = json.value(u"match"_s).toInteger();
    PlayerPhones::Reply reply;
    if (json.value(u"games"_s).isArray()) { // ["me", "them", "me"]: who won each game
        QList<bool> wonByMe;
        const auto games = json.value(u"games"_s).toArray();
        for (const auto &game : games) {
            if (game.toString() != u"me" && game.toString() != u"them") {
                wonByMe.clear(); // refused below: neither side's word
                break;
            }
            wonByMe.append(game.toString() == u"me");
        }
        reply = m_server.m_phones.reportGames(playerId, match, wonByMe);
    } else {
        reply = m_server.m_phones.report(
            playerId, match, json.value(u"mine"_s).toInt(-1), json.value(u"theirs"_s).toInt(-1));
    }
    static const char *const outcomes[] = {"refused", "waiting", "confirmed", "disputed"};
    QJsonObject body {{u"outcome"_s, QString::fromLatin1(outcomes[int(reply.outcome)])}};
    if (!reply.message.isEmpty())
        body.insert(u"error"_s, reply.message);
    sendJson(responder, reply.outcome == PlayerPhones::Outcome::Refused ? 409 : 200, body);
}

void PlayerPageHandler::find(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    if (!request.value("content-type").startsWith("application/json")) {
        sendError(responder, 415, u"send JSON"_s);
        return;
    }
    // The tag a phone picked opens its page only with the code printed beside that player's
    // link: a list of tags hands out nobody's link (docs/player-pages.md, threat model).
    const auto json = QJsonDocument::fromJson(request.body()).object();
    const qint64 playerId = json.value(u"player"_s).toInteger();
    auto &failures = m_server.m_findFailures[playerId];
    if (failures >= m_server.m_limits.findFailuresPerWindow) {
        sendError(responder, 429, u"too many wrong codes for this tag: wait a minute"_s);
        return;
    }
    const auto secret = playerId > 0 ? m_server.m_phones.linkSecret(playerId) : QString();
    const auto typed = json.value(u"code"_s).toString().toUpper().remove(QRegularExpression(u"[^0-9A-Z]"_s));
    const auto expected = PlayerPhones::findCode(secret).remove(u'-');
    if (secret.isEmpty() || !HttpCommon::sameSecret(typed.toLatin1(), expected.toLatin1())) {
        ++failures;
        sendError(responder, 403, u"wrong code"_s);
        return;
    }
    sendJson(responder, 200, {{u"page"_s, QString(u"/p/"_s + secret)}});
}

QHttpServerWebSocketUpgradeResponse PlayerPageHandler::verifyUpgrade(const QHttpServerRequest &request)
{
    if (!m_server.admit(request.remoteAddress()))
        return QHttpServerWebSocketUpgradeResponse::deny(429, "too many requests");
    QString why;
    if (const int status = refusal(request, &why))
        return QHttpServerWebSocketUpgradeResponse::deny(status, why.toUtf8());
    const auto path = request.url().path(QUrl::FullyEncoded);
    if (path == u"/board/live") {
        if (m_server.m_exposure == PlayerPageServer::Exposure::Network
            && !HttpCommon::sameSecret(
                request.query().queryItemValue(u"token"_s).toUtf8(), m_server.m_boardToken.toUtf8()))
            return QHttpServerWebSocketUpgradeResponse::deny(403, "wrong board token");
    } else {
        const auto [secret, rest] = splitPlayerPath(path);
        if (rest != u"/live")
            return QHttpServerWebSocketUpgradeResponse::deny(404, "no WebSocket here");
        if (!m_server.m_phones.playerForSecret(secret))
            return QHttpServerWebSocketUpgradeResponse::deny(403, "this link does not open a page");
    }
    if (m_server.webSocketCount() >= m_server.m_limits.maxWebSockets)
        return QHttpServerWebSocketUpgradeResponse::deny(503, "too many live connections");
    return QHttpServerWebSocketUpgradeResponse::accept();
}

PlayerPageServer::PlayerPageServer(PlayerPhones &phones, OverlayDataSource *overlays, QObject *parent)
    : QObject(parent)
    , m_phones(phones)
    , m_overlays(overlays)
    , m_boardToken(OverlayServer::generateToken())
{
    if (!m_french.load(u"omnium_fr"_s, u":/i18n"_s))
        qCWarning(lcOverlay) << "player pages: no French catalogue in this build";
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    m_flushTimer.callOnTimeout(this, &PlayerPageServer::flush);
    m_window.callOnTimeout(this, [this] {
        m_requests.clear();
        m_findFailures.clear();
    });
    // A heartbeat lets a phone notice a dead connection (Wi-Fi lost) and reconnect.
    m_tick.setInterval(10'000);
    m_tick.callOnTimeout(this, [this] {
        for (auto &subscriber : m_sockets)
            subscriber.socket->sendTextMessage(u"{\"heartbeat\":true}"_s);
    });
    connect(&m_phones, &PlayerPhones::changed, &m_flushTimer, qOverload<>(&QTimer::start));
    connect(&m_phones, &PlayerPhones::linksChanged, this, &PlayerPageServer::checkLinks);
    connect(&m_phones, &PlayerPhones::errorOccurred, this, &PlayerPageServer::errorOccurred);
    if (m_overlays) {
        connect(m_overlays, &OverlayDataSource::changed, this, [this](const QString &topic) {
            if (topic.startsWith(u"bracket/") || topic.startsWith(u"standings/")
                || topic == OverlayDataSource::allTopic())
                m_flushTimer.start();
        });
    }
}

PlayerPageServer::~PlayerPageServer()
{
    stop();
}

bool PlayerPageServer::isRunning() const
{
    return m_http && m_tcp && m_tcp->isListening();
}

quint16 PlayerPageServer::serverPort() const
{
    return isRunning() ? m_tcp->serverPort() : 0;
}

bool PlayerPageServer::start()
{
    stop();
    auto http = std::make_unique<PlayerPageHandler>(*this);
    auto *tcp = new OverlayTcpServer(m_limits.tcp);
    const auto address
        = m_exposure == Exposure::Network ? QHostAddress(QHostAddress::Any) : QHostAddress(QHostAddress::LocalHost);
    if (!tcp->listen(address, quint16(m_port))) {
        m_errorString = tr("The player pages cannot listen on port %1: %2").arg(m_port).arg(tcp->errorString());
        delete tcp;
        Q_EMIT runningChanged();
        return false;
    }
    http->bind(tcp); // takes ownership
    connect(http.get(), &QAbstractHttpServer::newWebSocketConnection, this, &PlayerPageServer::acceptWebSockets);
    m_http = std::move(http);
    m_tcp = tcp;
    m_errorString.clear();
    m_requests.clear();
    m_findFailures.clear();
    m_window.start(m_limits.windowMs);
    m_tick.start();
    qCInfo(lcOverlay) << "player pages listening on" << address << tcp->serverPort();
    Q_EMIT runningChanged();
    return true;
}

void PlayerPageServer::stop()
{
    if (!m_http)
        return;
    closeSockets();
    m_http.reset();
    m_tcp = nullptr;
    m_window.stop();
    m_tick.stop();
    Q_EMIT runningChanged();
}

bool PlayerPageServer::admit(const QHostAddress &address)
{
    return ++m_requests[address] <= m_limits.requestsPerWindow;
}

QUrl PlayerPageServer::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(serverPort());
    const auto addresses = OverlayServer::networkAddresses();
    if (m_exposure == Exposure::Network && !addresses.isEmpty())
        url.setHost(addresses.constFirst());
    return url;
}

QUrl PlayerPageServer::playerUrl(const QString &secret) const
{
    if (!isRunning() || secret.isEmpty())
        return {};
    auto url = baseUrl();
    url.setPath(u"/p/"_s + secret);
    return url;
}

QUrl PlayerPageServer::boardUrl() const
{
    if (!isRunning())
        return {};
    auto url = baseUrl();
    url.setPath(u"/board"_s);
    if (m_exposure == Exposure::Network)
        url.setQuery(QUrlQuery {{u"token"_s, m_boardToken}});
    return url;
}

QUrl PlayerPageServer::findUrl() const
{
    if (!isRunning())
        return {};
    auto url = baseUrl();
    url.setPath(u"/find"_s);
    return url;
}

bool PlayerPageServer::savePoster(const QUrl &file)
{
    if (!isRunning()) {
        Q_EMIT errorOccurred(tr("Switch on the player pages first: the poster carries their address."));
        return false;
    }
    const auto result = PhoneLinkPrint::writePosterPdf(file.toLocalFile(), findUrl());
    if (!result.ok())
        Q_EMIT errorOccurred(result.error);
    return result.ok();
}

bool PlayerPageServer::saveSlip(const QUrl &file, qint64 playerId, const QString &tag)
{
    const auto secret = m_phones.linkSecret(playerId);
    if (!isRunning() || secret.isEmpty()) {
        Q_EMIT errorOccurred(tr("Switch on the player pages and make the player's link first."));
        return false;
    }
    const auto result = PhoneLinkPrint::writeSlipPdf(
        file.toLocalFile(), tag, playerUrl(secret), PlayerPhones::findCode(secret), findUrl());
    if (!result.ok())
        Q_EMIT errorOccurred(result.error);
    return result.ok();
}

QByteArray PlayerPageServer::state(qint64 playerId, const QString &language) const
{
    if (!playerId && language == u"both")
        return "{\"en\":" + state(0, u"en"_s) + ",\"fr\":" + state(0, u"fr"_s) + '}';
    // Rounds and stations named by MatchPresenter, as on every screen, in the page's language.
    const MatchPresenter::InLanguage words(language == u"fr" ? &m_french : nullptr);
    return QJsonDocument(playerId ? m_phones.page(playerId) : m_phones.board()).toJson(QJsonDocument::Compact);
}

QByteArray PlayerPageServer::eventState(qint64 playerId, const QString &language) const
{
    return phaseState(m_overlays ? m_phones.currentPhase(playerId) : 0, language);
}

QByteArray PlayerPageServer::phaseState(qint64 phase, const QString &language) const
{
    if (!phase || !m_overlays)
        return "null";
    // The overlays' JSON made in the phone's language (the overlays keep it per language).
    const MatchPresenter::InLanguage words(language == u"fr" ? &m_french : nullptr);
    const auto id = QString::number(phase);
    const auto bracket = m_overlays->bracketJson(id);
    const auto standings = m_overlays->standings(id);
    return "{\"phase\":\"" + id.toLatin1() + "\",\"bracket\":" + (bracket ? *bracket : QByteArray("null"))
        + ",\"standings\":"
        + (standings ? QJsonDocument(*standings).toJson(QJsonDocument::Compact) : QByteArray("null")) + '}';
}

QString PlayerPageServer::message(const QByteArray &state, const QByteArray &event) const
{
    // The desk's time beside the state (not in it: a page is resent when its state changes).
    return QString::fromUtf8("{\"now\":" + QByteArray::number(m_phones.nowMs()) + ",\"page\":" + state
        + (event.isEmpty() ? QByteArray() : ",\"event\":" + event) + '}');
}

void PlayerPageServer::acceptWebSockets()
{
    if (!m_http)
        return;
    HttpCommon::takeWebSockets(*m_http, m_tcp, [this](std::unique_ptr<QWebSocket> socket) {
        const auto [secret, rest] = splitPlayerPath(socket->requestUrl().path(QUrl::FullyEncoded));
        const qint64 playerId = secret.isEmpty() ? 0 : m_phones.playerForSecret(secret);
        auto *raw = socket.get();
        connect(raw, &QWebSocket::disconnected, this, [this, raw] { removeSocket(raw); }, Qt::QueuedConnection);
        // A page that runs (not a messaging app's link preview, which only GETs) checks its
        // player in where the event's phone check-in is open; the desk's lists follow the command.
        if (playerId)
            m_phones.checkInFromPhone(playerId);
        const bool event = playerId && QUrlQuery(raw->requestUrl()).queryItemValue(u"view"_s) == u"event";
        const auto asked = QUrlQuery(raw->requestUrl()).queryItemValue(u"lang"_s);
        const auto language = asked == u"fr" || (asked == u"both" && !playerId) ? asked : u"en"_s;
        Subscriber subscriber {std::move(socket), secret, playerId, language, state(playerId, language), event, {}};
        if (event)
            subscriber.sentEvent = eventState(playerId, language);
        raw->sendTextMessage(message(subscriber.sent, subscriber.sentEvent));
        m_sockets.push_back(std::move(subscriber));
    });
}

void PlayerPageServer::removeSocket(QWebSocket *socket)
{
    const auto it = std::find_if(
        m_sockets.begin(), m_sockets.end(), [socket](const Subscriber &s) { return s.socket.get() == socket; });
    if (it == m_sockets.end())
        return;
    it->socket.release()->deleteLater();
    m_sockets.erase(it);
}

void PlayerPageServer::closeSockets()
{
    for (auto &subscriber : m_sockets)
        subscriber.socket->disconnect(this);
    m_sockets.clear();
}

void PlayerPageServer::flush()
{
    QHash<std::pair<qint64, QString>, QByteArray> states; // each page made once per language
    QHash<std::pair<qint64, QString>, QByteArray> events;
    for (auto &subscriber : m_sockets) {
        const std::pair key {subscriber.playerId, subscriber.language};
        auto found = states.find(key);
        if (found == states.end())
            found = states.insert(key, state(subscriber.playerId, subscriber.language));
        bool changed = *found != subscriber.sent;
        subscriber.sent = *found;
        if (subscriber.event) {
            const qint64 phase = m_overlays ? m_phones.currentPhase(subscriber.playerId) : 0;
            const std::pair eventKey {phase, subscriber.language};
            auto event = events.find(eventKey); // each phase's JSON made once per language
            if (event == events.end())
                event = events.insert(eventKey, phaseState(phase, subscriber.language));
            changed = changed || *event != subscriber.sentEvent;
            subscriber.sentEvent = *event;
        }
        if (changed)
            subscriber.socket->sendTextMessage(message(subscriber.sent, subscriber.sentEvent));
    }
}

void PlayerPageServer::checkLinks()
{
    QList<QWebSocket *> closed;
    for (const auto &subscriber : m_sockets) {
        if (!subscriber.secret.isEmpty() && m_phones.playerForSecret(subscriber.secret) != subscriber.playerId)
            closed.append(subscriber.socket.get());
    }
    for (auto *socket : std::as_const(closed)) {
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, u"link revoked"_s);
        removeSocket(socket);
    }
}
