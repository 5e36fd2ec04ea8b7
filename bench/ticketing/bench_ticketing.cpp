// SPDX-License-Identifier: GPL-3.0-or-later
// Ticketing benchmarks, printed as JSON (medians of several runs):
// - issuing 1,000 tickets end to end through the ledger plugin and a real omnium-ticketd
//   over loopback, as 1,000 one-ticket requests and as one 1,000-ticket request (target < 3 s);
//   the 1,000 requests are made in one event-loop turn, so the plugin sends them as batches
//   (POST /v1/tickets/batch: one transaction and one disk flush per batch of up to 60 KiB);
// - verifying one ticket code offline (target < 1 ms).
#include "core/clock.h"
#include "ticketdprocess.h"
#include "ticketing/revocationlist.h"
#include "ticketing/ticketcode.h"
#include "ticketing/ticketcrypto.h"
#include "ticketing/ticketingpluginloader.h"
#include "ticketing/ticketverifier.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QUuid>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

int fail(const char *message)
{
    std::fprintf(stderr, "bench_ticketing: %s\n", message);
    return 1;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int requestedRuns = qEnvironmentVariableIntValue("OMNIUM_BENCH_RUNS");
    const int runs = requestedRuns > 0 ? requestedRuns : 5;
    QTemporaryDir folder;
    TicketdProcess server(folder.path());
    if (!server.start())
        return fail("omnium-ticketd did not start");
    TicketingPluginLoader loader;
    loader.load();
    TicketingProvider *provider = loader.provider(u"ledger"_s);
    if (!provider)
        return fail("the ledger plugin was not found");
    provider->configure(TicketingSettings {server.url(), QString::fromLatin1(TicketdProcess::Token), 30000, 3, {}});

    QList<double> singleRequests, oneRequest;
    QString sampleCode;
    for (int run = 0; run < runs; ++run) {
        const int type = server.createTicketType(u"Bench %1"_s.arg(run), 2000);
        QElapsedTimer timer;
        timer.start();
        QList<QFuture<TicketingResult<QList<IssuedTicket>>>> futures;
        for (int i = 0; i < 1000; ++i)
            futures.append(provider->issueTickets(
                IssueRequest {quint32(type), 1, u"Bench"_s, {}, QUuid::createUuid().toString(QUuid::WithoutBraces)}));
        int issued = 0;
        for (const auto &future : std::as_const(futures)) {
            const auto result = awaitFuture(future, 120000);
            if (result && result->ok())
                issued += int(result->value.size());
        }
        singleRequests.append(double(timer.nsecsElapsed()) / 1e6);
        if (issued != 1000)
            return fail("not all single-ticket requests succeeded");

        timer.restart();
        const auto batch = awaitFuture(provider->issueTickets(
            IssueRequest {quint32(type), 1000, u"Bench"_s, {}, QUuid::createUuid().toString(QUuid::WithoutBraces)}));
        oneRequest.append(double(timer.nsecsElapsed()) / 1e6);
        if (!batch || !batch->ok() || batch->value.size() != 1000)
            return fail("the 1,000-ticket request failed");
        sampleCode = batch->value.last().code;
    }

    const auto keys = awaitFuture(provider->fetchPublicKeys());
    if (!keys || !keys->ok())
        return fail("no public keys");
    const RevocationList revocations;
    const TicketVerifier verifier(keys->value, revocations, Clock::system());
    QList<double> verifyMicros;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        int accepted = 0;
        for (int i = 0; i < 1000; ++i)
            accepted += verifier.verify(sampleCode).verdict == TicketVerdict::Verdict::Accepted ? 1 : 0;
        verifyMicros.append(double(timer.nsecsElapsed()) / 1e3 / 1000);
        if (accepted != 1000)
            return fail("a valid code was refused");
    }

    const QJsonObject report {
        {u"benchmark"_s, u"ticketing"_s},
        {u"runs"_s, runs},
        {u"issue_1000_as_1000_requests_ms"_s, median(singleRequests)},
        {u"issue_1000_in_one_request_ms"_s, median(oneRequest)},
        {u"issue_target_ms"_s, 3000},
        {u"verify_code_offline_us"_s, median(verifyMicros)},
        {u"verify_target_us"_s, 1000},
    };
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Indented).constData());
    return 0;
}
