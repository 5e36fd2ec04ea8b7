// SPDX-License-Identifier: GPL-3.0-or-later
#include "bracketlayout.h"

#include "engine/eventstate.h"
#include "live/matchpresenter.h"

#include <algorithm>
#include <map>

using namespace omnium::engine;

namespace {

bool isElimination(Side side)
{
    return side == Side::Winners || side == Side::Losers || side == Side::GrandFinal || side == Side::GrandFinalReset
        || side == Side::ThirdPlace;
}

} // namespace

BracketLayout BracketLayout::compute(const Phase &phase, const Metrics &metrics)
{
    const auto &matches = phase.matches;
    const PhaseRoundNames roundNames(phase);
    BracketLayout layout;
    layout.m_metrics = metrics;
    std::vector<const Match *> elimination;
    std::vector<const Match *> rounds;
    for (const auto &match : matches)
        (isElimination(match.side) ? elimination : rounds).push_back(&match);
    layout.m_boxes.reserve(matches.size());
    if (!elimination.empty())
        layout.layoutElimination(elimination, roundNames);
    if (!rounds.empty())
        layout.layoutRounds(rounds, roundNames);
    layout.connect(elimination);

    qreal right = 0, bottom = 0;
    for (const auto &box : layout.m_boxes) {
        right = std::max(right, box.rect.right());
        bottom = std::max(bottom, box.rect.bottom());
    }
    layout.m_size = QSizeF(right + metrics.margin, bottom + metrics.margin);
    return layout;
}

void BracketLayout::addBox(const Match &match, QRectF rect)
{
    const bool visible = !match.isBye() && (match.side != Side::GrandFinalReset || EventState::isActive(match));
    m_index.emplace(match.id, m_boxes.size());
    m_boxes.push_back({match.id, rect, visible});
}

void BracketLayout::layoutElimination(const std::vector<const Match *> &matches, const PhaseRoundNames &roundNames)
{
    const auto &m = m_metrics;
    const qreal column = m.boxWidth + m.columnGap;
    const qreal row = m.boxHeight + m.rowGap;
    std::unordered_map<MatchId, qreal> centreY;
    std::map<int, std::vector<const Match *>> winners, losers; // by round
    std::vector<const Match *> finals, thirdPlace;
    for (const auto *match : matches) {
        switch (match->side) {
        case Side::Winners:
            winners[match->round].push_back(match);
            break;
        case Side::Losers:
            losers[match->round].push_back(match);
            break;
        case Side::GrandFinal:
        case Side::GrandFinalReset:
            finals.push_back(match);
            break;
        default:
            thirdPlace.push_back(match);
        }
    }

    // One side of the bracket as a tree: the first round evenly spaced, every later match
    // level with the matches of the same side that feed it. A round of byes only keeps its
    // places (what it feeds sits level with them) but takes no column and no title.
    auto layoutSide = [&](const std::map<int, std::vector<const Match *>> &side, qreal top) {
        qreal bottom = top;
        int columnIndex = 0;
        for (const auto &[round, roundMatches] : side) {
            const qreal x = m.margin + columnIndex * column;
            const std::size_t first = m_boxes.size();
            for (const auto *match : roundMatches) {
                qreal sum = 0;
                int feeders = 0;
                for (const auto &slot : match->slots) {
                    if (slot.source.kind != SlotSource::Kind::WinnerOf)
                        continue;
                    const auto found = centreY.find(slot.source.value);
                    if (found != centreY.end()) {
                        sum += found->second;
                        ++feeders;
                    }
                }
                const qreal cy = feeders > 0 ? sum / feeders : top + (match->position - 1) * row + m.boxHeight / 2;
                centreY[match->id] = cy;
                const QRectF rect(x, cy - m.boxHeight / 2, m.boxWidth, m.boxHeight);
                addBox(*match, rect);
                bottom = std::max(bottom, rect.bottom());
            }
            if (std::none_of(
                    m_boxes.begin() + std::ptrdiff_t(first), m_boxes.end(), [](const Box &box) { return box.visible; }))
                continue;
            m_titles.push_back(
                {roundNames.of(*roundMatches.front()), QRectF(x, top - m.titleHeight, m.boxWidth, m.titleHeight)});
            ++columnIndex;
        }
        return std::pair {bottom, columnIndex};
    };

    const qreal winnersTop = m.margin + m.titleHeight;
    const auto [winnersBottom, winnersColumns] = layoutSide(winners, winnersTop);
    qreal bottom = winnersBottom;
    int columns = winnersColumns;
    if (!losers.empty()) {
        const auto [losersBottom, losersColumns] = layoutSide(losers, winnersBottom + m.sectionGap + m.titleHeight);
        bottom = losersBottom;
        columns = std::max(columns, losersColumns);
    }

    // Grand final (and its reset) to the right of both sides, level with what feeds it.
    int finalColumn = columns;
    for (const auto *match : finals) {
        qreal sum = 0;
        int feeders = 0;
        for (const auto &slot : match->slots) {
            const auto found = centreY.find(slot.source.value);
            if (slot.source.kind != SlotSource::Kind::None && found != centreY.end()) {
                sum += found->second;
                ++feeders;
            }
        }
        const qreal cy = feeders > 0 ? sum / feeders : winnersTop + m.boxHeight / 2;
        // A reset sits level with its grand final (both its slots come from it).
        centreY[match->id] = cy;
        const qreal x = m.margin + finalColumn * column;
        const QString title = roundNames.of(*match);
        addBox(*match, QRectF(x, cy - m.boxHeight / 2, m.boxWidth, m.boxHeight));
        if (m_boxes.back().visible) // no title over a reset that is not played
            m_titles.push_back({title, QRectF(x, cy - m.boxHeight / 2 - m.titleHeight, m.boxWidth, m.titleHeight)});
        ++finalColumn;
    }

    // The third-place match under the final.
    for (const auto *match : thirdPlace) {
        const qreal x = m.margin + std::max(0, winnersColumns - 1) * column;
        const qreal y = winnersBottom + m.rowGap + m.titleHeight;
        addBox(*match, QRectF(x, y, m.boxWidth, m.boxHeight));
        if (m_boxes.back().visible) // a bye (three entrants) has no title either
            m_titles.push_back({roundNames.of(*match), QRectF(x, y - m.titleHeight, m.boxWidth, m.titleHeight)});
        bottom = std::max(bottom, y + m.boxHeight);
    }
    Q_UNUSED(bottom)
}

