// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketingtypes.h"

#include "ticketcrypto.h"

#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

constexpr double MaxSafeInteger = 9007199254740991.0;

// Reads fields from an untrusted JSON object; the first problem wins and is kept.
class FieldReader
{
public:
    explicit FieldReader(const QJsonObject &json)
        : m_json(json)
    { }

    qint64 integer(const QString &key, double min, double max)
    {
        const QJsonValue value = m_json.value(key);
        const double d = value.toDouble();
        if (!value.isDouble() || d < min || d > max || d != double(qint64(d))) {
            fail(key, u"expected an integer from %1 to %2"_s.arg(qint64(min)).arg(qint64(max)));
            return 0;
        }
        return qint64(d);
    }
    QString string(const QString &key, bool optional = false, qsizetype maxLength = 4096)
    {
        const QJsonValue value = m_json.value(key);
        if (optional && (value.isUndefined() || value.isNull()))
            return {};
        if (!value.isString()) {
            fail(key, u"expected a string"_s);
            return {};
        }
        if (const QString problem = TicketingJson::textProblem(value.toString(), maxLength); !problem.isEmpty()) {
            fail(key, problem);
            return {};
        }
        return value.toString();
    }
    quint64 ticketId(const QString &key)
    {
        const auto id = TicketCrypto::ticketIdFromText(m_json.value(key).toString());
        if (!id) {
            fail(key, u"expected 16 hex digits"_s);
            return 0;
        }
        return *id;
    }
    QDateTime time(const QString &key, bool optional = false)
    {
        const QJsonValue value = m_json.value(key);
        if (optional && (value.isUndefined() || value.isNull()))
            return {};
        const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (!time.isValid()) {
            fail(key, u"expected an ISO 8601 date and time"_s);
            return {};
        }
        return time.toUTC();
    }
    bool boolean(const QString &key)
    {
        const QJsonValue value = m_json.value(key);
        if (!value.isBool())
            fail(key, u"expected true or false"_s);
        return value.toBool();
    }
    QJsonArray array(const QString &key)
    {
        const QJsonValue value = m_json.value(key);
        if (!value.isArray())
            fail(key, u"expected an array"_s);
        return value.toArray();
    }
    void fail(const QString &key, const QString &message)
    {
        if (m_error.isEmpty())
            m_error = key + u": "_s + message;
    }
    template<typename T> std::optional<T> finish(T value, QString *error) const
    {
        if (m_error.isEmpty())
            return value;
        if (error)
            *error = m_error;
        return std::nullopt;
    }

private:
    const QJsonObject &m_json;
    QString m_error;
};

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

template<typename T> bool readList(const QJsonArray &array, const QString &key, QList<T> *out, QString *error)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString itemError;
        const auto item = T::fromJson(array.at(i).toObject(), &itemError);
        if (!array.at(i).isObject() || !item) {
            if (error)
                *error = u"%1[%2].%3"_s.arg(key).arg(i).arg(itemError.isEmpty() ? u"expected an object"_s : itemError);
            return false;
        }
        out->append(*item);
    }
    return true;
}

} // namespace

QJsonObject TicketType::toJson() const
{
    return QJsonObject {
        {u"id"_s, qint64(id)},
        {u"event_id"_s, qint64(eventId)},
        {u"name"_s, name},
        {u"price_cents"_s, priceCents},
        {u"currency"_s, currency},
        {u"capacity"_s, capacity},
        {u"issued"_s, issued},
        {u"redeemed"_s, redeemed},
        {u"remaining"_s, remaining},
        {u"valid_from"_s, timeValue(validFrom)},
        {u"valid_until"_s, timeValue(validUntil)},
    };
}

QJsonObject TicketType::toCreateJson() const
{
    return QJsonObject {
        {u"event_id"_s, qint64(eventId)},
        {u"name"_s, name},
        {u"price_cents"_s, priceCents},
        {u"currency"_s, currency},
        {u"capacity"_s, capacity},
        {u"valid_from"_s, timeValue(validFrom)},
        {u"valid_until"_s, timeValue(validUntil)},
    };
}

