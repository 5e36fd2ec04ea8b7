// SPDX-License-Identifier: GPL-3.0-or-later
// bench_overlaylatency [RESULTS] [RUNS]: how long from a result being saved in the store
// (BracketStore::report into a SQLite file) to the overlay page's DOM showing it, in headless
// Chromium, for the bracket and "up next" pages. Each run plays RESULTS results of a fresh
// 128-entrant double elimination in a database of its own. Both ends stamp the same system clock: the page records
// the moment a MutationObserver sees its content change (performance.timeOrigin +
// performance.now()), so DevTools round trips are not counted. Prints JSON: p50/p95/max per
// page, medians over RUNS runs.

#include "../../tests/bracket/bracketfixture.h"
#include "core/clock.h"
#include "headlesschromium.h"
#include "live/storeoverlaydatasource.h"
#include "live/tournamentlive.h"
#include "overlay/overlayserver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace omnium::engine;

namespace {

double nowEpochMs()
{
    using namespace std::chrono;
    return duration<double, std::milli>(system_clock::now().time_since_epoch()).count();
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values.at(index);
}

double median(std::vector<double> values)
{
    return percentile(std::move(values), 0.5);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int results = argc > 1 ? std::clamp(atoi(argv[1]), 1, 240) : 200;
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 3;

    QTemporaryDir dir;
    Store store(Clock::system());
    BracketStore brackets(store);
    TournamentLive live(store, Clock::system());
    StoreOverlayDataSource source(store, live);
    OverlayServer server(source);
    server.setPort(0);
    if (!server.start()) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    HeadlessChromium browser;
    if (!browser.start()) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(browser.error()));
        return 1;
    }

    QJsonObject pages;
    double worstP95 = 0;
    for (const auto &page : {u"bracket"_s, u"upnext"_s}) {
        std::vector<double> p50s, p95s, maxima;
        for (int run = 0; run < runs; ++run) {
            // A database of its own per run: the pages show only this event.
            store.close();
            if (const auto error = store.open(dir.filePath(u"%1-%2.sqlite"_s.arg(page).arg(run)))) {
                std::fprintf(stderr, "bench: %s\n", qPrintable(error.message));
                return 1;
            }
            const qint64 event = BracketFixture::makeEvent(store, 128, u"Bench %1 %2"_s.arg(page).arg(run));
            PhaseConfig config;
            config.format = Format::DoubleElimination;
            config.bestOf = 3;
            QString error;
            if (!event || !brackets.createPhase(event, u"Main bracket"_s, config, &error)) {
                std::fprintf(stderr, "bench: %s\n", qPrintable(error));
                return 1;
            }
            BracketFixture::reportSome(brackets, event, 1); // the new event becomes the live one
            if (!browser.open(server.pageUrl(page).toString())) {
                std::fprintf(stderr, "bench: %s\n", qPrintable(browser.error()));
                return 1;
            }
            std::vector<double> latencies;
            for (int i = 0; i < results; ++i) {
                // The page notes the wall-clock time its content first differs from now.
                browser.evaluate(uR"(window.__seen = new Promise((resolve) => {
                    const root = document.getElementById('root');
                    const before = root.innerHTML;
                    const stamp = () => performance.timeOrigin + performance.now();
                    const observer = new MutationObserver(() => {
                        if (root.innerHTML !== before) { observer.disconnect(); resolve(stamp()); }
                    });
                    observer.observe(root, {childList: true, subtree: true, characterData: true, attributes: true});
                    setTimeout(() => { observer.disconnect(); resolve(-1); }, 5000);
                }), true)"_s);
                if (BracketFixture::reportSome(brackets, event, 1) != 1) {
                    std::fprintf(stderr, "bench: no match left to report\n");
                    return 1;
                }
                const double savedAt = nowEpochMs();
                const double seenAt = browser.evaluate(u"window.__seen"_s).toDouble();
                if (seenAt < 0) {
                    std::fprintf(stderr, "bench: %s did not change after result %d\n", qPrintable(page), i + 1);
                    return 1;
                }
                latencies.push_back(std::max(0.0, seenAt - savedAt));
            }
            p50s.push_back(percentile(latencies, 0.5));
            p95s.push_back(percentile(latencies, 0.95));
            maxima.push_back(*std::max_element(latencies.cbegin(), latencies.cend()));
        }
        const auto round = [](double v) { return std::round(v * 100) / 100; };
        worstP95 = std::max(worstP95, median(p95s));
        pages.insert(page,
            QJsonObject {{u"p50_ms"_s, round(median(p50s))}, {u"p95_ms"_s, round(median(p95s))},
                {u"max_ms"_s, round(median(maxima))}});
    }

    const QJsonObject result {{u"benchmark"_s, u"result saved in the store → overlay DOM updated"_s},
        {u"bracket"_s, u"double elimination, 128 entrants"_s}, {u"results_per_run"_s, results}, {u"runs"_s, runs},
        {u"statistic"_s, u"median over runs"_s}, {u"pages"_s, pages}, {u"target_p95_ms"_s, 200},
        {u"meets_target"_s, worstP95 < 200}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    return 0;
}
