// SPDX-License-Identifier: GPL-3.0-or-later
// The bracket page as the organiser uses it, in a real window: a 64-entrant double
// elimination from a SQLite file, results typed from the keyboard ("2-1", Enter), an
// impossible score refused, a deep correction confirmed, and the caster window in chroma
// green following the results. Screenshots go to tests/bracket/screenshots as artefacts.

#include "bracketfixture.h"
#include "core/clock.h"
#include "services.h"

#include <QDir>
#include <QGuiApplication>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickView>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(OmniumPlugin)

using namespace omnium::engine;
using namespace Qt::StringLiterals;

class TestBracketPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<StoreOverlayDataSource> m_liveData;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<OverlayServer> m_overlay;
    std::unique_ptr<QQuickView> m_view;
    qint64 m_event = 0;

    template<typename T = QObject> T *child(const char *name) const
    {
        return m_view->rootObject()->findChild<T *>(QString::fromLatin1(name));
    }
    PhaseBracket *bracket() const
    {
        return child<QQuickItem>("bracketView")->property("bracket").value<PhaseBracket *>();
    }
    QObject *dialog() const { return child("resultDialog"); }

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
        const QString dir = QDir(QStringLiteral(OMNIUM_BINARY_DIR)).filePath(u"tests/bracket/screenshots"_s);
        QDir().mkpath(dir);
        QVERIFY(window.grabWindow().save(dir + u'/' + name + u".png"_s));
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
        m_liveData = std::make_unique<StoreOverlayDataSource>(*m_store);
        StoreForeign::instance = m_store.get();
        LiveDataForeign::instance = m_liveData.get();
        m_settings = std::make_unique<AppSettings>();
        AppSettingsForeign::instance = m_settings.get();
        m_overlay = std::make_unique<OverlayServer>(*m_liveData);
        OverlayServerForeign::instance = m_overlay.get();

        QQuickStyle::setStyle(u"Material"_s);
        m_view = std::make_unique<QQuickView>();
        m_view->setResizeMode(QQuickView::SizeRootObjectToView);
        m_view->loadFromModule("Omnium", "BracketPage");
        QVERIFY2(m_view->status() == QQuickView::Ready, qPrintable(m_view->errors().value(0).toString()));
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

    void casterWindowFollowsTheResultsInChromaGreen()
    {
        QVERIFY(QMetaObject::invokeMethod(m_view->rootObject(), "openCaster"));
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
        // Then it glides to the next match to play: that match ends up in the middle of the view.
        const auto centred = [&] {
            const qint64 live = shown->matches().empty() ? 0 : [&] {
                for (const auto &match : shown->matches()) {
                    if (match.state == MatchState::Ready && EventState::isActive(match) && !match.isBye())
                        return match.id;
                }
                return MatchId(0);
            }();
            const qreal zoom = view->property("zoom").toReal();
            const QPointF middle(view->property("contentX").toReal() + view->width() / zoom / 2,
                view->property("contentY").toReal() + view->height() / zoom / 2);
            return live > 0 && shown->layout().box(live)->rect.adjusted(-20, -20, 20, 20).contains(middle);
        };
        QTRY_VERIFY_WITH_TIMEOUT(centred(), 3000);
        screenshot(*caster, u"caster-chroma"_s);

        caster->setProperty("mode", u"panels"_s);
        caster->setProperty("theme", u"dark"_s);
        QTest::qWait(200);
        screenshot(*caster, u"caster-panels"_s);
        caster->close();
    }

    void casterWindowGoesFullScreenOnTheChosenScreen()
    {
        const QList<QScreen *> screens = QGuiApplication::screens();
        if (screens.size() < 2)
            QSKIP("needs two screens (tst_bracketpage_xvfb runs with two)");
        QVERIFY(QMetaObject::invokeMethod(m_view->rootObject(), "openCaster"));
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
};

QTEST_MAIN(TestBracketPage)
#include "tst_bracketpage.moc"
