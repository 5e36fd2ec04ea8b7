// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class CliContext;

// The exit codes every omnium-cli command documents (docs/cli.md, the man page).
enum CliExit { CliDone = 0, CliBadInput = 2, CliConfirmationNeeded = 3, CliFileError = 4, CliRefused = 5 };

// One option of a command, as --help, docs/cli.md, the man page and the shell completions show it.
struct CliOption {
    QString name; // without the dashes
    QString valueName; // empty: a flag
    QString help;
    // How a shell completes the value: "file", "dir", a list "a|b|c", or empty (anything).
    QString completion = {};
};

// One `omnium-cli NOUN VERB` command: everything the generated help and documentation say
// about it, and the function that runs it (on the controllers and stores the pages use).
struct CliCommand {
    QString noun;
    QString verb; // empty for a command of one word (checkin)
    QString arguments; // the positional arguments' synopsis, e.g. "FILE"
    QString summary;
    QList<CliOption> options;
    QString example; // one shell line
    QString json; // the --json output's shape as an example document; empty: no --json
    int (*run)(CliContext &) = nullptr;
    // Needs a database file that already exists (reads, changes); false: creates it if missing.
    bool databaseMustExist = true;
    bool needsDatabase = true;
    bool needsGui = false; // renders fonts and pages (badges, tickets)
    // Only reads: opens a SQLite file read-only, without the one-process lock, so that it works
    // while omnium has the file open (Database::Access::ReadOnly).
    bool readOnly = false;

    QString name() const { return verb.isEmpty() ? noun : noun + u' ' + verb; }
};

// Every command, in the order the documentation lists them.
const QList<CliCommand> &cliCommands();
// Options every command takes: --database, --help (and --json where documented).
QList<CliOption> cliCommonOptions(const CliCommand &command);
