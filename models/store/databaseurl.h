// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSqlDatabase;

// Where a venue's shared database is: a PostgreSQL server named by a libpq-style URL,
// postgresql://user[:password]@host[:port]/dbname[?sslmode=require][&host=/socket/folder].
// Anything else given as --database is an SQLite file (one laptop, the default). A remote
// server must be reached over TLS (sslmode require, verify-ca or verify-full); a local host
// (localhost, a loopback address or a Unix socket folder) may go without.
class DatabaseUrl
{
public:
    // True when text names a server (postgresql:// or postgres://), not a file.
    static bool isServer(const QString &text);
    // The URL's parts, or an empty host with *error saying what is wrong in the text.
    static DatabaseUrl parse(const QString &text, QString *error);

    QString host; // a name, an address, or a Unix socket folder (starts with '/')
    int port = 5432;
    QString user; // empty: libpq's default (the system user)
    QString password; // empty: libpq looks in ~/.pgpass (a file readable only by the user)
    QString databaseName;
    QString sslMode; // empty on a local host: libpq's default

    bool isLocal() const;
    // The URL without its password: what the window title and messages show.
    QString display() const;
    // Sets a QPSQL connection's parameters (not opened).
    void configure(QSqlDatabase &db) const;
    // Any text given as a server address, its password hidden (for messages and logs).
    static QString withoutPassword(const QString &text);
};
