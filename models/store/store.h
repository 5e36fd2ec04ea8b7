// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandlabel.h"
#include "database.h"
#include "sqlitestatement.h"
#include "storeerror.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSqlQuery>
#include <QTimer>
#include <QVariantMap>

#include <functional>
#include <memory>

class Clock;
class QSqlError;
class SqliteStatement;

// One row touched by a command, as carried by Store::changed: enough for a view to refresh
// just that row (and, later, for a PostgreSQL NOTIFY payload).
struct RowChange {
    enum class Kind { Inserted, Updated, Deleted };
    QString table;
    qint64 id = 0;
    Kind kind = Kind::Updated;
    bool operator==(const RowChange &) const = default;
};
using RowChanges = QList<RowChange>;

// A form's values as a row to write: only the known columns, text trimmed, empty text as NULL.
QVariantMap rowValues(const QVariantMap &values, const QStringList &columns);

// The body of a command: the only way to write domain rows. Each write records the row's
// before/after image for the audit and undo log; a stale write or a broken rule aborts the
// whole command (nothing of it is kept).
class StoreTransaction
{
public:
    // Inserts a row; created_at/updated_at/version are filled in. Returns the new id.
    qint64 insert(const QString &table, const QVariantMap &values);
    // Updates columns of a row that must still be at expectedVersion (-1: no check, for
    // follow-up writes inside the same command). Unchanged values are not recorded.
    // Returns the row's version after the write (unchanged when nothing differed).
    int update(const QString &table, qint64 id, int expectedVersion, const QVariantMap &values);
    // The table and columns of rows for insertMany(), prepared once per command.
    struct BulkShape {
        qsizetype index = -1;
    };
    BulkShape bulkShape(const QString &table, const QStringList &columns);
    // Inserts a row like insert(), for commands that create thousands of rows at once (a
    // 4,096-entrant bracket's 8,191 matches): values are bound in the shape's column order,
    // nothing is read back, and the log keeps only the new ids (consecutive ones as ranges),
    // not an image of each row. Undo deletes those rows, after checking each is still the row
    // this command created, and keeps their images then, so redo writes them back exactly.
    // Returns the new id.
    qint64 insertMany(const BulkShape &shape, QVariantList values);
    // Deletes a row (at expectedVersion, -1: no check) and, first, what depends on it.
    void remove(const QString &table, qint64 id, int expectedVersion);
    // The current row, or an empty map.
    QVariantMap row(const QString &table, qint64 id);
    // A read inside the transaction (positional ? placeholders).
    QSqlQuery select(const QString &sql, const QVariantList &values = {});
    // Aborts the command with this error.
    [[noreturn]] void fail(StoreError::Kind kind, const QString &message);
    // Says this command destroys what an organiser may want back (a deletion of a tournament,
    // event, player, team or phase, a reset of played matches, an import): the store's
    // destructive hook (a backup) runs once per command, on the state before the command.
    // remove() calls it itself for those tables. A hook's refusal aborts the command.
    void destructive(const QString &reason);
    qint64 nowMs() const { return m_nowMs; }
    // Rows written so far (each insert, update and deletion counts): unchanged between two
    // moments, nothing was written in between.
    qint64 writes() const { return m_writes; }

private:
    friend class Store;
    StoreTransaction(Database &db, qint64 nowMs, const std::function<QString(const QString &)> &destructiveHook)
        : m_db(db)
        , m_nowMs(nowMs)
        , m_destructiveHook(destructiveHook)
    { }

    // A row as the database holds it: the column names are shared by every row one statement
    // returns, so a command writing thousands of rows keeps one list, not thousands of maps.
    struct Image {
        std::shared_ptr<const QStringList> columns;
        QVariantList values;
        bool isEmpty() const { return !columns; }
        QVariant value(const QString &column) const;
        QVariantMap toMap() const;
    };
    // A statement prepared once per command (the writes of an import or a bracket repeat a few shapes).
    struct Prepared {
        QSqlQuery query;
        std::shared_ptr<const QStringList> columns; // of its result rows, once known
        QStringList bound; // the columns an INSERT binds, in order
    };
    // One row's first "before" and last "after" image in this command, or a run of insertMany() rows.
    struct LogEntry {
        QString table;
        qint64 id = 0;
        Image before;
        Image after;
        bool dropped = false; // inserted then deleted by the same command: no trace
        qsizetype bulk = -1; // the BulkShape of a run of insertMany() rows, whose ids are in `inserted`
        QList<qint64> inserted;
        // Those ids as runs of consecutive ids, each with the digest of its rows as written;
        // false when a value's stored form is not known (or a row was written again): the rows
        // are then read back for their digest when the log is written.
        struct Run {
            qint64 first = 0;
            qint64 last = 0;
            RowDigest digest;
        };
        QList<Run> runs;
        bool runsKnown = true;
    };

