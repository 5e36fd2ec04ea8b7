// SPDX-License-Identifier: GPL-3.0-or-later
#include "printtext.h"

#include "core/logging.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

// Q_INIT_RESOURCE declares a function, so it must be used outside any namespace.
static void initPrintFonts()
{
    Q_INIT_RESOURCE(printfonts);
}

namespace {
// Text is laid out in 1/100 mm units with integer pixel sizes, so metrics do not depend on
// the device's resolution (a PDF at 1200 dpi and a 96 dpi preview break lines the same way).
constexpr double TextScale = 100.0;

QString loadBundledFonts()
{
    initPrintFonts();
    QString family;
    for (const auto &file : {u":/fonts/DejaVuSans.ttf"_s, u":/fonts/DejaVuSans-Bold.ttf"_s}) {
        const int id = QFontDatabase::addApplicationFont(file);
        if (id < 0) {
            qCWarning(lcPrint) << "could not load the bundled font" << file;
            continue;
        }
        if (family.isEmpty())
            family = QFontDatabase::applicationFontFamilies(id).value(0);
    }
    return family.isEmpty() ? u"DejaVu Sans"_s : family;
}

struct Wrapped {
    QStringList lines;
    QList<int> starts; // where each line starts in the text
    double widest = 0;
    bool wordTooLong = false;
};

Wrapped wrap(const QString &text, const QFont &font, double width, int maxLines, bool anywhere)
{
    Wrapped result;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(anywhere ? QTextOption::WrapAtWordBoundaryOrAnywhere : QTextOption::WordWrap);
    layout.setTextOption(option);
    layout.setCacheEnabled(false);
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        result.lines << text.mid(line.textStart(), line.textLength()).trimmed();
        result.starts << line.textStart();
        result.widest = std::max(result.widest, line.naturalTextWidth());
        if (line.naturalTextWidth() > width + 0.5)
            result.wordTooLong = true;
        if (result.lines.size() > maxLines)
            break;
    }
    layout.endLayout();
    return result;
}
} // namespace

QString PrintFonts::family()
{
    static const QString family = loadBundledFonts();
    return family;
}

QFont PrintFonts::font(double emMm, bool bold)
{
    // The bundled font first; for the scripts it lacks, the fonts the package depends on:
    // Noto CJK (Chinese, Japanese, Korean) and Symbola, whose emoji are outlines the PDF
    // engine draws (a colour emoji font is bitmaps, which vanish from a PDF).
    QFont font;
    font.setFamilies({family(), u"Noto Sans CJK JP"_s, u"Symbola"_s});
    font.setPixelSize(std::max(1, int(std::lround(emMm * TextScale))));
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::PreferAntialias);
    font.setKerning(true);
    // Printed text is read back — a ticket's code typed in at the gate, a PDF searched or
    // copied — so "ff" stays two letters: no ligatures (a code 0e63181ffd… printed "ﬀ").
    font.setFeature(QFont::Tag("liga"), 0);
    return font;
}

