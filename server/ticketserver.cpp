// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketserver.h"

#include "core/logging.h"
#include "ticketing/ticketcrypto.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 HeaderAllowance = 16 * 1024;
constexpr qsizetype MaxBatch = 1000; // issue requests in one POST /v1/tickets/batch
constexpr char BytesProperty[] = "omniumRequestBytes";

TicketDatabase::Outcome error(int status, const QString &code, const QString &message)
{
    return TicketDatabase::Outcome {status, code, message, {}};
}

std::optional<QJsonObject> parseBody(const QHttpServerRequest &request, TicketDatabase::Outcome *outcome)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *outcome = error(400, u"invalid_json"_s,
            parseError.error != QJsonParseError::NoError
                ? u"the body is not JSON: %1 at offset %2"_s.arg(parseError.errorString()).arg(parseError.offset)
                : u"the body must be a JSON object"_s);
        return std::nullopt;
    }
    return document.object();
}

int intParameter(const QUrlQuery &query, const QString &name, int fallback, int min, int max)
{
    bool ok = false;
    const int value = query.queryItemValue(name).toInt(&ok);
    return ok ? qBound(min, value, max) : fallback;
}
} // namespace

LimitedTcpServer::LimitedTcpServer(qint64 maxRequestBytes, QObject *parent)
    : QTcpServer(parent)
    , m_maxRequestBytes(maxRequestBytes)
{ }

void LimitedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    // Connected before the HTTP layer's own slot, so it sees each chunk first.
    connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
        const qint64 total = socket->property(BytesProperty).toLongLong() + socket->bytesAvailable();
        socket->setProperty(BytesProperty, total);
        if (total > m_maxRequestBytes) {
            qCWarning(lcTicketing) << "ticketd: request from" << socket->peerAddress() << "over" << m_maxRequestBytes
                                   << "bytes, connection closed";
            socket->write("HTTP/1.1 413 Content Too Large\r\nContent-Type: application/json\r\nConnection: close\r\n"
                          "Content-Length: 71\r\n\r\n"
                          "{\"error\":{\"code\":\"too_large\",\"message\":\"the request is too large\"}}\n");
            socket->flush();
            socket->disconnectFromHost();
            socket->readAll();
        }
    });
    // A reply starts the count of the next request on a kept-alive connection.
    connect(socket, &QTcpSocket::bytesWritten, socket, [socket] { socket->setProperty(BytesProperty, 0); });
    addPendingConnection(socket);
}

TicketServer::TicketServer(TicketDatabase *database, QByteArrayList tokens, qint64 maxBodyBytes, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_database(database)
    , m_tokens(std::move(tokens))
    , m_maxBodyBytes(maxBodyBytes)
{ }

bool TicketServer::authorized(const QHttpServerRequest &request) const
{
    const QByteArray header = request.value("authorization");
    if (!header.startsWith("Bearer "))
        return false;
    const QByteArray token = header.mid(7).trimmed();
    bool ok = false;
    for (const QByteArray &accepted : m_tokens)
        ok = TicketCrypto::equalSecrets(token, accepted) || ok; // no early exit: constant time over the list
    return ok;
}

bool TicketServer::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    const TicketDatabase::Outcome outcome = route(request);
    QJsonObject body
        = outcome.code.isEmpty() ? outcome.body : TicketingJson::errorObject(outcome.code, outcome.message);
    QHttpHeaders headers;
    headers.append(QHttpHeaders::WellKnownHeader::ContentType, "application/json");
    headers.append(QHttpHeaders::WellKnownHeader::CacheControl, "no-store");
    if (outcome.status == 401)
        headers.append(QHttpHeaders::WellKnownHeader::WWWAuthenticate, "Bearer");
    responder.write(QJsonDocument(body).toJson(QJsonDocument::Compact) + '\n', headers,
        static_cast<QHttpServerResponder::StatusCode>(outcome.status));
    if (outcome.status >= 500)
        qCWarning(lcTicketing) << "ticketd:" << request.method() << request.url().path() << outcome.status
                               << outcome.message;
    return true;
}

void TicketServer::missingHandler(const QHttpServerRequest &, QHttpServerResponder &responder)
{
    responder.write(QHttpServerResponder::StatusCode::NotFound);
}

