// SPDX-License-Identifier: GPL-3.0-or-later
// Bracket view of a 1,024-entrant double elimination: time to first frame and frame times
// while panning. Run under Xvfb for the OpenGL renderer:
//   xvfb-run -a -s '-screen 0 1920x1080x24' bench_bracketview [runs]
// Prints one JSON object (medians over the runs; frame times over every panned frame).

#include "bracket/bracketview.h"
#include "engine/eventstate.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <numeric>

using namespace omnium::engine;
using namespace Qt::StringLiterals;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[std::min(values.size() - 1, std::size_t(p * double(values.size())))];
}

bool waitForFrame(QQuickWindow &window)
{
    QEventLoop loop;
    QObject::connect(&window, &QQuickWindow::frameSwapped, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    QTimer::singleShot(5000, &loop, [&loop] { loop.exit(1); });
    return loop.exec() == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 5;
    constexpr int entrants = 1024;

    PhaseConfig config;
    config.format = Format::DoubleElimination;
    std::vector<EntrantId> ids(entrants);
    std::iota(ids.begin(), ids.end(), EntrantId(1));
    std::string error;
    const auto event = *EventState::create(config, ids, &error);
    QHash<EntrantId, QString> names;
    for (auto id : ids)
        names.insert(id, u"Player %1"_s.arg(id));

    std::vector<double> firstFrames, frames;
    QString api;
    for (int run = 0; run < runs; ++run) {
        QQuickWindow window;
        window.resize(1920, 1080);
        PhaseBracket bracket;
        QElapsedTimer timer;
        timer.start();
        bracket.setPhase(u"Main"_s, event.phases().front().matches, names);
        BracketView view(window.contentItem());
        view.setSize(QSizeF(1920, 1080));
        view.setBracket(&bracket);
        view.setZoom(0.8);
        window.show();
        if (!waitForFrame(window)) {
            std::fprintf(stderr, "no frame rendered\n");
            return 1;
        }
        firstFrames.push_back(double(timer.nsecsElapsed()) / 1e6);
        api = window.rendererInterface()->graphicsApi() == QSGRendererInterface::Software ? u"software"_s : u"rhi"_s;
        for (int frame = 0; frame < 120; ++frame) {
            timer.restart();
            view.panBy(frame < 60 ? -40 : 40, frame % 2 ? -25 : 25);
            if (!waitForFrame(window))
                break;
            frames.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
    }

    const QJsonObject result {
        {u"benchmark"_s, u"bracket_view_double_elimination_1024"_s},
        {u"matches"_s, qint64(event.phases().front().matches.size())},
        {u"renderer"_s, api},
        {u"runs"_s, runs},
        {u"first_frame_ms_median"_s, median(firstFrames)},
        {u"pan_frame_ms_median"_s, median(frames)},
        {u"pan_frame_ms_p95"_s, percentile(frames, 0.95)},
        {u"pan_frames"_s, qint64(frames.size())},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
