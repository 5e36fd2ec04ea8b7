// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class ArchiveController;
class BadgePrintController;
class NavigationModel;
class NotificationModel;
class OverlayServer;
class PlayerPageServer;
class PlayerController;
class SchedulerController;
class Store;
class TeamImportController;
class TicketingController;

// Where the organiser's messages come from: each service's existing error or message signal,
// connected once to the Notifications model (by main(), and by the test that checks it). A
// page's BracketController connects itself when QML creates it (qml/services.h).
struct NotificationSources {
    Store &store;
    PlayerController &players;
    TeamImportController &teamImports; // the Teams page's CSV import and export
    SchedulerController &scheduler; // the Station board's refused results and actions
    TicketingController &ticketing;
    BadgePrintController &badgePrint;
    ArchiveController &archives;
    OverlayServer &overlay;
    NavigationModel &navigation; // where the overlay error's "Open settings" goes
    PlayerPageServer *playerPages = nullptr; // its port taken, as the overlays'

    void connectTo(NotificationModel &notifications) const;
    // The store's part alone: its refusals, and a venue server lost and back (the venue tests).
    static void connectStore(Store &store, NotificationModel &notifications);
    // The ticketing part alone (a gate laptop's pages in the walk-through test).
    static void connectTicketing(TicketingController &ticketing, NotificationModel &notifications);
};
