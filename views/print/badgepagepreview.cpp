// SPDX-License-Identifier: GPL-3.0-or-later
#include "badgepagepreview.h"

#include "badgeprintcontroller.h"

#include <QPainter>

BadgePagePreview::BadgePagePreview(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
}

void BadgePagePreview::setController(BadgePrintController *controller)
{
    if (controller == m_controller)
        return;
    disconnect(m_connection);
    m_controller = controller;
    if (m_controller)
        m_connection = connect(m_controller, &BadgePrintController::layoutChanged, this, [this] { update(); });
    Q_EMIT controllerChanged();
    update();
}

void BadgePagePreview::setPage(int page)
{
    if (page == m_page)
        return;
    m_page = page;
    Q_EMIT pageChanged();
    update();
}

void BadgePagePreview::paint(QPainter *painter)
{
    if (!m_controller)
        return;
    const PrintJob job = m_controller->previewJob();
    const QSizeF page = job.layout().pageMm();
    if (page.isEmpty() || width() <= 0 || height() <= 0)
        return;
    const double scale = std::min(width() / page.width(), height() / page.height());
    painter->save();
    painter->translate((width() - page.width() * scale) / 2, (height() - page.height() * scale) / 2);
    painter->scale(scale, scale);
    painter->fillRect(QRectF(QPointF(0, 0), page), Qt::white);
    if (m_page >= 0 && m_page < job.pageCount())
        job.paintPage(*painter, m_page);
    painter->restore();
}
