// SPDX-License-Identifier: GPL-3.0-or-later
// The store on a venue server, desk to desk (docs/venue-server.md): the venue's write lock and
// catching up before a command, NOTIFY after it, LISTEN and the watch that notice other desks'
// commands and a lost server, reconnecting, and the refusals that name another desk.
#include "store.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QSqlDriver>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace {
const QString notifyChannel = u"omnium_commands"_s;

// The driver's watcher of the connection's socket, which QPSQL keeps while LISTENing. When the
// server goes away, libpq closes that socket as it reads the end of the stream; a watcher left
// on a closed socket makes Qt's event loop print "QSocketNotifier: Invalid socket … disabling".
QSocketNotifier *notificationSocket(QSqlDatabase &db)
{
    return db.driver() ? db.driver()->findChild<QSocketNotifier *>() : nullptr;
}
} // namespace

void Store::listen()
{
    QSqlDriver *driver = m_db.connection().driver();
    // The driver object lives as long as the connection's name: connected once per store.
    disconnect(driver, &QSqlDriver::notification, this, nullptr);
    connect(driver, &QSqlDriver::notification, this,
        [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &) {
            if (source == QSqlDriver::OtherSource && m_connection == Connection::Connected)
                catchUp();
        });
    if (!driver->subscribeToNotification(notifyChannel))
        qCWarning(lcStore) << "cannot LISTEN on the venue server:" << driver->lastError().text();
    // Connected after the driver's own handler, which reads what arrived: when that was the end
    // of the stream (the server stopped), the connection is lost now, not at the next watch.
    if (auto *socket = notificationSocket(m_db.connection()))
        connect(socket, &QSocketNotifier::activated, this, [this] {
            if (m_connection == Connection::Connected && !m_db.isOpen())
                setConnection(Connection::Reconnecting);
        });
}

void Store::setConnection(Connection connection)
{
    if (connection == m_connection)
        return;
    m_connection = connection;
    if (connection == Connection::Reconnecting) {
        qCWarning(lcStore) << "lost the venue server" << path() << "; reconnecting";
        // Its socket is closed or about to be: nothing to watch there until reconnect() opens another.
        if (auto *socket = notificationSocket(m_db.connection()))
            socket->setEnabled(false);
    }
    Q_EMIT connectionChanged();
}

void Store::watch()
{
    if (m_connection == Connection::Reconnecting) {
        if (m_db.reconnect())
            return;
        listen();
        setConnection(Connection::Connected);
        const int commands = catchUp();
        if (commands >= 0) {
            qCInfo(lcStore) << "reconnected to" << path() << "and applied" << commands << "commands of other desks";
            // What the screens read while the server was away failed and may show nothing (no
            // bracket, no day): every view reads the database again, as after opening it.
            ++m_openGeneration;
            Q_EMIT opened();
            Q_EMIT reconnected(commands);
        }
        return;
    }
    // The driver closes a connection whose socket failed: then there is nothing to ask.
    if (!m_db.isOpen()) {
        setConnection(Connection::Reconnecting);
        return;
    }
    // No notification is lost for good: a missed one is caught up here, within a second.
    QSqlQuery query(m_db.connection());
    if (!query.exec(u"SELECT COALESCE(MAX(id), 0) FROM command_log"_s) || !query.next()) {
        if (isLost(query.lastError()))
            setConnection(Connection::Reconnecting);
        return;
    }
    if (query.value(0).toLongLong() != m_seenCommandId) {
        query.finish();
        catchUp();
    }
}

