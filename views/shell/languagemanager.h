// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTranslator>

class AppSettings;

// Installs the translation catalogue that the settings ask for ("system" follows the
// system locale) and tells the UI to re-translate when it changes, without a restart.
class LanguageManager : public QObject
{
    Q_OBJECT
    // The language in effect ("fr" or "en"), after resolving "system".
    Q_PROPERTY(QString effectiveLanguage READ effectiveLanguage NOTIFY effectiveLanguageChanged)

public:
    explicit LanguageManager(AppSettings &settings, QObject *parent = nullptr);

    QString effectiveLanguage() const { return m_effective; }

    // The language "system" resolves to for a locale: French for French locales, else English.
    static QString languageForLocale(const QLocale &locale);

Q_SIGNALS:
    void effectiveLanguageChanged();

private:
    void apply();

    AppSettings &m_settings;
    QTranslator m_translator;
    QTranslator m_qtTranslator;
    QString m_effective;
};
