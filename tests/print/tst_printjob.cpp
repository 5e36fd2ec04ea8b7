// SPDX-License-Identifier: GPL-3.0-or-later
// Badges through the whole print path: layout → renderer → PDF, checked with poppler's
// pdfinfo/pdftotext/pdftoppm and zxing-cpp reading the QR codes back from the pages.
#include "badgesamples.h"
#include "print/badgeprintcontroller.h"
#include "print/badgerenderer.h"
#include "print/printjob.h"
#include "qrreader.h"
#include "testartefacts.h"

#include <QDir>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBoundaryFinder>

using namespace Qt::StringLiterals;

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning() << program << arguments << process.readAllStandardError();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

QImage renderPdfPage(const QString &pdf, int page, int dpi)
{
    QTemporaryDir dir;
    run(u"pdftoppm"_s,
        {u"-r"_s, QString::number(dpi), u"-f"_s, QString::number(page), u"-l"_s, QString::number(page), u"-png"_s,
            u"-singlefile"_s, pdf, dir.filePath(u"page"_s)});
    return QImage(dir.filePath(u"page.png"_s));
}

PrintJob badgeJob(const PrintLayout &layout, const QList<Badge> &badges, const BadgeRenderer &renderer)
{
    return PrintJob(
        layout, badges.size(), [&badges, &renderer](QPainter &painter, const QRectF &rect, qsizetype index) {
            renderer.paint(painter, rect, badges.at(index));
        });
}

} // namespace

class TestPrintJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        for (const auto &tool : {u"pdfinfo"_s, u"pdftotext"_s, u"pdftoppm"_s}) {
            if (QStandardPaths::findExecutable(tool).isEmpty())
                QFAIL(qPrintable(tool + u" (poppler-utils) is needed"_s));
        }
    }

    void layoutsToPdf_data()
    {
        QTest::addColumn<int>("paper");
        QTest::addColumn<QString>("size");
        QTest::addColumn<bool>("landscape");
        QTest::addColumn<QString>("design");
        QTest::addColumn<int>("players");
        QTest::addColumn<int>("staff");
        QTest::addColumn<int>("pages");
        QTest::addColumn<QSizeF>("pagePts");
        using P = PrintLayout::Paper;
        const QSizeF a4(595.3, 841.9), a4Landscape(841.9, 595.3), letter(612, 792);
        // The "done means": 40 players and 6 staff on A4 sheets.
        QTest::newRow("a4-4xA6-classic") << int(P::A4) << u"a6"_s << false << u"classic"_s << 40 << 6 << 12 << a4;
        QTest::newRow("a4-8xA7-bold") << int(P::A4) << u"a7"_s << false << u"bold"_s << 12 << 4 << 2 << a4Landscape;
        QTest::newRow("a4-8xA7-landscape-minimal")
            << int(P::A4) << u"a7"_s << true << u"minimal"_s << 9 << 3 << 2 << a4;
        QTest::newRow("a4-2x5-90x54-classic") << int(P::A4) << u"90x54"_s << true << u"classic"_s << 14 << 6 << 2 << a4;
        QTest::newRow("letter-6x4x3in-bold")
            << int(P::Letter) << u"4x3in"_s << true << u"bold"_s << 8 << 4 << 2 << letter;
        QTest::newRow("letter-10xCR80-minimal")
            << int(P::Letter) << u"cr80"_s << true << u"minimal"_s << 7 << 3 << 1 << letter;
        QTest::newRow("card-CR80-landscape-classic")
            << int(P::SinglePerPage) << u"cr80"_s << true << u"classic"_s << 4 << 2 << 6 << QSizeF(242.6, 153.1);
        QTest::newRow("card-CR80-portrait-bold")
            << int(P::SinglePerPage) << u"cr80"_s << false << u"bold"_s << 3 << 1 << 4 << QSizeF(153.1, 242.6);
        QTest::newRow("card-CR100-portrait-minimal")
            << int(P::SinglePerPage) << u"cr100"_s << false << u"minimal"_s << 2 << 1 << 3 << QSizeF(189.9, 279.2);
        QTest::newRow("label-A6-classic")
            << int(P::SinglePerPage) << u"a6"_s << false << u"classic"_s << 9 << 0 << 9 << QSizeF(297.6, 419.5);
        QTest::newRow("custom-100x70-landscape-classic")
            << int(P::SinglePerPage) << u"custom"_s << true << u"classic"_s << 2 << 1 << 3 << QSizeF(283.5, 198.4);
    }

    void layoutsToPdf()
    {
        QFETCH(int, paper);
        QFETCH(QString, size);
        QFETCH(bool, landscape);
        QFETCH(QString, design);
        QFETCH(int, players);
        QFETCH(int, staff);
        QFETCH(int, pages);
        QFETCH(QSizeF, pagePts);

        const QSizeF sizeMm = size == u"custom"_s ? QSizeF(70, 100) : PrintSize::find(size).mm;
        const auto layout = PrintLayout::forPaper(PrintLayout::Paper(paper),
            PrintSize::oriented(sizeMm, landscape ? QPageLayout::Landscape : QPageLayout::Portrait));
        const auto badges = BadgeSamples::make(players, staff);
        const BadgeRenderer renderer(BadgeDesign::find(design), BadgeRoleSet::defaults(), BadgeSamples::branding());
        auto job = badgeJob(layout, badges, renderer);
        QList<qsizetype> progress;
        job.setProgress([&](qsizetype done, qsizetype total) {
            QCOMPARE(total, badges.size());
            progress << done;
        });

        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"badges.pdf"_s);
        const auto result = job.writePdf(pdf);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.pages, pages);
        QCOMPARE(progress.size(), pages);
        QCOMPARE(progress.constLast(), badges.size());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {u"badges.pdf"_s}); // no temporary left

        // pdfinfo: page count and size.
        const QString info = run(u"pdfinfo"_s, {pdf});
        QVERIFY2(info.contains(QRegularExpression(u"Pages:\\s+%1\\n"_s.arg(pages))), qPrintable(info));
        const auto sizeMatch = QRegularExpression(u"Page size:\\s+([\\d.]+) x ([\\d.]+) pts"_s).match(info);
        QVERIFY2(sizeMatch.hasMatch(), qPrintable(info));
        QVERIFY2(std::abs(sizeMatch.captured(1).toDouble() - pagePts.width()) < 1.5
                && std::abs(sizeMatch.captured(2).toDouble() - pagePts.height()) < 1.5,
            qPrintable(sizeMatch.captured(0)));

        // pdftotext: every badge id, every role label and the names (scripts written left to right).
        const QString text = run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
        const auto roles = BadgeRoleSet::defaults();
        for (const auto &badge : badges) {
            QVERIFY2(text.contains(badge.badgeId), qPrintable(badge.badgeId));
            QVERIFY2(text.contains(roles.role(badge.role).label), qPrintable(roles.role(badge.role).label));
            if (badge.displayName.contains(QRegularExpression(u"\\p{Arabic}"_s)) || badge.displayName.size() > 30)
                continue; // right-to-left extraction order / elided on the smallest cards
            for (const auto &word : badge.displayName.split(u' '))
                QVERIFY2(text.contains(word), qPrintable(badge.badgeId + u": "_s + word));
        }

        // zxing-cpp reads every QR code of the first and last page back to its badge id.
        for (const int page : {1, pages}) {
            const QImage image = renderPdfPage(pdf, page, 200);
            QVERIFY(!image.isNull());
            image.save(
                testArtefacts().filePath(u"%1-p%2.png"_s.arg(QString::fromLatin1(QTest::currentDataTag())).arg(page)));
            QStringList expected;
            const qsizetype first = qsizetype(page - 1) * layout.itemsPerPage();
            for (qsizetype i = first; i < std::min(badges.size(), first + layout.itemsPerPage()); ++i)
                expected << badges.at(i).badgeId;
            expected.sort();
            QCOMPARE(readQrCodes(image), expected);
        }
    }

    // Names in the scripts people register with come out drawn, not as empty boxes (tofu) or
    // nothing. The name and each of its characters (a badge each) are printed three times at
    // the same places, through the PDF and pdftoppm: as they are, as characters no font has
    // (what a missing font prints), and blank. Each must differ from its "no glyph" twin and
    // leave ink where the blank one has none (an emoji that vanishes leaves none). Every QR
    // code reads back.
    void everyScriptIsDrawn_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("Latin") << u"Élodie Marchand"_s;
        QTest::newRow("Arabic") << u"ليلى حداد"_s;
        QTest::newRow("Cyrillic") << u"Юлия Смирнова"_s;
        QTest::newRow("CJK") << u"Yuki 田中 陳"_s;
        QTest::newRow("Korean") << u"김민지"_s;
        QTest::newRow("emoji") << u"Zoé 🎮🔥"_s;
    }
    void everyScriptIsDrawn()
    {
        QFETCH(QString, name);
        QStringList names {name};
        QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, name);
        for (qsizetype start = 0, end = graphemes.toNextBoundary(); end > 0;
            start = end, end = graphemes.toNextBoundary()) {
            const QString grapheme = name.mid(start, end - start);
            if (!grapheme.trimmed().isEmpty() && !names.mid(1).contains(grapheme))
                names << grapheme;
        }
        const auto layout = PrintLayout::forPaper(PrintLayout::Paper::A4, PrintSize::find(u"a7"_s).mm);
        const double pxPerMm = 150 / 25.4;
        const BadgeRenderer renderer;
        // The upper half of each badge, where the name is (the QR code below is read apart).
        const auto render = [&](const QStringList &shown, const QString &kind) {
            QList<Badge> badges;
            for (const auto &displayName : shown) {
                Badge badge;
                badge.badgeId = u"1000000000%1"_s.arg(qlonglong(badges.size()), 2, 10, QChar(u'0'));
                badge.displayName = displayName;
                badge.role = u"player"_s;
                badges << badge;
            }
            QTemporaryDir dir;
            const QString pdf = dir.filePath(u"scripts.pdf"_s);
            const auto result = badgeJob(layout, badges, renderer).writePdf(pdf);
            QList<QImage> cells;
            qsizetype codes = 0;
            for (int page = 1; result.ok() && page <= result.pages; ++page) {
                const QImage image = renderPdfPage(pdf, page, 150).convertToFormat(QImage::Format_Grayscale8);
                image.save(u"%1/scripts-%2-%3-p%4.png"_s
                        .arg(testArtefacts().path(), QString::fromLatin1(QTest::currentDataTag()), kind)
                        .arg(page));
                codes += readQrCodes(image).size();
                for (int slot = 0; slot < layout.itemsPerPage() && cells.size() < badges.size(); ++slot) {
                    const QRectF mm = layout.itemRect(slot);
                    cells << image.copy(
                        QRectF(mm.x() * pxPerMm, mm.y() * pxPerMm, mm.width() * pxPerMm, mm.height() * pxPerMm / 2)
                            .toRect());
                }
            }
            return std::pair {cells, codes};
        };
        QStringList tofu;
        for (const auto &shown : std::as_const(names)) {
            QString boxes;
            for (const QChar c : shown)
                boxes += c.isSpace() ? c : QChar(0x0378); // unassigned: drawn as "no glyph"
            tofu << boxes;
        }
        const auto [drawn, drawnCodes] = render(names, u"drawn"_s);
        const auto [missing, missingCodes] = render(tofu, u"tofu"_s);
        const auto [blank, blankCodes] = render(QStringList(names.size()), u"blank"_s);
        QCOMPARE(drawnCodes, names.size());
        QCOMPARE(drawn.size(), names.size());
        QCOMPARE(missing.size(), names.size());
        QCOMPARE(blank.size(), names.size());
        const auto ink = [](const QImage &image) {
            qint64 sum = 0;
            for (int y = 0; y < image.height(); ++y) {
                const uchar *line = image.constScanLine(y);
                for (int x = 0; x < image.width(); ++x)
                    sum += 255 - line[x];
            }
            return sum;
        };
        for (qsizetype i = 0; i < names.size(); ++i) {
            QVERIFY2(drawn.at(i) != missing.at(i), qPrintable(names.at(i) + u" is drawn as empty boxes"_s));
            // A few strokes of a character at name size: thousands of units of ink.
            QVERIFY2(ink(drawn.at(i)) - ink(blank.at(i)) > 20000, qPrintable(names.at(i) + u" left no ink"_s));
        }
    }

    // A player with a phone link gets its QR code beside the badge id's on every design, in
    // both orientations where there is room (a small card keeps only the badge id's); no link,
    // no second code. Read back from the PDF as a phone would.
    void phoneLinkQrCode_data()
    {
        QTest::addColumn<QString>("size");
        QTest::addColumn<bool>("landscape");
        QTest::addColumn<QString>("design");
        QTest::addColumn<bool>("room");
        for (const auto &design : {u"classic"_s, u"bold"_s, u"minimal"_s}) {
            QTest::addRow("a6-%s", qPrintable(design)) << u"a6"_s << false << design << true;
            QTest::addRow("a7-%s", qPrintable(design)) << u"a7"_s << false << design << true;
            QTest::addRow("90x54-landscape-%s", qPrintable(design)) << u"90x54"_s << true << design << true;
            QTest::addRow("cr100-landscape-%s", qPrintable(design)) << u"cr100"_s << true << design << true;
        }
        QTest::addRow("cr80-landscape-classic") << u"cr80"_s << true << u"classic"_s << true;
        QTest::addRow("50x30-landscape-classic") << u"50x30"_s << true << u"classic"_s << false; // a small label
    }

    void phoneLinkQrCode()
    {
        QFETCH(QString, size);
        QFETCH(bool, landscape);
        QFETCH(QString, design);
        QFETCH(bool, room);
        auto badges = BadgeSamples::make(2, 0);
        badges[0].phoneSecret = u"AbCdEfGhIjKlMnOpQrStUvWx"_s;
        badges = BadgePrintController::withPhoneLinks(badges, QUrl(u"http://192.168.1.20:47821"_s));
        const QString link = u"http://192.168.1.20:47821/p/AbCdEfGhIjKlMnOpQrStUvWx"_s;
        QCOMPARE(badges[0].phoneLink, link);
        QVERIFY(badges[1].phoneLink.isEmpty());
        QVERIFY(BadgePrintController::withPhoneLinks(badges.mid(0, 1), {}).first().phoneLink == link); // kept
        auto off = BadgeSamples::make(1, 0);
        off[0].phoneSecret = u"AbCdEfGhIjKlMnOpQrStUvWx"_s;
        QVERIFY(BadgePrintController::withPhoneLinks(off, {}).first().phoneLink.isEmpty()); // pages off

        const QSizeF sizeMm = size == u"50x30"_s ? QSizeF(30, 50) : PrintSize::find(size).mm;
        const auto layout = PrintLayout::singleItem(
            PrintSize::oriented(sizeMm, landscape ? QPageLayout::Landscape : QPageLayout::Portrait));
        const BadgeRenderer renderer(BadgeDesign::find(design), BadgeRoleSet::defaults(), BadgeSamples::branding());
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"badges.pdf"_s);
        QVERIFY(badgeJob(layout, badges, renderer).writePdf(pdf).ok());
        const QImage with = renderPdfPage(pdf, 1, 300);
        const QStringList expected = room ? QStringList {badges[0].badgeId, link} : QStringList {badges[0].badgeId};
        QCOMPARE(readQrCodes(with), expected);
        QCOMPARE(readQrCodes(renderPdfPage(pdf, 2, 300)), QStringList {badges[1].badgeId});
        if (room)
            QVERIFY(run(u"pdftotext"_s, {u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, pdf, u"-"_s}).contains(badges[0].phoneCode));
        if (size == u"a6"_s || size == u"90x54"_s)
            with.save(testArtefacts().filePath(u"badge-phone-%1-%2.png"_s.arg(size, design)));
    }

    void previewMatchesThePdf()
    {
        // The same page rendered by PrintJob (preview) and by poppler from the PDF: same QR codes.
        const auto badges = BadgeSamples::make(4, 0);
        const BadgeRenderer renderer;
        const auto job
            = badgeJob(PrintLayout::forPaper(PrintLayout::Paper::A4, PrintSize::find(u"a6"_s).mm), badges, renderer);
        const QImage preview = job.renderPage(0, 150);
        QCOMPARE(preview.size(), QSize(1241, 1754)); // A4 at 150 dpi
        QTemporaryDir dir;
        QVERIFY(job.writePdf(dir.filePath(u"p.pdf"_s)).ok());
        QCOMPARE(readQrCodes(preview), readQrCodes(renderPdfPage(dir.filePath(u"p.pdf"_s), 1, 150)));
        QVERIFY(job.renderPage(1, 150).isNull());
    }

    void cancelledRunKeepsThePreviousFile()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"badges.pdf"_s);
        {
            QFile old(pdf);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("the previous export");
        }
        const auto badges = BadgeSamples::make(200, 0);
        const BadgeRenderer renderer;
        auto job
            = badgeJob(PrintLayout::forPaper(PrintLayout::Paper::A4, PrintSize::find(u"a7"_s).mm), badges, renderer);
        std::atomic_bool cancel = false;
        job.setCancelFlag(&cancel);
        qsizetype lastDone = 0;
        job.setProgress([&](qsizetype done, qsizetype) {
            lastDone = done;
            if (done >= 40)
                cancel = true;
        });
        const auto result = job.writePdf(pdf);
        QCOMPARE(result.status, PrintJob::Result::Status::Cancelled);
        QCOMPARE(lastDone, 40);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {u"badges.pdf"_s});
        QFile old(pdf);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("the previous export"));
    }

    void unwritableFolderFailsNamingThePath()
    {
        const auto badges = BadgeSamples::make(1, 0);
        const BadgeRenderer renderer;
        const auto job = badgeJob(PrintLayout::singleItem(PrintSize::find(u"cr80"_s).mm), badges, renderer);
        const auto result = job.writePdf(u"/nonexistent-folder/badges.pdf"_s);
        QCOMPARE(result.status, PrintJob::Result::Status::Failed);
        QVERIFY2(result.error.contains(u"/nonexistent-folder/badges.pdf"_s), qPrintable(result.error));
        QVERIFY(!QFile::exists(u"/nonexistent-folder/badges.pdf"_s));
    }

    void printsThroughQPrinter()
    {
        // QPrinter in PDF mode stands in for a real printer: same pages as writePdf.
        const auto badges = BadgeSamples::make(5, 0);
        const BadgeRenderer renderer;
        const auto job
            = badgeJob(PrintLayout::forPaper(PrintLayout::Paper::A4, PrintSize::find(u"a6"_s).mm), badges, renderer);
        QTemporaryDir dir;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(u"printer.pdf"_s));
        const auto result = job.print(printer);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const QString info = run(u"pdfinfo"_s, {dir.filePath(u"printer.pdf"_s)});
        QVERIFY2(info.contains(QRegularExpression(u"Pages:\\s+2\\n"_s)), qPrintable(info));
        QVERIFY2(info.contains(u"595 x 842 pts (A4)"_s), qPrintable(info));
        QCOMPARE(readQrCodes(renderPdfPage(dir.filePath(u"printer.pdf"_s), 2, 200)), QStringList {u"B-000005"_s});
    }
};

QTEST_MAIN(TestPrintJob)
#include "tst_printjob.moc"
