// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QProcess>
#include <QUrl>

// Facts about this run of the application that pages show: version, database file or venue
// server (its URL without the password), and this desk's name on a server (empty for a file).
class AppInfo : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString qtVersion READ qtVersion CONSTANT)
    Q_PROPERTY(QString databasePath READ databasePath CONSTANT)
    Q_PROPERTY(QString deskName READ deskName CONSTANT)

public:
    explicit AppInfo(QString databasePath, QString deskName = {}, QObject *parent = nullptr)
        : QObject(parent)
        , m_databasePath(std::move(databasePath))
        , m_deskName(std::move(deskName))
    { }

    static QString version() { return QStringLiteral(OMNIUM_VERSION); }
    static QString qtVersion() { return QString::fromLatin1(qVersion()); }
    QString databasePath() const { return m_databasePath; }
    QString deskName() const { return m_deskName; }

    // Another tournament database (a new file is created), or a venue server's URL (without
    // its password, which VenueCredentials keeps) with this desk's name: Omnium starts again on
    // it, as with --database, so every service opens it from the beginning as on a normal
    // start. False if it could not.
    Q_INVOKABLE bool openDatabase(const QUrl &file, const QString &deskName = {})
    {
        const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
        if (path.isEmpty() || (path == m_databasePath && deskName == m_deskName))
            return false;
        QStringList arguments = {QStringLiteral("--database"), path};
        if (!deskName.isEmpty())
            arguments << QStringLiteral("--desk") << deskName;
        if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments))
            return false;
        QCoreApplication::quit();
        return true;
    }

private:
    QString m_databasePath;
    QString m_deskName;
};
