// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

// Everything written about the commands comes from the one table (clicommand.h): the help,
// docs/cli.md, the man page and the bash and zsh completions cannot disagree with the parser.
QString cliOverview();
QString cliCommandHelp(const CliCommand &command);
QStringList cliCommandNames();
// "markdown" (docs/cli.md), "man" (omnium-cli.1), "bash", "zsh"; empty for another word.
QString cliGenerated(const QString &what);
