// SPDX-License-Identifier: GPL-3.0-or-later
// Seeding by keyboard (offscreen software renderer): on the highlighted entrant, a seed typed
// and Enter moves it there in one undoable command, the hint under the list says what Enter
// will do, a seed beyond the list is said through the notifications and changes nothing, and
// Ctrl+Down still moves one place. Screenshots in English and French.
#include "../quickpagehelpers.h"
#include "../testartefacts.h"
#include "core/clock.h"
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
#include <QTranslator>

Q_IMPORT_QML_PLUGIN(OmniumPlugin)

using namespace Qt::StringLiterals;

class TestSeedingPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<EventController> m_events;
    Theme m_theme;
    NotificationModel m_notifications {Clock::system()};
    std::unique_ptr<QQuickView> m_view;
    QStringList m_tags
        = {u"Akira"_s, u"Björn"_s, u"Chloé"_s, u"Dario"_s, u"Élodie"_s, u"Faris"_s, u"Gaëlle"_s, u"Hugo"_s};
    QHash<QString, qint64> m_entrants; // by tag
    qint64 m_event = 0;

    template<typename T = QObject> T *child(const char *name) const { return QuickPage::child<T>(*m_view, name); }
    // The event's entrants in seed order.
    QStringList seedOrder() const
    {
        QStringList order;
        auto query = m_store->select(
            u"SELECT p.tag FROM entrants e JOIN players p ON p.id = e.player_id WHERE e.event_id = ? ORDER BY e.seed"_s,
            {m_event});
        while (query.next())
            order << query.value(0).toString();
        return order;
    }
    QObject *list() const { return child("seedList"); }
    void selectRow(int row)
    {
        list()->setProperty("currentIndex", row);
        qobject_cast<QQuickItem *>(list())->forceActiveFocus();
        QTRY_VERIFY(qobject_cast<QQuickItem *>(list())->hasActiveFocus());
    }
    void type(const QString &text)
    {
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::Click, m_view.get(), Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
    void screenshot(const QString &name) { m_view->grabWindow().save(testArtefacts().filePath(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<Store>(Clock::system());
        QVERIFY(!m_store->open(m_dir.filePath(u"seeding.sqlite"_s)));
        m_events = std::make_unique<EventController>(*m_store);
        PlayerController players(*m_store);
        const qint64 tournament = m_events->addTournament({{u"name"_s, u"Samedi"_s}, {u"startsOn"_s, u"2026-11-28"_s}});
        m_event = m_events->addEvent(tournament, {{u"name"_s, u"SF6"_s}, {u"game"_s, u"SF6"_s}});
        QVariantList order;
        for (const QString &tag : std::as_const(m_tags)) {
            m_entrants.insert(tag, m_events->registerPlayer(m_event, players.addPlayer({{u"tag"_s, tag}})));
            order << m_entrants.value(tag);
        }
        QVERIFY(m_events->setSeedOrder(m_event, order));
        QCOMPARE(seedOrder(), m_tags);

        StoreForeign::instance = m_store.get();
        ThemeForeign::instance = &m_theme;
        NotificationsForeign::instance = &m_notifications;
        EventControllerForeign::instance = m_events.get();
        UiSetup::applyStyle(); // the application's style, as main() sets it
        m_view = std::make_unique<QQuickView>();
        UiSetup::prepareEngine(*m_view->engine());
        m_view->setResizeMode(QQuickView::SizeRootObjectToView);
        m_view->loadFromModule("Omnium", "SeedingPage");
        QVERIFY2(m_view->status() == QQuickView::Ready, qPrintable(m_view->errors().value(0).toString()));
        auto *selection = m_view->engine()->singletonInstance<QObject *>("Omnium", "Selection");
        QVERIFY(selection);
        selection->setProperty("eventId", double(m_event));
        m_view->resize(1366, 768);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QTRY_COMPARE(list()->property("count").toInt(), m_tags.size());
    }

    // Gaëlle (seed 7) to seed 2: typed, Enter; one undo puts her back.
    void aTypedSeedAndEnterMoveTheEntrant()
    {
        selectRow(6);
        type(u"2"_s);
        QTRY_COMPARE(child("seedKeys")->property("text").toString(), u"Enter: move Gaëlle to seed 2 · Esc: cancel"_s);
        screenshot(u"seeding-typed-en.png"_s);
        QTest::keyClick(m_view.get(), Qt::Key_Return);
        QTRY_COMPARE(seedOrder(),
            (QStringList {
                u"Akira"_s, u"Gaëlle"_s, u"Björn"_s, u"Chloé"_s, u"Dario"_s, u"Élodie"_s, u"Faris"_s, u"Hugo"_s}));
        QTRY_COMPARE(list()->property("currentIndex").toInt(), 1); // the highlight follows her
        QVERIFY(m_store->undo());
        QTRY_COMPARE(seedOrder(), m_tags);
    }

    // Two digits make one seed; Esc forgets them.
    void severalDigitsAndEscape()
    {
        selectRow(0);
        type(u"10"_s);
        QTRY_VERIFY(child("seedKeys")->property("text").toString().contains(u"seed 10"_s));
        QTest::keyClick(m_view.get(), Qt::Key_Escape);
        QTRY_VERIFY(!child("seedKeys")->property("text").toString().contains(u"seed 10"_s));
        type(u"0"_s);
        QTest::keyClick(m_view.get(), Qt::Key_Backspace);
        type(u"8"_s);
        QTest::keyClick(m_view.get(), Qt::Key_Return);
        QTRY_COMPARE(seedOrder().constLast(), u"Akira"_s);
        QVERIFY(m_store->undo());
        QTRY_COMPARE(seedOrder(), m_tags);
    }

    // A seed the list does not have: said, and nothing moves.
    void aSeedBeyondTheListIsSaid()
    {
        m_notifications.clear();
        selectRow(3);
        type(u"12"_s);
        QTest::keyClick(m_view.get(), Qt::Key_Return);
        QTRY_COMPARE(m_notifications.rowCount(), 1);
        QCOMPARE(m_notifications.index(0).data(NotificationModel::TextRole).toString(),
            u"There is no seed 12: the seeds run from 1 to 8."_s);
        QCOMPARE(seedOrder(), m_tags);
        m_notifications.clear();
    }

    void ctrlDownStillMovesOnePlace()
    {
        selectRow(0);
        QTest::keyClick(m_view.get(), Qt::Key_Down, Qt::ControlModifier);
        QTRY_COMPARE(seedOrder().value(1), u"Akira"_s);
        QVERIFY(m_store->undo());
        QTRY_COMPARE(seedOrder(), m_tags);
    }

    void frenchScreenshot()
    {
        QTranslator french;
        QVERIFY(french.load(u"omnium_fr"_s, u":/i18n"_s));
        QCoreApplication::installTranslator(&french);
        m_view->engine()->retranslate();
        selectRow(6);
        type(u"2"_s);
        QTRY_COMPARE(child("seedKeys")->property("text").toString(),
            u"Entrée : placer Gaëlle en tête de série 2 · Échap : annuler"_s);
        screenshot(u"seeding-typed-fr.png"_s);
        QTest::keyClick(m_view.get(), Qt::Key_Escape);
        QCoreApplication::removeTranslator(&french);
        m_view->engine()->retranslate();
        QCOMPARE(seedOrder(), m_tags);
    }
};

QTEST_MAIN(TestSeedingPage)
#include "tst_seedingpage.moc"
