// SPDX-License-Identifier: GPL-3.0-or-later
// Bracket view of a 1,024-entrant double elimination: time to first frame and frame times
// while panning. Run under Xvfb for the OpenGL renderer:
//   xvfb-run -a -s '-screen 0 1920x1080x24' bench_bracketview [runs]
// Prints one JSON object (medians over the runs; frame times over every panned frame).
//
// "first_frame" is cold: from computing the layout to the first frameSwapped of a new window
// that shows the view with its data (window, OpenGL context, shaders and glyph cache
// included). "open_frame" is the view appearing in a window that is already on screen, as
// when the bracket page opens in the app. Both are split into sections from the window's
// scene-graph signals: layout (PhaseBracket::setPhase), until the first sync (window and
// context set-up), sync (BracketView::updatePaintNode builds its nodes: view_geometry and
// view_text of it), render (the renderer records the frame) and swap (where Mesa's llvmpipe
// rasterises it under Xvfb).

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
#include <atomic>
#include <cstdio>
#include <map>
#include <numeric>
#include <optional>

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
    QTimer::singleShot(30000, &loop, [&loop] { loop.exit(1); });
    return loop.exec() == 0;
}

// Times (ns since the timer started) of the scene-graph steps of the next frame of a window,
// stamped on the thread that runs them (the render thread with the threaded render loop).
class FrameStamps
{
public:
    enum Step { SyncStart, SyncEnd, RenderStart, RenderEnd, Swapped, Steps };

    FrameStamps(QQuickWindow &window, const QElapsedTimer &timer)
        : m_timer(timer)
    {
        const auto stamp = [this](Step step) {
            return [this, step] {
                // Only the steps of a frame synchronised after reset(): one already under way
                // when the view changed does not show the change.
                if (step != SyncStart && m_stamps[SyncStart] < 0)
                    return;
                qint64 unset = -1;
                m_stamps[step].compare_exchange_strong(unset, m_timer.nsecsElapsed());
            };
        };
        QObject::connect(
            &window, &QQuickWindow::beforeSynchronizing, &m_context, stamp(SyncStart), Qt::DirectConnection);
        QObject::connect(&window, &QQuickWindow::afterSynchronizing, &m_context, stamp(SyncEnd), Qt::DirectConnection);
        QObject::connect(&window, &QQuickWindow::beforeRendering, &m_context, stamp(RenderStart), Qt::DirectConnection);
        QObject::connect(&window, &QQuickWindow::afterRendering, &m_context, stamp(RenderEnd), Qt::DirectConnection);
        QObject::connect(&window, &QQuickWindow::frameSwapped, &m_context, stamp(Swapped), Qt::DirectConnection);
        reset();
    }
    void reset()
    {
        for (auto &stamp : m_stamps)
            stamp = -1;
    }
    QObject *context() { return &m_context; }
    bool swapped() const { return m_stamps[Swapped] >= 0; }
    double ms(Step step) const { return double(m_stamps[step].load()) / 1e6; }
    double span(Step from, Step to) const { return ms(to) - ms(from); }

private:
    const QElapsedTimer &m_timer;
    std::atomic<qint64> m_stamps[Steps];
    QObject m_context; // the connections end with this object
};

