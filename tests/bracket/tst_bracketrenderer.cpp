// SPDX-License-Identifier: GPL-3.0-or-later
#include "bracket/bracketrenderer.h"
#include "engine/eventstate.h"
#include "testartefacts.h"

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

using namespace omnium::engine;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<PhaseBracket> makeBracket(int entrants, Format format = Format::DoubleElimination)
{
    PhaseConfig config;
    config.format = format;
    std::vector<EntrantId> ids(static_cast<std::size_t>(entrants));
    std::iota(ids.begin(), ids.end(), EntrantId(1));
    Error error;
    auto event = *EventState::create(config, ids, &error);
    // Play winners round 1 so there are scores and winners to show.
    for (const auto &match : event.phases().front().matches) {
        if (match.side == Side::Winners && match.round == 1 && !match.isBye()) {
            Result result;
            result.winner = 0;
            result.games = {Game {{1, 0}, {}}};
            if (!event.report(match.id, result, {}, &error))
                qFatal("cannot report: %s", error.debugText().c_str());
        }
    }
    QHash<EntrantId, QString> names;
    for (auto id : ids)
        names.insert(id, u"Joueur %1 Éçß"_s.arg(id));
    auto bracket = std::make_unique<PhaseBracket>();
    bracket->setPhase(u"Tournoi du vélodrome"_s, event.phases().front(), names);
    return bracket;
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        qWarning() << program << arguments << process.readAllStandardError();
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPages(const QString &path)
{
    const auto match = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(run(u"pdfinfo"_s, {path}));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QSizeF pdfPageSizeMm(const QString &path)
{
    const auto match
        = QRegularExpression(u"Page size:\\s+([\\d.]+) x ([\\d.]+) pts"_s).match(run(u"pdfinfo"_s, {path}));
    return match.hasMatch() ? QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble()) * 25.4 / 72 : QSizeF();
}

} // namespace

class TestBracketRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void png()
    {
        QTemporaryDir dir;
        const auto bracket = makeBracket(16);
        const BracketRenderer renderer(*bracket);
        const QString path = dir.filePath(u"bracket.png"_s);
        QCOMPARE(renderer.toPng(path, 1.5), QString());
        const QImage image(path);
        QCOMPARE(image.size(), (renderer.size() * 1.5).toSize());
        image.save(testArtefacts().filePath(u"bracket-export-de16.png"_s));
        // A completed match's stripe is drawn in the completed colour, below the header band.
        const auto &matches = bracket->matches();
        const auto completed
            = std::find_if(matches.begin(), matches.end(), [](const Match &m) { return m.completed() && !m.isBye(); });
        QVERIFY(completed != matches.end());
        const auto *box = bracket->layout().box(completed->id);
        const QPointF stripe = (box->rect.topLeft() + QPointF(2.5, 10))
            + QPointF(0, renderer.size().height() - bracket->size().height());
        QCOMPARE(
            image.pixelColor((stripe * 1.5).toPoint()).rgb(), PhaseBracket::stateColour(MatchState::Completed).rgb());
    }

    void svgHoldsTheNames()
    {
        QTemporaryDir dir;
        const auto bracket = makeBracket(8);
        const QString path = dir.filePath(u"bracket.svg"_s);
        QCOMPARE(BracketRenderer(*bracket).toSvg(path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(file.readAll());
        QVERIFY(svg.startsWith(u"<?xml"_s));
        QVERIFY(svg.contains(u"Joueur 1 Éçß"_s));
        QVERIFY(svg.contains(u"Winners final"_s));
    }

    void pdfOnePage()
    {
        QTemporaryDir dir;
        const auto bracket = makeBracket(64);
        const BracketRenderer renderer(*bracket);
        const QString path = dir.filePath(u"bracket.pdf"_s);
        QCOMPARE(renderer.toPdf(path, BracketRenderer::Paging::OnePage), QString());
        QCOMPARE(pdfPages(path), 1);
        const QSizeF expected = renderer.size() * BracketRenderer::millimetresPerUnit + QSizeF(20, 20);
        const QSizeF actual = pdfPageSizeMm(path);
        QVERIFY2(std::abs(actual.width() - expected.width()) < 2 && std::abs(actual.height() - expected.height()) < 2,
            qPrintable(u"page %1 x %2 mm, expected %3 x %4"_s.arg(actual.width())
                    .arg(actual.height())
                    .arg(expected.width())
                    .arg(expected.height())));
        const QString text = run(u"pdftotext"_s, {path, u"-"_s});
        QVERIFY(text.contains(u"Tournoi du vélodrome"_s));
        QVERIFY(text.contains(u"Joueur 64 Éçß"_s));
    }

    void pdfSplitOverA4WithOverlap()
    {
        QTemporaryDir dir;
        const auto bracket = makeBracket(64);
        const BracketRenderer renderer(*bracket);
        const QString path = dir.filePath(u"bracket-a4.pdf"_s);
        QCOMPARE(renderer.toPdf(path, BracketRenderer::Paging::Split, QPageSize(QPageSize::A4)), QString());
        // A4 landscape less 10 mm margins is 277 × 190 mm; tiles step by that less 10 mm.
        const QSizeF drawingMm = renderer.size() * BracketRenderer::millimetresPerUnit;
        const QSizeF page = pdfPageSizeMm(path);
        const bool landscape = drawingMm.width() >= drawingMm.height();
        const QSizeF printable = landscape ? QSizeF(277, 190) : QSizeF(190, 277);
        QVERIFY(std::abs(page.width() - (landscape ? 297 : 210)) < 1);
        const int columns = int(std::ceil((drawingMm.width() - 10) / (printable.width() - 10)));
        const int rows = int(std::ceil((drawingMm.height() - 10) / (printable.height() - 10)));
        QVERIFY(columns * rows > 1);
        QCOMPARE(pdfPages(path), columns * rows);
        const QString text = run(u"pdftotext"_s, {path, u"-"_s});
        QVERIFY(text.contains(u"page row 1, column 1 of %1 × %2"_s.arg(rows).arg(columns)));
        for (int entrant : {1, 17, 33, 64})
            QVERIFY2(text.contains(u"Joueur %1 Éçß"_s.arg(entrant)), qPrintable(u"entrant %1 missing"_s.arg(entrant)));
        QFile::copy(path, testArtefacts().filePath(u"bracket-de64-a4.pdf"_s));
    }

    void errorsNameTheProblem()
    {
        const auto bracket = makeBracket(8);
        const BracketRenderer renderer(*bracket);
        const QString error = renderer.toPdf(u"/nonexistent-folder/x.pdf"_s, BracketRenderer::Paging::OnePage);
        QVERIFY(error.contains(u"/nonexistent-folder/x.pdf"_s));
        QVERIFY(renderer.toPng(u"/tmp/too-big.png"_s, 1000).contains(u"too large"_s));
        QVERIFY(!QFile::exists(u"/tmp/too-big.png"_s));
    }
};

QTEST_MAIN(TestBracketRenderer)
#include "tst_bracketrenderer.moc"
