// SPDX-License-Identifier: GPL-3.0-or-later
// A database file open in Omnium while something else in the same process opens and closes it
// (a file dialog sniffing the folder's files): POSIX drops every SQLite lock the process held
// on it, so another process writing to it would believe it alone and delete the write-ahead log
// the first one still writes to. The store's own lock (DatabaseFileLock) keeps other Omnium
// processes out for as long as the file is open.
#include "core/clock.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFile>
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

        // What a file dialog does to the folder's files: open, read the first bytes, close.
        {
            QFile sniffed(path);
            QVERIFY(sniffed.open(QIODevice::ReadOnly));
            QVERIFY(!sniffed.read(64).isEmpty());
        }

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
