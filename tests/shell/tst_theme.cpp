// SPDX-License-Identifier: GPL-3.0-or-later
#include "bracket/bracketrenderer.h"
#include "engine/eventstate.h"
#include "shell/theme.h"

#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

using namespace omnium::engine;
using namespace Qt::StringLiterals;

namespace {

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &colour)
{
    const auto channel = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor colourProperty(const Theme &theme, const char *name)
{
    const QVariant value = theme.property(name);
    if (!value.isValid())
        qFatal("Theme has no property %s", name);
    return value.value<QColor>();
}

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Pages, dialogs, components and the caster window take every colour from Theme.
    void noColourLiteralInQml_data()
    {
        QTest::addColumn<QString>("path");
        QDirIterator files(
            QStringLiteral(OMNIUM_SOURCE_DIR "/qml"), {u"*.qml"_s}, QDir::Files, QDirIterator::Subdirectories);
        int count = 0;
        while (files.hasNext()) {
            const QString path = files.next();
            QTest::newRow(qPrintable(path.mid(path.indexOf(u"/qml/"_s) + 1))) << path;
            ++count;
        }
        QVERIFY2(count > 40, "the QML files were not found");
    }
    void noColourLiteralInQml()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        static const QRegularExpression hex(u"\"#[0-9a-fA-F]{3,8}\""_s);
        static const QRegularExpression function(u"Qt\\.(rgba|hsla|hsva|rgb|hsl)\\("_s);
        static const QRegularExpression named(
            u"(color|colour|Colour|Color)\\s*:.*\"(white|black|red|green|blue|gray|grey|orange|yellow|purple|pink)\""_s);
        // The style's palette does not follow the Material dark theme everywhere (black text on dark).
        static const QRegularExpression stylePalette(u"\\bpalette\\.[a-z]"_s);
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString &line = lines.at(i);
            const bool literal
                = hex.match(line).hasMatch() || function.match(line).hasMatch() || named.match(line).hasMatch();
            QVERIFY2(!literal,
                qPrintable(
                    u"%1:%2: a colour literal; use a Theme property: %3"_s.arg(path).arg(i + 1).arg(line.trimmed())));
        }
    }

    // What the legend and pages show as a state's colour is what the bracket drawings paint,
    // and what the overlays' CSS gets.
    void statePaletteIsWhatTheRendererDraws_data()
    {
        QTest::addColumn<QByteArray>("property");
        QTest::addColumn<QByteArray>("cssName");
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("disputed");
        QTest::newRow("pending") << "statePending"_ba << "pending"_ba << int(MatchState::Pending) << false;
        QTest::newRow("ready") << "stateReady"_ba << "ready"_ba << int(MatchState::Ready) << false;
        QTest::newRow("called") << "stateCalled"_ba << "called"_ba << int(MatchState::Called) << false;
        QTest::newRow("in progress") << "stateInProgress"_ba << "in-progress"_ba << int(MatchState::InProgress)
                                     << false;
        QTest::newRow("completed") << "stateCompleted"_ba << "completed"_ba << int(MatchState::Completed) << false;
        QTest::newRow("disputed") << "stateDisputed"_ba << "disputed"_ba << int(MatchState::Completed) << true;
    }
    void statePaletteIsWhatTheRendererDraws()
    {
        QFETCH(QByteArray, property);
        QFETCH(QByteArray, cssName);
        QFETCH(int, state);
        QFETCH(bool, disputed);

        PhaseConfig config;
        config.format = Format::DoubleElimination;
        std::vector<EntrantId> ids(8);
        std::iota(ids.begin(), ids.end(), EntrantId(1));
        Error error;
        auto event = EventState::create(config, ids, &error);
        QVERIFY2(event, error.debugText().c_str());
        Phase phase = event->phases().front();
        Match &shown = phase.matches.front();
        shown.state = MatchState(state);
        QSet<MatchId> disputedMatches;
        if (disputed)
            disputedMatches.insert(shown.id);
        QHash<EntrantId, QString> names;
        for (auto id : ids)
            names.insert(id, u"Joueur %1"_s.arg(id));
        PhaseBracket bracket;
        bracket.setPhase(u"Omnium Open"_s, phase, names, disputedMatches);

        QTemporaryDir dir;
        const BracketRenderer renderer(bracket);
        const QString path = dir.filePath(u"bracket.png"_s);
        QCOMPARE(renderer.toPng(path), QString());
        const QImage image(path);
        const auto *box = bracket.layout().box(shown.id);
        QVERIFY(box);
        const QPointF stripe
            = box->rect.topLeft() + QPointF(2.5, 10) + QPointF(0, renderer.size().height() - bracket.size().height());
        const Theme theme;
        QCOMPARE(image.pixelColor(stripe.toPoint()).rgb(), colourProperty(theme, property.constData()).rgb());
        const QByteArray cssLine
            = "--state-" + cssName + ": " + colourProperty(theme, property.constData()).name().toLatin1() + ';';
        QVERIFY2(Theme::overlayCss().contains(cssLine), cssLine.constData());
    }

    // Omnium's own text stays readable (WCAG AA, 4.5:1) on its own fills; the desktop's colour
    // scheme answers for the rest (Kirigami.Theme).
    void textIsReadable_data()
    {
        QTest::addColumn<QColor>("foreground");
        QTest::addColumn<QColor>("background");
        const Theme::Paper &paper = Theme::paper();
        QTest::newRow("paper text") << paper.text << paper.surface;
        QTest::newRow("paper muted text") << paper.mutedText << paper.surface;
        for (const char *fill : {"errorFill", "successFill", "accent"})
            QTest::addRow("textOnColour on %s", fill) << Theme::textOnColour() << colourProperty(Theme(), fill);
        for (const char *board : {"boardSurface", "boardCalled", "boardPlaying", "boardOutOfOrder"}) {
            QTest::addRow("boardText on %s", board) << Theme::boardText() << colourProperty(Theme(), board);
            QTest::addRow("boardMutedText on %s", board) << Theme::boardMutedText() << colourProperty(Theme(), board);
        }
        QTest::newRow("streamTagText on streamTag") << Theme::streamTagText() << Theme::streamTag();
    }
    void textIsReadable()
    {
        QFETCH(QColor, foreground);
        QFETCH(QColor, background);
        const double ratio = contrast(foreground, background);
        QVERIFY2(ratio >= 4.5, qPrintable(u"contrast %1:1"_s.arg(ratio, 0, 'f', 2)));
    }

    // The generic colours, spacings and text sizes are Kirigami's: Theme keeps only Omnium's own.
    void genericPropertiesAreKirigamis()
    {
        const Theme theme;
        for (const char *name : {"dark", "text", "mutedText", "background", "surface", "line", "error", "highlight",
                 "smallSpacing", "largeSpacing", "smallTextSize", "titleTextSize", "headingTextSize"})
            QVERIFY2(theme.metaObject()->indexOfProperty(name) < 0, name);
    }

    // The caster window's backgrounds: chroma keys exact, panels the same on both keys.
    void stages_data()
    {
        QTest::addColumn<QString>("background");
        QTest::addColumn<QColor>("expected");
        QTest::newRow("green") << u"green"_s << QColor(0x00, 0xb1, 0x40);
        QTest::newRow("magenta") << u"magenta"_s << QColor(0xff, 0x00, 0xff);
    }
    void stages()
    {
        QFETCH(QString, background);
        QFETCH(QColor, expected);
        const Theme theme;
        QCOMPARE(theme.stageBackground(background), expected);
        QCOMPARE(theme.stagePanel(background), theme.stagePanel(u"dark"_s));
        QVERIFY(contrast(theme.stageInk(background), theme.stagePanel(background)) >= 4.5);
        QVERIFY(contrast(theme.stageInk(u"light"_s), theme.stagePanel(u"light"_s)) >= 4.5);
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
