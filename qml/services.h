// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The C++ types QML may use. Models and views do not depend on Qt Qml, so they are
// registered here as foreign types. Services are built once in main() and published with
// publishServices(); each singleton's create() hands QML that prepared instance.

#include "badges/badgestore.h"
#include "bracket/bracketcontroller.h"
#include "bracket/bracketview.h"
#include "live/playerphones.h"
#include "live/storeoverlaydatasource.h"
#include "live/tournamentlive.h"
#include "overlay/overlayserver.h"
#include "overlay/playerpageserver.h"
#include "print/badgelistmodel.h"
#include "print/badgepagepreview.h"
#include "print/badgeprintcontroller.h"
#include "print/qrcodeitem.h"
#include "shell/appinfo.h"
#include "shell/appsettings.h"
#include "shell/languagemanager.h"
#include "shell/navigationmodel.h"
#include "shell/notificationmodel.h"
#include "shell/omniumapplication.h"
#include "shell/theme.h"
#include "shell/venueservercontroller.h"
#include "ticketing/ticketingcontroller.h"
#include "tickets/ticketprintcontroller.h"

#include "archive/archivecontroller.h"
#include "registration/entrantmodel.h"
#include "registration/eventcontroller.h"
#include "registration/eventmodel.h"
#include "registration/playercontroller.h"
#include "registration/playermodel.h"
#include "registration/sortfiltermodel.h"
#include "registration/teamimportcontroller.h"
#include "registration/teammembermodel.h"
#include "registration/teammodel.h"
#include "registration/tournamentmodel.h"
#include "schedule/schedulercontroller.h"
#include "store/store.h"

#include <QQmlEngine>

template<typename Service> struct PublishedService {
    static inline Service *instance = nullptr;
    static Service *create(QQmlEngine *, QJSEngine *)
    {
        Q_ASSERT_X(instance, "PublishedService", "publishServices() must run before QML loads");
        QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
        return instance;
    }
};

struct AppInfoForeign : PublishedService<AppInfo> {
    Q_GADGET
    QML_FOREIGN(AppInfo)
    QML_NAMED_ELEMENT(AppInfo)
    QML_SINGLETON
};

// The "Venue server" form's logic, one per form.
struct VenueServerControllerForeign {
    Q_GADGET
    QML_FOREIGN(VenueServerController)
    QML_NAMED_ELEMENT(VenueServerController)
};

struct AppSettingsForeign : PublishedService<AppSettings> {
    Q_GADGET
    QML_FOREIGN(AppSettings)
    QML_NAMED_ELEMENT(AppSettings)
    QML_SINGLETON
};

struct LanguageManagerForeign : PublishedService<LanguageManager> {
    Q_GADGET
    QML_FOREIGN(LanguageManager)
    QML_NAMED_ELEMENT(LanguageManager)
    QML_SINGLETON
};

// The window's commands as QActions (App.action("edit_undo")), their keys and the shortcuts editor.
struct OmniumApplicationForeign : PublishedService<OmniumApplication> {
    Q_GADGET
    QML_FOREIGN(OmniumApplication)
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON
};

struct NavigationForeign : PublishedService<NavigationModel> {
    Q_GADGET
    QML_FOREIGN(NavigationModel)
    QML_NAMED_ELEMENT(Navigation)
    QML_SINGLETON
};

// Colours, spacing and type sizes: no page holds a colour literal.
struct ThemeForeign : PublishedService<Theme> {
    Q_GADGET
    QML_FOREIGN(Theme)
    QML_NAMED_ELEMENT(Theme)
    QML_SINGLETON
};

// The messages for the organiser, from every service (one area of the main window shows them).
struct NotificationsForeign : PublishedService<NotificationModel> {
    Q_GADGET
    QML_FOREIGN(NotificationModel)
    QML_NAMED_ELEMENT(Notifications)
    QML_SINGLETON
};

