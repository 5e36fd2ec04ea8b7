// SPDX-License-Identifier: GPL-3.0-or-later
#include "overlayhttphandler.h"

#include "core/logging.h"
#include "httpcommon.h"
#include "live/overlaydatasource.h"
#include "overlayserver.h"
#include "shell/theme.h"

#include <QBuffer>
#include <QFile>
#include <QHttpHeaders>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerWebSocketUpgradeResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

const QRegularExpression &idPattern()
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_.:~-]{1,64}$"_s);
    return pattern;
}

const QRegularExpression &hexColourPattern()
{
    static const QRegularExpression pattern(u"^([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$"_s);
    return pattern;
}

bool isId(const QString &value)
{
    return idPattern().match(value).hasMatch();
}

} // namespace

// The answer to one request: to HEAD, the headers GET would get (with the same
// Content-Length) and no body.
struct OverlayHttpHandler::Responder {
    QHttpServerResponder &responder;
    bool head = false;
};

namespace {

void reply(OverlayHttpHandler::Responder &responder, int status, const QByteArray &body, const QByteArray &contentType,
    QHttpHeaders headers = {})
{
    auto all = HttpCommon::headers(contentType);
    for (qsizetype i = 0; i < headers.size(); ++i)
        all.append(headers.nameAt(i), headers.valueAt(i));
    const auto code = static_cast<QHttpServerResponder::StatusCode>(status);
    if (!responder.head) {
        responder.responder.write(body, all, code);
        return;
    }
    // Qt HTTP Server has no HEAD mode: a device it can measure (its size becomes the
    // Content-Length) but with nothing left to read (so no body is sent).
    auto *empty = new QBuffer;
    empty->setData(body);
    empty->open(QIODevice::ReadOnly);
    empty->seek(empty->size());
    responder.responder.write(empty, all, code); // takes ownership
}

void replyError(
    OverlayHttpHandler::Responder &responder, bool api, int status, const QString &message, QHttpHeaders headers = {})
{
    if (api) {
        const QJsonObject body {{u"api"_s, OverlayServer::apiVersion},
            {u"error"_s, QJsonObject {{u"status"_s, status}, {u"message"_s, message}}}};
        reply(responder, status, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json",
            std::move(headers));
    } else {
        reply(responder, status, message.toUtf8() + '\n', "text/plain; charset=utf-8", std::move(headers));
    }
}

// The URL parameters each page accepts, on top of the common ones, and how each is checked.
struct PageParameters {
    QString page;
    QStringList extra;
};

const QList<PageParameters> &pageParameters()
{
    static const QList<PageParameters> pages {
        {u"bracket"_s, {u"phase"_s}},
        {u"scoreboard"_s, {u"station"_s}},
        {u"upnext"_s, {u"limit"_s}},
        {u"standings"_s, {u"phase"_s}},
        {u"lowerthird"_s, {u"player"_s}},
    };
    return pages;
}

// An error message for a bad page parameter, or an empty string when it is fine.
QString checkParameter(const QString &name, const QString &value)
{
    if (name == u"token")
        return {}; // checked by checkAccess()
    if (name == u"lang")
        return value == u"fr" || value == u"en" ? QString() : u"lang must be fr or en"_s;
    if (name == u"theme")
        return value == u"dark" || value == u"light" ? QString() : u"theme must be dark or light"_s;
    if (name == u"bg")
        return value == u"transparent" || value == u"chroma" || value == u"solid"
            ? QString()
            : u"bg must be transparent, chroma or solid"_s;
    if (name == u"accent" || name == u"chroma")
        return hexColourPattern().match(value).hasMatch() ? QString() : name + u" must be a hex colour like e4003a"_s;
    if (name == u"scale") {
        bool ok = false;
        const double scale = value.toDouble(&ok);
        return ok && scale >= 0.25 && scale <= 4 ? QString() : u"scale must be a number from 0.25 to 4"_s;
    }
    if (name == u"limit") {
        bool ok = false;
        const int limit = value.toInt(&ok);
        return ok && limit >= 1 && limit <= 20 ? QString() : u"limit must be a whole number from 1 to 20"_s;
    }
    if (name == u"phase" || name == u"station" || name == u"player")
        return isId(value) ? QString() : name + u" must be an id (letters, digits, _ . : ~ -, at most 64)"_s;
    return u"unknown parameter"_s;
}

QByteArray contentTypeFor(const QString &name)
{
    if (name.endsWith(u".html"))
        return "text/html; charset=utf-8";
    if (name.endsWith(u".css"))
        return "text/css; charset=utf-8";
    if (name.endsWith(u".js"))
        return "text/javascript; charset=utf-8";
    if (name.endsWith(u".svg"))
        return "image/svg+xml";
    return "application/octet-stream";
}

} // namespace

