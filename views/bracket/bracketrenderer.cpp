// SPDX-License-Identifier: GPL-3.0-or-later
#include "bracketrenderer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

using namespace omnium::engine;

namespace {

constexpr qreal stripeWidth = 5;
constexpr qreal textPadding = 10;

QString tr(const char *text)
{
    return QCoreApplication::translate("BracketRenderer", text);
}

} // namespace

BracketRenderer::BracketRenderer(const PhaseBracket &bracket, Style style)
    : m_bracket(bracket)
    , m_style(std::move(style))
{ }

qreal BracketRenderer::headerHeight() const
{
    return m_style.fontPixelSize * 5;
}

QSizeF BracketRenderer::size() const
{
    const auto bracket = m_bracket.size();
    return QSizeF(std::max(bracket.width(), 600.0), bracket.height() + headerHeight());
}

void BracketRenderer::paint(QPainter &painter, const QRectF &source, const QRectF &target) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.translate(target.topLeft());
    painter.scale(target.width() / source.width(), target.height() / source.height());
    painter.translate(-source.topLeft());
    painter.setClipRect(source);
    painter.fillRect(source, m_style.background);
    if (source.top() < headerHeight())
        paintHeader(painter);
    painter.translate(0, headerHeight());
    paintBracket(painter, source.translated(0, -headerHeight()));
    painter.restore();
}

void BracketRenderer::paintHeader(QPainter &painter) const
{
    const qreal h = headerHeight();
    const qreal margin = m_bracket.layout().metrics().margin;
    painter.fillRect(QRectF(0, h - 4, size().width(), 4), m_style.accent);
    qreal x = margin;
    if (!m_style.logo.isNull()) {
        const QSizeF logoSize = QSizeF(m_style.logo.size()).scaled(QSizeF(h * 2, h - 20), Qt::KeepAspectRatio);
        painter.drawImage(QRectF(QPointF(x, (h - logoSize.height()) / 2), logoSize), m_style.logo);
        x += logoSize.width() + margin;
    }
    QFont title;
    title.setPixelSize(int(m_style.fontPixelSize * 2));
    title.setBold(true);
    painter.setFont(title);
    painter.setPen(m_style.text);
    painter.drawText(
        QRectF(x, 0, size().width() - x - margin, h * 0.62), Qt::AlignLeft | Qt::AlignBottom, m_bracket.title());
    if (!m_style.venue.isEmpty()) {
        QFont venue;
        venue.setPixelSize(int(m_style.fontPixelSize));
        painter.setFont(venue);
        painter.setPen(m_style.muted);
        painter.drawText(
            QRectF(x, h * 0.62, size().width() - x - margin, h * 0.3), Qt::AlignLeft | Qt::AlignTop, m_style.venue);
    }
}

void BracketRenderer::paintBracket(QPainter &painter, const QRectF &visible) const
{
    const auto &layout = m_bracket.layout();
    QFont font;
    font.setPixelSize(int(m_style.fontPixelSize));
    QFont bold = font;
    bold.setBold(true);

    painter.setPen(QPen(m_style.line, 1.2));
    painter.setBrush(Qt::NoBrush);
    for (const auto &connector : layout.connectors()) {
        if (connector.path.boundingRect().intersects(visible))
            painter.drawPolyline(connector.path);
    }
    for (const auto &title : layout.titles()) {
        if (!title.rect.intersects(visible))
            continue;
        painter.setFont(bold);
        painter.setPen(m_style.muted);
        painter.drawText(title.rect, Qt::AlignLeft | Qt::AlignVCenter, title.text);
    }
    QFont seedFont = font;
    seedFont.setPixelSize(std::max(1, int(m_style.fontPixelSize * 0.75)));
    const qreal scoreWidth = m_style.fontPixelSize * 2;
    const qreal seedWidth = m_style.fontPixelSize * 1.8; // four digits, as on screen
    for (const auto &box : layout.boxes()) {
        if (!box.visible || !box.rect.intersects(visible))
            continue;
        const auto *match = m_bracket.match(box.match);
        painter.setPen(QPen(m_style.line, 1.2));
        painter.setBrush(m_style.box);
        painter.drawRect(box.rect);
        painter.fillRect(
            QRectF(box.rect.topLeft(), QSizeF(stripeWidth, box.rect.height())), m_bracket.matchColour(*match));
        painter.drawLine(QPointF(box.rect.left() + stripeWidth, box.rect.center().y()),
            QPointF(box.rect.right(), box.rect.center().y()));
        for (int slot = 0; slot < 2; ++slot) {
            const QRectF area = BracketLayout::slotRect(box.rect, slot);
            const bool winner = match->completed() && match->result.winner == slot;
            if (const int seed = m_bracket.slotSeed(*match, slot)) {
                painter.setFont(seedFont);
                painter.setPen(m_style.muted);
                painter.drawText(QRectF(area.left() + stripeWidth, area.top(), seedWidth, area.height()),
                    Qt::AlignRight | Qt::AlignVCenter, QString::number(seed));
            }
            painter.setFont(winner ? bold : font);
            painter.setPen(match->slots[std::size_t(slot)].isEntrant() ? m_style.text : m_style.muted);
            const QRectF nameArea
                = area.adjusted(stripeWidth + seedWidth + textPadding, 0, -scoreWidth - textPadding, 0);
            painter.drawText(nameArea, Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(painter.font())
                    .elidedText(m_bracket.slotText(*match, slot), Qt::ElideRight, nameArea.width()));
            const QString score = m_bracket.slotScore(*match, slot);
            if (!score.isEmpty())
                painter.drawText(area.adjusted(0, 0, -textPadding, 0), Qt::AlignRight | Qt::AlignVCenter, score);
        }
    }
}