std::optional<TicketType> TicketType::fromJson(const QJsonObject &json, QString *error)
{
    FieldReader r(json);
    TicketType t;
    t.id = quint32(r.integer(u"id"_s, 0, 4294967295.0));
    t.eventId = quint32(r.integer(u"event_id"_s, 0, 4294967295.0));
    t.name = r.string(u"name"_s, false, 200);
    t.priceCents = r.integer(u"price_cents"_s, 0, MaxSafeInteger);
    t.currency = r.string(u"currency"_s, false, 3);
    t.capacity = r.integer(u"capacity"_s, 0, MaxSafeInteger);
    t.issued = r.integer(u"issued"_s, 0, MaxSafeInteger);
    t.redeemed = r.integer(u"redeemed"_s, 0, MaxSafeInteger);
    t.remaining = r.integer(u"remaining"_s, 0, MaxSafeInteger);
    t.validFrom = r.time(u"valid_from"_s);
    t.validUntil = r.time(u"valid_until"_s);
    return r.finish(t, error);
}

QString IssuedTicket::stateName(State state)
{
    switch (state) {
    case State::Valid:
        return u"valid"_s;
    case State::Voided:
        return u"voided"_s;
    case State::Redeemed:
        return u"redeemed"_s;
    }
    return {};
}

QJsonObject IssuedTicket::toJson() const
{
    return QJsonObject {
        {u"id"_s, TicketCrypto::ticketIdToText(id)},
        {u"ticket_type_id"_s, qint64(ticketTypeId)},
        {u"event_id"_s, qint64(eventId)},
        {u"code"_s, code},
        {u"buyer_name"_s, buyerName},
        {u"state"_s, stateName(state)},
        {u"issued_at"_s, timeValue(issuedAt)},
        {u"valid_from"_s, timeValue(validFrom)},
        {u"valid_until"_s, timeValue(validUntil)},
        {u"redeemed_at"_s, timeValue(redeemedAt)},
        {u"gate"_s, gate.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(gate)},
    };
}

std::optional<IssuedTicket> IssuedTicket::fromJson(const QJsonObject &json, QString *error)
{
    FieldReader r(json);
    IssuedTicket t;
    t.id = r.ticketId(u"id"_s);
    t.ticketTypeId = quint32(r.integer(u"ticket_type_id"_s, 0, 4294967295.0));
    t.eventId = quint32(r.integer(u"event_id"_s, 0, 4294967295.0));
    t.code = r.string(u"code"_s, false, 256);
    t.buyerName = r.string(u"buyer_name"_s, false, 200);
    const QString state = r.string(u"state"_s);
    if (state == u"valid")
        t.state = State::Valid;
    else if (state == u"voided")
        t.state = State::Voided;
    else if (state == u"redeemed")
        t.state = State::Redeemed;
    else
        r.fail(u"state"_s, u"expected valid, voided or redeemed"_s);
    t.issuedAt = r.time(u"issued_at"_s);
    t.validFrom = r.time(u"valid_from"_s);
    t.validUntil = r.time(u"valid_until"_s);
    t.redeemedAt = r.time(u"redeemed_at"_s, true);
    t.gate = r.string(u"gate"_s, true, RedemptionRequest::MaxGateLength);
    return r.finish(t, error);
}

QJsonObject IssueRequest::toJson() const
{
    QJsonObject json {
        {u"ticket_type_id"_s, qint64(ticketTypeId)},
        {u"quantity"_s, quantity},
        {u"buyer_name"_s, buyerName},
        {u"idempotency_key"_s, idempotencyKey},
    };
    if (!buyerEmail.isEmpty())
        json.insert(u"buyer_email"_s, buyerEmail);
    return json;
}

std::optional<IssueRequest> IssueRequest::fromJson(const QJsonObject &json, QString *error)
{
    FieldReader r(json);
    IssueRequest q;
    q.ticketTypeId = quint32(r.integer(u"ticket_type_id"_s, 1, 4294967295.0));
    q.quantity = int(r.integer(u"quantity"_s, 1, 1000));
    q.buyerName = r.string(u"buyer_name"_s, false, 200);
    if (q.buyerName.trimmed().isEmpty())
        r.fail(u"buyer_name"_s, u"expected a name, not blank"_s);
    q.buyerEmail = r.string(u"buyer_email"_s, true, 254);
    if (!q.buyerEmail.isEmpty() && !TicketingJson::looksLikeEmail(q.buyerEmail))
        r.fail(u"buyer_email"_s, u"expected an e-mail address such as ana@example.org"_s);
    q.idempotencyKey = r.string(u"idempotency_key"_s, false, 128);
    if (q.idempotencyKey.size() < 8)
        r.fail(u"idempotency_key"_s, u"expected 8 to 128 characters"_s);
    return r.finish(q, error);
}

