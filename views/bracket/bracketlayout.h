// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/eventstate.h"
#include "live/matchpresenter.h"

#include <QPolygonF>
#include <QRectF>
#include <QString>

#include <unordered_map>
#include <vector>

// Where each match box, connector and section title of one phase goes, computed once in C++
// so the on-screen view, the caster window and the PNG/SVG/PDF exports draw the same bracket.
// Elimination sides are trees: a match sits level with the matches that feed it; a round of
// byes only (never drawn) takes no column. Round robin, Swiss and free-for-all phases are laid
// out as one column per round, one band per group. Titles are the rounds' names as every
// screen writes them (PhaseRoundNames).
class BracketLayout
{
public:
    struct Metrics {
        qreal boxWidth = 220;
        qreal boxHeight = 56;
        qreal columnGap = 56;
        qreal rowGap = 14;
        qreal sectionGap = 56;
        qreal titleHeight = 32;
        qreal margin = 56; // the match numbers sit left of the first column, as in the gaps
    };

    struct Box {
        omnium::engine::MatchId match = 0;
        QRectF rect;
        // A bye decided by structure alone keeps its place (so the tree stays regular) but
        // is not drawn.
        bool visible = true;
    };

    // A line from the right edge of a match's box to the slot it feeds in a later match.
    struct Connector {
        omnium::engine::MatchId from = 0;
        omnium::engine::MatchId to = 0;
        int toSlot = 0;
        QPolygonF path;
    };

    // A column or section title ("Winners round 1", "Losers final", "Group B — round 2").
    struct Title {
        QString text;
        QRectF rect;
    };

    static BracketLayout compute(const omnium::engine::Phase &phase, const Metrics &metrics);
    static BracketLayout compute(const omnium::engine::Phase &phase) { return compute(phase, {}); }

    const std::vector<Box> &boxes() const { return m_boxes; }
    const std::vector<Connector> &connectors() const { return m_connectors; }
    const std::vector<Title> &titles() const { return m_titles; }
    QSizeF size() const { return m_size; }
    const Metrics &metrics() const { return m_metrics; }

    // The box of a match, or nullptr when the match is not in this layout.
    const Box *box(omnium::engine::MatchId match) const;
    // The visible box under a point, or nullptr.
    const Box *boxAt(QPointF point) const;
    // Where a slot's line of text sits inside a box: slot 0 the upper half, slot 1 the lower.
    static QRectF slotRect(const QRectF &box, int slot);

private:
    Metrics m_metrics;
    std::vector<Box> m_boxes;
    std::vector<Connector> m_connectors;
    std::vector<Title> m_titles;
    std::unordered_map<omnium::engine::MatchId, std::size_t> m_index;
    QSizeF m_size;

    void layoutElimination(
        const std::vector<const omnium::engine::Match *> &matches, const PhaseRoundNames &roundNames);
    void layoutRounds(const std::vector<const omnium::engine::Match *> &matches, const PhaseRoundNames &roundNames);
    void addBox(const omnium::engine::Match &match, QRectF rect);
    void connect(const std::vector<const omnium::engine::Match *> &matches);
};
