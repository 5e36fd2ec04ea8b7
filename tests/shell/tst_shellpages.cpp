// SPDX-License-Identifier: GPL-3.0-or-later
// The window's shell as the organiser meets it (offscreen, the application's style): the
// sidebar driven by the keyboard and its undo button naming what Ctrl+Z takes back, and the
// Start page's first-evening guide ticking its steps as they are done.
#include "../quickpagehelpers.h"
#include "archive/backupmanager.h"
#include "core/clock.h"
#include "services.h"
#include "store/store.h"
#include "testartefacts.h"
#include "uiaudit.h"
#include "uisetup.h"

#include <QAccessible>
#include <QFile>
#include <QPointer>
#include <QProcess>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickView>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(OmniumPlugin)

using namespace Qt::StringLiterals;
using namespace std::literals;

class TestShellPages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Theme m_theme;
    NotificationModel m_notifications {Clock::system()};
    NavigationModel m_navigation;
    AppSettings m_settings;
    LanguageManager m_language {m_settings};
    std::unique_ptr<AppInfo> m_info;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<PlayerController> m_players;
    std::unique_ptr<EventController> m_events;
    std::unique_ptr<PlayerModel> m_playerList;
    std::unique_ptr<TournamentModel> m_tournamentList;
    std::unique_ptr<TeamModel> m_teamList;
    std::unique_ptr<TournamentLive> m_live;
    std::unique_ptr<StoreOverlayDataSource> m_liveData;
    std::unique_ptr<OverlayServer> m_overlay;
    std::unique_ptr<PlayerPhones> m_phones;
    std::unique_ptr<PlayerPageServer> m_playerPages;
    std::unique_ptr<OmniumApplication> m_application;
    std::unique_ptr<BadgeListModel> m_badges;
    std::unique_ptr<BadgeFilterModel> m_badgeList;
    std::unique_ptr<BadgeStore> m_badgeStore;
    std::unique_ptr<BadgePrintController> m_badgePrint;
    std::unique_ptr<TicketingController> m_ticketing;
    std::unique_ptr<TicketPrintController> m_ticketPrint;
    std::unique_ptr<BackupManager> m_backups;
    std::unique_ptr<ArchiveController> m_archives;

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
        m_teamList = std::make_unique<TeamModel>(m_store.get());
        m_live = std::make_unique<TournamentLive>(*m_store, Clock::system());
        StoreForeign::instance = m_store.get();
        AppInfoForeign::instance = m_info.get();
        AppSettingsForeign::instance = &m_settings;
        LanguageManagerForeign::instance = &m_language;
        m_settings.setLanguage(u"en"_s); // the sources' words, whatever an earlier run left
        NavigationForeign::instance = &m_navigation;
        ThemeForeign::instance = &m_theme;
        NotificationsForeign::instance = &m_notifications;
        PlayerControllerForeign::instance = m_players.get();
        EventControllerForeign::instance = m_events.get();
        PlayerModelForeign::instance = m_playerList.get();
        TournamentModelForeign::instance = m_tournamentList.get();
        TeamModelForeign::instance = m_teamList.get();
        TournamentLiveForeign::instance = m_live.get();
        SchedulerForeign::instance = &m_live->scheduler();
        // What the Settings page shows (not started).
        m_liveData = std::make_unique<StoreOverlayDataSource>(*m_store, *m_live);
        m_overlay = std::make_unique<OverlayServer>(*m_liveData);
        m_phones = std::make_unique<PlayerPhones>(*m_store, *m_live, Clock::system());
        m_playerPages = std::make_unique<PlayerPageServer>(*m_phones);
        OverlayServerForeign::instance = m_overlay.get();
        PlayerPhonesForeign::instance = m_phones.get(); // the Check-in page's "From phones"
        PlayerPageServerForeign::instance = m_playerPages.get();
        // The keys chosen in the shortcuts editor: the defaults, but in the process that checks
        // what an earlier one saved.
        if (qEnvironmentVariableIsEmpty("OMNIUM_TEST_SHORTCUTS_SAVED"))
            QFile::remove(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u'/'
                + QCoreApplication::applicationName() + u"rc"_s);
        m_application = std::make_unique<OmniumApplication>(*m_store, m_navigation, m_notifications);
        OmniumApplicationForeign::instance = m_application.get();
        // The Badges, Tickets and Gate pages' services (no ticketing plugin, a gate queue here).
        m_badges = std::make_unique<BadgeListModel>();
        m_badgeList = std::make_unique<BadgeFilterModel>(m_badges.get());
        m_badgeStore = std::make_unique<BadgeStore>(*m_store);
        m_badges->follow(*m_badgeStore);
        m_badgePrint = std::make_unique<BadgePrintController>(*m_badges, *m_badgeStore, Clock::system());
        m_ticketing = std::make_unique<TicketingController>(
            nullptr, QString(), QStringList {}, m_dir.filePath(u"gate.sqlite"_s), Clock::system());
        m_ticketPrint = std::make_unique<TicketPrintController>(*m_ticketing);
        BadgeListForeign::instance = m_badgeList.get();
        BadgeStoreForeign::instance = m_badgeStore.get();
        BadgePrintForeign::instance = m_badgePrint.get();
        TicketingForeign::instance = m_ticketing.get();
        TicketPrintForeign::instance = m_ticketPrint.get();
        // The Backups page's (backups in the test's folder).
        m_backups = std::make_unique<BackupManager>(*m_store, m_dir.filePath(u"backups"_s));
        m_archives = std::make_unique<ArchiveController>(*m_store, *m_backups);
        ArchiveControllerForeign::instance = m_archives.get();
        UiSetup::applyStyle();
    }

    // A page that can be empty says so with Kirigami's placeholder, whose button is the next
    // step: it opens the page that does it, puts the keyboard in the field where it is done, or
    // does it. (First: the database is still empty here.)
    void emptyPagesOfferTheNextStep_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<bool>("withTournament"); // the scheduler's, with no event nor station
        QTest::addColumn<QString>("placeholder");
        QTest::addColumn<QString>("goesTo"); // "page:NAME", "focus:OBJECT NAME", "station" or "backup"
        QTest::newRow("no tournament") << u"EventsPage"_s << false << u"noTournaments"_s << u"focus:tournamentName"_s;
        QTest::newRow("no event") << u"EventsPage"_s << true << u"noEvents"_s << u"focus:eventName"_s;
        QTest::newRow("no station") << u"StationsPage"_s << true << u"noStations"_s << u"station"_s;
        QTest::newRow("no station, no tournament")
            << u"StationsPage"_s << false << u"noStations"_s << u"page:EventsPage"_s;
        QTest::newRow("no event to plan")
            << u"StationsPage"_s << true << u"noScheduledEvents"_s << u"page:EventsPage"_s;
        QTest::newRow("no ticket type") << u"TicketsPage"_s << false << u"noTicketTypes"_s << u"focus:typeNameField"_s;
        QTest::newRow("nobody to badge") << u"BadgesPage"_s << false << u"noBadges"_s << u"page:PlayersPage"_s;
        QTest::newRow("no backup") << u"RestorePage"_s << false << u"noBackups"_s << u"backup"_s;
    }
    void emptyPagesOfferTheNextStep()
    {
        QFETCH(QString, page);
        QFETCH(bool, withTournament);
        QFETCH(QString, placeholder);
        QFETCH(QString, goesTo);
        // What this test adds is taken back after it: the tests below start from an empty database.
        const auto emptyAgain = qScopeGuard([this] {
            while (m_store->canUndo())
                m_store->undo();
            m_live->scheduler().setTournamentId(0);
        });
        if (withTournament) {
            const qint64 tournament = m_events->addTournament({{u"name"_s, u"Friday"_s}});
            QVERIFY(tournament > 0);
            m_live->scheduler().setTournamentId(tournament);
        }
        m_navigation.setCurrentIndex(m_navigation.indexOf(page));
        auto view = show(qPrintable(page));
        QVERIFY(view);
        auto *message = QuickPage::child<QQuickItem>(*view, qPrintable(placeholder + u"Message"_s));
        QVERIFY(message);
        QTRY_VERIFY(message->isVisible() && message->width() > 0);
        QVERIFY(!message->property("text").toString().isEmpty());
        auto *nextStep
            = QuickPage::child<QQuickItem>(*view, qPrintable(placeholder))->property("nextStep").value<QObject *>();
        QVERIFY(nextStep);
        QVERIFY(nextStep->property("enabled").toBool());
        // The placeholder's button shows the next step.
        QQuickItem *button = nullptr;
        QList<QQuickItem *> work = {message};
        while (!work.isEmpty() && !button) {
            QQuickItem *item = work.takeLast();
            if (item->property("action").value<QObject *>() == nextStep && item->isVisible())
                button = item;
            work << item->childItems();
        }
        QVERIFY2(button, "the placeholder shows no button for its next step");
        QCOMPARE(button->property("text").toString(), nextStep->property("text").toString());
        QVERIFY(view->grabWindow().save(testArtefacts().filePath(placeholder + u".png"_s)));

        QuickPage::click(*view, button);
        if (goesTo.startsWith(u"page:"_s)) {
            QTRY_COMPARE(m_navigation.currentPage(), goesTo.mid(5));
        } else if (goesTo.startsWith(u"focus:"_s)) {
            auto *field = QuickPage::child<QQuickItem>(*view, qPrintable(goesTo.mid(6)));
            QVERIFY(field);
            QTRY_VERIFY(field->hasActiveFocus());
        } else if (goesTo == u"station") {
            QTRY_COMPARE(m_live->stations()->rowCount(), 1);
            QTRY_VERIFY(!message->isVisible());
        } else if (goesTo == u"backup") {
            QTRY_COMPARE_WITH_TIMEOUT(m_archives->backups().size(), 1, 10000);
            QTRY_VERIFY(!message->isVisible());
        }
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

    // A page's tooltip in the sidebar says its keys as they are now (after the shortcuts editor).
    void sidebarTooltipSaysThePageKeys()
    {
        auto view = show("Sidebar");
        QVERIFY(view);
        auto *list = QuickPage::child<QQuickItem>(*view, "navigation");
        QVERIFY(list);
        QQuickItem *seeding = nullptr;
        QMetaObject::invokeMethod(list, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, seeding),
            Q_ARG(int, m_navigation.indexOf(u"SeedingPage"_s)));
        QVERIFY(seeding);
        const auto hover = [&] {
            QTest::mouseMove(view.get(), QPoint(1, 1));
            QTest::mouseMove(
                view.get(), seeding->mapToScene(QPointF(seeding->width() / 2, seeding->height() / 2)).toPoint());
        };
        hover();
        QTRY_COMPARE(seeding->property("keys").toString(), u"Ctrl+7"_s);

        auto *seedingAction = m_application->pageAction(m_navigation.indexOf(u"SeedingPage"_s));
        seedingAction->setShortcut(QKeySequence(u"Ctrl+Alt+S"_s)); // as the editor sets it
        const auto defaults = qScopeGuard([seedingAction] { seedingAction->setShortcut(QKeySequence(u"Ctrl+7"_s)); });
        hover();
        QTRY_COMPARE(seeding->property("keys").toString(), u"Ctrl+Alt+S"_s);
    }

    // The sidebar's shortcuts button names the key that opens the list, as the editor left it.
    void shortcutsButtonNamesItsKey()
    {
        auto view = show("Sidebar");
        QVERIFY(view);
        auto *button = QuickPage::child<QQuickItem>(*view, "shortcutsButton");
        QVERIFY(button);
        QCOMPARE(button->property("text").toString(), u"Keyboard shortcuts (F1)"_s);
        QAction *action = m_application->action(u"show_shortcuts"_s);
        const QList<QKeySequence> defaults = action->shortcuts();
        const auto backToDefaults = qScopeGuard([&] { action->setShortcuts(defaults); });
        action->setShortcuts({QKeySequence(u"Ctrl+Alt+H"_s)}); // as the editor sets it
        QTRY_COMPARE(button->property("text").toString(), u"Keyboard shortcuts (Ctrl+Alt+H)"_s);
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

    // The main window, as omnium loads it.
    std::unique_ptr<QQuickWindow> showMain(QQmlEngine &engine)
    {
        UiSetup::prepareEngine(engine);
        QQmlComponent component(&engine);
        component.loadFromModule("Omnium", "Main");
        std::unique_ptr<QQuickWindow> window(qobject_cast<QQuickWindow *>(component.create()));
        if (!window) {
            qWarning() << component.errorString();
            return nullptr;
        }
        window->requestActivate();
        if (!QTest::qWaitForWindowActive(window.get()))
            return nullptr;
        return window;
    }

    // The shortcuts sheet opened with F1: "keys what-it-does" for every command that has keys.
    static QStringList everywhereKeys(QQuickWindow &window)
    {
        auto *sheet = window.findChild<QObject *>(u"shortcutsDialog"_s);
        if (!sheet)
            return {u"no shortcuts sheet"_s};
        QTest::keyClick(&window, Qt::Key_F1);
        if (!QTest::qWaitFor([sheet] { return sheet->property("opened").toBool(); }))
            return {u"F1 did not open the sheet"_s};
        QStringList keys;
        const auto groups = sheet->property("groups").toList();
        for (const QVariant &entry : groups.value(0).toMap().value(u"keys"_s).toList())
            keys << entry.toList().value(0).toString() + u' ' + entry.toList().value(1).toString();
        QMetaObject::invokeMethod(sheet, "close");
        if (!QTest::qWaitFor([sheet] { return !sheet->property("visible").toBool(); }))
            keys << u"the sheet did not close"_s;
        return keys;
    }

    // The command bar (Ctrl+Shift+P) finds a page by its name and Enter opens it; the
    // shortcuts sheet (F1) lists the same commands with their keys.
    void commandBarOpensAPageByName()
    {
        m_navigation.setCurrentIndex(m_navigation.indexOf(u"AboutPage"_s));
        QQmlEngine engine;
        auto window = showMain(engine);
        QVERIFY(window);
        auto *bar = window->findChild<QObject *>(u"commandBar"_s);
        QVERIFY(bar);
        QTest::keyClick(window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(bar->property("opened").toBool());
        for (const char key : "seedi"sv)
            QTest::keyClick(window.get(), key);
        QTRY_COMPARE(bar->property("count").toInt(), 1);
        QTest::keyClick(window.get(), Qt::Key_Return);
        QTRY_COMPARE(m_navigation.currentPage(), u"SeedingPage"_s);
        QTRY_VERIFY(!bar->property("opened").toBool());

        const QStringList keys = everywhereKeys(*window);
        QVERIFY2(keys.contains(u"Ctrl+Shift+P Find a command or page"_s), qPrintable(keys.join(u", "_s)));
        QVERIFY2(keys.contains(u"Ctrl+7 Go to Seeding"_s), qPrintable(keys.join(u", "_s)));
        QVERIFY2(keys.contains(u"Ctrl+Shift+Z, Ctrl+Y Redo"_s), qPrintable(keys.join(u", "_s)));
        QVERIFY2(keys.contains(u"Ctrl+Alt+, Change the keyboard shortcuts…"_s), qPrintable(keys.join(u", "_s)));
    }

    // Undo's command says what it takes back, in the command bar and on the sheet.
    void undoCommandNamesTheChange()
    {
        m_navigation.setCurrentIndex(m_navigation.indexOf(u"AboutPage"_s)); // no text field to take Ctrl+Z
        while (m_store->canUndo())
            QVERIFY(m_store->undo());
        QQmlEngine engine;
        auto window = showMain(engine);
        QVERIFY(window);
        QVERIFY(m_players->addPlayer({{u"tag"_s, u"Bruno"_s}}) > 0);
        const QString expected = u"Ctrl+Z Undo: "_s + m_store->undoLabel();
        QVERIFY2(everywhereKeys(*window).contains(expected), qPrintable(everywhereKeys(*window).join(u", "_s)));
        QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY(!m_store->canUndo());
        QVERIFY(everywhereKeys(*window).contains(u"Ctrl+Shift+Z, Ctrl+Y Redo: "_s + m_store->redoLabel()));
        QTest::keyClick(window.get(), Qt::Key_Y, Qt::ControlModifier); // the alternative key
        QTRY_VERIFY(m_store->canUndo());
        while (m_store->canUndo())
            QVERIFY(m_store->undo());
    }

    // Key names in the interface language, Qt's own words ("Page suiv"), switched live.
    void shortcutsSheetNamesKeysInTheLanguage()
    {
        QQmlEngine engine;
        auto window = showMain(engine);
        QVERIFY(window);
        connect(&m_language, &LanguageManager::effectiveLanguageChanged, &engine, &QQmlEngine::retranslate);
        connect(&m_language, &LanguageManager::effectiveLanguageChanged, &m_navigation, &NavigationModel::retranslate);
        connect(&m_language, &LanguageManager::effectiveLanguageChanged, m_application.get(),
            &OmniumApplication::retranslate);
        m_settings.setLanguage(u"en"_s);
        const auto backToEnglish = qScopeGuard([this] { m_settings.setLanguage(u"en"_s); });
        QStringList keys = everywhereKeys(*window);
        QVERIFY2(keys.contains(u"Ctrl+PgDown Next page"_s), qPrintable(keys.join(u", "_s)));

        m_settings.setLanguage(u"fr"_s);
        keys = everywhereKeys(*window);
        QVERIFY2(keys.contains(u"Ctrl+Page suiv Page suivante"_s), qPrintable(keys.join(u", "_s)));
        QVERIFY2(keys.contains(u"Ctrl+7 Aller à : Têtes de série"_s), qPrintable(keys.join(u", "_s)));
        auto *sheet = window->findChild<QObject *>(u"shortcutsDialog"_s);
        QTest::keyClick(window.get(), Qt::Key_F1);
        QTRY_VERIFY(sheet->property("opened").toBool());
        QTest::qWait(300); // the opening transition, for the picture
        QVERIFY(window->grabWindow().save(testArtefacts().filePath(u"shortcuts-fr.png"_s)));
        QMetaObject::invokeMethod(sheet, "close");
        QTRY_VERIFY(!sheet->property("visible").toBool());
        QTest::keyClick(window.get(), Qt::Key_Comma, Qt::ControlModifier | Qt::AltModifier);
        auto *editor = window->findChild<QQuickWindow *>(u"shortcutsEditor"_s);
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        QTest::qWait(300);
        // Omnium's own words where Kirigami Addons' French catalogue has none.
        auto *editorPage = QuickPage::child(*editor, "shortcutsEditorPage");
        QVERIFY(editorPage);
        QCOMPARE(editorPage->property("title").toString(), u"Raccourcis clavier"_s);
        // One filter field, Omnium's, shown in the toolbar.
        QStringList filters;
        QList<QQuickItem *> work = {editor->contentItem()};
        while (!work.isEmpty()) {
            QQuickItem *item = work.takeLast();
            if (item->inherits("QQuickTextField") && item->isVisible() && item->width() > 0)
                filters << item->property("placeholderText").toString();
            work << item->childItems();
        }
        QCOMPARE(filters, QStringList {u"Filtrer…"_s});
        // It filters the editor's list.
        auto *filter = QuickPage::child(*editor, "shortcutsFilter");
        auto *list = editorPage->property("flickable").value<QObject *>();
        QVERIFY(filter && list);
        const int all = list->property("count").toInt();
        filter->setProperty("text", u"Badges"_s);
        QTRY_VERIFY(list->property("count").toInt() > 0 && list->property("count").toInt() < all);
        filter->setProperty("text", QString());
        QVERIFY(editor->grabWindow().save(testArtefacts().filePath(u"shortcuts-editor-fr.png"_s)));
        editor->close();
        window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));

        m_settings.setLanguage(u"en"_s);
        keys = everywhereKeys(*window);
        QVERIFY2(keys.contains(u"Ctrl+PgDown Next page"_s), qPrintable(keys.join(u", "_s)));
        QTest::keyClick(window.get(), Qt::Key_F1);
        QTRY_VERIFY(sheet->property("opened").toBool());
        QTest::qWait(300);
        QVERIFY(window->grabWindow().save(testArtefacts().filePath(u"shortcuts-en.png"_s)));
        QMetaObject::invokeMethod(sheet, "close");
    }

    // Ctrl+Alt+, opens Kirigami Addons' shortcuts editor; a key changed there and saved is the
    // key of that command in the next Omnium process, and the old key no longer is.
    void shortcutsEditorChangesAKeyForGood()
    {
        QQmlEngine engine;
        auto window = showMain(engine);
        QVERIFY(window);
        QTest::keyClick(window.get(), Qt::Key_Comma, Qt::ControlModifier | Qt::AltModifier);
        auto *editor = window->findChild<QQuickWindow *>(u"shortcutsEditor"_s);
        QVERIFY(editor);
        QTRY_VERIFY(editor->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        QTest::qWait(300);
        QVERIFY(editor->grabWindow().save(testArtefacts().filePath(u"shortcuts-editor-en.png"_s)));

        // What the editor does when the organiser presses Ctrl+Alt+S on "Go to Seeding", then Save.
        auto *model = m_application->shortcutsModel();
        int row = 0;
        while (row < model->rowCount()
            && model->data(model->index(row), model->roleNames().key("actionName")).toString() != u"Go to Seeding"_s)
            ++row;
        QVERIFY(row < model->rowCount());
        QList<QKeySequence> alternates;
        QVERIFY(QMetaObject::invokeMethod(model, "updateShortcut", Q_RETURN_ARG(QList<QKeySequence>, alternates),
            Q_ARG(int, row), Q_ARG(int, 0), Q_ARG(QKeySequence, QKeySequence(u"Ctrl+Alt+S"_s))));
        QVERIFY(QMetaObject::invokeMethod(model, "save"));
        editor->close();
        window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QVERIFY2(everywhereKeys(*window).contains(u"Ctrl+Alt+S Go to Seeding"_s),
            qPrintable(everywhereKeys(*window).join(u", "_s)));

        // A new process reads the saved keys (keysChosenInAnEarlierProcess, below).
        QProcess next;
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"OMNIUM_TEST_SHORTCUTS_SAVED"_s, u"1"_s);
        next.setProcessEnvironment(environment);
        next.setProcessChannelMode(QProcess::ForwardedChannels);
        next.start(QCoreApplication::applicationFilePath(), {u"keysChosenInAnEarlierProcess"_s});
        QVERIFY(next.waitForFinished(60000));
        const int exitCode = next.exitCode();

        // Back to the defaults, for the tests after this one.
        QVERIFY(QMetaObject::invokeMethod(model, "resetAll"));
        QVERIFY(QMetaObject::invokeMethod(model, "save"));
        QCOMPARE(exitCode, 0);
    }

    // Run by shortcutsEditorChangesAKeyForGood in a new process (alone, it has nothing to check;
    // not a QSKIP, which would mark the whole test skipped).
    void keysChosenInAnEarlierProcess()
    {
        if (qEnvironmentVariableIsEmpty("OMNIUM_TEST_SHORTCUTS_SAVED"))
            return;
        QQmlEngine engine;
        auto window = showMain(engine);
        QVERIFY(window);
        const int about = m_navigation.indexOf(u"AboutPage"_s);
        m_navigation.setCurrentIndex(about);
        QTest::keyClick(window.get(), Qt::Key_7, Qt::ControlModifier); // the old key
        QTest::qWait(200);
        QCOMPARE(m_navigation.currentIndex(), about);
        QTest::keyClick(window.get(), Qt::Key_S, Qt::ControlModifier | Qt::AltModifier);
        QTRY_COMPARE(m_navigation.currentPage(), u"SeedingPage"_s);
        QVERIFY2(everywhereKeys(*window).contains(u"Ctrl+Alt+S Go to Seeding"_s),
            qPrintable(everywhereKeys(*window).join(u", "_s)));
    }

    // The window shows one page at a time in Kirigami's page row, replaced as the sidebar (or
    // Ctrl+number) moves: its title and actions drawn in the page's toolbar by Kirigami, and
    // the keyboard in the page's first field.
    void windowShowsThePageInKirigamisPageRow()
    {
        m_navigation.setCurrentIndex(0);
        QQmlEngine engine;
        UiSetup::prepareEngine(engine);
        QQmlComponent component(&engine);
        component.loadFromModule("Omnium", "Main");
        std::unique_ptr<QQuickWindow> window(qobject_cast<QQuickWindow *>(component.create()));
        QVERIFY2(window, qPrintable(component.errorString()));
        window->resize(1366, 768);
        window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        auto *row = window->findChild<QQuickItem *>(u"pageRow"_s);
        QVERIFY(row);
        const auto page = [row] { return row->property("currentItem").value<QQuickItem *>(); };

        QTest::keyClick(window.get(), Qt::Key_6, Qt::ControlModifier);
        QTRY_COMPARE(m_navigation.currentPage(), u"CheckInPage"_s);
        QTRY_VERIFY(page() && page()->property("title").toString() == u"Check-in"_s);
        QCOMPARE(row->property("depth").toInt(), 1);
        // Kirigami's toolbar above the page: the title, and the page's actions as its buttons.
        auto *toolbar = page()->property("globalToolBarItem").value<QQuickItem *>();
        QTRY_VERIFY(toolbar && toolbar->isVisible() && toolbar->height() > 0);
        QQuickItem *phones = nullptr;
        QTRY_VERIFY((phones = QuickPage::actionButton(*window, "phoneCheckInSwitch")));
        QVERIFY(
            toolbar->mapRectToScene(toolbar->boundingRect()).contains(phones->mapRectToScene(phones->boundingRect())));
        auto *search = QuickPage::child<QQuickItem>(*window, "checkInSearch");
        QVERIFY(search);
        QTRY_VERIFY(search->hasActiveFocus());

        // Another page replaces it; the one before is gone.
        QPointer<QQuickItem> before = page();
        QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(page() && page()->property("title").toString() == u"Players"_s);
        QCOMPARE(row->property("depth").toInt(), 1);
        QTRY_VERIFY(!before);
        QVERIFY(window->grabWindow().save(testArtefacts().filePath(u"window-players.png"_s)));
    }

    // Settings' Dark and Light give a page Omnium's dark and light colours (Kirigami.Theme,
    // which the desktop style takes from the colour scheme Omnium ships).
    void themeSettingChangesThePageColours()
    {
        m_settings.setTheme(u"light"_s);
        UiSetup::followThemeSetting(m_settings);
        QFile file(m_dir.filePath(u"ThemedPage.qml"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("import QtQuick\nimport org.kde.kirigami as Kirigami\nimport Omnium\n"
                   "AboutPage { property color pageBackground: Kirigami.Theme.backgroundColor }\n");
        file.close();
        QQuickView view;
        UiSetup::prepareEngine(*view.engine());
        view.setResizeMode(QQuickView::SizeRootObjectToView);
        view.setSource(QUrl::fromLocalFile(file.fileName()));
        QVERIFY2(view.status() == QQuickView::Ready, qPrintable(view.errors().value(0).toString()));
        view.resize(1366, 768);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const auto background = [&view] { return view.rootObject()->property("pageBackground").value<QColor>(); };
        QTRY_VERIFY(background().lightnessF() > 0.8);
        QVERIFY(view.grabWindow().save(testArtefacts().filePath(u"theme-light.png"_s)));

        m_settings.setTheme(u"dark"_s);
        QTRY_VERIFY2(background().lightnessF() < 0.2, qPrintable(background().name()));
        QVERIFY(view.grabWindow().save(testArtefacts().filePath(u"theme-dark.png"_s)));

        m_settings.setTheme(u"light"_s);
        QTRY_VERIFY(background().lightnessF() > 0.8);
        m_settings.setTheme(u"system"_s);
    }

    // The forms on the pages (the Players page's quick add, the Badges, Tickets and Gate
    // pages): every field in a FormLayout with its label, the count of fields as built, and
    // no text cut at 1366×768.
    void pageFormsLabelEveryField_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("form");
        QTest::addColumn<int>("fields");
        QTest::addColumn<QString>("dialog"); // a page's dialog opened first (its edit(0))
        QTest::newRow("players quick add") << u"PlayersPage"_s << u"quickAddForm"_s << 4 << QString();
        QTest::newRow("badge filters") << u"BadgesPage"_s << u"badgeFilters"_s << 4 << QString();
        QTest::newRow("badge layout") << u"BadgesPage"_s << u"badgeLayoutForm"_s << 4 << QString();
        QTest::newRow("staff badge") << u"BadgesPage"_s << u"staffForm"_s << 3 << u"staffDialog"_s;
        QTest::newRow("ticket type") << u"TicketsPage"_s << u"ticketTypeForm"_s << 6 << QString();
        QTest::newRow("issue tickets") << u"TicketsPage"_s << u"issueForm"_s << 4 << QString();
        QTest::newRow("ticket print") << u"TicketsPage"_s << u"ticketPrintForm"_s << 3 << QString();
        QTest::newRow("ticket server") << u"TicketsPage"_s << u"ticketServerForm"_s << 4 << QString();
        QTest::newRow("gate") << u"GatePage"_s << u"gateForm"_s << 2 << QString();
    }
    void pageFormsLabelEveryField()
    {
        QFETCH(QString, page);
        QFETCH(QString, form);
        QFETCH(int, fields);
        QFETCH(QString, dialog);
        auto view = show(qPrintable(page));
        QVERIFY(view);
        if (!dialog.isEmpty()) {
            auto *popup = QuickPage::child(*view, qPrintable(dialog));
            QVERIFY(popup);
            QVERIFY(QMetaObject::invokeMethod(popup, "edit", Q_ARG(QVariant, QVariant(0))));
            QTRY_VERIFY(popup->property("opened").toBool());
        }
        auto *item = QuickPage::child<QQuickItem>(*view, qPrintable(form));
        QVERIFY(item);
        int seen = 0;
        const QStringList unlabelled = UiAudit::unlabelledFields(item, &seen);
        QVERIFY2(unlabelled.isEmpty(), qPrintable(unlabelled.join(u", "_s)));
        QCOMPARE(seen, fields);
        const QStringList cut = UiAudit::truncatedTexts(view->contentItem());
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u"; "_s)));
        QVERIFY(view->grabWindow().save(testArtefacts().filePath(form + u".png"_s)));
    }

    // Every field of the edit dialogs sits in a Kirigami.FormLayout with its label beside it.
    void dialogsLabelEveryField_data()
    {
        QTest::addColumn<QString>("dialog");
        QTest::newRow("tournament") << u"TournamentDialog"_s;
        QTest::newRow("event") << u"EventDialog"_s;
        QTest::newRow("player") << u"PlayerDialog"_s;
        QTest::newRow("team") << u"TeamDialog"_s;
    }
    void dialogsLabelEveryField()
    {
        QFETCH(QString, dialog);
        const qint64 tournament = m_events->addTournament({{u"name"_s, u"Friday"_s}});
        const qint64 ids[]
            = {tournament, m_events->addEvent(tournament, {{u"name"_s, u"SF6"_s}, {u"game"_s, u"Street Fighter 6"_s}}),
                m_players->addPlayer({{u"tag"_s, u"Daigo"_s}}), m_players->addTeam({{u"name"_s, u"Crimson"_s}})};
        QVERIFY(std::ranges::all_of(ids, [](qint64 id) { return id > 0; }));
        const qint64 id
            = ids[QStringList {u"TournamentDialog"_s, u"EventDialog"_s, u"PlayerDialog"_s, u"TeamDialog"_s}.indexOf(
                dialog)];
        QFile file(m_dir.filePath(dialog + u"Window.qml"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(u"import QtQuick\nimport Omnium\nItem {\n    property alias dialog: dialog\n"
                   "    EventModel { id: events; tournamentId: %1 }\n"
                   "    %2 { id: dialog%3 }\n}\n"_s.arg(tournament)
                       .arg(dialog, dialog == u"EventDialog"_s ? u"; events: events"_s : QString())
                       .toUtf8());
        file.close();
        QQuickView view;
        UiSetup::prepareEngine(*view.engine());
        view.setResizeMode(QQuickView::SizeRootObjectToView);
        view.setSource(QUrl::fromLocalFile(file.fileName()));
        QVERIFY2(view.status() == QQuickView::Ready, qPrintable(view.errors().value(0).toString()));
        view.resize(1366, 768);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *popup = view.rootObject()->property("dialog").value<QObject *>();
        QVERIFY(popup);
        QVERIFY(QMetaObject::invokeMethod(popup, "edit", Q_ARG(QVariant, QVariant(id))));
        QTRY_VERIFY(popup->property("opened").toBool());

        // Each field labelled in its FormLayout (UiAudit::unlabelledFields), and inside the
        // dialog's frame (a dialog that does not grow with its form cuts it).
        auto *content = popup->property("contentItem").value<QQuickItem *>();
        int fields = 0;
        const QStringList unlabelled = UiAudit::unlabelledFields(content, &fields);
        QVERIFY2(
            unlabelled.isEmpty(), qPrintable(dialog + u": a field without a label: "_s + unlabelled.join(u", "_s)));
        const QRectF frame(popup->property("x").toReal(), popup->property("y").toReal(),
            popup->property("width").toReal(), popup->property("height").toReal());
        QList<QQuickItem *> work = {content};
        while (!work.isEmpty()) {
            QQuickItem *item = work.takeLast();
            if (!item->isVisible())
                continue;
            if (item->inherits("QQuickTextField") || item->inherits("QQuickTextArea") || item->inherits("QQuickSpinBox")
                || item->inherits("QQuickComboBox")) {
                QTRY_VERIFY2(frame.contains(item->mapRectToScene(item->boundingRect())),
                    qPrintable(dialog + u": a field outside the dialog"_s));
                continue;
            }
            work << item->childItems();
        }
        QVERIFY(fields >= 2);
        QTest::qWait(400); // (the picture after the inline messages' animations)
        QVERIFY(view.grabWindow().save(testArtefacts().filePath(dialog + u".png"_s)));
    }
};

QTEST_MAIN(TestShellPages)
#include "tst_shellpages.moc"
