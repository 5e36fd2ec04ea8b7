// SPDX-License-Identifier: GPL-3.0-or-later
#include "bracket/bracketlayout.h"
#include "engine/eventstate.h"

#include <QSet>
#include <QTest>

#include <map>
#include <numeric>

using namespace omnium::engine;
using namespace Qt::StringLiterals;

namespace {

EventState makeEvent(Format format, int entrants, int groups = 1)
{
    PhaseConfig config;
    config.format = format;
    config.groups = groups;
    config.thirdPlaceMatch = format == Format::SingleElimination;
    std::vector<EntrantId> ids(static_cast<std::size_t>(entrants));
    std::iota(ids.begin(), ids.end(), EntrantId(1001));
    Error error;
    auto event = EventState::create(config, ids, &error);
    if (!event)
        qFatal("cannot create the event: %s", error.debugText().c_str());
    return *event;
}

// The structural checks every layout must pass, whatever the format and size.
void checkLayout(const Phase &phase, const BracketLayout &layout)
{
    const auto &matches = phase.matches;
    const auto &m = layout.metrics();
    QCOMPARE(layout.boxes().size(), matches.size());
    for (const auto &match : matches) {
        const auto *box = layout.box(match.id);
        QVERIFY2(box, qPrintable(u"no box for match %1"_s.arg(match.id)));
        QCOMPARE(box->visible, !match.isBye() && (match.side != Side::GrandFinalReset || EventState::isActive(match)));
        QVERIFY(box->rect.left() >= m.margin - 0.01 && box->rect.top() >= m.margin - 0.01);
        QVERIFY(box->rect.right() <= layout.size().width() && box->rect.bottom() <= layout.size().height());
        QCOMPARE(box->rect.size(), QSizeF(m.boxWidth, m.boxHeight));
        // Columns are on a grid, so boxes of different columns cannot overlap.
        const qreal column = (box->rect.left() - m.margin) / (m.boxWidth + m.columnGap);
        QVERIFY2(qFuzzyCompare(column + 1, std::round(column) + 1), "box off the column grid");
    }
    // Within a column, visible boxes do not overlap.
    std::map<qreal, std::vector<QRectF>> columns;
    for (const auto &box : layout.boxes()) {
        if (box.visible)
            columns[box.rect.left()].push_back(box.rect);
    }
    for (auto &[x, rects] : columns) {
        std::sort(rects.begin(), rects.end(), [](const QRectF &a, const QRectF &b) { return a.top() < b.top(); });
        for (std::size_t i = 1; i < rects.size(); ++i)
            QVERIFY2(rects[i].top() >= rects[i - 1].bottom() - 0.01,
                qPrintable(u"boxes overlap in column x=%1 at y=%2"_s.arg(x).arg(rects[i].top())));
    }
    // Titles sit on the column grid and do not cover the boxes of their column.
    for (const auto &title : layout.titles()) {
        QVERIFY(!title.text.isEmpty());
        for (const auto &rect : columns[title.rect.left()]) {
            const auto overlap = title.rect.intersected(rect);
            QVERIFY2(
                overlap.isEmpty() || overlap.height() < 0.01, qPrintable(u"title '%1' covers a box"_s.arg(title.text)));
        }
    }
    // Every title names the round of drawn boxes under it, as every screen names it
    // (PhaseRoundNames), and every drawn box has its round's title: a round of byes only takes
    // no column, so no title heads an empty one.
    const PhaseRoundNames roundNames(phase);
    QSet<std::pair<qreal, QString>> titled;
    for (const auto &title : layout.titles()) {
        titled.insert({title.rect.left(), title.text});
        const bool heads = std::ranges::any_of(matches, [&](const Match &match) {
            const auto *box = layout.box(match.id);
            return box->visible && box->rect.left() == title.rect.left() && roundNames.of(match) == title.text;
        });
        QVERIFY2(heads, qPrintable(u"'%1' heads a column without a drawn match"_s.arg(title.text)));
    }
    for (const auto &match : matches) {
        const auto *box = layout.box(match.id);
        QVERIFY2(!box->visible || titled.contains({box->rect.left(), roundNames.of(match)}),
            qPrintable(u"match %1 has no '%2' title over it"_s.arg(match.id).arg(roundNames.of(match))));
    }
    // Connectors join the source's right edge to the slot they feed, left to right.
    std::size_t expected = 0;
    for (const auto &match : matches) {
        const auto *target = layout.box(match.id);
        for (int slot = 0; slot < 2; ++slot) {
            const auto &source = match.slots[std::size_t(slot)].source;
            if (source.kind == SlotSource::Kind::WinnerOf && target->visible && layout.box(source.value)->visible)
                ++expected;
        }
    }
    QCOMPARE(layout.connectors().size(), expected);
    for (const auto &connector : layout.connectors()) {
        const auto *from = layout.box(connector.from);
        const auto *to = layout.box(connector.to);
        QVERIFY(from && to && from->visible && to->visible);
        QCOMPARE(connector.path.first(), QPointF(from->rect.right(), from->rect.center().y()));
        QCOMPARE(connector.path.last(),
            QPointF(to->rect.left(), BracketLayout::slotRect(to->rect, connector.toSlot).center().y()));
        for (qsizetype i = 1; i < connector.path.size(); ++i)
            QVERIFY(connector.path[i].x() >= connector.path[i - 1].x());
    }
}

} // namespace

class TestBracketLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFormatAndSize_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("groups");
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::newRow("single elimination") << int(Format::SingleElimination) << 1 << 2 << 256;
        QTest::newRow("double elimination") << int(Format::DoubleElimination) << 1 << 2 << 256;
        QTest::newRow("round robin") << int(Format::RoundRobin) << 1 << 2 << 40;
        QTest::newRow("round robin, 4 groups") << int(Format::RoundRobin) << 4 << 8 << 64;
        // Swiss pairing costs more to create: every size to 64, then the largest sizes.
        QTest::newRow("swiss") << int(Format::Swiss) << 1 << 2 << 64;
        QTest::newRow("swiss, large") << int(Format::Swiss) << 1 << 254 << 256;
    }

    void everyFormatAndSize()
    {
        QFETCH(int, format);
        QFETCH(int, groups);
        QFETCH(int, from);
        QFETCH(int, to);
        for (int size = from; size <= to; ++size) {
            const auto event = makeEvent(Format(format), size, groups);
            const auto layout = BracketLayout::compute(event.phases().front());
            checkLayout(event.phases().front(), layout);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(u"failed at %1 entrants"_s.arg(size)));
        }
    }

    // 8 entrants, single elimination: the tree is regular and every match sits level with
    // the two matches that feed it.
    void treeIsCentredOnFeeders()
    {
        const auto event = makeEvent(Format::SingleElimination, 8);
        const auto &matches = event.phases().front().matches;
        const auto layout = BracketLayout::compute(event.phases().front());
        for (const auto &match : matches) {
            if (match.side != Side::Winners || match.round == 1)
                continue;
            const auto *a = layout.box(match.slots[0].source.value);
            const auto *b = layout.box(match.slots[1].source.value);
            QCOMPARE(layout.box(match.id)->rect.center().y(), (a->rect.center().y() + b->rect.center().y()) / 2);
            QVERIFY(layout.box(match.id)->rect.left() > a->rect.right());
        }
        // Round 1 is evenly spaced by box height + row gap.
        const auto &metrics = layout.metrics();
        QCOMPARE(layout.box(matches[1].id)->rect.top() - layout.box(matches[0].id)->rect.top(),
            metrics.boxHeight + metrics.rowGap);
        // The third-place match is in the final's column, below it.
        const auto final = std::find_if(
            matches.begin(), matches.end(), [](const Match &m) { return m.side == Side::Winners && m.round == 3; });
        const auto third
            = std::find_if(matches.begin(), matches.end(), [](const Match &m) { return m.side == Side::ThirdPlace; });
        QVERIFY(final != matches.end() && third != matches.end());
        QCOMPARE(layout.box(third->id)->rect.left(), layout.box(final->id)->rect.left());
        QVERIFY(layout.box(third->id)->rect.top() > layout.box(final->id)->rect.bottom());
    }

    // Double elimination: losers below winners, the grand final right of both; the reset is
    // only shown once the losers-side finalist won the first grand final.
    void doubleEliminationSections()
    {
        auto event = makeEvent(Format::DoubleElimination, 4);
        const auto &matches = event.phases().front().matches;
        auto layout = BracketLayout::compute(event.phases().front());
        qreal winnersBottom = 0, losersTop = 1e9, right = 0;
        MatchId grandFinal = 0, reset = 0;
        for (const auto &match : matches) {
            const auto rect = layout.box(match.id)->rect;
            if (match.side == Side::Winners) {
                winnersBottom = std::max(winnersBottom, rect.bottom());
                right = std::max(right, rect.right());
            } else if (match.side == Side::Losers) {
                losersTop = std::min(losersTop, rect.top());
                right = std::max(right, rect.right());
            } else if (match.side == Side::GrandFinal) {
                grandFinal = match.id;
            } else if (match.side == Side::GrandFinalReset) {
                reset = match.id;
            }
        }
        QVERIFY(losersTop > winnersBottom);
        QVERIFY(layout.box(grandFinal)->rect.left() > right);
        QVERIFY(!layout.box(reset)->visible);

        // Play it so that the losers-side finalist wins the grand final: the reset appears.
        Error error;
        for (const auto &match : matches) {
            const auto *current = event.match(match.id);
            if (current->side == Side::GrandFinalReset || current->completed() || current->isBye())
                continue;
            Result result;
            result.winner = current->side == Side::GrandFinal ? 1 : 0;
            result.games = {Game {{result.winner == 0 ? 1 : 0, result.winner == 1 ? 1 : 0}, {}}};
            QVERIFY2(event.report(match.id, result, {}, &error), error.debugText().c_str());
        }
        layout = BracketLayout::compute(event.phases().front());
        QVERIFY(layout.box(reset)->visible);
        QCOMPARE(layout.box(reset)->rect.center().y(), layout.box(grandFinal)->rect.center().y());
        checkLayout(event.phases().front(), layout);
    }

    void byesAreHiddenButKeepTheirPlace()
    {
        const auto event = makeEvent(Format::SingleElimination, 5);
        const auto &matches = event.phases().front().matches;
        const auto layout = BracketLayout::compute(event.phases().front());
        int hidden = 0;
        for (const auto &match : matches)
            hidden += layout.box(match.id)->visible ? 0 : 1;
        QCOMPARE(hidden, 3); // 8-slot bracket, 3 byes to seeds 1–3
        QVERIFY(layout.boxAt(layout.boxes().front().rect.center()) == nullptr || layout.boxes().front().visible);
    }

    void hitTesting()
    {
        const auto event = makeEvent(Format::DoubleElimination, 16);
        const auto layout = BracketLayout::compute(event.phases().front());
        for (const auto &box : layout.boxes()) {
            const auto *hit = layout.boxAt(box.rect.center());
            QCOMPARE(hit ? hit->match : 0, box.visible ? box.match : 0);
        }
        QVERIFY(!layout.boxAt(QPointF(1, 1)));
    }
};

QTEST_GUILESS_MAIN(TestBracketLayout)
#include "tst_bracketlayout.moc"
