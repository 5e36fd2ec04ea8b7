// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include "core/logging.h"

using namespace Qt::StringLiterals;

namespace {
const auto languageKey = u"ui/language"_s;
const auto themeKey = u"ui/theme"_s;
const QStringList languages {u"system"_s, u"fr"_s, u"en"_s};
const QStringList themes {u"system"_s, u"light"_s, u"dark"_s};
} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
{ }

QString AppSettings::language() const
{
    const auto value = m_settings.value(languageKey, u"system"_s).toString();
    return languages.contains(value) ? value : u"system"_s;
}

void AppSettings::setLanguage(const QString &language)
{
    if (!languages.contains(language)) {
        qCWarning(lcApp) << "ignoring unknown language" << language;
        return;
    }
    if (language == this->language())
        return;
    m_settings.setValue(languageKey, language);
    Q_EMIT languageChanged();
}

QString AppSettings::theme() const
{
    const auto value = m_settings.value(themeKey, u"system"_s).toString();
    return themes.contains(value) ? value : u"system"_s;
}

void AppSettings::setTheme(const QString &theme)
{
    if (!themes.contains(theme)) {
        qCWarning(lcApp) << "ignoring unknown theme" << theme;
        return;
    }
    if (theme == this->theme())
        return;
    m_settings.setValue(themeKey, theme);
    Q_EMIT themeChanged();
}
