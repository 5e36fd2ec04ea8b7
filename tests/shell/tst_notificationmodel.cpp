// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"
#include "shell/notificationmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QStringList texts(const NotificationModel &model)
{
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown << model.data(model.index(row), NotificationModel::TextRole).toString();
    return shown;
}

} // namespace

class TestNotificationModel : public QObject
{
    Q_OBJECT

    ManualClock m_clock {QDateTime(QDate(2026, 11, 28), QTime(14, 0))};

private Q_SLOTS:
    void roles()
    {
        NotificationModel model(m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int id
            = model.post(NotificationModel::Error, u"Le port 8420 est déjà pris."_s, u"Open settings"_s, [] { });
        const QModelIndex first = model.index(0);
        QCOMPARE(model.data(first, NotificationModel::LevelRole).toInt(), int(NotificationModel::Error));
        QCOMPARE(model.data(first, NotificationModel::TextRole).toString(), u"Le port 8420 est déjà pris."_s);
        QCOMPARE(model.data(first, NotificationModel::ActionTextRole).toString(), u"Open settings"_s);
        QCOMPARE(model.data(first, NotificationModel::IdRole).toInt(), id);
        QCOMPARE(model.data(first, NotificationModel::PostedAtRole).toDateTime(), m_clock.now());
        const auto names = model.roleNames();
        for (const QByteArray &name : {"level"_ba, "text"_ba, "actionText"_ba, "notificationId"_ba, "postedAt"_ba})
            QVERIFY2(std::ranges::find(names, name) != names.end(), name.constData());
    }

    // Newest first; the same message again moves to the top; empty text is not shown.
    void newestFirst_data()
    {
        QTest::addColumn<QStringList>("posted");
        QTest::addColumn<QStringList>("shown");
        QTest::newRow("one") << QStringList {u"a"_s} << QStringList {u"a"_s};
        QTest::newRow("three") << QStringList {u"a"_s, u"b"_s, u"c"_s} << QStringList {u"c"_s, u"b"_s, u"a"_s};
        QTest::newRow("repeated") << QStringList {u"a"_s, u"b"_s, u"a"_s} << QStringList {u"a"_s, u"b"_s};
        QTest::newRow("empty ignored") << QStringList {u"a"_s, QString()} << QStringList {u"a"_s};
    }
    void newestFirst()
    {
        QFETCH(QStringList, posted);
        QFETCH(QStringList, shown);
        NotificationModel model(m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy count(&model, &NotificationModel::countChanged);
        for (const QString &text : posted)
            model.post(NotificationModel::Error, text);
        QCOMPARE(texts(model), shown);
        QCOMPARE(model.property("count").toInt(), shown.size());
        QVERIFY(count.count() >= 1);
    }

    // Information and warnings go by themselves; errors wait to be dismissed.
    void expiry_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<int>("seconds");
        QTest::addColumn<bool>("stillShown");
        QTest::newRow("info, just posted") << int(NotificationModel::Info) << 1 << true;
        QTest::newRow("info, after its time")
            << int(NotificationModel::Info) << NotificationModel::infoSeconds << false;
        QTest::newRow("warning, after an info's time")
            << int(NotificationModel::Warning) << NotificationModel::infoSeconds << true;
        QTest::newRow("warning, after its time")
            << int(NotificationModel::Warning) << NotificationModel::warningSeconds << false;
        QTest::newRow("error, an hour later") << int(NotificationModel::Error) << 3600 << true;
    }
    void expiry()
    {
        QFETCH(int, level);
        QFETCH(int, seconds);
        QFETCH(bool, stillShown);
        ManualClock clock(m_clock.now());
        NotificationModel model(clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.post(NotificationModel::Level(level), u"message"_s);
        clock.advanceSecs(seconds);
        model.expire();
        QCOMPARE(model.rowCount(), stillShown ? 1 : 0);
    }

    // The action runs once, from QML's trigger(id), and the message goes; dismiss() runs nothing.
    void actions_data()
    {
        QTest::addColumn<bool>("trigger");
        QTest::addColumn<int>("runs");
        QTest::newRow("trigger") << true << 1;
        QTest::newRow("dismiss") << false << 0;
    }
    void actions()
    {
        QFETCH(bool, trigger);
        QFETCH(int, runs);
        NotificationModel model(m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        int ran = 0;
        model.post(NotificationModel::Info, u"older"_s);
        const int id = model.post(NotificationModel::Error, u"refused"_s, u"Undo"_s, [&ran] { ++ran; });
        if (trigger)
            QMetaObject::invokeMethod(&model, "trigger", Q_ARG(int, id));
        else
            QMetaObject::invokeMethod(&model, "dismiss", Q_ARG(int, id));
        QCOMPARE(ran, runs);
        QCOMPARE(texts(model), QStringList {u"older"_s});
        model.trigger(id); // gone: nothing happens
        model.dismiss(12345);
        QCOMPARE(ran, runs);
        QCOMPARE(model.rowCount(), 1);
    }

    // A flood of refusals keeps only the newest.
    void oldestDropped()
    {
        NotificationModel model(m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < NotificationModel::maximumCount + 5; ++i)
            model.post(NotificationModel::Error, u"refusal %1"_s.arg(i));
        QCOMPARE(model.rowCount(), NotificationModel::maximumCount);
        QCOMPARE(texts(model).constFirst(), u"refusal %1"_s.arg(NotificationModel::maximumCount + 4));
        QCOMPARE(texts(model).constLast(), u"refusal 5"_s);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestNotificationModel)
#include "tst_notificationmodel.moc"
