// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

// omnium-cli driven as a process on database files, and the database read as sqlite3 sees it.
struct CliRun {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

// The app's settings and data folder of the process: a temporary home, never the user's.
// extra: "NAME=value" entries added to the environment (LC_ALL=fr_FR.UTF-8, another XDG_CONFIG_HOME).
inline CliRun runCli(const QStringList &arguments, const QStringList &extra = {})
{
    static QTemporaryDir home;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    for (const auto &entry : extra)
        environment.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(OMNIUM_CLI), arguments);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
        process.readAllStandardError()};
}

// `sqlite3 FILE .dump`: every table's rows, to tell that a refused command changed nothing.
inline QByteArray dumpDatabase(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("sqlite3"), {path, QStringLiteral(".dump")});
    process.waitForFinished(60000);
    return process.readAllStandardOutput();
}

inline QString copyDatabase(const QString &from, const QString &to)
{
    QProcess process;
    process.start(QStringLiteral("sqlite3"), {from, QStringLiteral(".backup '%1'").arg(to)});
    process.waitForFinished(60000);
    return to;
}

// Where `actual` differs in shape from the documented example (keys, and the kind of each
// value; a null stands for any value, as a documented number may be null), or empty.
QString shapeDifference(
    const QJsonValue &documented, const QJsonValue &actual, const QString &where = QStringLiteral("$"));