FittedText FittedText::fit(const QString &text, QSizeF boxMm, const Style &style)
{
    FittedText fitted;
    fitted.m_bold = style.bold;
    fitted.m_alignment = style.alignment;
    const QString simplified = text.simplified();
    if (simplified.isEmpty() || boxMm.isEmpty())
        return fitted;
    const double width = boxMm.width() * TextScale;
    const double height = boxMm.height() * TextScale;
    const int maxLines = std::max(1, style.maxLines);

    const auto accept = [&](double em, const Wrapped &wrapped, const QFontMetricsF &metrics) {
        fitted.m_emMm = em;
        fitted.m_lines = wrapped.lines;
        fitted.m_sizeMm
            = QSizeF(std::min(wrapped.widest, width), wrapped.lines.size() * metrics.lineSpacing()) / TextScale;
        return fitted;
    };

    // The text at em if it fits the box on at most `lines` lines without breaking a word.
    const auto tryAt = [&](double em, int lines) -> std::optional<std::pair<Wrapped, QFontMetricsF>> {
        const QFont font = PrintFonts::font(em, style.bold);
        const QFontMetricsF metrics(font);
        const int capacity = std::min(lines, int(std::floor(height / metrics.lineSpacing() + 1e-6)));
        if (capacity < 1)
            return std::nullopt;
        Wrapped wrapped = wrap(simplified, font, width, capacity, false);
        if (wrapped.wordTooLong || wrapped.lines.size() > capacity)
            return std::nullopt;
        return std::make_pair(std::move(wrapped), metrics);
    };

    // The largest size that fits, found by bisection (7 layouts, to 1 % of the range). Text
    // that fits on one line at two thirds of the largest size stays on one line: a name looks
    // better whole than broken in two at a slightly larger size.
    const double oneLineFloor = std::max(style.minEmMm, style.maxEmMm * 0.66);
    for (const bool oneLineFirst : {true, false}) {
        if (oneLineFirst && maxLines == 1)
            continue;
        const int lines = oneLineFirst ? 1 : maxLines;
        if (auto largest = tryAt(style.maxEmMm, lines))
            return accept(style.maxEmMm, largest->first, largest->second);
        double low = oneLineFirst ? oneLineFloor : style.minEmMm;
        auto best = tryAt(low, lines);
        if (!best)
            continue;
        double high = style.maxEmMm;
        for (int step = 0; step < 6 && high - low > 0.01; ++step) {
            const double middle = (low + high) / 2;
            if (auto fits = tryAt(middle, lines)) {
                low = middle;
                best = std::move(fits);
            } else {
                high = middle;
            }
        }
        return accept(low, best->first, best->second);
    }

    // Still too long at the smallest size: break anywhere, then elide the last line.
    double em = style.minEmMm;
    QFont font = PrintFonts::font(em, style.bold);
    QFontMetricsF metrics(font);
    int lines = std::min(maxLines, int(std::floor(height / metrics.lineSpacing() + 1e-6)));
    if (lines < 1) { // the box is lower than one line at the smallest size: shrink to its height
        em = em * height / metrics.lineSpacing();
        font = PrintFonts::font(em, style.bold);
        metrics = QFontMetricsF(font);
        lines = 1;
    }
    Wrapped wrapped = wrap(simplified, font, width, lines, true);
    if (wrapped.lines.size() > lines || wrapped.wordTooLong) {
        const QString rest = simplified.mid(wrapped.starts.at(lines - 1)).trimmed();
        wrapped.lines = wrapped.lines.mid(0, lines);
        wrapped.lines[lines - 1] = metrics.elidedText(rest, Qt::ElideRight, width);
        wrapped.widest = 0;
        for (const auto &line : std::as_const(wrapped.lines))
            wrapped.widest = std::max(wrapped.widest, metrics.horizontalAdvance(line));
        fitted.m_elided = true;
    }
    return accept(em, wrapped, metrics);
}

void FittedText::paint(QPainter &painter, const QRectF &boxMm, const QColor &colour) const
{
    if (m_lines.isEmpty())
        return;
    const QFont font = PrintFonts::font(m_emMm, m_bold);
    const QFontMetricsF metrics(font);
    const QRectF box(boxMm.topLeft() * TextScale, boxMm.size() * TextScale);
    const double blockHeight = m_lines.size() * metrics.lineSpacing() - metrics.leading();
    double y = box.top();
    if (m_alignment & Qt::AlignVCenter)
        y += (box.height() - blockHeight) / 2;
    else if (m_alignment & Qt::AlignBottom)
        y += box.height() - blockHeight;

    painter.save();
    painter.scale(1 / TextScale, 1 / TextScale);
    painter.setFont(font);
    painter.setPen(colour);
    for (const auto &line : m_lines) {
        const double lineWidth = metrics.horizontalAdvance(line);
        double x = box.left();
        if (m_alignment & Qt::AlignHCenter)
            x += (box.width() - lineWidth) / 2;
        else if (m_alignment & Qt::AlignRight)
            x += box.width() - lineWidth;
        painter.drawText(QPointF(x, y + metrics.ascent()), line);
        y += metrics.lineSpacing();
    }
    painter.restore();
}