struct OverlayServerForeign : PublishedService<OverlayServer> {
    Q_GADGET
    QML_FOREIGN(OverlayServer)
    QML_NAMED_ELEMENT(OverlayServer)
    QML_SINGLETON
};

// The players' phone links and self-reporting switches (the Players and Bracket pages).
struct PlayerPhonesForeign : PublishedService<PlayerPhones> {
    Q_GADGET
    QML_FOREIGN(PlayerPhones)
    QML_NAMED_ELEMENT(PlayerPhones)
    QML_SINGLETON
};

struct PlayerPageServerForeign : PublishedService<PlayerPageServer> {
    Q_GADGET
    QML_FOREIGN(PlayerPageServer)
    QML_NAMED_ELEMENT(PlayerPageServer)
    QML_SINGLETON
};

struct BadgePrintForeign : PublishedService<BadgePrintController> {
    Q_GADGET
    QML_FOREIGN(BadgePrintController)
    QML_NAMED_ELEMENT(BadgePrint)
    QML_SINGLETON
};

// The badge list as the badge page shows it (filtered); ticks go to the BadgeListModel below it.
struct BadgeListForeign : PublishedService<BadgeFilterModel> {
    Q_GADGET
    QML_FOREIGN(BadgeFilterModel)
    QML_NAMED_ELEMENT(BadgeList)
    QML_SINGLETON
};

// Who may get a badge from the store: staff commands, the scan lookup, the print records.
struct BadgeStoreForeign : PublishedService<BadgeStore> {
    Q_GADGET
    QML_FOREIGN(BadgeStore)
    QML_NAMED_ELEMENT(BadgeStore)
    QML_SINGLETON
};

struct BadgePagePreviewForeign {
    Q_GADGET
    QML_FOREIGN(BadgePagePreview)
    QML_NAMED_ELEMENT(BadgePagePreview)
};

// A QR code on screen (pairing codes for the gates' scanners).
struct QrCodeItemForeign {
    Q_GADGET
    QML_FOREIGN(QrCodeItem)
    QML_NAMED_ELEMENT(QrCodeItem)
};

struct TicketingForeign : PublishedService<TicketingController> {
    Q_GADGET
    QML_FOREIGN(TicketingController)
    QML_NAMED_ELEMENT(Ticketing)
    QML_SINGLETON
};

// Printing the listed tickets to PDF.
struct TicketPrintForeign : PublishedService<TicketPrintController> {
    Q_GADGET
    QML_FOREIGN(TicketPrintController)
    QML_NAMED_ELEMENT(TicketPrint)
    QML_SINGLETON
};

// The store: undo/redo, history texts and the last error, for the whole app.
struct StoreForeign : PublishedService<Store> {
    Q_GADGET
    QML_FOREIGN(Store)
    QML_NAMED_ELEMENT(Store)
    QML_SINGLETON
};

// Archives, backups and data exports (the Backups page).
struct ArchiveControllerForeign : PublishedService<ArchiveController> {
    Q_GADGET
    QML_FOREIGN(ArchiveController)
    QML_NAMED_ELEMENT(Archives)
    QML_SINGLETON
};

struct PlayerControllerForeign : PublishedService<PlayerController> {
    Q_GADGET
    QML_FOREIGN(PlayerController)
    QML_NAMED_ELEMENT(Players)
    QML_SINGLETON
};

// The Teams page's CSV import and export (omnium-cli teams import|export runs the same).
struct TeamImportControllerForeign : PublishedService<TeamImportController> {
    Q_GADGET
    QML_FOREIGN(TeamImportController)
    QML_NAMED_ELEMENT(TeamImports)
    QML_SINGLETON
};

struct EventControllerForeign : PublishedService<EventController> {
    Q_GADGET
    QML_FOREIGN(EventController)
    QML_NAMED_ELEMENT(Events)
    QML_SINGLETON
};

// The app-wide lists (one instance each, shared by every page).
struct PlayerModelForeign : PublishedService<PlayerModel> {
    Q_GADGET
    QML_FOREIGN(PlayerModel)
    QML_NAMED_ELEMENT(PlayerList)
    QML_SINGLETON
};

