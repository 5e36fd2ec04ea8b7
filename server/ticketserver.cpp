// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketserver.h"

#include "core/logging.h"
#include "ticketing/ticketcrypto.h"

#include <QFile>
#include <QFileInfo>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
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

// Idempotency keys are the client's: the same key from two tokens names two requests.
QString scopedKey(const AccessToken &token, const QString &key)
{
    return token.id() + u':' + key;
}

int intParameter(const QUrlQuery &query, const QString &name, int fallback, int min, int max)
{
    bool ok = false;
    const int value = query.queryItemValue(name).toInt(&ok);
    return ok ? qBound(min, value, max) : fallback;
}
} // namespace

LimitedTcpServer::LimitedTcpServer(Limits limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{ }

void LimitedTcpServer::refuseTooLarge(QTcpSocket *socket)
{
    qCWarning(lcTicketing) << "ticketd: request from" << socket->peerAddress() << "over" << m_limits.maxBodyBytes
                           << "bytes, connection closed";
    socket->write("HTTP/1.1 413 Content Too Large\r\nContent-Type: application/json\r\nConnection: close\r\n"
                  "Content-Length: 71\r\n\r\n"
                  "{\"error\":{\"code\":\"too_large\",\"message\":\"the request is too large\"}}\n");
    socket->flush();
    socket->disconnectFromHost();
    socket->readAll();
}

void LimitedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    QTcpSocket *socket = m_tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    const QHostAddress peer = socket->peerAddress();
    // Over the cap, or over this client's share: closed before reading a byte, so idle or
    // slow connections from one machine cannot take every slot.
    if (m_open >= m_limits.maxConnections || m_perClient.value(peer) >= perClientShare()) {
        qCWarning(lcTicketing) << "ticketd: connection from" << peer << "refused:" << m_open << "open,"
                               << m_perClient.value(peer) << "from it";
        socket->abort();
        socket->deleteLater();
        return;
    }
    ++m_open;
    ++m_perClient[peer];
    connect(socket, &QObject::destroyed, this, [this, peer] {
        --m_open;
        if (--m_perClient[peer] <= 0)
            m_perClient.remove(peer);
    });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);

    auto *idle = new QTimer(socket);
    idle->setSingleShot(true);
    idle->setInterval(m_limits.idleTimeoutMs);
    auto *requestDeadline = new QTimer(socket);
    requestDeadline->setSingleShot(true);
    requestDeadline->setInterval(m_limits.requestTimeoutMs);
    for (QTimer *timer : {idle, requestDeadline})
        connect(timer, &QTimer::timeout, socket, [socket] { socket->abort(); });
    idle->start();

    // Connected before the HTTP layer's own slot, so it sees each chunk first.
    connect(socket, &QTcpSocket::readyRead, socket, [this, socket, idle, requestDeadline] {
        idle->start();
        const qint64 before = socket->property(BytesProperty).toLongLong();
        const qint64 total = before + socket->bytesAvailable();
        socket->setProperty(BytesProperty, total);
        if (before == 0) {
            requestDeadline->start();
            // The headers are usually in the first chunk: a declared body over the limit is
            // refused before it is sent.
            const QByteArray head = socket->peek(HeaderAllowance).toLower();
            const qsizetype end = head.indexOf("\r\n\r\n");
            const qsizetype field = head.indexOf("\r\ncontent-length:");
            if (field >= 0 && (end < 0 || field < end)) {
                const qsizetype valueStart = field + 17;
                const QByteArray value = head.mid(valueStart, head.indexOf("\r\n", valueStart) - valueStart).trimmed();
                bool ok = false;
                const qint64 length = value.toLongLong(&ok);
                if (ok && length > m_limits.maxBodyBytes) {
                    refuseTooLarge(socket);
                    return;
                }
            }
        }
        if (total > m_limits.maxBodyBytes + HeaderAllowance)
            refuseTooLarge(socket);
    });
    // A reply starts the count of the next request on a kept-alive connection.
    connect(socket, &QTcpSocket::bytesWritten, socket, [socket, idle, requestDeadline] {
        socket->setProperty(BytesProperty, 0);
        requestDeadline->stop();
        idle->start();
    });
    if (auto *tls = qobject_cast<QSslSocket *>(socket)) {
        tls->setSslConfiguration(*m_tls);
        connect(tls, &QSslSocket::encrypted, this, [this, tls] { addPendingConnection(tls); });
        connect(tls, &QSslSocket::errorOccurred, tls, [tls](QAbstractSocket::SocketError) {
            qCDebug(lcTicketing) << "ticketd: TLS connection from" << tls->peerAddress() << tls->errorString();
        });
        tls->startServerEncryption();
        return;
    }
    addPendingConnection(socket);
}

