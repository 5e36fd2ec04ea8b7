// SPDX-License-Identifier: GPL-3.0-or-later
#include "printlayout.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

QList<PrintSize> PrintSize::badgeSizes()
{
    return {
        {u"a6"_s, QCoreApplication::translate("PrintSize", "A6 (105 × 148 mm)"), {105, 148}},
        {u"a7"_s, QCoreApplication::translate("PrintSize", "A7 (74 × 105 mm)"), {74, 105}},
        {u"cr80"_s, QCoreApplication::translate("PrintSize", "CR80 card (85.6 × 54 mm)"), {54, 85.6}},
        {u"cr100"_s, QCoreApplication::translate("PrintSize", "CR100 card (98.5 × 67 mm)"), {67, 98.5}},
        {u"4x3in"_s, QCoreApplication::translate("PrintSize", "4 × 3 in (101.6 × 76.2 mm)"), {76.2, 101.6}},
        {u"90x54"_s, QCoreApplication::translate("PrintSize", "90 × 54 mm"), {54, 90}},
    };
}

PrintSize PrintSize::find(const QString &key)
{
    for (const auto &size : badgeSizes()) {
        if (size.key == key)
            return size;
    }
    return {};
}

QSizeF PrintSize::oriented(QSizeF mm, QPageLayout::Orientation orientation)
{
    const bool landscape = mm.width() > mm.height();
    if (landscape != (orientation == QPageLayout::Landscape))
        mm.transpose();
    return mm;
}

PrintLayout PrintLayout::singleItem(QSizeF itemMm)
{
    PrintLayout layout;
    layout.m_pageMm = itemMm;
    layout.m_itemMm = itemMm;
    layout.m_columns = layout.m_rows = itemMm.isEmpty() ? 0 : 1;
    return layout;
}

PrintLayout PrintLayout::sheet(const QPageSize &paper, QSizeF itemMm)
{
    PrintLayout best;
    if (itemMm.isEmpty())
        return best;
    const QSizeF portrait = paper.size(QPageSize::Millimeter);
    // 0.01 mm of tolerance: 2 × 105 mm fills A4's 210 mm exactly.
    const auto fit = [](double page, double item) { return int(std::floor((page + 0.01) / item)); };
    const auto consider = [&](QSizeF page, int columns, int rows, double scale) {
        if (columns * rows == 0)
            return;
        if (columns * rows > best.itemsPerPage()
            || (columns * rows == best.itemsPerPage() && scale > best.m_scale + 1e-9)) {
            best.m_pageMm = page;
            best.m_itemMm = itemMm * scale;
            best.m_columns = columns;
            best.m_rows = rows;
            best.m_scale = scale;
            best.m_cropMarks = true;
        }
    };
    for (const QSizeF page : {portrait, portrait.transposed()}) {
        const QSizeF printable = page - 2 * QSizeF(printerMarginMm, printerMarginMm);
        // Full size inside the printable area.
        consider(page, fit(printable.width(), itemMm.width()), fit(printable.height(), itemMm.height()), 1.0);
        // As many as the whole sheet holds, shrunk into the printable area.
        const int columns = fit(page.width(), itemMm.width());
        const int rows = fit(page.height(), itemMm.height());
        if (columns * rows > 0) {
            const double scale = std::min(
                {1.0, printable.width() / (columns * itemMm.width()), printable.height() / (rows * itemMm.height())});
            if (scale >= minimumScale)
                consider(page, columns, rows, scale);
        }
    }
    return best;
}

PrintLayout PrintLayout::forPaper(Paper paper, QSizeF itemMm)
{
    switch (paper) {
    case Paper::A4:
        return sheet(QPageSize(QPageSize::A4), itemMm);
    case Paper::Letter:
        return sheet(QPageSize(QPageSize::Letter), itemMm);
    case Paper::SinglePerPage:
        break;
    }
    return singleItem(itemMm);
}

int PrintLayout::pageCount(qsizetype items) const
{
    if (!isValid() || items <= 0)
        return 0;
    return int((items + itemsPerPage() - 1) / itemsPerPage());
}

QRectF PrintLayout::itemRect(int slot) const
{
    const QSizeF grid(m_columns * m_itemMm.width(), m_rows * m_itemMm.height());
    const QPointF origin((m_pageMm.width() - grid.width()) / 2, (m_pageMm.height() - grid.height()) / 2);
    const int column = slot % m_columns;
    const int row = slot / m_columns;
    return {origin + QPointF(column * m_itemMm.width(), row * m_itemMm.height()), m_itemMm};
}

QPageLayout PrintLayout::pageLayout() const
{
    const bool landscape = m_pageMm.width() > m_pageMm.height();
    const QSizeF portrait = landscape ? m_pageMm.transposed() : m_pageMm;
    return QPageLayout(QPageSize(portrait, QPageSize::Millimeter, QString(), QPageSize::FuzzyMatch),
        landscape ? QPageLayout::Landscape : QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

void PrintLayout::paintCropMarks(QPainter &painter) const
{
    if (!m_cropMarks || !isValid())
        return;
    constexpr double gap = 1.0; // between the mark and the item's corner
    constexpr double inside = 3.0; // mark length when the margin is too narrow
    const QRectF grid(itemRect(0).topLeft(), QSizeF(m_columns * m_itemMm.width(), m_rows * m_itemMm.height()));
    const auto markLength = [&](double margin) { return margin >= gap + 3.0 ? std::min(5.0, margin - gap) : 0.0; };
    const double top = grid.top(), left = grid.left();
    const double bottomMargin = m_pageMm.height() - grid.bottom(), rightMargin = m_pageMm.width() - grid.right();

    painter.save();
    painter.setPen(QPen(Qt::black, 0.15));
    painter.setRenderHint(QPainter::Antialiasing, true);
    const auto onEdge = [](double value, double edge) { return std::abs(value - edge) < 2.0; };
    for (int column = 0; column <= m_columns; ++column) {
        const double x = left + column * m_itemMm.width();
        if (onEdge(x, 0) || onEdge(x, m_pageMm.width()))
            continue;
        if (const double length = markLength(top); length > 0)
            painter.drawLine(QPointF(x, top - gap - length), QPointF(x, top - gap));
        else
            painter.drawLine(QPointF(x, 0), QPointF(x, inside));
        if (const double length = markLength(bottomMargin); length > 0)
            painter.drawLine(QPointF(x, grid.bottom() + gap), QPointF(x, grid.bottom() + gap + length));
        else
            painter.drawLine(QPointF(x, m_pageMm.height() - inside), QPointF(x, m_pageMm.height()));
    }
    for (int row = 0; row <= m_rows; ++row) {
        const double y = top + row * m_itemMm.height();
        if (onEdge(y, 0) || onEdge(y, m_pageMm.height()))
            continue;
        if (const double length = markLength(left); length > 0)
            painter.drawLine(QPointF(left - gap - length, y), QPointF(left - gap, y));
        else
            painter.drawLine(QPointF(0, y), QPointF(inside, y));
        if (const double length = markLength(rightMargin); length > 0)
            painter.drawLine(QPointF(grid.right() + gap, y), QPointF(grid.right() + gap + length, y));
        else
            painter.drawLine(QPointF(m_pageMm.width() - inside, y), QPointF(m_pageMm.width(), y));
    }
    painter.restore();
}
