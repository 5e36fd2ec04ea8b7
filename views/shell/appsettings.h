// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSettings>
#include <QVariantList>

struct BadgeBranding;
class BadgeRoleSet;

// The user's preferences that outlive a session (language, colour theme), kept in QSettings
// so every window and page reads the same values and follows changes at once.
class AppSettings : public QObject
{
    Q_OBJECT
    // "system", or a language code that Omnium ships ("fr", "en").
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // "system", "light" or "dark".
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    // Whether the players' phone pages and the call board are served (docs/player-pages.md),
    // and whether to the venue network too (else this computer only).
    Q_PROPERTY(bool playerPagesEnabled READ playerPagesEnabled WRITE setPlayerPagesEnabled NOTIFY playerPagesChanged)
    Q_PROPERTY(bool playerPagesNetwork READ playerPagesNetwork WRITE setPlayerPagesNetwork NOTIFY playerPagesChanged)
    // Whether the stream overlay server runs (off until the caster switches it on).
    Q_PROPERTY(bool overlayEnabled READ overlayEnabled WRITE setOverlayEnabled NOTIFY overlayChanged)
    // Whether the overlays are offered to the venue network too (then with the token).
    Q_PROPERTY(bool overlayNetwork READ overlayNetwork WRITE setOverlayNetwork NOTIFY overlayChanged)
    // The address the overlays are offered on when overlayNetwork is on: one of this
    // computer's addresses (the venue network's), or empty for all of them.
    Q_PROPERTY(QString overlayAddress READ overlayAddress WRITE setOverlayAddress NOTIFY overlayChanged)
    // The overlay server's port, kept so OBS browser sources survive a restart of the app.
    Q_PROPERTY(int overlayPort READ overlayPort WRITE setOverlayPort NOTIFY overlayChanged)
    // The overlays' access token, kept so pasted URLs survive restarts. Empty: the app
    // makes a new one (and the URLs handed out before stop working).
    Q_PROPERTY(QString overlayToken READ overlayToken WRITE setOverlayToken NOTIFY overlayChanged)
    // Badges: the venue's name, logo (an image file) and accent colour (#rrggbb), printed on
    // every badge.
    Q_PROPERTY(QString badgeVenueName READ badgeVenueName WRITE setBadgeVenueName NOTIFY badgesChanged)
    Q_PROPERTY(QString badgeVenueLogo READ badgeVenueLogo WRITE setBadgeVenueLogo NOTIFY badgesChanged)
    Q_PROPERTY(QString badgeAccent READ badgeAccent WRITE setBadgeAccent NOTIFY badgesChanged)
    // The badge roles with the venue's labels and colours: [{key, label, colour}].
    Q_PROPERTY(QVariantList badgeRoles READ badgeRoles NOTIFY badgesChanged)
    // Minutes between automatic backups of the database (0: off).
    Q_PROPERTY(int backupIntervalMinutes READ backupIntervalMinutes WRITE setBackupIntervalMinutes NOTIFY backupChanged)
    // How many of the newest backups are kept (plus one per day for a month).
    Q_PROPERTY(int backupKeep READ backupKeep WRITE setBackupKeep NOTIFY backupChanged)
    // The tournament databases opened lately, newest first (the Start page offers them).
    Q_PROPERTY(QStringList recentDatabases READ recentDatabases NOTIFY recentDatabasesChanged)

public:
    explicit AppSettings(QObject *parent = nullptr);

    QString language() const;
    void setLanguage(const QString &language);
    QString theme() const;
    void setTheme(const QString &theme);
    bool playerPagesEnabled() const;
    void setPlayerPagesEnabled(bool enabled);
    bool playerPagesNetwork() const;
    void setPlayerPagesNetwork(bool network);
    bool overlayEnabled() const;
    void setOverlayEnabled(bool enabled);
    bool overlayNetwork() const;
    void setOverlayNetwork(bool network);
    QString overlayAddress() const;
    void setOverlayAddress(const QString &address);
    int overlayPort() const;
    void setOverlayPort(int port);
    QString overlayToken() const;
    void setOverlayToken(const QString &token);
    QString badgeVenueName() const;
    void setBadgeVenueName(const QString &name);
    QString badgeVenueLogo() const;
    // A local file path or file: URL; empty removes the logo.
    void setBadgeVenueLogo(const QString &file);
    QString badgeAccent() const;
    void setBadgeAccent(const QString &colour);
    QVariantList badgeRoles() const;
    // Renames or recolours one role (colour as #rrggbb); an empty label restores the default.
    Q_INVOKABLE void setBadgeRole(const QString &key, const QString &label, const QString &colour);
    Q_INVOKABLE void resetBadgeRoles();
    // What the badge renderer uses.
    BadgeBranding badgeBranding() const;
    BadgeRoleSet badgeRoleSet() const;
    int backupIntervalMinutes() const;
    void setBackupIntervalMinutes(int minutes);
    int backupKeep() const;
    void setBackupKeep(int count);
    QStringList recentDatabases() const;
    // Puts this database file first in the recent list (which keeps the newest few).
    void addRecentDatabase(const QString &path);

Q_SIGNALS:
    void recentDatabasesChanged();
    void languageChanged();
    void themeChanged();
    void overlayChanged();
    void playerPagesChanged();
    void badgesChanged();
    void backupChanged();

private:
    QSettings m_settings;
};
