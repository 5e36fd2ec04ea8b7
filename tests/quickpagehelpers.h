// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickView>
#include <QTest>

// What the page tests (a page loaded in a QQuickView) do with its items.
namespace QuickPage {

// An item or object by object name: QObject children first, then the visual tree (view and
// repeater delegates are not always QObject children of what shows them). A page's view, or
// a window the page opened (the caster window).
template<typename T = QObject> T *child(QQuickWindow &window, const char *name)
{
    const QString wanted = QString::fromLatin1(name);
    auto *view = qobject_cast<QQuickView *>(&window);
    if (auto *found = view ? view->rootObject()->findChild<T *>(wanted) : window.findChild<T *>(wanted))
        return found;
    QList<QQuickItem *> work = {window.contentItem()};
    while (!work.isEmpty()) {
        QQuickItem *item = work.takeLast();
        if (item->objectName() == wanted)
            if (auto *found = qobject_cast<T *>(item))
                return found;
        work << item->childItems();
    }
    return nullptr;
}

// A page as Omnium's window shows it: in Kirigami's page row, with its title and actions in the
// page's toolbar (a page alone draws neither).
inline bool showPage(QQuickView &view, const char *page)
{
    auto *host = new QQmlComponent(view.engine(), &view);
    host->setData(
        "import QtQuick\nimport org.kde.kirigami as Kirigami\nimport Omnium\n"
        "Kirigami.ApplicationItem {\n"
        "    pageStack.globalToolBar.style: Kirigami.ApplicationHeaderStyle.ToolBar\n"
        "    pageStack.globalToolBar.showNavigationButtons: Kirigami.ApplicationHeaderStyle.NoNavigationButtons\n"
        "    pageStack.initialPage: "
            + QByteArray(page) + " {}\n}\n",
        QUrl());
    QObject *root = host->create();
    if (!root) {
        qWarning() << host->errorString();
        return false;
    }
    view.setContent(QUrl(), host, root);
    return true;
}

// The toolbar button of a page action (Kirigami.Action) with this object name.
inline QQuickItem *actionButton(QQuickWindow &window, const char *name)
{
    QList<QQuickItem *> work = {window.contentItem()};
    while (!work.isEmpty()) {
        QQuickItem *item = work.takeLast();
        const auto *action = item->property("action").value<QObject *>();
        if (action && action->objectName() == QLatin1StringView(name) && item->isVisible() && item->width() > 0)
            return item;
        work << item->childItems();
    }
    return nullptr;
}

// A left click in the middle of a shown item, as the organiser clicks it.
inline void click(QQuickView &view, QQuickItem *item)
{
    QVERIFY(item);
    QTRY_VERIFY(item->isVisible() && item->width() > 0);
    QTest::mouseClick(
        &view, Qt::LeftButton, {}, item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint());
}

} // namespace QuickPage
