// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketrenderer.h"

#include "print/printtext.h"
#include "print/qrcode.h"

#include <QPainter>

TicketRenderer::TicketRenderer(BadgeBranding branding)
    : m_branding(std::move(branding))
{ }

void TicketRenderer::paint(QPainter &painter, const QRectF &rectMm, const PrintedTicket &ticket) const
{
    painter.save();
    painter.setClipRect(rectMm);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rectMm, Qt::white);

    const double w = rectMm.width();
    const double h = rectMm.height();
    const double margin = qMax(3.0, qMin(w, h) * 0.05);
    const QColor ink(0x1a, 0x1a, 0x1a);
    const QColor muted(0x55, 0x55, 0x55);

    // The venue's band: logo or name, then the event.
    const QRectF band(rectMm.left(), rectMm.top(), w, h * 0.2);
    painter.fillRect(band, m_branding.accent);
    const QRectF venueBox(band.left() + margin, band.top() + margin * 0.6, w - 2 * margin, band.height() * 0.38);
    if (!m_branding.venueLogo.isNull()) {
        const QSizeF logo = QSizeF(m_branding.venueLogo.size()).scaled(venueBox.size(), Qt::KeepAspectRatio);
        painter.drawImage(QRectF(venueBox.topLeft(), logo), m_branding.venueLogo);
    } else {
        FittedText::fit(m_branding.venueName, venueBox.size(), {6, 2.5, 1, true, Qt::AlignLeft | Qt::AlignVCenter})
            .paint(painter, venueBox, Qt::white);
    }
    const QRectF eventBox(
        venueBox.left(), venueBox.bottom() + 1, venueBox.width(), band.bottom() - venueBox.bottom() - 1 - margin * 0.5);
    FittedText::fit(ticket.eventTitle, eventBox.size(), {4.5, 2, 2, false, Qt::AlignLeft | Qt::AlignVCenter})
        .paint(painter, eventBox, Qt::white);

    // What the ticket is, and for whom.
    double y = band.bottom() + margin * 0.8;
    const auto line = [&](const QString &text, double height, const FittedText::Style &style, const QColor &colour) {
        const QRectF box(rectMm.left() + margin, y, w - 2 * margin, height);
        if (!text.isEmpty())
            FittedText::fit(text, box.size(), style).paint(painter, box, colour);
        y += height + 1;
    };
    line(ticket.typeName, h * 0.085, {8, 3, 1, true, Qt::AlignCenter}, ink);
    line(ticket.buyerName, h * 0.05, {5, 2.5, 1, false, Qt::AlignCenter}, ink);
    line(ticket.validity, h * 0.05, {3.5, 2, 2, false, Qt::AlignCenter}, muted);
    line(ticket.price, h * 0.035, {3.5, 2, 1, false, Qt::AlignCenter}, muted);

    // The QR code takes the rest, with its id underneath.
    const double idHeight = qMax(3.0, h * 0.03);
    const double side = qMax(0.0, qMin(w - 2 * margin, rectMm.bottom() - margin - idHeight - y));
    const QRectF qrRect(rectMm.center().x() - side / 2, y, side, side);
    const QrCode qr = QrCode::encode(ticket.code, QrCode::ErrorCorrection::Medium);
    if (!qr.isNull())
        qr.paint(painter, qrRect, 4);
    const QRectF idBox(rectMm.left() + margin, qrRect.bottom(), w - 2 * margin, idHeight);
    FittedText::fit(ticket.ticketId, idBox.size(), {2.8, 1.5, 1, false, Qt::AlignCenter}).paint(painter, idBox, muted);

    // A thin accent frame, so a ticket cut from a sheet still looks finished.
    painter.setPen(QPen(m_branding.accent, 0.4));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rectMm.adjusted(0.2, 0.2, -0.2, -0.2));
    painter.restore();
}
