// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrcode.h"

#include "core/logging.h"

#include <QPainter>
#include <QPainterPath>

#include <BitMatrix.h>
#include <CharacterSet.h>
#include <MultiFormatWriter.h>

#include <exception>

QrCode QrCode::encode(const QString &text, ErrorCorrection level)
{
    QrCode code;
    try {
        const ZXing::BitMatrix matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                                            .setEncoding(ZXing::CharacterSet::UTF8)
                                            .setEccLevel(int(level))
                                            .setMargin(0)
                                            .encode(text.toStdString(), 0, 0);
        if (matrix.width() != matrix.height() || matrix.width() == 0)
            return code;
        code.m_size = matrix.width();
        code.m_modules.resize(qsizetype(code.m_size) * code.m_size);
        for (int y = 0; y < code.m_size; ++y) {
            for (int x = 0; x < code.m_size; ++x)
                code.m_modules[y * code.m_size + x] = matrix.get(x, y);
        }
    } catch (const std::exception &error) {
        qCWarning(lcPrint) << "cannot encode a QR code:" << error.what();
        return {};
    }
    return code;
}

void QrCode::paint(QPainter &painter, const QRectF &rect, int quietModules) const
{
    if (isNull())
        return;
    const double side = std::min(rect.width(), rect.height());
    const double unit = side / (m_size + 2 * quietModules);
    const QRectF square(rect.center() - QPointF(side / 2, side / 2), QSizeF(side, side));
    const QPointF origin = square.topLeft() + QPointF(unit * quietModules, unit * quietModules);

    // One path of horizontal runs: a few hundred rectangles per code in the PDF, not thousands.
    QPainterPath dark;
    dark.setFillRule(Qt::WindingFill);
    for (int y = 0; y < m_size; ++y) {
        int x = 0;
        while (x < m_size) {
            if (!module(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_size && module(x, y))
                ++x;
            // A hair of overlap so antialiased previews show no seams between rows.
            dark.addRect(QRectF(origin.x() + start * unit, origin.y() + y * unit, (x - start) * unit, unit * 1.02));
        }
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(square, Qt::white);
    painter.fillPath(dark, Qt::black);
    painter.restore();
}
