// SPDX-License-Identifier: GPL-3.0-or-later
// The result dialog on a venue server (a real PostgreSQL started by the test): it keeps the
// command this desk had seen when it opened, so a result another desk saved meanwhile is not
// overwritten unseen. The organiser types "2-0" and Enter and gets, through the one error
// channel, "Changed by Results desk at 14:02 (2-1 for Kazuki). Your 2-0 was not saved."; the
// stored result stays; Enter again, now that the other result was shown, is a deliberate
// correction and saves.
#include "../quickpagehelpers.h"
#include "../store/venueserverprocess.h"
#include "bracketfixture.h"
#include "core/clock.h"
#include "services.h"
#include "testdatabase.h"
#include "uisetup.h"

#include <QQmlExtensionPlugin>
#include <QQuickView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(OmniumPlugin)

using namespace omnium::engine;
using namespace Qt::StringLiterals;

class TestResultDialogVenue : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<VenueServerProcess> m_server;
    ManualClock m_clock {QDateTime(QDate(2026, 11, 28), QTime(14, 2), QTimeZone::UTC)};
    Theme m_theme;
    NotificationModel m_notifications {Clock::system()};

    static QString stored(Store &store, qint64 match)
    {
        auto query = store.select(u"SELECT slot1_score, slot2_score FROM matches WHERE id = ?"_s, {match});
        return query.next() ? query.value(0).toString() + u'-' + query.value(1).toString() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        if (!VenueServerProcess::available())
            QSKIP("PostgreSQL or Qt's QPSQL driver is not installed");
        m_server = VenueServerProcess::startIn(m_dir.path());
        QVERIFY2(!m_server->url().isEmpty(), qPrintable(m_server->errors()));
        UiSetup::applyStyle();
    }

    void cleanupTestCase()
    {
        if (m_server)
            m_server->run(u"stop"_s);
    }

    void staleResultFromTheDialogIsRefusedWithTheCurrentOne()
    {
        const QString url = testDatabaseOn(m_server->url(), u"dialog"_s);
        Store results(m_clock);
        results.setDeskName(u"Results desk"_s);
        Store stage(m_clock);
        stage.setDeskName(u"Stage desk"_s);
        QVERIFY(!results.open(url));
        QVERIFY(!stage.open(url));
        const qint64 event = BracketFixture::makeEvent(results, 8);
        BracketStore resultsBrackets(results);
        PhaseConfig config;
        config.format = Format::SingleElimination;
        config.bestOf = 3;
        QVERIFY(resultsBrackets.createPhase(event, u"Main bracket"_s, config, nullptr) > 0);
        QTRY_COMPARE(stage.seenCommandId(), results.seenCommandId());

        // The stage desk's window: its bracket controller and result dialog, as on the Bracket page.
        StoreForeign::instance = &stage;
        ThemeForeign::instance = &m_theme;
        NotificationsForeign::instance = &m_notifications;
        QFile qml(m_dir.filePath(u"desk.qml"_s));
        QVERIFY(qml.open(QIODevice::WriteOnly));
        qml.write(R"(import QtQuick
import Omnium
Item {
    id: root
    required property double eventId
    width: 1000
    height: 700
    BracketController { id: bracket; objectName: "bracketController"; eventId: root.eventId }
    ResultDialog { controller: bracket }
}
)");
        qml.close();
        QQuickView view;
        UiSetup::prepareEngine(*view.engine());
        view.setInitialProperties({{u"eventId"_s, double(event)}});
        view.setSource(QUrl::fromLocalFile(qml.fileName()));
        QVERIFY2(view.status() == QQuickView::Ready, qPrintable(view.errors().value(0).toString()));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *dialog = QuickPage::child(view, "resultDialog");
        QVERIFY(dialog);

        // The first round's first match, between the first two tags.
        const auto bracket = resultsBrackets.load(event, nullptr);
        const Match *first = nullptr;
        for (const auto &match : bracket->state.phases().front().matches) {
            if (!first && match.slots[0].isEntrant() && match.slots[1].isEntrant())
                first = &match;
        }
        QVERIFY(first);
        const qint64 match = first->id;
        const QString winner = bracket->names.value(first->slots[0].entrant);

        // The stage desk opens the dialog; meanwhile the results desk saves 2-1.
        QVERIFY(QMetaObject::invokeMethod(dialog, "openFor", Q_ARG(QVariant, double(match))));
        QTRY_VERIFY(dialog->property("visible").toBool());
        MatchResults(resultsBrackets).report(event, match, {{u"score"_s, u"2-1"_s}}, {});
        QCOMPARE(stored(results, match), u"2-1"_s);
        QTRY_COMPARE(stage.seenCommandId(), results.seenCommandId());

        QSignalSpy errors(&stage, &Store::errorOccurred);
        for (const char key : {'2', '-', '0'})
            QTest::keyClick(&view, key);
        QTest::keyClick(&view, Qt::Key_Return);
        QTRY_COMPARE(errors.size(), 1);
        const QString expected
            = u"Changed by Results desk at 14:02 (2-1 for %1). Your 2-0 was not saved."_s.arg(winner);
        QCOMPARE(errors.at(0).at(0).toString(), expected);
        QCOMPARE(m_notifications.data(m_notifications.index(0), NotificationModel::TextRole).toString(), expected);
        QVERIFY(dialog->property("visible").toBool());
        QCOMPARE(stored(results, match), u"2-1"_s);

        // Shown the other desk's result, the organiser confirms the correction.
        QTest::keyClick(&view, Qt::Key_Return);
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QCOMPARE(stored(stage, match), u"2-0"_s);
        QTRY_COMPARE(stored(results, match), u"2-0"_s);
    }
};

QTEST_MAIN(TestResultDialogVenue)
#include "tst_resultdialogvenue.moc"
