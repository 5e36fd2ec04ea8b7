// SPDX-License-Identifier: GPL-3.0-or-later
// A database file open in Omnium while something else in the same process opens and closes it
// (a file dialog sniffing the folder's files): POSIX drops every SQLite lock the process held
// on it, so another process writing to it would believe it alone and delete the write-ahead log
// the first one still writes to. The store's own lock (DatabaseFileLock) keeps other Omnium
// processes out for as long as the file is open.
#include "core/clock.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
        QString::fromUtf8(process.readAllStandardError()).trimmed()};
}

// The file as another process sees it now, read only: a read-only connection never checkpoints
// nor deletes the log when it closes.
QString readElsewhere(const QString &path, const QString &sql)
{
    return run(u"sqlite3"_s, {u"file:%1?mode=ro"_s.arg(path), sql}).out;
}

// What a file dialog does to the folder's files: open, read the first bytes, close (which
// drops this process's SQLite locks on the file).
bool sniff(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && !file.read(64).isEmpty();
}

StoreError addPlayer(Store &store, const QString &tag)
{
    return store.run(CommandLabel::verbatim(u"add %1"_s.arg(tag)),
        [&](StoreTransaction &tx) { tx.insert(u"players"_s, {{u"tag"_s, tag}}); });
}
} // namespace

class TestSharedFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock {QDateTime(QDate(2026, 12, 7), QTime(18, 0), QTimeZone::UTC)};

