// SPDX-License-Identifier: GPL-3.0-or-later
#include "venuecredentials.h"

#include "core/logging.h"
#include "store/databaseurl.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUrl>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace {
const auto service = u"omnium-venue-server"_s;

// QtKeychain answers through a signal; the desk waits for it (a local service, milliseconds).
template<typename Job> bool runJob(Job &job, QString *error)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() == QKeychain::NoError)
        return true;
    if (error && job.error() != QKeychain::EntryNotFound)
        *error = job.errorString();
    return false;
}

QJsonObject readFile(QString *error)
{
    QFile file(VenueCredentials::filePath());
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}
} // namespace

VenueCredentials::Where VenueCredentials::available()
{
    return QKeychain::isAvailable() ? Where::Keychain : Where::File;
}

VenueCredentials::VenueCredentials(Where where)
    : m_where(where)
{ }

QString VenueCredentials::filePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/venue-passwords.json"_s;
}

QString VenueCredentials::keyFor(const DatabaseUrl &url)
{
    return u"%1@%2:%3/%4"_s.arg(url.user, url.host).arg(url.port).arg(url.databaseName);
}

QString VenueCredentials::read(const QString &key, QString *error) const
{
    if (m_where == Where::Keychain) {
        QKeychain::ReadPasswordJob job(service);
        job.setKey(key);
        if (runJob(job, error))
            return job.textData();
    }
    return readFile(error).value(key).toString();
}

bool VenueCredentials::write(const QString &key, const QString &password, QString *error)
{
    if (m_where == Where::Keychain) {
        QKeychain::WritePasswordJob job(service);
        job.setKey(key);
        job.setTextData(password);
        return runJob(job, error);
    }
    QJsonObject passwords = readFile(error);
    passwords.insert(key, password);
    const QString path = filePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    // Created readable by this user only, then moved over the old file: never a moment where
    // the passwords sit in a file others may read.
    const QString temporary = path + u".new"_s;
    QFile::remove(temporary);
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(QJsonDocument(passwords).toJson()) < 0 || !file.flush()) {
        if (error)
            *error = QCoreApplication::translate("VenueCredentials", "The password could not be saved in %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    file.close();
    QFile::remove(path);
    if (!QFile::rename(temporary, path)) {
        if (error)
            *error = QCoreApplication::translate("VenueCredentials", "The password could not be saved in %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

QString VenueCredentials::withStoredPassword(const QString &text) const
{
    QString problem;
    const DatabaseUrl url = DatabaseUrl::parse(text, &problem);
    if (!problem.isEmpty() || !url.password.isEmpty())
        return text;
    QString error;
    const QString password = read(keyFor(url), &error);
    if (!error.isEmpty())
        qCWarning(lcStore) << "the venue server's password could not be read:" << error;
    if (password.isEmpty())
        return text;
    QUrl withPassword(text);
    withPassword.setPassword(password);
    return withPassword.toString(QUrl::FullyEncoded);
}
