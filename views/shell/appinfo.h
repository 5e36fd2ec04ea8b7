// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

// Facts about this run of the application that pages show: version and database file.
class AppInfo : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString qtVersion READ qtVersion CONSTANT)
    Q_PROPERTY(QString databasePath READ databasePath CONSTANT)

public:
    explicit AppInfo(QString databasePath, QObject *parent = nullptr)
        : QObject(parent)
        , m_databasePath(std::move(databasePath))
    { }

    static QString version() { return QStringLiteral(OMNIUM_VERSION); }
    static QString qtVersion() { return QString::fromLatin1(qVersion()); }
    QString databasePath() const { return m_databasePath; }

private:
    QString m_databasePath;
};
