// SPDX-License-Identifier: GPL-3.0-or-later
#include "registration/playerimport.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestPlayerImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognisesLayouts_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("layout");
        QTest::addColumn<QVariantMap>("firstPlayer");

        QTest::newRow("start.gg attendees")
            << QByteArray("GamerTag,Prefix,First Name,Last Name,Email,Country\nMenaRD,FLY,Saul,Mena,m@x.org,Dominican "
                          "Republic\n")
            << int(PlayerImport::Layout::StartGg)
            << QVariantMap {{u"tag"_s, u"MenaRD"_s}, {u"name"_s, u"Saul Mena"_s}, {u"team"_s, u"FLY"_s},
                   {u"email"_s, u"m@x.org"_s}, {u"country"_s, u"DO"_s}};
        QTest::newRow("Challonge participants")
            << QByteArray("Seed,Name,Challonge Username,Email\n1,Kayané,kayane,\n")
            << int(PlayerImport::Layout::Challonge) << QVariantMap {{u"tag"_s, u"Kayané"_s}, {u"team"_s, u""_s}};
        QTest::newRow("French spreadsheet with semicolons")
            << QByteArray("Pseudo;Nom;Pays;Équipe;Classement\nFrançois;François Lebrun;France;Ça Gère;1500,5\n")
            << int(PlayerImport::Layout::Generic)
            << QVariantMap {{u"tag"_s, u"François"_s}, {u"name"_s, u"François Lebrun"_s}, {u"country"_s, u"FR"_s},
                   {u"team"_s, u"Ça Gère"_s}, {u"rating"_s, 1500.5}};
    }

    void recognisesLayouts()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, layout);
        QFETCH(QVariantMap, firstPlayer);
        const auto import = PlayerImport::fromCsv(bytes);
        QCOMPARE(int(import.layout()), layout);
        const auto result = import.validate();
        QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.value(0).reason));
        QCOMPARE(result.players.size(), 1);
        for (auto it = firstPlayer.cbegin(); it != firstPlayer.cend(); ++it)
            QCOMPARE(result.players.at(0).value(it.key()).toString(), it.value().toString());
    }

    void badRowsNameTheirLine()
    {
        const QByteArray csv = "tag,email,country,rating\n"
                               "Good,good@x.org,FR,1200\n"
                               ",nobody@x.org,FR,\n" // line 3: empty tag
                               "Twice,a@x.org,,\n"
                               "twice,b@x.org,,\n" // line 5: same tag (case-insensitive)
                               "Mail,not-an-email,,\n" // line 6
                               "Land,,Atlantis,\n" // line 7
                               "Rate,,,high\n" // line 8
                               "Short,x@y.org\n"; // line 9: wrong column count
        const auto result = PlayerImport::fromCsv(csv).validate();
        QStringList lines;
        for (const auto &problem : result.problems)
            lines << QString::number(problem.line);
        QCOMPARE(lines, (QStringList {u"3"_s, u"5"_s, u"6"_s, u"7"_s, u"8"_s, u"9"_s}));
        QVERIFY(result.problems.at(0).reason.contains(u"gamer tag is empty"_s));
        QVERIFY(result.problems.at(1).reason.contains(u"already on line 4"_s));
        QVERIFY(result.problems.at(3).reason.contains(u"Atlantis"_s));
    }

    // One e-mail per player, whatever its case: the later line is refused and names the first;
    // a line refused for another reason does not claim its e-mail.
    void duplicateEmailIsRefused_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QList<int>>("refusedLines");
        QTest::addColumn<QStringList>("acceptedTags");
        QTest::addColumn<QString>("reason");

        QTest::newRow("same spelling") << QByteArray("tag,email\nAnne,anne@x.org\nBruno,anne@x.org\n") << QList<int> {3}
                                       << QStringList {u"Anne"_s} << u"the e-mail anne@x.org is already on line 2"_s;
        QTest::newRow("capitals on the later line")
            << QByteArray("tag,email\nAnne,anne@x.org\nBruno,ANNE@X.org\n") << QList<int> {3} << QStringList {u"Anne"_s}
            << u"the e-mail ANNE@X.org is already on line 2"_s;
        QTest::newRow("capitals on the first line")
            << QByteArray("tag,email\nAnne,Anne@X.ORG\nBruno,anne@x.org\n") << QList<int> {3} << QStringList {u"Anne"_s}
            << u"the e-mail anne@x.org is already on line 2"_s;
        QTest::newRow("refused line keeps its e-mail free")
            << QByteArray("tag,email\nAnne,anne@x.org\nanne,bruno@x.org\nBruno,bruno@x.org\n") << QList<int> {3}
            << QStringList {u"Anne"_s, u"Bruno"_s} << u"the gamer tag anne is already on line 2"_s;
        QTest::newRow("different e-mails") << QByteArray("tag,email\nAnne,anne@x.org\nBruno,bruno@x.org\n")
                                           << QList<int> {} << QStringList {u"Anne"_s, u"Bruno"_s} << QString();
    }

    void duplicateEmailIsRefused()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QList<int>, refusedLines);
        QFETCH(QStringList, acceptedTags);
        QFETCH(QString, reason);
        const auto result = PlayerImport::fromCsv(csv).validate();
        QList<int> lines;
        for (const auto &problem : result.problems)
            lines << problem.line;
        QCOMPARE(lines, refusedLines);
        QStringList tags;
        for (const auto &player : result.players)
            tags << player.value(u"tag"_s).toString();
        QCOMPARE(tags, acceptedTags);
        QCOMPARE(result.problems.value(0).reason, reason);
    }

    void mappingCanBeChanged()
    {
        auto import = PlayerImport::fromCsv("Col A,Col B\nx,Xavier\n");
        QVERIFY(!import.validate().problems.isEmpty()); // no tag column recognised
        import.setMapping(u"tag"_s, 1);
        import.setMapping(u"notes"_s, 0);
        const auto result = import.validate();
        QVERIFY(result.problems.isEmpty());
        QCOMPARE(result.players.at(0).value(u"tag"_s).toString(), u"Xavier"_s);
        QCOMPARE(import.preview(5).at(0).value(u"line"_s).toInt(), 2);
    }

    void tenThousandRows()
    {
        QByteArray csv = "\xEF\xBB\xBFtag;name;country;email\n";
        for (int i = 0; i < 10000; ++i)
            csv += "Joueur " + QByteArray::number(i) + ";\"Élise, n°" + QByteArray::number(i) + "\";FR;j"
                + QByteArray::number(i) + "@example.org\n";
        const auto result = PlayerImport::fromCsv(csv).validate();
        QVERIFY(result.problems.isEmpty());
        QCOMPARE(result.players.size(), 10000);
        QCOMPARE(result.lines.last(), 10001);
        QCOMPARE(result.players.last().value(u"name"_s).toString(), u"Élise, n°9999"_s);
    }
};

QTEST_GUILESS_MAIN(TestPlayerImport)
#include "tst_playerimport.moc"
