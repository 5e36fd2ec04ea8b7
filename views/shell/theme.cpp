// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

using namespace omnium::engine;
using namespace Qt::StringLiterals;

namespace {

// A colour tinted towards another: how the station board shows a card's state.
QColor mix(const QColor &base, const QColor &tint, qreal amount)
{
    return QColor::fromRgbF(float(base.redF() + (tint.redF() - base.redF()) * amount),
        float(base.greenF() + (tint.greenF() - base.greenF()) * amount),
        float(base.blueF() + (tint.blueF() - base.blueF()) * amount));
}

QByteArray cssColour(const QColor &colour, qreal alpha = 1)
{
    if (alpha >= 1)
        return colour.name(QColor::HexRgb).toLatin1();
    return "rgba(" + QByteArray::number(colour.red()) + ", " + QByteArray::number(colour.green()) + ", "
        + QByteArray::number(colour.blue()) + ", " + QByteArray::number(alpha) + ')';
}

QByteArray stageCss(const Theme::Stage &stage, qreal panelAlpha)
{
    return "    --panel: " + cssColour(stage.panel, panelAlpha)
        + ";\n    --panel-2: " + cssColour(stage.panelAlt, panelAlpha) + ";\n    --text: " + cssColour(stage.ink)
        + ";\n    --muted: " + cssColour(stage.mutedInk) + ";\n    --solid: " + cssColour(stage.background) + ";\n";
}

} // namespace

Theme::Theme(QObject *parent)
    : QObject(parent)
{ }

void Theme::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    Q_EMIT darkChanged();
}

const Theme::Palette &Theme::palette(bool dark)
{
    static const Palette lightPalette {
        .text = QColor(0x21, 0x21, 0x21),
        .mutedText = QColor(0x66, 0x66, 0x66),
        .background = QColor(0xf4, 0xf5, 0xf9),
        .surface = QColor(0xff, 0xff, 0xff),
        .surfaceAlt = QColor(0xe8, 0xea, 0xf2),
        .rowAlternate = QColor(0xf7, 0xf8, 0xfb),
        .line = QColor(0x9e, 0x9e, 0x9e),
        .error = QColor(0xc6, 0x28, 0x28),
        .warning = QColor(0xbf, 0x36, 0x0c),
        .success = QColor(0x2e, 0x7d, 0x32),
        .warningSurface = QColor(0xff, 0xf3, 0xe0),
    };
    static const Palette darkPalette {
        .text = QColor(0xec, 0xef, 0xf4),
        .mutedText = QColor(0xa9, 0xb0, 0xc2),
        .background = QColor(0x15, 0x17, 0x1f),
        .surface = QColor(0x25, 0x2a, 0x38),
        .surfaceAlt = QColor(0x2b, 0x2f, 0x3c),
        .rowAlternate = QColor(0x1b, 0x1e, 0x28),
        .line = QColor(0x5c, 0x64, 0x78),
        .error = QColor(0xff, 0x6e, 0x6e),
        .warning = QColor(0xff, 0xb7, 0x4d),
        .success = QColor(0x81, 0xc7, 0x84),
        .warningSurface = QColor(0x3e, 0x2a, 0x1a),
    };
    return dark ? darkPalette : lightPalette;
}

Theme::Stage Theme::stage(const QString &background)
{
    if (background == u"light")
        return {QColor(0xf4, 0xf4, 0xf4), QColor(0xff, 0xff, 0xff), QColor(0xe8, 0xeb, 0xf2), QColor(0x15, 0x17, 0x1c),
            QColor(0x5a, 0x60, 0x72), QColor(0x6b, 0x72, 0x80)};
    Stage dark {QColor(0x10, 0x12, 0x18), QColor(0x1d, 0x21, 0x30), QColor(0x26, 0x2b, 0x3c), QColor(0xf2, 0xf4, 0xf8),
        QColor(0xa9, 0xb0, 0xc2), QColor(0xcf, 0xd4, 0xe0)};
    // Chroma keys: dark panels on a colour the capture software removes.
    if (background == u"green")
        dark.background = QColor(0x00, 0xb1, 0x40);
    else if (background == u"magenta")
        dark.background = QColor(0xff, 0x00, 0xff);
    return dark;
}

