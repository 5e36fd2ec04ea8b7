// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseurl.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DatabaseUrl", text);
}
} // namespace

bool DatabaseUrl::isServer(const QString &text)
{
    return text.startsWith(u"postgresql://"_s) || text.startsWith(u"postgres://"_s);
}

DatabaseUrl DatabaseUrl::parse(const QString &text, QString *error)
{
    const auto refuse = [&](const QString &why) {
        *error = tr("%1 is not a venue server address: %2. Expected postgresql://user@host:port/database.")
                     .arg(withoutPassword(text), why);
        return DatabaseUrl();
    };
    error->clear();
    if (!isServer(text))
        return refuse(tr("it must start with postgresql://"));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return refuse(url.errorString());
    DatabaseUrl result;
    result.user = url.userName();
    result.password = url.password();
    result.host = url.host();
    result.databaseName = url.path().mid(1);
    if (result.databaseName.isEmpty() || result.databaseName.contains(u'/'))
        return refuse(tr("no database name after the host (…/database)"));
    if (url.port() == 0 || (url.port() < 0 && text.section(u'/', 2, 2).endsWith(u':')))
        return refuse(tr("the port is not a number from 1 to 65535"));
    if (url.port() > 0)
        result.port = url.port();
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"sslmode"_s) {
            static const QStringList modes
                = {u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s};
            if (!modes.contains(value))
                return refuse(tr("sslmode “%1” is not one of %2").arg(value, modes.join(u", "_s)));
            result.sslMode = value;
        } else if (key == u"host"_s) {
            result.host = value; // a Unix socket folder, as libpq reads it
        } else {
            return refuse(tr("unknown parameter “%1” (known: sslmode, host)").arg(key));
        }
    }
    if (result.host.isEmpty())
        return refuse(tr("no host (a name, an address, or ?host=/socket/folder)"));
    static const QStringList encrypted = {u"require"_s, u"verify-ca"_s, u"verify-full"_s};
    if (!result.isLocal() && !encrypted.contains(result.sslMode))
        return refuse(tr("%1 is not this machine, so the connection must be encrypted: add ?sslmode=require "
                         "(or verify-full)")
                .arg(result.host));
    return result;
}

bool DatabaseUrl::isLocal() const
{
    // A socket folder, or a loopback name or address (the store does not link Qt Network).
    static const QRegularExpression loopback(u"^(localhost|127\\.[0-9.]+|::1|0:0:0:0:0:0:0:1)$"_s);
    return host.startsWith(u'/') || loopback.match(host).hasMatch();
}

QString DatabaseUrl::display() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(user);
    if (!host.startsWith(u'/'))
        url.setHost(host);
    url.setPort(port);
    url.setPath(u"/"_s + databaseName);
    QUrlQuery query;
    if (host.startsWith(u'/'))
        query.addQueryItem(u"host"_s, host);
    if (!sslMode.isEmpty())
        query.addQueryItem(u"sslmode"_s, sslMode);
    url.setQuery(query);
    return url.toString();
}

QString DatabaseUrl::withoutPassword(const QString &text)
{
    // An unparsable URL is still shown without its password.
    QUrl url(text);
    if (url.isValid() && !url.password().isEmpty()) {
        url.setPassword({});
        return url.toString();
    }
    static const QRegularExpression password(u"(://[^:/@]*):[^@/]*@"_s);
    return QString(text).replace(password, u"\\1:…@"_s);
}

void DatabaseUrl::configure(QSqlDatabase &db) const
{
    db.setHostName(host);
    db.setPort(port);
    db.setUserName(user);
    db.setPassword(password);
    db.setDatabaseName(databaseName);
    // A desk waits at most 5 s for the server; keepalives notice a cut network within seconds.
    // The server's notices (a table that already exists) are not for the organiser.
    QStringList options = {u"connect_timeout=5"_s, u"application_name=omnium"_s, u"keepalives_idle=5"_s,
        u"keepalives_interval=2"_s, u"keepalives_count=3"_s, u"options='-c client_min_messages=warning'"_s};
    if (!sslMode.isEmpty())
        options << u"sslmode="_s + sslMode;
    db.setConnectOptions(options.join(u';'));
}