QJsonObject RedemptionRequest::toJson() const
{
    QJsonObject json {
        {u"code"_s, code}, {u"gate"_s, gate}, {u"nonce"_s, nonce}, {u"scanned_at"_s, timeValue(scannedAt)}};
    if (sentAt.isValid())
        json.insert(u"sent_at"_s, timeValue(sentAt));
    return json;
}

std::optional<RedemptionRequest> RedemptionRequest::fromJson(const QJsonObject &json, QString *error)
{
    FieldReader r(json);
    RedemptionRequest q;
    q.code = r.string(u"code"_s, false, 256);
    q.gate = r.string(u"gate"_s, false, MaxGateLength);
    if (q.gate.trimmed().isEmpty())
        r.fail(u"gate"_s, u"expected a gate name, not blank"_s);
    q.nonce = r.string(u"nonce"_s, false, 128);
    if (q.nonce.size() < 8)
        r.fail(u"nonce"_s, u"expected 8 to 128 characters"_s);
    q.scannedAt = r.time(u"scanned_at"_s);
    q.sentAt = r.time(u"sent_at"_s, true);
    return r.finish(q, error);
}

QJsonObject Redemption::toJson() const
{
    QJsonObject json {{u"ticket_id"_s, TicketCrypto::ticketIdToText(ticketId)}, {u"gate"_s, gate}, {u"nonce"_s, nonce},
        {u"redeemed_at"_s, timeValue(redeemedAt)}, {u"accepted"_s, accepted}};
    if (clockSkewSeconds != 0)
        json.insert(u"clock_skew_seconds"_s, clockSkewSeconds);
    return json;
}

std::optional<Redemption> Redemption::fromJson(const QJsonObject &json, QString *error)
{
    FieldReader r(json);
    Redemption d;
    d.ticketId = r.ticketId(u"ticket_id"_s);
    d.gate = r.string(u"gate"_s, false, RedemptionRequest::MaxGateLength);
    d.nonce = r.string(u"nonce"_s, false, 128);
    d.redeemedAt = r.time(u"redeemed_at"_s);
    d.accepted = r.boolean(u"accepted"_s);
    if (json.contains(u"clock_skew_seconds"_s))
        d.clockSkewSeconds = r.integer(u"clock_skew_seconds"_s, -MaxSafeInteger, MaxSafeInteger);
    return r.finish(d, error);
}

QJsonObject SyncBatch::toJson() const
{
    QJsonArray issuedJson, redemptionsJson, revocationsJson;
    for (const IssuedTicket &t : issued)
        issuedJson.append(t.toJson());
    for (const Redemption &d : redemptions)
        redemptionsJson.append(d.toJson());
    for (const auto &[id, at] : revocations)
        revocationsJson.append(
            QJsonObject {{u"ticket_id"_s, TicketCrypto::ticketIdToText(id)}, {u"at"_s, timeValue(at)}});
    return QJsonObject {{u"issued"_s, issuedJson}, {u"redemptions"_s, redemptionsJson},
        {u"revocations"_s, revocationsJson}, {u"cursor"_s, cursor}, {u"has_more"_s, hasMore}};
}

std::optional<SyncBatch> SyncBatch::fromJson(const QJsonObject &json, QString *error)
{
    FieldReader r(json);
    SyncBatch batch;
    batch.cursor = r.integer(u"cursor"_s, 0, MaxSafeInteger);
    if (json.contains(u"has_more"_s))
        batch.hasMore = r.boolean(u"has_more"_s);
    const QJsonArray issued = r.array(u"issued"_s);
    const QJsonArray redemptions = r.array(u"redemptions"_s);
    const QJsonArray revocations = r.array(u"revocations"_s);
    if (!r.finish(0, error))
        return std::nullopt;
    if (!readList(issued, u"issued"_s, &batch.issued, error)
        || !readList(redemptions, u"redemptions"_s, &batch.redemptions, error))
        return std::nullopt;
    for (qsizetype i = 0; i < revocations.size(); ++i) {
        const QJsonObject object = revocations.at(i).toObject();
        FieldReader item(object);
        const quint64 id = item.ticketId(u"ticket_id"_s);
        const QDateTime at = item.time(u"at"_s);
        QString itemError;
        if (!item.finish(0, &itemError)) {
            if (error)
                *error = u"revocations[%1].%2"_s.arg(i).arg(itemError);
            return std::nullopt;
        }
        batch.revocations.append({id, at});
    }
    return batch;
}

