// SPDX-License-Identifier: GPL-3.0-or-later
#include "bracket/bracketview.h"
#include "engine/eventstate.h"

#include <QDir>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>

#include <numeric>

using namespace omnium::engine;
using namespace Qt::StringLiterals;

namespace {

// A double elimination of n entrants with the first `played` playable matches won by slot 0.
EventState playedEvent(int entrants, int played)
{
    PhaseConfig config;
    config.format = Format::DoubleElimination;
    std::vector<EntrantId> ids(static_cast<std::size_t>(entrants));
    std::iota(ids.begin(), ids.end(), EntrantId(1));
    std::string error;
    auto event = *EventState::create(config, ids, &error);
    for (const auto &match : event.phases().front().matches) {
        if (played == 0)
            break;
        const auto *current = event.match(match.id);
        if (current->state != MatchState::Ready)
            continue;
        Result result;
        result.winner = 0;
        result.games = {Game {{2, 0}, {}}};
        if (event.report(match.id, result, {}, &error))
            --played;
    }
    return event;
}

QHash<EntrantId, QString> names(int entrants)
{
    QHash<EntrantId, QString> out;
    for (int i = 1; i <= entrants; ++i)
        out.insert(i, u"Player %1"_s.arg(i));
    return out;
}

} // namespace

class TestBracketView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drawsBoxesInStateColours()
    {
        const auto event = playedEvent(16, 6);
        PhaseBracket bracket;
        bracket.setPhase(u"Top 16"_s, event.phases().front().matches, names(16));

        QQuickWindow window;
        window.resize(1200, 800);
        window.setColor(Qt::white);
        BracketView view(window.contentItem());
        view.setSize(QSizeF(1200, 800));
        view.setBracket(&bracket);
        view.setZoom(1.0);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QImage image = window.grabWindow();
        QVERIFY(!image.isNull());
        QDir().mkpath(QStringLiteral(OMNIUM_BINARY_DIR "/test-artefacts"));
        image.save(QStringLiteral(OMNIUM_BINARY_DIR "/test-artefacts/bracketview-de16.png"));

        // Every visible box's state stripe has its state's colour; box interiors are filled.
        const qreal dpr = image.devicePixelRatio();
        int checked = 0;
        for (const auto &box : bracket.layout().boxes()) {
            if (!box.visible || box.rect.bottom() > 800 || box.rect.right() > 1200)
                continue;
            const auto *match = bracket.match(box.match);
            const QPoint stripe((box.rect.left() + 2) * dpr, box.rect.center().y() * dpr - 6);
            QCOMPARE(image.pixelColor(stripe).rgb(), PhaseBracket::stateColour(match->state).rgb());
            ++checked;
        }
        QVERIFY(checked >= 8);

        // Hit testing through the view's transform: the first visible box's match.
        const auto &first = *std::find_if(
            bracket.layout().boxes().begin(), bracket.layout().boxes().end(), [](const auto &b) { return b.visible; });
        QCOMPARE(view.matchAt(first.rect.center()), first.match);
        QCOMPARE(view.entrantAt(first.rect.center() - QPointF(0, 10)), bracket.match(first.match)->slots[0].entrant);
    }

    void zoomKeepsTheAnchorAndFitShowsAll()
    {
        const auto event = playedEvent(64, 0);
        PhaseBracket bracket;
        bracket.setPhase(u"Main"_s, event.phases().front().matches, names(64));
        BracketView view;
        view.setSize(QSizeF(800, 600));
        view.setBracket(&bracket);
        QSignalSpy spy(&view, &BracketView::viewChanged);
        const QPointF anchor(400, 300);
        const qint64 before = view.matchAt(QPointF(view.contentX(), view.contentY()) + QPointF(100, 100));
        Q_UNUSED(before)
        const QPointF layoutPoint(
            view.contentX() + anchor.x() / view.zoom(), view.contentY() + anchor.y() / view.zoom());
        view.zoomAt(1.5, anchor);
        QVERIFY(spy.count() > 0);
        QCOMPARE(view.zoom(), 1.5);
        QCOMPARE(QPointF(view.contentX() + anchor.x() / view.zoom(), view.contentY() + anchor.y() / view.zoom()),
            layoutPoint);
        view.zoomAt(1000, anchor);
        QCOMPARE(view.zoom(), BracketView::maximumZoom);

        view.fitToView();
        const auto size = bracket.size();
        QVERIFY(view.zoom() * size.width() <= 800.5 && view.zoom() * size.height() <= 600.5);
        QVERIFY(view.zoom() * size.width() >= 799.5 || view.zoom() * size.height() >= 599.5);
    }
};

QTEST_MAIN(TestBracketView)
#include "tst_bracketview.moc"
