// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

// `omnium-cli event …`: create, report, simulate, standings and export on event JSON files or,
// with --database, on an event stored in the app's SQLite database through BracketStore.
// Lives in the library (not in app/) so that tests drive it without a process. Every error names the bad option or
// value and returns a non-zero exit code.
class EventCommandRunner
{
public:
    enum ExitCode { Ok = 0, UsageError = 2, ConfirmationNeeded = 3, FileError = 4 };
    // arguments as from QCoreApplication::arguments() (program name first).
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};