std::optional<ApiToken> ApiToken::fromJson(const QJsonObject &json, QString *error)
{
    FieldReader r(json);
    ApiToken t;
    t.id = r.string(u"id"_s, false, 64);
    t.scope = r.string(u"scope"_s, false, 20);
    if (t.scope != u"gate" && t.scope != u"box-office" && t.scope != u"admin")
        r.fail(u"scope"_s, u"expected gate, box-office or admin"_s);
    t.token = r.string(u"token"_s, true, 256);
    return r.finish(t, error);
}

std::optional<LedgerPage> LedgerPage::fromJson(const QJsonObject &json, QString *error)
{
    FieldReader r(json);
    LedgerPage page;
    page.head = r.integer(u"head"_s, 0, MaxSafeInteger);
    const QJsonArray blocks = r.array(u"blocks"_s);
    if (!r.finish(0, error) || !readList(blocks, u"blocks"_s, &page.blocks, error))
        return std::nullopt;
    return page;
}

QJsonObject HealthStatus::toJson() const
{
    return QJsonObject {{u"ok"_s, ok}, {u"version"_s, version}, {u"ledger_head"_s, ledgerHead},
        {u"current_key_id"_s, int(currentKeyId)}};
}

std::optional<HealthStatus> HealthStatus::fromJson(const QJsonObject &json, QString *error)
{
    FieldReader r(json);
    HealthStatus h;
    h.ok = r.boolean(u"ok"_s);
    h.version = r.string(u"version"_s, false, 100);
    h.ledgerHead = r.integer(u"ledger_head"_s, 0, MaxSafeInteger);
    h.currentKeyId = quint16(r.integer(u"current_key_id"_s, 0, 65535));
    return r.finish(h, error);
}

QJsonObject TicketingJson::errorObject(const QString &code, const QString &message)
{
    return QJsonObject {{u"error"_s, QJsonObject {{u"code"_s, code}, {u"message"_s, message}}}};
}

TicketingError::Kind TicketingJson::kindFromCode(const QString &code, int httpStatus)
{
    using Kind = TicketingError::Kind;
    if (code == u"sold_out")
        return Kind::SoldOut;
    if (code == u"unauthorized" || httpStatus == 401 || httpStatus == 403)
        return Kind::AuthenticationRefused;
    if (code == u"not_found" || httpStatus == 404)
        return Kind::NotFound;
    if (code == u"conflict" || httpStatus == 409)
        return Kind::Conflict;
    if (httpStatus >= 500)
        return Kind::ServerError;
    if (httpStatus >= 400)
        return Kind::InvalidRequest;
    return Kind::InvalidReply;
}

QString TicketingJson::textProblem(const QString &text, qsizetype maxLength)
{
    qsizetype codePoints = 0;
    for (const char32_t c : QStringView(text).toUcs4()) {
        ++codePoints;
        // Control characters (NUL included) and the invisible direction overrides that make
        // a name display as something else ("Trojan Source").
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
            return u"control characters are not allowed"_s;
        if (c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
            return u"text direction controls are not allowed"_s;
    }
    if (codePoints > maxLength)
        return u"expected at most %1 characters, got %2"_s.arg(maxLength).arg(codePoints);
    return {};
}

bool TicketingJson::looksLikeEmail(const QString &text)
{
    // The shape only (one @, a dotted domain, no spaces): deliverability is the buyer's matter.
    const qsizetype at = text.indexOf(u'@');
    if (at <= 0 || at != text.lastIndexOf(u'@') || text.contains(u' '))
        return false;
    const QStringView domain = QStringView(text).mid(at + 1);
    const qsizetype dot = domain.indexOf(u'.');
    return dot > 0 && !domain.endsWith(u'.') && !domain.contains(u"..");
}
