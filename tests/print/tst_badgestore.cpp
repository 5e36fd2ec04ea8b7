// SPDX-License-Identifier: GPL-3.0-or-later
// Badges from a real SQLite file, as a new user does it (issue 7's "done means"): 40 players
// registered in an event and 6 staff printed on A4 sheets to PDF, the pages checked with
// pdfinfo/pdftotext, one page rendered with pdftoppm and its QR codes read by zxing-cpp
// back to the right people through the check-in desk's lookup; the print log in the store,
// a reprint marked; badge ids kept when the database is opened again.
#include "badges/badgestore.h"
#include "core/clock.h"
#include "modelrows.h"
#include "print/badgelistmodel.h"
#include "print/badgeprintcontroller.h"
#include "qrreader.h"
#include "store/store.h"
#include "testartefacts.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning() << program << arguments << process.readAllStandardError();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

QByteArray photoPng(const QColor &colour)
{
    QImage image(120, 120, QImage::Format_RGB32);
    image.fill(colour);
    QPainter painter(&image);
    painter.setBrush(Qt::white);
    painter.drawEllipse(QRectF(30, 20, 60, 60));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

const QStringList firstNames = {u"Camille"_s, u"Hélène"_s, u"Jérôme"_s, u"Zoé"_s, u"François"_s, u"Ægir"_s, u"Νίκος"_s,
    u"Дмитрий"_s, u"Łukasz"_s, u"Inès"_s};
const QStringList lastNames = {u"Dupont"_s, u"Lefèvre"_s, u"Bénard"_s, u"Martin"_s};

qint64 scalar(Store &store, const QString &sql, const QVariantList &values = {})
{
    auto query = store.select(sql, values);
    return query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

class TestBadgeStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        for (const auto &tool : {u"pdfinfo"_s, u"pdftotext"_s, u"pdftoppm"_s}) {
            if (QStandardPaths::findExecutable(tool).isEmpty())
                QFAIL(qPrintable(tool + u" (poppler-utils) is needed"_s));
        }
    }

    void normalisesScannedIds_data()
    {
        QTest::addColumn<QString>("scanned");
        QTest::addColumn<QString>("id");
        QTest::newRow("digits") << u"400000000002"_s << u"400000000002"_s;
        QTest::newRow("grouped as printed") << u"4000 0000 0002"_s << u"400000000002"_s;
        QTest::newRow("AZERTY digit row") << QString(u"'"_s + QString(10, u'à') + u"é"_s) << u"400000000002"_s;
        QTest::newRow("wrong check digit") << u"400000000003"_s << QString();
        QTest::newRow("swapped digits") << u"040000000002"_s << QString();
        QTest::newRow("too short") << u"40000000002"_s << QString();
        QTest::newRow("letters") << u"4000A0000002"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void normalisesScannedIds()
    {
        QFETCH(QString, scanned);
        QFETCH(QString, id);
        QCOMPARE(BadgeStore::normaliseBadgeId(scanned), id);
    }

    void newIdsAreValidAndDiffer()
    {
        QSet<QString> seen;
        for (int i = 0; i < 1000; ++i) {
            const QString id = BadgeStore::newBadgeId();
            QCOMPARE(BadgeStore::normaliseBadgeId(id), id);
            seen.insert(id);
        }
        QCOMPARE(seen.size(), 1000);
    }

    void printsPlayersAndStaffFromTheStore()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(u"venue.sqlite"_s);
        ManualClock clock(QDateTime(QDate(2026, 11, 28), QTime(9, 30), QTimeZone::UTC));
        QString scannedId, scannedName;
        qint64 scannedPlayer = 0;
        {
            Store store(clock);
            QVERIFY(!store.open(database));

            // 40 players registered in one event (every other one checked in), two teams of five
            // with a coach each; every fourth player has a photo.
            qint64 eventId = 0, teamId = 0;
            QVERIFY(!store.run(CommandLabel::verbatim(u"set up"_s), [&](StoreTransaction &tx) {
                const qint64 tournament = tx.insert(u"tournaments"_s, {{u"name"_s, u"Winter Cup"_s}});
                eventId = tx.insert(u"events"_s,
                    {{u"tournament_id"_s, tournament}, {u"name"_s, u"Street Fighter 6 — 1v1"_s},
                        {u"game"_s, u"SF6"_s}});
                for (int i = 0; i < 40; ++i) {
                    QVariantMap player {{u"tag"_s, u"Player%1"_s.arg(i + 1, 2, 10, QChar(u'0'))},
                        {u"name"_s, QString(firstNames.at(i % 10) + u' ' + lastNames.at(i / 10))}};
                    if (i % 4 == 0)
                        player.insert(u"photo"_s, photoPng(QColor::fromHsv(i * 9, 160, 200)));
                    const qint64 id = tx.insert(u"players"_s, player);
                    tx.insert(u"entrants"_s,
                        {{u"event_id"_s, eventId}, {u"player_id"_s, id},
                            {u"check_in"_s, i % 2 == 0 ? u"checked_in"_s : u"pending"_s}});
                    if (i < 10) {
                        if (i % 5 == 0)
                            teamId = tx.insert(u"teams"_s, {{u"name"_s, u"Team %1"_s.arg(i / 5 + 1)}});
                        tx.insert(u"team_members"_s,
                            {{u"team_id"_s, teamId}, {u"player_id"_s, id},
                                {u"role"_s, i % 5 == 4 ? u"coach"_s : u"player"_s}});
                    }
                }
            }));

            BadgeListModel badges;
            QAbstractItemModelTester tester(&badges, QAbstractItemModelTester::FailureReportingMode::QtTest);
            BadgeStore badgeStore(store);
            badges.follow(badgeStore);
            QCOMPARE(badges.rowCount(), 40);
            // The page's filters: everyone first, then each event (with its tournament) and team.
            QAbstractItemModelTester eventsTester(
                badgeStore.events(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            QAbstractItemModelTester historyTester(
                badgeStore.printHistory(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            const auto events = modelRows(*badgeStore.events());
            QCOMPARE(events.size(), 2);
            QCOMPARE(events.at(0).value(u"value"_s).toLongLong(), 0);
            QCOMPARE(events.at(0).value(u"text"_s).toString(), u"Every event"_s);
            QCOMPARE(events.at(1).value(u"value"_s).toLongLong(), eventId);
            QCOMPARE(events.at(1).value(u"text"_s).toString(), u"Winter Cup — Street Fighter 6 — 1v1"_s);
            const auto teams = modelRows(*badgeStore.teams());
            QCOMPARE(teams.size(), 3);
            QCOMPARE(teams.at(1).value(u"text"_s).toString(), u"Team 1"_s);
            QCOMPARE(teams.at(2).value(u"value"_s).toLongLong(), teamId);

            // Six people who are not players, through the page's form (undoable).
            const QList<std::pair<QString, QString>> staff
                = {{u"Anne Moreau"_s, u"staff"_s}, {u"Paul Girard"_s, u"staff"_s}, {u"Léa Fontaine"_s, u"press"_s},
                    {u"Karim Haddad"_s, u"caster"_s}, {u"Mme la Maire"_s, u"vip"_s}, {u"Yuki Tanaka"_s, u"guest"_s}};
            for (const auto &[name, role] : staff)
                QVERIFY(
                    badgeStore.addStaff({{u"name"_s, name}, {u"organisation"_s, u"Vélodrome"_s}, {u"role"_s, role}}));
            QCOMPARE(badges.rowCount(), 46);
            QVERIFY(!badgeStore.addStaff({{u"name"_s, u"  "_s}})); // refused: no name
            QVERIFY(!badgeStore.addStaff({{u"name"_s, u"Nul\0Nom"_s}})); // refused: a control character
            QVERIFY(!badgeStore.addStaff({{u"name"_s, u"Ok"_s}, {u"organisation"_s, u"Esc\x1b"_s}}));
            QVERIFY(!badgeStore.addStaff({{u"name"_s, u"Sneaky"_s}, {u"role"_s, u"player"_s}}));
            QVERIFY(badgeStore.addStaff({{u"name"_s, u"Oops"_s}}));
            QCOMPARE(badges.rowCount(), 47);
            QVERIFY(store.undo());
            QCOMPARE(badges.rowCount(), 46);

            // Editing a staff badge keeps its id.
            const qint64 pressId = scalar(store, u"SELECT id FROM staff WHERE role = 'press'"_s);
            const qint64 pressBadge = scalar(store, u"SELECT badge_id FROM staff WHERE id = ?"_s, {pressId});
            QVERIFY(pressBadge > 0);
            auto pressRow = badgeStore.staff(pressId);
            QCOMPARE(pressRow.value(u"name"_s).toString(), u"Léa Fontaine"_s);
            QVERIFY(badgeStore.updateStaff(pressId, pressRow.value(u"version"_s).toInt(),
                {{u"name"_s, u"Léa Fontaine-Roy"_s}, {u"organisation"_s, u"Ouest-France"_s}, {u"role"_s, u"press"_s}}));
            QVERIFY(!badgeStore.updateStaff(pressId, pressRow.value(u"version"_s).toInt(), {{u"name"_s, u"stale"_s}}));
            QCOMPARE(scalar(store, u"SELECT badge_id FROM staff WHERE id = ?"_s, {pressId}), pressBadge);

            // Picking who: by event, check-in, team, role, search.
            BadgeFilterModel shown(&badges);
            QAbstractItemModelTester filterTester(&shown, QAbstractItemModelTester::FailureReportingMode::QtTest);
            shown.setEventId(eventId);
            QCOMPARE(shown.rowCount(), 40);
            shown.setCheckIn(u"checked_in"_s);
            QCOMPARE(shown.rowCount(), 20);
            shown.setCheckIn(u"not_checked_in"_s);
            QCOMPARE(shown.rowCount(), 20);
            shown.setCheckIn({});
            shown.setEventId(0);
            shown.setTeamId(teamId);
            QCOMPARE(shown.rowCount(), 5);
            shown.setRoleKey(u"coach"_s);
            QCOMPARE(shown.rowCount(), 1);
            shown.setTeamId(0);
            QCOMPARE(shown.rowCount(), 2);
            shown.setRoleKey(u"press"_s);
            QCOMPARE(shown.rowCount(), 1);
            QCOMPARE(shown.index(0, 0).data(BadgeListModel::DisplayNameRole).toString(), u"Léa Fontaine-Roy"_s);
            QCOMPARE(shown.index(0, 0).data(BadgeListModel::StaffIdRole).toLongLong(), pressId);
            shown.setRoleKey({});
            shown.setSearch(u"Lefèvre"_s);
            QCOMPARE(shown.rowCount(), 10);
            shown.setSearch({});

            // The event's 40 players, then the 6 staff: 46 badges on A4, 4 × A6 a sheet.
            BadgePrintController controller(badges, badgeStore, clock);
            shown.setEventId(eventId);
            shown.selectShown(true);
            shown.setEventId(0);
            for (const auto &role : {u"staff"_s, u"press"_s, u"caster"_s, u"vip"_s, u"guest"_s}) {
                shown.setRoleKey(role);
                shown.selectShown(true);
            }
            shown.setRoleKey({});
            QCOMPARE(badges.selectedCount(), 46);
            QCOMPARE(controller.pageCount(), 12);

            const QString pdf = dir.filePath(u"badges.pdf"_s);
            QSignalSpy finished(&controller, &BadgePrintController::finished);
            QVERIFY(controller.exportPdf(QUrl::fromLocalFile(pdf)));
            QVERIFY(finished.wait(120000));
            QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));

            const QString info = run(u"pdfinfo"_s, {pdf});
            QVERIFY2(info.contains(QRegularExpression(u"Pages:\\s+12\\n"_s)), qPrintable(info));
            QVERIFY2(info.contains(QRegularExpression(u"Page size:\\s+595(\\.\\d+)? x 84[12](\\.\\d+)? pts"_s)),
                qPrintable(info));
            const QString text = run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
            for (const auto &name : {u"Hélène"_s, u"Lefèvre"_s, u"Νίκος"_s, u"Дмитрий"_s, u"Łukasz"_s, u"Karim"_s,
                     u"Haddad"_s, u"Fontaine-Roy"_s, u"Street Fighter 6"_s, u"Team 1"_s, u"PRESS"_s, u"CASTER"_s})
                QVERIFY2(text.contains(name), qPrintable(name));

            // Every badge id is now stored with its person.
            QCOMPARE(scalar(store, u"SELECT COUNT(*) FROM players WHERE badge_id IS NOT NULL"_s), 40);
            QCOMPARE(scalar(store, u"SELECT COUNT(*) FROM staff WHERE badge_id IS NOT NULL"_s), 6);

            // Page 1 as pdftoppm renders it: zxing reads four QR codes, each leading back to its player.
            QTemporaryDir pages;
            run(u"pdftoppm"_s,
                {u"-r"_s, u"200"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, u"-png"_s, u"-singlefile"_s, pdf,
                    pages.filePath(u"page"_s)});
            const QImage page1(pages.filePath(u"page.png"_s));
            // Kept for people to look at.
            QFile::copy(pdf, testArtefacts().filePath(u"badges.pdf"_s));
            page1.save(testArtefacts().filePath(u"page1.png"_s));
            const QStringList codes = readQrCodes(page1);
            QCOMPARE(codes.size(), 4);
            for (const auto &code : codes) {
                const auto found = badgeStore.lookup(code);
                QVERIFY2(found.value(u"found"_s).toBool(), qPrintable(code));
                QCOMPARE(found.value(u"kind"_s).toString(), u"player"_s);
                auto query = store.select(u"SELECT id, name FROM players WHERE badge_id = ?"_s, {code});
                QVERIFY(query.next());
                QCOMPARE(found.value(u"id"_s).toLongLong(), query.value(0).toLongLong());
                QCOMPARE(found.value(u"name"_s).toString(), query.value(1).toString());
                QVERIFY(text.contains(found.value(u"name"_s).toString().split(u' ').constFirst()));
                QCOMPARE(found.value(u"printCount"_s).toInt(), 1);
                QVERIFY(found.value(u"events"_s).toString().contains(u"Street Fighter 6"_s));
            }
            scannedId = codes.constFirst();
            scannedName = badgeStore.lookup(scannedId).value(u"name"_s).toString();
            scannedPlayer = badgeStore.lookup(scannedId).value(u"id"_s).toLongLong();
            const auto missing = badgeStore.lookup(u"400000000002"_s);
            QVERIFY(!missing.value(u"found"_s).toBool());
            QVERIFY(!badgeStore.lookup(u"hello"_s).value(u"found"_s).toBool());

            // The print log: 46 rows, none a reprint, with layout and design.
            QCOMPARE(scalar(store, u"SELECT COUNT(*) FROM print_log WHERE kind = 'badge'"_s), 46);
            QCOMPARE(scalar(store, u"SELECT COUNT(*) FROM print_log WHERE player_id IS NOT NULL"_s), 40);
            QCOMPARE(scalar(store, u"SELECT COUNT(*) FROM print_log WHERE entrant_id IS NOT NULL"_s), 40);
            QCOMPARE(scalar(store, u"SELECT COUNT(*) FROM print_log WHERE staff_id IS NOT NULL"_s), 6);
            {
                auto query = store.select(u"SELECT details FROM print_log ORDER BY id"_s);
                while (query.next()) {
                    const auto details = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
                    QCOMPARE(details.value(u"reprint"_s).toBool(), false);
                    QCOMPARE(details.value(u"design"_s).toString(), u"classic"_s);
                    QVERIFY(details.value(u"layout"_s).toString().contains(u"a4"_s));
                    QCOMPARE(details.value(u"printed_at"_s).toString(), u"2026-11-28T09:30:00.000Z"_s);
                }
            }
            QCOMPARE(badgeStore.printHistory()->rowCount(), 30);
            QVERIFY(badgeStore.wasPrinted(u"badge"_s, scannedId));

            // The scanned player lost theirs: printed again alone, marked as a reprint.
            shown.selectShown(false);
            for (int row = 0; row < badges.rowCount(); ++row) {
                if (badges.index(row).data(BadgeListModel::BadgeIdRole).toString() == scannedId)
                    badges.setSelected(row, true);
            }
            QCOMPARE(badges.selectedCount(), 1);
            clock.set(clock.now().addSecs(3600));
            QVERIFY(controller.exportPdf(QUrl::fromLocalFile(dir.filePath(u"lost.pdf"_s))));
            QVERIFY(finished.wait(60000));
            QCOMPARE(scalar(store, u"SELECT COUNT(*) FROM print_log"_s), 47);
            const auto last = modelRows(*badgeStore.printHistory()).constFirst();
            QCOMPARE(last.value(u"badgeId"_s).toString(), scannedId);
            QCOMPARE(last.value(u"reprint"_s).toBool(), true);
            QCOMPARE(last.value(u"name"_s).toString(), scannedName);
            QCOMPARE(badgeStore.history(u"badge"_s, scannedId).size(), 2);
            QCOMPARE(badgeStore.lookup(scannedId).value(u"printCount"_s).toInt(), 2);
            QCOMPARE(scalar(store, u"SELECT player_id FROM print_log ORDER BY id DESC LIMIT 1"_s), scannedPlayer);
        }

        // Opened again (another day, another desk): the same ids lead to the same people.
        Store store(clock);
        QVERIFY(!store.open(database));
        BadgeListModel badges;
        BadgeStore badgeStore(store);
        badges.follow(badgeStore);
        QCOMPARE(badges.rowCount(), 46);
        QCOMPARE(badges.badge(scannedId).displayName, scannedName);
        QCOMPARE(badgeStore.lookup(scannedId).value(u"id"_s).toLongLong(), scannedPlayer);
        QVERIFY(badgeStore.wasPrinted(u"badge"_s, scannedId));
    }
};

QTEST_MAIN(TestBadgeStore)
#include "tst_badgestore.moc"
