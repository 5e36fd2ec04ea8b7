// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"
#include "schedule/matchdispatcher.h"
#include "schedule/scheduleestimator.h"
#include "schedule/stationboardmodel.h"

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

ScheduleMatch simple(qint64 id, QList<qint64> a, QList<qint64> b)
{
    ScheduleMatch m;
    m.id = id;
    m.eventId = 1;
    m.round = 1;
    m.bracketOrder = int(id);
    m.sides[0] = a;
    m.sides[1] = b;
    return m;
}
} // namespace

// The station board shows each station's match, its elapsed time and the next match there.
class TestStationBoardModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void board_data()
    {
        QTest::addColumn<int>("startedAfterMinutes"); // -1: not started
        QTest::addColumn<int>("nowMinutes");
        QTest::addColumn<int>("elapsedSecs");
        QTest::addColumn<int>("state");

        QTest::newRow("called, waiting for players") << -1 << 3 << 180 << int(ScheduleMatch::State::Called);
        QTest::newRow("playing") << 2 << 12 << 600 << int(ScheduleMatch::State::InProgress);
    }

    void board()
    {
        QFETCH(int, startedAfterMinutes);
        QFETCH(int, nowMinutes);
        QFETCH(int, elapsedSecs);
        QFETCH(int, state);
        ManualClock clock(MatchDispatcher::toDateTime(at(10)));
        MatchDispatcher d(clock);
        ScheduleEventSettings e;
        e.id = 1;
        e.expectedSecsByBestOf = {{3, 20 * 60}};
        d.setEvent(e);
        for (int i = 1; i <= 2; ++i)
            d.setStation({i, u"Station %1"_s.arg(i), {u"SF6"_s}, i == 2, true, 0, {}});
        for (int i = 1; i <= 4; ++i)
            d.upsertMatch(simple(i, {2 * i}, {2 * i + 1}));
        d.update();

        StationBoardModel model(d);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLabelFunction([](const ScheduleMatch &m) { return u"Set %1"_s.arg(m.id); });
        int resets = 0;
        int changes = 0;
        connect(&model, &QAbstractItemModel::modelReset, this, [&resets] { ++resets; });
        connect(&model, &QAbstractItemModel::dataChanged, this, [&changes] { ++changes; });
        if (startedAfterMinutes >= 0) {
            clock.set(MatchDispatcher::toDateTime(at(10, startedAfterMinutes)));
            d.start(1);
        }
        clock.set(MatchDispatcher::toDateTime(at(10, nowMinutes)));
        model.refresh(ScheduleEstimator::estimate(d));
        QCOMPARE(resets, 1);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(StationBoardModel::NameRole).toString(), u"Station 1"_s);
        QCOMPARE(first.data(StationBoardModel::StreamRole).toBool(), false);
        QCOMPARE(model.index(1).data(StationBoardModel::StreamRole).toBool(), true);
        QCOMPARE(first.data(StationBoardModel::MatchIdRole).toLongLong(), 1);
        QCOMPARE(first.data(StationBoardModel::MatchLabelRole).toString(), u"Set 1"_s);
        QCOMPARE(first.data(StationBoardModel::MatchStateRole).toInt(), state);
        QCOMPARE(first.data(StationBoardModel::ElapsedSecsRole).toLongLong(), elapsedSecs);
        QCOMPARE(first.data(StationBoardModel::CalledAtRole).toDateTime(), MatchDispatcher::toDateTime(at(10)));
        // Matches 3 and 4 follow 1 and 2, 20 minutes after their calls.
        QCOMPARE(first.data(StationBoardModel::NextMatchIdRole).toLongLong(), 3);
        QCOMPARE(first.data(StationBoardModel::NextMatchLabelRole).toString(), u"Set 3"_s);
        QCOMPARE(first.data(StationBoardModel::NextStartRole).toDateTime(), MatchDispatcher::toDateTime(at(10, 20)));
        QCOMPARE(model.index(1).data(StationBoardModel::NextMatchIdRole).toLongLong(), 4);

        // Station 2 breaks: its match has nowhere to go and waits, first in line for station 1.
        d.setStationAvailable(2, false);
        d.update();
        model.refresh(ScheduleEstimator::estimate(d));
        QCOMPARE(resets, 1); // same stations: data changes only
        QVERIFY(changes >= 1);
        const QModelIndex second = model.index(1);
        QCOMPARE(second.data(StationBoardModel::AvailableRole).toBool(), false);
        QCOMPARE(second.data(StationBoardModel::MatchIdRole).toLongLong(), 0);
        QCOMPARE(second.data(StationBoardModel::MatchStateRole).toInt(), -1);
        QCOMPARE(second.data(StationBoardModel::NextMatchIdRole).toLongLong(), 0);
        QCOMPARE(first.data(StationBoardModel::NextMatchIdRole).toLongLong(), 2); // displaced: first in line

        // A new station appears: rows are reset.
        d.setStation({3, u"Station 3"_s, {u"SF6"_s}, false, true, 0, {}});
        d.update();
        model.refresh(ScheduleEstimator::estimate(d));
        QCOMPARE(resets, 2);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2).data(StationBoardModel::MatchIdRole).toLongLong(), 2);
        QVERIFY(model.roleNames().value(StationBoardModel::ElapsedSecsRole) == "elapsedSecs");
    }
};

QTEST_GUILESS_MAIN(TestStationBoardModel)
#include "tst_stationboardmodel.moc"
