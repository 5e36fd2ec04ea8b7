// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"

#include "archive/backupmanager.h"
#include "core/clock.h"
#include "live/tournamentlive.h"
#include "store/databaseurl.h"
#include "store/store.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSysInfo>

#include <limits>

using namespace Qt::StringLiterals;

CliContext::CliContext(const CliCommand &command, QTextStream &out, QTextStream &err)
    : m_command(command)
    , m_out(out)
    , m_err(err)
{ }

CliContext::~CliContext()
{
    m_live.reset(); // its scheduler holds the store's follow-up
    m_backups.reset(); // and this its destructive hook
    m_store.reset();
}

void CliContext::parse(const QStringList &arguments)
{
    m_raw = arguments;
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const auto &option : cliCommonOptions(m_command) + m_command.options) {
        if (option.valueName.isEmpty())
            m_parser.addOption(QCommandLineOption(option.name));
        else
            m_parser.addOption(QCommandLineOption(option.name, {}, option.valueName));
    }
    m_parser.addPositionalArgument(u"args"_s, {});
    if (!m_parser.parse(arguments))
        badInput(m_parser.errorText());
    // The program name, NOUN and VERB come first.
    m_positional = m_parser.positionalArguments().mid(m_command.verb.isEmpty() ? 1 : 2);
    for (const auto &option : m_command.options) {
        if (option.completion.contains(u'|') && m_parser.isSet(option.name))
            choice(option.name, {});
    }
}

QString CliContext::value(const QString &option, const QString &fallback) const
{
    return m_parser.isSet(option) ? m_parser.value(option) : fallback;
}

QString CliContext::required(const QString &option) const
{
    if (!m_parser.isSet(option) || m_parser.value(option).isEmpty())
        badInput(tr("--%1 is required").arg(option));
    return m_parser.value(option);
}

qint64 CliContext::integer(const QString &option, qint64 fallback, qint64 min, qint64 max) const
{
    if (!m_parser.isSet(option))
        return fallback;
    bool ok = false;
    const qint64 v = m_parser.value(option).toLongLong(&ok);
    if (!ok || v < min || v > max)
        badInput(tr("--%1: \"%2\" is not an integer in %3..%4").arg(option, m_parser.value(option)).arg(min).arg(max));
    return v;
}

QString CliContext::choice(const QString &option, const QString &fallback) const
{
    if (!m_parser.isSet(option))
        return fallback;
    for (const auto &spec : m_command.options) {
        if (spec.name != option)
            continue;
        const QStringList allowed = spec.completion.split(u'|');
        for (const auto &word : allowed) {
            if (word.compare(m_parser.value(option), Qt::CaseInsensitive) == 0)
                return word; // A6 is a6
        }
        badInput(tr("--%1: \"%2\" is not one of %3").arg(option, m_parser.value(option), allowed.join(u", "_s)));
    }
    return m_parser.value(option);
}

QString CliContext::argument(int index, const QString &name) const
{
    if (index >= m_positional.size() || m_positional.at(index).isEmpty())
        badInput(tr("%1 is required (omnium-cli %2 %3)").arg(name, m_command.name(), m_command.arguments));
    return m_positional.at(index);
}

QString CliContext::databasePath() const
{
    return m_parser.value(u"database"_s);
}

Store &CliContext::store()
{
    if (m_store)
        return *m_store;
    const QString path = required(u"database"_s);
    const bool server = DatabaseUrl::isServer(path);
    if (!server && m_command.databaseMustExist && !QFileInfo::exists(path))
        fileError(tr("--database: no database file %1").arg(path));
    // A venue server's backups go to the user's data folder, as the app's do.
    const QString folder = server
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/venue-backups"_s
        : BackupManager::folderFor(path);
    // A reading command opens the file read-only, beside an omnium that may have it open: no
    // lock, and no restore check or backup, which write.
    const bool readOnly = m_command.readOnly && !server;
    if (!server && !readOnly) {
        // Before anything touches the file: another Omnium process may have it open.
        if (const auto error = m_fileLock.acquire(path))
            fileError(error.message); // it names the file
        BackupManager::recoverInterruptedRestore(path);
        QString backupError;
        BackupManager::backupBeforeMigration(path, folder, &backupError);
        if (!backupError.isEmpty())
            fileError(tr("--database %1: no backup could be taken before its update: %2").arg(path, backupError));
    }
    m_store = std::make_unique<Store>(Clock::system());
    if (server) {
        const QString desk = m_parser.value(u"desk"_s);
        m_store->setDeskName(desk.isEmpty() ? u"omnium-cli@"_s + QSysInfo::machineHostName() : desk);
    }
    if (const auto error = m_store->open(path, readOnly ? Database::Access::ReadOnly : Database::Access::ReadWrite))
        fileError(tr("--database %1: %2").arg(DatabaseUrl::withoutPassword(path), error.message));
    m_backups = std::make_unique<BackupManager>(*m_store, folder);
    m_live = std::make_unique<TournamentLive>(*m_store, Clock::system());
    return *m_store;
}

BackupManager &CliContext::backups()
{
    store();
    return *m_backups;
}

SchedulerController &CliContext::scheduler()
{
    return live().scheduler();
}

TournamentLive &CliContext::live()
{
    store();
    return *m_live;
}

void CliContext::storeFailed(const QString &fallback)
{
    const StoreError error = m_store ? m_store->lastError() : StoreError {};
    QString message = error.message;
    if (message.isEmpty())
        message = fallback.isEmpty() ? m_controllerMessage : fallback;
    switch (error.kind) {
    case StoreError::Kind::ReadOnly:
    case StoreError::Kind::DiskFull:
    case StoreError::Kind::Locked:
    case StoreError::Kind::Corrupt:
    case StoreError::Kind::TooNew:
    case StoreError::Kind::Disconnected:
    case StoreError::Kind::Other:
        fileError(message);
    default:
        refused(message);
    }
}

void CliContext::printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << document.toJson(QJsonDocument::Indented);
}

void CliContext::writeOutput(const QByteArray &bytes)
{
    if (m_positional.isEmpty()) {
        m_out << QString::fromUtf8(bytes);
        return;
    }
    const QString path = m_positional.first();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit())
        fileError(tr("cannot write %1: %2").arg(path, file.errorString()));
}

void CliContext::reportImportProblems(const QString &path, const QStringList &problems)
{
    if (problems.isEmpty())
        return;
    for (const auto &problem : problems)
        m_err << path << ": " << problem << Qt::endl;
    badInput(tr("%1: %n line(s) must be fixed; nothing was imported", nullptr, int(problems.size())).arg(path));
}

qint64 CliContext::eventId()
{
    if (isSet(u"event"_s)) {
        const qint64 id = integer(u"event"_s, 0, 1, std::numeric_limits<qint64>::max());
        auto query = store().select(u"SELECT COUNT(*) FROM events WHERE id = ?"_s, {id});
        if (!query.next() || query.value(0).toInt() != 1)
            badInput(tr("--event: no event %1 in %2").arg(id).arg(databasePath()));
        return id;
    }
    QStringList ids;
    auto query = store().select(u"SELECT id FROM events ORDER BY id"_s);
    while (query.next())
        ids << query.value(0).toString();
    if (ids.size() != 1)
        badInput(ids.isEmpty()
                ? tr("--event: %1 holds no event").arg(databasePath())
                : tr("--event is required: %1 holds several events (%2)").arg(databasePath(), ids.join(u", "_s)));
    return ids.first().toLongLong();
}
