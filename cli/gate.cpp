// SPDX-License-Identifier: GPL-3.0-or-later
// omnium-cli gate scan and tickets verify: the Gate page's scan (TicketingController and its GateController), on
// the app's gate queue: the same keys, the same "already used" memory, offline or online.
#include "clicontext.h"
#include "clinouns.h"

#include "core/clock.h"
#include "ticketing/ticketcrypto.h"
#include "ticketing/ticketingcontroller.h"
#include "ticketing/ticketingpluginloader.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// The Gate page's controller on the app's gate queue (or --gate-queue), with the first ticketing
// plugin when there is one: without it, the gate decides offline from its saved keys.
struct Gate {
    TicketingPluginLoader plugins;
    std::unique_ptr<TicketingController> ticketing;

    explicit Gate(CliContext &context)
    {
        QString queue = context.value(u"gate-queue"_s);
        if (queue.isEmpty()) {
            const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
            QDir().mkpath(folder);
            queue = folder + u"/gate.sqlite"_s; // where the app keeps it
        }
        plugins.load();
        const auto &loaded = plugins.plugins();
        ticketing = std::make_unique<TicketingController>(loaded.isEmpty() ? nullptr : loaded.first().provider,
            loaded.isEmpty() ? QString() : loaded.first().name, QStringList {}, queue, Clock::system());
    }
};

} // namespace

int cli::ticketsVerify(CliContext &context)
{
    const QString code = context.argument(0, u"CODE"_s);
    Gate gate(context);
    const GateDecision decision = gate.ticketing->inspect(code);
    const QString reason = decision.accepted ? QString() : TicketingController::reasonText(decision);
    if (context.json())
        context.printJson(QJsonObject {{u"valid"_s, decision.accepted}, {u"reason"_s, reason},
            {u"ticketId"_s, decision.ticketId ? TicketCrypto::ticketIdToText(decision.ticketId) : QString()}});
    else if (decision.accepted)
        context.out() << CliContext::tr("valid: ticket %1").arg(TicketCrypto::ticketIdToText(decision.ticketId))
                      << Qt::endl;
    if (!decision.accepted)
        context.refused(CliContext::tr("CODE: %1").arg(reason));
    return CliDone;
}

int cli::gateScan(CliContext &context)
{
    const QString code = context.argument(0, u"CODE"_s);
    Gate gate(context);
    TicketingController &ticketing = *gate.ticketing;
    if (context.isSet(u"gate"_s))
        ticketing.setGateName(context.value(u"gate"_s));
    QEventLoop loop;
    QObject::connect(&ticketing, &TicketingController::lastScanChanged, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    ticketing.scan(code);
    if (!ticketing.hasLastScan())
        loop.exec();
    if (!ticketing.hasLastScan())
        context.fileError(CliContext::tr("the gate could not decide (no answer within 60 s)"));
    const bool accepted = ticketing.lastScanAccepted();
    if (context.json())
        context.printJson(QJsonObject {{u"accepted"_s, accepted}, {u"reason"_s, ticketing.lastScanReason()},
            {u"acceptedHere"_s, ticketing.gateAccepted()}, {u"pendingUploads"_s, ticketing.gatePending()}});
    else if (accepted)
        context.out() << CliContext::tr("accepted") << Qt::endl;
    if (!accepted)
        context.refused(CliContext::tr("CODE: refused: %1").arg(ticketing.lastScanReason()));
    return CliDone;
}
