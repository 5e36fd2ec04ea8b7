// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/printtext.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFittedText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundledFontIsUsed()
    {
        QCOMPARE(PrintFonts::family(), u"DejaVu Sans"_s);
        const QFontInfo info(PrintFonts::font(4));
        QCOMPARE(info.family(), u"DejaVu Sans"_s);
    }

    void textFitsItsBox_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QSizeF>("box");
        QTest::addColumn<int>("maxLines");
        QTest::addColumn<bool>("shrinks"); // smaller than the largest size allowed
        QTest::addColumn<bool>("elided");
        QTest::newRow("short name, full size") << u"Zoé Martin"_s << QSizeF(90, 20) << 2 << false << false;
        QTest::newRow("accents") << u"Hélène Lefèvre-Çelik"_s << QSizeF(90, 20) << 2 << true << false;
        QTest::newRow("Greek") << u"Ελένη Παπαδοπούλου"_s << QSizeF(90, 20) << 2 << true << false;
        QTest::newRow("Cyrillic") << u"Дмитрий Соколов"_s << QSizeF(60, 20) << 2 << true << false;
        QTest::newRow("Arabic") << u"محمد العلي"_s << QSizeF(60, 14) << 1 << false << false;
        QTest::newRow("long name wraps on a CR80")
            << u"Maximilien-Alexandre de La Rochefoucauld-Montmorency"_s << QSizeF(46, 12) << 2 << true << false;
        QTest::newRow("one unbreakable word")
            << u"TheExtremelyLongGamerTagOfDoom"_s << QSizeF(60, 6) << 1 << true << false;
        QTest::newRow("absurd length is elided")
            << u"Jean-Baptiste "_s.repeated(30) << QSizeF(40, 8) << 2 << true << true;
        QTest::newRow("box lower than one small line") << u"Camille Dupont"_s << QSizeF(40, 1) << 1 << true << false;
    }

    void textFitsItsBox()
    {
        QFETCH(QString, text);
        QFETCH(QSizeF, box);
        QFETCH(int, maxLines);
        QFETCH(bool, shrinks);
        QFETCH(bool, elided);
        const FittedText::Style style {.maxEmMm = 10, .minEmMm = 2, .maxLines = maxLines, .bold = true};
        const auto fitted = FittedText::fit(text, box, style);

        QVERIFY(!fitted.lines().isEmpty());
        QVERIFY(fitted.lines().size() <= maxLines);
        QVERIFY2(fitted.sizeMm().width() <= box.width() + 0.01, qPrintable(QString::number(fitted.sizeMm().width())));
        QVERIFY2(
            fitted.sizeMm().height() <= box.height() + 0.01, qPrintable(QString::number(fitted.sizeMm().height())));
        QCOMPARE(fitted.emMm() < style.maxEmMm - 0.01, shrinks);
        QCOMPARE(fitted.isElided(), elided);

        // Each line, measured independently with the font it is drawn in, stays in the box.
        const QFontMetricsF metrics(PrintFonts::font(fitted.emMm(), true));
        for (const auto &line : fitted.lines())
            QVERIFY2(metrics.horizontalAdvance(line) / 100 <= box.width() + 0.05, qPrintable(line));
        // Nothing is lost unless elided.
        if (!elided)
            QCOMPARE(fitted.lines().join(QString()).remove(u' '), QString(text).remove(u' '));
        // Every character has a glyph in the bundled font (no tofu boxes).
        for (const auto character : text)
            QVERIFY2(character.isSpace() || metrics.inFont(character), qPrintable(QString(character)));
    }

    void paintingStaysInsideTheBox()
    {
        // Drawn at 300 dpi: no ink outside the box, some ink inside.
        const double dotsPerMm = 300 / 25.4;
        QImage image(int(80 * dotsPerMm), int(40 * dotsPerMm), QImage::Format_RGB32);
        image.fill(Qt::white);
        const QRectF box(20, 10, 40, 20);
        QPainter painter(&image);
        painter.scale(dotsPerMm, dotsPerMm);
        FittedText::fit(u"Maximilien-Alexandre de La Rochefoucauld-Montmorency"_s, box.size(),
            {.maxEmMm = 12, .minEmMm = 2, .maxLines = 2, .bold = true})
            .paint(painter, box, Qt::black);
        painter.end();
        const QRect inside
            = QRectF(box.topLeft() * dotsPerMm, box.size() * dotsPerMm).toAlignedRect().adjusted(-2, -2, 2, 2);
        int inkInside = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (qGray(image.pixel(x, y)) > 200)
                    continue;
                QVERIFY2(inside.contains(x, y), qPrintable(u"ink at %1,%2"_s.arg(x).arg(y)));
                ++inkInside;
            }
        }
        QVERIFY(inkInside > 1000);
    }
};

QTEST_MAIN(TestFittedText)
#include "tst_fittedtext.moc"
