// SPDX-License-Identifier: GPL-3.0-or-later
// omnium-cli: Omnium's jobs from a shell (see `omnium-cli --help`, docs/cli.md). Wiring only.
#include "clirunner.h"
#include "shell/appsettings.h"
#include "shell/languagemanager.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Badges and tickets are drawn with fonts and pages: a GUI application, without a display.
    std::unique_ptr<QCoreApplication> app;
    if (CliRunner::needsGui(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // The store's and the features' information lines are for the app's log, not a script's stderr.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("omnium.*.info=false"));
    // The app's names: its settings (badge branding, ticketing) and data folder (the gate's queue) are the CLI's.
    QCoreApplication::setOrganizationName(QStringLiteral("Omnium"));
    QCoreApplication::setApplicationName(QStringLiteral("omnium"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OMNIUM_VERSION));
    // Its messages in the app's language, as the Settings page sets it ("system": the locale).
    AppSettings settings;
    LanguageManager language(settings);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return CliRunner::run(QCoreApplication::arguments(), out, err);
}
