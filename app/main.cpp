// SPDX-License-Identifier: GPL-3.0-or-later
// omnium: builds the services in dependency order, publishes them to QML, opens the window.

#include "archive/archivecontroller.h"
#include "archive/backupmanager.h"
#include "core/clock.h"
#include "core/logging.h"
#include "live/playerphones.h"
#include "live/storeoverlaydatasource.h"
#include "overlay/memoryoverlaydatasource.h"
#include "overlay/overlayserver.h"
#include "overlay/playerpageserver.h"
#include "print/badgeroles.h"
#include "services.h"
#include "shell/notificationsources.h"
#include "shell/venuecredentials.h"
#include "shell/windowgrabber.h"
#include "store/databasefilelock.h"
#include "store/databaseurl.h"
#include "ticketing/ticketingpluginloader.h"
#include "uiaudit.h"
#include "uisetup.h"

#include <KAboutData>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QIcon>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQmlIncubationController>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>
#include <QTimer>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(OmniumPlugin)

using namespace Qt::StringLiterals;

namespace {

// --self-test fails on any warning, so every message at warning level or above is counted.
int g_warnings = 0;
QtMessageHandler g_defaultHandler = nullptr;

void countingMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        ++g_warnings;
    g_defaultHandler(type, context, message);
}

bool hasArgument(int argc, char **argv, const char *name)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], name) == 0 || QByteArray(argv[i]).startsWith(QByteArray(QByteArray(name) + '=')))
            return true;
    }
    return false;
}

