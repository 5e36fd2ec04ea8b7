// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemanager.h"

#include "appsettings.h"
#include "core/logging.h"

#include <KLocalizedString>

#include <QCoreApplication>
#include <QLibraryInfo>

using namespace Qt::StringLiterals;

LanguageManager::LanguageManager(AppSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    connect(&m_settings, &AppSettings::languageChanged, this, &LanguageManager::apply);
    apply();
}

QString LanguageManager::languageForLocale(const QLocale &locale)
{
    return locale.language() == QLocale::French ? u"fr"_s : u"en"_s;
}

void LanguageManager::apply()
{
    const auto chosen = m_settings.language();
    const auto language = chosen == u"system"_s ? languageForLocale(QLocale::system()) : chosen;
    if (language == m_effective)
        return;

    QCoreApplication::removeTranslator(&m_translator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    // Catalogues are compiled into the binary under :/i18n by qt_add_translations.
    if (m_translator.load(u"omnium_"_s + language, u":/i18n"_s))
        QCoreApplication::installTranslator(&m_translator);
    else
        qCWarning(lcApp) << "no translation catalogue for" << language;
    // Qt's own words (qt_fr includes qtbase_fr: buttons, and key names such as "Page suiv").
    if (m_qtTranslator.load(u"qt_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
    // Kirigami Addons' words (the shortcuts editor, the About page) come through KI18n.
    KLocalizedString::setLanguages({language});

    m_effective = language;
    Q_EMIT effectiveLanguageChanged();
}