// Waits for the first frame synchronised after stamps.reset(), i.e. one that shows the change.
bool waitForFrame(QQuickWindow &window, const FrameStamps &stamps)
{
    for (int frame = 0; frame < 10; ++frame) {
        if (!waitForFrame(window))
            return false;
        if (stamps.swapped())
            return true;
    }
    return false;
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
    Error error;
    const auto event = *EventState::create(config, ids, &error);
    QHash<EntrantId, QString> names;
    for (auto id : ids)
        names.insert(id, u"Player %1"_s.arg(id));

    std::map<QString, std::vector<double>> sections;
    std::vector<double> frames, panSync, panRender;
    QString api;
    // One measured appearance of the view: the data set at the start of the timer, then the
    // first frame that shows it.
    const auto measure = [&](QQuickWindow &window, const QString &prefix, bool show) -> BracketView * {
        QElapsedTimer timer;
        FrameStamps stamps(window, timer);
        timer.start();
        auto *bracket = new PhaseBracket(&window);
        bracket->setPhase(u"Main"_s, event.phases().front(), names);
        const double layout = double(timer.nsecsElapsed()) / 1e6;
        auto *view = new BracketView(window.contentItem());
        view->setSize(QSizeF(1920, 1080));
        view->setBracket(bracket);
        view->setZoom(0.8);
        // What the view's own sync did in that frame (its part of the sync section).
        std::optional<BracketView::SyncStats> viewSync;
        QObject::connect(
            &window, &QQuickWindow::afterSynchronizing, stamps.context(),
            [&] {
                if (!viewSync)
                    viewSync = view->lastSync();
            },
            Qt::DirectConnection);
        if (show)
            window.show();
        if (!waitForFrame(window, stamps) || !viewSync)
            return nullptr;
        sections[prefix + u"_view_geometry_ms"_s].push_back(double(viewSync->geometryNs) / 1e6);
        sections[prefix + u"_view_text_ms"_s].push_back(double(viewSync->textNs) / 1e6);
        sections[prefix + u"_view_text_tiles"_s].push_back(viewSync->tilesBuilt);
        sections[prefix + u"_ms"_s].push_back(stamps.ms(FrameStamps::Swapped));
        sections[prefix + u"_layout_ms"_s].push_back(layout);
        sections[prefix + u"_until_sync_ms"_s].push_back(stamps.ms(FrameStamps::SyncStart) - layout);
        sections[prefix + u"_sync_ms"_s].push_back(stamps.span(FrameStamps::SyncStart, FrameStamps::SyncEnd));
        sections[prefix + u"_render_ms"_s].push_back(stamps.span(FrameStamps::RenderStart, FrameStamps::RenderEnd));
        sections[prefix + u"_swap_ms"_s].push_back(stamps.span(FrameStamps::RenderEnd, FrameStamps::Swapped));
        return view;
    };

    for (int run = 0; run < runs; ++run) {
        {
            QQuickWindow cold;
            cold.resize(1920, 1080);
            if (!measure(cold, u"first_frame"_s, true)) {
                std::fprintf(stderr, "no first frame rendered\n");
                return 1;
            }
        }
        QQuickWindow window;
        window.resize(1920, 1080);
        window.show();
        if (!waitForFrame(window)) {
            std::fprintf(stderr, "no empty frame rendered\n");
            return 1;
        }
        auto *view = measure(window, u"open_frame"_s, false);
        if (!view) {
            std::fprintf(stderr, "no open frame rendered\n");
            return 1;
        }
        api = window.rendererInterface()->graphicsApi() == QSGRendererInterface::Software ? u"software"_s : u"rhi"_s;
        QElapsedTimer timer;
        FrameStamps stamps(window, timer);
        for (int frame = 0; frame < 120; ++frame) {
            stamps.reset();
            timer.restart();
            view->panBy(frame < 60 ? -40 : 40, frame % 2 ? -25 : 25);
            if (!waitForFrame(window, stamps))
                break;
            frames.push_back(double(timer.nsecsElapsed()) / 1e6);
            panSync.push_back(stamps.span(FrameStamps::SyncStart, FrameStamps::SyncEnd));
            panRender.push_back(stamps.span(FrameStamps::RenderStart, FrameStamps::RenderEnd));
        }
    }

    QJsonObject result {
        {u"benchmark"_s, u"bracket_view_double_elimination_1024"_s},
        {u"matches"_s, qint64(event.phases().front().matches.size())},
        {u"renderer"_s, api},
        {u"runs"_s, runs},
        {u"pan_frame_ms_median"_s, median(frames)},
        {u"pan_frame_ms_p95"_s, percentile(frames, 0.95)},
        {u"pan_sync_ms_median"_s, median(panSync)},
        {u"pan_sync_ms_p95"_s, percentile(panSync, 0.95)},
        {u"pan_render_ms_median"_s, median(panRender)},
        {u"pan_frames"_s, qint64(frames.size())},
    };
    for (const auto &[name, values] : sections)
        result.insert(name + u"_median"_s, median(values));
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
