// SPDX-License-Identifier: GPL-3.0-or-later
// omnium-cli: headless use of the engine (see `omnium-cli --help`). Wiring only.
#include "cli/eventcommandrunner.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("omnium-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OMNIUM_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return EventCommandRunner::run(QCoreApplication::arguments(), out, err);
}
