// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

// `omnium-cli NOUN VERB [ARGS] [OPTIONS]`: finds the command in the table (clicommand.h),
// prints its help, or runs it; also writes the generated documentation, man page and shell
// completions (--generate). Returns the exit code (CliExit).
class CliRunner
{
public:
    // arguments as from QCoreApplication::arguments() (program name first).
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    // Whether the command needs a QGuiApplication (fonts, PDF pages), decided before one is made.
    static bool needsGui(const QStringList &arguments);
};
