// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"
#include "store/databasefilelock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QTextStream>

#include <memory>

class BackupManager;
class SchedulerController;
class TournamentLive;
class Store;
struct StoreError;

// Thrown by a command to stop with an exit code and a message naming what was wrong.
struct CliFailure {
    int code;
    QString message;
};

// What a running command has: its parsed options, the output streams and the database,
// opened as the app opens it (interrupted restore recovered, backup before a migration, the
// backups folder as the store's destructive hook).
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(const CliCommand &command, QTextStream &out, QTextStream &err);
    ~CliContext();

    // Parses the arguments after NOUN VERB; false with the failure set when they are bad.
    void parse(const QStringList &arguments);
    const CliCommand &command() const { return m_command; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    bool json() const { return !m_command.json.isEmpty() && m_parser.isSet(QStringLiteral("json")); }
    // The option's value, or fallback when it is not given.
    QString value(const QString &option, const QString &fallback = {}) const;
    QString required(const QString &option) const;
    qint64 integer(const QString &option, qint64 fallback, qint64 min, qint64 max) const;
    // One of the allowed words (the option's completion list "a|b|c").
    QString choice(const QString &option, const QString &fallback) const;
    // The positional argument at index (after NOUN VERB), named in the error when missing.
    QString argument(int index, const QString &name) const;
    QStringList arguments() const { return m_positional; }
    // Everything as given, program name first (for commands handed on whole).
    QStringList rawArguments() const { return m_raw; }

    Store &store();
    BackupManager &backups();
    // The store's scheduler, as the app keeps one: each command's follow-up writes the station
    // calls it allows, in the same command (docs/architecture.md).
    SchedulerController &scheduler();
    // The live tournament the scheduler belongs to: the same rows the app's screens show.
    TournamentLive &live();
    QString databasePath() const;
    // --event, checked to exist, or the database's only event.
    qint64 eventId();
    // The store's last refusal as an exit: a broken rule or a stale row gives CliRefused, a file
    // problem CliFileError; `fallback` when the store said nothing (a controller's own message).
    [[noreturn]] void storeFailed(const QString &fallback = {});
    // The last message a controller sent through a message()/error() signal (connect it here).
    void setControllerMessage(const QString &message) { m_controllerMessage = message; }

    void printJson(const QJsonValue &value);
    // An export's bytes to the FILE argument, or the standard output when there is none.
    void writeOutput(const QByteArray &bytes);
    // An import's bad lines ("Line 3: …", as the page shows them), one per line on stderr, then
    // exit 2: nothing was imported. Returns when there is none.
    void reportImportProblems(const QString &path, const QStringList &problems);

    [[noreturn]] static void badInput(const QString &message) { throw CliFailure {CliBadInput, message}; }
    [[noreturn]] static void fileError(const QString &message) { throw CliFailure {CliFileError, message}; }
    [[noreturn]] static void refused(const QString &message) { throw CliFailure {CliRefused, message}; }

private:
    const CliCommand &m_command;
    QTextStream &m_out;
    QTextStream &m_err;
    QCommandLineParser m_parser;
    QStringList m_positional;
    QStringList m_raw;
    DatabaseFileLock m_fileLock; // taken before the restore check and the backup touch the file
    std::unique_ptr<Store> m_store;
    std::unique_ptr<BackupManager> m_backups;
    std::unique_ptr<TournamentLive> m_live;
    QString m_controllerMessage;
};
