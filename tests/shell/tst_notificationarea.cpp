// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's one place for messages: what Notifications holds is shown, newest first,
// in its level's colour, and its buttons run the action or dismiss the message.
#include "../quickpagehelpers.h"
#include "core/clock.h"
#include "services.h"
#include "uisetup.h"

#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickView>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

Q_IMPORT_QML_PLUGIN(OmniumPlugin)

using namespace Qt::StringLiterals;

class TestNotificationArea : public QObject
{
    Q_OBJECT

    Theme m_theme;
    NotificationModel m_notifications {Clock::system()};
    std::unique_ptr<QQuickView> m_view;

    // The shown items with this object name, top to bottom.
    QList<QQuickItem *> shown(const char *name) const
    {
        QList<QQuickItem *> found;
        QList<QQuickItem *> work = {m_view->contentItem()};
        while (!work.isEmpty()) {
            QQuickItem *item = work.takeLast();
            if (item->objectName() == QLatin1StringView(name) && item->isVisible())
                found << item;
            work << item->childItems();
        }
        std::ranges::sort(found, {}, [](QQuickItem *item) { return item->mapToScene({0, 0}).y(); });
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ThemeForeign::instance = &m_theme;
        NotificationsForeign::instance = &m_notifications;
        UiSetup::applyStyle(); // the application's style, as main() sets it
        m_view = std::make_unique<QQuickView>();
        UiSetup::prepareEngine(*m_view->engine());
        m_view->setResizeMode(QQuickView::SizeRootObjectToView);
        m_view->loadFromModule("Omnium", "NotificationArea");
        QVERIFY2(m_view->status() == QQuickView::Ready, qPrintable(m_view->errors().value(0).toString()));
        m_view->resize(900, 200);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void init() { m_notifications.clear(); }

    void showsNewestFirstInItsLevelsColour_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<QColor>("colour");
        QTest::newRow("info") << int(NotificationModel::Info) << Theme::infoFill();
        QTest::newRow("warning") << int(NotificationModel::Warning) << Theme::warningFill();
        QTest::newRow("error") << int(NotificationModel::Error) << Theme::errorFill();
    }
    void showsNewestFirstInItsLevelsColour()
    {
        QFETCH(int, level);
        QFETCH(QColor, colour);
        m_notifications.post(NotificationModel::Info, u"Older message."_s);
        m_notifications.post(NotificationModel::Level(level), u"Newest message."_s);
        QTRY_COMPARE(shown("notificationText").size(), 2);
        const auto texts = shown("notificationText");
        QCOMPARE(texts.at(0)->property("text").toString(), u"Newest message."_s);
        QCOMPARE(texts.at(1)->property("text").toString(), u"Older message."_s);
        QCOMPARE(texts.at(0)->property("color").value<QColor>(), Theme::textOnColour());
        // The message's band: the label's row's parent.
        QCOMPARE(texts.at(0)->parentItem()->parentItem()->property("color").value<QColor>(), colour);
    }

    void actionButtonRunsItAndDismissRemoves()
    {
        int runs = 0;
        m_notifications.post(NotificationModel::Info, u"Saved."_s);
        m_notifications.post(NotificationModel::Error, u"This player was changed elsewhere."_s,
            u"Show current values"_s, [&runs] { ++runs; });
        QTRY_COMPARE(shown("notificationAction").size(), 1); // only the message with an action has one
        QCOMPARE(shown("notificationAction").at(0)->property("text").toString(), u"Show current values"_s);
        QuickPage::click(*m_view, shown("notificationAction").at(0));
        QTRY_COMPARE(runs, 1);
        QCOMPARE(m_notifications.rowCount(), 1);
        QTRY_COMPARE(shown("notificationText").size(), 1);

        QuickPage::click(*m_view, shown("notificationDismiss").at(0));
        QTRY_COMPARE(m_notifications.rowCount(), 0);
        QCOMPARE(runs, 1);
        QTRY_COMPARE(m_view->rootObject()->property("implicitHeight").toReal(), 0.0); // takes no room when empty
    }
};

QTEST_MAIN(TestNotificationArea)
#include "tst_notificationarea.moc"
