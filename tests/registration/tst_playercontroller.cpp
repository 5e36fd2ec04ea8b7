// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"
#include "registration/csvreader.h"
#include "registration/eventcontroller.h"
#include "registration/playercontroller.h"
#include "store/store.h"
#include "testdatabase.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

class TestPlayerController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock {QDateTime(QDate(2026, 11, 28), QTime(9, 0), QTimeZone::UTC)};
    int m_counter = 0;

    int count(Store &store, const QString &sql)
    {
        auto query = store.select(sql);
        return query.next() ? query.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void playersAndDuplicates()
    {
        Store store(m_clock);
        QVERIFY(!store.open(testDatabase(m_dir.filePath(u"p%1.sqlite"_s.arg(++m_counter)))));
        PlayerController players(store);
        const qint64 id
            = players.addPlayer({{u"tag"_s, u"  Kayané "_s}, {u"email"_s, u"K@example.org"_s}, {u"name"_s, u""_s}});
        QVERIFY(id != 0);
        auto query = store.select(u"SELECT tag, name FROM players WHERE id = ?"_s, {id});
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"Kayané"_s);
        QVERIFY(query.value(1).isNull());

        QCOMPARE(players.duplicateWarnings(u"KAYANE"_s, QString()).size(), 1);
        QCOMPARE(players.duplicateWarnings(u"other"_s, u"k@example.org"_s).size(), 1);
        QVERIFY(players.duplicateWarnings(u"Kayané"_s, u"k@example.org"_s, id).isEmpty());

        QCOMPARE(players.addPlayer({{u"tag"_s, u"   "_s}}), 0);
        QCOMPARE(store.lastError().kind, StoreError::Kind::Invalid);

        QVERIFY(players.updatePlayer(id, 1, {{u"rating"_s, 1800}}));
        QVERIFY(!players.updatePlayer(id, 1, {{u"rating"_s, 1900}})); // stale
        QCOMPARE(store.lastError().kind, StoreError::Kind::Stale);
    }

    void teamsAndDependents()
    {
        Store store(m_clock);
        QVERIFY(!store.open(testDatabase(m_dir.filePath(u"p%1.sqlite"_s.arg(++m_counter)))));
        PlayerController players(store);
        const qint64 player = players.addPlayer({{u"tag"_s, u"Mena"_s}});
        const qint64 team = players.addTeam({{u"name"_s, u"Ça Gère"_s}, {u"tag"_s, u"CG"_s}});
        QVERIFY(players.setMember(team, player, u"player"_s));
        QVERIFY(players.setMember(team, player, u"captain"_s)); // role change, not a second row
        QVERIFY(!players.setMember(team, player, u"mascot"_s));
        QCOMPARE(count(store, u"SELECT COUNT(*) FROM team_members WHERE role = 'captain'"_s), 1);
        QCOMPARE(players.dependentsText(u"players"_s, player), u"1 team membership(s)"_s);
        QVERIFY(players.removePlayer(player, 1));
        QCOMPARE(count(store, u"SELECT COUNT(*) FROM team_members"_s), 0);
        QVERIFY(store.undo());
        QCOMPARE(count(store, u"SELECT COUNT(*) FROM team_members WHERE role = 'captain'"_s), 1);
    }

    void importIsAllOrNothing()
    {
        Store store(m_clock);
        QVERIFY(!store.open(testDatabase(m_dir.filePath(u"p%1.sqlite"_s.arg(++m_counter)))));
        PlayerController players(store);
        QByteArray csv = "tag,team\n";
        for (int i = 0; i < 200; ++i)
            csv += (i == 150 ? QByteArray() : "P" + QByteArray::number(i)) + ",Team " + QByteArray::number(i % 4)
                + "\n";
        players.readImport(csv);
        QCOMPARE(players.importState().value(u"problems"_s).toList().size(), 1);
        QCOMPARE(players.importState().value(u"problems"_s).toList().at(0).toString(),
            u"Line 152: the gamer tag is empty"_s);
        QSignalSpy messages(&players, &PlayerController::message);
        QVERIFY(!players.commitImport());
        QCOMPARE(count(store, u"SELECT COUNT(*) FROM players"_s), 0);
        QVERIFY(messages.at(0).at(0).toString().contains(u"Nothing was imported"_s));

        csv.replace("\n,Team 2\n", "\nP150,Team 2\n");
        players.readImport(csv);
        QVERIFY(players.importState().value(u"problems"_s).toList().isEmpty());
        QVERIFY(players.commitImport());
        QCOMPARE(count(store, u"SELECT COUNT(*) FROM players"_s), 200);
        QCOMPARE(count(store, u"SELECT COUNT(*) FROM teams"_s), 4);
        QCOMPARE(count(store, u"SELECT COUNT(*) FROM team_members"_s), 200);
        QCOMPARE(store.undoText(), u"Undo: import 200 player(s)"_s);

        // Export and read back.
        const auto table = CsvReader::read(players.exportCsv());
        QCOMPARE(table.records.size(), 200);
        QCOMPARE(table.header.first(), u"tag"_s);

        QVERIFY(store.undo());
        QCOMPARE(count(store, u"SELECT COUNT(*) FROM players"_s), 0);
        QCOMPARE(count(store, u"SELECT COUNT(*) FROM teams"_s), 0);
    }

    // The same file imported twice adds no one twice: rows match the players already there
    // (e-mail, else tag), counted before importing as new, unchanged or with other details,
    // and the organiser chooses whether those details update the players.
    void importTwiceMatchesExisting()
    {
        Store store(m_clock);
        QVERIFY(!store.open(testDatabase(m_dir.filePath(u"p%1.sqlite"_s.arg(++m_counter)))));
        PlayerController players(store);
        QByteArray csv = "tag,email,country,team\n";
        for (int i = 0; i < 200; ++i)
            csv += "P" + QByteArray::number(i) + ",p" + QByteArray::number(i) + "@x.fr,FR,Team "
                + QByteArray::number(i % 4) + "\n";
        players.readImport(csv);
        QCOMPARE(players.importState().value(u"newPlayers"_s).toInt(), 200);
        QVERIFY(players.commitImport());
        QCOMPARE(count(store, u"SELECT COUNT(*) FROM players"_s), 200);

        players.readImport(csv);
        QCOMPARE(players.importState().value(u"newPlayers"_s).toInt(), 0);
        QCOMPARE(players.importState().value(u"unchanged"_s).toInt(), 200);
        QCOMPARE(players.importState().value(u"updates"_s).toInt(), 0);
        QVERIFY(players.commitImport());
        QCOMPARE(count(store, u"SELECT COUNT(*) FROM players"_s), 200);
        QCOMPARE(count(store, u"SELECT COUNT(*) FROM team_members"_s), 200);

        // P1 moved to Belgium, P2 is now "Pdeux" (same e-mail), p3 typed in lower case; one newcomer.
        QByteArray changed = csv;
        changed.replace("P1,p1@x.fr,FR", "P1,p1@x.fr,BE");
        changed.replace("P2,p2@x.fr,FR", "Pdeux,p2@x.fr,FR");
        changed.replace("P3,p3@x.fr,FR", "p3,,FR");
        changed += "Nouvelle,n@x.fr,FR,Team 0\n";
        players.readImport(changed);
        QCOMPARE(players.importState().value(u"newPlayers"_s).toInt(), 1);
        QCOMPARE(players.importState().value(u"updates"_s).toInt(), 3);
        QCOMPARE(players.importState().value(u"unchanged"_s).toInt(), 197);
        QVERIFY(players.commitImport(false)); // only the new one
        QCOMPARE(count(store, u"SELECT COUNT(*) FROM players"_s), 201);
        QCOMPARE(count(store, u"SELECT COUNT(*) FROM players WHERE country = 'BE'"_s), 0);
        QVERIFY(store.undo());
        players.readImport(changed);
        QVERIFY(players.commitImport(true));
        QCOMPARE(count(store, u"SELECT COUNT(*) FROM players"_s), 201);
        QCOMPARE(count(store, u"SELECT COUNT(*) FROM players WHERE tag = 'P1' AND country = 'BE'"_s), 1);
        QCOMPARE(count(store, u"SELECT COUNT(*) FROM players WHERE tag = 'Pdeux' AND email = 'p2@x.fr'"_s), 1);
        QCOMPARE(count(store, u"SELECT COUNT(*) FROM players WHERE tag = 'p3' AND email = 'p3@x.fr'"_s), 1);
    }

    // A typed tag, name, team or tournament name with a control character is refused.
    void controlCharactersRefused()
    {
        Store store(m_clock);
        QVERIFY(!store.open(testDatabase(m_dir.filePath(u"p%1.sqlite"_s.arg(++m_counter)))));
        PlayerController players(store);
        EventController events(store);
        QCOMPARE(players.addPlayer({{u"tag"_s, u"Nul\0Tag"_s}}), 0);
        QVERIFY2(store.lastErrorMessage().contains(u"control character"_s), qPrintable(store.lastErrorMessage()));
        QCOMPARE(players.addPlayer({{u"tag"_s, u"Ok"_s},
                     {u"name"_s,
                         u"A\x07"
                         u"B"_s}}),
            0);
        QCOMPARE(players.addTeam({{u"name"_s, u"Team\x1b"_s}}), 0);
        QVERIFY2(store.lastErrorMessage().contains(u"team name"_s), qPrintable(store.lastErrorMessage()));
        QCOMPARE(events.addTournament({{u"name"_s, u"Weekly\n2"_s}}), 0);
        QCOMPARE(count(store, u"SELECT COUNT(*) FROM players"_s) + count(store, u"SELECT COUNT(*) FROM teams"_s)
                + count(store, u"SELECT COUNT(*) FROM tournaments"_s),
            0);
        QVERIFY(players.addPlayer({{u"tag"_s, u"Yuki 田中"_s}, {u"notes"_s, u"Ligne 1\nLigne 2"_s}}) > 0);
    }

    void editPlayer_data()
    {
        QTest::addColumn<QVariantMap>("values");
        QTest::addColumn<QString>("error"); // empty: saved
        QTest::addColumn<QString>("column");
        QTest::addColumn<QVariant>("stored");
        QTest::newRow("real name") << QVariantMap {{u"name"_s, u" Ryota Inoue "_s}} << QString() << u"name"_s
                                   << QVariant(u"Ryota Inoue"_s);
        QTest::newRow("country code") << QVariantMap {{u"country"_s, u"jp"_s}} << QString() << u"country"_s
                                      << QVariant(u"JP"_s);
        QTest::newRow("country in French")
            << QVariantMap {{u"country"_s, u"Belgique"_s}} << QString() << u"country"_s << QVariant(u"BE"_s);
        QTest::newRow("country cleared") << QVariantMap {{u"country"_s, u""_s}} << QString() << u"country"_s
                                         << QVariant();
        QTest::newRow("bad country") << QVariantMap {{u"country"_s, u"Atlantis"_s}} << u"not a country"_s
                                     << u"country"_s << QVariant(u"FR"_s);
        QTest::newRow("bad e-mail") << QVariantMap {{u"email"_s, u"kayane@"_s}} << u"not an e-mail"_s << u"email"_s
                                    << QVariant(u"k@example.org"_s);
        QTest::newRow("empty tag") << QVariantMap {{u"tag"_s, u" "_s}} << u"gamer tag is empty"_s << u"tag"_s
                                   << QVariant(u"Kayané"_s);
        QTest::newRow("rating with a comma")
            << QVariantMap {{u"rating"_s, u"1520,5"_s}} << QString() << u"rating"_s << QVariant(1520.5);
        QTest::newRow("phone and notes") << QVariantMap {{u"phone"_s, u"+33 6 00"_s}, {u"notes"_s, u"left-handed"_s}}
                                         << QString() << u"phone"_s << QVariant(u"+33 6 00"_s);
    }

    // Edits go through the same rules as new players and the import, as one undoable command.
    void editPlayer()
    {
        QFETCH(QVariantMap, values);
        QFETCH(QString, error);
        QFETCH(QString, column);
        QFETCH(QVariant, stored);
        Store store(m_clock);
        QVERIFY(!store.open(testDatabase(m_dir.filePath(u"p%1.sqlite"_s.arg(++m_counter)))));
        PlayerController players(store);
        const qint64 id
            = players.addPlayer({{u"tag"_s, u"Kayané"_s}, {u"country"_s, u"FR"_s}, {u"email"_s, u"k@example.org"_s}});
        QVERIFY(id != 0);
        QCOMPARE(players.updatePlayer(id, 1, values), error.isEmpty());
        if (!error.isEmpty()) {
            QCOMPARE(store.lastError().kind, StoreError::Kind::Invalid);
            QVERIFY2(store.lastError().message.contains(error), qPrintable(store.lastError().message));
        } else {
            QVERIFY(store.undoText().startsWith(u"Undo: edit player"_s));
        }
        auto query = store.select(u"SELECT %1, version FROM players WHERE id = ?"_s.arg(column), {id});
        QVERIFY(query.next());
        if (stored.isNull())
            QVERIFY(query.value(0).isNull());
        else
            QCOMPARE(query.value(0).toString(), stored.toString());
        QCOMPARE(query.value(1).toInt(), error.isEmpty() ? 2 : 1);
    }

    // A second desk still showing version 1 is refused with a message, and the first edit stays.
    void staleEditIsRefused()
    {
        Store store(m_clock);
        QVERIFY(!store.open(testDatabase(m_dir.filePath(u"p%1.sqlite"_s.arg(++m_counter)))));
        PlayerController players(store);
        const qint64 id = players.addPlayer({{u"tag"_s, u"Mena"_s}});
        const qint64 team = players.addTeam({{u"name"_s, u"Ça Gère"_s}});
        QVERIFY(players.updatePlayer(id, 1, {{u"name"_s, u"Menard"_s}}));
        QSignalSpy errors(&store, &Store::errorOccurred);
        QVERIFY(!players.updatePlayer(id, 1, {{u"name"_s, u"Other"_s}}));
        QCOMPARE(store.lastError().kind, StoreError::Kind::Stale);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.at(0).at(0).toString().contains(u"changed elsewhere"_s));
        auto query = store.select(u"SELECT name FROM players WHERE id = ?"_s, {id});
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"Menard"_s);
        QVERIFY(players.updateTeam(team, 1, {{u"tag"_s, u"CG"_s}}));
        QVERIFY(!players.updateTeam(team, 1, {{u"tag"_s, u"XX"_s}}));
        QCOMPARE(store.lastError().kind, StoreError::Kind::Stale);
        QVERIFY(!players.removeTeam(team, 1));
        QCOMPARE(store.lastError().kind, StoreError::Kind::Stale);
    }

    // The edit form warns about another player's tag or e-mail, never about the player itself.
    void duplicateWarningsOnEdit()
    {
        Store store(m_clock);
        QVERIFY(!store.open(testDatabase(m_dir.filePath(u"p%1.sqlite"_s.arg(++m_counter)))));
        PlayerController players(store);
        const qint64 kayane = players.addPlayer({{u"tag"_s, u"Kayané"_s}, {u"email"_s, u"k@example.org"_s}});
        const qint64 other = players.addPlayer({{u"tag"_s, u"Other"_s}});
        QVERIFY(players.duplicateWarnings(u"Kayané"_s, u"k@example.org"_s, kayane).isEmpty());
        QCOMPARE(players.duplicateWarnings(u"kayane"_s, u"K@EXAMPLE.ORG"_s, other).size(), 2);
        // A warning, not a refusal: two people may share a tag.
        QVERIFY(players.updatePlayer(other, 1, {{u"tag"_s, u"Kayane"_s}}));
    }

    void photosAndLogos()
    {
        Store store(m_clock);
        QVERIFY(!store.open(testDatabase(m_dir.filePath(u"p%1.sqlite"_s.arg(++m_counter)))));
        PlayerController players(store);
        const QByteArray png = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8"
                                                      "z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        const QString pngPath = m_dir.filePath(u"photo.png"_s);
        const QString textPath = m_dir.filePath(u"notes.txt"_s);
        for (const auto &[path, bytes] : {std::pair {pngPath, png}, std::pair {textPath, QByteArray("hello")}}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        const qint64 id = players.addPlayer({{u"tag"_s, u"Mena"_s}, {u"photo"_s, QUrl::fromLocalFile(pngPath)}});
        QVERIFY(id != 0);
        QCOMPARE(players.imageUrl(u"players"_s, id), u"data:image/png;base64,"_s + QString::fromLatin1(png.toBase64()));
        QVERIFY(!players.updatePlayer(id, 1, {{u"photo"_s, QUrl::fromLocalFile(textPath)}}));
        QVERIFY(store.lastError().message.contains(u"is not a PNG, JPEG"_s));
        QVERIFY(!players.updatePlayer(id, 1, {{u"photo"_s, QUrl::fromLocalFile(m_dir.filePath(u"gone.png"_s))}}));
        QVERIFY(store.lastError().message.contains(u"Cannot read the image"_s));
        QVERIFY(players.updatePlayer(id, 1, {{u"photo"_s, QString()}})); // removed
        QVERIFY(players.imageUrl(u"players"_s, id).isEmpty());
        QVERIFY(store.undo());
        QVERIFY(players.imageUrl(u"players"_s, id).startsWith(u"data:image/png"_s));

        const qint64 team = players.addTeam({{u"name"_s, u"Ça Gère"_s}, {u"logo"_s, pngPath}});
        QVERIFY(players.imageUrl(u"teams"_s, team).startsWith(u"data:image/png"_s));
        QCOMPARE(PlayerController::countryFlag(u"fr"_s), u"\U0001F1EB\U0001F1F7"_s);
        QVERIFY(PlayerController::countryFlag(u"F1"_s).isEmpty());
    }

    // The delete confirmation names everything that goes with the row, at every depth.
    void dependentsAtEveryDepth()
    {
        Store store(m_clock);
        QVERIFY(!store.open(testDatabase(m_dir.filePath(u"p%1.sqlite"_s.arg(++m_counter)))));
        PlayerController players(store);
        EventController events(store);
        const qint64 tournament = events.addTournament({{u"name"_s, u"Weekly"_s}});
        const qint64 sf6 = events.addEvent(tournament, {{u"name"_s, u"SF6"_s}});
        events.addEvent(tournament, {{u"name"_s, u"Tekken"_s}});
        const qint64 team = players.addTeam({{u"name"_s, u"Ça Gère"_s}});
        for (int i = 0; i < 3; ++i) {
            const qint64 player = players.addPlayer({{u"tag"_s, u"P%1"_s.arg(i)}});
            events.registerPlayer(sf6, player);
            players.setMember(team, player, u"player"_s);
        }
        QCOMPARE(players.dependentsText(u"tournaments"_s, tournament), u"2 event(s), 3 event registration(s)"_s);
        QCOMPARE(players.dependentsText(u"events"_s, sf6), u"3 event registration(s)"_s);
        QCOMPARE(players.dependentsText(u"teams"_s, team), u"3 team membership(s)"_s);
        QCOMPARE(players.dependentsText(u"players"_s, 1), u"1 event registration(s), 1 team membership(s)"_s);
    }
};

QTEST_GUILESS_MAIN(TestPlayerController)
#include "tst_playercontroller.moc"
