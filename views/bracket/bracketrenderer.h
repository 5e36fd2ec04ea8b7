// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "phasebracket.h"
#include "shell/theme.h"

#include <QImage>
#include <QPageSize>

class QPainter;

// Paints a phase's bracket with QPainter for export: PNG for social media, SVG for designers,
// PDF for print — one big page, or split over pages with overlap marks so it can be taped
// together. Uses the same layout and texts as the on-screen view, with the venue's branding.
class BracketRenderer
{
public:
    struct Style {
        // Paper is white: the light theme's colours.
        QColor background = Theme::paper().surface;
        QColor box = Theme::paper().surface;
        QColor text = Theme::paper().text;
        QColor muted = Theme::paper().mutedText;
        QColor line = Theme::paper().line;
        QColor accent = Theme::accent();
        QString venue; // shown in the header band with the logo
        QImage logo;
        qreal fontPixelSize = 14;
    };

    enum class Paging { OnePage, Split };

    BracketRenderer(const PhaseBracket &bracket, Style style);
    explicit BracketRenderer(const PhaseBracket &bracket)
        : BracketRenderer(bracket, Style())
    { }

    // Size of the whole drawing in layout units: the header band plus the bracket.
    QSizeF size() const;
    // Paints the part `source` of the drawing (layout units) into `target` (painter units).
    void paint(QPainter &painter, const QRectF &source, const QRectF &target) const;

    // Each returns an empty string on success, else a message naming the file and the problem.
    QString toPng(const QString &path, qreal scale = 1) const;
    QString toSvg(const QString &path) const;
    QString toPdf(const QString &path, Paging paging, const QPageSize &pageSize = QPageSize(QPageSize::A4)) const;

    // Millimetres per layout unit on paper: boxes 44 mm wide, text about 8 pt.
    static constexpr qreal millimetresPerUnit = 0.2;
    static constexpr qreal overlapMillimetres = 10;

private:
    const PhaseBracket &m_bracket;
    Style m_style;
    qreal headerHeight() const;
    void paintHeader(QPainter &painter) const;
    void paintBracket(QPainter &painter, const QRectF &visible) const;
};
