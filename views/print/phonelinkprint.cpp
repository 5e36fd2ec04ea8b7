// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonelinkprint.h"

#include "printtext.h"
#include "qrcode.h"

#include <QPageSize>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace {

const QColor ink(0x11, 0x11, 0x11);

// text fitted in the band [top, top + height] of box, centred.
void line(QPainter &painter, const QRectF &box, double top, double height, const QString &text, double maxEm,
    bool bold = false, int maxLines = 2)
{
    const QRectF band(box.left(), box.top() + top, box.width(), height);
    FittedText::fit(text, band.size(), {.maxEmMm = maxEm, .minEmMm = 2, .maxLines = maxLines, .bold = bold})
        .paint(painter, band, ink);
}

} // namespace

PrintJob::Result PhoneLinkPrint::writePosterPdf(const QString &path, const QUrl &findUrl)
{
    const QSizeF a4 = QPageSize(QPageSize::A4).size(QPageSize::Millimeter);
    PrintJob job(PrintLayout::singleItem(a4), 1, [findUrl](QPainter &painter, const QRectF &page, qsizetype) {
        const QRectF box = page.adjusted(18, 18, -18, -18);
        line(painter, box, 0, 26, tr("Your matches on your phone"), 14, true, 1);
        line(painter, box, 28, 22, tr("Where to play, when, and your results: scan this code."), 8);
        const double side = std::min(box.width(), 150.0);
        QrCode::encode(findUrl.toString(), QrCode::ErrorCorrection::Medium)
            .paint(painter, QRectF(box.center().x() - side / 2, box.top() + 56, side, side), 4);
        line(painter, box, 60 + side, 14, findUrl.toString(), 9, true, 1);
        line(painter, box, 78 + side, 30,
            tr("Then type a few letters of your tag and the code on your badge or check-in slip. No code? Ask the "
               "desk."),
            6, false, 3);
    });
    job.setTitle(tr("Phone pages poster"));
    return job.writePdf(path);
}

PrintJob::Result PhoneLinkPrint::writeSlipPdf(
    const QString &path, const QString &tag, const QUrl &link, const QString &code, const QUrl &findUrl)
{
    const QSizeF a6 = QPageSize(QPageSize::A6).size(QPageSize::Millimeter);
    PrintJob job(PrintLayout::singleItem(a6), 1, [=](QPainter &painter, const QRectF &page, qsizetype) {
        const QRectF box = page.adjusted(8, 8, -8, -8);
        line(painter, box, 0, 14, tag, 10, true, 1);
        line(painter, box, 15, 10, tr("Scan: your next match, where to play, your results."), 4.5);
        const double side = std::min(box.width(), 78.0);
        QrCode::encode(link.toString(), QrCode::ErrorCorrection::Medium)
            .paint(painter, QRectF(box.center().x() - side / 2, box.top() + 27, side, side), 4);
        line(painter, box, 29 + side, 9, tr("Your code: %1").arg(code), 6, true, 1);
        line(painter, box, 39 + side, 14,
            tr("Lost this page? Scan the poster (%1) and type your tag and this code.").arg(findUrl.toString()), 3.4,
            false, 3);
    });
    job.setTitle(tr("Phone link for %1").arg(tag));
    return job.writePdf(path);
}
