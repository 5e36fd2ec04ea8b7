// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/appsettings.h"
#include "shell/languagemanager.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLanguageManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"OmniumTest"_s);
        QCoreApplication::setApplicationName(u"tst_languagemanager"_s);
        QSettings().clear();
    }

    void systemLocaleResolves_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("language");
        QTest::newRow("fr_FR") << QLocale(QLocale::French, QLocale::France) << u"fr"_s;
        QTest::newRow("fr_BE") << QLocale(QLocale::French, QLocale::Belgium) << u"fr"_s;
        QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom) << u"en"_s;
        QTest::newRow("de_DE falls back to English") << QLocale(QLocale::German, QLocale::Germany) << u"en"_s;
    }

    void systemLocaleResolves()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, language);
        QCOMPARE(LanguageManager::languageForLocale(locale), language);
    }

    // The shipped French catalogue really translates, and switching back to English works
    // without a restart.
    void switchingLanguageTranslatesAtOnce()
    {
        AppSettings settings;
        settings.setLanguage(u"en"_s);
        LanguageManager manager(settings);
        QSignalSpy spy(&manager, &LanguageManager::effectiveLanguageChanged);
        QCOMPARE(manager.effectiveLanguage(), u"en"_s);
        QCOMPARE(QCoreApplication::translate("Navigation", "Settings"), u"Settings"_s);

        settings.setLanguage(u"fr"_s);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(manager.effectiveLanguage(), u"fr"_s);
        QCOMPARE(QCoreApplication::translate("Navigation", "Settings"), u"Paramètres"_s);

        settings.setLanguage(u"en"_s);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(QCoreApplication::translate("Navigation", "Settings"), u"Settings"_s);
    }
};

QTEST_GUILESS_MAIN(TestLanguageManager)
#include "tst_languagemanager.moc"
