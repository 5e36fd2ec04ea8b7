// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/match.h"

#include <QColor>
#include <QList>
#include <QObject>

// Omnium's own colours: what no desktop colour scheme has and every screen must agree on. The
// match states (Okabe–Ito, colour-blind safe) are painted by the bracket drawings, the legends,
// the exports and the stream overlays' CSS alike; the caster window's stages (chroma keys), the
// station board's wall-screen palette, the gate's verdict fills and the venue's default accent
// are read across a room or by capture software, not themed by the desktop. The bracket
// drawings and prints (BracketView, BracketRenderer) take their paper from `paper()`.
// QML reads it as the singleton Theme; generic text, surface and border colours and spacings
// come from Kirigami.Theme and Kirigami.Units instead (they follow the user's colour scheme).
class Theme : public QObject
{
    Q_OBJECT

    // Omnium's own (the same in light and dark).
    Q_PROPERTY(QColor accent READ accent CONSTANT) // Omnium's indigo: the bracket's current-match accent
    Q_PROPERTY(QColor venueAccent READ venueAccent CONSTANT) // default venue colour when none is set
    Q_PROPERTY(QColor textOnColour READ textOnColour CONSTANT) // on the fills below and on coloured bands
    Q_PROPERTY(QColor errorFill READ errorFill CONSTANT) // the gate's REFUSED
    Q_PROPERTY(QColor successFill READ successFill CONSTANT) // the gate's ACCEPTED
    // The station board, a dark wall screen whatever the mode.
    Q_PROPERTY(QColor boardSurface READ boardSurface CONSTANT)
    Q_PROPERTY(QColor boardCalled READ boardCalled CONSTANT)
    Q_PROPERTY(QColor boardPlaying READ boardPlaying CONSTANT)
    Q_PROPERTY(QColor boardOutOfOrder READ boardOutOfOrder CONSTANT)
    Q_PROPERTY(QColor boardText READ boardText CONSTANT)
    Q_PROPERTY(QColor boardMutedText READ boardMutedText CONSTANT)
    Q_PROPERTY(QColor streamTag READ streamTag CONSTANT)
    Q_PROPERTY(QColor streamTagText READ streamTagText CONSTANT)
    // Match states (Okabe–Ito, colour-blind safe): every bracket drawing, legend and export.
    Q_PROPERTY(QColor statePending READ statePending CONSTANT)
    Q_PROPERTY(QColor stateReady READ stateReady CONSTANT)
    Q_PROPERTY(QColor stateCalled READ stateCalled CONSTANT)
    Q_PROPERTY(QColor stateInProgress READ stateInProgress CONSTANT)
    Q_PROPERTY(QColor stateCompleted READ stateCompleted CONSTANT)
    Q_PROPERTY(QColor stateDisputed READ stateDisputed CONSTANT)
    // Distinct colours for series side by side (the timeline's events), in order.
    Q_PROPERTY(QList<QColor> seriesColours READ seriesColours CONSTANT)

public:
    // The bracket drawings' and prints' paper: light whatever the desktop's colours.
    struct Paper {
        QColor text, mutedText, surface, line;
    };
    // A background for casters and stream overlays: "dark", "light", "green" or "magenta" (chroma keys).
    struct Stage {
        QColor background, panel, panelAlt, ink, mutedInk, line;
    };

    explicit Theme(QObject *parent = nullptr);

    static const Paper &paper();
    static Stage stage(const QString &background);
    static QColor stateColour(omnium::engine::MatchState state);
    static QColor disputedColour();
    // The overlays' custom properties (served as /assets/theme.css): state colours, the default
    // accent and chroma, and the dark and light stages.
    static QByteArray overlayCss();

    static QColor accent();
    static QColor venueAccent();
    static QColor textOnColour();
    static QColor errorFill();
    static QColor successFill();
    static QColor boardSurface();
    static QColor boardCalled();
    static QColor boardPlaying();
    static QColor boardOutOfOrder();
    static QColor boardText();
    static QColor boardMutedText();
    static QColor streamTag();
    static QColor streamTagText();
    static QColor statePending() { return stateColour(omnium::engine::MatchState::Pending); }
    static QColor stateReady() { return stateColour(omnium::engine::MatchState::Ready); }
    static QColor stateCalled() { return stateColour(omnium::engine::MatchState::Called); }
    static QColor stateInProgress() { return stateColour(omnium::engine::MatchState::InProgress); }
    static QColor stateCompleted() { return stateColour(omnium::engine::MatchState::Completed); }
    static QColor stateDisputed() { return disputedColour(); }
    static QList<QColor> seriesColours();

    // The caster window's stage colours for its background choice.
    Q_INVOKABLE QColor stageBackground(const QString &background) const { return stage(background).background; }
    Q_INVOKABLE QColor stagePanel(const QString &background) const { return stage(background).panel; }
    Q_INVOKABLE QColor stageInk(const QString &background) const { return stage(background).ink; }
    Q_INVOKABLE QColor stageLine(const QString &background) const { return stage(background).line; }
};
