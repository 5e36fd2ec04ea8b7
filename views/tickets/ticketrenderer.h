// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "print/badge.h"

#include <QRectF>
#include <QString>

class QPainter;

// What is printed on one ticket, already in words: the renderer only lays it out.
struct PrintedTicket {
    QString code; // the signed ticket code, as the QR code
    QString ticketId; // 16 hex digits, printed small under the QR code
    QString typeName;
    QString price; // formatted with its currency
    QString eventTitle;
    QString buyerName;
    QString validity; // the validity window, formatted
};

// Paints a spectator ticket with QPainter in millimetres (the same path as badges: PrintJob,
// PrintLayout, QrCode, FittedText): the venue's colour band with its name or logo and the
// event, the ticket type, the holder, the validity, and a large QR code of the signed code
// that the gate scans. Sized for A6 portrait; any rectangle works, nothing overflows.
class TicketRenderer
{
public:
    explicit TicketRenderer(BadgeBranding branding = {});

    static QSizeF defaultSizeMm() { return QSizeF(105, 148); } // A6: four on an A4 sheet

    // Paints ticket into rectMm (painter's unit: 1 mm), clipped to it.
    void paint(QPainter &painter, const QRectF &rectMm, const PrintedTicket &ticket) const;

private:
    BadgeBranding m_branding;
};
