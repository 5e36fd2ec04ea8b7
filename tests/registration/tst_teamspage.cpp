// SPDX-License-Identifier: GPL-3.0-or-later
// The Teams page's CSV import runs through TeamImportController (as omnium-cli teams import):
// the bad lines are shown and the Import button stays off; a good file imports on a click.
#include "../quickpagehelpers.h"
#include "../testartefacts.h"
#include "core/clock.h"
#include "services.h"
#include "uisetup.h"

#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using QuickPage::child;

class TestTeamsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<PlayerController> m_players;
    std::unique_ptr<TeamImportController> m_imports;
    std::unique_ptr<PlayerModel> m_playerList;
    std::unique_ptr<TeamModel> m_teamList;
    Theme m_theme;
    std::unique_ptr<QQuickView> m_view;

    int teams()
    {
        auto query = m_store->select(u"SELECT COUNT(*) FROM teams"_s);
        return query.next() ? query.value(0).toInt() : -1;
    }

    void screenshot(const QString &name) { m_view->grabWindow().save(testArtefacts().filePath(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<Store>(Clock::system());
        QVERIFY(!m_store->open(m_dir.filePath(u"teams.sqlite"_s)));
        m_players = std::make_unique<PlayerController>(*m_store);
        for (const auto &tag : {u"Alice"_s, u"Bob"_s, u"Chloé"_s})
            QVERIFY(m_players->addPlayer({{u"tag"_s, tag}}) > 0);
        m_imports = std::make_unique<TeamImportController>(*m_store);
        m_playerList = std::make_unique<PlayerModel>(m_store.get());
        m_teamList = std::make_unique<TeamModel>(m_store.get());
        StoreForeign::instance = m_store.get();
        ThemeForeign::instance = &m_theme;
        PlayerControllerForeign::instance = m_players.get();
        TeamImportControllerForeign::instance = m_imports.get();
        PlayerModelForeign::instance = m_playerList.get();
        TeamModelForeign::instance = m_teamList.get();
        UiSetup::applyStyle(); // the application's style, as main() sets it
        m_view = std::make_unique<QQuickView>();
        UiSetup::prepareEngine(*m_view->engine());
        m_view->setResizeMode(QQuickView::SizeRootObjectToView);
        m_view->loadFromModule("Omnium", "TeamsPage");
        QVERIFY2(m_view->status() == QQuickView::Ready, qPrintable(m_view->errors().value(0).toString()));
        m_view->resize(1280, 800);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void badLinesBlockTheImport()
    {
        m_imports->readImport("team,tag,captain,player\nLes Rapides,RPD,Alice,Bob\nVélo Club,VC,Zed,\n");
        QTRY_VERIFY(child<QQuickItem>(*m_view, "teamImportFrame")->isVisible());
        QTRY_COMPARE(child(*m_view, "teamImportProblems")->property("text").toString(),
            u"Line 3: no player has the gamer tag “Zed”; import the players first"_s);
        QVERIFY(!child(*m_view, "teamImportButton")->property("enabled").toBool());
        screenshot(u"teams-import-problems.png"_s);
        QCOMPARE(teams(), 0);
    }

    void aGoodFileImportsOnAClick()
    {
        m_imports->readImport("team,tag,captain,player\nLes Rapides,RPD,Alice,Bob\nVélo Club,VC,Chloé,\n");
        QTRY_VERIFY(child(*m_view, "teamImportButton")->property("enabled").toBool());
        screenshot(u"teams-import-ready.png"_s);
        QuickPage::click(*m_view, child<QQuickItem>(*m_view, "teamImportButton"));
        QTRY_COMPARE(teams(), 2);
        QTRY_VERIFY(!child<QQuickItem>(*m_view, "teamImportFrame")->isVisible());
        screenshot(u"teams-imported.png"_s);
    }
};

QTEST_MAIN(TestTeamsPage)
#include "tst_teamspage.moc"
