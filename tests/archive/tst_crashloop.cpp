// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/archiveexporter.h"
#include "archive/archiveimporter.h"
#include "archive/backupmanager.h"
#include "archive/databasecheck.h"
#include "archivetesthelpers.h"
#include "core/clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace archivetest;

namespace {

// The child: this same program started with OMNIUM_CRASH_CHILD=<operation> <database> <file>,
// doing one operation until it is killed (SIGKILL, at a random instant chosen by the parent).
int runChild(const QString &operation, const QString &database, const QString &file)
{
    Store store(Clock::system());
    if (store.open(database))
        return 2;
    BackupManager backups(store, BackupManager::folderFor(database));
    std::fputs("go\n", stdout);
    std::fflush(stdout);
    if (operation == u"backup"_s) {
        for (;;)
            backups.backupNow(u"manual"_s);
    }
    if (operation == u"restore"_s) {
        QString error;
        return backups.restore(file, &error) ? 0 : 3;
    }
    if (operation == u"import"_s) {
        ArchiveImporter importer;
        if (importer.open(file))
            return 4;
        return importer.importInto(store, ArchiveImporter::PlayerPolicy::KeepBoth) ? 5 : 0;
    }
    return 1;
}

} // namespace

// Backup, restore and import killed at random instants, over and over (within a minute): after
// each kill the database, opened as the next start opens it, is the state before or the state
// after the operation, never an empty or half one, and every backup listed is a sound Omnium
// database.
class TestCrashLoop : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_before; // template database: the state before
    QStringList m_beforeDump;
    QRandomGenerator m_random {QRandomGenerator::global()->generate()};
    QElapsedTimer m_budget;

    QString live() const { return m_dir.filePath(u"live/omnium.sqlite"_s); }

    void resetLive()
    {
        QDir(m_dir.filePath(u"live"_s)).removeRecursively();
        QDir().mkpath(m_dir.filePath(u"live"_s));
        QFile::copy(m_before, live());
    }

    // Starts the child, kills it at a random instant up to maxDelayMs after it began; returns
    // whether it was killed (not finished by itself).
    bool runAndKill(const QString &operation, const QString &file, int maxDelayMs)
    {
        QProcess child;
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"OMNIUM_CRASH_CHILD"_s, operation);
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {live(), file});
        if (!child.waitForStarted() || !child.waitForReadyRead(10000))
            return false;
        QThread::usleep(m_random.bounded(maxDelayMs * 1000));
        const bool running = child.state() == QProcess::Running;
        child.kill();
        child.waitForFinished();
        return running;
    }

    QStringList dumpOfLive(QString *problem)
    {
        BackupManager::recoverInterruptedRestore(live());
        Store store(Clock::system());
        if (const auto error = store.open(live())) {
            *problem = error.message;
            return {};
        }
        auto check = store.select(u"PRAGMA integrity_check"_s);
        if (!check.next() || check.value(0).toString() != u"ok"_s)
            *problem = u"integrity_check failed"_s;
        check.finish();
        return dumpTables(store);
    }

    void checkBackups()
    {
        const QDir folder(BackupManager::folderFor(live()));
        for (const auto &name : folder.entryList({u"*.sqlite"_s}, QDir::Files)) {
            const auto outcome = DatabaseCheck::check(folder.filePath(name));
            QVERIFY2(outcome.problem.isEmpty(), qPrintable(name + u": "_s + outcome.problem));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_before = m_dir.filePath(u"before.sqlite"_s);
        Store store(Clock::system());
        QVERIFY(!store.open(m_before));
        buildPlayedDatabase(store);
        m_beforeDump = dumpTables(store);
        store.close();
        m_budget.start();
    }

    void killedBackups()
    {
        int kills = 0;
        for (int i = 0; i < 12 && m_budget.elapsed() < 15000; ++i) {
            resetLive();
            kills += runAndKill(u"backup"_s, {}, 300);
            QString problem;
            QCOMPARE(dumpOfLive(&problem), m_beforeDump);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            checkBackups();
        }
        qInfo() << kills << "backup loops killed";
        QVERIFY(kills > 0);
    }

    void killedRestores()
    {
        // The backup to restore: the state before with one player fewer and one more tournament.
        const QString other = m_dir.filePath(u"other.sqlite"_s);
        QVERIFY(QFile::copy(m_before, other));
        QStringList otherDump;
        {
            Store store(Clock::system());
            QVERIFY(!store.open(other));
            EventController(store).addTournament({{u"name"_s, u"Restaurée"_s}});
            otherDump = dumpTables(store);
        }
        const QString backup = m_dir.filePath(u"restore-from.sqlite"_s);
        {
            Store store(Clock::system());
            QVERIFY(!store.open(other));
            QVERIFY(!BackupManager::snapshot(store, backup));
        }
        int olds = 0;
        int news = 0;
        for (int i = 0; i < 15 && m_budget.elapsed() < 35000; ++i) {
            resetLive();
            runAndKill(u"restore"_s, backup, 250);
            QString problem;
            const auto dump = dumpOfLive(&problem);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QVERIFY2(dump == m_beforeDump || dump == otherDump, "the database is neither the old nor the restored one");
            (dump == m_beforeDump ? olds : news) += 1;
            checkBackups();
        }
        qInfo() << olds << "old," << news << "restored";
    }

    void killedImports()
    {
        const QString archive = m_dir.filePath(u"import.omnium"_s);
        QStringList afterDump;
        {
            Store store(Clock::system());
            QVERIFY(!store.open(m_before));
            QVERIFY(!ArchiveExporter(store).exportTo(archive));
            // The state after, by the same import run to its end on a copy.
            const QString copy = m_dir.filePath(u"imported.sqlite"_s);
            QVERIFY(!BackupManager::snapshot(store, copy));
            Store imported(Clock::system());
            QVERIFY(!imported.open(copy));
            ArchiveImporter importer;
            QVERIFY(!importer.open(archive));
            QVERIFY(!importer.importInto(imported, ArchiveImporter::PlayerPolicy::KeepBoth));
            afterDump = dumpTables(imported);
        }
        int olds = 0;
        int news = 0;
        for (int i = 0; i < 15 && m_budget.elapsed() < 55000; ++i) {
            resetLive();
            runAndKill(u"import"_s, archive, 400);
            QString problem;
            const auto dump = dumpOfLive(&problem);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QVERIFY2(dump == m_beforeDump || dump == afterDump, "the database is neither before nor after the import");
            (dump == m_beforeDump ? olds : news) += 1;
            checkBackups();
        }
        qInfo() << olds << "before," << news << "imported";
    }
};

int main(int argc, char *argv[])
{
    const QByteArray child = qgetenv("OMNIUM_CRASH_CHILD");
    if (!child.isEmpty()) {
        QCoreApplication app(argc, argv);
        const auto arguments = QCoreApplication::arguments();
        return runChild(QString::fromLatin1(child), arguments.value(1), arguments.value(2));
    }
    QCoreApplication app(argc, argv);
    TestCrashLoop test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashloop.moc"
