// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/qrcode.h"
#include "qrreader.h"

#include <QPainter>
#include <QTest>

using namespace Qt::StringLiterals;

class TestQrCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paintedCodeDecodesBack_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("pixelsPerModule");
        QTest::newRow("badge id") << u"B-000042"_s << 4.0;
        QTest::newRow("small on screen") << u"B-000042"_s << 2.0;
        QTest::newRow("accents (UTF-8)") << u"Hélène — ticket 7"_s << 4.0;
        QTest::newRow("long payload") << u"T-2026-0001:"_s.repeated(10) << 3.0;
    }

    void paintedCodeDecodesBack()
    {
        QFETCH(QString, text);
        QFETCH(double, pixelsPerModule);
        const auto code = QrCode::encode(text);
        QVERIFY(!code.isNull());
        QCOMPARE((code.size() - 17) % 4, 0); // QR sizes are 21, 25, 29, …
        const int side = int((code.size() + 8) * pixelsPerModule);
        QImage image(side + 20, side + 20, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        code.paint(painter, QRectF(10, 10, side, side));
        painter.end();
        QCOMPARE(readQrCodes(image), QStringList {text});
    }

    void higherCorrectionMakesALargerCode()
    {
        const QString text = u"B-000042-with-some-more-text"_s;
        QVERIFY(QrCode::encode(text, QrCode::ErrorCorrection::High).size()
            > QrCode::encode(text, QrCode::ErrorCorrection::Low).size());
    }

    void emptyTextGivesNothingToPaint()
    {
        const auto code = QrCode::encode(QString());
        QImage image(50, 50, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        code.paint(painter, QRectF(0, 0, 50, 50)); // must not crash whatever zxing made of it
        painter.end();
        QVERIFY(readQrCodes(image).join(QString()).isEmpty());
    }
};

QTEST_MAIN(TestQrCode)
#include "tst_qrcode.moc"
