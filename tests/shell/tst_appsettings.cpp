// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/appsettings.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

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

    void corruptStoredValueFallsBack()
    {
        QSettings().setValue(u"ui/language"_s, u"xx"_s);
        AppSettings settings;
        QCOMPARE(settings.language(), u"system"_s);
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