TicketServer::TicketServer(TicketDatabase *database, QString tokenFile, qint64 maxBodyBytes, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_database(database)
    , m_tokenFile(std::move(tokenFile))
    , m_maxBodyBytes(maxBodyBytes)
{
    reloadTokens();
}

void TicketServer::reloadTokens()
{
    const QFileInfo info(m_tokenFile);
    if (info.lastModified() == m_tokenFileModified)
        return;
    QFile file(m_tokenFile);
    QString error;
    const auto tokens = file.open(QIODevice::ReadOnly) ? AccessToken::parseFile(file.readAll(), &error) : std::nullopt;
    if (!tokens) {
        // A file being rewritten or broken: the tokens read last time stay.
        qCWarning(lcTicketing) << "ticketd: cannot read the tokens in" << m_tokenFile << error;
        return;
    }
    m_tokenFileModified = info.lastModified();
    m_tokens = *tokens;
}

TicketDatabase::Outcome TicketServer::listTokens() const
{
    QJsonArray list;
    for (const AccessToken &token : m_tokens)
        list.append(QJsonObject {{u"id"_s, token.id()}, {u"scope"_s, AccessToken::scopeName(token.scope)}});
    return TicketDatabase::Outcome {200, {}, {}, QJsonObject {{u"tokens"_s, list}}};
}

TicketDatabase::Outcome TicketServer::changeTokens(const QString &removedId, std::optional<AccessToken::Scope> added)
{
    // The token file stays the one source of truth: it is rewritten (atomically, 0600) and
    // read again, so an operator's own edits and these calls never disagree.
    QFile current(m_tokenFile);
    if (!current.open(QIODevice::ReadOnly))
        return error(500, u"internal"_s, u"cannot read the token file"_s);
    const QList<QByteArray> lines = current.readAll().split('\n');
    current.close();
    QList<QByteArray> kept;
    std::optional<AccessToken> removed;
    for (const QByteArray &line : lines) {
        const auto parsed = AccessToken::parseFile(line);
        if (!removedId.isEmpty() && parsed && parsed->first().id() == removedId) {
            removed = parsed->first();
            continue;
        }
        kept.append(line);
    }
    if (!removedId.isEmpty() && !removed)
        return error(404, u"not_found"_s, u"no token %1"_s.arg(removedId));
    if (removed && added) // rotation: the same scope
        added = removed->scope;
    AccessToken created;
    if (added) {
        created.scope = *added;
        created.secret = TicketCrypto::toBase64Url(TicketCrypto::randomBytes(32)).toLatin1();
        while (!kept.isEmpty() && kept.last().trimmed().isEmpty())
            kept.removeLast();
        kept.append(AccessToken::scopeName(created.scope).toLatin1() + ' ' + created.secret);
        kept.append(QByteArray());
    }
    const auto after = AccessToken::parseFile(kept.join('\n'));
    if (!after || std::none_of(after->cbegin(), after->cend(), [](const AccessToken &t) {
            return t.scope == AccessToken::Scope::Admin;
        }))
        return error(409, u"conflict"_s, u"the last admin token cannot be removed"_s);
    QSaveFile file(m_tokenFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(kept.join('\n')) < 0 || !file.commit())
        return error(500, u"internal"_s, u"cannot write the token file: %1"_s.arg(file.errorString()));
    m_tokenFileModified = {};
    reloadTokens();
    if (!added)
        return TicketDatabase::Outcome {
            200, {}, {}, QJsonObject {{u"id"_s, removedId}, {u"scope"_s, AccessToken::scopeName(removed->scope)}}};
    // The secret is shown this once; it is never listed again.
    return TicketDatabase::Outcome {201, {}, {},
        QJsonObject {{u"id"_s, created.id()}, {u"scope"_s, AccessToken::scopeName(created.scope)},
            {u"token"_s, QString::fromLatin1(created.secret)}}};
}

std::optional<AccessToken> TicketServer::authorized(const QHttpServerRequest &request)
{
    reloadTokens();
    const auto token = AccessToken::fromAuthorization(request.value("authorization"));
    if (!token)
        return std::nullopt;
    std::optional<AccessToken> found;
    for (const AccessToken &accepted : std::as_const(m_tokens)) {
        // No early exit: constant time over the list.
        if (TicketCrypto::equalSecrets(*token, accepted.secret) && !found)
            found = accepted;
    }
    return found;
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
    if (outcome.status == 413)
        headers.append(QHttpHeaders::WellKnownHeader::Connection, "close");
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
        QJsonObject body = health.toJson();
        body.insert(u"ledger_valid"_s, m_database->ledgerProblem().isEmpty());
        return TicketDatabase::Outcome {200, {}, {}, body};
    }
    if (parts.size() == 2 && parts[1] == u"keys" && method == Method::Get)
        return TicketDatabase::Outcome {200, {}, {}, m_database->keySet().toJson()};

    const auto token = authorized(request);
    if (!token)
        return error(401, u"unauthorized"_s, u"a valid bearer token is required"_s);
    using Scope = AccessToken::Scope;
    const auto forbidden = [&token](Scope needed) {
        return error(403, u"forbidden"_s,
            u"this %1 token cannot do that (a %2 token can)"_s.arg(
                AccessToken::scopeName(token->scope), AccessToken::scopeName(needed)));
    };

    TicketDatabase::Outcome outcome;
    if (parts.value(1) == u"tokens") {
        if (!token->allows(Scope::Admin))
            return forbidden(Scope::Admin);
        if (parts.size() == 2 && method == Method::Get)
            return listTokens();
        if (parts.size() == 2 && method == Method::Post) {
            const auto body = parseBody(request, &outcome);
            if (!body)
                return outcome;
            const auto scope = AccessToken::scopeFromName(body->value(u"scope"_s).toString());
            if (!scope)
                return error(422, u"invalid"_s, u"scope: expected gate, box-office or admin"_s);
            return changeTokens({}, scope);
        }
        if (parts.size() == 3 && method == Method::Delete)
            return changeTokens(parts[2], std::nullopt);
        if (parts.size() == 4 && parts[3] == u"rotate" && method == Method::Post)
            return changeTokens(parts[2], Scope::Admin /* replaced by the token's own scope */);
    }
    if (parts.size() == 3 && parts[1] == u"keys" && parts[2] == u"rotate" && method == Method::Post)
        return token->allows(Scope::Admin) ? m_database->rotateKey() : forbidden(Scope::Admin);
    if (parts.size() == 4 && parts[1] == u"keys" && parts[3] == u"revoke" && method == Method::Post) {
        if (!token->allows(Scope::Admin))
            return forbidden(Scope::Admin);
        bool ok = false;
        const uint keyId = parts[2].toUInt(&ok);
        if (!ok || keyId > 65535)
            return error(404, u"not_found"_s, u"key ids are integers 0–65535"_s);
        return m_database->revokeKey(quint16(keyId));
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
    if (parts.size() == 2 && parts[1] == u"sync" && method == Method::Get) {
        TicketDatabase::Outcome synced = m_database->sync(
            query.queryItemValue(u"cursor"_s).toLongLong(), intParameter(query, u"limit"_s, 1000, 1, 5000));
        // A gate needs ids, states and entries, not who bought the tickets nor their codes.
        if (!token->allows(Scope::BoxOffice) && synced.status == 200) {
            QJsonArray issued = synced.body.value(u"issued"_s).toArray();
            for (qsizetype i = 0; i < issued.size(); ++i) {
                QJsonObject ticket = issued.at(i).toObject();
                ticket.insert(u"buyer_name"_s, QString());
                ticket.insert(u"code"_s, QString());
                issued.replace(i, ticket);
            }
            synced.body.insert(u"issued"_s, issued);
        }
        return synced;
    }
    if (parts.size() == 2 && parts[1] == u"revocations" && method == Method::Get)
        return m_database->revocations();
    if (!token->allows(Scope::BoxOffice))
        return forbidden(Scope::BoxOffice);

    if (parts.size() == 2 && parts[1] == u"ticket-types") {
        if (method == Method::Get)
            return m_database->ticketTypes();
        if (method == Method::Post) {
            if (!token->allows(Scope::Admin))
                return forbidden(Scope::Admin);
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
            auto issue = IssueRequest::fromJson(*body, &message);
            if (!issue)
                return error(422, u"invalid"_s, message);
            issue->idempotencyKey = scopedKey(*token, issue->idempotencyKey);
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
        qint64 tickets = 0;
        for (const QJsonValue &item : requests.toArray()) {
            QString message;
            auto issue = IssueRequest::fromJson(item.toObject(), &message);
            if (issue) {
                tickets += issue->quantity;
                issue->idempotencyKey = scopedKey(*token, issue->idempotencyKey);
                valid.append(*issue);
                positions.append(results.size());
            }
            QJsonObject refused = TicketingJson::errorObject(u"invalid"_s, message);
            refused.insert(u"status"_s, 422);
            results.append(issue ? QJsonValue() : QJsonValue(refused));
        }
        if (tickets > MaxTicketsPerRequest)
            return error(422, u"invalid"_s,
                u"requests: %1 tickets asked in one request, at most %2"_s.arg(tickets).arg(MaxTicketsPerRequest));
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
        if (refund && !token->allows(Scope::Admin))
            return forbidden(Scope::Admin);
        return m_database->voidTicket(*id, refund);
    }
    if (parts.size() == 2 && parts[1] == u"ledger" && method == Method::Get)
        return m_database->ledger(
            query.queryItemValue(u"after"_s).toLongLong(), intParameter(query, u"limit"_s, 1000, 1, 5000));
    if (parts.size() == 3 && parts[1] == u"ledger" && parts[2] == u"verify" && method == Method::Get)
        return m_database->verifyLedger();
    return error(404, u"not_found"_s, u"no such endpoint: %1"_s.arg(path));
}
