// SPDX-License-Identifier: GPL-3.0-or-later
// omnium-cli as a process on real database files: every command's --json output has the shape
// docs/cli.md documents, every command refuses a bad input with exit 2 (or 3, 4) and a message
// naming it, and a refused command leaves the database exactly as it was (sqlite3 .dump).
#include "clicommand.h"
#include "clitest.h"

#include "ticketing/redemptionqueue.h"
#include "ticketing/ticketcode.h"
#include "ticketing/ticketcrypto.h"
#include "ticketing/ticketkeyset.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_base; // players imported, an event with 8 checked-in entrants, 2 stations, a bracket
    QString m_archive;
    int m_copies = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString freshCopy() { return copyDatabase(m_base, path(u"copy%1.sqlite"_s.arg(++m_copies))); }

    // Runs a command that must succeed.
    QByteArray ok(const QStringList &arguments)
    {
        const CliRun run = runCli(arguments);
        if (run.code != 0)
            qWarning().noquote() << arguments.join(u' ') << "exited" << run.code << QString::fromUtf8(run.err);
        return run.code == 0 ? run.out : QByteArray();
    }

    // The arguments with DB, CSV, TEAMS, ARCHIVE, DIR replaced by this run's files.
    QStringList expand(QStringList arguments, const QString &db) const
    {
        for (auto &argument : arguments) {
            argument.replace(u"DB"_s, db).replace(u"CSV"_s, QStringLiteral(OMNIUM_SOURCE_DIR "/tests/cli/players.csv"));
            argument.replace(u"TEAMS"_s, QStringLiteral(OMNIUM_SOURCE_DIR "/tests/cli/teams.csv"));
            argument.replace(u"ARCHIVE"_s, m_archive).replace(u"DIR"_s, m_dir.path());
        }
        return arguments;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_base = path(u"base.sqlite"_s);
        const QStringList db {u"--database"_s, m_base};
        QVERIFY(!ok(QStringList {u"players"_s, u"import"_s, expand({u"CSV"_s}, {}).first()} + db).isEmpty());
        QVERIFY(!ok(QStringList {u"event"_s, u"add"_s, u"--tournament"_s, u"Weekly"_s, u"--name"_s, u"SF6"_s} + db)
                .isEmpty());
        QVERIFY(!ok(QStringList {u"event"_s, u"register"_s, u"--all"_s} + db).isEmpty());
        for (const auto &tag :
            {u"Alice"_s, u"Bob"_s, u"Chloé"_s, u"Dario"_s, u"Emma"_s, u"Farid"_s, u"Gwen"_s, u"Hugo"_s})
            QVERIFY(!ok(QStringList {u"checkin"_s, tag} + db).isEmpty());
        QVERIFY(!ok(QStringList {u"event"_s, u"seed"_s, u"--by"_s, u"rating"_s} + db).isEmpty());
        QVERIFY(!ok(QStringList {u"schedule"_s, u"add-station"_s, u"--number"_s, u"1"_s} + db).isEmpty());
        QVERIFY(!ok(QStringList {u"schedule"_s, u"add-station"_s, u"--number"_s, u"2"_s} + db).isEmpty());
        QVERIFY(!ok(QStringList {u"event"_s, u"create"_s, u"--event"_s, u"1"_s, u"--format"_s, u"double"_s} + db)
                .isEmpty());
        m_archive = path(u"base.omnium"_s);
        QVERIFY(!ok(QStringList {u"archive"_s, u"export"_s, m_archive} + db).isEmpty());
    }

    // Every command that documents --json, run on a copy of the base database.
    void jsonShapes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("players import") << QStringList {u"players"_s, u"import"_s, u"CSV"_s, u"--dry-run"_s};
        QTest::newRow("players list") << QStringList {u"players"_s, u"list"_s};
        QTest::newRow("teams import") << QStringList {u"teams"_s, u"import"_s, u"TEAMS"_s, u"--dry-run"_s};
        QTest::newRow("teams list") << QStringList {u"teams"_s, u"list"_s};
        QTest::newRow("checkin") << QStringList {u"checkin"_s, u"Alice"_s};
        QTest::newRow("event add") << QStringList {
            u"event"_s, u"add"_s, u"--tournament"_s, u"1"_s, u"--name"_s, u"Tekken"_s};
        QTest::newRow("event list") << QStringList {u"event"_s, u"list"_s};
        QTest::newRow("event register") << QStringList {u"event"_s, u"register"_s, u"--all"_s};
        QTest::newRow("event seed") << QStringList {
            u"event"_s, u"seed"_s, u"--by"_s, u"random"_s, u"--random-seed"_s, u"4"_s};
        QTest::newRow("event close-checkin") << QStringList {u"event"_s, u"close-checkin"_s, u"--yes"_s};
        QTest::newRow("event standings") << QStringList {u"event"_s, u"standings"_s};
        QTest::newRow("archive check") << QStringList {u"archive"_s, u"check"_s, u"ARCHIVE"_s};
        QTest::newRow("archive import") << QStringList {u"archive"_s, u"import"_s, u"ARCHIVE"_s};
        QTest::newRow("backup list") << QStringList {u"backup"_s, u"list"_s};
        QTest::newRow("backup create") << QStringList {u"backup"_s, u"create"_s};
        QTest::newRow("schedule status") << QStringList {u"schedule"_s, u"status"_s};
        QTest::newRow("schedule call") << QStringList {
            u"schedule"_s, u"call"_s, u"--station"_s, u"1"_s, u"--match"_s, u"3"_s};
        QTest::newRow("schedule add-station") << QStringList {u"schedule"_s, u"add-station"_s, u"--number"_s, u"3"_s};
        QTest::newRow("badges pdf") << QStringList {u"badges"_s, u"pdf"_s, u"DIR/b.pdf"_s, u"--size"_s, u"A7"_s};
    }

    void jsonShapes()
    {
        QFETCH(QStringList, arguments);
        const QString db = freshCopy();
        if (arguments.startsWith(u"backup"_s) && arguments.at(1) == u"list"_s)
            QVERIFY(!ok({u"backup"_s, u"create"_s, u"--database"_s, db}).isEmpty());
        const QString name = QString::fromUtf8(QTest::currentDataTag());
        const CliCommand *command = nullptr;
        for (const auto &c : cliCommands())
            if (c.name() == name)
                command = &c;
        QVERIFY2(command && !command->json.isEmpty(), "the command documents no --json");
        const CliRun run = runCli(expand(arguments, db) + QStringList {u"--json"_s, u"--database"_s, db});
        QVERIFY2(run.code == 0, run.err.constData());
        QJsonParseError error;
        const QJsonDocument actual = QJsonDocument::fromJson(run.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, run.out.constData());
        const QJsonDocument documented = QJsonDocument::fromJson(command->json.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, "the documented example is not JSON");
        const QJsonValue a = actual.isArray() ? QJsonValue(actual.array()) : QJsonValue(actual.object());
        const QJsonValue d = documented.isArray() ? QJsonValue(documented.array()) : QJsonValue(documented.object());
        if (a.isArray())
            QVERIFY2(!a.toArray().isEmpty(), "an empty list proves no shape: the scenario must give rows");
        const QString difference = shapeDifference(d, a);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    // A bad input per command: the exit code, a message naming the input, and no change at all.
    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("named");
        const auto row = [](const char *name, const QStringList &arguments, int code, const QString &named) {
            QTest::newRow(name) << arguments << code << named;
        };
        row("players import: bad line", {u"players"_s, u"import"_s, u"DIR/bad.csv"_s}, 2, u"Line 3"_s);
        row("players import: no file", {u"players"_s, u"import"_s, u"DIR/none.csv"_s}, 4, u"none.csv"_s);
        row("players import: format", {u"players"_s, u"import"_s, u"CSV"_s, u"--format"_s, u"startgg"_s}, 2,
            u"--format startgg"_s);
        row("players export: option", {u"players"_s, u"export"_s, u"--colour"_s}, 2, u"colour"_s);
        row("players list: option", {u"players"_s, u"list"_s, u"--serch"_s, u"x"_s}, 2, u"serch"_s);
        row("teams import: bad line", {u"teams"_s, u"import"_s, u"DIR/badteams.csv"_s}, 2,
            u"Line 3: no player has the gamer tag “Zed”"_s);
        row("teams import: no file", {u"teams"_s, u"import"_s, u"DIR/none.csv"_s}, 4, u"none.csv"_s);
        row("teams import: a player list", {u"teams"_s, u"import"_s, u"CSV"_s}, 2, u"player list"_s);
        row("teams export: option", {u"teams"_s, u"export"_s, u"--colour"_s}, 2, u"colour"_s);
        row("teams list: option", {u"teams"_s, u"list"_s, u"--sort"_s, u"name"_s}, 2, u"sort"_s);
        row("checkin: nobody", {u"checkin"_s, u"Zed"_s}, 2, u"Zed"_s);
        row("checkin: badge", {u"checkin"_s, u"000000000000"_s}, 2, u"000000000000"_s);
        row("event add: name", {u"event"_s, u"add"_s, u"--tournament"_s, u"1"_s}, 2, u"--name"_s);
        row("event list: option", {u"event"_s, u"list"_s, u"--all"_s}, 2, u"all"_s);
        row("event register: player", {u"event"_s, u"register"_s, u"Zed"_s}, 2, u"Zed"_s);
        row("event seed: by", {u"event"_s, u"seed"_s, u"--by"_s, u"elo"_s}, 2, u"elo"_s);
        row("event close-checkin: confirm", {u"event"_s, u"close-checkin"_s, u"--event"_s, u"1"_s}, 3, u"--yes"_s);
        row("event create: format", {u"event"_s, u"create"_s, u"--event"_s, u"1"_s, u"--format"_s, u"triple"_s}, 2,
            u"triple"_s);
        row("event report: match", {u"event"_s, u"report"_s, u"--match"_s, u"9999"_s, u"--winner"_s, u"1"_s}, 2,
            u"9999"_s);
        row("event advance: top", {u"event"_s, u"advance"_s, u"--format"_s, u"single"_s}, 2, u"--top"_s);
        row("event standings: event", {u"event"_s, u"standings"_s, u"--event"_s, u"77"_s}, 2, u"77"_s);
        row("event export: out", {u"event"_s, u"export"_s}, 2, u"--out"_s);
        row("archive export: tournament", {u"archive"_s, u"export"_s, u"DIR/x.omnium"_s, u"--tournament"_s, u"77"_s}, 2,
            u"77"_s);
        row("archive check: not zip", {u"archive"_s, u"check"_s, u"CSV"_s}, 4, u"players.csv"_s);
        row("archive import: policy", {u"archive"_s, u"import"_s, u"ARCHIVE"_s, u"--policy"_s, u"mix"_s}, 2, u"mix"_s);
        row("backup list: option", {u"backup"_s, u"list"_s, u"--old"_s}, 2, u"old"_s);
        row("backup create: argument option", {u"backup"_s, u"create"_s, u"--reason"_s, u"x"_s}, 2, u"reason"_s);
        row("backup restore: id", {u"backup"_s, u"restore"_s, u"nope"_s, u"--yes"_s}, 2, u"nope"_s);
        row("schedule status: tournament", {u"schedule"_s, u"status"_s, u"--tournament"_s, u"77"_s}, 2, u"77"_s);
        row("schedule call: station", {u"schedule"_s, u"call"_s, u"--station"_s, u"99"_s}, 2, u"99"_s);
        row("schedule add-station: number", {u"schedule"_s, u"add-station"_s, u"--number"_s, u"one"_s}, 2, u"one"_s);
        row("badges pdf: size", {u"badges"_s, u"pdf"_s, u"DIR/b.pdf"_s, u"--size"_s, u"B5"_s}, 2, u"B5"_s);
        row("unknown command", {u"players"_s, u"fly"_s}, 2, u"players fly"_s);
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, named);
        QFile bad(path(u"bad.csv"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("tag,email\nZoe,zoe@example.org\nYann,not-an-address\n");
        bad.close();
        QFile badTeams(path(u"badteams.csv"_s));
        QVERIFY(badTeams.open(QIODevice::WriteOnly));
        badTeams.write("team,captain,player\nLes Rapides,Alice,Bob\nNouvelle Vague,Zed,Gwen\n");
        badTeams.close();
        const QString db = freshCopy();
        const QByteArray before = dumpDatabase(db);
        QVERIFY(before.contains("INSERT INTO players"));
        const CliRun run = runCli(expand(arguments, db) + QStringList {u"--database"_s, db});
        QCOMPARE(run.code, code);
        QVERIFY2(QString::fromUtf8(run.err).contains(named), run.err.constData());
        QCOMPARE(dumpDatabase(db), before);
    }

    // teams import stores the file's rosters; teams export gives a file that imports back unchanged.
    void teamsImportAndExport()
    {
        const QString db = freshCopy();
        const QStringList database {u"--database"_s, db};
        QVERIFY(!ok(QStringList {u"teams"_s, u"import"_s, expand({u"TEAMS"_s}, db).first()} + database).isEmpty());
        const QJsonArray teams
            = QJsonDocument::fromJson(ok(QStringList {u"teams"_s, u"list"_s, u"--json"_s} + database)).array();
        QCOMPARE(teams.size(), 3);
        QStringList rosters;
        for (const auto &team : teams) {
            QStringList members;
            for (const auto &member : team[u"members"_s].toArray())
                members << member[u"tag"_s].toString() + u':' + member[u"role"_s].toString();
            rosters << team[u"tag"_s].toString() + u' ' + members.join(u',');
        }
        QCOMPARE(rosters,
            (QStringList {u"RPD Alice:captain,Bob:player,Emma:player"_s, u"NV Gwen:captain,Hugo:player"_s,
                u"VC Chloé:captain,Dario:player,Farid:substitute"_s}));
        const QString exported = path(u"teams-export.csv"_s);
        QVERIFY(ok(QStringList {u"teams"_s, u"export"_s, exported} + database).isEmpty());
        QCOMPARE(ok(QStringList {u"teams"_s, u"export"_s} + database), [&] {
            QFile file(exported);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }());
        const QByteArray before = dumpDatabase(db);
        const QJsonObject again
            = QJsonDocument::fromJson(ok(QStringList {u"teams"_s, u"import"_s, exported, u"--json"_s} + database))
                  .object();
        QCOMPARE(again[u"unchanged"_s].toInt(), 3);
        QCOMPARE(again[u"newTeams"_s].toInt() + again[u"updates"_s].toInt(), 0);
        QCOMPARE(dumpDatabase(db), before); // nothing written, not even an empty undo step
    }

    // Its messages follow the app's language: "system" (the default) is the locale's, French for
    // fr_*; the Settings page's choice overrides the locale. The JSON keys stay as documented.
    void messagesInTheAppsLanguage()
    {
        QFile bad(path(u"badteams.csv"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("team,captain\nLes Rapides,Alice\nNouvelle Vague,Zed\n");
        bad.close();
        const QString db = freshCopy();
        const QStringList arguments {u"teams"_s, u"import"_s, bad.fileName(), u"--database"_s, db};
        const CliRun french = runCli(arguments, {u"LC_ALL=fr_FR.UTF-8"_s});
        QCOMPARE(french.code, 2);
        QVERIFY2(french.err.contains("Ligne 3 : aucun joueur n’a le pseudo « Zed » ; importez d’abord les joueurs"),
            french.err.constData());
        const QByteArray summary
            = "omnium-cli: " + bad.fileName().toUtf8() + " : 1 ligne doit être corrigée ; rien n’a été importé";
        QVERIFY2(french.err.contains(summary), french.err.constData());
        const CliRun json = runCli(arguments + QStringList {u"--json"_s}, {u"LC_ALL=fr_FR.UTF-8"_s});
        QCOMPARE(QJsonDocument::fromJson(json.out)[u"problems"_s][0][u"line"_s].toInt(), 3);
        const CliRun english = runCli(arguments, {u"LC_ALL=C.UTF-8"_s});
        QVERIFY2(english.err.contains("Line 3: no player has the gamer tag “Zed”"), english.err.constData());
        // The app set to English on a French system: English.
        QDir(path(u"settings/Omnium"_s)).mkpath(u"."_s);
        QFile settings(path(u"settings/Omnium/omnium.conf"_s));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[ui]\nlanguage=en\n");
        settings.close();
        const CliRun chosen = runCli(arguments, {u"LC_ALL=fr_FR.UTF-8"_s, u"XDG_CONFIG_HOME="_s + path(u"settings"_s)});
        QVERIFY2(chosen.err.contains("Line 3: no player has the gamer tag “Zed”"), chosen.err.constData());
    }

    void missingDatabaseIsAFileError()
    {
        const CliRun run = runCli({u"players"_s, u"list"_s, u"--database"_s, path(u"none.sqlite"_s)});
        QCOMPARE(run.code, 4);
        QVERIFY(run.err.contains("none.sqlite"));
        QVERIFY(!QFile::exists(path(u"none.sqlite"_s)));
    }

    // Options may come before the command too: the same run, not 'unknown command'.
    void optionsBeforeTheCommand()
    {
        const QStringList options {u"--database"_s, m_base, u"--json"_s};
        const QByteArray after = ok(QStringList {u"players"_s, u"list"_s} + options);
        QVERIFY(!after.isEmpty());
        QCOMPARE(ok(options + QStringList {u"players"_s, u"list"_s}), after);
        QCOMPARE(ok(QStringList {u"--json"_s, u"event"_s, u"standings"_s, u"--database"_s, m_base}),
            ok(QStringList {u"event"_s, u"standings"_s, u"--json"_s, u"--database"_s, m_base}));
    }

    // The gate's queue with the key that signed a ticket: the scan is decided offline, as at the Gate page.
    void gateScan()
    {
        const auto key = TicketCrypto::generateKeyPair();
        const QString queueFile = path(u"gate.sqlite"_s);
        {
            RedemptionQueue queue;
            QVERIFY(queue.open(queueFile));
            TicketKeySet keys;
            keys.insert({1, key.publicKey, {}, {}, {}});
            QVERIFY(queue.setValue(u"keys"_s, QString::fromUtf8(QJsonDocument(keys.toJson()).toJson())));
        }
        TicketPayload payload;
        payload.keyId = 1;
        payload.ticketId = 77;
        payload.ticketTypeId = 1;
        payload.eventId = 7;
        payload.validFrom = QDateTime::currentDateTimeUtc().addSecs(-60);
        payload.validUntil = QDateTime::currentDateTimeUtc().addSecs(3600);
        const QString code = TicketCode::issue(payload, key.secretKey);
        const QStringList queue {u"--gate-queue"_s, queueFile};
        const CliRun verified = runCli(QStringList {u"tickets"_s, u"verify"_s, code, u"--json"_s} + queue);
        QVERIFY2(verified.code == 0, verified.err.constData());
        QVERIFY(QJsonDocument::fromJson(verified.out).object().value(u"valid"_s).toBool());
        const CliRun first = runCli(QStringList {u"gate"_s, u"scan"_s, code, u"--json"_s} + queue);
        QVERIFY2(first.code == 0, first.err.constData());
        QJsonDocument documented;
        for (const auto &command : cliCommands())
            if (command.name() == u"gate scan"_s)
                documented = QJsonDocument::fromJson(command.json.toUtf8());
        const QString difference = shapeDifference(documented.object(), QJsonDocument::fromJson(first.out).object());
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QVERIFY(QJsonDocument::fromJson(first.out).object().value(u"accepted"_s).toBool());
        // Verifying admitted nobody: the scan was this gate's first entry.
        QCOMPARE(QJsonDocument::fromJson(first.out).object().value(u"acceptedHere"_s).toInt(), 1);
        const CliRun usedNow = runCli(QStringList {u"tickets"_s, u"verify"_s, code} + queue);
        QCOMPARE(usedNow.code, 5);
        QVERIFY2(usedNow.err.contains("Already used"), usedNow.err.constData());
        const CliRun again = runCli(QStringList {u"gate"_s, u"scan"_s, code} + queue);
        QCOMPARE(again.code, 5);
        QVERIFY2(again.err.contains("Already used"), again.err.constData());
        const CliRun garbage = runCli(QStringList {u"gate"_s, u"scan"_s, u"hello"_s} + queue);
        QCOMPARE(garbage.code, 5);
        QVERIFY2(garbage.err.contains("Not a ticket code"), garbage.err.constData());
        const CliRun missing = runCli(QStringList {u"gate"_s, u"scan"_s} + queue);
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains("CODE"));
    }

    void helpForEveryCommand()
    {
        for (const auto &command : cliCommands()) {
            const CliRun run = runCli(command.name().split(u' ') + QStringList {u"--help"_s});
            QCOMPARE(run.code, 0);
            QVERIFY2(run.out.contains((u"omnium-cli "_s + command.name()).toUtf8()), qPrintable(command.name()));
            for (const auto &option : command.options)
                QVERIFY2(run.out.contains((u"--"_s + option.name).toUtf8()),
                    qPrintable(command.name() + u" --"_s + option.name));
        }
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