    QSqlQuery exec(const QString &sql, const QVariantList &values);
    // Runs a cached statement; the result must be read (and finished) before the next call with the same SQL.
    Prepared &execCached(const QString &sql, const QVariantList &values);
    Prepared &prepared(const QString &sql);
    void execPrepared(Prepared &statement);
    static Image imageOf(Prepared &statement);
    Image rowImage(const QString &table, qint64 id);
    void record(const QString &table, qint64 id, const Image &before, const Image &after);

    // A digest of rows first..last of table, every column but version and updated_at (which undo
    // and redo move): what a run of insertMany() rows holds, checked again before it is undone.
    quint64 rowsDigest(const QString &table, qint64 first, qint64 last);

    bool hasChanges() const;
    // The log as stored in command_log.changes: a JSON array of {table, id, before, after}, and
    // {table, inserted: [[first, last, digest], …]} for runs of insertMany() rows.
    QByteArray logJson();
    RowChanges rowChanges() const;

    Database &m_db;
    qint64 m_nowMs;
    const std::function<QString(const QString &)> &m_destructiveHook;
    bool m_destructiveDone = false;
    qint64 m_writes = 0;
    QList<LogEntry> m_log;
    QHash<QString, QHash<qint64, qsizetype>> m_logIndex; // table -> id -> position in m_log
    // table -> positions in m_log of its insertMany() runs (their ids ascend: found by bisection,
    // so thousands of new rows are not indexed one by one)
    QHash<QString, QList<qsizetype>> m_bulkRuns;
    QHash<QString, std::shared_ptr<Prepared>> m_prepared; // by SQL
    QHash<QString, std::shared_ptr<Prepared>> m_inserts; // by "table:col,col,…"
    // The same inserts on SQLite's own handle, with their result columns (SQLite only).
    struct FastInsert {
        std::shared_ptr<SqliteStatement> statement;
        std::shared_ptr<const QStringList> columns;
    };
    QHash<QString, FastInsert> m_fastInserts;
    // Where each column of an inserted row (in SELECT * order) gets its value, to digest the
    // row as SQLite stores it without reading it back; SQLite only.
    struct DigestColumn {
        enum class From { Skipped, Id, Now, Bound, Default } from = From::Skipped;
        qsizetype bound = -1; // From::Bound: the value's index in the shape's columns
        QVariant fallback; // From::Default: the column's default
        char affinity = 'B'; // SQLite's column affinity: 'I'nteger, 'T'ext, 'B'lob, 'R'eal, 'N'umeric
    };
    // insertMany()'s statements: SQLite's own handle; on PostgreSQL, where each statement is a
    // round trip to the server, ids reserved from the table's sequence and rows sent many at a
    // time, before any other statement of the command (flushBulk()).
    struct Bulk {
        QString table;
        QStringList columns;
        std::shared_ptr<SqliteStatement> fast;
        QList<qint64> reserved;
        QList<QVariantList> pending; // id, the shape's values, created_at, updated_at, version
        QList<DigestColumn> digestPlan; // empty: rows are read back for their digest
    };
    static constexpr int bulkBatch = 256;
    void flushBulk();
    QList<DigestColumn> digestPlan(const QString &table, const QStringList &columns);
    QList<Bulk> m_bulk;
    QHash<QString, std::shared_ptr<SqliteStatement>> m_digests; // rowsDigest()'s queries by table (SQLite)
};

// The tournament database as the application sees it: commands that land whole or not at
// all, an audit log, undo/redo that survives restarts, and a change signal for every view.
class Store : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY historyChanged)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY historyChanged)
    Q_PROPERTY(QString undoText READ undoText NOTIFY historyChanged)
    Q_PROPERTY(QString redoText READ redoText NOTIFY historyChanged)
    // What the next undo or redo applies, as its command was named ("Result 2-1 M17"): the
    // window says it after the undo ("Undone: Result 2-1 M17").
    Q_PROPERTY(QString undoLabel READ undoLabel NOTIFY historyChanged)
    Q_PROPERTY(QString redoLabel READ redoLabel NOTIFY historyChanged)
    Q_PROPERTY(QString lastError READ lastErrorMessage NOTIFY errorOccurred)
    Q_PROPERTY(QString path READ path NOTIFY opened)
    Q_PROPERTY(QString deskName READ deskName NOTIFY opened)
    Q_PROPERTY(Connection connection READ connection NOTIFY connectionChanged)
    // The newest command this desk has applied: a dialog keeps it when it opens (Store::run's basis).
    Q_PROPERTY(qint64 seenCommandId READ seenCommandId NOTIFY historyChanged)

