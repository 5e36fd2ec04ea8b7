// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/badge.h"
#include "print/badgeroles.h"
#include "shell/appsettings.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

class TestAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"OmniumTest"_s);
        QCoreApplication::setApplicationName(u"tst_appsettings"_s);
    }

    void init() { QSettings().clear(); }

    void defaultsFollowTheSystem()
    {
        AppSettings settings;
        QCOMPARE(settings.language(), u"system"_s);
        QCOMPARE(settings.theme(), u"system"_s);
    }

    void valuesPersistAcrossInstances_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("theme");
        QTest::newRow("fr dark") << u"fr"_s << u"dark"_s;
        QTest::newRow("en light") << u"en"_s << u"light"_s;
    }

    void valuesPersistAcrossInstances()
    {
        QFETCH(QString, language);
        QFETCH(QString, theme);
        {
            AppSettings settings;
            QSignalSpy languageSpy(&settings, &AppSettings::languageChanged);
            QSignalSpy themeSpy(&settings, &AppSettings::themeChanged);
            settings.setLanguage(language);
            settings.setTheme(theme);
            settings.setTheme(theme); // no change, no signal
            QCOMPARE(languageSpy.count(), 1);
            QCOMPARE(themeSpy.count(), 1);
        }
        AppSettings reopened;
        QCOMPARE(reopened.language(), language);
        QCOMPARE(reopened.theme(), theme);
    }

    void unknownValuesAreRefused()
    {
        AppSettings settings;
        settings.setLanguage(u"fr"_s);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"unknown language"_s));
        settings.setLanguage(u"klingon"_s);
        QCOMPARE(settings.language(), u"fr"_s);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"unknown theme"_s));
        settings.setTheme(u"purple"_s);
        QCOMPARE(settings.theme(), u"system"_s);
    }

    void overlaySettings_data()
    {
        QTest::addColumn<int>("port");
        QTest::addColumn<int>("expectedPort");
        QTest::newRow("usual") << 8080 << 8080;
        QTest::newRow("privileged port refused") << 80 << 47820;
        QTest::newRow("too high refused") << 70000 << 47820;
    }

    void overlaySettings()
    {
        QFETCH(int, port);
        QFETCH(int, expectedPort);
        {
            AppSettings settings;
            QCOMPARE(settings.overlayEnabled(), false); // off by default
            QCOMPARE(settings.overlayNetwork(), false); // this computer only by default
            QCOMPARE(settings.overlayPort(), 47820);
            QSignalSpy spy(&settings, &AppSettings::overlayChanged);
            settings.setOverlayEnabled(true);
            settings.setOverlayNetwork(true);
            settings.setOverlayToken(u"abcdefghijklmnopqrstuvwx"_s);
            if (expectedPort != port)
                QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"ignoring overlay port"_s));
            settings.setOverlayPort(port);
            QCOMPARE(spy.count(), expectedPort == port ? 4 : 3);
        }
        AppSettings reopened;
        QVERIFY(reopened.overlayEnabled());
        QVERIFY(reopened.overlayNetwork());
        QCOMPARE(reopened.overlayPort(), expectedPort);
        QCOMPARE(reopened.overlayToken(), u"abcdefghijklmnopqrstuvwx"_s);
    }

    void badgeBrandingAndRoles()
    {
        QTemporaryDir dir;
        const QString logo = dir.filePath(u"logo.png"_s);
        QImage image(40, 20, QImage::Format_RGB32);
        image.fill(Qt::red);
        QVERIFY(image.save(logo));
        {
            AppSettings settings;
            QCOMPARE(settings.badgeBranding().accent, BadgeBranding().accent); // default
            QCOMPARE(settings.badgeRoles().size(), BadgeRoleSet::defaults().roles().size());
            QSignalSpy spy(&settings, &AppSettings::badgesChanged);
            settings.setBadgeVenueName(u"Vélodrome National"_s);
            settings.setBadgeVenueLogo(QUrl::fromLocalFile(logo).toString()); // as a FileDialog hands it
            settings.setBadgeAccent(u"#0B4F6C"_s);
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"ignoring badge accent"_s));
            settings.setBadgeAccent(u"not a colour"_s);
            settings.setBadgeRole(u"vip"_s, u"  INVITÉ D'HONNEUR "_s, u"#6a3d9a"_s);
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"ignoring badge role"_s));
            settings.setBadgeRole(u"nobody"_s, u"X"_s, u"#000000"_s);
            QCOMPARE(spy.count(), 4);
        }
        AppSettings reopened;
        const BadgeBranding branding = reopened.badgeBranding();
        QCOMPARE(branding.venueName, u"Vélodrome National"_s);
        QCOMPARE(branding.venueLogo.size(), QSize(40, 20));
        QCOMPARE(branding.accent, QColor(0x0b, 0x4f, 0x6c));
        const BadgeRoleSet roles = reopened.badgeRoleSet();
        QCOMPARE(roles.role(u"vip"_s).label, u"INVITÉ D'HONNEUR"_s);
        QCOMPARE(roles.role(u"vip"_s).colour, QColor(0x6a, 0x3d, 0x9a));
        QCOMPARE(roles.role(u"player"_s).colour, BadgeRoleSet::defaults().role(u"player"_s).colour);
        // Only the changed role is stored, so the others follow the UI language.
        QCOMPARE(QSettings().value(u"badges/roles"_s).toString().count(u"\"key\""_s), 1);
        reopened.resetBadgeRoles();
        QCOMPARE(reopened.badgeRoleSet().role(u"vip"_s).label, BadgeRoleSet::defaults().role(u"vip"_s).label);
    }

    void corruptStoredValueFallsBack()
    {
        QSettings().setValue(u"ui/language"_s, u"xx"_s);
        AppSettings settings;
        QCOMPARE(settings.language(), u"system"_s);
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