int Store::catchUp()
{
    if (!m_db.isServer())
        return 0;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(m_db.dialect().forwardOnlyReads());
    query.prepare(u"SELECT id, kind, changes, target_id FROM command_log WHERE id > ? ORDER BY id"_s);
    query.addBindValue(m_seenCommandId);
    if (!query.exec()) {
        if (isLost(query.lastError()))
            setConnection(Connection::Reconnecting);
        return -1;
    }
    RowChanges changes;
    QList<std::pair<qint64, bool>> steps; // undone or redone commands: (id, undo)
    int commands = 0;
    qint64 newest = m_seenCommandId;
    while (query.next()) {
        newest = query.value(0).toLongLong();
        ++commands;
        if (query.value(1).toString() == u"command"_s)
            changes += changesOf(QJsonDocument::fromJson(query.value(2).toString().toUtf8()).array());
        else
            steps.append({query.value(3).toLongLong(), query.value(1).toString() == u"undo"_s});
    }
    query.finish();
    for (const auto &[id, undo] : std::as_const(steps)) {
        auto target = select(u"SELECT changes FROM command_log WHERE id = ?"_s, {id});
        if (!target.next())
            continue;
        auto stepChanges = changesOf(QJsonDocument::fromJson(target.value(0).toString().toUtf8()).array());
        for (auto &change : stepChanges) {
            // Seen from the views, undoing an insert deletes the row and vice versa.
            if (undo && change.kind != RowChange::Kind::Updated)
                change.kind
                    = change.kind == RowChange::Kind::Inserted ? RowChange::Kind::Deleted : RowChange::Kind::Inserted;
        }
        changes += stepChanges;
    }
    if (newest == m_seenCommandId)
        return 0;
    m_seenCommandId = newest;
    refreshHistory();
    if (!changes.isEmpty())
        Q_EMIT changed(changes);
    return commands;
}

namespace {
// The columns a log entry's command changed in its row (all of them for an insert or a delete).
QSet<QString> changedColumns(const QJsonObject &before, const QJsonObject &after)
{
    QSet<QString> columns;
    const QJsonObject &any = before.isEmpty() ? after : before;
    for (auto it = any.begin(); it != any.end(); ++it) {
        if (it.key() != u"version"_s && it.key() != u"updated_at"_s && before.value(it.key()) != after.value(it.key()))
            columns.insert(it.key());
    }
    return columns;
}

// "Results desk at 14:02 (Result 2-1 M17)": who, when (the venue's clock), what (the command's
// label, or the value it left: "2-1 for Kazuki").
QString describeCommand(const QString &desk, qint64 at, const QString &label)
{
    const QString time = QDateTime::fromMSecsSinceEpoch(at).toLocalTime().toString(
        QCoreApplication::translate("Store", "HH:mm", "a command's time in “Changed by … at 14:02”"));
    return QCoreApplication::translate("Store", "%1 at %2 (%3)")
        .arg(desk.isEmpty() ? QCoreApplication::translate("Store", "another desk") : desk, time, label);
}
} // namespace

QString Store::conflictWith(StoreTransaction &tx, qint64 basis, const QString &label)
{
    // This body's rows and the columns it changed.
    struct Mine {
        const StoreTransaction::LogEntry *entry;
        QSet<QString> columns;
    };
    QHash<QString, Mine> mine; // "table:id"
    for (const auto &entry : std::as_const(tx.m_log)) {
        if (entry.dropped || entry.bulk >= 0 || entry.before.isEmpty())
            continue; // a row this command created cannot have been changed by another desk
        const auto before = imageToJson(entry.before.toMap());
        const auto after = entry.after.isEmpty() ? QJsonObject() : imageToJson(entry.after.toMap());
        mine.insert(entry.table + u':' + QString::number(entry.id), {&entry, changedColumns(before, after)});
    }
    auto others = tx.select(u"SELECT desk, created_at, label, changes FROM command_log WHERE id > ? AND desk <> ? "
                            "AND kind = 'command' ORDER BY id DESC"_s,
        {basis, m_deskName});
    while (others.next()) {
        const auto log = QJsonDocument::fromJson(others.value(3).toString().toUtf8()).array();
        const auto by = [&](const QString &what) {
            return describeCommand(others.value(0).toString(), others.value(1).toLongLong(), what);
        };
        bool conflict = false;
        for (const auto &value : log) {
            const auto entry = value.toObject();
            const auto found = mine.constFind(
                entry.value(u"table"_s).toString() + u':' + QString::number(entry.value(u"id"_s).toInteger()));
            if (found == mine.cend())
                continue;
            const auto theirs = changedColumns(entry.value(u"before"_s).toObject(), entry.value(u"after"_s).toObject());
            if (!found->columns.intersects(theirs))
                continue;
            conflict = true;
            // The value at stake in the organiser's words, when its table says how: "2-1 for Kazuki".
            const auto describer = m_conflictDescribers.constFind(found->entry->table);
            if (describer == m_conflictDescribers.cend())
                continue;
            const auto values = (*describer)(tx, found->entry->before.toMap(), found->entry->after.toMap());
            if (!values.current.isEmpty() && !values.refused.isEmpty())
                return QCoreApplication::translate("Store", "Changed by %1. Your %2 was not saved.")
                    .arg(by(values.current), values.refused);
        }
        if (conflict)
            return QCoreApplication::translate("Store", "Changed by %1. Your “%2” was not saved.")
                .arg(by(CommandLabel::fromStored(others.value(2).toString()).text()), label);
    }
    return {};
}

