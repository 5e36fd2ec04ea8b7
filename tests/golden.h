// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QString>

// Golden files are only ever compared here, never written: a test that differs fails and
// leaves its actual output, under the golden file's path relative to the checkout, in
// OMNIUM_GOLDEN_ACTUAL (set by tools/regenerate-goldens, which copies them over the goldens)
// or else in the temporary folder. Returns where it was written, for the failure message.
inline QString keepActualOutput(const QString &relativePath, const QByteArray &actual)
{
    const QString root
        = qEnvironmentVariable("OMNIUM_GOLDEN_ACTUAL", QDir::tempPath() + QStringLiteral("/omnium-golden"));
    const QString path = QDir(root).filePath(relativePath);
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(actual) != actual.size())
        return QStringLiteral("nowhere: cannot write ") + path;
    return path;
}
