// SPDX-License-Identifier: GPL-3.0-or-later
#include "registration/csvreader.h"

#include <QTest>

using namespace Qt::StringLiterals;

using Records = QList<QStringList>;
using Lines = QList<int>;

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reads_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<Records>("records");
        QTest::addColumn<Lines>("recordLines");
        QTest::addColumn<QStringList>("problems"); // "line: reason"

        QTest::newRow("plain comma") << QByteArray("tag,name\nDaigo,Daigo Umehara\n")
                                     << QStringList {u"tag"_s, u"name"_s} << Records {{u"Daigo"_s, u"Daigo Umehara"_s}}
                                     << Lines {2} << QStringList {};
        QTest::newRow("BOM and CRLF") << QByteArray("\xEF\xBB\xBFtag,name\r\nMena,Ménard\r\n")
                                      << QStringList {u"tag"_s, u"name"_s} << Records {{u"Mena"_s, u"Ménard"_s}}
                                      << Lines {2} << QStringList {};
        QTest::newRow("semicolon with accents")
            << QByteArray("pseudo;nom;pays\nKayané;Marie-Laure;FR\nFrançois;Çà;FR\nStraße;Weiß;DE\n")
            << QStringList {u"pseudo"_s, u"nom"_s, u"pays"_s}
            << Records {{u"Kayané"_s, u"Marie-Laure"_s, u"FR"_s}, {u"François"_s, u"Çà"_s, u"FR"_s},
                   {u"Straße"_s, u"Weiß"_s, u"DE"_s}}
            << Lines {2, 3, 4} << QStringList {};
        QTest::newRow("quotes, embedded delimiter, quote and newline")
            << QByteArray("tag,notes\n\"Smith, J\",\"said \"\"hi\"\"\nthen left\"\nnext,ok\n")
            << QStringList {u"tag"_s, u"notes"_s}
            << Records {{u"Smith, J"_s, u"said \"hi\"\nthen left"_s}, {u"next"_s, u"ok"_s}} << Lines {2, 4}
            << QStringList {};
        QTest::newRow("blank lines skipped, lines still counted")
            << QByteArray("tag,name\n\nA,a\n   \n\nB,b\n\n") << QStringList {u"tag"_s, u"name"_s}
            << Records {{u"A"_s, u"a"_s}, {u"B"_s, u"b"_s}} << Lines {3, 6} << QStringList {};
        QTest::newRow("wrong column counts name their lines")
            << QByteArray("tag,name,country\nA,a,FR\nB,b\nC,c,FR,extra\nD,d,DE\n")
            << QStringList {u"tag"_s, u"name"_s, u"country"_s}
            << Records {{u"A"_s, u"a"_s, u"FR"_s}, {u"D"_s, u"d"_s, u"DE"_s}} << Lines {2, 5}
            << QStringList {u"3: 2 fields where the header has 3"_s, u"4: 4 fields where the header has 3"_s};
        QTest::newRow("unclosed quote") << QByteArray("tag,notes\nA,ok\nB,\"never closed\nC,x\n")
                                        << QStringList {u"tag"_s, u"notes"_s} << Records {{u"A"_s, u"ok"_s}}
                                        << Lines {2}
                                        << QStringList {u"3: a quoted field is never closed (missing \")"_s};
        QTest::newRow("no final newline") << QByteArray("tag\nlast") << QStringList {u"tag"_s} << Records {{u"last"_s}}
                                          << Lines {2} << QStringList {};
        QTest::newRow("empty file") << QByteArray() << QStringList {} << Records {} << Lines {} << QStringList {};
    }

    void reads()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, header);
        QFETCH(Records, records);
        QFETCH(Lines, recordLines);
        QFETCH(QStringList, problems);
        const auto table = CsvReader::read(bytes);
        QCOMPARE(table.header, header);
        Records gotRecords;
        Lines gotLines;
        for (const auto &record : table.records) {
            gotRecords << record.fields;
            gotLines << record.line;
        }
        QCOMPARE(gotRecords, records);
        QCOMPARE(gotLines, recordLines);
        QStringList gotProblems;
        for (const auto &problem : table.problems)
            gotProblems << QString::number(problem.line) + u": "_s + problem.reason;
        QCOMPARE(gotProblems, problems);
    }

    void writerRoundTrips()
    {
        const QStringList header {u"tag"_s, u"notes"_s};
        const QList<QStringList> rows {
            {u"Smith, J"_s, u"said \"hi\"\nthen left"_s}, {u"Ça"_s, u" padded "_s}, {u"semi;colon"_s, QString()}};
        const auto table = CsvReader::read(CsvWriter::write(header, rows));
        QCOMPARE(table.header, header);
        QCOMPARE(table.records.size(), rows.size());
        for (int i = 0; i < rows.size(); ++i)
            QCOMPARE(table.records.at(i).fields, rows.at(i));
        QVERIFY(table.problems.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
