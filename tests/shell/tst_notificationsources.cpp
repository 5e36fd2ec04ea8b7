// SPDX-License-Identifier: GPL-3.0-or-later
// Each service's refusals and results reach the one Notifications model, with their level,
// as main() wires them: a real store on disk, real files, a real port already taken.
#include "../bracket/bracketfixture.h"
#include "archive/archivecontroller.h"
#include "archive/backupmanager.h"
#include "badges/printrecord.h"
#include "badgesamples.h"
#include "core/clock.h"
#include "overlay/memoryoverlaydatasource.h"
#include "overlay/overlayserver.h"
#include "print/badgelistmodel.h"
#include "print/badgeprintcontroller.h"
#include "registration/playercontroller.h"
#include "registration/teamimportcontroller.h"
#include "schedule/schedulercontroller.h"
#include "shell/navigationmodel.h"
#include "shell/notificationmodel.h"
#include "shell/notificationsources.h"
#include "store/store.h"
#include "ticketing/ticketingcontroller.h"
#include "ticketing/ticketingpairing.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestNotificationSources : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    }

    void eachServiceReachesNotifications_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("textContains");
        QTest::addColumn<QString>("actionText");
        QTest::newRow("store: stale edit refused")
            << u"store"_s << int(NotificationModel::Error) << QString() << QString();
        QTest::newRow("players: import file missing")
            << u"players"_s << int(NotificationModel::Info) << u"missing-players.csv"_s << QString();
        QTest::newRow("teams: export saved")
            << u"teams"_s << int(NotificationModel::Info) << u"teams.csv"_s << QString();
        QTest::newRow("station board: impossible score")
            << u"scheduler"_s << int(NotificationModel::Error) << u"best of 3"_s << QString();
        QTest::newRow("badges: saved") << u"badges saved"_s << int(NotificationModel::Info) << u"badges.pdf"_s
                                       << QString();
        QTest::newRow("badges: folder missing")
            << u"badges failed"_s << int(NotificationModel::Error) << u"no-such-folder"_s << QString();
        QTest::newRow("archives: restore refused")
            << u"archives"_s << int(NotificationModel::Error) << QString() << QString();
        QTest::newRow("ticketing: paired")
            << u"ticketing paired"_s << int(NotificationModel::Info) << u"https://192.168.1.10:8740"_s << QString();
        QTest::newRow("ticketing: pairing code refused")
            << u"ticketing refused"_s << int(NotificationModel::Warning) << u"https"_s << QString();
        QTest::newRow("overlay: port taken")
            << u"overlay"_s << int(NotificationModel::Error) << QString() << u"Open settings"_s;
    }
    void eachServiceReachesNotifications()
    {
        QFETCH(QString, source);
        QFETCH(int, level);
        QFETCH(QString, textContains);
        QFETCH(QString, actionText);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Store store(Clock::system());
        QVERIFY(!store.open(dir.filePath(u"venue.sqlite"_s)));
        PlayerController players(store);
        TeamImportController teamImports(store);
        SchedulerController scheduler(store, Clock::system());
        TicketingController ticketing(nullptr, {}, {}, dir.filePath(u"gate.sqlite"_s), Clock::system());
        BadgeListModel badges;
        MemoryPrintLog printLog;
        BadgePrintController badgePrint(badges, printLog, Clock::system());
        BackupManager backups(store, dir.filePath(u"backups"_s));
        ArchiveController archives(store, backups);
        MemoryOverlayDataSource overlayData;
        OverlayServer overlay(overlayData);
        NavigationModel navigation;
        NotificationModel notifications(Clock::system());
        NotificationSources {
            store, players, teamImports, scheduler, ticketing, badgePrint, archives, overlay, navigation}
            .connectTo(notifications);
        QCOMPARE(notifications.rowCount(), 0); // nothing said yet

        QString said; // the service's own words, where it keeps them
        QTcpServer taken;
        if (source == u"store") {
            const qint64 player = players.addPlayer({{u"tag"_s, u"Kazuki"_s}});
            QVERIFY(player > 0);
            QVERIFY(!players.updatePlayer(player, 99, {{u"tag"_s, u"Kazuki2"_s}}));
            said = store.lastErrorMessage();
        } else if (source == u"scheduler") {
            // A best-of-3 match called to a station, finished 3-0 on the Station board.
            const qint64 event = BracketFixture::makeEvent(store, 4);
            omnium::engine::PhaseConfig config;
            config.bestOf = 3;
            BracketStore brackets(store);
            QVERIFY(brackets.createPhase(event, u"Main"_s, config, nullptr) > 0);
            scheduler.refresh();
            const qint64 match = scheduler.waiting().value(0).matchId;
            QVERIFY(match > 0);
            QVERIFY(!scheduler.finish(match, 3, 0));
        } else if (source == u"players") {
            QVERIFY(!players.readImportFile(QUrl::fromLocalFile(dir.filePath(u"missing-players.csv"_s))));
        } else if (source == u"teams") {
            QVERIFY(teamImports.exportCsvFile(QUrl::fromLocalFile(dir.filePath(u"teams.csv"_s))));
        } else if (source.startsWith(u"badges")) {
            badges.setBadges(BadgeSamples::make(1, 0));
            badges.setSelected(0, true);
            QSignalSpy finished(&badgePrint, &BadgePrintController::finished);
            const QString pdf = source == u"badges saved" ? dir.filePath(u"badges.pdf"_s)
                                                          : dir.filePath(u"no-such-folder/badges.pdf"_s);
            QVERIFY(badgePrint.exportPdf(QUrl::fromLocalFile(pdf)));
            QVERIFY(finished.wait(60000));
            said = finished.at(0).at(1).toString();
        } else if (source == u"archives") {
            QSignalSpy finished(&archives, &ArchiveController::finished);
            archives.restoreBackup(dir.filePath(u"backups/none.sqlite"_s));
            QVERIFY(finished.count() > 0 || finished.wait(10000));
            said = archives.lastError();
        } else if (source.startsWith(u"ticketing")) {
            TicketingPairing pairing {QUrl(u"https://192.168.1.10:8740"_s), QByteArray(32, 'a'), u"0123456789abcdef"_s};
            if (source == u"ticketing refused")
                pairing.endpoint.setScheme(u"http"_s);
            QCOMPARE(ticketing.pair(pairing.toString()), source == u"ticketing paired");
            said = ticketing.message();
        } else if (source == u"overlay") {
            QVERIFY(taken.listen(QHostAddress::LocalHost));
            overlay.setPort(taken.serverPort());
            QVERIFY(!overlay.start());
            said = overlay.errorString();
        }

        QTRY_COMPARE(notifications.rowCount(), 1);
        const QModelIndex shown = notifications.index(0);
        QCOMPARE(shown.data(NotificationModel::LevelRole).toInt(), level);
        const QString text = shown.data(NotificationModel::TextRole).toString();
        QVERIFY(!text.isEmpty());
        if (!said.isEmpty())
            QCOMPARE(text, said);
        QVERIFY2(text.contains(textContains), qPrintable(text));
        QCOMPARE(shown.data(NotificationModel::ActionTextRole).toString(), actionText);
        if (!actionText.isEmpty()) {
            // The overlay's action opens the settings page, where its port is chosen.
            notifications.trigger(shown.data(NotificationModel::IdRole).toInt());
            QCOMPARE(navigation.currentPage(), u"SettingsPage"_s);
            QCOMPARE(notifications.rowCount(), 0);
        }
    }
};

QTEST_MAIN(TestNotificationSources)
#include "tst_notificationsources.moc"
