// SPDX-License-Identifier: GPL-3.0-or-later
// omnium-ticketd: the reference ticketing backend a venue can run itself.

#include "core/clock.h"
#include "ticketdatabase.h"
#include "ticketing/ticketcrypto.h"
#include "ticketserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QStandardPaths>

#include <csignal>
#include <cstdio>

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
    const QCommandLineOption rotateOption(
        u"rotate-key"_s, u"Make a new signing key current (old keys keep verifying), then exit."_s);
    parser.addOptions({listenOption, portOption, databaseOption, tokenOption, maxBodyOption, rotateOption});
    parser.process(app);

    if (!TicketCrypto::initialize())
        return fail(u"libsodium could not be initialised"_s);

    QHostAddress address;
    if (!address.setAddress(parser.value(listenOption)))
        return fail(u"--listen: \"%1\" is not an IP address"_s.arg(parser.value(listenOption)));
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return fail(u"--port: \"%1\" is not a port number (0–65535)"_s.arg(parser.value(portOption)));
    const qint64 maxBody = parser.value(maxBodyOption).toLongLong(&ok);
    if (!ok || maxBody < 1024 || maxBody > 64 * 1024 * 1024)
        return fail(u"--max-body: expected a number of bytes between 1024 and 67108864"_s);

    QString databaseFile = parser.value(databaseOption);
    if (databaseFile.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        if (!QDir().mkpath(folder))
            return fail(u"cannot create the data folder %1"_s.arg(folder));
        databaseFile = QDir(folder).filePath(u"ticketd.sqlite"_s);
    }
    TicketDatabase database(Clock::system());
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

    if (!parser.isSet(tokenOption))
        return fail(u"--token-file is required: a file with the bearer token(s) clients must send"_s);
    QFile tokenFile(parser.value(tokenOption));
    if (!tokenFile.open(QIODevice::ReadOnly))
        return fail(u"--token-file: cannot read %1: %2"_s.arg(tokenFile.fileName(), tokenFile.errorString()));
    QByteArrayList tokens;
    for (const QByteArray &line : tokenFile.readAll().split('\n')) {
        const QByteArray token = line.trimmed();
        if (token.isEmpty() || token.startsWith('#'))
            continue;
        if (token.size() < 16)
            return fail(u"--token-file: %1 holds a token shorter than 16 characters"_s.arg(tokenFile.fileName()));
        tokens.append(token);
    }
    if (tokens.isEmpty())
        return fail(u"--token-file: %1 holds no token"_s.arg(tokenFile.fileName()));
    if (tokenFile.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup))
        std::fprintf(stderr, "omnium-ticketd: warning: %s is readable by other users (chmod 600 it)\n",
            qPrintable(tokenFile.fileName()));

    auto *tcp = new LimitedTcpServer(maxBody + 16 * 1024);
    if (!tcp->listen(address, quint16(port)))
        return fail(u"cannot listen on %1:%2: %3"_s.arg(address.toString()).arg(port).arg(tcp->errorString()));
    TicketServer server(&database, tokens, maxBody);
    tcp->setParent(&server);
    if (!server.bind(tcp))
        return fail(u"cannot start the HTTP server"_s);

    std::signal(SIGTERM, quitOnSignal);
    std::signal(SIGINT, quitOnSignal);
    const QString host
        = address.protocol() == QAbstractSocket::IPv6Protocol ? u"[%1]"_s.arg(address.toString()) : address.toString();
    std::printf("omnium-ticketd: listening on http://%s:%d (database %s)\n", qPrintable(host), int(tcp->serverPort()),
        qPrintable(databaseFile));
    std::fflush(stdout);
    return app.exec();
}
