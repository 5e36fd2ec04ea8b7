// SPDX-License-Identifier: GPL-3.0-or-later
// The team list import and export (TeamImport, TeamImportController): roster columns by role,
// every bad line named with its number and nothing stored, matching the teams already there,
// one undoable command, and an export that imports back to the same rows.
#include "core/clock.h"
#include "registration/playercontroller.h"
#include "registration/teamimportcontroller.h"
#include "store/store.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QStringList rows(Store &store, const QString &sql)
{
    QStringList out;
    auto query = store.select(sql);
    while (query.next()) {
        QStringList values;
        for (int i = 0; query.value(i).isValid(); ++i)
            values << query.value(i).toString();
        out << values.join(u'|');
    }
    return out;
}

const QString rosters
    = u"SELECT t.name, COALESCE(t.tag, ''), COALESCE(t.notes, ''), p.tag, m.role FROM team_members m "
      "JOIN teams t ON t.id = m.team_id JOIN players p ON p.id = m.player_id ORDER BY t.name, p.tag"_s;

} // namespace

class TestTeamImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    // A store with the players Alice, Bob, Chloé, Dario, Emma.
    std::unique_ptr<Store> playersStore()
    {
        auto store = std::make_unique<Store>(Clock::system());
        if (store->open(m_dir.filePath(u"t%1.sqlite"_s.arg(++m_counter))))
            return nullptr;
        PlayerController players(*store);
        for (const auto &tag : {u"Alice"_s, u"Bob"_s, u"Chloé"_s, u"Dario"_s, u"Emma"_s})
            players.addPlayer({{u"tag"_s, tag}});
        return store;
    }