QColor Theme::stateColour(MatchState state)
{
    switch (state) {
    case MatchState::Pending:
        return QColor(0x9e, 0x9e, 0x9e); // grey
    case MatchState::Ready:
        return QColor(0x56, 0xb4, 0xe9); // sky blue
    case MatchState::Called:
        return QColor(0xe6, 0x9f, 0x00); // orange
    case MatchState::InProgress:
        return QColor(0x00, 0x9e, 0x73); // bluish green
    case MatchState::Completed:
        return QColor(0x33, 0x33, 0x33); // near black
    }
    return {};
}

QColor Theme::disputedColour()
{
    return QColor(0xcc, 0x79, 0xa7); // reddish purple
}

QColor Theme::accent()
{
    return QColor(0x39, 0x49, 0xab);
}

QColor Theme::venueAccent()
{
    return QColor(0xe4, 0x00, 0x3a);
}

QColor Theme::highlight()
{
    return QColor(0x4f, 0xc3, 0xf7);
}

QColor Theme::textOnColour()
{
    return QColor(0xff, 0xff, 0xff);
}

QColor Theme::errorFill()
{
    return QColor(0xb7, 0x1c, 0x1c);
}

QColor Theme::successFill()
{
    return QColor(0x1b, 0x5e, 0x20);
}

QColor Theme::boardSurface()
{
    return QColor(0x2a, 0x2d, 0x33);
}

QColor Theme::boardCalled()
{
    return mix(boardSurface(), stateColour(MatchState::Called), 0.3);
}

QColor Theme::boardPlaying()
{
    return mix(boardSurface(), stateColour(MatchState::InProgress), 0.3);
}

QColor Theme::boardOutOfOrder()
{
    return mix(boardSurface(), errorFill(), 0.5);
}

QColor Theme::boardText()
{
    return QColor(0xff, 0xff, 0xff);
}

QColor Theme::boardMutedText()
{
    return QColor(0xd0, 0xd4, 0xda);
}

QColor Theme::streamTag()
{
    return QColor(0xff, 0x8a, 0x80);
}

QColor Theme::streamTagText()
{
    return QColor(0x3b, 0x0d, 0x0d);
}

QList<QColor> Theme::seriesColours()
{
    return {QColor(0x1e, 0x88, 0xe5), QColor(0x43, 0xa0, 0x47), QColor(0xfb, 0x8c, 0x00), QColor(0x8e, 0x24, 0xaa),
        QColor(0xe5, 0x39, 0x35), QColor(0x00, 0x89, 0x7b), QColor(0x6d, 0x4c, 0x41), QColor(0x39, 0x49, 0xab)};
}

QByteArray Theme::overlayCss()
{
    QByteArray css
        = "/* Generated by Omnium from its theme (views/shell/theme.cpp): the overlays' colours. */\n:root {\n"
          "    --accent: "
        + cssColour(venueAccent()) + ";\n    --chroma: " + cssColour(stage(u"green"_s).background)
        + ";\n    --on-accent: " + cssColour(textOnColour()) + ";\n";
    const std::pair<const char *, QColor> states[]
        = {{"pending", statePending()}, {"ready", stateReady()}, {"called", stateCalled()},
            {"in-progress", stateInProgress()}, {"completed", stateCompleted()}, {"disputed", stateDisputed()}};
    for (const auto &[name, colour] : states)
        css += "    --state-" + QByteArray(name) + ": " + cssColour(colour) + ";\n";
    css += "}\nbody.theme-dark {\n" + stageCss(stage(u"dark"_s), 0.9) + "}\nbody.theme-light {\n"
        + stageCss(stage(u"light"_s), 0.94) + "}\n";
    return css;
}