private Q_SLOTS:
    void foreignCloseLosesNoCommand()
    {
        const QString path = m_dir.filePath(u"tournament.sqlite"_s);
        auto store = std::make_unique<Store>(m_clock);
        QVERIFY(!store->open(path));
        QVERIFY(!addPlayer(*store, u"Daigo"_s));

        QVERIFY(sniff(path));

        // omnium-cli writing to the same file meanwhile.
        const Run cli = run(u"" OMNIUM_CLI ""_s,
            {u"event"_s, u"add"_s, u"--tournament"_s, u"Weekly"_s, u"--name"_s, u"SF6"_s, u"--database"_s, path});

        // The first store's next command reaches the file another process reads.
        QVERIFY(!addPlayer(*store, u"Tokido"_s));
        QCOMPARE(readElsewhere(path, u"SELECT group_concat(tag) FROM players"_s), u"Daigo,Tokido"_s);

        // The command line was refused, naming who holds the file, and changed nothing.
        QCOMPARE(cli.code, 4); // CliFileError
        QVERIFY2(cli.err.contains(u"process %1"_s.arg(QCoreApplication::applicationPid())), qPrintable(cli.err));
        QCOMPARE(readElsewhere(path, u"SELECT COUNT(*) FROM events"_s), u"0"_s);

        store.reset();
        Store fresh(m_clock);
        QVERIFY(!fresh.open(path));
        auto query = fresh.select(u"SELECT COUNT(*) FROM players"_s);
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 2);
    }
    // omnium-cli's reading commands open the file read-only beside the store holding it, even
    // after a foreign close dropped this process's SQLite locks: they see its commands, and
    // closing they neither checkpoint nor delete the write-ahead log it still writes to. A
    // command that writes is still refused.
    void readingCommandsWorkBesideTheHolder()
    {
        const QString path = m_dir.filePath(u"reading.sqlite"_s);
        auto store = std::make_unique<Store>(m_clock);
        QVERIFY(!store->open(path));
        QVERIFY(!addPlayer(*store, u"Daigo"_s));
        QVERIFY(sniff(path));

        const Run list = run(u"" OMNIUM_CLI ""_s, {u"players"_s, u"list"_s, u"--database"_s, path});
        QVERIFY2(list.code == 0, qPrintable(list.err));
        QVERIFY2(list.out.startsWith(u"1\tDaigo"_s), qPrintable(list.out));
        const Run json = run(u"" OMNIUM_CLI ""_s, {u"--database"_s, path, u"players"_s, u"list"_s, u"--json"_s});
        QVERIFY2(json.code == 0, qPrintable(json.err));
        const QJsonArray players = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(players.size(), 1);
        QCOMPARE(players.first().toObject().value(u"tag"_s).toString(), u"Daigo"_s);
        const Run events = run(u"" OMNIUM_CLI ""_s, {u"event"_s, u"list"_s, u"--json"_s, u"--database"_s, path});
        QVERIFY2(events.code == 0, qPrintable(events.err));
        QCOMPARE(QJsonDocument::fromJson(events.out.toUtf8()).array().size(), 0);

        const Run write = run(u"" OMNIUM_CLI ""_s,
            {u"event"_s, u"add"_s, u"--tournament"_s, u"Weekly"_s, u"--name"_s, u"SF6"_s, u"--database"_s, path});
        QCOMPARE(write.code, 4); // CliFileError
        QVERIFY2(write.err.contains(u"is open in"_s), qPrintable(write.err));
        QVERIFY2(write.err.contains(u"process %1"_s.arg(QCoreApplication::applicationPid())), qPrintable(write.err));

        QVERIFY(!addPlayer(*store, u"Tokido"_s));
        QCOMPARE(readElsewhere(path, u"SELECT group_concat(tag) FROM players"_s), u"Daigo,Tokido"_s);
        QCOMPARE(readElsewhere(path, u"SELECT COUNT(*) FROM events"_s), u"0"_s);
        QVERIFY(QFile::exists(path + u"-wal"_s));
    }

    // A read-only open writes nothing, so it cannot bring an older file to this schema: the
    // reading command says so and leaves the file as it was (no migration, no backup).
    void readingCommandRefusesAnotherSchema()
    {
        const QString path = m_dir.filePath(u"old.sqlite"_s);
        QVERIFY(QFile::copy(QStringLiteral(OMNIUM_SOURCE_DIR) + u"/tests/store/fixtures/schema-v1.sqlite"_s, path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        const auto digest = [&] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                                  : QByteArray();
        };
        const QByteArray before = digest();
        const Run list = run(u"" OMNIUM_CLI ""_s, {u"players"_s, u"list"_s, u"--database"_s, path});
        QCOMPARE(list.code, 4);
        QVERIFY2(list.err.contains(u"schema 1"_s), qPrintable(list.err));
        QCOMPARE(digest(), before);
        QVERIFY(!QFile::exists(path + u".v1.backup"_s));
    }

    // Writes through a store opened read-only are refused by the store, naming the file.
    void readOnlyStoreRefusesCommands()
    {
        const QString path = m_dir.filePath(u"refused.sqlite"_s);
        {
            Store writer(m_clock);
            QVERIFY(!writer.open(path));
            QVERIFY(!addPlayer(writer, u"Daigo"_s));
        }
        Store store(m_clock);
        QVERIFY(!store.open(path, Database::Access::ReadOnly));
        const StoreError error = addPlayer(store, u"Tokido"_s);
        QCOMPARE(error.kind, StoreError::Kind::ReadOnly);
        QCOMPARE(error.message, u"%1 was opened to read only. Nothing was saved."_s.arg(path));
        QCOMPARE(store.checkWritable().kind, StoreError::Kind::ReadOnly);
        QVERIFY(!QFile::exists(path + u".lock"_s)); // no lock taken
        auto query = store.select(u"SELECT group_concat(tag) FROM players"_s);
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"Daigo"_s);
    }

    // Several connections of one process to a file are normal (a backup's worker, a second
    // store): the file stays held until the last one closes.
    void heldUntilTheProcesssLastStoreCloses()
    {
        const QString path = m_dir.filePath(u"two.sqlite"_s);
        const QStringList list {
            u"event"_s, u"add"_s, u"--tournament"_s, u"Weekly"_s, u"--name"_s, u"Tekken"_s, u"--database"_s, path};
        auto first = std::make_unique<Store>(m_clock);
        QVERIFY(!first->open(path));
        {
            Store second(m_clock);
            QVERIFY(!second.open(path));
        }
        QCOMPARE(run(u"" OMNIUM_CLI ""_s, list).code, 4);
        first.reset();
        QCOMPARE(run(u"" OMNIUM_CLI ""_s, list).code, 0);
        QVERIFY(!QFile::exists(path + u".lock"_s)); // the CLI's lock went with it
    }

    // A holder that died leaves its lock file behind: the next Omnium takes it over.
    void deadHoldersLockIsTakenOver()
    {
        const QString path = m_dir.filePath(u"killed.sqlite"_s);
        QProcess writer;
        writer.start(u"" STORE_HELPER ""_s, {u"writer"_s, path});
        QVERIFY(writer.waitForReadyRead(30000));
        ::kill(pid_t(writer.processId()), SIGKILL);
        writer.waitForFinished();
        QVERIFY(QFile::exists(path + u".lock"_s));
        Store store(m_clock);
        const auto error = store.open(path);
        QVERIFY2(!error, qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestSharedFile)
#include "tst_sharedfile.moc"
