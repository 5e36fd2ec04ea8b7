// SPDX-License-Identifier: GPL-3.0-or-later
#include "notificationsources.h"

#include "archive/archivecontroller.h"
#include "navigationmodel.h"
#include "notificationmodel.h"
#include "overlay/overlayserver.h"
#include "overlay/playerpageserver.h"
#include "print/badgeprintcontroller.h"
#include "registration/playercontroller.h"
#include "registration/teamimportcontroller.h"
#include "schedule/schedulercontroller.h"
#include "store/store.h"
#include "ticketing/ticketingcontroller.h"

#include <QCoreApplication>

#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

void NotificationSources::connectStore(Store &store, NotificationModel &notifications)
{
    // A venue server lost and back: said at once, so no desk works on believing it saves.
    // Once back, "reconnecting" and the refusals made meanwhile give way to what was caught up.
    auto outage = std::make_shared<QList<int>>();
    QObject::connect(
        &store, &Store::errorOccurred, &notifications, [&notifications, &store, outage](const QString &message) {
            const int id = notifications.post(NotificationModel::Error, message);
            if (store.connection() == Store::Connection::Reconnecting)
                outage->append(id);
        });
    QObject::connect(&store, &Store::connectionChanged, &notifications, [&notifications, &store, outage] {
        if (store.connection() == Store::Connection::Reconnecting)
            outage->append(notifications.post(NotificationModel::Error,
                QCoreApplication::translate("NotificationSources",
                    "The venue server %1 cannot be reached. Reconnecting… Changes are refused until it is back.")
                    .arg(store.path())));
    });
    QObject::connect(&store, &Store::reconnected, &notifications, [&notifications, outage](int commands) {
        for (int id : std::exchange(*outage, {}))
            notifications.dismiss(id);
        notifications.post(NotificationModel::Info,
            QCoreApplication::translate("NotificationSources",
                "Reconnected to the venue server; %n change(s) made at other desks meanwhile are shown.", nullptr,
                commands));
    });
}

void NotificationSources::connectTo(NotificationModel &notifications) const
{
    connectStore(store, notifications);
    QObject::connect(&scheduler, &SchedulerController::error, &notifications,
        [&notifications](const QString &message) { notifications.post(NotificationModel::Error, message); });
    QObject::connect(&players, &PlayerController::message, &notifications,
        [&notifications](const QString &text) { notifications.post(NotificationModel::Info, text); });
    QObject::connect(&teamImports, &TeamImportController::message, &notifications,
        [&notifications](const QString &text) { notifications.post(NotificationModel::Info, text); });
    connectTicketing(ticketing, notifications);
    QObject::connect(&badgePrint, &BadgePrintController::finished, &notifications,
        [&notifications](bool ok, const QString &message) {
            notifications.post(ok ? NotificationModel::Info : NotificationModel::Error, message);
        });
    QObject::connect(
        &archives, &ArchiveController::finished, &notifications, [&notifications, &archives = archives](bool ok) {
            notifications.post(
                ok ? NotificationModel::Info : NotificationModel::Error, ok ? archives.status() : archives.lastError());
        });
    // A port already taken shows up at start, on whatever page is open: offer the settings.
    QObject::connect(&overlay, &OverlayServer::errorStringChanged, &notifications,
        [&notifications, &overlay = overlay, &navigation = navigation] {
            notifications.post(NotificationModel::Error, overlay.errorString(),
                QCoreApplication::translate("NotificationSources", "Open settings"),
                [pages = &navigation] { pages->setCurrentIndex(pages->indexOf(u"SettingsPage"_s)); });
        });
    if (playerPages) {
        QObject::connect(playerPages, &PlayerPageServer::errorOccurred, &notifications,
            [&notifications](const QString &message) { notifications.post(NotificationModel::Error, message); });
        QObject::connect(playerPages, &PlayerPageServer::runningChanged, &notifications,
            [&notifications, server = playerPages, &navigation = navigation] {
                if (server->errorString().isEmpty())
                    return;
                notifications.post(NotificationModel::Error, server->errorString(),
                    QCoreApplication::translate("NotificationSources", "Open settings"),
                    [pages = &navigation] { pages->setCurrentIndex(pages->indexOf(u"SettingsPage"_s)); });
            });
    }
}

void NotificationSources::connectTicketing(TicketingController &ticketing, NotificationModel &notifications)
{
    // Its messages mix refusals, which ask the organiser to do something, and confirmations.
    const auto post = [&notifications, &ticketing] {
        notifications.post(ticketing.messageIsConfirmation() ? NotificationModel::Info : NotificationModel::Warning,
            ticketing.message());
    };
    QObject::connect(&ticketing, &TicketingController::messageChanged, &notifications, post);
    post(); // said while it was built
}
