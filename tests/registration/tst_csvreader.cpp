// SPDX-License-Identifier: GPL-3.0-or-later
#include "registration/csvreader.h"

#include <QStringEncoder>
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

    // The encoding is told by a BOM, else by the bytes being valid UTF-8, else it is what
    // Excel writes on a French Windows: Windows-1252 (not Latin-1: € and œ are 0x80 and 0x9C).
    void detectsEncoding_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QString text = u"tag;nom\r\nKayané;Cœur à 5 € — « Zoé »\r\n"_s;
        const auto utf16 = [&](QStringConverter::Encoding encoding) {
            QStringEncoder encoder(encoding, QStringEncoder::Flag::WriteBom);
            return QByteArray(encoder(text));
        };
        QTest::newRow("UTF-8") << text.toUtf8() << u"UTF-8"_s;
        QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << u"UTF-8"_s;
        QTest::newRow("UTF-16LE BOM") << utf16(QStringConverter::Utf16LE) << u"UTF-16LE"_s;
        QTest::newRow("UTF-16BE BOM") << utf16(QStringConverter::Utf16BE) << u"UTF-16BE"_s;
        QTest::newRow("UTF-16LE without BOM") << utf16(QStringConverter::Utf16LE).mid(2) << u"UTF-16LE"_s;
        // As Excel saves "CSV (séparateur : point-virgule)".
        QTest::newRow("Windows-1252") << QByteArray(
            "tag;nom\r\nKayan\xE9;C\x9Cur \xE0 5 \x80 \x97 \xAB Zo\xE9 \xBB\r\n")
                                      << u"Windows-1252"_s;
    }
    void detectsEncoding()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        const auto table = CsvReader::read(bytes);
        QCOMPARE(table.encoding, encoding);
        QCOMPARE(table.header, (QStringList {u"tag"_s, u"nom"_s}));
        QCOMPARE(table.records.size(), 1);
        QCOMPARE(table.records.first().fields, (QStringList {u"Kayané"_s, u"Cœur à 5 € — « Zoé »"_s}));
        QVERIFY(table.problems.isEmpty());
    }

    // A cell a spreadsheet would run as a formula gets a leading ' (OWASP); numbers and phone
    // numbers stay readable; reading the file back gives the cells as they were.
    void writerNeutralisesFormulas_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");
        QTest::newRow("hyperlink") << u"=HYPERLINK(\"http://x.example\",\"clic\")"_s
                                   << u"\"'=HYPERLINK(\"\"http://x.example\"\",\"\"clic\"\")\""_s;
        QTest::newRow("dde") << u"@SUM(1+1)*cmd|' /C calc'!A0"_s << u"'@SUM(1+1)*cmd|' /C calc'!A0"_s;
        QTest::newRow("plus") << u"+cmd|' /C calc'!A0"_s << u"'+cmd|' /C calc'!A0"_s;
        QTest::newRow("minus") << u"-2+3+cmd|' /C calc'!A0"_s << u"'-2+3+cmd|' /C calc'!A0"_s;
        QTest::newRow("tab") << u"\t=1+1"_s << u"'\t=1+1"_s;
        QTest::newRow("phone") << u"+33 6 12 34 56 78"_s << u"+33 6 12 34 56 78"_s;
        QTest::newRow("phone with dots") << u"+33.6.12.34.56.78"_s << u"+33.6.12.34.56.78"_s;
        QTest::newRow("negative number") << u"-3"_s << u"-3"_s;
        QTest::newRow("plain tag") << u"Daigo"_s << u"Daigo"_s;
        QTest::newRow("dash inside") << u"Jean-Marc"_s << u"Jean-Marc"_s;
    }
    void writerNeutralisesFormulas()
    {
        QFETCH(QString, cell);
        QFETCH(QString, written);
        const QByteArray bytes = CsvWriter::write({u"tag"_s}, {{cell}});
        QCOMPARE(QString::fromUtf8(bytes), u"tag\r\n"_s + written + u"\r\n"_s);
        const auto table = CsvReader::read(bytes);
        QCOMPARE(table.records.size(), 1);
        QCOMPARE(table.records.first().fields, QStringList {cell});
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