void BracketLayout::layoutRounds(const std::vector<const Match *> &matches, const PhaseRoundNames &roundNames)
{
    const auto &m = m_metrics;
    qreal top = m.margin;
    for (const auto &box : m_boxes)
        top = std::max(top, box.rect.bottom() + m.sectionGap);

    std::map<int, std::map<int, std::vector<const Match *>>> byGroup; // group -> round -> matches
    for (const auto *match : matches)
        byGroup[match->group][match->round].push_back(match);
    for (const auto &[group, rounds] : byGroup) {
        const qreal bandTop = top + m.titleHeight;
        qreal bandBottom = bandTop;
        int columnIndex = 0;
        for (const auto &[round, roundMatches] : rounds) {
            const qreal x = m.margin + columnIndex * (m.boxWidth + m.columnGap);
            const QString title = roundNames.of(*roundMatches.front());
            m_titles.push_back({title, QRectF(x, top, m.boxWidth, m.titleHeight)});
            auto ordered = roundMatches;
            std::sort(ordered.begin(), ordered.end(),
                [](const Match *a, const Match *b) { return a->position < b->position; });
            for (std::size_t i = 0; i < ordered.size(); ++i) {
                const QRectF rect(x, bandTop + qreal(i) * (m.boxHeight + m.rowGap), m.boxWidth, m.boxHeight);
                addBox(*ordered[i], rect);
                bandBottom = std::max(bandBottom, rect.bottom());
            }
            ++columnIndex;
        }
        top = bandBottom + m.sectionGap;
    }
}

void BracketLayout::connect(const std::vector<const Match *> &matches)
{
    const qreal half = m_metrics.columnGap / 2;
    for (const auto *match : matches) {
        const auto *target = box(match->id);
        if (!target || !target->visible)
            continue;
        for (int slot = 0; slot < 2; ++slot) {
            const auto &source = match->slots[std::size_t(slot)].source;
            if (source.kind != SlotSource::Kind::WinnerOf)
                continue;
            const auto *from = box(source.value);
            if (!from || !from->visible)
                continue;
            const QPointF start(from->rect.right(), from->rect.center().y());
            const QPointF end(target->rect.left(), slotRect(target->rect, slot).center().y());
            // An elbow: out of the source, along the gap, into the slot. A source in the
            // column just before turns half-way; one further left runs to just before the target.
            const qreal turnX = std::max(start.x() + std::min(half, (end.x() - start.x()) / 2), end.x() - half);
            m_connectors.push_back(
                {source.value, match->id, slot, QPolygonF({start, {turnX, start.y()}, {turnX, end.y()}, end})});
        }
    }
}

const BracketLayout::Box *BracketLayout::box(MatchId match) const
{
    const auto found = m_index.find(match);
    return found == m_index.end() ? nullptr : &m_boxes[found->second];
}

const BracketLayout::Box *BracketLayout::boxAt(QPointF point) const
{
    for (const auto &box : m_boxes) {
        if (box.visible && box.rect.contains(point))
            return &box;
    }
    return nullptr;
}

QRectF BracketLayout::slotRect(const QRectF &box, int slot)
{
    const qreal h = box.height() / 2;
    return QRectF(box.left(), box.top() + slot * h, box.width(), h);
}
