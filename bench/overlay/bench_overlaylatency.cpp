// SPDX-License-Identifier: GPL-3.0-or-later
// bench_overlaylatency [CHANGES] [RUNS]: how long from a change reaching the overlay server
// (OverlayDataSource::changed) to the overlay page's DOM showing it, in headless Chromium.
// Both ends stamp the same system clock: the page records the moment a MutationObserver
// sees the new text (performance.timeOrigin + performance.now()), so DevTools round trips
// are not counted. Prints JSON: p50/p95/max per page, medians over RUNS runs.

#include "headlesschromium.h"
#include "overlay/memoryoverlaydatasource.h"
#include "overlay/overlayserver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

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

// Renames the scoreboard's second player (scoreboard page) or the bracket's first player.
void change(MemoryOverlayDataSource &source, const QString &page, const QString &name)
{
    if (page == u"scoreboard") {
        auto board = *source.scoreboard({});
        auto match = board.value(u"match"_s).toObject();
        auto slots = match.value(u"slots"_s).toArray();
        auto slot = slots.at(1).toObject();
        slot.insert(u"name"_s, name);
        slots.replace(1, slot);
        match.insert(u"slots"_s, slots);
        board.insert(u"match"_s, match);
        source.setScoreboard({}, board);
    } else {
        auto bracket = *source.bracket(u"sf6-top8"_s);
        auto matches = bracket.value(u"matches"_s).toArray();
        auto first = matches.at(0).toObject();
        auto slots = first.value(u"slots"_s).toArray();
        auto slot = slots.at(0).toObject();
        slot.insert(u"name"_s, name);
        slots.replace(0, slot);
        first.insert(u"slots"_s, slots);
        matches.replace(0, first);
        bracket.insert(u"matches"_s, matches);
        source.setBracket(u"sf6-top8"_s, bracket);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int changes = argc > 1 ? std::max(1, atoi(argv[1])) : 200;
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 3;

    MemoryOverlayDataSource source;
    source.loadDemo();
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
    int counter = 0;
    for (const auto &page : {u"scoreboard"_s, u"bracket"_s}) {
        if (!browser.open(server.pageUrl(page).toString())) {
            std::fprintf(stderr, "bench: %s\n", qPrintable(browser.error()));
            return 1;
        }
        std::vector<double> p50s, p95s, maxima;
        for (int run = 0; run < runs; ++run) {
            std::vector<double> latencies;
            for (int i = 0; i < changes; ++i) {
                const auto name = u"Player%1"_s.arg(++counter);
                // The page watches for the name and notes the wall-clock time it appears.
                browser.evaluate(uR"(window.__seen = new Promise((resolve) => {
                    const root = document.getElementById('root');
                    const stamp = () => performance.timeOrigin + performance.now();
                    const observer = new MutationObserver(() => {
                        if (root.textContent.includes('%1')) { observer.disconnect(); resolve(stamp()); }
                    });
                    observer.observe(root, {childList: true, subtree: true, characterData: true});
                    setTimeout(() => { observer.disconnect(); resolve(-1); }, 5000);
                }), true)"_s.arg(name));
                const double changedAt = nowEpochMs();
                change(source, page, name);
                const double seenAt = browser.evaluate(u"window.__seen"_s).toDouble();
                if (seenAt < 0) {
                    std::fprintf(stderr, "bench: %s never showed %s\n", qPrintable(page), qPrintable(name));
                    return 1;
                }
                latencies.push_back(seenAt - changedAt);
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

    const QJsonObject result {{u"benchmark"_s, u"overlay change → DOM updated"_s}, {u"changes_per_run"_s, changes},
        {u"runs"_s, runs}, {u"statistic"_s, u"median over runs"_s}, {u"pages"_s, pages}, {u"target_p95_ms"_s, 200},
        {u"meets_target"_s, worstP95 < 200}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    return 0;
}
