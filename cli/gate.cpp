// SPDX-License-Identifier: GPL-3.0-or-later
// omnium-cli gate scan: the Gate page's scan (TicketingController and its GateController), on
// the app's gate queue: the same keys, the same "already used" memory, offline or online.
#include "clicontext.h"
#include "clinouns.h"

#include "core/clock.h"
#include "ticketing/ticketingcontroller.h"
#include "ticketing/ticketingpluginloader.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

int cli::gateScan(CliContext &context)
{
    const QString code = context.argument(0, u"CODE"_s);
    QString queue = context.value(u"gate-queue"_s);
    if (queue.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(folder);
        queue = folder + u"/gate.sqlite"_s; // where the app keeps it
    }
    TicketingPluginLoader plugins;
    plugins.load();
    const auto &loaded = plugins.plugins();
    TicketingController ticketing(loaded.isEmpty() ? nullptr : loaded.first().provider,
        loaded.isEmpty() ? QString() : loaded.first().name, {}, queue, Clock::system());
    if (context.isSet(u"gate"_s))
        ticketing.setGateName(context.value(u"gate"_s));
    QEventLoop loop;
    QObject::connect(&ticketing, &TicketingController::lastScanChanged, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    ticketing.scan(code);
    if (!ticketing.hasLastScan())
        loop.exec();
    if (!ticketing.hasLastScan())
        context.fileError(u"%1: the gate could not decide (no answer within 60 s)"_s.arg(queue));
    const bool accepted = ticketing.lastScanAccepted();
    if (context.json())
        context.printJson(QJsonObject {{u"accepted"_s, accepted}, {u"reason"_s, ticketing.lastScanReason()},
            {u"acceptedHere"_s, ticketing.gateAccepted()}, {u"pendingUploads"_s, ticketing.gatePending()}});
    else if (accepted)
        context.out() << "accepted" << Qt::endl;
    if (!accepted)
        context.refused(u"CODE: refused: "_s + ticketing.lastScanReason());
    return CliDone;
}