TicketDatabase::Outcome TicketServer::route(const QHttpServerRequest &request)
{
    using Method = QHttpServerRequest::Method;
    const QString path = request.url().path();
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    const Method method = request.method();
    const QUrlQuery query(request.url());

    if (request.body().size() > m_maxBodyBytes)
        return error(413, u"too_large"_s, u"the body is over %1 bytes"_s.arg(m_maxBodyBytes));
    if (parts.value(0) != u"v1")
        return error(404, u"not_found"_s, u"no such endpoint: %1"_s.arg(path));

    if (parts.size() == 2 && parts[1] == u"health" && method == Method::Get) {
        HealthStatus health {
            true, QStringLiteral(OMNIUM_VERSION), m_database->ledgerHead(), m_database->currentKeyId()};
        return TicketDatabase::Outcome {200, {}, {}, health.toJson()};
    }
    if (parts.size() == 2 && parts[1] == u"keys" && method == Method::Get)
        return TicketDatabase::Outcome {200, {}, {}, m_database->keySet().toJson()};

    if (!authorized(request))
        return error(401, u"unauthorized"_s, u"a valid bearer token is required"_s);

    TicketDatabase::Outcome outcome;
    if (parts.size() == 3 && parts[1] == u"keys" && parts[2] == u"rotate" && method == Method::Post)
        return m_database->rotateKey();
    if (parts.size() == 2 && parts[1] == u"ticket-types") {
        if (method == Method::Get)
            return m_database->ticketTypes();
        if (method == Method::Post) {
            const auto body = parseBody(request, &outcome);
            return body ? m_database->createTicketType(*body) : outcome;
        }
    }
    if (parts.size() == 2 && parts[1] == u"tickets") {
        if (method == Method::Get) {
            return m_database->tickets(query.queryItemValue(u"search"_s, QUrl::FullyDecoded),
                quint32(intParameter(query, u"ticket_type_id"_s, 0, 0, INT_MAX)),
                intParameter(query, u"limit"_s, 1000, 1, 10000));
        }
        if (method == Method::Post) {
            const auto body = parseBody(request, &outcome);
            if (!body)
                return outcome;
            QString message;
            const auto issue = IssueRequest::fromJson(*body, &message);
            if (!issue)
                return error(422, u"invalid"_s, message);
            return m_database->issue(*issue);
        }
    }
    if (parts.size() == 3 && parts[1] == u"tickets" && parts[2] == u"batch" && method == Method::Post) {
        const auto body = parseBody(request, &outcome);
        if (!body)
            return outcome;
        const QJsonValue requests = body->value(u"requests"_s);
        if (!requests.isArray() || requests.toArray().isEmpty() || requests.toArray().size() > MaxBatch)
            return error(422, u"invalid"_s, u"requests: expected an array of 1 to %1 issue requests"_s.arg(MaxBatch));
        // A malformed item is refused on its own; the others are issued together.
        QList<IssueRequest> valid;
        QList<qsizetype> positions;
        QJsonArray results;
        for (const QJsonValue &item : requests.toArray()) {
            QString message;
            const auto issue = IssueRequest::fromJson(item.toObject(), &message);
            if (issue) {
                valid.append(*issue);
                positions.append(results.size());
            }
            QJsonObject refused = TicketingJson::errorObject(u"invalid"_s, message);
            refused.insert(u"status"_s, 422);
            results.append(issue ? QJsonValue() : QJsonValue(refused));
        }
        if (!valid.isEmpty()) {
            const TicketDatabase::Outcome issued = m_database->issueBatch(valid);
            if (issued.status != 200)
                return issued;
            const QJsonArray done = issued.body.value(u"results"_s).toArray();
            for (qsizetype i = 0; i < positions.size(); ++i)
                results.replace(positions.at(i), done.at(i));
        }
        return TicketDatabase::Outcome {200, {}, {}, QJsonObject {{u"results"_s, results}}};
    }
    if (parts.size() == 4 && parts[1] == u"tickets" && parts[3] == u"void" && method == Method::Post) {
        const auto id = TicketCrypto::ticketIdFromText(parts[2]);
        if (!id)
            return error(404, u"not_found"_s, u"ticket ids are 16 hex digits"_s);
        bool refund = false;
        if (!request.body().isEmpty()) {
            const auto body = parseBody(request, &outcome);
            if (!body)
                return outcome;
            refund = body->value(u"refund"_s).toBool();
        }
        return m_database->voidTicket(*id, refund);
    }
    if (parts.size() == 2 && parts[1] == u"redemptions" && method == Method::Post) {
        const auto body = parseBody(request, &outcome);
        if (!body)
            return outcome;
        QString message;
        const auto redemption = RedemptionRequest::fromJson(*body, &message);
        if (!redemption)
            return error(422, u"invalid"_s, message);
        return m_database->redeem(*redemption);
    }
    if (parts.size() == 2 && parts[1] == u"sync" && method == Method::Get)
        return m_database->sync(
            query.queryItemValue(u"cursor"_s).toLongLong(), intParameter(query, u"limit"_s, 1000, 1, 5000));
    if (parts.size() == 2 && parts[1] == u"revocations" && method == Method::Get)
        return m_database->revocations();
    if (parts.size() == 2 && parts[1] == u"ledger" && method == Method::Get)
        return m_database->ledger(
            query.queryItemValue(u"after"_s).toLongLong(), intParameter(query, u"limit"_s, 1000, 1, 5000));
    if (parts.size() == 3 && parts[1] == u"ledger" && parts[2] == u"verify" && method == Method::Get)
        return m_database->verifyLedger();
    return error(404, u"not_found"_s, u"no such endpoint: %1"_s.arg(path));
}
