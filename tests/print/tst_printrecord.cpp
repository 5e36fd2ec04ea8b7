// SPDX-License-Identifier: GPL-3.0-or-later
#include "badges/printrecord.h"
#include "core/clock.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestPrintRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reprintsAreMarked_data()
    {
        QTest::addColumn<QStringList>("firstRun");
        QTest::addColumn<QStringList>("secondRun");
        QTest::addColumn<QList<bool>>("secondReprints");
        QTest::newRow("fresh badges") << QStringList {u"B-1"_s} << QStringList {u"B-2"_s, u"B-3"_s}
                                      << QList<bool> {false, false};
        QTest::newRow("lost badge printed again")
            << QStringList {u"B-1"_s, u"B-2"_s} << QStringList {u"B-2"_s} << QList<bool> {true};
        QTest::newRow("twice in one run")
            << QStringList {} << QStringList {u"B-7"_s, u"B-7"_s} << QList<bool> {false, true};
    }

    void reprintsAreMarked()
    {
        QFETCH(QStringList, firstRun);
        QFETCH(QStringList, secondRun);
        QFETCH(QList<bool>, secondReprints);
        ManualClock clock(QDateTime(QDate(2026, 11, 28), QTime(9, 0), QTimeZone::UTC));
        MemoryPrintLog log;
        log.append(makePrintRecords(log, u"badge"_s, firstRun, clock.now(), u"pdf:/tmp/a.pdf"_s, u"a6 on A4"_s));
        clock.advanceSecs(3600);
        const auto records
            = makePrintRecords(log, u"badge"_s, secondRun, clock.now(), u"printer:Zebra"_s, u"cr80 single"_s);
        QCOMPARE(records.size(), secondRun.size());
        for (int i = 0; i < records.size(); ++i) {
            QCOMPARE(records.at(i).itemId, secondRun.at(i));
            QCOMPARE(records.at(i).reprint, secondReprints.at(i));
            QCOMPARE(records.at(i).printedAt, clock.now());
            QCOMPARE(records.at(i).target, u"printer:Zebra"_s);
        }
        log.append(records);
        QCOMPARE(log.records().size(), firstRun.size() + secondRun.size());
    }

    void kindsAreSeparate()
    {
        MemoryPrintLog log;
        log.append(makePrintRecords(log, u"badge"_s, {u"42"_s}, QDateTime::currentDateTimeUtc(), {}, {}));
        QVERIFY(log.wasPrinted(u"badge"_s, u"42"_s));
        QVERIFY(!log.wasPrinted(u"ticket"_s, u"42"_s));
        QCOMPARE(log.history(u"badge"_s, u"42"_s).size(), 1);
        QVERIFY(log.history(u"ticket"_s, u"42"_s).isEmpty());
    }
};

QTEST_MAIN(TestPrintRecord)
#include "tst_printrecord.moc"
