// SPDX-License-Identifier: GPL-3.0-or-later
// The check-in desk as the staff use it (offscreen software renderer): a few letters and Enter
// check in the highlighted entrant, a second Enter never undoes it, Ctrl+Z in the empty field
// does, the arrow keys choose among several matches, and a name nobody has is said so.
#include "../quickpagehelpers.h"
#include "core/clock.h"
#include "live/playerphones.h"
#include "live/tournamentlive.h"
#include "registration/eventcontroller.h"
#include "registration/playercontroller.h"
#include "services.h"
#include "shell/notificationmodel.h"
#include "shell/theme.h"
#include "store/store.h"
#include "uisetup.h"

#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickView>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(OmniumPlugin)

using namespace Qt::StringLiterals;

class TestCheckInPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<EventController> m_events;
    std::unique_ptr<TournamentLive> m_live;
    std::unique_ptr<PlayerPhones> m_phones; // the "From phones" switch
    qint64 m_event = 0;
    Theme m_theme;
    NotificationModel m_notifications {Clock::system()};
    std::unique_ptr<QQuickView> m_view;
    QHash<QString, qint64> m_entrants; // by tag

    template<typename T = QObject> T *child(const char *name) const { return QuickPage::child<T>(*m_view, name); }
    QString checkIn(const QString &tag) const
    {
        auto query = m_store->select(u"SELECT check_in FROM entrants WHERE id = ?"_s, {m_entrants.value(tag)});
        return query.next() ? query.value(0).toString() : QString();
    }
    QString status() const { return child("checkInStatus")->property("text").toString(); }
    void type(const QString &text)
    {
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::Click, m_view.get(), Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
    void typeAndEnter(const QString &text)
    {
        type(text);
        QTest::keyClick(m_view.get(), Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<Store>(Clock::system());
        QVERIFY(!m_store->open(m_dir.filePath(u"desk.sqlite"_s)));
        m_events = std::make_unique<EventController>(*m_store);
        PlayerController players(*m_store);
        const qint64 tournament = m_events->addTournament({{u"name"_s, u"Samedi"_s}, {u"startsOn"_s, u"2026-11-28"_s}});
        const qint64 event = m_events->addEvent(tournament, {{u"name"_s, u"SF6"_s}, {u"game"_s, u"SF6"_s}});
        m_event = event;
        for (const QString &tag : {u"Zoé"_s, u"Zorro"_s, u"Akira"_s, u"Léa"_s})
            m_entrants.insert(tag, m_events->registerPlayer(event, players.addPlayer({{u"tag"_s, tag}})));
        m_live = std::make_unique<TournamentLive>(*m_store, Clock::system());
        m_phones = std::make_unique<PlayerPhones>(*m_store, *m_live, Clock::system());
        PlayerPhonesForeign::instance = m_phones.get();
        QCOMPARE(checkIn(u"Zoé"_s), u"pending"_s);

        StoreForeign::instance = m_store.get();
        ThemeForeign::instance = &m_theme;
        NotificationsForeign::instance = &m_notifications;
        EventControllerForeign::instance = m_events.get();
        UiSetup::applyStyle(); // the application's style, as main() sets it
        m_view = std::make_unique<QQuickView>();
        UiSetup::prepareEngine(*m_view->engine());
        m_view->setResizeMode(QQuickView::SizeRootObjectToView);
        QVERIFY(QuickPage::showPage(*m_view, "CheckInPage"));
        m_view->resize(1024, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QTRY_VERIFY(child<QQuickItem>("checkInSearch")->hasActiveFocus());
    }

    // Players check in from their phones while the desk's switch is on (tst_playerpages drives
    // the phone side).
    void phoneCheckInSwitch()
    {
        // A checkable action in the page's toolbar.
        QQuickItem *phones = nullptr;
        QTRY_VERIFY((phones = QuickPage::actionButton(*m_view, "phoneCheckInSwitch")));
        QTRY_VERIFY(phones->isEnabled());
        QVERIFY(!phones->property("checked").toBool());
        QuickPage::click(*m_view, phones);
        QTRY_VERIFY(m_phones->phoneCheckIn(m_event));
        QuickPage::click(*m_view, phones);
        QTRY_VERIFY(!m_phones->phoneCheckIn(m_event));
        child<QQuickItem>("checkInSearch")->forceActiveFocus(); // the next tests type into it
        QTRY_VERIFY(child<QQuickItem>("checkInSearch")->hasActiveFocus());
    }

    void lettersAndEnterCheckIn()
    {
        typeAndEnter(u"zoé"_s);
        QTRY_COMPARE(checkIn(u"Zoé"_s), u"checked_in"_s);
        QCOMPARE(checkIn(u"Zorro"_s), u"pending"_s);
        QCOMPARE(status(), u"Zoé checked in."_s);
        QCOMPARE(child("checkInSearch")->property("text").toString(), QString());
    }

    // A second Enter on the same name (a double press, a second scan) must not undo the first.
    void enterAgainNeverUndoes()
    {
        typeAndEnter(u"zoé"_s);
        QTRY_COMPARE(status(), u"Zoé was already checked in."_s);
        QCOMPARE(checkIn(u"Zoé"_s), u"checked_in"_s);
    }

    void ctrlZInTheEmptyFieldUndoes()
    {
        QCOMPARE(child("checkInSearch")->property("text").toString(), QString());
        QTest::keySequence(m_view.get(), QKeySequence::Undo);
        QTRY_COMPARE(checkIn(u"Zoé"_s), u"pending"_s);
    }

    void unknownNameIsSaid()
    {
        typeAndEnter(u"Nobody"_s);
        QTRY_COMPARE(status(), u"Nobody matches “Nobody”."_s);
        for (auto it = m_entrants.cbegin(); it != m_entrants.cend(); ++it)
            QCOMPARE(checkIn(it.key()), u"pending"_s);
        QTest::keyClick(m_view.get(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(m_view.get(), Qt::Key_Backspace);
    }

    // The arrow keys move the highlight among the matches: "zo" lists Zoé and Zorro; Down then
    // Enter checks in the second, and Enter alone then the first.
    void arrowChoosesAmongMatches()
    {
        type(u"zo"_s);
        QTest::keyClick(m_view.get(), Qt::Key_Down);
        QTest::keyClick(m_view.get(), Qt::Key_Return);
        const auto checkedIn
            = [&] { return int(checkIn(u"Zoé"_s) == u"checked_in"_s) + int(checkIn(u"Zorro"_s) == u"checked_in"_s); };
        QTRY_COMPARE(checkedIn(), 1);
        typeAndEnter(u"zo"_s);
        QTRY_COMPARE(checkedIn(), 2);
        QCOMPARE(checkIn(u"Akira"_s), u"pending"_s);
    }
};

QTEST_MAIN(TestCheckInPage)
#include "tst_checkinpage.moc"