private Q_SLOTS:
    void rosterColumnsByRole()
    {
        const auto import
            = TeamImport::fromCsv("Équipe;Sigle;Capitaine;Joueur 1;Joueur 2;Remplaçant;Coach;Commentaire\n"
                                  "Ça Gère;CG;alice;Bob;;chloe;Dario;\"deux\nlignes\"\n");
        QCOMPARE(import.columns().size(), 8);
        const auto result = import.validate({{u"alice"_s, 1}, {u"bob"_s, 2}, {u"chloe"_s, 3}, {u"dario"_s, 4}});
        QVERIFY(result.problems.isEmpty());
        QCOMPARE(result.teams.size(), 1);
        const auto &team = result.teams.first();
        QCOMPARE(team.name, u"Ça Gère"_s);
        QCOMPARE(team.tag.toString(), u"CG"_s);
        QCOMPARE(team.notes.toString(), u"deux\nlignes"_s);
        QStringList roster;
        for (const auto &member : team.members)
            roster << u"%1:%2:%3"_s.arg(member.playerId).arg(member.tag, member.role);
        QCOMPARE(roster,
            (QStringList {u"1:alice:captain"_s, u"2:Bob:player"_s, u"3:chloe:substitute"_s, u"4:Dario:coach"_s}));
    }

    void badLinesAreNamed_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("problems");
        QTest::newRow("unknown player, empty name, twice, control character")
            << QByteArray("team,captain,player\nA,Alice,Zed\n,Bob,\nA,Chloé,\nB,Dario,dario\nC\x1b,Emma,\n")
            << QStringList {u"Line 2: no player has the gamer tag “Zed”; import the players first"_s,
                   u"Line 3: the team name is empty"_s, u"Line 5: dario is in the roster twice"_s,
                   u"Line 6: the team name contains a control character (U+001b)"_s};
        QTest::newRow("the same team twice") << QByteArray("team,captain\nA,Alice\na,Bob\n")
                                             << QStringList {u"Line 3: the team a is already on line 2"_s};
        QTest::newRow("a player list") << QByteArray("tag,name,country,team\nAlice,Alice M,FR,A\n")
                                       << QStringList {
                                              u"Line 1: the file looks like a player list (it has a "
                                              "“country” column and no roster column): import it as players"_s};
        QTest::newRow("no team column") << QByteArray("captain,player\nAlice,Bob\n")
                                        << QStringList {u"Line 1: no column gives the team name (team, team name)"_s};
        QTest::newRow("empty file") << QByteArray() << QStringList {u"Line 1: the file is empty"_s};
        QTest::newRow("a short line") << QByteArray("team,captain\nA,Alice,Bob\n")
                                      << QStringList {u"Line 2: 3 fields where the header has 2"_s};
    }

    // All or nothing: any bad line and nothing is stored, each line named as the page shows it.
    void badLinesAreNamed()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, problems);
        const auto store = playersStore();
        QVERIFY(store);
        TeamImportController teams(*store);
        teams.readImport(csv);
        QCOMPARE(teams.importState().value(u"problems"_s).toStringList(), problems);
        QSignalSpy messages(&teams, &TeamImportController::message);
        QVERIFY(!teams.commitImport());
        QVERIFY(messages.at(0).at(0).toString().contains(u"Nothing"_s));
        QCOMPARE(rows(*store, u"SELECT COUNT(*) FROM teams"_s), QStringList {u"0"_s});
    }

    // A file imported twice adds no team twice; a changed file updates tag, notes and roles,
    // adds members and takes nobody off; keep-existing leaves those teams alone.
    void matchesTeamsAlreadyThere()
    {
        const auto store = playersStore();
        QVERIFY(store);
        PlayerController players(*store);
        const qint64 old = players.addTeam({{u"name"_s, u"Vélo Club"_s}});
        QVERIFY(players.setMember(old, 5, u"player"_s)); // Emma, not in the file
        TeamImportController teams(*store);
        const QByteArray csv
            = "team,tag,captain,player,notes\nLes Rapides,RPD,Alice,Bob,\nvelo club,VC,Chloé,Dario,2019\n";
        teams.readImport(csv);
        QCOMPARE(teams.importState().value(u"newTeams"_s).toInt(), 1);
        QCOMPARE(teams.importState().value(u"updates"_s).toInt(), 1);
        QCOMPARE(teams.importState().value(u"unchanged"_s).toInt(), 0);
        QVERIFY(teams.commitImport(false)); // keep existing: only Les Rapides
        QCOMPARE(rows(*store, rosters),
            (QStringList {
                u"Les Rapides|RPD||Alice|captain"_s, u"Les Rapides|RPD||Bob|player"_s, u"Vélo Club|||Emma|player"_s}));
        teams.readImport(csv);
        QCOMPARE(teams.importState().value(u"unchanged"_s).toInt(), 1);
        QCOMPARE(teams.importState().value(u"updates"_s).toInt(), 1);
        QVERIFY(teams.commitImport(true));
        QCOMPARE(store->undoText(), u"Undo: import 2 team(s)"_s);
        QCOMPARE(rows(*store, rosters),
            (QStringList {u"Les Rapides|RPD||Alice|captain"_s, u"Les Rapides|RPD||Bob|player"_s,
                u"Vélo Club|VC|2019|Chloé|captain"_s, u"Vélo Club|VC|2019|Dario|player"_s,
                u"Vélo Club|VC|2019|Emma|player"_s}));
        QCOMPARE(rows(*store, u"SELECT COUNT(*) FROM teams"_s), QStringList {u"2"_s});
        teams.readImport(csv);
        QCOMPARE(teams.importState().value(u"unchanged"_s).toInt(), 2);
        QVERIFY(store->undo());
        QCOMPARE(rows(*store, rosters).size(), 3);
    }

    // The export imports back into another database to the same rosters; a name a spreadsheet
    // would run as a formula is written neutralised and read back as it was.
    void exportImportsBack()
    {
        const auto from = playersStore();
        QVERIFY(from);
        TeamImportController teams(*from);
        teams.readImport(
            "team,tag,captain,player,player 2,substitute,coach\n=HYPERLINK(\"x\"),+1,Alice,Bob,Chloé,Dario,"
            "Emma\nSolo,,,,,,Alice\n");
        QVERIFY(teams.importState().value(u"problems"_s).toStringList().isEmpty());
        QVERIFY(teams.commitImport());
        const QByteArray csv = teams.exportCsv();
        QVERIFY2(csv.startsWith("team,tag,captain,player,player 2,substitute,coach,notes\r\n"), csv.constData());
        QVERIFY2(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""), csv.constData());
        const auto to = playersStore();
        QVERIFY(to);
        TeamImportController again(*to);
        again.readImport(csv);
        QVERIFY(again.importState().value(u"problems"_s).toStringList().isEmpty());
        QVERIFY(again.commitImport());
        QCOMPARE(rows(*to, rosters), rows(*from, rosters));
        QCOMPARE(rows(*to, rosters).first(), u"=HYPERLINK(\"x\")|+1||Alice|captain"_s);
    }
};

QTEST_GUILESS_MAIN(TestTeamImport)
#include "tst_teamimport.moc"
