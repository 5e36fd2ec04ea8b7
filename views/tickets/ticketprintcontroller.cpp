// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketprintcontroller.h"

#include "ticketing/ticketcrypto.h"
#include "ticketing/ticketingcontroller.h"

#include <QDateTime>
#include <QLocale>
#include <QPageSize>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

TicketPrintController::TicketPrintController(TicketingController &ticketing, QObject *parent)
    : QObject(parent)
    , m_ticketing(ticketing)
{ }

QString TicketPrintController::venueName() const
{
    return m_settings.value(u"ticketing/venueName"_s).toString();
}

void TicketPrintController::setVenueName(const QString &name)
{
    if (name.trimmed() == venueName())
        return;
    m_settings.setValue(u"ticketing/venueName"_s, name.trimmed());
    Q_EMIT settingsChanged();
}

QString TicketPrintController::eventTitle() const
{
    return m_settings.value(u"ticketing/eventTitle"_s).toString();
}

void TicketPrintController::setEventTitle(const QString &title)
{
    if (title.trimmed() == eventTitle())
        return;
    m_settings.setValue(u"ticketing/eventTitle"_s, title.trimmed());
    Q_EMIT settingsChanged();
}

bool TicketPrintController::sheets() const
{
    return m_settings.value(u"ticketing/printSheets"_s, true).toBool();
}

void TicketPrintController::setSheets(bool sheets)
{
    if (sheets == this->sheets())
        return;
    m_settings.setValue(u"ticketing/printSheets"_s, sheets);
    Q_EMIT settingsChanged();
}

void TicketPrintController::setStatus(const QString &status)
{
    m_status = status;
    Q_EMIT statusChanged();
}

QList<PrintedTicket> TicketPrintController::printable(
    const QList<IssuedTicket> &tickets, const QList<TicketType> &types, const QString &eventTitle)
{
    QList<IssuedTicket> valid;
    for (const IssuedTicket &ticket : tickets) {
        if (ticket.state == IssuedTicket::State::Valid)
            valid.append(ticket);
    }
    std::stable_sort(valid.begin(), valid.end(), [](const IssuedTicket &a, const IssuedTicket &b) {
        return a.issuedAt != b.issuedAt ? a.issuedAt < b.issuedAt : a.id < b.id;
    });
    const QLocale locale;
    QList<PrintedTicket> printed;
    for (const IssuedTicket &ticket : std::as_const(valid)) {
        const auto type = std::find_if(
            types.cbegin(), types.cend(), [&ticket](const TicketType &t) { return t.id == ticket.ticketTypeId; });
        PrintedTicket p;
        p.code = ticket.code;
        p.ticketId = TicketCrypto::ticketIdToText(ticket.id);
        p.typeName = type != types.cend() ? type->name : tr("Ticket type %1").arg(ticket.ticketTypeId);
        if (type != types.cend())
            p.price = type->priceCents == 0 ? tr("Free")
                                            : locale.toCurrencyString(double(type->priceCents) / 100, type->currency);
        p.eventTitle = eventTitle.isEmpty() ? tr("Event %1").arg(ticket.eventId) : eventTitle;
        p.buyerName = ticket.buyerName;
        p.validity = tr("Valid from %1 to %2")
                         .arg(locale.toString(ticket.validFrom.toLocalTime(), QLocale::ShortFormat),
                             locale.toString(ticket.validUntil.toLocalTime(), QLocale::ShortFormat));
        printed.append(p);
    }
    return printed;
}

PrintJob::Result TicketPrintController::writePdf(
    const QString &path, const QList<PrintedTicket> &tickets, bool sheets, const BadgeBranding &branding)
{
    const PrintLayout layout = sheets ? PrintLayout::forPaper(PrintLayout::Paper::A4, TicketRenderer::defaultSizeMm())
                                      : PrintLayout::singleItem(TicketRenderer::defaultSizeMm());
    const TicketRenderer renderer(branding);
    PrintJob job(layout, tickets.size(), [&tickets, &renderer](QPainter &painter, const QRectF &rect, qsizetype index) {
        renderer.paint(painter, rect, tickets.at(index));
    });
    job.setTitle(tr("Tickets"));
    return job.writePdf(path);
}

bool TicketPrintController::exportPdf(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (path.isEmpty())
        return false;
    const QList<PrintedTicket> tickets
        = printable(m_ticketing.listedTickets(), m_ticketing.listedTypes(), eventTitle());
    if (tickets.isEmpty()) {
        setStatus(tr("No valid ticket in the list to print."));
        return false;
    }
    BadgeBranding branding = m_branding;
    if (branding.venueName.isEmpty())
        branding.venueName = venueName();
    const PrintJob::Result result = writePdf(path, tickets, sheets(), branding);
    if (!result.ok()) {
        setStatus(tr("The tickets could not be written: %1").arg(result.error));
        return false;
    }
    setStatus(tr("%n ticket(s) written to %1.", nullptr, int(tickets.size())).arg(path));
    return true;
}

QUrl TicketPrintController::suggestedPdfUrl() const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QUrl::fromLocalFile(
        folder + u"/tickets-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmm"_s) + u".pdf"_s);
}