struct TeamModelForeign : PublishedService<TeamModel> {
    Q_GADGET
    QML_FOREIGN(TeamModel)
    QML_NAMED_ELEMENT(TeamList)
    QML_SINGLETON
};

struct TournamentModelForeign : PublishedService<TournamentModel> {
    Q_GADGET
    QML_FOREIGN(TournamentModel)
    QML_NAMED_ELEMENT(TournamentList)
    QML_SINGLETON
};

// The day's schedule of the chosen tournament: its commands (stations, calls, results).
struct SchedulerForeign : PublishedService<SchedulerController> {
    Q_GADGET
    QML_FOREIGN(SchedulerController)
    QML_NAMED_ELEMENT(Scheduler)
    QML_SINGLETON
};

struct StationBoardModelForeign {
    Q_GADGET
    QML_FOREIGN(StationBoardModel)
    QML_ANONYMOUS
};

struct ScheduleTimelineModelForeign {
    Q_GADGET
    QML_FOREIGN(ScheduleTimelineModel)
    QML_ANONYMOUS
};

struct SortFilterModelForeign {
    Q_GADGET
    QML_FOREIGN(SortFilterModel)
    QML_NAMED_ELEMENT(SortFilterModel)
};

// Scoped lists a page creates (set eventId, tournamentId or teamId), over the published store.
class EventListModel : public EventModel
{
    Q_OBJECT
    QML_NAMED_ELEMENT(EventModel)
public:
    EventListModel()
        : EventModel(PublishedService<Store>::instance)
    { }
};

class EntrantListModel : public EntrantModel
{
    Q_OBJECT
    QML_NAMED_ELEMENT(EntrantModel)
public:
    EntrantListModel()
        : EntrantModel(PublishedService<Store>::instance)
    { }
};

class TeamMemberListModel : public TeamMemberModel
{
    Q_OBJECT
    QML_NAMED_ELEMENT(TeamMemberModel)
public:
    TeamMemberListModel()
        : TeamMemberModel(PublishedService<Store>::instance)
    { }
};

// Brackets: the scene-graph view, the phase it draws, and a controller per page or window.
struct BracketViewForeign {
    Q_GADGET
    QML_FOREIGN(BracketView)
    QML_NAMED_ELEMENT(BracketView)
};

struct PhaseBracketForeign {
    Q_GADGET
    QML_FOREIGN(PhaseBracket)
    QML_NAMED_ELEMENT(PhaseBracket)
    QML_UNCREATABLE("A BracketController provides the bracket")
};

// The bracket page's typed lists, provided by its BracketController.
struct StandingsModelForeign {
    Q_GADGET
    QML_FOREIGN(StandingsModel)
    QML_NAMED_ELEMENT(StandingsModel)
    QML_UNCREATABLE("A BracketController provides the standings")
};

struct PhaseSummaryModelForeign {
    Q_GADGET
    QML_FOREIGN(PhaseSummaryModel)
    QML_NAMED_ELEMENT(PhaseSummaryModel)
    QML_UNCREATABLE("A BracketController provides the phases")
};

struct MatchStateLegendModelForeign {
    Q_GADGET
    QML_FOREIGN(MatchStateLegendModel)
    QML_NAMED_ELEMENT(MatchStateLegendModel)
    QML_UNCREATABLE("A BracketController provides the legend")
};

struct LobbyModelForeign {
    Q_GADGET
    QML_FOREIGN(LobbyModel)
    QML_NAMED_ELEMENT(LobbyModel)
    QML_UNCREATABLE("A BracketController provides the lobbies")
};

struct LobbyEntrantModelForeign {
    Q_GADGET
    QML_FOREIGN(LobbyEntrantModel)
    QML_ANONYMOUS
};

struct CrossTableModelForeign {
    Q_GADGET
    QML_FOREIGN(CrossTableModel)
    QML_NAMED_ELEMENT(CrossTableModel)
    QML_UNCREATABLE("A BracketController provides the cross tables")
};

