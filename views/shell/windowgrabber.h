// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QQuickWindow;

// Saves what a window shows as a PNG: --screenshot, and the UI tests' artefacts.
namespace WindowGrabber {
// Returns an empty string on success, else a message naming what went wrong.
QString saveToPng(QQuickWindow &window, const QString &path);
} // namespace WindowGrabber
