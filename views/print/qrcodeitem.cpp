// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrcodeitem.h"

#include "qrcode.h"

#include <QPainter>

QrCodeItem::QrCodeItem(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{ }

void QrCodeItem::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    Q_EMIT textChanged();
    update();
}

void QrCodeItem::paint(QPainter *painter)
{
    if (m_text.isEmpty())
        return;
    QrCode::encode(m_text).paint(*painter, QRectF(0, 0, width(), height()));
}
