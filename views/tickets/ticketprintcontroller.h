// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "print/printjob.h"
#include "ticketing/ticketingtypes.h"
#include "ticketrenderer.h"

#include <QObject>
#include <QSettings>
#include <QUrl>

class TicketingController;

// Prints the tickets listed on the Tickets page (those still valid) to a PDF: four A6
// tickets per A4 sheet with crop marks, or one per A6 page for a ticket printer. The venue
// name and the event's title printed on them are remembered in the settings.
class TicketPrintController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString venueName READ venueName WRITE setVenueName NOTIFY settingsChanged)
    Q_PROPERTY(QString eventTitle READ eventTitle WRITE setEventTitle NOTIFY settingsChanged)
    // Four per A4 sheet (true) or one per A6 page (false).
    Q_PROPERTY(bool sheets READ sheets WRITE setSheets NOTIFY settingsChanged)
    // What the last export did, for the user.
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)

public:
    explicit TicketPrintController(TicketingController &ticketing, QObject *parent = nullptr);

    QString venueName() const;
    void setVenueName(const QString &name);
    QString eventTitle() const;
    void setEventTitle(const QString &title);
    bool sheets() const;
    void setSheets(bool sheets);
    QString status() const { return m_status; }
    void setBranding(const BadgeBranding &branding) { m_branding = branding; }

    Q_INVOKABLE bool exportPdf(const QUrl &file);
    Q_INVOKABLE QUrl suggestedPdfUrl() const;

    // The valid tickets in words, oldest first (voided and used ones are not printed).
    static QList<PrintedTicket> printable(
        const QList<IssuedTicket> &tickets, const QList<TicketType> &types, const QString &eventTitle);
    static PrintJob::Result writePdf(
        const QString &path, const QList<PrintedTicket> &tickets, bool sheets, const BadgeBranding &branding);

Q_SIGNALS:
    void settingsChanged();
    void statusChanged();

private:
    void setStatus(const QString &status);

    TicketingController &m_ticketing;
    QSettings m_settings;
    BadgeBranding m_branding;
    QString m_status;
};
