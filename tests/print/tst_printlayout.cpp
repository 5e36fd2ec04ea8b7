// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/printlayout.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestPrintLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sheets_data()
    {
        QTest::addColumn<int>("paper");
        QTest::addColumn<QString>("size");
        QTest::addColumn<bool>("landscapeItem");
        QTest::addColumn<QSizeF>("pageMm");
        QTest::addColumn<int>("columns");
        QTest::addColumn<int>("rows");
        QTest::addColumn<double>("scale");
        using P = PrintLayout::Paper;
        QTest::newRow("4 x A6 on A4") << int(P::A4) << u"a6"_s << false << QSizeF(210, 297) << 2 << 2 << 0.952;
        QTest::newRow("8 x A7 on A4 (landscape paper)")
            << int(P::A4) << u"a7"_s << false << QSizeF(297, 210) << 4 << 2 << 0.952;
        QTest::newRow("8 x A7 landscape on A4") << int(P::A4) << u"a7"_s << true << QSizeF(210, 297) << 2 << 4 << 0.952;
        QTest::newRow("2 x 5 of 90 x 54 on A4")
            << int(P::A4) << u"90x54"_s << true << QSizeF(210, 297) << 2 << 5 << 1.0;
        QTest::newRow("10 CR80 on A4") << int(P::A4) << u"cr80"_s << true << QSizeF(210, 297) << 2 << 5 << 1.0;
        QTest::newRow("6 x 4x3in on Letter")
            << int(P::Letter) << u"4x3in"_s << true << QSizeF(215.9, 279.4) << 2 << 3 << 1.0;
        QTest::newRow("CR100 on Letter") << int(P::Letter) << u"cr100"_s << false << QSizeF(279.4, 215.9) << 4 << 2
                                         << 1.0;
        QTest::newRow("one CR80 per page")
            << int(P::SinglePerPage) << u"cr80"_s << true << QSizeF(85.6, 54) << 1 << 1 << 1.0;
        QTest::newRow("one A6 per page") << int(P::SinglePerPage) << u"a6"_s << false << QSizeF(105, 148) << 1 << 1
                                         << 1.0;
    }

    void sheets()
    {
        QFETCH(int, paper);
        QFETCH(QString, size);
        QFETCH(bool, landscapeItem);
        QFETCH(QSizeF, pageMm);
        QFETCH(int, columns);
        QFETCH(int, rows);
        QFETCH(double, scale);

        const QSizeF item = PrintSize::oriented(
            PrintSize::find(size).mm, landscapeItem ? QPageLayout::Landscape : QPageLayout::Portrait);
        const auto layout = PrintLayout::forPaper(PrintLayout::Paper(paper), item);
        QVERIFY(layout.isValid());
        QCOMPARE(layout.columns(), columns);
        QCOMPARE(layout.rows(), rows);
        QVERIFY(std::abs(layout.pageMm().width() - pageMm.width()) < 0.1);
        QVERIFY(std::abs(layout.pageMm().height() - pageMm.height()) < 0.1);
        QCOMPARE(layout.hasCropMarks(), paper != int(PrintLayout::Paper::SinglePerPage));
        QVERIFY2(std::abs(layout.scale() - scale) < 0.001, qPrintable(QString::number(layout.scale())));

        // Every item lies on the page, items do not overlap, and the grid is centred.
        const QRectF page(QPointF(0, 0), layout.pageMm());
        for (int slot = 0; slot < layout.itemsPerPage(); ++slot) {
            const QRectF rect = layout.itemRect(slot);
            // On sheets, off the edge office printers cannot print.
            const double margin = layout.hasCropMarks() ? PrintLayout::printerMarginMm : 0.0;
            QVERIFY2(page.adjusted(margin - 0.01, margin - 0.01, 0.01 - margin, 0.01 - margin).contains(rect),
                qPrintable(u"slot %1"_s.arg(slot)));
            QVERIFY(std::abs(rect.width() - item.width() * layout.scale()) < 0.001);
            QVERIFY(std::abs(rect.height() - item.height() * layout.scale()) < 0.001);
            for (int other = 0; other < slot; ++other)
                QVERIFY(!layout.itemRect(other).adjusted(0.01, 0.01, -0.01, -0.01).intersects(rect));
        }
        const QRectF first = layout.itemRect(0), last = layout.itemRect(layout.itemsPerPage() - 1);
        QVERIFY(std::abs(first.left() - (page.width() - last.right())) < 0.01);
        QVERIFY(std::abs(first.top() - (page.height() - last.bottom())) < 0.01);

        // The page layout handed to QPdfWriter/QPrinter has the same size.
        const QSizeF full = layout.pageLayout().fullRect(QPageLayout::Millimeter).size();
        QVERIFY2(std::abs(full.width() - pageMm.width()) < 0.5 && std::abs(full.height() - pageMm.height()) < 0.5,
            qPrintable(u"%1 x %2"_s.arg(full.width()).arg(full.height())));
    }

    void pageCount_data()
    {
        QTest::addColumn<int>("items");
        QTest::addColumn<int>("pages");
        QTest::newRow("none") << 0 << 0;
        QTest::newRow("one") << 1 << 1;
        QTest::newRow("full page") << 4 << 1;
        QTest::newRow("one more") << 5 << 2;
        QTest::newRow("46 people") << 46 << 12;
    }

    void pageCount()
    {
        QFETCH(int, items);
        QFETCH(int, pages);
        QCOMPARE(PrintLayout::forPaper(PrintLayout::Paper::A4, PrintSize::find(u"a6"_s).mm).pageCount(items), pages);
    }

    void itemTooLargeForPaperIsInvalid()
    {
        QVERIFY(!PrintLayout::forPaper(PrintLayout::Paper::A4, QSizeF(300, 400)).isValid());
        QVERIFY(!PrintLayout::singleItem(QSizeF()).isValid());
        QVERIFY(!PrintSize::find(u"nope"_s).mm.isValid());
    }
};

QTEST_MAIN(TestPrintLayout)
#include "tst_printlayout.moc"
