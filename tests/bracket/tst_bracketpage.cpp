// SPDX-License-Identifier: GPL-3.0-or-later
// The bracket page as the organiser uses it, in a real window: a 64-entrant double
// elimination from a SQLite file, results typed from the keyboard ("2-1", Enter), an
// impossible score refused, a deep correction confirmed, and the caster window in chroma
// green following the results; then the other formats: free-for-all lobbies reported through
// the lobby dialog and their leaderboard, a round robin's cross table, disputes, and the
// phase overview of a pools → top 8 event. Screenshots of each format go to
// tests/bracket/screenshots as artefacts.

#include "../quickpagehelpers.h"
#include "bracket/bracketrenderer.h"
#include "bracketfixture.h"
#include "core/clock.h"
#include "live/tournamentlive.h"
#include "modelrows.h"
#include "services.h"
#include "testartefacts.h"
#include "uiaudit.h"
#include "uisetup.h"

#include <QDir>
#include <QGuiApplication>
#include <QJSValue>
#include <QJsonArray>
#include <QJsonObject>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickView>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

Q_IMPORT_QML_PLUGIN(OmniumPlugin)

using namespace omnium::engine;
using namespace Qt::StringLiterals;

class TestBracketPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Theme m_theme;
    NotificationModel m_notifications {Clock::system()};
    std::unique_ptr<Store> m_store;
    std::unique_ptr<TournamentLive> m_live;
    std::unique_ptr<StoreOverlayDataSource> m_liveData;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<OverlayServer> m_overlay;
    std::unique_ptr<QQuickView> m_view;
    qint64 m_event = 0;
    int m_events = 0;

    template<typename T = QObject> T *child(const char *name) const { return QuickPage::child<T>(*m_view, name); }
    PhaseBracket *bracket() const { return child("bracketController")->property("bracket").value<PhaseBracket *>(); }
    QObject *dialog() const { return child("resultDialog"); }
    QObject *controller() const { return child("bracketController"); }
    // The page, in Kirigami's page row as the window shows it.
    QObject *page() const
    {
        return m_view->rootObject()
            ->property("pageStack")
            .value<QObject *>()
            ->property("currentItem")
            .value<QObject *>();
    }

    // Shows another event on the page, as the event picker does.
    void showEvent(qint64 event)
    {
        auto *selection = m_view->engine()->singletonInstance<QObject *>("Omnium", "Selection");
        QVERIFY(selection);
        selection->setProperty("eventId", double(event));
        QTRY_COMPARE(controller()->property("eventId").toLongLong(), event);
        QTRY_VERIFY(controller()->property("hasBracket").toBool());
    }
    // A new event with a bracket of the given format, some results reported.
    qint64 makeBracket(int entrants, const PhaseConfig &config, int results)
    {
        const qint64 event = BracketFixture::makeEvent(*m_store, entrants, u"Event %1"_s.arg(++m_events));
        BracketStore brackets(*m_store);
        if (brackets.createPhase(event, u"Main bracket"_s, config, nullptr) <= 0)
            return 0;
        BracketFixture::reportSome(brackets, event, results);
        return event;
    }
    // A new 16-entrant event whose four pools (round robin, best of 1) are played through.
    qint64 playedPools(const QString &name)
    {
        PhaseConfig pools;
        pools.format = Format::RoundRobin;
        pools.groups = 4;
        pools.bestOf = 1;
        const qint64 event = BracketFixture::makeEvent(*m_store, 16, name);
        BracketStore brackets(*m_store);
        if (brackets.createPhase(event, u"Pools"_s, pools, nullptr) <= 0 || brackets.simulate(event, 5, nullptr) <= 0)
            return 0;
        return event;
    }
    void click(QQuickItem *item) { QuickPage::click(*m_view, item); }
    void showTab(const char *key)
    {
        const QString name = QString::fromLatin1(key).mid(4);
        if (auto *button = child<QQuickItem>(key)) {
            QTRY_VERIFY(button->width() > 0 && button->isVisible());
            // The tab bar places new buttons a few frames later: wait until they no longer overlap.
            const auto laidOut = [&] {
                QSet<int> xs;
                const QStringList keys = page()->property("tabKeys").value<QJSValue>().toVariant().toStringList();
                for (const QString &other : keys) {
                    auto *item = child<QQuickItem>(qPrintable(u"tab_"_s + other));
                    if (!item)
                        return false;
                    xs.insert(qRound(item->mapToScene(QPointF(0, 0)).x()));
                }
                return !keys.isEmpty() && xs.size() == keys.size();
            };
            QTRY_VERIFY(laidOut());
            click(button);
        } else
            QVERIFY(QMetaObject::invokeMethod(page(), "showTab", Q_ARG(QVariant, name)));
        QTRY_COMPARE(page()->property("tab").toString(), name);
    }

    // Selects a match in the view and presses Enter, as the organiser does after clicking it.
    void openResult(qint64 match)
    {
        auto *view = child<QQuickItem>("bracketView");
        view->setProperty("selectedMatch", match);
        view->forceActiveFocus();
        QTest::keyClick(m_view.get(), Qt::Key_Return);
        QTRY_VERIFY(dialog()->property("visible").toBool());
    }
    void typeText(const QString &text)
    {
        for (const QChar c : text)
            QTest::keyClick(m_view.get(), c.toLatin1());
    }
    void type(const QString &text)
    {
        typeText(text);
        QTest::keyClick(m_view.get(), Qt::Key_Return);
    }
    qint64 firstPlayable() const
    {
        for (const auto &match : bracket()->matches()) {
            if (!match.completed() && match.slots[0].isEntrant() && match.slots[1].isEntrant()
                && EventState::isActive(match))
                return match.id;
        }
        return 0;
    }
    static QQuickWindow *casterWindow()
    {
        for (QWindow *window : QGuiApplication::topLevelWindows()) {
            if (window->objectName() == u"casterWindow"_s)
                return qobject_cast<QQuickWindow *>(window);
        }
        return nullptr;
    }
    void screenshot(QQuickWindow &window, const QString &name)
    {
        QVERIFY(window.grabWindow().save(testArtefacts().filePath(name + u".png"_s)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<Store>(Clock::system());
        QVERIFY(!m_store->open(m_dir.filePath(u"page.sqlite"_s)));
        m_event = BracketFixture::makeEvent(*m_store, 64);
        PhaseConfig config;
        config.format = Format::DoubleElimination;
        config.bestOf = 3;
        BracketStore brackets(*m_store);
        QVERIFY(brackets.createPhase(m_event, u"Main bracket"_s, config, nullptr) > 0);
        m_live = std::make_unique<TournamentLive>(*m_store, Clock::system());
        m_liveData = std::make_unique<StoreOverlayDataSource>(*m_store, *m_live);
        TournamentLiveForeign::instance = m_live.get();
        StoreForeign::instance = m_store.get();
        LiveDataForeign::instance = m_liveData.get();
        m_settings = std::make_unique<AppSettings>();
        AppSettingsForeign::instance = m_settings.get();
        m_overlay = std::make_unique<OverlayServer>(*m_liveData);
        OverlayServerForeign::instance = m_overlay.get();
        ThemeForeign::instance = &m_theme;
        NotificationsForeign::instance = &m_notifications;

        UiSetup::applyStyle(); // the application's style, as main() sets it
        m_view = std::make_unique<QQuickView>();
        UiSetup::prepareEngine(*m_view->engine());
        m_view->setResizeMode(QQuickView::SizeRootObjectToView);
        QVERIFY(QuickPage::showPage(*m_view, "BracketPage"));
        m_view->resize(1280, 800);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->requestActivate();
        QTRY_COMPARE(bracket()->matches().size(), 127u);
        screenshot(*m_view, u"double-elimination-64"_s);
    }

    void reportFromTheKeyboard()
    {
        const qint64 match = firstPlayable();
        openResult(match);
        QVERIFY(child<QQuickItem>("scoreField")->hasActiveFocus());
        typeText(u"2-1"_s);
        screenshot(*m_view, u"result-dialog"_s);
        QTest::keyClick(m_view.get(), Qt::Key_Return);
        QTRY_VERIFY(!dialog()->property("visible").toBool());
        QTRY_VERIFY(bracket()->match(match)->completed());
        QCOMPARE(bracket()->match(match)->result.winner, 0);
        QCOMPARE(bracket()->slotScore(*bracket()->match(match), 0), u"2"_s);
        // Saved in the file: another reader sees it.
        BracketStore reader(*m_store);
        QVERIFY(reader.load(m_event, nullptr)->state.match(match)->completed());
    }

    // The result dialog's fields are labelled in its FormLayout (the label is the accessible
    // name), and Tab from the score reaches Save before Cancel.
    void resultDialogLabelsEveryFieldAndTabsToSaveFirst()
    {
        openResult(firstPlayable());
        auto *content = dialog()->property("contentItem").value<QQuickItem *>();
        int fields = 0;
        const QStringList unlabelled = UiAudit::unlabelledFields(content, &fields);
        QVERIFY2(unlabelled.isEmpty(), qPrintable(unlabelled.join(u", "_s)));
        QCOMPARE(fields, 2); // the score and the note
        QTest::qWait(400); // (the picture once the dialog has faded in)
        screenshot(*m_view, u"result-dialog-form"_s);
        // A forfeit names the winner, on a labelled row too.
        dialog()->setProperty("kind", u"forfeit"_s);
        QVERIFY(UiAudit::unlabelledFields(content).isEmpty());
        screenshot(*m_view, u"result-dialog-forfeit"_s);
        dialog()->setProperty("kind", u"normal"_s);
        child<QQuickItem>("scoreField")->forceActiveFocus();
        QString order;
        for (int presses = 0; presses < 8; ++presses) {
            QTest::keyClick(m_view.get(), Qt::Key_Tab);
            auto *focused = qobject_cast<QQuickItem *>(m_view->activeFocusItem());
            QVERIFY(focused);
            const QString text = focused->property("text").toString();
            order += text + u" → "_s;
            if (focused->objectName() == u"saveResult"_s)
                break;
            QVERIFY2(text != u"Cancel"_s, qPrintable(u"Cancel before Save: "_s + order));
        }
        QVERIFY2(m_view->activeFocusItem()->objectName() == u"saveResult"_s, qPrintable(order));
        QTest::keyClick(m_view.get(), Qt::Key_Escape);
        QTRY_VERIFY(!dialog()->property("visible").toBool());
    }

    // Click a match, type "2-1" and Enter: saved without opening anything else first.
    void scoreTypedOnTheSelectedMatchIsSaved()
    {
        const qint64 match = firstPlayable();
        QVERIFY(match > 0);
        auto *view = child<QQuickItem>("bracketView");
        view->setProperty("selectedMatch", match);
        view->forceActiveFocus();
        // A screen reader hears which match is selected (the view's accessible name).
        QString spoken;
        for (const QObject *attached : view->children()) {
            if (attached->inherits("QQuickAccessibleAttached"))
                spoken = attached->property("name").toString();
        }
        QVariantMap info;
        QVERIFY(QMetaObject::invokeMethod(
            controller(), "matchInfo", Q_RETURN_ARG(QVariantMap, info), Q_ARG(qint64, match)));
        QVERIFY2(spoken.contains(u"match %1:"_s.arg(info.value(u"number"_s).toInt())), qPrintable(spoken));
        type(u"2-1"_s);
        QTRY_VERIFY(bracket()->match(match)->completed());
        QCOMPARE(bracket()->match(match)->result.winner, 0);
        QVERIFY(!dialog()->property("visible").toBool());
        QVERIFY(child("findField")->property("text").toString().isEmpty());
    }

    // A match number the bracket does not have: said through the app's one notification channel.
    void unknownMatchIsANotification()
    {
        m_notifications.clear();
        auto *find = child<QQuickItem>("findField");
        find->forceActiveFocus();
        type(u"999"_s);
        QTRY_COMPARE(m_notifications.rowCount(), 1);
        const QModelIndex shown = m_notifications.index(0);
        QCOMPARE(shown.data(NotificationModel::LevelRole).toInt(), int(NotificationModel::Warning));
        QVERIFY(shown.data(NotificationModel::TextRole).toString().contains(u"999"_s));
        m_notifications.clear();
    }

    // The page's controller refuses: its error() reaches the same channel, as an error.
    void controllerRefusalIsANotification()
    {
        m_notifications.clear();
        auto *controller = child<QObject>("bracketController");
        QVERIFY(controller);
        bool done = true;
        QVERIFY(QMetaObject::invokeMethod(
            controller, "setDisputed", Q_RETURN_ARG(bool, done), Q_ARG(qint64, 987654), Q_ARG(bool, true)));
        QVERIFY(!done);
        QCOMPARE(m_notifications.rowCount(), 1);
        const QModelIndex shown = m_notifications.index(0);
        QCOMPARE(shown.data(NotificationModel::LevelRole).toInt(), int(NotificationModel::Error));
        QCOMPARE(shown.data(NotificationModel::TextRole).toString(), u"This match is no longer in the bracket."_s);
        m_notifications.clear();
    }

    void impossibleScoreIsRefused()
    {
        const qint64 match = firstPlayable();
        openResult(match);
        type(u"3-3"_s);
        auto *error = child<QObject>("resultError");
        QTRY_VERIFY(error->property("text").toString().contains(u"not possible in a best of 3"_s));
        QVERIFY(dialog()->property("visible").toBool());
        screenshot(*m_view, u"result-refused"_s);
        QTest::keyClick(m_view.get(), Qt::Key_Escape);
        QTRY_VERIFY(!dialog()->property("visible").toBool());
        QVERIFY(!bracket()->match(match)->completed());
    }

    void deepCorrectionIsConfirmed()
    {
        BracketStore brackets(*m_store);
        QCOMPARE(BracketFixture::reportSome(brackets, m_event, 60), 60);
        const qint64 first = bracket()->matches().front().id;
        QTRY_VERIFY(bracket()->match(bracket()->matches()[40].id)->completed());
        const int winner = bracket()->match(first)->result.winner;
        openResult(first);
        QTest::keyClick(m_view.get(), Qt::Key_A, Qt::ControlModifier);
        type(winner == 0 ? u"0-2"_s : u"2-0"_s);
        // The dialog lists what the correction resets and waits; Enter again confirms.
        QTRY_VERIFY(dialog()->property("resets").toList().size() >= 2);
        screenshot(*m_view, u"correction"_s);
        QVERIFY(!bracket()->match(first)->completed() || bracket()->match(first)->result.winner == winner);
        QTest::keyClick(m_view.get(), Qt::Key_Return);
        QTRY_VERIFY(!dialog()->property("visible").toBool());
        QTRY_COMPARE(bracket()->match(first)->result.winner, 1 - winner);
        // Undo from anywhere gives the old result back.
        QVERIFY(m_store->undo());
        QTRY_COMPARE(bracket()->match(first)->result.winner, winner);
    }

    // Qt's file dialog appends a full path typed as the name to its folder; the export still
    // goes where the organiser typed, in the format of the chosen filter.
    void exportGoesToATypedFullPath()
    {
        QObject *exportDialog = child("exportDialog");
        QVERIFY(exportDialog);
        QTemporaryDir typedFolder;
        const QString typed = typedFolder.filePath(u"bracket.png"_s);
        exportDialog->setProperty("selectedFile", QUrl(u"file:///root/Documents/"_s + typed));
        // As the dialog does when Save is clicked (its own accept() needs a shown window).
        QVERIFY(QMetaObject::invokeMethod(exportDialog, "accepted"));
        QTRY_VERIFY(QFileInfo::exists(typed));
        QCOMPARE(QImage(typed).isNull(), false);
    }

    // Tab from the page's controls reaches the bracket; there the arrows select the next match
    // that way (brought into view), Shift+arrows move the view.
    void tabReachesTheBracketAndArrowsSelect()
    {
        auto *view = child<QQuickItem>("bracketView");
        child<QQuickItem>("findField")->forceActiveFocus();
        for (int presses = 0; presses < 12 && !view->hasActiveFocus(); ++presses)
            QTest::keyClick(m_view.get(), Qt::Key_Tab);
        QVERIFY2(view->hasActiveFocus(), "Tab never reached the bracket");
        view->setProperty("selectedMatch", 0);
        const auto selected = [&] {
            const qint64 id = view->property("selectedMatch").toLongLong();
            return id > 0 ? bracket()->layout().box(id)->rect : QRectF();
        };
        const auto inView = [&](const QRectF &box) {
            const qreal zoom = view->property("zoom").toReal();
            return QRectF(view->property("contentX").toReal(), view->property("contentY").toReal(),
                view->width() / zoom, view->height() / zoom)
                .contains(box);
        };
        QTest::keyClick(m_view.get(), Qt::Key_Right); // nothing selected: the match nearest the middle
        QTRY_VERIFY(!selected().isNull());
        QRectF before = selected();
        QTest::keyClick(m_view.get(), Qt::Key_Right);
        QTRY_VERIFY(selected().left() > before.left());
        QVERIFY(inView(selected()));
        before = selected();
        QTest::keyClick(m_view.get(), Qt::Key_Down);
        QTRY_VERIFY(selected().top() > before.top());
        QCOMPARE(selected().left(), before.left()); // the same round, the match below
        QVERIFY(inView(selected()));
        before = selected();
        QTest::keyClick(m_view.get(), Qt::Key_Left);
        QTRY_VERIFY(selected().left() < before.left());
        QVERIFY(inView(selected()));
        before = selected();
        const qreal contentX = view->property("contentX").toReal();
        QTest::keyClick(m_view.get(), Qt::Key_Right, Qt::ShiftModifier);
        QTRY_VERIFY(view->property("contentX").toReal() > contentX);
        QCOMPARE(selected(), before);
        screenshot(*m_view, u"arrows-select"_s);
    }

    void casterWindowFollowsTheResultsInChromaGreen()
    {
        QVERIFY(QMetaObject::invokeMethod(page(), "openCaster"));
        QQuickWindow *caster = casterWindow();
        QVERIFY(caster);
        QVERIFY(QTest::qWaitForWindowExposed(caster));
        caster->setProperty("theme", u"green"_s);
        auto *view = caster->findChild<QQuickItem *>(u"casterBracket"_s);
        QVERIFY(view);
        auto *shown = view->property("bracket").value<PhaseBracket *>();
        QTRY_COMPARE(shown->matches().size(), 127u);
        const QImage before = caster->grabWindow();
        QCOMPARE(before.pixelColor(2, before.height() - 3), QColor(0x00, 0xb1, 0x40));

        // A result saved elsewhere reaches the caster window, which glides to the next live match.
        const qint64 next = firstPlayable();
        BracketStore brackets(*m_store);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(BracketFixture::reportSome(brackets, m_event, 1), 1);
        QTRY_VERIFY_WITH_TIMEOUT(shown->match(next)->completed(), 1000);
        qInfo("caster window updated %lld ms after the result was saved", timer.elapsed());
        // Then it glides to the next match to play: that match ends up in view, in the middle
        // unless that is beyond the bracket's edge.
        const auto centred = [&] {
            const qint64 live = shown->matches().empty() ? 0 : [&] {
                for (const auto &match : shown->matches()) {
                    if (match.state == MatchState::Ready && EventState::isActive(match) && !match.isBye())
                        return match.id;
                }
                return MatchId(0);
            }();
            const qreal zoom = view->property("zoom").toReal();
            const QRectF seen(view->property("contentX").toReal(), view->property("contentY").toReal(),
                view->width() / zoom, view->height() / zoom);
            const QRectF box = live > 0 ? shown->layout().box(live)->rect : QRectF();
            const bool middle = box.adjusted(-20, -20, 20, 20).contains(seen.center());
            const bool atEdge = qFuzzyIsNull(seen.left()) || qFuzzyIsNull(seen.top())
                || qFuzzyCompare(seen.right(), shown->size().width())
                || qFuzzyCompare(seen.bottom(), shown->size().height());
            return live > 0 && seen.contains(box) && (middle || atEdge);
        };
        QTRY_VERIFY_WITH_TIMEOUT(centred(), 3000);
        screenshot(*caster, u"caster-chroma"_s);

        // Up next lists what the stations play next: TournamentLive's one list.
        caster->setProperty("mode", u"panels"_s);
        caster->setProperty("theme", u"dark"_s);
        auto *nothingWaiting = caster->findChild<QQuickItem *>(u"nothingWaiting"_s);
        QVERIFY(nothingWaiting && nothingWaiting->isVisible());
        SchedulerController &scheduler = m_live->scheduler();
        scheduler.refresh();
        QVERIFY(scheduler.addStation({{u"number"_s, 1}}) != 0);
        QVERIFY(scheduler.addStation({{u"number"_s, 2}}) != 0);
        QTRY_VERIFY(m_live->upNext()->count() > 0);
        QTRY_VERIFY(!nothingWaiting->isVisible());
        QQuickItem *first = nullptr;
        QTRY_VERIFY((first = QuickPage::child<QQuickItem>(*caster, "upNext0")) && first->isVisible());
        const LiveMatch &soonest = m_live->upNext()->rows().constFirst();
        QCOMPARE(first->childItems().value(0)->property("text").toString(),
            u"%1  vs  %2"_s.arg(soonest.sides[0].name, soonest.sides[1].name));
        QTest::qWait(200);
        screenshot(*caster, u"caster-panels"_s);
        caster->close();
        QVERIFY(m_store->undo() && m_store->undo()); // the stations and their calls: the next tests' bracket
        scheduler.resumeAutomaticCalls();
    }

    void casterWindowGoesFullScreenOnTheChosenScreen()
    {
        const QList<QScreen *> screens = QGuiApplication::screens();
        if (screens.size() < 2)
            QSKIP("needs two screens (ctest runs it with two: offscreen with twoscreens.json, and under Xvfb)");
        QVERIFY(QMetaObject::invokeMethod(page(), "openCaster"));
        QQuickWindow *caster = casterWindow();
        QVERIFY(QTest::qWaitForWindowExposed(caster));
        QCOMPARE(caster->screen(), screens.front());
        // The caster picks the second screen in the window's own chooser, then F11.
        auto *chooser = caster->findChild<QObject *>(u"casterScreen"_s);
        QVERIFY(chooser);
        QCOMPARE(chooser->property("count").toInt(), screens.size());
        QVERIFY(QMetaObject::invokeMethod(chooser, "activated", Q_ARG(int, 1)));
        QTRY_COMPARE(caster->screen(), screens.at(1));
        QTRY_VERIFY(caster->isExposed()); // shown on that screen, not just moved there
        caster->setProperty("theme", u"green"_s);
        QTest::keyClick(caster, Qt::Key_F11);
        QTRY_COMPARE(caster->visibility(), QWindow::FullScreen);
        QTRY_COMPARE(caster->geometry(), screens.at(1)->geometry());
        QVERIFY(QTest::qWaitForWindowExposed(caster));
        const QImage shown = caster->grabWindow();
        QCOMPARE(shown.size() / shown.devicePixelRatio(), screens.at(1)->size());
        QCOMPARE(shown.pixelColor(2, shown.height() - 3), QColor(0x00, 0xb1, 0x40));
        screenshot(*caster, u"caster-second-screen"_s);
        QTest::keyClick(caster, Qt::Key_Escape);
        QTRY_COMPARE(caster->visibility(), QWindow::Windowed);
        caster->close();
    }

    // What a panel of the caster window says: its shown texts, top to bottom.
    static QStringList shownTexts(QQuickItem *item)
    {
        QStringList texts;
        if (!item->isVisible())
            return texts;
        if (item->inherits("QQuickText"))
            texts << item->property("text").toString();
        const auto children = item->childItems();
        for (QQuickItem *child : children)
            texts << shownTexts(child);
        return texts;
    }

    // "Now playing" is what the stream station plays: the match called there, then started;
    // once its result is in, the next one called there or nothing — never the finished match
    // (the overlays' scoreboard keeps that one between matches; a caster's panel must not).
    void casterNowPlayingIsNeverAFinishedMatch()
    {
        QVERIFY(QMetaObject::invokeMethod(page(), "openCaster"));
        QQuickWindow *caster = casterWindow();
        QVERIFY(QTest::qWaitForWindowExposed(caster));
        caster->setProperty("mode", u"panels"_s);
        caster->setProperty("theme", u"dark"_s);
        auto *panel = caster->findChild<QQuickItem *>(u"nowPlaying"_s);
        QVERIFY(panel && panel->isVisible());
        const QString nothing = u"No match on stream right now"_s;
        QTRY_VERIFY(shownTexts(panel).contains(nothing));

        SchedulerController &scheduler = m_live->scheduler();
        scheduler.refresh();
        QVERIFY(scheduler.addStation({{u"number"_s, 1}, {u"stream"_s, true}}) != 0);
        QVERIFY(scheduler.addStation({{u"number"_s, 2}}) != 0);
        const auto onStream = [&] { return m_live->onStream()->rows().value(0); };
        QTRY_VERIFY(onStream().matchId > 0); // called to the stream station
        const LiveMatch first = onStream();
        QVERIFY(first.stream);
        QVERIFY(scheduler.start(first.matchId));
        QTRY_COMPARE(onStream().state, ScheduleMatch::State::InProgress);
        QTRY_VERIFY(shownTexts(panel).contains(first.sides[0].name));
        QVERIFY(shownTexts(panel).contains(first.sides[1].name));
        // Each player plays for a club (the fixture's): under the tag, as the overlays show it.
        for (const LiveMatch::Side &side : first.sides) {
            QVERIFY2(!side.team.isEmpty(), qPrintable(side.name));
            QVERIFY2(shownTexts(panel).contains(side.team), qPrintable(side.team));
        }
        QTest::qWait(100);
        screenshot(*caster, u"caster-now-playing"_s);

        QVERIFY(scheduler.finish(first.matchId, 2, 0));
        QTRY_VERIFY(onStream().matchId != first.matchId);
        // Whatever the panel shows now is being played or called there, not the finished match.
        const LiveMatch next = onStream();
        QTRY_VERIFY(next.matchId == 0 || shownTexts(panel).contains(next.sides[1].name));
        QVERIFY(next.matchId == 0 || next.state != ScheduleMatch::State::Completed);
        QVERIFY(!shownTexts(panel).contains(first.sides[1].name)); // the loser is out of this match
        QCOMPARE(shownTexts(panel).contains(nothing), next.matchId == 0);
        screenshot(*caster, u"caster-after-result"_s);
        caster->close();
        QVERIFY(m_store->undo() && m_store->undo() && m_store->undo() && m_store->undo());
        scheduler.resumeAutomaticCalls();
    }

    // The caster window at the venue's two screen sizes, in each of its modes, in English and
    // French: no text cut, and each panel's content within the panel.
    void casterWindowFitsTheScreen_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("language");
        for (const QString &language : {u"en"_s, u"fr"_s})
            for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)})
                for (const QString &mode : {u"bracket"_s, u"nowplaying"_s, u"upnext"_s, u"panels"_s})
                    QTest::addRow("%s-%dx%d-%s", qPrintable(mode), size.width(), size.height(), qPrintable(language))
                        << size << mode << language;
    }
    void casterWindowFitsTheScreen()
    {
        QFETCH(QSize, size);
        QFETCH(QString, mode);
        QFETCH(QString, language);
        QTranslator french;
        if (language == u"fr"_s) {
            QVERIFY(french.load(u"omnium_fr"_s, u":/i18n"_s));
            QCoreApplication::installTranslator(&french);
            m_view->engine()->retranslate();
        }
        SchedulerController &scheduler = m_live->scheduler();
        scheduler.refresh();
        int commands = 0;
        QQuickWindow *caster = nullptr;
        const auto cleanUp = qScopeGuard([&] {
            if (caster)
                caster->close();
            while (commands-- > 0)
                m_store->undo();
            scheduler.resumeAutomaticCalls();
            if (QCoreApplication::removeTranslator(&french))
                m_view->engine()->retranslate();
        });
        for (int number : {1, 2}) {
            QVERIFY(scheduler.addStation({{u"number"_s, number}, {u"stream"_s, number == 1}}) != 0);
            ++commands;
        }
        QTRY_VERIFY(m_live->onStream()->count() > 0 && m_live->upNext()->count() >= 6);
        QVERIFY(QMetaObject::invokeMethod(page(), "openCaster"));
        caster = casterWindow();
        QVERIFY(QTest::qWaitForWindowExposed(caster));
        caster->resize(size);
        caster->setProperty("mode", mode);
        caster->setProperty("theme", u"dark"_s);
        QTRY_COMPARE(caster->contentItem()->size(), QSizeF(size));
        QTest::qWait(200);
        // The controls, shown as when the mouse moves (they hide three seconds after it rests):
        // each labelled in its form, none cut.
        auto *controls = caster->findChild<QQuickItem *>(u"casterControls"_s);
        QVERIFY(controls);
        const qreal shown = controls->opacity(); // (their timer's doing: put back after the check)
        controls->setOpacity(1);
        QTRY_VERIFY(controls->isVisible());
        int fields = 0;
        const QStringList unlabelled = UiAudit::unlabelledFields(controls, &fields);
        QVERIFY2(unlabelled.isEmpty(), qPrintable(unlabelled.join(u", "_s)));
        QVERIFY(fields >= 3);
        QStringList cut = UiAudit::truncatedTexts(caster->contentItem());
        controls->setOpacity(shown);
        if (mode == u"bracket"_s) { // names in the boxes, which the scene graph draws
            QStringList boxes;
            auto *view = caster->findChild<QQuickItem *>(u"casterBracket"_s);
            QVERIFY(QMetaObject::invokeMethod(view, "cutTexts", Q_RETURN_ARG(QStringList, boxes)));
            cut << boxes;
            // The legend follows the language too (its names are the model's).
            auto *legend = caster->findChild<QQuickItem *>(u"casterLegend"_s);
            QTRY_VERIFY(shownTexts(legend).contains(language == u"fr"_s ? u"En attente"_s : u"Pending"_s));
        }
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u"; "_s)));
        for (const char *name : {"nowPlaying", "upNext"}) {
            auto *panel = caster->findChild<QQuickItem *>(QString::fromLatin1(name));
            if (!panel->isVisible())
                continue;
            const QRectF inside = panel->mapRectToScene(QRectF(0, 0, panel->width(), panel->height()));
            for (QQuickItem *column : panel->childItems()) {
                for (QQuickItem *part : column->childItems()) {
                    if (!part->isVisible() || part->height() <= 0 || part->width() <= 0) // a Repeater
                        continue;
                    const QRectF rect = part->mapRectToScene(QRectF(0, 0, part->width(), part->height()));
                    QVERIFY2(inside.contains(rect),
                        qPrintable(u"%1: a part at %2 outside the panel's %3"_s.arg(
                            QString::fromLatin1(name), QDebug::toString(rect), QDebug::toString(inside))));
                }
            }
        }
        screenshot(*caster, u"caster-%1-%2x%3-%4"_s.arg(mode).arg(size.width()).arg(size.height()).arg(language));
    }

    void disputeFromTheDialogColoursTheMatchAndAResultSettlesIt()
    {
        const qint64 match = firstPlayable();
        openResult(match);
        click(child<QQuickItem>("disputeButton"));
        QTRY_VERIFY(bracket()->isDisputed(match));
        QTRY_VERIFY(child<QQuickItem>("disputedBanner")->isVisible());
        QCOMPARE(bracket()->matchColour(*bracket()->match(match)), PhaseBracket::disputedColour());
        screenshot(*m_view, u"dispute-dialog"_s);
        QTest::keyClick(m_view.get(), Qt::Key_Escape);
        QTRY_VERIFY(!dialog()->property("visible").toBool());
        QVERIFY(QMetaObject::invokeMethod(child("bracketView"), "centreOn", Q_ARG(qint64, match)));
        QTest::qWait(100);
        screenshot(*m_view, u"dispute-bracket"_s);
        // The legend names it.
        const auto *legend = child<QQuickItem>("stateLegend")->property("states").value<QAbstractItemModel *>();
        QVERIFY(legend);
        QCOMPARE(modelRows(*legend).last().value(u"label"_s).toString(), u"Disputed"_s);

        // The confirmed result settles it; undo brings the dispute back with the old state.
        openResult(match);
        QTest::keyClick(m_view.get(), Qt::Key_A, Qt::ControlModifier);
        type(u"2-0"_s);
        QTRY_VERIFY(!dialog()->property("visible").toBool());
        QTRY_VERIFY(bracket()->match(match)->completed());
        QVERIFY(!bracket()->isDisputed(match));
        QVERIFY(m_store->undo());
        QTRY_VERIFY(bracket()->isDisputed(match));
        QVERIFY(!bracket()->match(match)->completed());
        QVERIFY(m_store->undo());
        QTRY_VERIFY(!bracket()->isDisputed(match));
    }

    // 45 entrants in a 64-slot double elimination (70 % full): 19 byes, and every losers round 1
    // match is a bye; and the page walk's 64 entrants with 70 results. The page draws no column
    // of byes, names no bye match where a player will come from, and shows the seeds and round
    // names the overlays show.
    void bracketIsDrawnAsTheOverlayShowsIt_data()
    {
        QTest::addColumn<int>("entrants");
        QTest::addColumn<int>("results");
        QTest::newRow("45-entrants") << 45 << 20;
        QTest::newRow("64-entrants-70-results") << 64 << 70;
    }
    void bracketIsDrawnAsTheOverlayShowsIt()
    {
        QFETCH(int, entrants);
        QFETCH(int, results);
        const qint64 event = BracketFixture::makeEvent(*m_store, entrants, u"Event %1"_s.arg(++m_events));
        PhaseConfig config;
        config.format = Format::DoubleElimination;
        config.bestOf = 3;
        BracketStore brackets(*m_store);
        const qint64 phase = brackets.createPhase(event, u"Main bracket"_s, config, nullptr);
        QVERIFY(phase > 0);
        QCOMPARE(BracketFixture::reportSome(brackets, event, results), results);
        showEvent(event);
        const auto stored = brackets.load(event, nullptr);
        QVERIFY(stored);
        const MatchId last = stored->state.phases().front().matches.back().id;
        QTRY_VERIFY(bracket()->match(last)); // this event's bracket, not the one shown before
        const PhaseBracket &shown = *bracket();
        const BracketLayout &layout = shown.layout();
        QTest::qWait(200);
        const QString name = QString::fromLatin1(QTest::currentDataTag());
        screenshot(*m_view, u"double-elimination-"_s + name);
        // The whole bracket as exported (the same layout and words), to look at.
        QCOMPARE(BracketRenderer(*bracket())
                     .toPng(testArtefacts().filePath(u"double-elimination-%1-export.png"_s.arg(name)), 0.5),
            QString());

        // With byes, the case at hand: losers round 1 is all byes, and later matches wait on some.
        bool byeFeedsAPlacedMatch = entrants == 64;
        for (const Match &match : shown.matches()) {
            if (entrants < 64 && match.side == Side::Losers && match.round == 1)
                QVERIFY(match.isBye());
            for (const Slot &slot : match.slots) {
                const Match *from
                    = slot.source.kind == SlotSource::Kind::WinnerOf ? shown.match(slot.source.value) : nullptr;
                byeFeedsAPlacedMatch |= !match.isBye() && !slot.isEntrant() && from && from->isBye();
            }
        }
        QVERIFY(byeFeedsAPlacedMatch);

        const auto overlay = m_liveData->bracket(QString::number(phase));
        QVERIFY(overlay);
        QHash<MatchId, QJsonObject> onOverlay;
        QSet<QString> overlayRounds;
        for (const QJsonValue value : overlay->value(u"matches"_s).toArray()) {
            onOverlay.insert(value[u"id"_s].toString().toLongLong(), value.toObject());
            overlayRounds.insert(value[u"roundName"_s].toString());
        }
        QSet<QString> titles;
        for (const auto &title : layout.titles()) {
            titles.insert(title.text);
            // No title over a column of byes: a drawn match sits under each.
            QVERIFY2(std::ranges::any_of(layout.boxes(),
                         [&](const BracketLayout::Box &box) {
                             return box.visible && box.rect.left() == title.rect.left()
                                 && box.rect.top() >= title.rect.bottom() - 0.01;
                         }),
                qPrintable(u"'%1' heads an empty column"_s.arg(title.text)));
        }
        QCOMPARE(titles, overlayRounds);

        int drawn = 0;
        for (const auto &box : layout.boxes()) {
            QCOMPARE(onOverlay.contains(box.match), box.visible);
            if (!box.visible)
                continue;
            ++drawn;
            const Match &match = *shown.match(box.match);
            const QJsonObject json = onOverlay.value(box.match);
            // The title over the box is the overlay's round name for it.
            const QString round = json[u"roundName"_s].toString();
            QVERIFY2(std::ranges::any_of(layout.titles(),
                         [&](const BracketLayout::Title &title) {
                             return title.text == round && title.rect.left() == box.rect.left();
                         }),
                qPrintable(u"M%1 is not under '%2'"_s.arg(shown.matchNumber(box.match)).arg(round)));
            for (int slot = 0; slot < 2; ++slot) {
                const QJsonObject side = json[u"slots"_s][slot].toObject();
                const QString where = u"M%1 slot %2"_s.arg(shown.matchNumber(box.match)).arg(slot);
                QVERIFY2(shown.slotSeed(match, slot) == side[u"seed"_s].toInt(), qPrintable(where));
                const QString text = shown.slotText(match, slot);
                if (match.slots[std::size_t(slot)].isEntrant()) {
                    QVERIFY(shown.slotSeed(match, slot) > 0);
                    QCOMPARE(text, side[u"name"_s].toString());
                    continue;
                }
                // Where the player comes from: the same match on both, and never a bye.
                const QJsonObject source = side[u"source"_s].toObject();
                const QString from = source[u"match"_s].toString();
                QVERIFY2(!from.isEmpty(), qPrintable(where));
                QCOMPARE(text, (source[u"outcome"_s] == u"winner"_s ? u"Winner of %1"_s : u"Loser of %1"_s).arg(from));
                const Match &feeder = shown.matches()[std::size_t(from.mid(1).toInt() - 1)];
                QVERIFY2(!feeder.isBye(), qPrintable(where + u" names the bye "_s + from));
            }
        }
        QCOMPARE(drawn, onOverlay.size());
        // Every name and placeholder fits its box.
        QStringList cut;
        QVERIFY(QMetaObject::invokeMethod(child("bracketView"), "cutTexts", Q_RETURN_ARG(QStringList, cut)));
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u", "_s)));
    }

    void otherFormatsScreenshots_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("entrants");
        QTest::addColumn<int>("results");
        QTest::newRow("single-elimination-16") << int(Format::SingleElimination) << 16 << 9;
        QTest::newRow("swiss-16") << int(Format::Swiss) << 16 << 8;
        QTest::newRow("round-robin-2x5") << int(Format::RoundRobin) << 10 << 12;
    }

    void otherFormatsScreenshots()
    {
        QFETCH(int, format);
        QFETCH(int, entrants);
        QFETCH(int, results);
        PhaseConfig config;
        config.format = Format(format);
        config.bestOf = 3;
        config.groups = config.format == Format::RoundRobin ? 2 : 1;
        const qint64 event = makeBracket(entrants, config, results);
        QVERIFY(event > 0);
        showEvent(event);
        QTRY_COMPARE(bracket()->matches().empty(), false);
        QTest::qWait(200);
        screenshot(*m_view, QString::fromLatin1(QTest::currentDataTag()));
        showTab("tab_standings");
        screenshot(*m_view, QString::fromLatin1(QTest::currentDataTag()) + u"-standings"_s);
    }

    void crossTableClickOpensThatMatch()
    {
        PhaseConfig config;
        config.format = Format::RoundRobin;
        config.bestOf = 3;
        const qint64 event = makeBracket(6, config, 5);
        showEvent(event);
        showTab("tab_cross");
        // Group 0's cells, row after row (6 entrants).
        const auto cellAt = [this](int row, int column) {
            return modelRows(modelRows(controller()->property("crossTable")).first().value(u"cells"_s))
                .value(row * 6 + column);
        };
        const QStringList names
            = modelRows(controller()->property("crossTable")).first().value(u"entrants"_s).toStringList();
        screenshot(*m_view, u"round-robin-cross-table"_s);
        // Row 2 (Möbius) against column 5 (Ñandú): not played yet.
        auto *cell = child<QQuickItem>("crossCell_0_2_5");
        QVERIFY(cell);
        click(cell);
        QTRY_VERIFY(dialog()->property("visible").toBool());
        const auto match = dialog()->property("match").toMap();
        QCOMPARE(match.value(u"id"_s).toLongLong(), cellAt(2, 5).value(u"match"_s).toLongLong());
        const QStringList slots = match.value(u"slots"_s).toStringList();
        QVERIFY2(slots.contains(names[2]) && slots.contains(names[5]), qPrintable(slots.join(u", "_s)));
        QVERIFY(!match.value(u"completed"_s).toBool());
        // Möbius wins 2-0, typed from the keyboard; the cell reads 2–0 from Möbius's row.
        type(slots.first() == names[2] ? u"2-0"_s : u"0-2"_s);
        QTRY_VERIFY(!dialog()->property("visible").toBool());
        QTRY_COMPARE(cellAt(2, 5).value(u"text"_s).toString(), u"2–0"_s);
        QCOMPARE(child<QQuickItem>("crossCell_0_2_5")->property("text").toString(), u"2–0"_s);
        // A played cell opens that match for a correction.
        click(child<QQuickItem>("crossCell_0_5_2"));
        QTRY_VERIFY(dialog()->property("visible").toBool());
        QCOMPARE(dialog()->property("match").toMap().value(u"id"_s), match.value(u"id"_s));
        QVERIFY(dialog()->property("match").toMap().value(u"completed"_s).toBool());
        QTest::keyClick(m_view.get(), Qt::Key_Escape);
        QTRY_VERIFY(!dialog()->property("visible").toBool());
    }

    void lobbyResultThroughTheDialogUpdatesTheLeaderboard()
    {
        PhaseConfig config;
        config.format = Format::FreeForAll;
        config.lobbySize = 8;
        config.bestOf = 2;
        config.lobbyRounds = 2;
        const qint64 event = makeBracket(16, config, 1); // lobby 1 played, lobby 2 to report
        showEvent(event);
        QCOMPARE(page()->property("tab").toString(), u"lobbies"_s);
        QTRY_VERIFY(child<QQuickItem>("lobbyCard1"));
        screenshot(*m_view, u"ffa-lobbies-before"_s);
        const auto lobby = modelRows(controller()->property("lobbies")).at(1);
        QVERIFY(!lobby.value(u"completed"_s).toBool());
        click(child<QQuickItem>("lobbyCard1"));
        QTRY_VERIFY(dialog()->property("visible").toBool());
        QCOMPARE(
            dialog()->property("match").toMap().value(u"id"_s).toLongLong(), lobby.value(u"matchId"_s).toLongLong());
        const QStringList entrants = dialog()->property("match").toMap().value(u"entrants"_s).toStringList();
        QCOMPARE(entrants.size(), 8);
        QTRY_VERIFY(child<QQuickItem>("lobby_0_0_place") && child<QQuickItem>("lobby_0_0_place")->hasActiveFocus());

        // Keyboard only, column by column: game 1 placements, its kills, game 2 placements, its kills.
        // First with two entrants placed 1st in game 1: refused, naming them.
        const auto enterAll = [&](bool duplicate) {
            for (int game = 0; game < 2; ++game) {
                for (int i = 0; i < 8; ++i) {
                    const int placement = game == 0 ? (duplicate && i == 1 ? 1 : i + 1) : 8 - i;
                    QTest::keyClick(m_view.get(), Qt::Key_A, Qt::ControlModifier);
                    type(QString::number(placement));
                }
                for (int i = 0; i < 8; ++i) {
                    QTest::keyClick(m_view.get(), Qt::Key_A, Qt::ControlModifier);
                    type(QString::number(i % 3));
                }
            }
        };
        enterAll(true);
        auto *error = child<QObject>("resultError");
        QTRY_VERIFY2(error->property("text").toString().contains(
                         u"Game 1: %1 and %2 both have placement 1"_s.arg(entrants[0], entrants[1])),
            qPrintable(error->property("text").toString()));
        QVERIFY(dialog()->property("visible").toBool());
        screenshot(*m_view, u"ffa-lobby-dialog-refused"_s);

        // Fixed: back to the first field and through again.
        QVERIFY(
            QMetaObject::invokeMethod(child("resultDialog"), "openFor", Q_ARG(QVariant, lobby.value(u"matchId"_s))));
        QTRY_VERIFY(child<QQuickItem>("lobby_0_0_place")->hasActiveFocus());
        enterAll(false);
        QTRY_VERIFY(!dialog()->property("visible").toBool());
        // The lobby is played and the leaderboard has its points: placement points + kills.
        const int table[] = {12, 9, 7, 5, 4, 3, 2, 1};
        QTRY_VERIFY(modelRows(controller()->property("lobbies")).at(1).value(u"completed"_s).toBool());
        screenshot(*m_view, u"ffa-lobbies"_s);
        showTab("tab_standings");
        QVERIFY(child<QQuickItem>("standingsList")->isVisible());
        const auto leaderboard = modelRows(*controller()->property("standings").value<QAbstractItemModel *>());
        QCOMPARE(leaderboard.size(), 16);
        for (int i = 0; i < 8; ++i) {
            const auto row = std::find_if(leaderboard.cbegin(), leaderboard.cend(),
                [&](const QVariantMap &r) { return r.value(u"name"_s).toString() == entrants[i]; });
            QVERIFY(row != leaderboard.cend());
            QCOMPARE(row->value(u"points"_s).toInt(), table[i] + table[7 - i] + 2 * (i % 3));
            QCOMPARE(row->value(u"played"_s).toInt(), 2);
        }
        screenshot(*m_view, u"ffa-leaderboard"_s);
        showTab("tab_lobbies");
    }

    // Pools played, then "Add the next phase…": the dialog takes a name, how many of each pool
    // advance and the format, and the page shows the new bracket.
    void nextPhaseIsAddedFromThePage()
    {
        const qint64 event = playedPools(u"Pools then playoffs"_s);
        QVERIFY(event > 0);
        showEvent(event);
        QQuickItem *add = nullptr; // an action in the page's toolbar
        QTRY_VERIFY((add = QuickPage::actionButton(*m_view, "addNextPhase")));
        QTRY_VERIFY(add && add->isVisible() && add->width() > 0);
        QTest::qWait(200);
        screenshot(*m_view, u"next-phase-button"_s);
        click(add);
        auto *dialog = child<QObject>("nextPhaseDialog");
        QTRY_VERIFY(dialog->property("visible").toBool());
        QTRY_COMPARE(child<QObject>("qualifiersPerGroup")->property("value").toInt(), 2); // four pools: top 2 each
        QTRY_VERIFY(child<QQuickItem>("nextPhaseName")->hasActiveFocus());
        typeText(u"Top 8"_s);
        QTest::qWait(200);
        screenshot(*m_view, u"next-phase-dialog"_s);
        click(child<QQuickItem>("addPhase"));
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QTRY_COMPARE(controller()->property("phaseIndex").toInt(), 1);
        QCOMPARE(bracket()->title(), u"Top 8"_s);
        QCOMPARE(controller()->property("format").toString(), u"double"_s); // the form's first format
        QVERIFY(!add->isVisible());
        int seeded = 0;
        for (const auto &match : bracket()->matches())
            seeded += match.slots[0].isEntrant() + match.slots[1].isEntrant();
        QCOMPARE(seeded, 8);
    }

    void phaseOverviewOpensAPhase()
    {
        const qint64 event = playedPools(u"Pools to top 8"_s);
        QVERIFY(event > 0);
        BracketStore brackets(*m_store);
        PhaseConfig top8;
        top8.format = Format::DoubleElimination;
        top8.bestOf = 3;
        QVERIFY(brackets.addPhase(event, u"Top 8"_s, top8, 2, nullptr) > 0);
        QCOMPARE(BracketFixture::reportSome(brackets, event, 5), 5);
        showEvent(event);
        showTab("tab_phases");
        QTRY_VERIFY(child<QQuickItem>("phaseCard1"));
        QVERIFY(child<QObject>("phaseProgress0")->property("text").toString().startsWith(u"24 of 24 match"_s));
        screenshot(*m_view, u"phase-overview"_s);
        click(child<QQuickItem>("phaseCard1"));
        QTRY_COMPARE(controller()->property("phaseIndex").toInt(), 1);
        QTRY_COMPARE(page()->property("tab").toString(), u"bracket"_s);
        QTRY_COMPARE(bracket()->title(), u"Top 8"_s);
        QTest::qWait(200);
        screenshot(*m_view, u"phase-top8"_s);
    }
};

QTEST_MAIN(TestBracketPage)
#include "tst_bracketpage.moc"
