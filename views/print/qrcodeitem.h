// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qrcode.h"

#include <QQuickPaintedItem>

// A QR code on screen, e.g. a pairing code for a gate's scanner to read off the box office's
// screen: the same encoder and painting as printed badges and tickets, with the quiet zone
// the standard asks for, on white whatever the theme.
class QrCodeItem : public QQuickPaintedItem
{
    Q_OBJECT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)

public:
    explicit QrCodeItem(QQuickItem *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void textChanged();

private:
    QString m_text;
    QrCode m_code;
};
