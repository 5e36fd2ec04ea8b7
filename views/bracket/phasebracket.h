// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bracketlayout.h"

#include <QColor>
#include <QHash>
#include <QObject>
#include <QSet>

// One phase's matches with the entrants' display names and the layout computed from them:
// what the bracket view, the caster window and the exports draw. Whoever owns the event
// (the store's controller, or a test) sets it; every view follows its changed() signal.
class PhaseBracket : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QSizeF size READ size NOTIFY changed)

public:
    explicit PhaseBracket(QObject *parent = nullptr);

    void setPhase(QString title, omnium::engine::Phase phase, QHash<omnium::engine::EntrantId, QString> names,
        QSet<omnium::engine::MatchId> disputed = {});

    QString title() const { return m_title; }
    const std::vector<omnium::engine::Match> &matches() const { return m_phase.matches; }
    const BracketLayout &layout() const { return m_layout; }
    QSizeF size() const { return m_layout.size(); }
    const omnium::engine::Match *match(omnium::engine::MatchId id) const;
    QString entrantName(omnium::engine::EntrantId id) const;
    bool isDisputed(omnium::engine::MatchId id) const { return m_disputed.contains(id); }

    // What a slot shows: the entrant's name, "Bye", or where the entrant will come from — a
    // played match or a seed, never a bye match (playedSource).
    QString slotText(const omnium::engine::Match &match, int slot) const;
    // The seed of the slot's entrant in this phase (as the overlays show it), or 0.
    int slotSeed(const omnium::engine::Match &match, int slot) const;
    // The slot's score: games won in the match ("2"), "W"/"F"/"DQ" for forfeits, or empty.
    QString slotScore(const omnium::engine::Match &match, int slot) const;
    // A match's number as organisers call it ("M12"): its position in the phase, from 1.
    int matchNumber(omnium::engine::MatchId id) const;

    // Colour-blind-safe state colours (Okabe–Ito) from the Theme, shared by every drawing of a bracket.
    static QColor stateColour(omnium::engine::MatchState state);
    // A disputed match's colour (reddish purple), whatever its state.
    static QColor disputedColour();
    // The colour a match is drawn in: disputed first, else its state's.
    QColor matchColour(const omnium::engine::Match &match) const;

Q_SIGNALS:
    void changed();

protected:
    // The section titles are words: laid out again in the language just chosen.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Same boxes in the same places: only results, names or states differ.
    static bool placedAlike(const std::vector<omnium::engine::Match> &a, const std::vector<omnium::engine::Match> &b);

    QString m_title;
    omnium::engine::Phase m_phase;
    QHash<omnium::engine::EntrantId, int> m_seeds; // entrant -> seed, from 1
    QHash<omnium::engine::EntrantId, QString> m_names;
    QHash<omnium::engine::MatchId, int> m_numbers;
    QSet<omnium::engine::MatchId> m_disputed;
    BracketLayout m_layout;
};
