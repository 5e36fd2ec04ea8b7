// SPDX-License-Identifier: GPL-3.0-or-later
// The badge page's back end: background export with progress, cancel, print records.
#include "badges/printrecord.h"
#include "badgesamples.h"
#include "core/clock.h"
#include "print/badgelistmodel.h"
#include "print/badgeprintcontroller.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestBadgePrintController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void exportsInTheBackgroundAndRecordsReprints()
    {
        BadgeListModel badges;
        QAbstractItemModelTester tester(&badges, QAbstractItemModelTester::FailureReportingMode::QtTest);
        badges.setBadges(BadgeSamples::make(40, 6));
        MemoryPrintLog log;
        ManualClock clock(QDateTime(QDate(2026, 11, 28), QTime(10, 0), QTimeZone::UTC));
        BadgePrintController controller(badges, log, clock);
        QSignalSpy layoutSpy(&controller, &BadgePrintController::layoutChanged);
        BadgeFilterModel shown(&badges);
        shown.selectShown(true);
        QCOMPARE(badges.selectedCount(), 46);
        QVERIFY(layoutSpy.count() >= 1);
        QCOMPARE(controller.pageCount(), 12); // 4 × A6 on A4

        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"badges.pdf"_s);
        QSignalSpy progress(&controller, &BadgePrintController::progressChanged);
        QSignalSpy finished(&controller, &BadgePrintController::finished);
        QVERIFY(controller.exportPdf(QUrl::fromLocalFile(pdf)));
        QVERIFY(controller.busy());
        QVERIFY(!controller.exportPdf(QUrl::fromLocalFile(pdf))); // one run at a time
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(!controller.busy());
        QVERIFY(QFile::exists(pdf));
        QVERIFY(progress.count() >= 12);
        QCOMPARE(controller.progress(), 1.0);
        QCOMPARE(log.records().size(), 46);
        QVERIFY(std::none_of(log.records().cbegin(), log.records().cend(), [](const auto &r) { return r.reprint; }));
        QCOMPARE(log.records().constFirst().target, u"pdf:"_s + pdf);
        QCOMPARE(log.records().constFirst().printedAt, clock.now());
        QCOMPARE(badges.index(0).data(BadgeListModel::PrintedRole).toBool(), true);

        // The same two badges again, e.g. lost ones: reprints.
        badges.selectRows({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25,
                              26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45},
            false);
        badges.setSelected(3, true);
        badges.setSelected(44, true);
        controller.setPaper(u"single"_s);
        controller.setSizeKey(u"cr80"_s);
        controller.setLandscape(true);
        QCOMPARE(controller.pageCount(), 2);
        clock.advanceSecs(600);
        QVERIFY(controller.exportPdf(QUrl::fromLocalFile(dir.filePath(u"again.pdf"_s))));
        QVERIFY(finished.wait(60000));
        QCOMPARE(log.records().size(), 48);
        QVERIFY(log.records().at(46).reprint && log.records().at(47).reprint);
        QCOMPARE(log.records().at(46).itemId, u"B-000004"_s);
        QVERIFY(log.records().at(46).layout.contains(u"cr80"_s));
    }

    void cancelLeavesNoFile()
    {
        BadgeListModel badges;
        badges.setBadges(BadgeSamples::make(400, 0));
        BadgeFilterModel(&badges).selectShown(true);
        MemoryPrintLog log;
        BadgePrintController controller(badges, log, Clock::system());
        QTemporaryDir dir;
        QSignalSpy finished(&controller, &BadgePrintController::finished);
        QVERIFY(controller.exportPdf(QUrl::fromLocalFile(dir.filePath(u"big.pdf"_s))));
        controller.cancel();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
        QVERIFY(log.records().isEmpty());
        QVERIFY(!controller.status().isEmpty());
    }

    void nothingTickedNothingHappens()
    {
        BadgeListModel badges;
        badges.setBadges(BadgeSamples::make(3, 0));
        MemoryPrintLog log;
        BadgePrintController controller(badges, log, Clock::system());
        QTemporaryDir dir;
        QVERIFY(!controller.exportPdf(QUrl::fromLocalFile(dir.filePath(u"x.pdf"_s))));
        QVERIFY(!controller.status().isEmpty());
        QCOMPARE(controller.pageCount(), 0);
    }

    void refreshKeepsTicksById()
    {
        BadgeListModel badges;
        badges.setBadges(BadgeSamples::make(10, 0));
        badges.setSelected(2, true);
        auto refreshed = BadgeSamples::make(10, 0);
        refreshed.removeFirst(); // someone left: B-000003 is now row 1
        badges.setBadges(refreshed);
        QCOMPARE(badges.selectedCount(), 1);
        QCOMPARE(badges.selectedBadges().constFirst().badgeId, u"B-000003"_s);
    }

    void filterFindsBySearchAndRole_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("rows");
        QTest::newRow("all") << QString() << QString() << 16;
        QTest::newRow("name with accent, any case") << u"hÉLÈNE"_s << QString() << 2;
        QTest::newRow("team") << u"pédales"_s << QString() << 5;
        QTest::newRow("badge id") << u"B-000012"_s << QString() << 1;
        QTest::newRow("role") << QString() << u"staff"_s << 1;
        QTest::newRow("players named Zoé") << u"zoé"_s << u"player"_s << 1;
    }

    void filterFindsBySearchAndRole()
    {
        QFETCH(QString, search);
        QFETCH(QString, role);
        QFETCH(int, rows);
        BadgeListModel badges;
        badges.setBadges(BadgeSamples::make(10, 6));
        BadgeFilterModel shown(&badges);
        QAbstractItemModelTester tester(&shown, QAbstractItemModelTester::FailureReportingMode::QtTest);
        shown.setSearch(search);
        shown.setRoleKey(role);
        QCOMPARE(shown.rowCount(), rows);
        shown.selectShown(true);
        QCOMPARE(badges.selectedCount(), rows);
    }
};

QTEST_MAIN(TestBadgePrintController)
#include "tst_badgeprintcontroller.moc"