QString Store::lastChangeByOtherDesk(StoreTransaction &tx, const QString &table, qint64 id, qint64 after)
{
    auto others = tx.select(u"SELECT desk, created_at, label, changes FROM command_log WHERE id > ? AND desk <> ? "
                            "AND kind = 'command' AND state = 'done' ORDER BY id DESC"_s,
        {after, m_deskName});
    while (others.next()) {
        const auto log = QJsonDocument::fromJson(others.value(3).toString().toUtf8()).array();
        for (const auto &value : log) {
            const auto entry = value.toObject();
            if (entry.value(u"table"_s).toString() == table && entry.value(u"id"_s).toInteger() == id)
                return describeCommand(others.value(0).toString(), others.value(1).toLongLong(),
                    CommandLabel::fromStored(others.value(2).toString()).text());
        }
    }
    return {};
}

bool Store::isLost(const QSqlError &error) const
{
    // The driver closes a connection whose socket failed: its queries then fail without an error.
    return m_db.isServer()
        && (!m_db.isOpen() || m_db.dialect().translate(error, QString()).kind == StoreError::Kind::Disconnected);
}

namespace {
StoreError unreachable()
{
    return StoreError::make(StoreError::Kind::Disconnected,
        QCoreApplication::translate("Store",
            "The venue server cannot be reached; reconnecting… Nothing was saved; try again once it is back."));
}

// A file opened to read only (Database::Access::ReadOnly): said before SQLite would refuse.
StoreError readOnlyRefusal(const QString &path)
{
    return StoreError::make(StoreError::Kind::ReadOnly,
        QCoreApplication::translate("Store", "%1 was opened to read only. Nothing was saved.").arg(path));
}
} // namespace

StoreError Store::checkWritable()
{
    if (m_db.isReadOnly())
        return fail(readOnlyRefusal(m_db.path()));
    if (m_db.isServer() && !m_db.isOpen())
        setConnection(Connection::Reconnecting);
    return m_connection == Connection::Reconnecting ? fail(unreachable()) : StoreError {};
}

StoreError Store::beginWrite(QSqlQuery &control)
{
    if (m_db.isReadOnly())
        return readOnlyRefusal(m_db.path());
    if (m_db.isServer() && !m_db.isOpen())
        setConnection(Connection::Reconnecting);
    if (m_connection == Connection::Reconnecting)
        return unreachable();
    const auto &dialect = m_db.dialect();
    for (int attempt = 0; attempt < 20; ++attempt) {
        if (!control.exec(dialect.beginWriteSql()))
            return dialect.translate(control.lastError(), QString());
        if (!m_db.isServer())
            return {};
        if (!control.exec(dialect.writeLockSql()) || !control.exec(u"SELECT COALESCE(MAX(id), 0) FROM command_log"_s)
            || !control.next()) {
            const auto error = dialect.translate(control.lastError(), QString());
            QSqlQuery(m_db.connection()).exec(u"ROLLBACK"_s);
            return error;
        }
        const bool upToDate = control.value(0).toLongLong() == m_seenCommandId;
        control.finish();
        if (upToDate)
            return {};
        QSqlQuery(m_db.connection()).exec(u"ROLLBACK"_s);
        if (catchUp() < 0)
            return beginWrite(control); // now refused: the connection is lost
    }
    return StoreError::make(StoreError::Kind::Locked,
        QCoreApplication::translate("Store", "The other desks keep writing; nothing was saved. Try again."));
}

StoreError Store::lostOr(const StoreError &error)
{
    if (!m_db.isServer() || (error.kind != StoreError::Kind::Disconnected && m_db.isOpen()))
        return error;
    setConnection(Connection::Reconnecting);
    return error.kind == StoreError::Kind::Disconnected ? error : unreachable();
}

void Store::publish(StoreTransaction &tx, qint64 commandId)
{
    // Delivered to the listening desks when (and only if) the transaction commits.
    if (m_db.isServer())
        tx.exec(u"SELECT pg_notify(?, ?)"_s, {notifyChannel, QString::number(commandId)}).finish();
}
