// SPDX-License-Identifier: GPL-3.0-or-later
// The window's shell as the organiser meets it (offscreen, the application's style): the
// sidebar driven by the keyboard and its undo button naming what Ctrl+Z takes back, and the
// Start page's first-evening guide ticking its steps as they are done.
#include "../quickpagehelpers.h"
#include "core/clock.h"
#include "services.h"
#include "store/store.h"
#include "testartefacts.h"
#include "uisetup.h"

#include <QAccessible>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickView>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(OmniumPlugin)

using namespace Qt::StringLiterals;

class TestShellPages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Theme m_theme;
    NotificationModel m_notifications {Clock::system()};
    NavigationModel m_navigation;
    AppSettings m_settings;
    std::unique_ptr<AppInfo> m_info;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<PlayerController> m_players;
    std::unique_ptr<EventController> m_events;
    std::unique_ptr<PlayerModel> m_playerList;
    std::unique_ptr<TournamentModel> m_tournamentList;
    std::unique_ptr<TournamentLive> m_live;
    std::unique_ptr<StoreOverlayDataSource> m_liveData;
    std::unique_ptr<OverlayServer> m_overlay;
    std::unique_ptr<PlayerPhones> m_phones;
    std::unique_ptr<PlayerPageServer> m_playerPages;

    // A page or component of the module in its own window, at the venue laptop's size.
    std::unique_ptr<QQuickView> show(const char *type)
    {
        auto view = std::make_unique<QQuickView>();
        UiSetup::prepareEngine(*view->engine());
        view->setResizeMode(QQuickView::SizeRootObjectToView);
        view->loadFromModule("Omnium", type);
        if (view->status() != QQuickView::Ready) {
            qWarning() << view->errors();
            return nullptr;
        }
        view->resize(1366, 768);
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            return nullptr;
        return view;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<Store>(Clock::system());
        QVERIFY(!m_store->open(m_dir.filePath(u"shell.sqlite"_s)));
        m_info = std::make_unique<AppInfo>(m_dir.filePath(u"shell.sqlite"_s));
        m_players = std::make_unique<PlayerController>(*m_store);
        m_events = std::make_unique<EventController>(*m_store);
        m_playerList = std::make_unique<PlayerModel>(m_store.get());
        m_tournamentList = std::make_unique<TournamentModel>(m_store.get());
        m_live = std::make_unique<TournamentLive>(*m_store, Clock::system());
        StoreForeign::instance = m_store.get();
        AppInfoForeign::instance = m_info.get();
        AppSettingsForeign::instance = &m_settings;
        NavigationForeign::instance = &m_navigation;
        ThemeForeign::instance = &m_theme;
        NotificationsForeign::instance = &m_notifications;
        PlayerControllerForeign::instance = m_players.get();
        EventControllerForeign::instance = m_events.get();
        PlayerModelForeign::instance = m_playerList.get();
        TournamentModelForeign::instance = m_tournamentList.get();
        TournamentLiveForeign::instance = m_live.get();
        SchedulerForeign::instance = &m_live->scheduler();
        // What the Settings page shows (not started).
        m_liveData = std::make_unique<StoreOverlayDataSource>(*m_store, *m_live);
        m_overlay = std::make_unique<OverlayServer>(*m_liveData);
        m_phones = std::make_unique<PlayerPhones>(*m_store, *m_live, Clock::system());
        m_playerPages = std::make_unique<PlayerPageServer>(*m_phones);
        OverlayServerForeign::instance = m_overlay.get();
        PlayerPageServerForeign::instance = m_playerPages.get();
        UiSetup::applyStyle();
    }

    // Tab reaches the page list; arrows move in it, Enter opens the page.
    void sidebarChangesPageFromTheKeyboard()
    {
        auto view = show("Sidebar");
        QVERIFY(view);
        m_navigation.setCurrentIndex(0);
        QTest::keyClick(view.get(), Qt::Key_Tab);
        auto *list = QuickPage::child<QQuickItem>(*view, "navigation");
        QVERIFY(list);
        QTRY_VERIFY(list->hasActiveFocus());
        QTest::keyClick(view.get(), Qt::Key_Down);
        QTest::keyClick(view.get(), Qt::Key_Down);
        QCOMPARE(m_navigation.currentIndex(), 0); // arrows alone do not load pages
        QTest::keyClick(view.get(), Qt::Key_Return);
        QCOMPARE(m_navigation.currentPage(), u"TeamsPage"_s);
    }

    // The undo button says what Ctrl+Z takes back, and greys out when there is nothing.
    void undoButtonNamesTheChange()
    {
        auto view = show("Sidebar");
        QVERIFY(view);
        auto *undo = QuickPage::child<QQuickItem>(*view, "undoButton");
        QVERIFY(undo);
        QVERIFY(m_players->addPlayer({{u"tag"_s, u"Akira"_s}}) > 0);
        QVERIFY(!m_store->undoText().isEmpty());
        QTRY_COMPARE(undo->property("text").toString(), m_store->undoText());
        QVERIFY(undo->isEnabled());
        while (m_store->canUndo())
            QVERIFY(m_store->undo());
        QTRY_VERIFY(!undo->isEnabled());
        QVERIFY(view->grabWindow().save(testArtefacts().filePath(u"sidebar.png"_s)));
    }

    // Each step of the first evening is ticked once done, and the count follows.
    void startGuideTicksTheStepsDone()
    {
        auto view = show("StartPage");
        QVERIFY(view);
        const auto done = [&](int step) {
            auto *item = QuickPage::child<QQuickItem>(*view, qPrintable(u"guideStep%1"_s.arg(step)));
            return item && item->property("done").toBool();
        };
        auto *progress = QuickPage::child<QQuickItem>(*view, "guideProgress");
        QVERIFY(progress);
        QTRY_COMPARE(progress->property("text").toString(), u"0 of 8 steps done"_s);
        QVERIFY(!done(0) && !done(2));
        QVERIFY(m_events->addTournament({{u"name"_s, u"Saturday"_s}}) > 0);
        QTRY_VERIFY(done(0));
        QVERIFY(!done(2));
        QVERIFY(m_players->addPlayer({{u"tag"_s, u"Zoé"_s}}) > 0);
        QTRY_VERIFY(done(2));
        QTRY_COMPARE(progress->property("text").toString(), u"2 of 8 steps done"_s);
        // A step opens its page.
        QuickPage::click(*view, QuickPage::child<QQuickItem>(*view, "guideStep2"));
        QTRY_COMPARE(m_navigation.currentPage(), u"PlayersPage"_s);
        QVERIFY(view->grabWindow().save(testArtefacts().filePath(u"start.png"_s)));
    }

    // The venue server's form opens from the Start page and from Settings, every field with
    // its label and accessible name; "Test connection" of a form with no database says so.
    void venueServerFormFromStartAndSettings_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("button");
        QTest::newRow("Start") << u"StartPage"_s << u"openVenueServer"_s;
        QTest::newRow("Settings") << u"SettingsPage"_s << u"venueServerButton"_s;
    }
    void venueServerFormFromStartAndSettings()
    {
        QFETCH(QString, page);
        QFETCH(QString, button);
        auto view = show(qPrintable(page));
        QVERIFY(view);
        auto *open = QuickPage::child<QQuickItem>(*view, qPrintable(button));
        QVERIFY(open);
        QuickPage::click(*view, open);
        const QList<std::pair<const char *, QString>> fields = {{"venueHost", u"Server"_s}, {"venuePort", u"Port"_s},
            {"venueDatabase", u"Database"_s}, {"venueUser", u"User"_s}, {"venuePassword", u"Password"_s},
            {"venueDesk", u"This desk's name"_s}, {"venueTest", u"Test connection"_s}, {"venueConnect", u"Connect"_s}};
        for (const auto &[objectName, label] : fields) {
            QQuickItem *field = nullptr;
            QTRY_VERIFY((field = QuickPage::child<QQuickItem>(*view, objectName)) && field->isVisible());
            // A field says its name through Accessible.name, a button through its text.
            const QString name = QAccessible::queryAccessibleInterface(field)->text(QAccessible::Name);
            QCOMPARE(name.isEmpty() ? field->property("text").toString() : name, label);
        }
        // The password is typed hidden; TLS is a labelled box.
        QCOMPARE(QuickPage::child<QQuickItem>(*view, "venuePassword")->property("echoMode").toInt(), 2);
        QCOMPARE(QuickPage::child<QQuickItem>(*view, "venueTls")->property("text").toString(), u"Encrypted (TLS)"_s);
        auto *database = QuickPage::child<QQuickItem>(*view, "venueDatabase");
        QMetaObject::invokeMethod(database, "clear");
        QMetaObject::invokeMethod(database, "textEdited");
        QuickPage::click(*view, QuickPage::child<QQuickItem>(*view, "venueTest"));
        auto *status = QuickPage::child<QQuickItem>(*view, "venueStatus");
        QTRY_VERIFY(status->isVisible());
        QVERIFY2(status->property("text").toString().contains(u"no database name"_s),
            qPrintable(status->property("text").toString()));
        QTest::qWait(300); // the dialog's opening transition, for the picture
        QVERIFY(view->grabWindow().save(testArtefacts().filePath(u"venue-%1.png"_s.arg(page))));
    }
};

QTEST_MAIN(TestShellPages)
#include "tst_shellpages.moc"