QString BracketRenderer::toPng(const QString &path, qreal scale) const
{
    const QSizeF drawing = size();
    const QSize pixels = (drawing * scale).toSize();
    // One PNG beyond ~16k pixels a side is refused by most viewers and sites.
    if (pixels.width() > 16384 || pixels.height() > 16384)
        return tr("The bracket is too large for one PNG at this scale (%1 × %2 pixels); export a PDF instead.")
            .arg(pixels.width())
            .arg(pixels.height());
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(m_style.background);
    {
        QPainter painter(&image);
        paint(painter, QRectF(QPointF(0, 0), drawing), QRectF(QPointF(0, 0), QSizeF(pixels)));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

QString BracketRenderer::toSvg(const QString &path) const
{
    const QSizeF drawing = size();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(drawing.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), drawing));
        svg.setTitle(m_bracket.title());
        QPainter painter(&svg);
        paint(painter, QRectF(QPointF(0, 0), drawing), QRectF(QPointF(0, 0), drawing));
    }
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

QString BracketRenderer::toPdf(const QString &path, Paging paging, const QPageSize &pageSize) const
{
    const QSizeF drawing = size();
    const QSizeF drawingMm = drawing * millimetresPerUnit;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(m_bracket.title());
        pdf.setCreator(QStringLiteral("Omnium"));
        pdf.setResolution(300);
        constexpr qreal margin = 10; // mm
        QPageLayout page;
        if (paging == Paging::OnePage) {
            const QSizeF paper = drawingMm + QSizeF(2 * margin, 2 * margin);
            page = QPageLayout(QPageSize(paper, QPageSize::Millimeter, QString(), QPageSize::ExactMatch),
                QPageLayout::Portrait, QMarginsF(margin, margin, margin, margin), QPageLayout::Millimeter);
        } else {
            const auto orientation
                = drawing.width() >= drawing.height() ? QPageLayout::Landscape : QPageLayout::Portrait;
            page = QPageLayout(
                pageSize, orientation, QMarginsF(margin, margin, margin, margin), QPageLayout::Millimeter);
        }
        pdf.setPageLayout(page);
        const QRectF printable = page.paintRectPixels(pdf.resolution());
        const qreal pixelsPerUnit = pdf.resolution() / 25.4 * millimetresPerUnit;
        // Tiles step by the printable area less the overlap, so neighbours share a strip.
        const QSizeF tile = printable.size() / pixelsPerUnit;
        const qreal overlap = overlapMillimetres / millimetresPerUnit;
        const int columns = paging == Paging::OnePage
            ? 1
            : std::max(1, int(std::ceil((drawing.width() - overlap) / (tile.width() - overlap))));
        const int rows = paging == Paging::OnePage
            ? 1
            : std::max(1, int(std::ceil((drawing.height() - overlap) / (tile.height() - overlap))));
        QPainter painter(&pdf);
        for (int row = 0; row < rows; ++row) {
            for (int column = 0; column < columns; ++column) {
                if (row > 0 || column > 0)
                    pdf.newPage();
                const QRectF source(
                    column * (tile.width() - overlap), row * (tile.height() - overlap), tile.width(), tile.height());
                paint(painter, source, QRectF(QPointF(0, 0), printable.size()));
                if (columns * rows == 1)
                    continue;
                // Overlap marks: where the next page's content starts, and this page's place.
                painter.setPen(QPen(m_style.muted, 2, Qt::DashLine));
                const qreal overlapPixels = overlap * pixelsPerUnit;
                if (column + 1 < columns)
                    painter.drawLine(QPointF(printable.width() - overlapPixels, 0),
                        QPointF(printable.width() - overlapPixels, printable.height()));
                if (row + 1 < rows)
                    painter.drawLine(QPointF(0, printable.height() - overlapPixels),
                        QPointF(printable.width(), printable.height() - overlapPixels));
                QFont small;
                small.setPointSizeF(7);
                painter.setFont(small);
                painter.setPen(m_style.muted);
                painter.drawText(printable.adjusted(0, 0, -4, -4), Qt::AlignRight | Qt::AlignBottom,
                    tr("%1 — page row %2, column %3 of %4 × %5")
                        .arg(m_bracket.title())
                        .arg(row + 1)
                        .arg(column + 1)
                        .arg(rows)
                        .arg(columns));
            }
        }
    }
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}
