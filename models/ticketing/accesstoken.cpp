// SPDX-License-Identifier: GPL-3.0-or-later
#include "accesstoken.h"

#include "ticketcrypto.h"

using namespace Qt::StringLiterals;

QString AccessToken::scopeName(Scope scope)
{
    switch (scope) {
    case Scope::Gate:
        return u"gate"_s;
    case Scope::BoxOffice:
        return u"box-office"_s;
    case Scope::Admin:
        return u"admin"_s;
    }
    return {};
}

std::optional<AccessToken::Scope> AccessToken::scopeFromName(QStringView name)
{
    for (Scope scope : {Scope::Gate, Scope::BoxOffice, Scope::Admin}) {
        if (name == scopeName(scope))
            return scope;
    }
    return std::nullopt;
}

QString AccessToken::id() const
{
    return QString::fromLatin1(TicketCrypto::sha256(secret).left(8).toHex());
}

std::optional<QList<AccessToken>> AccessToken::parseFile(const QByteArray &text, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<QList<AccessToken>> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QList<AccessToken> tokens;
    int lineNumber = 0;
    for (const QByteArray &rawLine : text.split('\n')) {
        ++lineNumber;
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> fields = line.simplified().split(' ');
        AccessToken token;
        if (fields.size() == 2) {
            const auto scope = scopeFromName(QString::fromUtf8(fields.at(0)));
            if (!scope)
                return fail(u"line %1: unknown scope \"%2\" (expected gate, box-office or admin)"_s.arg(lineNumber)
                        .arg(QString::fromUtf8(fields.at(0).left(40))));
            token.scope = *scope;
            token.secret = fields.at(1);
        } else if (fields.size() == 1) {
            token.secret = fields.at(0);
        } else {
            return fail(u"line %1: expected \"<scope> <token>\" or a token"_s.arg(lineNumber));
        }
        if (token.secret.size() < 16)
            return fail(u"line %1: the token is shorter than 16 characters"_s.arg(lineNumber));
        for (const char c : std::as_const(token.secret)) {
            if (uchar(c) <= 0x20 || uchar(c) >= 0x7f)
                return fail(u"line %1: the token holds a character that is not printable ASCII"_s.arg(lineNumber));
        }
        tokens.append(token);
    }
    if (tokens.isEmpty())
        return fail(u"no token"_s);
    return tokens;
}

std::optional<QByteArray> AccessToken::fromAuthorization(const QByteArray &header)
{
    // RFC 9110: the scheme is case-insensitive; one or more spaces before the token.
    const QByteArray trimmed = header.trimmed();
    if (trimmed.size() < 8 || trimmed.left(7).toLower() != "bearer ")
        return std::nullopt;
    const QByteArray token = trimmed.mid(7).trimmed();
    if (token.isEmpty())
        return std::nullopt;
    return token;
}