OverlayHttpHandler::OverlayHttpHandler(OverlayServer &server)
    : m_server(server)
{
    addWebSocketUpgradeVerifier(this, [this](const QHttpServerRequest &request) { return verifyUpgrade(request); });
}

bool OverlayHttpHandler::isValidTopic(const QString &topic)
{
    if (topic == u"info" || topic == u"phases" || topic == u"upnext" || topic == u"scoreboard")
        return true;
    for (const auto &prefix : {u"bracket/"_s, u"standings/"_s, u"scoreboard/"_s, u"player/"_s}) {
        if (topic.startsWith(prefix))
            return isId(topic.mid(prefix.size()));
    }
    return false;
}

QString OverlayHttpHandler::livePhase() const
{
    const auto phases = m_server.m_source.phases();
    for (const auto &phase : phases) {
        if (phase.toObject().value(u"live"_s).toBool())
            return phase.toObject().value(u"id"_s).toString();
    }
    return {};
}

QString OverlayHttpHandler::resolve(const QString &topic) const
{
    for (const auto &prefix : {u"bracket/"_s, u"standings/"_s}) {
        if (topic == prefix + u"live"_s) {
            const auto live = livePhase();
            return live.isEmpty() ? topic : prefix + live;
        }
    }
    return topic;
}

QByteArray OverlayHttpHandler::envelope(const QString &topic, int *status) const
{
    const auto &source = m_server.m_source;
    QJsonObject result {{u"api"_s, OverlayServer::apiVersion}, {u"topic"_s, topic}};
    std::optional<QJsonValue> data;
    std::optional<QByteArray> serialisedData; // data the source keeps serialised (a bracket)
    QString missing;
    const auto resolved = resolve(topic);
    const auto key = resolved.section(u'/', 1);
    if (topic == u"info") {
        data = source.info();
    } else if (topic == u"phases") {
        data = source.phases();
    } else if (topic == u"upnext") {
        data = source.upNext();
    } else if (topic == u"scoreboard" || topic.startsWith(u"scoreboard/")) {
        if (const auto board = source.scoreboard(key))
            data = *board;
        missing = u"no such station"_s;
    } else if (resolved.endsWith(u"/live")) {
        missing = u"no phase is live"_s;
    } else if (resolved.startsWith(u"bracket/")) {
        serialisedData = source.bracketJson(key);
        missing = u"no such phase"_s;
    } else if (resolved.startsWith(u"standings/")) {
        if (const auto standings = source.standings(key))
            data = *standings;
        missing = u"no such phase"_s;
    } else if (resolved.startsWith(u"player/")) {
        if (const auto player = source.lowerThird(key))
            data = *player;
        missing = u"no such player"_s;
    }
    *status = data || serialisedData ? 200 : 404;
    result.insert(u"data"_s, data.value_or(QJsonValue::Null));
    if (*status == 404)
        result.insert(u"error"_s, QJsonObject {{u"status"_s, 404}, {u"message"_s, missing}});
    QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Compact);
    // Keys are written sorted ("api", "data", …): the first "data":null is the envelope's own.
    if (serialisedData) {
        const QByteArray data = "\"data\":" + *serialisedData;
        json.replace(json.indexOf("\"data\":null"), 11, data);
    }
    return json;
}