public:
    // How the store reaches its database: a file (always there), or a venue server that is
    // connected, or lost and being reconnected — read-only meanwhile: every command is refused
    // at once, nothing is queued to be written later.
    enum class Connection { File, Connected, Reconnecting };
    Q_ENUM(Connection)

    explicit Store(const Clock &clock, QObject *parent = nullptr);
    ~Store() override;

    // This desk's name on a venue server, written with each of its commands: another desk's
    // refusal names it ("Changed by Results desk at 14:02"), and undo takes this desk's own
    // commands only. Set before open(); empty for a file of one laptop.
    void setDeskName(const QString &name) { m_deskName = name.isNull() ? QStringLiteral("") : name; }
    QString deskName() const { return m_deskName; }
    Connection connection() const { return m_connection; }
    // The newest command of the log this store has applied, its own or another desk's.
    qint64 seenCommandId() const { return m_seenCommandId; }
    // The refusal every command gets while the venue server is lost (also sent as
    // errorOccurred), or no error: for a command that reads before it writes.
    StoreError checkWritable();
    // How often a server is looked at when no notification came (its newest command, and
    // whether the connection still holds), and reconnected once lost; tests shorten it.
    void setWatchInterval(int milliseconds) { m_watch.setInterval(milliseconds); }

    // ReadOnly (a SQLite file only, Database::Access): every command and undo is then refused.
    StoreError open(const QString &path, Database::Access access = Database::Access::ReadWrite);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_db.path(); }
    // What open() was given, a server's password included: for another connection of this
    // process to the same database (a background import); never shown (path() is).
    QString openedWith() const { return m_openedWith; }
    Database &database() { return m_db; }
    const Clock &clock() const { return m_clock; }

    // Runs one user action: body's writes in one transaction, logged under label (shown as
    // "Undo <label>", in the language of whoever reads it). Returns the error that aborted it, if any (also sent as
    // errorOccurred). On a venue server, `basis` is the seenCommandId() the user acted on (when the dialog opened; -1:
    // now): a column the body changes that another desk's later command changed refuses the command ("Changed by
    // Results desk at 14:02 (…). Your … was not saved.").
    StoreError run(const CommandLabel &label, const std::function<void(StoreTransaction &)> &body, qint64 basis = -1);
    // The command_log id of the last command run() committed, 0 if it changed nothing (a
    // cache keyed on the log's newest id knows whether anything changed since).
    qint64 lastCommandId() const { return m_lastCommandId; }
    // Counts the databases opened: a cache of rows is only valid within one (command ids
    // start again in another file, or in a restored backup of this one).
    quint64 openGeneration() const { return m_openGeneration; }

    // Runs before the first destructive write of a command (StoreTransaction::destructive()),
    // with the reason; a non-empty answer refuses the command with that message. The command's
    // own writes are not committed yet, so a copy taken on another connection (BackupManager)
    // holds the state before it. One hook per store: every caller goes through it.
    using DestructiveHook = std::function<QString(const QString &reason)>;
    // Runs inside every command (not undo or redo), after its body, with the rows the body
    // changed: what a command sets off belongs to it. The station calls a result frees up are
    // written in the same transaction and undone in the same step. One follow-up per store
    // (the scheduler's dispatcher); its reads see the command's writes (same connection).
    using FollowUp = std::function<void(StoreTransaction &tx, const RowChanges &changes)>;
    void setFollowUp(FollowUp followUp) { m_followUp = std::move(followUp); }
    void setDestructiveHook(DestructiveHook hook) { m_destructiveHook = std::move(hook); }
    // How a stale refusal names what is at stake in a row of one table, from the row as stored
    // (another desk's value) and as the refused command would have left it: a match's result
    // reads "Changed by Results desk at 14:02 (2-1 for Kazuki). Your 2-0 was not saved." An
    // empty value falls back to the commands' labels. One per table (MatchResults: matches).
    struct ConflictValues {
        QString current;
        QString refused;
    };
    using ConflictDescriber
        = std::function<ConflictValues(StoreTransaction &tx, const QVariantMap &current, const QVariantMap &refused)>;
    void setConflictDescriber(const QString &table, ConflictDescriber describer)
    {
        m_conflictDescribers.insert(table, std::move(describer));
    }
    const DestructiveHook &destructiveHook() const { return m_destructiveHook; }

    // Another connection (a background import) committed a command on this database: the
    // history and the views catch up as if this store had run it.
    void adoptExternalCommand(const RowChanges &changes);
    // On a venue server: applies the commands other desks committed since seenCommandId(), as
    // one Store::changed (the same incremental path as this desk's own commands). Returns how
    // many commands it applied, or -1 when the server cannot be reached. NOTIFY calls it as
    // soon as another desk commits; the watch timer calls it when a notification was missed.
    int catchUp();

    // A read-only query on the store's connection (positional ? placeholders).
    QSqlQuery select(const QString &sql, const QVariantList &values = {});

    Q_INVOKABLE bool undo();
    Q_INVOKABLE bool redo();
    bool canUndo() const { return !m_undoLabel.isEmpty(); }
    bool canRedo() const { return !m_redoLabel.isEmpty(); }
    QString undoText() const;
    QString redoText() const;
    QString undoLabel() const { return CommandLabel::fromStored(m_undoLabel).text(); }
    QString redoLabel() const { return CommandLabel::fromStored(m_redoLabel).text(); }
    // The command a redo would apply again (its command_log id), 0 when there is none: two
    // commands may have the same label, never the same id.
    qint64 redoCommandId() const { return m_redoId; }

    StoreError lastError() const { return m_lastError; }
    QString lastErrorMessage() const { return m_lastError.message; }

    // The audit log, newest first: {id, at, kind, label, state, changes}, labels in the
    // current language.
    QJsonArray auditLog(int limit = 100);

    // Rows of `table` that deleting row id would also delete or unlink, counted per table.
    QMap<QString, int> dependents(const QString &table, qint64 id);

    static QJsonObject imageToJson(const QVariantMap &row);
    static QVariantMap imageFromJson(const QJsonObject &image);