struct CrossTableCellModelForeign {
    Q_GADGET
    QML_FOREIGN(CrossTableCellModel)
    QML_ANONYMOUS
};

struct BadgeFilterChoiceModelForeign {
    Q_GADGET
    QML_FOREIGN(BadgeFilterChoiceModel)
    QML_ANONYMOUS
};

struct PrintHistoryModelForeign {
    Q_GADGET
    QML_FOREIGN(PrintHistoryModel)
    QML_ANONYMOUS
};

class EventBracketController : public BracketController
{
    Q_OBJECT
    QML_NAMED_ELEMENT(BracketController)
public:
    EventBracketController()
        : BracketController(*PublishedService<Store>::instance)
    {
        // Its refusals reach the organiser like every other service's.
        if (auto *notifications = PublishedService<NotificationModel>::instance)
            connect(this, &BracketController::error, notifications,
                [notifications](const QString &message) { notifications->post(NotificationModel::Error, message); });
    }
};

// The tournament being played, as every screen reads it: up next, now playing, waiting, the
// stream queue, stations, events' progress, the board and the timeline.
struct TournamentLiveForeign : PublishedService<TournamentLive> {
    Q_GADGET
    QML_FOREIGN(TournamentLive)
    QML_NAMED_ELEMENT(TournamentLive)
    QML_SINGLETON
};

// What the stream overlays show, for the caster window's "now playing" panel.
struct LiveDataForeign : PublishedService<StoreOverlayDataSource> {
    Q_GADGET
    QML_FOREIGN(StoreOverlayDataSource)
    QML_NAMED_ELEMENT(LiveData)
    QML_SINGLETON
};

struct Services {
    AppInfo &info;
    AppSettings &settings;
    LanguageManager &language;
    NavigationModel &navigation;
    Theme &theme;
    NotificationModel &notifications;
    OverlayServer &overlay;
    BadgePrintController &badgePrint;
    BadgeFilterModel &badgeList;
    TicketingController &ticketing;
    Store &store;
    PlayerController &players;
    TeamImportController &teamImports;
    EventController &events;
    PlayerModel &playerList;
    TeamModel &teamList;
    TournamentModel &tournamentList;
    StoreOverlayDataSource &liveData;
    TournamentLive &live;
    BadgeStore &badgeStore;
    TicketPrintController &ticketPrint;
    ArchiveController &archives;
    PlayerPhones &phones;
    PlayerPageServer &playerPages;
    OmniumApplication &application;
};

inline void publishServices(const Services &services)
{
    AppInfoForeign::instance = &services.info;
    AppSettingsForeign::instance = &services.settings;
    LanguageManagerForeign::instance = &services.language;
    NavigationForeign::instance = &services.navigation;
    ThemeForeign::instance = &services.theme;
    NotificationsForeign::instance = &services.notifications;
    OverlayServerForeign::instance = &services.overlay;
    BadgePrintForeign::instance = &services.badgePrint;
    BadgeListForeign::instance = &services.badgeList;
    TicketingForeign::instance = &services.ticketing;
    StoreForeign::instance = &services.store;
    PlayerControllerForeign::instance = &services.players;
    TeamImportControllerForeign::instance = &services.teamImports;
    EventControllerForeign::instance = &services.events;
    PlayerModelForeign::instance = &services.playerList;
    TeamModelForeign::instance = &services.teamList;
    TournamentModelForeign::instance = &services.tournamentList;
    LiveDataForeign::instance = &services.liveData;
    TournamentLiveForeign::instance = &services.live;
    SchedulerForeign::instance = &services.live.scheduler();
    BadgeStoreForeign::instance = &services.badgeStore;
    TicketPrintForeign::instance = &services.ticketPrint;
    ArchiveControllerForeign::instance = &services.archives;
    PlayerPhonesForeign::instance = &services.phones;
    PlayerPageServerForeign::instance = &services.playerPages;
    OmniumApplicationForeign::instance = &services.application;
}
