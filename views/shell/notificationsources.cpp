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

using namespace Qt::StringLiterals;

void NotificationSources::connectTo(NotificationModel &notifications) const
{
    QObject::connect(&store, &Store::errorOccurred, &notifications,
        [&notifications](const QString &message) { notifications.post(NotificationModel::Error, message); });
    QObject::connect(&scheduler, &SchedulerController::error, &notifications,
        [&notifications](const QString &message) { notifications.post(NotificationModel::Error, message); });
    QObject::connect(&players, &PlayerController::message, &notifications,
        [&notifications](const QString &text) { notifications.post(NotificationModel::Info, text); });
    QObject::connect(&teamImports, &TeamImportController::message, &notifications,
        [&notifications](const QString &text) { notifications.post(NotificationModel::Info, text); });
    // Its messages mix refusals and confirmations; most ask the organiser to do something.
    QObject::connect(
        &ticketing, &TicketingController::messageChanged, &notifications, [&notifications, &ticketing = ticketing] {
            notifications.post(NotificationModel::Warning, ticketing.message());
        });
    notifications.post(NotificationModel::Warning, ticketing.message()); // said while it was built
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
