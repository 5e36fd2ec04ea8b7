// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPageLayout>
#include <QPageSize>
#include <QRectF>
#include <QSizeF>
#include <QString>

class QPainter;

// A named size for a printed item (badge, ticket), given portrait (width ≤ height).
struct PrintSize {
    QString key; // "a6", "a7", "cr80", "cr100", "4x3in", "90x54" or "custom"
    QString label; // for the UI, translated
    QSizeF mm;

    // The badge sizes of issue 7: A6, A7, CR80, CR100, 4 × 3 in, 90 × 54 mm.
    static QList<PrintSize> badgeSizes();
    // The size with this key; an invalid (empty) size if unknown.
    static PrintSize find(const QString &key);
    // mm turned to landscape (width ≥ height) or portrait.
    static QSizeF oriented(QSizeF mm, QPageLayout::Orientation orientation);
};

// Where items go on pages: one per page (card and label printers), or a centred grid on
// a sheet with crop marks for cutting. Pure geometry in millimetres, shared by badges and
// tickets; the same layout drives PDF, printer and preview output.
class PrintLayout
{
public:
    enum class Paper { SinglePerPage, A4, Letter };

    PrintLayout() = default;
    // One item per page, the page being the item's size (no crop marks).
    static PrintLayout singleItem(QSizeF itemMm);
    // As many items of itemMm as fit on the paper, choosing the paper orientation that holds
    // more; items touch each other (a guillotine cut serves two) and crop marks are drawn.
    // Items stay printerMarginMm away from the paper's edge, which office printers leave
    // blank: where a full-size grid would need the edge (4 × A6 or 8 × A7 on A4), the items
    // shrink a little (down to minimumScale, e.g. A6 to 95 %) rather than lose a row.
    static PrintLayout sheet(const QPageSize &paper, QSizeF itemMm);
    static constexpr double printerMarginMm = 5.0;
    static constexpr double minimumScale = 0.9;
    static PrintLayout forPaper(Paper paper, QSizeF itemMm);

    bool isValid() const { return m_columns > 0 && m_rows > 0; }
    QSizeF pageMm() const { return m_pageMm; }
    // The printed size of an item (the asked size times scale()).
    QSizeF itemMm() const { return m_itemMm; }
    // 1, or less when the items were shrunk to keep off the paper's edge.
    double scale() const { return m_scale; }
    int columns() const { return m_columns; }
    int rows() const { return m_rows; }
    bool hasCropMarks() const { return m_cropMarks; }
    int itemsPerPage() const { return m_columns * m_rows; }
    int pageCount(qsizetype items) const;
    // The rectangle of the slot-th item on a page (row by row), in mm from the page's corner.
    QRectF itemRect(int slot) const;
    // For QPdfWriter/QPrinter: the page size and orientation, no margins.
    QPageLayout pageLayout() const;

    // Draws the cut marks in the page margins (painter in mm). Cut lines on (or within 2 mm
    // of) the page edge get none; where the margin is narrower than 4 mm the marks enter the page by 3 mm.
    void paintCropMarks(QPainter &painter) const;

private:
    QSizeF m_pageMm;
    QSizeF m_itemMm;
    int m_columns = 0;
    int m_rows = 0;
    double m_scale = 1.0;
    bool m_cropMarks = false;
};
