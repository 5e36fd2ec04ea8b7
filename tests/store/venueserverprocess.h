// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>

#include <memory>

// A PostgreSQL venue server of a test's own, in a temporary folder, through tools/venue-server
// (the script a user tries two desks with), so the test can stop and start it.
class VenueServerProcess
{
public:
    explicit VenueServerProcess(QString folder)
        : m_folder(std::move(folder))
        , m_port(56000 + int(QCoreApplication::applicationPid() % 3000))
    { }

    static bool available()
    {
        return !QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty()
            && QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"));
    }

    // A server in parent/venue, started; its start's errors in errors() when url() is empty.
    static std::unique_ptr<VenueServerProcess> startIn(const QString &parent)
    {
        // As root, PostgreSQL runs as "postgres", which must reach the folder.
        QFile::setPermissions(parent, QFile::permissions(parent) | QFile::ExeOther);
        auto server = std::make_unique<VenueServerProcess>(parent + QStringLiteral("/venue"));
        server->run(QStringLiteral("start"));
        return server;
    }

    // Runs `tools/venue-server command FOLDER`; true on success, the URL it prints in url().
    bool run(const QString &command)
    {
        QProcess process;
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("OMNIUM_VENUE_PORT"), QString::number(m_port));
        // Its databases are thrown away: no need to wait for the disk.
        environment.insert(QStringLiteral("OMNIUM_VENUE_SERVER_OPTIONS"), QStringLiteral("-c fsync=off"));
        process.setProcessEnvironment(environment);
        process.start(
            QStringLiteral("bash"), {QStringLiteral(OMNIUM_SOURCE_DIR "/tools/venue-server"), command, m_folder});
        if (!process.waitForFinished(120000))
            return false;
        m_output = QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
        m_errors = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        if (command == QStringLiteral("start") && process.exitCode() == 0)
            m_url = m_output;
        return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }
    QString url() const { return m_url; }
    QString errors() const { return m_errors; }

private:
    QString m_folder;
    int m_port;
    QString m_url;
    QString m_output;
    QString m_errors;
};
