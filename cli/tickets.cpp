// SPDX-License-Identifier: GPL-3.0-or-later
// omnium-cli tickets …: the Tickets page's pairing, ticket types, sales and voids
// (TicketingController through the configured plugin, with the app's ticketing settings).
#include "clicontext.h"
#include "clinouns.h"

#include "core/clock.h"
#include "ticketing/ticketcrypto.h"
#include "ticketing/ticketingcontroller.h"
#include "ticketing/ticketingpluginloader.h"
#include "tickets/ticketprintcontroller.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

// The controller as the app builds it: the first ticketing plugin found, the app's gate queue.
class TicketingSession
{
public:
    explicit TicketingSession(CliContext &context)
        : m_context(context)
    {
        m_plugins.load();
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(folder);
        const auto &loaded = m_plugins.plugins();
        if (loaded.isEmpty())
            context.fileError(CliContext::tr("no ticketing plugin could be loaded (%1)")
                    .arg(m_plugins.failures().isEmpty() ? CliContext::tr("none installed")
                                                        : m_plugins.failures().first().reason));
        m_controller = std::make_unique<TicketingController>(
            loaded.first().provider, loaded.first().name, QStringList {}, folder + u"/gate.sqlite"_s, Clock::system());
    }

    TicketingController &controller() { return *m_controller; }

    // Waits for the backend's answers; an unreachable or refusing backend exits with its message.
    void settle()
    {
        QEventLoop loop;
        QObject::connect(m_controller.get(), &TicketingController::busyChanged, &loop, [&] {
            if (!m_controller->busy())
                loop.quit();
        });
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        if (m_controller->busy())
            loop.exec();
    }

    // Connected and answered: an unreachable backend or a refused token is a file error (exit 4).
    void requireAnswer()
    {
        if (m_controller->endpoint().isEmpty())
            m_context.fileError(CliContext::tr("no ticketing server set: pair first (omnium-cli tickets pair CODE)"));
        settle();
        if (!m_controller->online())
            m_context.fileError(m_controller->message());
    }

private:
    CliContext &m_context;
    TicketingPluginLoader m_plugins;
    std::unique_ptr<TicketingController> m_controller;
};

QJsonObject typeJson(const TicketType &type)
{
    return {{u"id"_s, qint64(type.id)}, {u"eventId"_s, qint64(type.eventId)}, {u"name"_s, type.name},
        {u"priceCents"_s, type.priceCents}, {u"currency"_s, type.currency}, {u"capacity"_s, type.capacity},
        {u"issued"_s, type.issued}, {u"redeemed"_s, type.redeemed}, {u"remaining"_s, type.remaining},
        {u"validFrom"_s, type.validFrom.toUTC().toString(Qt::ISODate)},
        {u"validUntil"_s, type.validUntil.toUTC().toString(Qt::ISODate)}};
}

} // namespace

int cli::ticketsPair(CliContext &context)
{
    const QString code = context.argument(0, u"CODE"_s);
    TicketingSession session(context);
    if (!session.controller().pair(code))
        context.badInput(CliContext::tr("CODE: %1").arg(session.controller().message()));
    session.requireAnswer();
    context.out() << session.controller().message() << Qt::endl;
    return CliDone;
}

int cli::ticketsConnect(CliContext &context)
{
    const QString endpoint = context.required(u"endpoint"_s);
    const QString tokenPath = context.required(u"token-file"_s);
    QFile tokenFile(tokenPath);
    if (!tokenFile.open(QIODevice::ReadOnly))
        context.fileError(CliContext::tr("--token-file %1: %2").arg(tokenPath, tokenFile.errorString()));
    const QString token = QString::fromUtf8(tokenFile.readAll()).trimmed();
    if (!QUrl(endpoint).isValid() || !endpoint.startsWith(u"http"_s))
        context.badInput(CliContext::tr("--endpoint: \"%1\" is not an http(s) address").arg(endpoint));
    TicketingSession session(context);
    session.controller().setEndpoint(endpoint);
    session.controller().setToken(token);
    session.requireAnswer();
    context.out() << CliContext::tr("connected to %1").arg(endpoint) << Qt::endl;
    return CliDone;
}

int cli::ticketsTypes(CliContext &context)
{
    TicketingSession session(context);
    session.requireAnswer();
    QJsonArray list;
    for (const auto &type : session.controller().listedTypes()) {
        list.append(typeJson(type));
        if (!context.json())
            context.out() << type.id << '\t' << type.name << '\t'
                          << CliContext::tr("%1 of %2 left").arg(type.remaining).arg(type.capacity) << Qt::endl;
    }
    if (context.json())
        context.printJson(list);
    return CliDone;
}

int cli::ticketsIssue(CliContext &context)
{
    const int type = int(context.integer(u"type"_s, 0, 1, std::numeric_limits<int>::max()));
    if (type == 0)
        context.badInput(CliContext::tr("--type is required (see omnium-cli tickets types)"));
    const int quantity = int(context.integer(u"quantity"_s, 1, 1, 1000));
    const QString buyer = context.required(u"buyer"_s);
    TicketingSession session(context);
    session.requireAnswer();
    bool known = false;
    for (const auto &listed : session.controller().listedTypes())
        known = known || int(listed.id) == type;
    if (!known)
        context.badInput(
            CliContext::tr("--type: no ticket type %1 on %2").arg(type).arg(session.controller().endpoint()));
    int issued = 0;
    QObject::connect(&session.controller(), &TicketingController::issued, [&](int count) { issued = count; });
    session.controller().issue(type, quantity, buyer, context.value(u"email"_s));
    session.settle();
    if (issued == 0)
        context.refused(session.controller().message());
    if (context.json())
        context.printJson(QJsonObject {{u"type"_s, type}, {u"issued"_s, issued}});
    else
        context.out() << session.controller().message() << Qt::endl;
    return CliDone;
}

int cli::ticketsVoid(CliContext &context)
{
    const QString id = context.argument(0, u"TICKET-ID"_s);
    if (!TicketCrypto::ticketIdFromText(id))
        context.badInput(CliContext::tr("TICKET-ID: \"%1\" is not a ticket id").arg(id));
    TicketingSession session(context);
    session.requireAnswer();
    const QString before = session.controller().message();
    session.controller().voidTicket(id, context.isSet(u"refund"_s));
    session.settle();
    const QString message = session.controller().message();
    if (message != QCoreApplication::translate("TicketingController", "Ticket voided.")
        && message != QCoreApplication::translate("TicketingController", "Ticket refunded."))
        context.refused(message == before ? CliContext::tr("the server did not answer") : message);
    context.out() << message << Qt::endl;
    return CliDone;
}

int cli::ticketsPdf(CliContext &context)
{
    const QString path = context.argument(0, u"OUT.pdf"_s);
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir())
        context.fileError(CliContext::tr("%1: no such folder").arg(QFileInfo(path).absolutePath()));
    TicketingSession session(context);
    session.requireAnswer();
    session.controller().setSearchText(context.value(u"search"_s));
    TicketPrintController print(session.controller());
    if (context.isSet(u"sheets"_s))
        print.setSheets(true);
    if (!print.exportPdf(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath())))
        context.refused(print.status());
    context.out() << print.status() << Qt::endl;
    return CliDone;
}
