// SPDX-License-Identifier: GPL-3.0-or-later
// The Players page's Phone link: the first click makes the player's link and shows it with its
// QR code; New link replaces it (the old secret opens nothing); Revoke takes it away.
#include "../quickpagehelpers.h"
#include "../testartefacts.h"
#include "core/clock.h"
#include "services.h"

#include <QQuickStyle>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using QuickPage::child;

class TestPhoneLinkDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<PlayerController> m_players;
    std::unique_ptr<PlayerModel> m_playerList;
    std::unique_ptr<TournamentLive> m_live;
    std::unique_ptr<PlayerPhones> m_phones;
    std::unique_ptr<PlayerPageServer> m_server;
    Theme m_theme;
    std::unique_ptr<QQuickView> m_view;
    qint64 m_player = 0;

    void screenshot(const QString &name) { m_view->grabWindow().save(testArtefacts().filePath(name)); }
    QString shownUrl() { return child(*m_view, "phoneLinkQr")->property("text").toString(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<Store>(Clock::system());
        QVERIFY(!m_store->open(m_dir.filePath(u"players.sqlite"_s)));
        m_players = std::make_unique<PlayerController>(*m_store);
        m_player = m_players->addPlayer({{u"tag"_s, u"Kazuki"_s}});
        QVERIFY(m_player > 0);
        m_playerList = std::make_unique<PlayerModel>(m_store.get());
        m_live = std::make_unique<TournamentLive>(*m_store, Clock::system());
        m_phones = std::make_unique<PlayerPhones>(*m_store, *m_live, Clock::system());
        m_server = std::make_unique<PlayerPageServer>(*m_phones);
        m_server->setPort(0);
        QVERIFY(m_server->start());
        StoreForeign::instance = m_store.get();
        ThemeForeign::instance = &m_theme;
        PlayerControllerForeign::instance = m_players.get();
        PlayerModelForeign::instance = m_playerList.get();
        PlayerPhonesForeign::instance = m_phones.get();
        PlayerPageServerForeign::instance = m_server.get();
        QQuickStyle::setStyle(u"Material"_s);
        m_view = std::make_unique<QQuickView>();
        m_view->setResizeMode(QQuickView::SizeRootObjectToView);
        m_view->loadFromModule("Omnium", "PlayersPage");
        QVERIFY2(m_view->status() == QQuickView::Ready, qPrintable(m_view->errors().value(0).toString()));
        m_view->resize(1280, 800);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void firstClickMakesTheLink()
    {
        QVERIFY(m_phones->linkSecret(m_player).isEmpty());
        QuickPage::click(*m_view, child<QQuickItem>(*m_view, "phoneLinkButton"));
        QTRY_VERIFY(child<QQuickItem>(*m_view, "phoneLinkQr")->isVisible());
        const auto secret = m_phones->linkSecret(m_player);
        QCOMPARE(secret.size(), 24);
        QCOMPARE(shownUrl(), m_server->playerUrl(secret).toString());
        QCOMPARE(m_phones->playerForSecret(secret), m_player);
        QTRY_VERIFY(child(*m_view, "phoneLinkDialog")->property("opened").toBool()); // shown whole
        screenshot(u"phone-link.png"_s);
    }

    void newLinkReplacesTheOldOne()
    {
        const auto old = m_phones->linkSecret(m_player);
        QuickPage::click(*m_view, child<QQuickItem>(*m_view, "newLinkButton"));
        QTRY_VERIFY(m_phones->linkSecret(m_player) != old);
        QCOMPARE(m_phones->playerForSecret(old), 0);
        QTRY_COMPARE(shownUrl(), m_server->playerUrl(m_phones->linkSecret(m_player)).toString());
    }

    void revokeTakesItAway()
    {
        const auto old = m_phones->linkSecret(m_player);
        QuickPage::click(*m_view, child<QQuickItem>(*m_view, "revokeLinkButton"));
        QTRY_VERIFY(m_phones->linkSecret(m_player).isEmpty());
        QCOMPARE(m_phones->playerForSecret(old), 0);
        QTRY_VERIFY(!child<QQuickItem>(*m_view, "phoneLinkQr")->isVisible());
    }
};

QTEST_MAIN(TestPhoneLinkDialog)
#include "tst_phonelinkdialog.moc"
