// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QRectF>
#include <QStringList>

class QPainter;

// Text for printed items, drawn with the bundled font so output is identical on every
// computer. Sizes are in millimetres (the em height), as is everything on a printed page.
namespace PrintFonts {
// "DejaVu Sans", loaded from the resources (:/fonts) through QFontDatabase on first use.
QString family();
// The bundled font at emMm millimetres, in the text space of FittedText (1/100 mm units),
// falling back on Noto Sans CJK and Symbola (monochrome emoji) for what it lacks.
QFont font(double emMm, bool bold = false);
} // namespace PrintFonts

// A piece of text fitted into a box: the largest size between maxEmMm and minEmMm at which
// it fits on at most maxLines lines, wrapped at word boundaries; at the smallest size a word
// too long is broken, and what still does not fit is elided with "…". Never overflows.
class FittedText
{
public:
    struct Style {
        double maxEmMm = 6;
        double minEmMm = 2;
        int maxLines = 1;
        bool bold = false;
        Qt::Alignment alignment = Qt::AlignCenter;
    };

    static FittedText fit(const QString &text, QSizeF boxMm, const Style &style);

    void paint(QPainter &painter, const QRectF &boxMm, const QColor &colour) const;

    double emMm() const { return m_emMm; }
    QStringList lines() const { return m_lines; }
    bool isElided() const { return m_elided; }
    // The size the lines take, in mm (never larger than the box given to fit()).
    QSizeF sizeMm() const { return m_sizeMm; }

private:
    QStringList m_lines;
    double m_emMm = 0;
    bool m_bold = false;
    bool m_elided = false;
    Qt::Alignment m_alignment;
    QSizeF m_sizeMm;
};
