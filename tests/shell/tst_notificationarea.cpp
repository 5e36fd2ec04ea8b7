// SPDX-License-Identifier: GPL-3.0-or-later
// How the one channel of messages (Notifications) reaches the organiser in a Kirigami window:
// a confirmation is the window's passive notification, warnings and errors are inline
// messages (newest first, in their level's type) whose action runs and whose close button
// dismisses them; a page shown alone (no application window) shows confirmations inline too.
#include "../quickpagehelpers.h"
#include "core/clock.h"
#include "services.h"
#include "uisetup.h"

#include <QDir>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickView>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

Q_IMPORT_QML_PLUGIN(OmniumPlugin)

using namespace Qt::StringLiterals;

namespace {

// Shown items under the window's root (the overlay with passive notifications included).
QList<QQuickItem *> shownItems(QQuickWindow &window)
{
    QList<QQuickItem *> found;
    QList<QQuickItem *> work = {window.contentItem()};
    while (!work.isEmpty()) {
        QQuickItem *item = work.takeLast();
        if (!item->isVisible())
            continue;
        found << item;
        work << item->childItems();
    }
    return found;
}

// The shown inline messages, top to bottom.
QList<QQuickItem *> messages(QQuickWindow &window)
{
    QList<QQuickItem *> found;
    for (QQuickItem *item : shownItems(window)) {
        if (item->objectName() == u"notificationMessage"_s)
            found << item;
    }
    std::ranges::sort(found, {}, [](QQuickItem *item) { return item->mapToScene({0, 0}).y(); });
    return found;
}

// A shown text item saying exactly this (a passive notification's label).
bool showsText(QQuickWindow &window, const QString &text)
{
    return std::ranges::any_of(shownItems(window),
        [&](QQuickItem *item) { return item->inherits("QQuickText") && item->property("text").toString() == text; });
}

// The button inside an item with this text (an inline message's action or close button).
QQuickItem *button(QQuickItem *within, const QString &text)
{
    QList<QQuickItem *> work = {within};
    while (!work.isEmpty()) {
        QQuickItem *item = work.takeLast();
        if (item->inherits("QQuickAbstractButton") && item->isVisible() && item->property("text").toString() == text)
            return item;
        work << item->childItems();
    }
    return nullptr;
}

void click(QQuickWindow &window, QQuickItem *item)
{
    QVERIFY(item);
    QTRY_VERIFY(item->isVisible() && item->width() > 0);
    QTest::mouseClick(
        &window, Qt::LeftButton, {}, item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint());
}

} // namespace

class TestNotificationArea : public QObject
{
    Q_OBJECT

    Theme m_theme;
    NotificationModel m_notifications {Clock::system()};
    QQmlEngine m_engine;
    std::unique_ptr<QQuickWindow> m_window;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ThemeForeign::instance = &m_theme;
        NotificationsForeign::instance = &m_notifications;
        UiSetup::applyStyle(); // the application's style, as main() sets it
        UiSetup::prepareEngine(m_engine);
        // The area in a Kirigami application window, as Main.qml places it.
        QQmlComponent component(&m_engine);
        component.setData("import QtQuick\nimport QtQuick.Layouts\nimport org.kde.kirigami as Kirigami\n"
                          "import Omnium\nKirigami.AbstractApplicationWindow {\n"
                          "    width: 900; height: 400; visible: true\n"
                          "    ColumnLayout { anchors.fill: parent\n"
                          "        NotificationArea { Layout.fillWidth: true }\n"
                          "        Item { Layout.fillHeight: true } } }\n",
            QUrl::fromLocalFile(QDir::temp().filePath(u"notificationwindow.qml"_s)));
        m_window.reset(qobject_cast<QQuickWindow *>(component.create()));
        QVERIFY2(m_window, qPrintable(component.errorString()));
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void init() { m_notifications.clear(); }

    // Warnings and errors inline, newest first, as Kirigami's message types.
    void warningsAndErrorsInlineNewestFirst()
    {
        m_notifications.post(NotificationModel::Warning, u"The overlay port is taken."_s);
        m_notifications.post(NotificationModel::Error, u"This result was refused."_s);
        QTRY_COMPARE(messages(*m_window).size(), 2);
        // (the newest slides in: wait until it is laid out on top)
        QTRY_COMPARE(messages(*m_window).at(0)->property("text").toString(), u"This result was refused."_s);
        const auto shown = messages(*m_window);
        QCOMPARE(shown.at(0)->property("type").toInt(), 3); // Kirigami.MessageType.Error
        QCOMPARE(shown.at(1)->property("text").toString(), u"The overlay port is taken."_s);
        QCOMPARE(shown.at(1)->property("type").toInt(), 2); // Kirigami.MessageType.Warning
    }

    // A confirmation is a passive notification, not an inline message.
    void confirmationIsPassive()
    {
        m_notifications.post(NotificationModel::Info, u"Undone: Result 2-1 M17"_s);
        QTRY_VERIFY(showsText(*m_window, u"Undone: Result 2-1 M17"_s));
        QVERIFY(messages(*m_window).isEmpty());
    }

    void actionRunsAndCloseDismisses()
    {
        int runs = 0;
        m_notifications.post(NotificationModel::Error, u"The ticket server refused the token."_s);
        m_notifications.post(NotificationModel::Error, u"This player was changed elsewhere."_s,
            u"Show current values"_s, [&runs] { ++runs; });
        QTRY_COMPARE(messages(*m_window).size(), 2);
        QTRY_VERIFY(button(messages(*m_window).at(0), u"Show current values"_s));
        QVERIFY(!button(messages(*m_window).at(1), u"Show current values"_s)); // only the one with an action
        click(*m_window, button(messages(*m_window).at(0), u"Show current values"_s));
        QTRY_COMPARE(runs, 1);
        QCOMPARE(m_notifications.rowCount(), 1);
        QTRY_COMPARE(messages(*m_window).size(), 1);

        click(*m_window, button(messages(*m_window).at(0), u"Close"_s));
        QTRY_COMPARE(m_notifications.rowCount(), 0);
        QCOMPARE(runs, 1);
        QTRY_VERIFY(messages(*m_window).isEmpty());
    }

    // Without an application window (a page tested alone) a confirmation is shown inline.
    void confirmationInlineOutsideAnApplicationWindow()
    {
        QQuickView view(&m_engine, nullptr);
        view.setResizeMode(QQuickView::SizeRootObjectToView);
        view.loadFromModule("Omnium", "NotificationArea");
        QVERIFY2(view.status() == QQuickView::Ready, qPrintable(view.errors().value(0).toString()));
        view.resize(900, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        m_notifications.post(NotificationModel::Info, u"Saved."_s);
        QTRY_COMPARE(messages(view).size(), 1);
        QCOMPARE(messages(view).at(0)->property("text").toString(), u"Saved."_s);
    }
};

QTEST_MAIN(TestNotificationArea)
#include "tst_notificationarea.moc"