std::pair<int, QString> OverlayHttpHandler::checkAccess(const QHttpServerRequest &request) const
{
    const auto query = request.query();
    if (m_server.exposure() == OverlayServer::Exposure::Loopback) {
        // Only this computer's own names, so a web page cannot reach the server through a
        // name it controls (DNS rebinding).
        const auto host = request.value("host");
        const auto port = QByteArray::number(m_server.serverPort());
        if (host != "127.0.0.1:" + port && host != "localhost:" + port && host != "[::1]:" + port)
            return {400, u"unexpected Host header"_s};
        return {200, {}};
    }
    const auto tokens = query.allQueryItemValues(u"token"_s, QUrl::FullyDecoded);
    if (tokens.isEmpty())
        return {401, u"this overlay needs the access token: copy its URL from Omnium"_s};
    if (tokens.size() != 1 || !HttpCommon::sameSecret(tokens.constFirst().toUtf8(), m_server.token().toUtf8()))
        return {403, u"wrong access token: copy the overlay's URL again from Omnium"_s};
    return {200, {}};
}

QHttpServerWebSocketUpgradeResponse OverlayHttpHandler::verifyUpgrade(const QHttpServerRequest &request) const
{
    if (request.url().path() != u"/api/v1/live")
        return QHttpServerWebSocketUpgradeResponse::deny(404, "no WebSocket here; use /api/v1/live");
    const auto [status, message] = checkAccess(request);
    if (status != 200)
        return QHttpServerWebSocketUpgradeResponse::deny(status, message.toUtf8());
    // Browsers let any page open a WebSocket anywhere and say who it is in Origin: only the
    // server's own pages may (OBS and scripts send none). "null" (a file, a sandbox) is refused.
    const QByteArray origin = request.value("origin");
    if (!origin.isEmpty() && origin != "http://" + request.value("host"))
        return QHttpServerWebSocketUpgradeResponse::deny(403, "WebSocket from another origin refused");
    const auto query = request.query();
    const auto items = query.queryItems(QUrl::FullyDecoded);
    QStringList topics;
    for (const auto &[name, value] : items) {
        if (name == u"token")
            continue;
        if (name != u"topics")
            return QHttpServerWebSocketUpgradeResponse::deny(400, "unknown parameter " + name.toUtf8());
        topics += value.split(u',');
    }
    if (topics.isEmpty() || topics.size() > m_server.m_limits.maxTopicsPerSocket)
        return QHttpServerWebSocketUpgradeResponse::deny(400, "topics must list 1 to 8 topics");
    for (const auto &topic : std::as_const(topics)) {
        if (!isValidTopic(topic))
            return QHttpServerWebSocketUpgradeResponse::deny(400, "unknown topic " + topic.toUtf8());
    }
    if (m_server.webSocketCount() >= m_server.m_limits.maxWebSockets)
        return QHttpServerWebSocketUpgradeResponse::deny(503, "too many live connections");
    return QHttpServerWebSocketUpgradeResponse::accept();
}

bool OverlayHttpHandler::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &httpResponder)
{
    const auto path = request.url().path(QUrl::FullyEncoded);
    const bool api = path.startsWith(u"/api/");
    const auto method = request.method();
    Responder responder {httpResponder, method == QHttpServerRequest::Method::Head};
    if (method != QHttpServerRequest::Method::Get && method != QHttpServerRequest::Method::Head) {
        QHttpHeaders allow;
        allow.append(QHttpHeaders::WellKnownHeader::Allow, "GET, HEAD");
        replyError(responder, api, 405, u"the overlay server is read-only: only GET and HEAD"_s, allow);
        return true;
    }
    if (path.startsWith(u"/assets/")) {
        serveAsset(path.mid(8), responder);
        return true;
    }
    const auto [status, message] = checkAccess(request);
    if (status != 200) {
        replyError(responder, api, status, message);
        return true;
    }
    if (path == u"/api/v1/live") {
        QHttpHeaders upgrade;
        upgrade.append(QHttpHeaders::WellKnownHeader::Upgrade, "websocket");
        replyError(responder, true, 426, u"/api/v1/live is a WebSocket"_s, upgrade);
        return true;
    }
    if (path.startsWith(u"/api/v1/")) {
        serveApi(path.mid(8), request, responder);
        return true;
    }
    if (path.startsWith(u"/api/")) {
        replyError(responder, true, 404, u"unknown API version; this server speaks /api/v1/"_s);
        return true;
    }
    servePage(path.mid(1), request, responder);
    return true;
}

