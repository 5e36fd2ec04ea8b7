// SPDX-License-Identifier: GPL-3.0-or-later
// omnium-ticketd: the reference ticketing backend a venue can run itself.

#include "core/clock.h"
#include "ticketdatabase.h"
#include "ticketing/ticketcrypto.h"
#include "ticketing/ticketingpairing.h"
#include "ticketserver.h"
#include "tlsidentity.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>

#include <csignal>
#include <cstdio>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {
int fail(const QString &message)
{
    std::fprintf(stderr, "omnium-ticketd: error: %s\n", qPrintable(message));
    return 2;
}

void quitOnSignal(int)
{
    QCoreApplication::quit();
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Omnium"_s);
    QCoreApplication::setApplicationName(u"omnium-ticketd"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(OMNIUM_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Omnium's ticketing backend: ticket types, signed ticket codes, gate redemptions and a signed ledger, "
        "over a JSON HTTP API (see docs/ticketd-api.md)."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listenOption(
        u"listen"_s, u"Address to listen on (default 127.0.0.1)."_s, u"address"_s, u"127.0.0.1"_s);
    const QCommandLineOption portOption(
        u"port"_s, u"TCP port (default 8740; 0 picks a free one)."_s, u"port"_s, u"8740"_s);
    const QCommandLineOption databaseOption(
        u"database"_s, u"SQLite database file (default: ticketd.sqlite in the data folder)."_s, u"file"_s);
    const QCommandLineOption tokenOption(
        u"token-file"_s, u"File holding the accepted bearer tokens, one a line (required)."_s, u"file"_s);
    const QCommandLineOption maxBodyOption(
        u"max-body"_s, u"Largest request body in bytes (default 65536)."_s, u"bytes"_s, u"65536"_s);
    const QCommandLineOption rotateOption(u"rotate-key"_s,
        u"Make a new signing key current (old keys keep verifying), then exit. A running server uses it at once."_s);
    const QCommandLineOption revokeOption(u"revoke-key"_s,
        u"Revoke a compromised signing key: none of its codes is honoured any more; the valid tickets it signed "
        "get new codes (listed). Then exit."_s,
        u"key id"_s);
    const QCommandLineOption maxConnectionsOption(u"max-connections"_s,
        u"Most connections open at once (default 256); one client address gets a quarter of them."_s, u"count"_s,
        u"256"_s);
    const QCommandLineOption idleOption(u"idle-timeout"_s,
        u"Seconds after which a silent connection, or a request still arriving, is closed (default 30)."_s,
        u"seconds"_s, u"30"_s);
    const QCommandLineOption tlsOption(u"tls"_s,
        u"Serve HTTPS on a loopback address too (any other address always gets HTTPS), with the certificate made at "
        "first start next to the database."_s);
    const QCommandLineOption pairOption(u"pair"_s,
        u"Print the pairing code for the first token of this scope (gate, box-office or admin) and exit; give the "
        "address clients reach the server at with --url."_s,
        u"scope"_s);
    const QCommandLineOption urlOption(
        u"url"_s, u"The server's address as clients reach it, for --pair (https://HOST:PORT)."_s, u"url"_s);
    const QCommandLineOption sealOption(u"seal-key-file"_s,
        u"File holding the key that seals the signing keys in the database (default: the database's name "
        "+ .seal-key, made at first start). Keep it off the database's backups."_s,
        u"file"_s);
    parser.addOptions({sealOption, listenOption, portOption, databaseOption, tokenOption, maxBodyOption, rotateOption,
        revokeOption, maxConnectionsOption, idleOption, tlsOption, pairOption, urlOption});
    parser.process(app);

    if (!TicketCrypto::initialize())
        return fail(u"libsodium could not be initialised"_s);

    QHostAddress address;
    if (!address.setAddress(parser.value(listenOption)))
        return fail(u"--listen: \"%1\" is not an IP address"_s.arg(parser.value(listenOption)));
    // Beyond this computer, tokens, codes and names never cross the network in clear.
    const bool tls = parser.isSet(tlsOption) || !address.isLoopback() || parser.isSet(pairOption);
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return fail(u"--port: \"%1\" is not a port number (0–65535)"_s.arg(parser.value(portOption)));
    const qint64 maxBody = parser.value(maxBodyOption).toLongLong(&ok);
    if (!ok || maxBody < 1024 || maxBody > 64 * 1024 * 1024)
        return fail(u"--max-body: expected a number of bytes between 1024 and 67108864"_s);
    const int maxConnections = parser.value(maxConnectionsOption).toInt(&ok);
    if (!ok || maxConnections < 4 || maxConnections > 100000)
        return fail(u"--max-connections: expected a number between 4 and 100000"_s);
    const int idleSeconds = parser.value(idleOption).toInt(&ok);
    if (!ok || idleSeconds < 1 || idleSeconds > 3600)
        return fail(u"--idle-timeout: expected a number of seconds between 1 and 3600"_s);

    // Everything this process creates (database, WAL, head file) is its user's alone: the
    // database holds the signing keys.
    ::umask(0077);
    QString databaseFile = parser.value(databaseOption);
    if (databaseFile.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        if (!QDir().mkpath(folder))
            return fail(u"cannot create the data folder %1"_s.arg(folder));
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        databaseFile = QDir(folder).filePath(u"ticketd.sqlite"_s);
    }
    for (const QString &file : QStringList {databaseFile, databaseFile + u"-wal"_s, databaseFile + u"-shm"_s}) {
        if (QFile::exists(file) && (QFile::permissions(file) & (QFileDevice::ReadOther | QFileDevice::ReadGroup)))
            return fail(u"%1 is readable by other users and holds the signing keys: chmod 600 it (and check who "
                        "read it; revoke the keys with --revoke-key if in doubt)"_s.arg(file));
    }
    TicketDatabase database(Clock::system());
    if (parser.isSet(sealOption))
        database.setSealKeyFile(parser.value(sealOption));
    QString error;
    if (!database.open(databaseFile, &error))
        return fail(error);
    if (parser.isSet(rotateOption)) {
        const auto outcome = database.rotateKey();
        if (outcome.status != 200)
            return fail(outcome.message);
        std::printf("omnium-ticketd: key %d is now current\n", int(database.currentKeyId()));
        return 0;
    }
    if (parser.isSet(revokeOption)) {
        const uint keyId = parser.value(revokeOption).toUInt(&ok);
        const auto outcome = ok && keyId <= 65535
            ? database.revokeKey(quint16(keyId))
            : TicketDatabase::Outcome {422, u"invalid"_s, u"--revoke-key: expected a key id (0–65535)"_s, {}};
        if (outcome.status != 200)
            return fail(outcome.message);
        const QJsonArray reissued = outcome.body.value(u"reissued"_s).toArray();
        std::printf("omnium-ticketd: key %u revoked; key %d is current; %d ticket(s) re-issued, to send again:\n",
            keyId, int(database.currentKeyId()), int(reissued.size()));
        for (const QJsonValue &ticket : reissued)
            std::printf("%s\n", qPrintable(ticket.toObject().value(u"id"_s).toString()));
        return 0;
    }
    if (!database.ledgerProblem().isEmpty())
        std::fprintf(stderr, "omnium-ticketd: error: the ledger does not verify (%s): serving read-only\n",
            qPrintable(database.ledgerProblem()));

    if (!parser.isSet(tokenOption))
        return fail(u"--token-file is required: a file with the bearer token(s) clients must send"_s);
    QFile tokenFile(parser.value(tokenOption));
    if (!tokenFile.open(QIODevice::ReadOnly))
        return fail(u"--token-file: cannot read %1: %2"_s.arg(tokenFile.fileName(), tokenFile.errorString()));
    const auto tokens = AccessToken::parseFile(tokenFile.readAll(), &error);
    if (!tokens)
        return fail(u"--token-file: %1: %2"_s.arg(tokenFile.fileName(), error));
    if (tokenFile.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup))
        return fail(u"--token-file: %1 is readable by other users: chmod 600 it"_s.arg(tokenFile.fileName()));

    std::optional<TlsIdentity> identity;
    if (tls) {
        identity = TlsIdentity::loadOrCreate(databaseFile, &error);
        if (!identity)
            return fail(error);
    }
    if (parser.isSet(pairOption)) {
        const auto scope = AccessToken::scopeFromName(parser.value(pairOption));
        if (!scope)
            return fail(u"--pair: expected gate, box-office or admin"_s);
        const auto token = std::find_if(
            tokens->cbegin(), tokens->cend(), [&scope](const AccessToken &t) { return t.scope == *scope; });
        if (token == tokens->cend())
            return fail(u"--pair: %1 holds no %2 token"_s.arg(tokenFile.fileName(), parser.value(pairOption)));
        const TicketingPairing pairing {
            QUrl(parser.value(urlOption)), identity->fingerprint(), QString::fromLatin1(token->secret)};
        const QString code = pairing.toString();
        if (!TicketingPairing::parse(code, &error))
            return fail(u"--url: %1"_s.arg(error));
        std::printf("%s\n", qPrintable(code));
        return 0;
    }

    LimitedTcpServer::Limits limits;
    limits.maxBodyBytes = maxBody;
    limits.maxConnections = maxConnections;
    limits.idleTimeoutMs = idleSeconds * 1000;
    limits.requestTimeoutMs = idleSeconds * 1000;
    auto *tcp = new LimitedTcpServer(limits);
    if (identity) {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(identity->certificate);
        configuration.setPrivateKey(identity->key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        configuration.setProtocol(QSsl::TlsV1_2OrLater);
        tcp->setTls(configuration);
    }
    if (!tcp->listen(address, quint16(port)))
        return fail(u"cannot listen on %1:%2: %3"_s.arg(address.toString()).arg(port).arg(tcp->errorString()));
    TicketServer server(&database, tokenFile.fileName(), maxBody);
    tcp->setParent(&server);
    if (!server.bind(tcp))
        return fail(u"cannot start the HTTP server"_s);

    std::signal(SIGTERM, quitOnSignal);
    std::signal(SIGINT, quitOnSignal);
    const QString host
        = address.protocol() == QAbstractSocket::IPv6Protocol ? u"[%1]"_s.arg(address.toString()) : address.toString();
    const QString certificate
        = identity ? u", certificate SHA-256 "_s + QString::fromLatin1(identity->fingerprint().toHex()) : QString();
    std::printf("omnium-ticketd: listening on %s://%s:%d (database %s%s)\n", identity ? "https" : "http",
        qPrintable(host), int(tcp->serverPort()), qPrintable(databaseFile), qPrintable(certificate));
    std::fflush(stdout);
    return app.exec();
}
