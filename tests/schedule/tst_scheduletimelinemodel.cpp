// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"
#include "schedule/matchdispatcher.h"
#include "schedule/scheduleestimator.h"
#include "schedule/scheduletimelinemodel.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
ScheduleTime at(int hour, int minute = 0)
{
    return MatchDispatcher::fromDateTime(QDateTime(QDate(2026, 11, 28), QTime(hour, minute), QTimeZone::UTC));
}
} // namespace

// The timeline shows every match on its station's lane, past ones with real times.
class TestScheduleTimelineModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void timeline_data()
    {
        QTest::addColumn<int>("firstMatchMinutes");
        QTest::addColumn<int>("delayMinutes");
        // Plan: the event ends 11:00; three 20-minute matches on two stations, the third after
        // the first.
        QTest::newRow("on time") << 20 << -20;
        QTest::newRow("late first round") << 50 << 40;
    }

    void timeline()
    {
        QFETCH(int, firstMatchMinutes);
        QFETCH(int, delayMinutes);
        ManualClock clock(MatchDispatcher::toDateTime(at(10)));
        MatchDispatcher d(clock);
        ScheduleEventSettings e;
        e.id = 7;
        e.expectedSecsByBestOf = {{3, 20 * 60}};
        e.plannedEnd = at(11);
        d.setEvent(e);
        d.setStation({11, u"A"_s, {}, false, true, 0, {}});
        d.setStation({12, u"B"_s, {}, false, true, 0, {}});
        for (int i = 1; i <= 3; ++i) {
            ScheduleMatch m;
            m.id = i;
            m.eventId = 7;
            m.round = 1;
            m.bracketOrder = i;
            m.sides[0] = {2 * i};
            m.sides[1] = {2 * i + 1};
            m.featured = i == 3;
            d.upsertMatch(m);
        }
        d.update();
        ScheduleTimelineModel model(d);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        int resets = 0;
        connect(&model, &QAbstractItemModel::modelReset, this, [&resets] { ++resets; });
        int refreshed = 0;
        connect(&model, &ScheduleTimelineModel::refreshed, this, [&refreshed] { ++refreshed; });
        model.refresh(ScheduleEstimator::estimate(d));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.stationCount(), 2);
        QCOMPARE(model.start(), MatchDispatcher::toDateTime(at(10)));
        QCOMPARE(model.end(), MatchDispatcher::toDateTime(at(10, 40)));
        const QModelIndex third = model.index(2);
        QCOMPARE(third.data(ScheduleTimelineModel::MatchIdRole).toLongLong(), 3);
        QCOMPARE(third.data(ScheduleTimelineModel::LabelRole).toString(), u"#3"_s);
        QCOMPARE(third.data(ScheduleTimelineModel::StationRowRole).toInt(), 0);
        QCOMPARE(third.data(ScheduleTimelineModel::StartRole).toDateTime(), MatchDispatcher::toDateTime(at(10, 20)));
        QCOMPARE(third.data(ScheduleTimelineModel::FeaturedRole).toBool(), true);
        QCOMPARE(model.index(1).data(ScheduleTimelineModel::StationRowRole).toInt(), 1);

        clock.set(MatchDispatcher::toDateTime(at(10) + 60 * firstMatchMinutes));
        d.finish(1, 0);
        d.finish(2, 0);
        d.update();
        model.refresh(ScheduleEstimator::estimate(d));
        QCOMPARE(resets, 1); // same matches: no reset
        QCOMPARE(refreshed, 2);
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(ScheduleTimelineModel::PastRole).toBool(), true);
        QCOMPARE(first.data(ScheduleTimelineModel::EndRole).toDateTime(),
            MatchDispatcher::toDateTime(at(10) + 60 * firstMatchMinutes));
        QCOMPARE(third.data(ScheduleTimelineModel::StateRole).toInt(), int(ScheduleMatch::State::Called));
        // Learned: the first two matches lasted firstMatchMinutes, so the third is expected to.
        QCOMPARE(model.projectedEnd(7), MatchDispatcher::toDateTime(at(10) + 2 * 60 * firstMatchMinutes));
        QCOMPARE(model.delayMinutes(7), 2 * firstMatchMinutes - 60);
        QCOMPARE(model.delayMinutes(7), delayMinutes);
        QCOMPARE(model.delayMinutes(99), 0);
    }
};

QTEST_GUILESS_MAIN(TestScheduleTimelineModel)
#include "tst_scheduletimelinemodel.moc"