void OverlayHttpHandler::missingHandler(const QHttpServerRequest &request, QHttpServerResponder &httpResponder)
{
    Responder responder {httpResponder, request.method() == QHttpServerRequest::Method::Head};
    replyError(responder, request.url().path().startsWith(u"/api/"), 404, u"not found"_s);
}

void OverlayHttpHandler::servePage(const QString &page, const QHttpServerRequest &request, Responder &responder)
{
    const auto it = std::find_if(pageParameters().cbegin(), pageParameters().cend(),
        [&page](const PageParameters &p) { return p.page == page; });
    if (it == pageParameters().cend()) {
        replyError(responder, false, 404, u"no such overlay; pages: "_s + OverlayServer::pageNames().join(u", "_s));
        return;
    }
    QSet<QString> seen;
    const auto items = request.query().queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        static const QStringList common {
            u"token"_s, u"lang"_s, u"theme"_s, u"accent"_s, u"scale"_s, u"bg"_s, u"chroma"_s};
        if (!common.contains(name) && !it->extra.contains(name)) {
            replyError(responder, false, 400,
                u"unknown parameter '%1' for %2; allowed: %3"_s.arg(name, page, (common + it->extra).join(u", "_s)));
            return;
        }
        if (seen.contains(name)) {
            replyError(responder, false, 400, u"parameter '%1' given twice"_s.arg(name));
            return;
        }
        seen.insert(name);
        const auto error = checkParameter(name, value);
        if (!error.isEmpty()) {
            replyError(responder, false, 400, u"bad parameter '%1': %2"_s.arg(name, error));
            return;
        }
    }
    QFile file(u":/overlay/"_s + page + u".html"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        replyError(responder, false, 500, u"the overlay page is missing from this build"_s);
        return;
    }
    QHttpHeaders csp;
    csp.append("Content-Security-Policy", HttpCommon::pageContentPolicy);
    reply(responder, 200, file.readAll(), "text/html; charset=utf-8", csp);
}

void OverlayHttpHandler::serveAsset(const QString &name, Responder &responder)
{
    if (name == u"theme.css") { // the app's theme, so overlays and screens share their colours
        reply(responder, 200, Theme::overlayCss(), contentTypeFor(name));
        return;
    }
    static const QRegularExpression assetName(u"^[a-z0-9-]{1,40}\\.(css|js|svg)$"_s);
    QFile file(u":/overlay/assets/"_s + name);
    if (!assetName.match(name).hasMatch() || !file.open(QIODevice::ReadOnly)) {
        replyError(responder, false, 404, u"no such asset"_s);
        return;
    }
    reply(responder, 200, file.readAll(), contentTypeFor(name));
}

void OverlayHttpHandler::serveApi(const QString &topic, const QHttpServerRequest &request, Responder &responder)
{
    const auto items = request.query().queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        if (name != u"token") {
            replyError(responder, true, 400, u"unknown parameter '%1'; the API takes only token"_s.arg(name));
            return;
        }
    }
    if (!isValidTopic(topic)) {
        replyError(responder, true, 404, u"unknown API path; see docs/overlay-api.md"_s);
        return;
    }
    int status = 200;
    const QByteArray body = envelope(topic, &status);
    // No Access-Control-Allow-Origin: another site open in the stream PC's browser must not
    // read players' names from here; the overlay pages are same-origin.
    reply(responder, status, body, "application/json");
}
