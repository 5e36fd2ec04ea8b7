// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"

#include <QTest>

class TestClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void manualClockMovesOnlyWhenTold()
    {
        const QDateTime start(QDate(2026, 11, 28), QTime(9, 0), QTimeZone::UTC);
        ManualClock clock(start);
        QCOMPARE(clock.now(), start);
        clock.advanceSecs(90);
        QCOMPARE(clock.now(), start.addSecs(90));
        clock.set(start.addDays(1));
        QCOMPARE(clock.now(), start.addDays(1));
    }

    void systemClockIsUtcNow()
    {
        const auto before = QDateTime::currentDateTimeUtc();
        const auto now = Clock::system().now();
        QVERIFY(now.timeSpec() == Qt::UTC || now.timeZone() == QTimeZone::UTC);
        QVERIFY(now >= before);
        QVERIFY(now <= QDateTime::currentDateTimeUtc());
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
