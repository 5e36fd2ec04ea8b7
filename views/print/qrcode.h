// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

// A QR code's modules, made with zxing-cpp: the one place Omnium encodes QR codes, for
// badges now and tickets later. Painted as vector squares, so it stays sharp at any size.
class QrCode
{
public:
    enum class ErrorCorrection { Low = 2, Medium = 4, Quartile = 6, High = 8 }; // zxing's 0–8 scale

    // The QR code for text (UTF-8), without quiet zone; null if the text cannot be encoded.
    static QrCode encode(const QString &text, ErrorCorrection level = ErrorCorrection::Medium);

    bool isNull() const { return m_size == 0; }
    // Modules per side (21 for version 1, +4 per version).
    int size() const { return m_size; }
    bool module(int x, int y) const { return m_modules.at(y * m_size + x); }

    // Paints the code filling the square centred in rect, with a white quiet zone of
    // quietModules around it (4 is what the standard asks for).
    void paint(QPainter &painter, const QRectF &rect, int quietModules = 4) const;

private:
    int m_size = 0;
    QList<bool> m_modules;
};
