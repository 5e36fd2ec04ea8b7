// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

// A left click in the middle of a shown item, as the organiser clicks it.
inline void click(QQuickView &view, QQuickItem *item)
{
    QVERIFY(item);
    QTRY_VERIFY(item->isVisible() && item->width() > 0);
    QTest::mouseClick(
        &view, Qt::LeftButton, {}, item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint());
}

} // namespace QuickPage
