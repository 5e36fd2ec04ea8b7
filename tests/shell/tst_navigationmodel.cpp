// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/navigationmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestNavigationModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesModelTester()
    {
        NavigationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.rowCount() >= 3);
    }

    void rolesExposePages_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("title");
        QTest::newRow("start") << u"StartPage"_s << u"Start"_s;
        QTest::newRow("badges") << u"BadgesPage"_s << u"Badges"_s;
        QTest::newRow("tickets") << u"TicketsPage"_s << u"Tickets"_s;
        QTest::newRow("gate") << u"GatePage"_s << u"Gate"_s;
        QTest::newRow("settings") << u"SettingsPage"_s << u"Settings"_s;
        QTest::newRow("about") << u"AboutPage"_s << u"About"_s;
    }

    void rolesExposePages()
    {
        QFETCH(QString, page);
        QFETCH(QString, title);
        NavigationModel model;
        const int row = model.indexOf(page);
        QVERIFY(row >= 0);
        const auto index = model.index(row);
        QCOMPARE(index.data(NavigationModel::PageRole).toString(), page);
        QCOMPARE(index.data(NavigationModel::TitleRole).toString(), title);
        QVERIFY(index.data(NavigationModel::IconRole).toString().endsWith(u".svg"_s));
        QVERIFY(model.roleNames().values().contains("iconSource"));
    }

    void unknownPageIsNotFound()
    {
        NavigationModel model;
        QCOMPARE(model.indexOf(u"NoSuchPage"_s), -1);
    }

    void currentIndexFollowsValidChangesOnly()
    {
        NavigationModel model;
        QSignalSpy spy(&model, &NavigationModel::currentIndexChanged);
        QCOMPARE(model.currentPage(), u"StartPage"_s);
        model.setCurrentIndex(model.indexOf(u"AboutPage"_s));
        QCOMPARE(model.currentPage(), u"AboutPage"_s);
        QCOMPARE(spy.count(), 1);
        model.setCurrentIndex(-1);
        model.setCurrentIndex(model.rowCount());
        model.setCurrentIndex(model.currentIndex());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(model.currentPage(), u"AboutPage"_s);
    }

    void retranslateRefreshesTitles()
    {
        NavigationModel model;
        QSignalSpy spy(&model, &NavigationModel::dataChanged);
        model.retranslate();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(spy.at(0).at(1).toModelIndex().row(), model.rowCount() - 1);
    }
};

QTEST_GUILESS_MAIN(TestNavigationModel)
#include "tst_navigationmodel.moc"
