// SPDX-License-Identifier: GPL-3.0-or-later
// The "Venue server" form's logic against a real PostgreSQL started by the test
// (tools/venue-server in a temporary folder): "Test connection" names each failure the
// organiser must act on differently, and the password is kept where only this user reads it.
#include "../store/venueserverprocess.h"
#include "core/clock.h"
#include "shell/venuecredentials.h"
#include "shell/venueservercontroller.h"
#include "store/databaseurl.h"
#include "store/schema.h"
#include "store/store.h"
#include "testdatabase.h"

#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

class TestVenueServerController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<VenueServerProcess> m_server;
    DatabaseUrl m_url;

    // A database of its own on the test's server, prepared by `prepare` (SQL run there).
    QString databaseWith(const QString &name, const QStringList &prepare)
    {
        const QString url = testDatabaseOn(m_server->url(), name);
        const QString connection = u"prepare-"_s + name;
        {
            QString problem;
            auto db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
            DatabaseUrl::parse(url, &problem).configure(db);
            if (!db.open())
                qFatal("%s", qPrintable(db.lastError().text()));
            for (const QString &sql : prepare) {
                QSqlQuery query(db);
                if (!query.exec(sql))
                    qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return url;
    }

    void fill(VenueServerController &form, const QString &host, int port, const QString &database, const QString &user,
        bool tls)
    {
        form.setProperty("host", host);
        form.setProperty("port", port);
        form.setProperty("databaseName", database);
        form.setProperty("user", user);
        form.setProperty("tls", tls);
        form.setProperty("deskName", u"Results desk"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QSettings().remove(u"venueServer"_s);
        QFile::remove(VenueCredentials::filePath());
        if (!VenueServerProcess::available())
            QSKIP("PostgreSQL or Qt's QPSQL driver is not installed");
        m_server = VenueServerProcess::startIn(m_dir.path());
        QVERIFY2(!m_server->url().isEmpty(), qPrintable(m_server->errors()));
        QString problem;
        m_url = DatabaseUrl::parse(m_server->url(), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanupTestCase()
    {
        if (m_server)
            m_server->run(u"stop"_s);
        QFile::remove(VenueCredentials::filePath());
    }

    // Each row: the form as the organiser fills it in, what the test finds and a word of its message.
    void testConnection_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("portOffset"); // from the test server's port
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("tls");
        QTest::addColumn<VenueServerController::Status>("status");
        QTest::addColumn<QString>("says");

        using S = VenueServerController::Status;
        QTest::newRow("empty database") << u"localhost"_s << 0 << u"fresh"_s << u"omnium"_s << false << S::Ready
                                        << u"The database is empty"_s;
        QTest::newRow("current") << u"localhost"_s << 0 << u"current"_s << u"omnium"_s << false << S::Ready
                                 << u"ready"_s;
        QTest::newRow("older") << u"localhost"_s << 0 << u"older"_s << u"omnium"_s << false << S::Older
                               << u"older Omnium"_s;
        QTest::newRow("newer") << u"localhost"_s << 0 << u"newer"_s << u"omnium"_s << false << S::TooNew
                               << u"newer version of Omnium"_s;
        QTest::newRow("another program's") << u"localhost"_s << 0 << u"invoicing"_s << u"omnium"_s << false
                                           << S::Foreign << u"another program's tables"_s;
        QTest::newRow("refused") << u"127.0.0.1"_s << 1 << u"fresh"_s << u"omnium"_s << false << S::Refused
                                 << u"refused the connection"_s;
        QTest::newRow("authentication") << u"localhost"_s << 0 << u"fresh"_s << u"nobody"_s << false
                                        << S::Authentication << u"user name or password"_s;
        QTest::newRow("TLS") << u"localhost"_s << 0 << u"fresh"_s << u"omnium"_s << true << S::Tls
                             << u"encrypted (TLS) connection"_s;
        QTest::newRow("no such database")
            << u"localhost"_s << 0 << u"missing"_s << u"omnium"_s << false << S::NoDatabase << u"no such database"_s;
        QTest::newRow("no database name")
            << u"localhost"_s << 0 << QString() << u"omnium"_s << false << S::Invalid << u"no database name"_s;
    }

    void testConnection()
    {
        QFETCH(QString, host);
        QFETCH(int, portOffset);
        QFETCH(QString, database);
        QFETCH(QString, user);
        QFETCH(bool, tls);
        QFETCH(VenueServerController::Status, status);
        QFETCH(QString, says);

        // The server's databases, each as its row needs it.
        const int latest = Schema::latestVersion();
        if (database == u"fresh"_s)
            databaseWith(database, {});
        if (database == u"current"_s || database == u"older"_s) {
            Store store(Clock::system());
            Database older;
            if (database == u"older"_s)
                QVERIFY(!older.open(testDatabaseOn(m_server->url(), database), latest - 1));
            else
                QVERIFY(!store.open(testDatabaseOn(m_server->url(), database)));
        }
        if (database == u"newer"_s)
            databaseWith(database,
                {u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"_s,
                    u"DELETE FROM schema_version"_s, u"INSERT INTO schema_version VALUES (%1)"_s.arg(latest + 1)});
        if (database == u"invoicing"_s)
            databaseWith(database, {u"CREATE TABLE IF NOT EXISTS invoices (id INTEGER)"_s});

        VenueServerController form;
        fill(form, host, m_url.port + portOffset, database, user, tls);
        form.testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(!form.busy(), 15000);
        QVERIFY2(form.message().contains(says), qPrintable(form.message()));
        QCOMPARE(form.status(), status);
        // The test changes nothing there: an empty database stays empty.
        if (database == u"fresh"_s && status == VenueServerController::Status::Ready) {
            form.testConnection();
            QTRY_VERIFY_WITH_TIMEOUT(!form.busy(), 15000);
            QCOMPARE(form.status(), VenueServerController::Status::Ready);
            QVERIFY(form.message().contains(u"The database is empty"_s));
        }
    }

    // A host that is not this computer gets TLS whatever the box says; a local one may go without.
    void tlsIsRequiredOffThisComputer()
    {
        VenueServerController form;
        fill(form, u"192.168.10.2"_s, 5432, u"velodrome"_s, u"results_desk"_s, false);
        QVERIFY(form.tlsRequired());
        QCOMPARE(form.url(), u"postgresql://results_desk@192.168.10.2:5432/velodrome?sslmode=require"_s);
        fill(form, u"localhost"_s, 5432, u"velodrome"_s, u"results_desk"_s, false);
        QVERIFY(!form.tlsRequired());
        QCOMPARE(form.url(), u"postgresql://results_desk@localhost:5432/velodrome"_s);
    }

    // Without a keychain service the password goes to a file only this user may read or write
    // (mode 0600, checked on the file itself), and --database's URL without a password then
    // opens with it; the form's URL and the remembered settings never hold it.
    void passwordFileIsTheUsersOnly()
    {
        QFile::remove(VenueCredentials::filePath());
        VenueCredentials file(VenueCredentials::Where::File);
        QString error;
        QVERIFY2(file.write(u"omnium@venue.example:5432/velodrome"_s, u"s3cret:@/"_s, &error), qPrintable(error));
        QVERIFY2(file.write(u"badges@venue.example:5432/velodrome"_s, u"other"_s, &error), qPrintable(error));
        struct stat info {};
        QCOMPARE(::stat(QFile::encodeName(VenueCredentials::filePath()).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);
        QCOMPARE(file.read(u"omnium@venue.example:5432/velodrome"_s), u"s3cret:@/"_s);
        QCOMPARE(file.read(u"badges@venue.example:5432/velodrome"_s), u"other"_s);
        QCOMPARE(file.read(u"nobody@venue.example:5432/velodrome"_s), QString());

        const QString url = u"postgresql://omnium@venue.example:5432/velodrome?sslmode=require"_s;
        QString problem;
        const DatabaseUrl opened = DatabaseUrl::parse(file.withStoredPassword(url), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(opened.password, u"s3cret:@/"_s);
        QCOMPARE(opened.display(), url);
    }

    // "Connect" keeps the password typed (the keychain here if one runs, else the file), and a
    // server URL without it then opens: the same path as Open… and --database.
    void connectKeepsThePasswordAndOpens()
    {
        QFile::remove(VenueCredentials::filePath());
        VenueServerController form;
        fill(form, u"localhost"_s, m_url.port, u"kept"_s, u"omnium"_s, false);
        form.setProperty("password", u"typed once"_s);
        QVERIFY(form.prepareConnect());
        QVERIFY(!form.url().contains(u"typed once"_s));
        QCOMPARE(VenueCredentials().withStoredPassword(form.url()).contains(u"typed%20once"_s), true);
        if (VenueCredentials::available() == VenueCredentials::Where::File) {
            QVERIFY(QFileInfo::exists(VenueCredentials::filePath()));
            QCOMPARE(QFileInfo(VenueCredentials::filePath()).permissions() & 0x0077, QFile::Permissions());
        }
        QVERIFY(!QSettings().value(u"venueServer/password"_s).isValid());

        // The next form starts from the address connected to.
        VenueServerController next;
        QCOMPARE(next.url(), form.url());
        QCOMPARE(next.property("deskName").toString(), u"Results desk"_s);

        // A trust server ignores the password: the URL opens as --database would open it.
        testDatabaseOn(m_server->url(), u"kept"_s);
        Store store(Clock::system());
        QVERIFY(!store.open(VenueCredentials().withStoredPassword(form.url())));
        QCOMPARE(store.path(), form.url());

        // A desk with no name is not connected.
        form.setProperty("deskName", u"  "_s);
        QVERIFY(!form.prepareConnect());
        QCOMPARE(form.status(), VenueServerController::Status::Invalid);
    }

    // "Move this tournament to the venue server": the laptop's file into the form's database,
    // once; a second time the database holds it and the move is refused.
    void moveTournamentFromTheForm()
    {
        const QString file = m_dir.filePath(u"laptop.sqlite"_s);
        {
            Store laptop(Clock::system());
            QVERIFY(!laptop.open(file));
            QVERIFY(!laptop.run(CommandLabel::verbatim(u"Add Kazuki"_s), [](StoreTransaction &tx) {
                tx.insert(u"tournaments"_s, {{u"name"_s, u"Omnium Open"_s}});
                tx.insert(u"players"_s, {{u"tag"_s, u"Kazuki"_s}});
            }));
        }
        databaseWith(u"formmove"_s, {});
        VenueServerController form;
        fill(form, u"localhost"_s, m_url.port, u"formmove"_s, u"omnium"_s, false);
        form.moveTournament(file);
        QVERIFY(form.busy());
        QTRY_VERIFY_WITH_TIMEOUT(!form.busy(), 30000);
        QCOMPARE(form.status(), VenueServerController::Status::Moved);
        Store desk(Clock::system());
        QVERIFY(!desk.open(form.url()));
        auto players = desk.select(u"SELECT tag FROM players"_s);
        QVERIFY(players.next());
        QCOMPARE(players.value(0).toString(), u"Kazuki"_s);

        form.moveTournament(file);
        QTRY_VERIFY_WITH_TIMEOUT(!form.busy(), 30000);
        QCOMPARE(form.status(), VenueServerController::Status::Failed);
        QVERIFY2(form.message().contains(u"already holds a tournament"_s), qPrintable(form.message()));

        // And back into a file of this laptop.
        const QString back = m_dir.filePath(u"back.sqlite"_s);
        form.copyToFile(QUrl::fromLocalFile(back));
        QTRY_VERIFY_WITH_TIMEOUT(!form.busy(), 30000);
        QCOMPARE(form.status(), VenueServerController::Status::Moved);
        Store again(Clock::system());
        QVERIFY(!again.open(back));
        auto copied = again.select(u"SELECT tag FROM players"_s);
        QVERIFY(copied.next());
        QCOMPARE(copied.value(0).toString(), u"Kazuki"_s);
    }
};

QTEST_GUILESS_MAIN(TestVenueServerController)
#include "tst_venueservercontroller.moc"
