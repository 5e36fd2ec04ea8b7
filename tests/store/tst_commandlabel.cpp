// SPDX-License-Identifier: GPL-3.0-or-later
#include "competition/matchresults.h"
#include "core/clock.h"
#include "store/store.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace omnium::engine;
using namespace Qt::StringLiterals;

// A command's label is stored untranslated and read in the reader's language: a result entered
// by an English process (omnium-cli, a demo tool, an English desk) reads in French in a French
// window, and the reverse; labels written before (plain text) read as they were.
class TestCommandLabel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock {QDateTime(QDate(2026, 12, 7), QTime(21, 0), QTimeZone::UTC)};
    QTranslator m_french;
    int m_counter = 0;

    void speak(const QString &language)
    {
        QCoreApplication::removeTranslator(&m_french);
        if (language == u"fr"_s)
            QCoreApplication::installTranslator(&m_french);
    }

    // "Result 2-1 M17" as MatchResults names it, and a call the dispatcher adds to it.
    static Result twoOne()
    {
        Result result;
        result.games = {Game {{2, 0}, {}, {}}, Game {{0, 1}, {}, {}}, Game {{3, 1}, {}, {}}};
        return result;
    }

    // Runs one command under `language` in its own Store, closed again (another process).
    QString commandMadeIn(const QString &language, const CommandLabel &label)
    {
        speak(language);
        const QString path = m_dir.filePath(u"labels-%1.sqlite"_s.arg(++m_counter));
        Store store(m_clock);
        [&] { QVERIFY(!store.open(path)); }();
        const auto error
            = store.run(label, [&](StoreTransaction &tx) { tx.insert(u"players"_s, {{u"tag"_s, u"Kazuki"_s}}); });
        [&] { QVERIFY2(!error, qPrintable(error.message)); }();
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_french.load(u"omnium_fr"_s, u":/i18n"_s));
    }
    void cleanup() { speak(u"en"_s); }

    void readInTheReadersLanguage_data()
    {
        QTest::addColumn<QString>("made");
        QTest::addColumn<QString>("read");
        QTest::addColumn<QString>("undo");
        QTest::newRow("English command, French window") << u"en"_s << u"fr"_s << u"Défaire : Résultat 2-1 M17"_s;
        QTest::newRow("French command, English window") << u"fr"_s << u"en"_s << u"Undo: Result 2-1 M17"_s;
        QTest::newRow("English both") << u"en"_s << u"en"_s << u"Undo: Result 2-1 M17"_s;
    }
    void readInTheReadersLanguage()
    {
        QFETCH(QString, made);
        QFETCH(QString, read);
        QFETCH(QString, undo);
        const QString path = commandMadeIn(made, MatchResults::label(twoOne(), 17));
        speak(read);
        Store store(m_clock);
        QVERIFY(!store.open(path));
        QCOMPARE(store.undoText(), undo);
        QCOMPARE(store.auditLog(1).at(0).toObject().value(u"label"_s).toString(), store.undoLabel());
        // Undone, it is the redo's label, in the same language; the undo's audit row too.
        QVERIFY(store.undo());
        QCOMPARE(store.redoLabel(), undo.section(u' ', -3));
        QCOMPARE(store.auditLog(1).at(0).toObject().value(u"label"_s).toString(), store.redoLabel());
    }

    // A window's live FR/EN switch re-reads the labels: the Undo action follows it.
    void followsALiveSwitch()
    {
        const QString path = commandMadeIn(u"en"_s,
            CommandLabel("SchedulerController", QT_TRANSLATE_NOOP("SchedulerController", "Call %1"),
                {CommandLabel("SchedulerController", QT_TRANSLATE_NOOP("SchedulerController", "%1 to %2"),
                    {u"M17"_s, u"Station 4"_s})}));
        Store store(m_clock);
        QVERIFY(!store.open(path));
        QCOMPARE(store.undoLabel(), u"Call M17 to Station 4"_s);
        QSignalSpy history(&store, &Store::historyChanged);
        speak(u"fr"_s);
        QVERIFY(history.size() >= 1);
        QCOMPARE(store.undoLabel(), u"Appeler M17 au Station 4"_s);
        speak(u"en"_s);
        QCOMPARE(store.undoLabel(), u"Call M17 to Station 4"_s);
    }

    // Arguments are names as typed: a "%2" in a tag stays, a plural counts, text that looks like
    // JSON stays text.
    void argumentsStayAsTyped_data()
    {
        QTest::addColumn<CommandLabel>("label");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("french");
        QTest::newRow("tag with %2") << CommandLabel(
            "MatchResults", QT_TRANSLATE_NOOP("MatchResults", "Forfeit M%1"), {u"%2x"_s})
                                     << u"Forfeit M%2x"_s << u"Forfait M%2x"_s;
        QTest::newRow("plural") << CommandLabel(
            "PlayerController", QT_TRANSLATE_N_NOOP("PlayerController", "import %n player(s)"), {}, 200)
                                << u"import 200 player(s)"_s << u"import de 200 joueurs"_s;
        QTest::newRow("verbatim JSON-like")
            << CommandLabel::verbatim(u"{\"source\":\"x\"}"_s) << u"{\"source\":\"x\"}"_s << u"{\"source\":\"x\"}"_s;
        QTest::newRow("verbatim") << CommandLabel::verbatim(u"setup"_s) << u"setup"_s << u"setup"_s;
    }
    void argumentsStayAsTyped()
    {
        QFETCH(CommandLabel, label);
        QFETCH(QString, english);
        QFETCH(QString, french);
        const auto stored = CommandLabel::fromStored(label.stored());
        QCOMPARE(stored.text(), english);
        speak(u"fr"_s);
        QCOMPARE(stored.text(), french);
    }

    // A database written before labels were stored untranslated (schema v11's fixture, a
    // result by the "Results desk"): its label reads as it was written, in any language.
    void oldLabelsReadAsWritten()
    {
        const QString path = m_dir.filePath(u"v11.sqlite"_s);
        QVERIFY(QFile::copy(QStringLiteral(OMNIUM_SOURCE_DIR) + u"/tests/store/fixtures/schema-v11.sqlite"_s, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        speak(u"fr"_s);
        Store store(m_clock);
        store.setDeskName(u"Results desk"_s);
        QVERIFY(!store.open(path));
        QCOMPARE(store.undoLabel(), u"Result 2-0 M1"_s);
        QVERIFY(store.undo());
        QCOMPARE(store.redoLabel(), u"Result 2-0 M1"_s);
        auto query = store.select(u"SELECT label FROM command_log WHERE kind = 'undo'"_s);
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"Result 2-0 M1"_s); // kept as it was
    }
};

Q_DECLARE_METATYPE(CommandLabel)

QTEST_GUILESS_MAIN(TestCommandLabel)
#include "tst_commandlabel.moc"
