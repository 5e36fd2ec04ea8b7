// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// A bearer token omnium-ticketd accepts, with what it may do. A gate laptop holds a "gate"
// token: stolen, it cannot mint, void or refund tickets, nor list buyers.
struct AccessToken {
    enum class Scope {
        Gate, // public keys, sync (without buyers' names), redemptions
        BoxOffice, // + issue, void, list tickets and types, read the ledger
        Admin, // + ticket types, key rotation and revocation, refunds
    };
    Scope scope = Scope::Admin;
    QByteArray secret;

    static QString scopeName(Scope scope);
    static std::optional<Scope> scopeFromName(QStringView name);
    // A short public name for logs and idempotency scoping: never the secret itself.
    QString id() const;
    bool allows(Scope needed) const { return int(scope) >= int(needed); }

    // The token file: one token a line, "<scope> <token>" or a bare token (admin, as before
    // scopes), "#" comments and blank lines ignored. Tokens have at least 16 characters.
    static std::optional<QList<AccessToken>> parseFile(const QByteArray &text, QString *error = nullptr);
    // The token an "Authorization: Bearer …" header carries (the scheme in any case), or null.
    static std::optional<QByteArray> fromAuthorization(const QByteArray &header);
};
