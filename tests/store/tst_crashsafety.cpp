// SPDX-License-Identifier: GPL-3.0-or-later
// Kills a writer process with SIGKILL at random moments, many times, then checks that the
// database is sound and holds every write the writer had reported as committed.
#include "store/database.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void killedWriterLosesNoReportedWrite()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto path = dir.filePath(u"crash.sqlite"_s);
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("random seed %u (set OMNIUM_CRASH_SEED to replay)", seed);
        QRandomGenerator random(qEnvironmentVariableIsSet("OMNIUM_CRASH_SEED")
                ? quint32(qEnvironmentVariableIntValue("OMNIUM_CRASH_SEED"))
                : seed);
        const int rounds = qEnvironmentVariableIsSet("OMNIUM_CRASH_ROUNDS")
            ? qEnvironmentVariableIntValue("OMNIUM_CRASH_ROUNDS")
            : 40;

        QMap<qint64, QString> reported;
        for (int round = 0; round < rounds; ++round) {
            QProcess writer;
            writer.setProcessChannelMode(QProcess::SeparateChannels);
            auto environment = QProcessEnvironment::systemEnvironment();
            environment.insert(u"QT_LOGGING_RULES"_s, u"omnium.*.info=false"_s);
            writer.setProcessEnvironment(environment);
            writer.start(QStringLiteral(STORE_HELPER), {u"writer"_s, path});
            QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
            QTest::qWait(int(random.bounded(30, 400)));
            ::kill(pid_t(writer.processId()), SIGKILL);
            QVERIFY(writer.waitForFinished(10000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            const auto lines = QString::fromUtf8(writer.readAllStandardOutput()).split(u'\n');
            // The last line may be cut by the kill: only complete lines count as reported.
            for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
                const auto parts = lines.at(i).split(u' ');
                QCOMPARE(parts.size(), 2);
                reported.insert(parts.at(0).toLongLong(), parts.at(1));
            }
            const auto errors = writer.readAllStandardError();
            QVERIFY2(errors.isEmpty(), errors.constData());
        }
        QVERIFY2(reported.size() > rounds, "the writer should have committed something in most rounds");

        Database db;
        const auto error = db.open(path);
        QVERIFY2(!error, qPrintable(error.message));
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(u"PRAGMA integrity_check"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"ok"_s);
        QVERIFY(query.exec(u"SELECT id, tag, name FROM players"_s));
        QMap<qint64, QString> stored;
        while (query.next()) {
            // Both writes of each command are there, or neither.
            QCOMPARE(query.value(2).toString(), query.value(1).toString().toUpper());
            stored.insert(query.value(0).toLongLong(), query.value(1).toString());
        }
        for (auto it = reported.cbegin(); it != reported.cend(); ++it)
            QVERIFY2(stored.value(it.key()) == it.value(), qPrintable(u"lost write %1"_s.arg(it.value())));
        // At most one unreported command per kill (committed, killed before printing).
        QVERIFY(stored.size() <= reported.size() + rounds);
        qInfo("%d rounds, %d reported writes, %d stored", rounds, int(reported.size()), int(stored.size()));
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
