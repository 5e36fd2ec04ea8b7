// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "badgeprintcontroller.h"

#include <QPointer>
#include <QQuickPaintedItem>

// One page of the ticked badges drawn on screen by the same code that prints it, so the
// preview is exactly what comes out of the printer (with crop marks on sheets).
class BadgePagePreview : public QQuickPaintedItem
{
    Q_OBJECT
    Q_PROPERTY(BadgePrintController *controller READ controller WRITE setController NOTIFY controllerChanged)
    // 0-based page of the run.
    Q_PROPERTY(int page READ page WRITE setPage NOTIFY pageChanged)

public:
    explicit BadgePagePreview(QQuickItem *parent = nullptr);

    BadgePrintController *controller() const { return m_controller; }
    void setController(BadgePrintController *controller);
    int page() const { return m_page; }
    void setPage(int page);

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void controllerChanged();
    void pageChanged();

private:
    QPointer<BadgePrintController> m_controller;
    QMetaObject::Connection m_connection;
    int m_page = 0;
};
