// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSettings>

// The user's preferences that outlive a session (language, colour theme), kept in QSettings
// so every window and page reads the same values and follows changes at once.
class AppSettings : public QObject
{
    Q_OBJECT
    // "system", or a language code that Omnium ships ("fr", "en").
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // "system", "light" or "dark".
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)

public:
    explicit AppSettings(QObject *parent = nullptr);

    QString language() const;
    void setLanguage(const QString &language);
    QString theme() const;
    void setTheme(const QString &theme);

Q_SIGNALS:
    void languageChanged();
    void themeChanged();

private:
    QSettings m_settings;
};
