// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/databaseurl.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

// A database named `name` on the server at URL `server` (created if missing), as a URL.
inline QString testDatabaseOn(const QString &server, const QString &name)
{
    using namespace Qt::StringLiterals;
    QString problem;
    DatabaseUrl url = DatabaseUrl::parse(server, &problem);
    Q_ASSERT_X(problem.isEmpty(), "OMNIUM_TEST_POSTGRES", qPrintable(problem));
    const QString connection = QUuid::createUuid().toString();
    {
        auto admin = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        url.configure(admin);
        if (!admin.open())
            qFatal("OMNIUM_TEST_POSTGRES: %s", qPrintable(admin.lastError().text()));
        QSqlQuery query(admin);
        query.prepare(u"SELECT 1 FROM pg_database WHERE datname = ?"_s);
        query.addBindValue(name);
        query.exec();
        if (!query.next() && !query.exec(u"CREATE DATABASE %1 TEMPLATE template0"_s.arg(name)))
            qFatal("OMNIUM_TEST_POSTGRES: %s", qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(connection);
    url.databaseName = name;
    return url.display();
}

// The database a test opens for the SQLite file at path: that file, or — when
// OMNIUM_TEST_POSTGRES names a venue server (the "postgres" ctest label runs the same test
// programs again on one that the venue_server fixture started) — a database of its own on
// that server, named after the path, so a test that opens one file twice opens one database.
inline QString testDatabase(const QString &path)
{
    using namespace Qt::StringLiterals;
    const QString server = qEnvironmentVariable("OMNIUM_TEST_POSTGRES");
    if (server.isEmpty())
        return path;
    return testDatabaseOn(server,
        u"t_"_s
            + QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Md5).toHex().left(20)));
}

// True when the tests run on a venue server (some checks are about SQLite files only).
inline bool testOnServer()
{
    return !qEnvironmentVariableIsEmpty("OMNIUM_TEST_POSTGRES");
}
