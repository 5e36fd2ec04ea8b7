// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/databaseurl.h"

#include <QTest>

using namespace Qt::StringLiterals;

// --database postgresql://…: what each part becomes, and a clear refusal naming what is wrong.
class TestDatabaseUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("sslMode");
        QTest::addColumn<QString>("display");

        QTest::newRow("local, default port")
            << u"postgresql://desk@localhost/weekly"_s << u"localhost"_s << 5432 << u"desk"_s << QString()
            << u"weekly"_s << QString() << u"postgresql://desk@localhost:5432/weekly"_s;
        QTest::newRow("loopback address and port")
            << u"postgres://desk:secret@127.0.0.1:54320/omnium"_s << u"127.0.0.1"_s << 54320 << u"desk"_s << u"secret"_s
            << u"omnium"_s << QString() << u"postgresql://desk@127.0.0.1:54320/omnium"_s;
        QTest::newRow("socket folder") << u"postgresql://omnium@/omnium?host=/tmp/venue"_s << u"/tmp/venue"_s << 5432
                                       << u"omnium"_s << QString() << u"omnium"_s << QString()
                                       << u"postgresql://omnium@:5432/omnium?host=/tmp/venue"_s;
        QTest::newRow("remote with TLS") << u"postgresql://results:pw@db.velodrome.fr:5433/major?sslmode=verify-full"_s
                                         << u"db.velodrome.fr"_s << 5433 << u"results"_s << u"pw"_s << u"major"_s
                                         << u"verify-full"_s
                                         << u"postgresql://results@db.velodrome.fr:5433/major?sslmode=verify-full"_s;
    }

    void parses()
    {
        QFETCH(QString, text);
        QString error;
        const auto url = DatabaseUrl::parse(text, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTEST(url.host, "host");
        QTEST(url.port, "port");
        QTEST(url.user, "user");
        QTEST(url.password, "password");
        QTEST(url.databaseName, "database");
        QTEST(url.sslMode, "sslMode");
        QTEST(url.display(), "display");
        QVERIFY(!url.display().contains(u"secret"_s));
        QVERIFY(DatabaseUrl::isServer(text));
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("names"); // what the message must name

        QTest::newRow("a file") << u"/home/desk/omnium.sqlite"_s << u"postgresql://"_s;
        QTest::newRow("no database") << u"postgresql://desk@localhost"_s << u"no database name"_s;
        QTest::newRow("no host") << u"postgresql://desk@/weekly"_s << u"no host"_s;
        QTest::newRow("bad port") << u"postgresql://desk@localhost:abc/weekly"_s << u"localhost:abc"_s;
        QTest::newRow("remote without TLS") << u"postgresql://desk@db.velodrome.fr/weekly"_s << u"sslmode=require"_s;
        QTest::newRow("remote with weak TLS")
            << u"postgresql://desk@10.0.0.5/weekly?sslmode=prefer"_s << u"sslmode=require"_s;
        QTest::newRow("unknown sslmode") << u"postgresql://desk@localhost/weekly?sslmode=yes"_s << u"“yes”"_s;
        QTest::newRow("unknown parameter") << u"postgresql://desk@localhost/weekly?timeout=3"_s << u"“timeout”"_s;
        QTest::newRow("password hidden") << u"postgresql://desk:hunter2@db.example/weekly"_s << u"sslmode"_s;
    }

    void refuses()
    {
        QFETCH(QString, text);
        QFETCH(QString, names);
        QString error;
        const auto url = DatabaseUrl::parse(text, &error);
        QVERIFY(url.host.isEmpty());
        QVERIFY2(error.contains(names), qPrintable(error));
        QVERIFY2(!error.contains(u"hunter2"_s), qPrintable(error));
    }

    void localHosts()
    {
        DatabaseUrl url;
        for (const auto &host : {u"localhost"_s, u"127.0.0.1"_s, u"::1"_s, u"/run/postgresql"_s}) {
            url.host = host;
            QVERIFY2(url.isLocal(), qPrintable(host));
        }
        for (const auto &host : {u"db.local"_s, u"192.168.1.10"_s, u"127.example.org"_s}) {
            url.host = host;
            QVERIFY2(!url.isLocal(), qPrintable(host));
        }
    }
};

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
