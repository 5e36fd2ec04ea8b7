// SPDX-License-Identifier: GPL-3.0-or-later
// The station board page as the staff at the stations use it (offscreen software renderer):
// the stream station's queue reordered and emptied from its list, and a free-for-all lobby's
// result entered from the board in the lobby grid; the help desk's player lookup.
#include "../bracket/bracketfixture.h"
#include "../quickpagehelpers.h"
#include "competition/bracketstore.h"
#include "core/clock.h"
#include "schedule/schedulercontroller.h"
#include "services.h"
#include "store/store.h"
#include "testartefacts.h"
#include "uisetup.h"

#include <QDir>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickView>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(OmniumPlugin)

using namespace Qt::StringLiterals;
using namespace omnium::engine;

class TestStationBoardPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Theme m_theme;
    NotificationModel m_notifications {Clock::system()};
    std::unique_ptr<Store> m_store;
    std::unique_ptr<TournamentLive> m_live;
    std::unique_ptr<PlayerPhones> m_phones; // the Stations page's self-reporting switch
    SchedulerController *m_scheduler = nullptr;
    std::unique_ptr<QQuickView> m_view;

    template<typename T = QObject> T *child(const char *name) const { return QuickPage::child<T>(*m_view, name); }
    void click(QQuickItem *item) { QuickPage::click(*m_view, item); }
    QList<qint64> streamQueue() const
    {
        QList<qint64> ids;
        for (const LiveMatch &match : m_live->streamQueue()->rows())
            ids << match.matchId;
        return ids;
    }
    // The match on the station at this row of TournamentLive.stations, 0 when free.
    qint64 currentMatchOn(int row) const
    {
        const auto &stations = m_live->stations()->rows();
        return row < stations.size() ? stations[row].currentMatchId : 0;
    }
    // A tournament with a stream station and one other, and an event whose bracket is created.
    qint64 tournamentWith(const PhaseConfig &config, int entrants)
    {
        const qint64 event = BracketFixture::makeEvent(*m_store, entrants);
        BracketStore brackets(*m_store);
        if (brackets.createPhase(event, u"Main"_s, config, nullptr) <= 0)
            return 0;
        auto query = m_store->select(u"SELECT tournament_id FROM events WHERE id = ?"_s, {event});
        m_scheduler->setTournamentId(query.next() ? query.value(0).toLongLong() : 0);
        m_scheduler->addStation({{u"number"_s, 1}, {u"name"_s, u"Stream"_s}, {u"stream"_s, true}});
        m_scheduler->addStation({{u"number"_s, 2}, {u"name"_s, u"Station 2"_s}});
        return event;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<Store>(Clock::system());
        QVERIFY(!m_store->open(m_dir.filePath(u"board.sqlite"_s)));
        m_live = std::make_unique<TournamentLive>(*m_store, Clock::system());
        m_scheduler = &m_live->scheduler();
        m_phones = std::make_unique<PlayerPhones>(*m_store, *m_live, Clock::system());
        PlayerPhonesForeign::instance = m_phones.get();
        StoreForeign::instance = m_store.get();
        TournamentLiveForeign::instance = m_live.get();
        SchedulerForeign::instance = m_scheduler;
        ThemeForeign::instance = &m_theme;
        NotificationsForeign::instance = &m_notifications;
        UiSetup::applyStyle(); // the application's style, as main() sets it
        m_view = std::make_unique<QQuickView>();
        UiSetup::prepareEngine(*m_view->engine());
        m_view->setResizeMode(QQuickView::SizeRootObjectToView);
        m_view->loadFromModule("Omnium", "StationBoardPage");
        QVERIFY2(m_view->status() == QQuickView::Ready, qPrintable(m_view->errors().value(0).toString()));
        m_view->resize(1280, 800);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void streamQueueIsReorderedFromTheList()
    {
        PhaseConfig config;
        config.format = Format::DoubleElimination;
        QVERIFY(tournamentWith(config, 16) > 0);
        // Three waiting matches queued for the stream, after the two the stations were given.
        QList<qint64> queued;
        for (const LiveMatch &waiting : m_live->waiting()->rows()) {
            if (queued.size() < 3)
                queued << waiting.matchId;
        }
        QCOMPARE(queued.size(), 3);
        for (const qint64 id : std::as_const(queued))
            QVERIFY(m_scheduler->queueForStream(id, true));
        QCOMPARE(streamQueue(), queued);
        QTRY_VERIFY(child<QQuickItem>("queueDown0"));
        QVERIFY(!child<QQuickItem>("queueUp0")->isEnabled());
        QVERIFY(!child<QQuickItem>("queueDown2")->isEnabled());
        // The column lays its rows out a frame later: wait until they no longer overlap.
        const auto y = [&](const char *name) { return child<QQuickItem>(name)->mapToScene(QPointF(0, 0)).y(); };
        QTRY_VERIFY(y("queueDown0") < y("queueDown1") && y("queueDown1") < y("queueDown2"));
        QVERIFY(m_view->grabWindow().save(testArtefacts().filePath(u"stream-queue.png"_s)));
        // The stream station is tagged without cutting its name.
        QVERIFY(child<QQuickItem>("streamTag0")->isVisible());
        QVERIFY(!child<QQuickItem>("streamTag1")->isVisible());
        QCOMPARE(child("stationName0")->property("text").toString(), u"Stream"_s);
        QVERIFY(!child("stationName0")->property("truncated").toBool());
        click(child<QQuickItem>("queueDown0"));
        QTRY_COMPARE(streamQueue(), (QList<qint64> {queued[1], queued[0], queued[2]}));
        click(child<QQuickItem>("queueUp2"));
        QTRY_COMPARE(streamQueue(), (QList<qint64> {queued[1], queued[2], queued[0]}));
        QCOMPARE(m_store->undoText(), u"Undo: Reorder the stream queue"_s);
        // Stored: the order survives a rebuild from the database.
        m_scheduler->refresh();
        QCOMPARE(streamQueue(), (QList<qint64> {queued[1], queued[2], queued[0]}));
        click(child<QQuickItem>("queueOut0"));
        QTRY_COMPARE(streamQueue(), (QList<qint64> {queued[2], queued[0]}));
    }

    // Finish on a lobby opens the lobby grid (placements and kills per game) on the board.
    void lobbyResultIsEnteredFromTheBoard()
    {
        PhaseConfig config;
        config.format = Format::FreeForAll;
        config.lobbySize = 8;
        const qint64 event = tournamentWith(config, 16);
        QVERIFY(event > 0);
        qint64 lobby = 0;
        QTRY_VERIFY((lobby = currentMatchOn(0)) > 0);
        QVERIFY(m_scheduler->liveMatch(lobby)->isLobby());
        QVERIFY(QMetaObject::invokeMethod(m_view->rootObject(), "openFinish", Q_ARG(QVariant, QVariant(lobby))));
        auto *dialog = child("stationResult");
        QTRY_VERIFY(dialog->property("visible").toBool());
        QCOMPARE(child("resultBrackets")->property("eventId").toLongLong(), event);
        // Placements 1..8 and no kills in every game, typed field by field.
        int games = 0;
        for (; child<QQuickItem>(qPrintable(u"lobby_%1_0_place"_s.arg(games))); ++games) {
            for (int row = 0; row < 8; ++row) {
                click(child<QQuickItem>(qPrintable(u"lobby_%1_%2_place"_s.arg(games).arg(row))));
                QTest::keyClick(m_view.get(), char('1' + row));
                click(child<QQuickItem>(qPrintable(u"lobby_%1_%2_kills"_s.arg(games).arg(row))));
                QTest::keyClick(m_view.get(), '0');
            }
        }
        QVERIFY(games > 0);
        click(child<QQuickItem>("saveResult"));
        QTRY_VERIFY(!dialog->property("visible").toBool());
        auto query = m_store->select(u"SELECT state, completed_at IS NOT NULL FROM matches WHERE id = ?"_s, {lobby});
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"completed"_s);
        QVERIFY(query.value(1).toBool());
        QTRY_VERIFY(currentMatchOn(0) != lobby);
    }

    // Finish on a two-player match opens the Bracket page's result dialog with the score field
    // focused: "2-1" then Enter saves it, and the freed station's next call is the same undo step.
    void resultIsTypedOnTheBoardAsOnTheBracketPage()
    {
        PhaseConfig config;
        config.format = Format::SingleElimination;
        config.bestOf = 3;
        QVERIFY(tournamentWith(config, 8) > 0);
        qint64 playing = 0;
        QTRY_VERIFY((playing = currentMatchOn(1)) > 0);
        QVERIFY(QMetaObject::invokeMethod(m_view->rootObject(), "openFinish", Q_ARG(QVariant, QVariant(playing))));
        auto *dialog = child("stationResult");
        QTRY_VERIFY(dialog->property("visible").toBool());
        for (const char key : {'2', '-', '1'})
            QTest::keyClick(m_view.get(), key);
        QTest::keyClick(m_view.get(), Qt::Key_Return);
        QTRY_VERIFY(!dialog->property("visible").toBool());
        auto query = m_store->select(u"SELECT state, slot1_score, slot2_score FROM matches WHERE id = ?"_s, {playing});
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"completed"_s);
        QCOMPARE(query.value(1).toInt(), 2);
        QCOMPARE(query.value(2).toInt(), 1);
        query.finish();
        // The station took its next match in the result's own command.
        const qint64 next = currentMatchOn(1);
        QVERIFY(next != 0 && next != playing);
        QVERIFY(m_store->undo());
        QTRY_COMPARE(currentMatchOn(1), playing);
    }

    // A player's phone reported 2-1: the station's card says so, and the organiser's "Confirm"
    // saves it through the result command (one undo), as the opponent's phone would.
    void phoneReportIsConfirmedAtTheStation()
    {
        PhaseConfig config;
        config.format = Format::SingleElimination;
        config.bestOf = 3;
        const qint64 event = tournamentWith(config, 8);
        QVERIFY(event > 0);
        QVERIFY(m_phones->setSelfReporting(event, true));
        qint64 playing = 0;
        QTRY_VERIFY((playing = currentMatchOn(1)) > 0);
        const auto shown = [this](const char *name) -> QQuickItem * {
            QList<QQuickItem *> work = {m_view->contentItem()};
            while (!work.isEmpty()) {
                QQuickItem *item = work.takeLast();
                if (item->objectName() == QLatin1StringView(name) && item->isVisible())
                    return item;
                work << item->childItems();
            }
            return nullptr;
        };
        QVERIFY(!shown("phoneReport"));
        auto query = m_store->select(u"SELECT e.player_id FROM matches m JOIN entrants e ON e.id = m.slot1_entrant_id"
                                     u" WHERE m.id = ?"_s,
            {playing});
        QVERIFY(query.next());
        const qint64 player = query.value(0).toLongLong();
        query.finish();
        QCOMPARE(m_phones->report(player, playing, 2, 1).outcome, PlayerPhones::Outcome::Waiting);
        QTRY_VERIFY(shown("phoneReport"));
        QCOMPARE(shown("phoneReport")->property("score").toString(), u"2-1"_s);
        if (const auto dir = testArtefacts(); dir.exists())
            m_view->grabWindow().save(dir.filePath(u"station-phone-report.png"_s));
        click(shown("confirmPhoneReport"));
        QTRY_VERIFY(!shown("phoneReport"));
        query = m_store->select(u"SELECT state, slot1_score, slot2_score FROM matches WHERE id = ?"_s, {playing});
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"completed"_s);
        QCOMPARE(query.value(1).toInt(), 2);
        QCOMPARE(query.value(2).toInt(), 1);
        query.finish();
        QVERIFY(m_store->undoText().contains(u"2-1"_s));
    }

    // The Stations page's set-up: every field labelled, and "Add station N" adds the number it
    // names: the next one after the highest, or the one typed, after which it follows again.
    void stationsAreAddedWithTheNumberTheButtonNames()
    {
        PhaseConfig config;
        config.format = Format::SingleElimination;
        QVERIFY(tournamentWith(config, 4) > 0); // stations 1 (stream) and 2
        QQuickView page;
        page.setResizeMode(QQuickView::SizeRootObjectToView);
        page.loadFromModule("Omnium", "StationsPage");
        QVERIFY2(page.status() == QQuickView::Ready, qPrintable(page.errors().value(0).toString()));
        page.resize(1366, 768);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const auto numbers = [&] {
            QList<int> list;
            for (const auto &station : m_live->stations()->rows())
                list << station.number;
            std::sort(list.begin(), list.end());
            return list;
        };
        QCOMPARE(numbers(), (QList<int> {1, 2}));
        auto *add = QuickPage::child<QQuickItem>(page, "addStation");
        auto *number = QuickPage::child<QQuickItem>(page, "newStationNumber");
        QVERIFY(add && number);
        QCOMPARE(add->property("text").toString(), u"Add station 3"_s);
        QuickPage::click(page, add);
        QTRY_COMPARE(numbers(), (QList<int> {1, 2, 3}));
        QTRY_COMPARE(add->property("text").toString(), u"Add station 4"_s);
        // A number typed: that station, then the box follows the stations again.
        QuickPage::click(page, number);
        QTest::keySequence(&page, QKeySequence::SelectAll);
        QTest::keyClick(&page, Qt::Key_7);
        QTRY_COMPARE(add->property("text").toString(), u"Add station 7"_s);
        QuickPage::click(page, add);
        QTRY_COMPARE(numbers(), (QList<int> {1, 2, 3, 7}));
        QTRY_COMPARE(add->property("text").toString(), u"Add station 8"_s);
        QCOMPARE(number->property("value").toInt(), 8);
        QVERIFY(page.grabWindow().save(testArtefacts().filePath(u"stations.png"_s)));
    }

    // The help desk types a few letters: every player found, each with the matches they have
    // left, from TournamentLive's lookup list.
    void helpDeskFindsAPlayersNextMatches()
    {
        QQuickView desk;
        desk.setResizeMode(QQuickView::SizeRootObjectToView);
        desk.loadFromModule("Omnium", "PlayerLookupPage");
        QVERIFY2(desk.status() == QQuickView::Ready, qPrintable(desk.errors().value(0).toString()));
        desk.resize(1280, 800);
        desk.show();
        QVERIFY(QTest::qWaitForWindowExposed(&desk));
        QTest::keyClick(&desk, 'e'); // Léa, Zoé, Chloé… (accents do not count)
        QTRY_COMPARE(m_live->lookup()->text(), u"e"_s);
        QVERIFY(m_live->lookup()->playerCount() > 1);
        auto *results = QuickPage::child<QQuickItem>(desk, "lookupResults");
        QVERIFY(results && results->isVisible());
        QTRY_COMPARE(results->property("count").toInt(), m_live->lookup()->count());
        QTest::qWait(100);
        QVERIFY(desk.grabWindow().save(testArtefacts().filePath(u"player-lookup.png"_s)));
    }
};

QTEST_MAIN(TestStationBoardPage)
#include "tst_stationboardpage.moc"
