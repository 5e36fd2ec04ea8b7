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

    // The rules every typed, CSV-imported and archive-imported player goes through: one line
    // of printable text per name (a NUL was stored as "Nul\0Tag"), sizes a person types.
    void checkPlayerRefuses_data()
    {
        QTest::addColumn<QVariantMap>("player");
        QTest::addColumn<QString>("reason"); // empty: accepted
        QTest::newRow("NUL in tag") << QVariantMap {{u"tag"_s, u"Nul\0Tag"_s}} << u"control character (U+0000)"_s;
        QTest::newRow("escape in tag") << QVariantMap {{u"tag"_s, u"A\x1b[31mB"_s}} << u"control character (U+001b)"_s;
        QTest::newRow("C1 control in name") << QVariantMap {{u"tag"_s, u"Ok"_s}, {u"name"_s, u"Zo\u0085é"_s}}
                                            << u"the name contains a control character"_s;
        QTest::newRow("newline in name") << QVariantMap {{u"tag"_s, u"Ok"_s}, {u"name"_s, u"Zoé\nDupont"_s}}
                                         << u"the name contains a control character"_s;
        QTest::newRow("tab in phone") << QVariantMap {{u"tag"_s, u"Ok"_s}, {u"phone"_s, u"06\t12"_s}}
                                      << u"the phone number contains"_s;
        QTest::newRow("long tag") << QVariantMap {{u"tag"_s, QString(100001, u'x')}} << u"longer than 64"_s;
        QTest::newRow("long name") << QVariantMap {{u"tag"_s, u"Ok"_s}, {u"name"_s, QString(129, u'n')}}
                                   << u"longer than 128"_s;
        QTest::newRow("huge notes") << QVariantMap {{u"tag"_s, u"Ok"_s}, {u"notes"_s, QString(10001, u'n')}}
                                    << u"longer than 10000"_s;
        QTest::newRow("NUL in e-mail") << QVariantMap {{u"tag"_s, u"Ok"_s}, {u"email"_s, u"a\0b@x.fr"_s}}
                                       << u"not an e-mail address"_s;
        QTest::newRow("notes on lines") << QVariantMap {{u"tag"_s, u"Ok"_s}, {u"notes"_s, u"Ligne 1\nLigne 2\tfin"_s}}
                                        << QString();
        QTest::newRow("CJK and emoji") << QVariantMap {{u"tag"_s, u"Yuki 田中 🎮"_s}, {u"name"_s, u"Юлия Ω"_s}}
                                       << QString();
    }
    void checkPlayerRefuses()
    {
        QFETCH(QVariantMap, player);
        QFETCH(QString, reason);
        const auto reasons = PlayerImport::checkPlayer(player).join(u"; "_s);
        if (reason.isEmpty())
            QVERIFY2(reasons.isEmpty(), qPrintable(reasons));
        else
            QVERIFY2(reasons.contains(reason), qPrintable(reasons));
    }

    // Country names in English and French, for the whole world, from the locale data.
    void countryNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        const QList<std::pair<QString, QString>> names = {{u"Allemagne"_s, u"DE"_s}, {u"Espagne"_s, u"ES"_s},
            {u"Italie"_s, u"IT"_s}, {u"Royaume-Uni"_s, u"GB"_s}, {u"États-Unis"_s, u"US"_s}, {u"Etats-Unis"_s, u"US"_s},
            {u"Pays-Bas"_s, u"NL"_s}, {u"Belgique"_s, u"BE"_s}, {u"Japon"_s, u"JP"_s}, {u"Corée du Sud"_s, u"KR"_s},
            {u"Maroc"_s, u"MA"_s}, {u"Germany"_s, u"DE"_s}, {u"United States"_s, u"US"_s},
            {u"united kingdom"_s, u"GB"_s}, {u"fr"_s, u"FR"_s}, {u"Neverland"_s, QString()}};
        for (const auto &[text, code] : names)
            QTest::newRow(qPrintable(text)) << text << code;
    }
    void countryNames()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QCOMPARE(countryCode(text), code);
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
