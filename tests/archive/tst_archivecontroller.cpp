// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/archivecontroller.h"
#include "archive/archiveexporter.h"
#include "archive/backupmanager.h"
#include "archivetesthelpers.h"
#include "core/clock.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace archivetest;

// The Backups page's long operations run on a worker thread: the GUI thread keeps turning
// while they run, Cancel stops them with nothing changed, and a finished import, backup or
// restore lands in the open store as if run there (one undoable import command).
class TestArchiveController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_archive;
    ManualClock m_clock {QDateTime(QDate(2026, 11, 28), QTime(9, 0), QTimeZone::UTC)};

    // Waits for the running operation; returns whether it succeeded.
    static bool waitFor(ArchiveController &controller, QSignalSpy &spy)
    {
        if (!QTest::qWaitFor([&] { return !spy.isEmpty(); }, 60000))
            return false;
        return !controller.busy() && spy.takeFirst().at(0).toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        Store source(m_clock);
        QVERIFY(!source.open(m_dir.filePath(u"source.sqlite"_s)));
        buildPlayedDatabase(source);
        m_archive = m_dir.filePath(u"played.omnium"_s);
        QVERIFY(!ArchiveExporter(source).exportTo(m_archive));
    }

    // Cancel at the start of each long operation: the database and its history are as before,
    // and no half file stays behind.
    void cancelChangesNothing_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::newRow("import") << u"import"_s;
        QTest::newRow("export") << u"export"_s;
        QTest::newRow("restore") << u"restore"_s;
    }
    void cancelChangesNothing()
    {
        QFETCH(QString, operation);
        Store store(m_clock);
        QVERIFY(!store.open(m_dir.filePath(u"cancel-%1.sqlite"_s.arg(operation))));
        BackupManager backups(store, m_dir.filePath(u"cancel-%1-backups"_s.arg(operation)));
        ArchiveController controller(store, backups);
        QSignalSpy finished(&controller, &ArchiveController::finished);
        PlayerController(store).addPlayer({{u"tag"_s, u"Déjà là"_s}});
        const QString backup = backups.backupNow(u"manual"_s);
        QVERIFY(!backup.isEmpty());
        PlayerController(store).addPlayer({{u"tag"_s, u"Après"_s}});

        QVERIFY(controller.inspectArchive(QUrl::fromLocalFile(m_archive)));
        QVERIFY(waitFor(controller, finished));
        const auto before = dumpTables(store);
        const auto undoBefore = store.undoText();
        const QString exported = m_dir.filePath(u"cancelled.omnium"_s);

        bool started = false;
        if (operation == u"import"_s)
            started = controller.importArchive(false);
        else if (operation == u"export"_s)
            started = controller.exportArchive(QUrl::fromLocalFile(exported), 0);
        else
            started = controller.restoreBackup(backup);
        QVERIFY(started);
        QVERIFY(controller.busy());
        QVERIFY(!controller.backupNow()); // one operation at a time
        controller.cancel();
        QVERIFY(!waitFor(controller, finished));
        QVERIFY2(controller.lastError().contains(u"cancelled"_s), qPrintable(controller.lastError()));
        QCOMPARE(dumpTables(store), before);
        QCOMPARE(store.undoText(), undoBefore);
        QVERIFY(!QFile::exists(exported));
        QVERIFY(!QFile::exists(exported + u".part"_s));
        QVERIFY(!QFile::exists(store.path() + u".restoring"_s));
    }

    // Uncancelled, the import lands as one command of the open store, after a backup; its
    // undo brings back exactly the rows before. A restore brings a backup back.
    void importAndRestoreInBackground()
    {
        Store store(m_clock);
        QVERIFY(!store.open(m_dir.filePath(u"background.sqlite"_s)));
        BackupManager backups(store, m_dir.filePath(u"background-backups"_s));
        ArchiveController controller(store, backups);
        QSignalSpy finished(&controller, &ArchiveController::finished);
        QSignalSpy changed(&store, &Store::changed);
        PlayerController(store).addPlayer({{u"tag"_s, u"Déjà là"_s}});
        const auto before = dumpTables(store);

        QVERIFY(controller.inspectArchive(QUrl::fromLocalFile(m_archive)));
        QVERIFY(waitFor(controller, finished));
        QVERIFY(!controller.pendingImport().isEmpty());
        changed.clear();
        // The GUI thread keeps turning while the worker imports.
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start(1);
        QVERIFY(controller.importArchive(false));
        QVERIFY2(waitFor(controller, finished), qPrintable(controller.lastError()));
        ticker.stop();
        QVERIFY(ticks > 0);
        QVERIFY(controller.pendingImport().isEmpty());
        QCOMPARE(changed.size(), 1); // the views hear of the import
        QVERIFY(store.canUndo());
        QVERIFY2(store.undoText().contains(u"Import"_s), qPrintable(store.undoText()));
        QVERIFY(dumpTables(store).size() > before.size() + 50);
        const auto list = backups.backups();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().reason, u"import"_s);
        QCOMPARE(list.first().counts.value(u"players"_s), 1);

        QVERIFY(store.undo());
        QCOMPARE(dumpTables(store), before);
        QVERIFY(store.redo());
        const auto imported = dumpTables(store);

        // Restore the backup taken before the import: the import is gone again.
        m_clock.advanceSecs(1);
        QVERIFY(controller.restoreBackup(list.first().path));
        QVERIFY2(waitFor(controller, finished), qPrintable(controller.lastError()));
        QCOMPARE(dumpTables(store), before);
        m_clock.advanceSecs(1);
        QVERIFY(controller.backupNow());
        QVERIFY2(waitFor(controller, finished), qPrintable(controller.lastError()));
        QCOMPARE(backups.backups().first().reason, u"manual"_s);
        QVERIFY(imported != before);
    }
};

QTEST_GUILESS_MAIN(TestArchiveController)
#include "tst_archivecontroller.moc"
