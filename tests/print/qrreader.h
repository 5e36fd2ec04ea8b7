// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QStringList>

#include <ReadBarcode.h>

// The QR codes zxing-cpp finds in an image (e.g. a PDF page rendered by pdftoppm), sorted.
inline QStringList readQrCodes(const QImage &image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(
        grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum, int(grey.bytesPerLine()));
    ZXing::ReaderOptions options;
    options.setFormats(ZXing::BarcodeFormat::QRCode);
    options.setMaxNumberOfSymbols(64);
    QStringList texts;
    for (const auto &barcode : ZXing::ReadBarcodes(view, options)) {
        if (barcode.isValid())
            texts << QString::fromStdString(barcode.text());
    }
    texts.sort();
    return texts;
}
