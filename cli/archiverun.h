// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

#include "archive/archivecontroller.h"

#include <QEventLoop>

// Runs one of the Backups page's background operations to its end, as the page waits for
// finished(); a failure exits with the controller's message (CliFileError: the file, the
// archive or the database could not be used).
inline void runArchiveOperation(CliContext &context, ArchiveController &archives, const std::function<bool()> &start)
{
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&archives, &ArchiveController::finished, &loop, [&](bool success) {
        ok = success;
        loop.quit();
    });
    if (!start())
        context.fileError(
            archives.lastError().isEmpty() ? QStringLiteral("the operation could not start") : archives.lastError());
    if (archives.busy())
        loop.exec();
    if (!ok)
        context.fileError(archives.lastError());
}
