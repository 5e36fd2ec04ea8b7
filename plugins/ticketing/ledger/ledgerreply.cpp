// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledgerreply.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using Kind = TicketingError::Kind;

namespace {
TicketingError invalid(const QString &what)
{
    return TicketingError::make(Kind::InvalidReply, u"invalid reply from the ticketing server: %1"_s.arg(what));
}

template<typename T, typename Parse> TicketingResult<T> parsed(const LedgerReply::Outcome &outcome, Parse parse)
{
    TicketingResult<T> result;
    if (outcome.error.isError()) {
        result.error = outcome.error;
        return result;
    }
    QString error;
    std::optional<T> value = parse(outcome.json, &error);
    if (!value)
        result.error = invalid(error);
    else
        result.value = std::move(*value);
    return result;
}

template<typename T> std::optional<QList<T>> list(const QJsonObject &json, const QString &key, QString *error)
{
    const QJsonValue array = json.value(key);
    if (!array.isArray()) {
        *error = key + u": expected an array"_s;
        return std::nullopt;
    }
    QList<T> items;
    int index = 0;
    for (const QJsonValue &value : array.toArray()) {
        QString itemError = u"expected an object"_s;
        const auto item = value.isObject() ? T::fromJson(value.toObject(), &itemError) : std::nullopt;
        if (!item) {
            *error = u"%1[%2]: %3"_s.arg(key).arg(index).arg(itemError);
            return std::nullopt;
        }
        items.append(*item);
        ++index;
    }
    return items;
}
} // namespace

LedgerReply::Outcome LedgerReply::interpret(int httpStatus, const QByteArray &body, const QString &networkError)
{
    Outcome outcome;
    if (httpStatus == 0) {
        outcome.error = TicketingError::make(Kind::Unreachable,
            u"the ticketing server is unreachable: %1"_s.arg(networkError.isEmpty() ? u"no answer"_s : networkError));
        return outcome;
    }
    if (body.size() > MaxBodyBytes) {
        outcome.error = invalid(u"the answer is too large"_s);
        return outcome;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const bool isObject = parseError.error == QJsonParseError::NoError && document.isObject();
    if (httpStatus >= 200 && httpStatus < 300) {
        if (!isObject)
            outcome.error = invalid(u"HTTP %1 without a JSON object"_s.arg(httpStatus));
        else
            outcome.json = document.object();
        return outcome;
    }
    const QJsonObject error = isObject ? document.object().value(u"error"_s).toObject() : QJsonObject();
    const QString code = error.value(u"code"_s).toString().left(64);
    QString message = error.value(u"message"_s).toString().left(500);
    const Kind kind = TicketingJson::kindFromCode(code, httpStatus);
    if (kind == Kind::AuthenticationRefused)
        message = u"authentication refused by the ticketing server: check the API token"_s;
    else if (message.isEmpty())
        message = u"the ticketing server answered HTTP %1"_s.arg(httpStatus);
    outcome.error = TicketingError::make(kind, message, httpStatus, code);
    return outcome;
}

bool LedgerReply::retryable(const TicketingError &error)
{
    return error.kind == Kind::Unreachable || error.kind == Kind::ServerError;
}

TicketingResult<QList<TicketType>> LedgerReply::ticketTypes(const Outcome &outcome)
{
    return parsed<QList<TicketType>>(outcome,
        [](const QJsonObject &json, QString *error) { return list<TicketType>(json, u"ticket_types"_s, error); });
}

TicketingResult<QList<IssuedTicket>> LedgerReply::tickets(const Outcome &outcome)
{
    return parsed<QList<IssuedTicket>>(
        outcome, [](const QJsonObject &json, QString *error) { return list<IssuedTicket>(json, u"tickets"_s, error); });
}

TicketingResult<IssuedTicket> LedgerReply::ticket(const Outcome &outcome)
{
    return parsed<IssuedTicket>(outcome, &IssuedTicket::fromJson);
}

TicketingResult<Redemption> LedgerReply::redemption(const Outcome &outcome)
{
    return parsed<Redemption>(outcome, &Redemption::fromJson);
}

TicketingResult<SyncBatch> LedgerReply::syncBatch(const Outcome &outcome)
{
    return parsed<SyncBatch>(outcome, &SyncBatch::fromJson);
}

TicketingResult<TicketKeySet> LedgerReply::keySet(const Outcome &outcome)
{
    return parsed<TicketKeySet>(outcome, &TicketKeySet::fromJson);
}

TicketingResult<HealthStatus> LedgerReply::health(const Outcome &outcome)
{
    return parsed<HealthStatus>(outcome, &HealthStatus::fromJson);
}

TicketingResult<TicketType> LedgerReply::ticketType(const Outcome &outcome)
{
    return parsed<TicketType>(outcome, &TicketType::fromJson);
}

TicketingResult<LedgerPage> LedgerReply::ledgerPage(const Outcome &outcome)
{
    return parsed<LedgerPage>(outcome, &LedgerPage::fromJson);
}

TicketingResult<QList<ApiToken>> LedgerReply::apiTokens(const Outcome &outcome)
{
    return parsed<QList<ApiToken>>(
        outcome, [](const QJsonObject &json, QString *error) { return list<ApiToken>(json, u"tokens"_s, error); });
}

TicketingResult<ApiToken> LedgerReply::apiToken(const Outcome &outcome)
{
    return parsed<ApiToken>(outcome, &ApiToken::fromJson);
}

QList<TicketingResult<QList<IssuedTicket>>> LedgerReply::ticketBatch(const Outcome &outcome, qsizetype count)
{
    QList<TicketingResult<QList<IssuedTicket>>> results;
    TicketingError shared = outcome.error;
    const QJsonValue array = outcome.json.value(u"results"_s);
    if (!shared.isError() && (!array.isArray() || array.toArray().size() != count))
        shared = invalid(u"results: expected an array of %1 results"_s.arg(count));
    if (shared.isError()) {
        for (qsizetype i = 0; i < count; ++i)
            results.append({{}, shared});
        return results;
    }
    // Each item is read as if it were the answer to its own POST /v1/tickets.
    for (const QJsonValue &value : array.toArray()) {
        QJsonObject item = value.toObject();
        const int status = item.value(u"status"_s).toInt(0);
        item.remove(u"status"_s);
        results.append(status >= 200 && status < 600
                ? tickets(interpret(status, QJsonDocument(item).toJson(QJsonDocument::Compact)))
                : TicketingResult<QList<IssuedTicket>> {{}, invalid(u"results: an item without a status"_s)});
    }
    return results;
}