Q_SIGNALS:
    // After every committed command, undo or redo: which rows changed and how.
    void changed(const RowChanges &changes);
    void historyChanged();
    void errorOccurred(const QString &message);
    void opened();
    void connectionChanged();
    // The venue server is back after connectionChanged() to Reconnecting: `commands` other
    // desks' commands were applied on catching up.
    void reconnected(int commands);

protected:
    // A language switch re-reads the labels (historyChanged): they are translated when read.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    StoreError fail(const StoreError &error);
    // The rows a command's log (command_log.changes) touched.
    static RowChanges changesOf(const QJsonArray &log);
    // Starts a command's write transaction. On a venue server it takes the write lock and, when
    // another desk committed since this store last looked, catches up first and starts again:
    // every command is written on top of everything this desk has applied.
    StoreError beginWrite(QSqlQuery &control);
    // A command's last statement on a server, before COMMIT: tells the other desks (NOTIFY).
    void publish(StoreTransaction &tx, qint64 commandId);
    void listen();
    // On a venue server: the error says the connection is gone (or the driver closed it).
    bool isLost(const QSqlError &error) const;
    // A failed command's error; when the server is lost, the store goes Reconnecting and the
    // error says so (kind Disconnected).
    StoreError lostOr(const StoreError &error);
    // Another desk's command after `basis` that changed a column this body changed too: the
    // refusal naming it, or "" (the commands in between touched other rows or columns).
    QString conflictWith(StoreTransaction &tx, qint64 basis, const QString &label);
    // Who last changed a row after command `after` on another desk: "Results desk at 14:02
    // (Result 2-1 M17)", or "" when no other desk did.
    QString lastChangeByOtherDesk(StoreTransaction &tx, const QString &table, qint64 id, qint64 after);
    void setConnection(Connection connection);
    void watch();
    bool step(bool undo);
    void refreshHistory();
    // After a commit: the WAL checkpoint the commit left due (Database::checkpointDue()) runs
    // half a second later, out of the command's time.
    void scheduleCheckpoint();
    // Brings a row from the `expected` image to `target` (null = absent); returns what was written.
    // The log with each run of insertMany() rows ({table, inserted: [[first, last, digest], …]})
    // replaced by one ordinary entry per row holding its image now, after checking the rows
    // still hold what the command left (their digest).
    QJsonArray expandInserted(StoreTransaction &tx, const QJsonArray &log, const QString &label);
    QVariantMap restore(StoreTransaction &tx, const QString &table, qint64 id, const QVariantMap &expected,
        const QVariantMap &target, const QString &label, qint64 commandId);

    const Clock &m_clock;
    Database m_db;
    DestructiveHook m_destructiveHook;
    FollowUp m_followUp;
    QHash<QString, ConflictDescriber> m_conflictDescribers;
    StoreError m_lastError;
    QString m_undoLabel; // as stored (CommandLabel::stored()): read in the language of the moment
    QString m_redoLabel;
    qint64 m_redoId = 0;
    qint64 m_lastCommandId = 0;
    quint64 m_openGeneration = 0;
    QTimer m_checkpointTimer;
    StoreTransaction *m_running = nullptr; // the command run() is running
    QString m_openedWith;
    QString m_deskName = QStringLiteral(""); // not null: bound as '' (the column is NOT NULL)
    Connection m_connection = Connection::File;
    qint64 m_seenCommandId = 0;
    QTimer m_watch;
};

Q_DECLARE_METATYPE(RowChange)
