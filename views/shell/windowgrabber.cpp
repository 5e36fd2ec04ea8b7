// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowgrabber.h"

#include <QCoreApplication>
#include <QImage>
#include <QQuickWindow>

QString WindowGrabber::saveToPng(QQuickWindow &window, const QString &path)
{
    const QImage image = window.grabWindow();
    if (image.isNull())
        return QCoreApplication::translate("WindowGrabber", "The window could not be rendered.");
    if (!image.save(path, "PNG"))
        return QCoreApplication::translate("WindowGrabber", "Cannot write the screenshot to %1.").arg(path);
    return {};
}
