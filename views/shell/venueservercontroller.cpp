// SPDX-License-Identifier: GPL-3.0-or-later
#include "venueservercontroller.h"

#include "store/database.h"
#include "store/databaseurl.h"
#include "store/schema.h"
#include "venuecredentials.h"

#include <QElapsedTimer>
#include <QSettings>
#include <QSysInfo>
#include <QThread>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const auto group = u"venueServer/"_s;
}

VenueServerController::VenueServerController(QObject *parent)
    : QObject(parent)
{
    const QSettings settings;
    m_host = settings.value(group + u"host"_s, u"localhost"_s).toString();
    m_port = settings.value(group + u"port"_s, 5432).toInt();
    m_databaseName = settings.value(group + u"database"_s, u"omnium"_s).toString();
    m_user = settings.value(group + u"user"_s).toString();
    m_deskName = settings.value(group + u"desk"_s, QSysInfo::machineHostName()).toString();
    m_tls = settings.value(group + u"tls"_s, false).toBool();
    // Each change of the address makes the last test's finding stale.
    connect(this, &VenueServerController::formChanged, this, [this] {
        if (!m_busy)
            setStatus(Status::Untested, {});
    });
}

VenueServerController::~VenueServerController()
{
    if (m_test)
        m_test->wait();
}

bool VenueServerController::tlsRequired() const
{
    DatabaseUrl url;
    url.host = m_host.trimmed();
    return !url.host.isEmpty() && !url.isLocal();
}

QString VenueServerController::url() const
{
    DatabaseUrl url;
    url.host = m_host.trimmed();
    url.port = m_port;
    url.user = m_user.trimmed();
    url.databaseName = m_databaseName.trimmed();
    if (m_tls || tlsRequired())
        url.sslMode = u"require"_s;
    return url.display();
}

QString VenueServerController::urlWithPassword() const
{
    if (m_password.isEmpty())
        return VenueCredentials().withStoredPassword(url());
    QUrl withPassword(url());
    withPassword.setPassword(m_password);
    return withPassword.toString(QUrl::FullyEncoded);
}

QString VenueServerController::passwordStorage() const
{
    return VenueCredentials::available() == VenueCredentials::Where::Keychain ? tr("the system keychain")
                                                                              : VenueCredentials::filePath();
}

void VenueServerController::setStatus(Status status, const QString &message)
{
    if (m_status == status && m_message == message)
        return;
    m_status = status;
    m_message = message;
    Q_EMIT statusChanged();
}

void VenueServerController::testConnection()
{
    if (m_busy)
        return;
    QString problem;
    DatabaseUrl::parse(url(), &problem);
    if (!problem.isEmpty()) {
        setStatus(Status::Invalid, problem);
        return;
    }
    m_busy = true;
    setStatus(Status::Untested, tr("Connecting to %1…").arg(url()));
    auto check = std::make_shared<Database::ServerCheck>();
    m_test = QThread::create([check, address = urlWithPassword()] { *check = Database::checkServer(address); });
    connect(m_test, &QThread::finished, m_test, &QObject::deleteLater);
    connect(m_test, &QThread::finished, this, [this, check] {
        m_busy = false;
        using Failure = SqlDialect::ConnectionFailure;
        if (check->failure) {
            static const QHash<Failure, Status> statuses
                = {{Failure::Authentication, Status::Authentication}, {Failure::Tls, Status::Tls},
                    {Failure::NoDatabase, Status::NoDatabase}, {Failure::Refused, Status::Refused},
                    {Failure::Unreachable, Status::Unreachable}, {Failure::Other, Status::Failed}};
            setStatus(statuses.value(*check->failure), check->error.message);
        } else if (check->foreign) {
            setStatus(Status::Foreign, check->error.message);
        } else if (check->error.kind == StoreError::Kind::TooNew) {
            setStatus(Status::TooNew, check->error.message);
        } else if (check->error) {
            setStatus(Status::Failed, check->error.message);
        } else if (check->version == 0) {
            setStatus(
                Status::Ready, tr("Connected. The database is empty: Omnium sets it up when this desk connects."));
        } else if (check->version < Schema::latestVersion()) {
            setStatus(Status::Older,
                tr("Connected. The database is from an older Omnium (schema %1): connecting updates it to schema %2, "
                   "and every desk must then run this version.")
                    .arg(check->version)
                    .arg(Schema::latestVersion()));
        } else {
            setStatus(Status::Ready, tr("Connected. The venue's Omnium database is ready."));
        }
        Q_EMIT statusChanged(); // busy changed
    });
    Q_EMIT statusChanged();
    m_test->start();
}

void VenueServerController::copy(const QString &from, const QString &to, const QString &done)
{
    if (m_busy)
        return;
    m_busy = true;
    setStatus(Status::Untested, tr("Copying into %1…").arg(DatabaseUrl::withoutPassword(to)));
    auto error = std::make_shared<StoreError>();
    auto elapsed = std::make_shared<qint64>(0);
    m_test = QThread::create([from, to, error, elapsed] {
        QElapsedTimer timer;
        timer.start();
        *error = Database::copyDatabase(from, to);
        *elapsed = timer.elapsed();
    });
    connect(m_test, &QThread::finished, m_test, &QObject::deleteLater);
    connect(m_test, &QThread::finished, this, [this, error, elapsed, done] {
        m_busy = false;
        if (*error)
            setStatus(Status::Failed, error->message);
        else
            setStatus(Status::Moved, done.arg(double(*elapsed) / 1000.0, 0, 'f', 1));
        Q_EMIT statusChanged(); // busy changed
    });
    Q_EMIT statusChanged();
    m_test->start();
}

void VenueServerController::moveTournament(const QString &file)
{
    QString problem;
    DatabaseUrl::parse(url(), &problem);
    if (!problem.isEmpty()) {
        setStatus(Status::Invalid, problem);
        return;
    }
    copy(file, urlWithPassword(),
        tr("The tournament is on the venue server (copied in %1 s). Connect to work on it there; the file %2 stays "
           "as it was.")
            .arg(u"%1"_s, file));
}

void VenueServerController::copyToFile(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    copy(urlWithPassword(), path,
        tr("The venue server's tournament is in %1 (copied in %2 s): open it there to work on this laptop alone.")
            .arg(path, u"%1"_s));
}

bool VenueServerController::prepareConnect()
{
    QString problem;
    const DatabaseUrl address = DatabaseUrl::parse(url(), &problem);
    if (!problem.isEmpty()) {
        setStatus(Status::Invalid, problem);
        return false;
    }
    if (m_deskName.trimmed().isEmpty()) {
        setStatus(Status::Invalid, tr("Give this desk a name: the other desks see it beside its changes."));
        return false;
    }
    if (!m_password.isEmpty()) {
        QString error;
        if (!VenueCredentials().write(VenueCredentials::keyFor(address), m_password, &error)) {
            setStatus(Status::Failed, error);
            return false;
        }
    }
    QSettings settings;
    settings.setValue(group + u"host"_s, m_host.trimmed());
    settings.setValue(group + u"port"_s, m_port);
    settings.setValue(group + u"database"_s, m_databaseName.trimmed());
    settings.setValue(group + u"user"_s, m_user.trimmed());
    settings.setValue(group + u"desk"_s, m_deskName.trimmed());
    settings.setValue(group + u"tls"_s, m_tls);
    return true;
}
