// SPDX-License-Identifier: GPL-3.0-or-later
#include "bracket/bracketview.h"
#include "engine/eventstate.h"
#include "testartefacts.h"

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
    Error error;
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
    // A result keeps every box where it was (the layout of thousands is not made again); the
    // grand-final reset appearing, and another language for the titles, lay it out again.
    void layoutFollowsWhatMovesBoxes()
    {
        const auto sameLayout = [](const BracketLayout &a, const BracketLayout &b) {
            return std::ranges::equal(a.boxes(), b.boxes(), [](const auto &x, const auto &y) {
                return x.match == y.match && x.rect == y.rect && x.visible == y.visible;
            }) && a.titles().size() == b.titles().size();
        };
        auto event = playedEvent(4, 0);
        PhaseBracket bracket;
        bracket.setPhase(u"Main"_s, event.phases().front(), names(4));
        QSignalSpy changed(&bracket, &PhaseBracket::changed);
        const auto reset = std::ranges::find_if(event.phases().front().matches, [](const Match &match) {
            return match.side == Side::GrandFinalReset;
        })->id;
        const auto resetBox = [&] {
            return *std::ranges::find_if(bracket.layout().boxes(), [&](const auto &box) { return box.match == reset; });
        };
        QVERIFY(!resetBox().visible);
        // Play every match, the winners' side finalist losing the grand final: the reset is played.
        for (bool any = true; any;) {
            any = false;
            for (const auto &match : event.phases().front().matches) {
                if (event.match(match.id)->state != MatchState::Ready)
                    continue;
                Error error;
                QVERIFY(event.report(
                    match.id, Result {ResultKind::Normal, match.side == Side::GrandFinal ? 1 : 0, {}}, {}, &error));
                bracket.setPhase(u"Main"_s, event.phases().front(), names(4));
                QVERIFY(sameLayout(bracket.layout(), BracketLayout::compute(event.phases().front())));
                QCOMPARE(bracket.matchNumber(match.id), int(&match - event.phases().front().matches.data()) + 1);
                any = true;
                break;
            }
        }
        QVERIFY(resetBox().visible);
        const auto before = changed.count();
        QEvent languageChange(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &languageChange);
        QCOMPARE(changed.count(), before + 1);
    }

    void drawsBoxesInStateColours()
    {
        const auto event = playedEvent(16, 6);
        PhaseBracket bracket;
        bracket.setPhase(u"Top 16"_s, event.phases().front(), names(16));

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
        image.save(testArtefacts().filePath(u"bracketview-de16.png"_s));

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

    // Centring on a first-round match never leaves the view's edge inside the left margin,
    // where it would cut the match numbers (the caster window follows the live match).
    void centringKeepsTheMatchNumbersWhole()
    {
        const auto event = playedEvent(16, 0);
        PhaseBracket bracket;
        bracket.setPhase(u"Main"_s, event.phases().front(), names(16));
        BracketView view;
        view.setBracket(&bracket);
        view.setZoom(1.0);
        const auto &boxes = bracket.layout().boxes();
        const auto first
            = std::ranges::min_element(boxes, {}, [](const auto &b) { return b.visible ? b.rect.x() : 1e9; });
        const qreal margin = bracket.layout().metrics().margin;
        // A view whose centred start would fall halfway into the margin.
        view.setSize(QSizeF(2 * first->rect.center().x() - margin, 400));
        QVERIFY(bracket.size().width() > view.width());
        view.centreOn(first->match);
        QCOMPARE(view.contentX(), 0.0);
    }

    // Text is built in tiles as the view reaches them: after a jump far into a big bracket the
    // names there are drawn, the tiles around the view follow within a few frames, and hovering
    // an entrant outlines its matches.
    void textFollowsTheViewAndHoverOutlines()
    {
        const auto event = playedEvent(256, 0);
        PhaseBracket bracket;
        bracket.setPhase(u"Main"_s, event.phases().front(), names(256));

        QQuickWindow window;
        window.resize(800, 600);
        window.setColor(Qt::white);
        BracketView view(window.contentItem());
        view.setSize(QSizeF(800, 600));
        view.setBracket(&bracket);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(view.lastSync().tilesPending, 0);
        QVERIFY(view.lastSync().tilesShown > 0);

        // A first-round match at the bottom of the winners side, far from the first tiles.
        const auto &matches = bracket.matches();
        const auto far = std::find_if(matches.rbegin(), matches.rend(),
            [](const Match &m) { return m.round == 1 && m.side == Side::Winners && m.slots[0].isEntrant(); });
        QVERIFY(far != matches.rend());
        view.centreOn(far->id);
        QTRY_COMPARE(view.lastSync().tilesPending, 0);
        const auto *box = bracket.layout().box(far->id);
        const QImage image = window.grabWindow();
        image.save(testArtefacts().filePath(u"bracketview-de256-panned.png"_s));
        const auto toView = [&](QPointF p) {
            return ((p - QPointF(view.contentX(), view.contentY())) * view.zoom() * image.devicePixelRatio()).toPoint();
        };
        // Dark text pixels in the upper slot (the entrant's name), none in an empty area.
        const auto darkPixels = [&](const QRectF &layoutRect) {
            const QRect r(toView(layoutRect.topLeft()), toView(layoutRect.bottomRight()));
            int dark = 0;
            for (int y = r.top(); y <= r.bottom(); ++y)
                for (int x = r.left(); x <= r.right(); ++x)
                    dark += qGray(image.pixel(x, y)) < 100;
            return dark;
        };
        const QRectF slot = BracketLayout::slotRect(box->rect, 0).adjusted(20, 4, -60, -4);
        QVERIFY2(darkPixels(slot) > 10, "no name drawn in a box reached by panning");

        // Hover: the box of the entrant's match gets an outline in the accent colour (blended
        // at its edges by the software renderer).
        view.setHighlightedEntrant(far->slots[0].entrant);
        QTRY_VERIFY(view.lastSync().highlightNs > 0);
        const QImage hovered = window.grabWindow();
        hovered.save(testArtefacts().filePath(u"bracketview-de256-hover.png"_s));
        const QPoint above = toView(QPointF(box->rect.center().x(), box->rect.top()));
        int accent = 0;
        for (int y = above.y() - 5; y <= above.y(); ++y)
            accent += qBlue(hovered.pixel(above.x(), y)) - qRed(hovered.pixel(above.x(), y)) > 50; // accent blue
        QVERIFY2(accent > 0, "no highlight outline above the hovered entrant's box");
    }

    void zoomKeepsTheAnchorAndFitShowsAll()
    {
        const auto event = playedEvent(64, 0);
        PhaseBracket bracket;
        bracket.setPhase(u"Main"_s, event.phases().front(), names(64));
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