// Lets queued work, layout and one rendered frame happen.
void settle(QQuickWindow &window)
{
    // Kirigami's toolbars make their buttons asynchronously (incubated between frames): render
    // until nothing is being made any more, for at most two seconds.
    const QQmlEngine *engine = qmlEngine(window.contentItem());
    const auto incubating = [engine] {
        return engine && engine->incubationController() && engine->incubationController()->incubatingObjectCount() > 0;
    };
    QElapsedTimer waited;
    waited.start();
    do {
        QCoreApplication::processEvents();
        window.grabWindow(); // forces a synchronous render of the current scene
        QCoreApplication::processEvents();
    } while (incubating() && waited.elapsed() < 2000);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "omnium: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    // Without a display, --screenshot and --self-test render offscreen.
    const bool headlessTask = hasArgument(argc, argv, "--screenshot") || hasArgument(argc, argv, "--self-test")
        || hasArgument(argc, argv, "--version") || hasArgument(argc, argv, "-v") || hasArgument(argc, argv, "--help")
        || hasArgument(argc, argv, "-h") || hasArgument(argc, argv, "--help-all");
    if (headlessTask && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    g_defaultHandler = qInstallMessageHandler(countingMessageHandler);

    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Omnium"_s);
    QApplication::setApplicationName(u"omnium"_s);
    QApplication::setApplicationDisplayName(u"Omnium"_s);
    QApplication::setApplicationVersion(AppInfo::version());
    QApplication::setDesktopFileName(QStringLiteral(OMNIUM_APP_ID));
    QApplication::setWindowIcon(QIcon(u":/qt/qml/Omnium/icons/omnium.svg"_s));

    AppSettings settings;
    LanguageManager language(settings);

    // What the About page shows (Kirigami Addons' FormCard.AboutPage reads it).
    KAboutData about(u"omnium"_s, u"Omnium"_s, AppInfo::version(),
        QCoreApplication::translate(
            "main", "Esports tournaments at a venue: players, brackets, stations, casters, badges and tickets."),
        KAboutLicense::GPL_V3, QCoreApplication::translate("main", "© The Omnium contributors"));
    about.setLicense(KAboutLicense::GPL_V3, KAboutLicense::OrLaterVersions);
    about.setDesktopFileName(QStringLiteral(OMNIUM_APP_ID));
    about.setOrganizationDomain("omnium.org");
    KAboutData::setApplicationData(about);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Omnium runs esports tournaments at a venue."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(u"database"_s,
        QCoreApplication::translate("main",
            "Open the tournament database FILE (default: in the user's data folder), or the venue server at "
            "postgresql://user@host:port/database."),
        QCoreApplication::translate("main", "FILE|URL"));
    const QCommandLineOption deskOption(u"desk"_s,
        QCoreApplication::translate(
            "main", "This desk's name on a venue server, shown to the other desks (default: the computer's name)."),
        QCoreApplication::translate("main", "NAME"), QSysInfo::machineHostName());
    const QCommandLineOption selfTestOption(u"self-test"_s,
        QCoreApplication::translate("main", "Load every page and exit; fail on any QML warning or error."));
    const QCommandLineOption screenshotOption(u"screenshot"_s,
        QCoreApplication::translate("main", "Render the window to the PNG FILE and exit."),
        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption sizeOption(u"size"_s,
        QCoreApplication::translate(
            "main", "Window size for --screenshot, as WIDTHxHEIGHT (default 1366x768, a venue laptop)."),
        QCoreApplication::translate("main", "WxH"), u"1366x768"_s);
    const QCommandLineOption pageOption(u"page"_s,
        QCoreApplication::translate("main", "Page to show first (e.g. SettingsPage)."),
        QCoreApplication::translate("main", "NAME"));
    const QCommandLineOption overlayDemoOption(u"overlay-demo"_s,
        QCoreApplication::translate("main", "Feed the stream overlays with a sample tournament (to try them out)."));
    parser.addOptions(
        {databaseOption, deskOption, selfTestOption, screenshotOption, sizeOption, pageOption, overlayDemoOption});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        return fail(QCoreApplication::translate("main", "unexpected argument '%1'; see --help")
                .arg(parser.positionalArguments().constFirst()));

    const auto sizeMatch = QRegularExpression(u"^(\\d{2,5})x(\\d{2,5})$"_s).match(parser.value(sizeOption));
    if (!sizeMatch.hasMatch())
        return fail(QCoreApplication::translate("main", "--size '%1' is not WIDTHxHEIGHT, e.g. 1920x1080")
                .arg(parser.value(sizeOption)));
    const QSize windowSize(sizeMatch.captured(1).toInt(), sizeMatch.captured(2).toInt());

    QString databasePath = parser.value(databaseOption);
    if (databasePath.isEmpty()) {
        const auto dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dataDir);
        databasePath = dataDir + u"/omnium.sqlite"_s;
    }
    const bool server = DatabaseUrl::isServer(databasePath);
    AppInfo info(server ? DatabaseUrl::withoutPassword(databasePath) : QFileInfo(databasePath).absoluteFilePath(),
        server ? parser.value(deskOption) : QString());

    NavigationModel navigation;
    if (parser.isSet(pageOption)) {
        const int row = navigation.indexOf(parser.value(pageOption));
        if (row < 0)
            return fail(QCoreApplication::translate("main", "--page '%1' is not a page; pages: %2")
                    .arg(parser.value(pageOption), navigation.pageNames().join(u", "_s)));
        navigation.setCurrentIndex(row);
    }

    // Backups live beside the database (a server's in the user's data folder); an older
    // database is copied there before it is migrated.
    const QString backupFolder = server
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/venue-backups"_s
        : BackupManager::folderFor(info.databasePath());
    // Another Omnium process may have the file open: nothing touches it before this is known.
    DatabaseFileLock fileLock;
    if (const auto error = server ? StoreError() : fileLock.acquire(info.databasePath()))
        return fail(error.message);
    if (const auto recovered = BackupManager::recoverInterruptedRestore(info.databasePath()); !recovered.isEmpty())
        qCWarning(lcArchive) << recovered;
    if (!parser.isSet(selfTestOption) && !parser.isSet(screenshotOption)) {
        QString backupError;
        BackupManager::backupBeforeMigration(info.databasePath(), backupFolder, &backupError);
        if (!backupError.isEmpty())
            return fail(QCoreApplication::translate("main", "the database could not be backed up before its update: %1")
                    .arg(backupError));
    }

    // The database opens (and migrates) before any page: a refused file stops here with its reason.
    Store store(Clock::system());
    store.setDeskName(info.deskName());
    // A server's password is not on the command line: the system keychain or the user's own file has it.
    if (const auto error = store.open(server ? VenueCredentials().withStoredPassword(databasePath) : databasePath))
        return fail(error.message);
    fileLock.release(); // the store holds it now, until it opens another database
    if (!parser.isSet(selfTestOption) && !parser.isSet(screenshotOption))
        settings.addRecentDatabase(info.databasePath()); // the Start page offers it next time
    PlayerController players(store);
    TeamImportController teamImports(store);
    EventController events(store);
    PlayerModel playerList(&store);
    TeamModel teamList(&store);
    TournamentModel tournamentList(&store);
    TournamentLive live(store, Clock::system());
    SchedulerController &scheduler = live.scheduler();
    // OMNIUM_DESK_STATE=FILE: what this desk's screens show, as one JSON line rewritten at each
    // change: how it reaches the server and the matches its live models count as still to play
    // (the keyboard walk-through of two desks, tests/tools/check_venue_walkthrough.sh, reads it).
    if (const QString stateFile = qEnvironmentVariable("OMNIUM_DESK_STATE"); !stateFile.isEmpty()) {
        const auto writeState = [&store, &live, stateFile] {
            int remaining = 0;
            auto *events = live.events();
            for (int row = 0; row < events->rowCount(); ++row)
                remaining += events->data(events->index(row), EventProgressModel::RemainingRole).toInt();
            QFile file(stateFile);
            if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                file.write(QJsonDocument(QJsonObject {{u"desk"_s, store.deskName()},
                                             {u"connection"_s, QVariant::fromValue(store.connection()).toString()},
                                             {u"seenCommandId"_s, store.seenCommandId()}, {u"remaining"_s, remaining}})
                        .toJson(QJsonDocument::Compact));
        };
        QObject::connect(&store, &Store::connectionChanged, &store, writeState);
        QObject::connect(live.events(), &QAbstractItemModel::dataChanged, &store, writeState);
        QObject::connect(live.events(), &QAbstractItemModel::modelReset, &store, writeState);
        QObject::connect(live.events(), &QAbstractItemModel::rowsInserted, &store, writeState);
        writeState();
    }
    BackupManager backups(store, backupFolder);
    const auto applyBackupSettings = [&settings, &backups] {
        backups.setKeepLast(settings.backupKeep());
        backups.setIntervalMinutes(settings.backupIntervalMinutes());
    };
    QObject::connect(&settings, &AppSettings::backupChanged, &backups, applyBackupSettings);
    applyBackupSettings();
    ArchiveController archives(store, backups);

    // The stream overlays show the store's tournament, or a sample one with --overlay-demo.
    StoreOverlayDataSource liveData(store, live);
    MemoryOverlayDataSource demoData;
    demoData.loadDemo();
    OverlayServer overlay(parser.isSet(overlayDemoOption) ? static_cast<OverlayDataSource &>(demoData)
                                                          : static_cast<OverlayDataSource &>(liveData));
    const auto applyOverlaySettings = [&settings, &overlay] {
        if (settings.overlayToken().isEmpty()) {
            settings.setOverlayToken(OverlayServer::generateToken()); // re-enters through overlayChanged
            return;
        }
        overlay.setExposure(
            settings.overlayNetwork() ? OverlayServer::Exposure::Network : OverlayServer::Exposure::Loopback);
        overlay.setNetworkAddress(settings.overlayAddress().isEmpty() ? QHostAddress(QHostAddress::Any)
                                                                      : QHostAddress(settings.overlayAddress()));
        overlay.setPort(settings.overlayPort());
        overlay.setToken(settings.overlayToken());
        if (settings.overlayEnabled())
            overlay.start(); // (re)starts with the new settings
        else
            overlay.stop();
    };
    QObject::connect(&settings, &AppSettings::overlayChanged, &overlay, applyOverlaySettings);
    QObject::connect(&language, &LanguageManager::effectiveLanguageChanged, &overlay,
        [&overlay, &language] { overlay.setPageLanguage(language.effectiveLanguage()); });
    overlay.setPageLanguage(language.effectiveLanguage());

    // The players' phone pages and the hall's call board: off until switched on in the settings.
    PlayerPhones phones(store, live, Clock::system());
    PlayerPageServer playerPages(phones, &liveData);
    const auto applyPlayerPageSettings = [&settings, &playerPages] {
        playerPages.setExposure(
            settings.playerPagesNetwork() ? PlayerPageServer::Exposure::Network : PlayerPageServer::Exposure::Loopback);
        if (settings.playerPagesEnabled())
            playerPages.start();
        else
            playerPages.stop();
    };
    QObject::connect(&settings, &AppSettings::playerPagesChanged, &playerPages, applyPlayerPageSettings);

    // Badges: everyone in the store, print records in its print_log; the venue's branding from
    // the settings (also used by the overlays and the caster window).
    BadgeListModel badges;
    BadgeFilterModel badgeList(&badges);
    BadgeStore badgeStore(store);
    badges.follow(badgeStore);
    BadgePrintController badgePrint(badges, badgeStore, Clock::system());
    const auto applyBadgeSettings = [&settings, &badgePrint, &liveData] {
        badgePrint.setBranding(settings.badgeBranding());
        badgePrint.setRoles(settings.badgeRoleSet());
        liveData.setAccent(settings.badgeAccent()); // the venue's colour on the stream overlays too
    };
    QObject::connect(&settings, &AppSettings::badgesChanged, &badgePrint, applyBadgeSettings);
    // Players' phone links on their badges while the player pages are served.
    QObject::connect(&playerPages, &PlayerPageServer::runningChanged, &badgePrint,
        [&badgePrint, &playerPages] { badgePrint.setPhoneLinkBase(playerPages.pageBaseUrl()); });
    QObject::connect(&language, &LanguageManager::effectiveLanguageChanged, &badgePrint, applyBadgeSettings);
    applyBadgeSettings();

    // Ticketing: the first provider plugin found; the ones that failed are shown on the Tickets page.
    TicketingPluginLoader ticketingPlugins;
    ticketingPlugins.load();
    QStringList pluginProblems;
    for (const auto &failure : ticketingPlugins.failures())
        pluginProblems << failure.fileName + u": "_s + failure.reason;
    const auto &providers = ticketingPlugins.plugins();
    const QString gateDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(gateDir);
    TicketingController ticketing(providers.isEmpty() ? nullptr : providers.first().provider,
        providers.isEmpty() ? QString() : providers.first().name, pluginProblems, gateDir + u"/gate.sqlite"_s,
        Clock::system());

    TicketPrintController ticketPrint(ticketing);

    // Every service's refusals, failures and confirmations reach the organiser through one model.
    NotificationModel notifications(Clock::system());
    NotificationSources {
        store, players, teamImports, scheduler, ticketing, badgePrint, archives, overlay, navigation, &playerPages}
        .connectTo(notifications);
    // Started once their errors have somewhere to go.
    if (!parser.isSet(selfTestOption)) {
        applyOverlaySettings();
        applyPlayerPageSettings();
    }

    Theme theme;
    OmniumApplication application(store, navigation, notifications);
    publishServices({info, settings, language, navigation, theme, notifications, overlay, badgePrint, badgeList,
        ticketing, store, players, teamImports, events, playerList, teamList, tournamentList, liveData, live,
        badgeStore, ticketPrint, archives, phones, playerPages, application});

    UiSetup::applyStyle();
    UiSetup::followThemeSetting(settings);
    QQmlApplicationEngine engine;
    UiSetup::prepareEngine(engine);
    QObject::connect(&language, &LanguageManager::effectiveLanguageChanged, &engine, &QQmlEngine::retranslate);
    QObject::connect(&language, &LanguageManager::effectiveLanguageChanged, &navigation, &NavigationModel::retranslate);
    QObject::connect(
        &language, &LanguageManager::effectiveLanguageChanged, &application, &OmniumApplication::retranslate);
    engine.loadFromModule("Omnium", "Main");
    if (engine.rootObjects().isEmpty())
        return fail(QCoreApplication::translate("main", "the main window could not be loaded"));
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    Q_ASSERT(window);

    if (parser.isSet(selfTestOption)) {
        // Every page at the window size asked for (1366×768 by default), in the language of
        // the settings: no QML warning, no cut text, no control without an accessible name,
        // no field of a form without its label.
        window->resize(windowSize);
        QStringList problems;
        const int startRow = navigation.currentIndex();
        for (int row = 0; row < navigation.rowCount(); ++row) {
            navigation.setCurrentIndex(row);
            settle(*window);
            const QString page = navigation.currentPage();
            // Layouts may take a few frames to settle on a busy machine: what stays cut after
            // them is cut for the organiser too.
            QStringList found;
            for (int attempt = 0; attempt < 5; ++attempt) {
                found.clear();
                for (const QString &text : UiAudit::truncatedTexts(window->contentItem()))
                    found << page + u": cut text: "_s + text;
                for (const QString &control : UiAudit::unnamedControls(*window))
                    found << page + u": no accessible name: "_s + control;
                for (const QString &field : UiAudit::unlabelledFormFields(window->contentItem()))
                    found << page + u": field without a label in its form: "_s + field;
                if (found.isEmpty())
                    break;
                QThread::msleep(100);
                settle(*window);
            }
            problems << found;
        }
        navigation.setCurrentIndex(startRow);
        settle(*window);
        problems.removeDuplicates();
        for (const QString &problem : std::as_const(problems))
            std::fprintf(stderr, "omnium: %s\n", qPrintable(problem));
        if (g_warnings > 0)
            return fail(QCoreApplication::translate(
                "main", "self-test failed: %n warning(s) while loading the pages", nullptr, g_warnings));
        if (!problems.isEmpty())
            return fail(QCoreApplication::translate("main",
                "self-test failed: %n cut text(s) or unnamed control(s) at %1×%2", nullptr, int(problems.size()))
                    .arg(windowSize.width())
                    .arg(windowSize.height()));
        std::printf("omnium: self-test passed: %d pages loaded without warnings\n", int(navigation.rowCount()));
        return 0;
    }

    if (parser.isSet(screenshotOption)) {
        window->resize(windowSize);
        settle(*window);
        const auto error = WindowGrabber::saveToPng(*window, parser.value(screenshotOption));
        if (!error.isEmpty())
            return fail(error);
        return 0;
    }

    return app.exec();
}
