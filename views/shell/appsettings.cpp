// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include "core/logging.h"
#include "print/badge.h"
#include "print/badgeroles.h"

#include <QColor>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
const auto languageKey = u"ui/language"_s;
const auto themeKey = u"ui/theme"_s;
const auto overlayEnabledKey = u"overlay/enabled"_s;
const auto playerPagesEnabledKey = u"playerPages/enabled"_s;
const auto playerPagesNetworkKey = u"playerPages/network"_s;
const auto overlayNetworkKey = u"overlay/network"_s;
const auto overlayPortKey = u"overlay/port"_s;
const auto overlayAddressKey = u"overlay/address"_s;
const auto overlayTokenKey = u"overlay/token"_s;
const auto badgeVenueNameKey = u"badges/venueName"_s;
const auto badgeVenueLogoKey = u"badges/venueLogo"_s;
const auto badgeAccentKey = u"badges/accent"_s;
const auto badgeRolesKey = u"badges/roles"_s;
constexpr int defaultOverlayPort = 47820;
const auto backupIntervalKey = u"backup/intervalMinutes"_s;
const auto backupKeepKey = u"backup/keep"_s;
const auto recentDatabasesKey = u"databases/recent"_s;
constexpr int recentDatabasesKept = 6;
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

bool AppSettings::playerPagesEnabled() const
{
    return m_settings.value(playerPagesEnabledKey, false).toBool();
}

void AppSettings::setPlayerPagesEnabled(bool enabled)
{
    if (enabled == playerPagesEnabled())
        return;
    m_settings.setValue(playerPagesEnabledKey, enabled);
    Q_EMIT playerPagesChanged();
}

bool AppSettings::playerPagesNetwork() const
{
    return m_settings.value(playerPagesNetworkKey, false).toBool();
}

void AppSettings::setPlayerPagesNetwork(bool network)
{
    if (network == playerPagesNetwork())
        return;
    m_settings.setValue(playerPagesNetworkKey, network);
    Q_EMIT playerPagesChanged();
}

bool AppSettings::overlayEnabled() const
{
    return m_settings.value(overlayEnabledKey, false).toBool();
}

void AppSettings::setOverlayEnabled(bool enabled)
{
    if (enabled == overlayEnabled())
        return;
    m_settings.setValue(overlayEnabledKey, enabled);
    Q_EMIT overlayChanged();
}

bool AppSettings::overlayNetwork() const
{
    return m_settings.value(overlayNetworkKey, false).toBool();
}

void AppSettings::setOverlayNetwork(bool network)
{
    if (network == overlayNetwork())
        return;
    m_settings.setValue(overlayNetworkKey, network);
    Q_EMIT overlayChanged();
}

QString AppSettings::overlayAddress() const
{
    return m_settings.value(overlayAddressKey).toString();
}

void AppSettings::setOverlayAddress(const QString &address)
{
    if (!address.isEmpty() && QHostAddress(address).isNull()) {
        qCWarning(lcApp) << "ignoring overlay address" << address;
        return;
    }
    if (address == overlayAddress())
        return;
    m_settings.setValue(overlayAddressKey, address);
    Q_EMIT overlayChanged();
}

int AppSettings::overlayPort() const
{
    const int port = m_settings.value(overlayPortKey, defaultOverlayPort).toInt();
    return port >= 1024 && port <= 65535 ? port : defaultOverlayPort;
}

void AppSettings::setOverlayPort(int port)
{
    if (port < 1024 || port > 65535) {
        qCWarning(lcApp) << "ignoring overlay port" << port << "(1024 to 65535)";
        return;
    }
    if (port == overlayPort())
        return;
    m_settings.setValue(overlayPortKey, port);
    Q_EMIT overlayChanged();
}

QString AppSettings::overlayToken() const
{
    return m_settings.value(overlayTokenKey).toString();
}

void AppSettings::setOverlayToken(const QString &token)
{
    if (token == overlayToken())
        return;
    m_settings.setValue(overlayTokenKey, token);
    Q_EMIT overlayChanged();
}

QString AppSettings::badgeVenueName() const
{
    return m_settings.value(badgeVenueNameKey).toString();
}

void AppSettings::setBadgeVenueName(const QString &name)
{
    if (name == badgeVenueName())
        return;
    m_settings.setValue(badgeVenueNameKey, name);
    Q_EMIT badgesChanged();
}

QString AppSettings::badgeVenueLogo() const
{
    return m_settings.value(badgeVenueLogoKey).toString();
}

void AppSettings::setBadgeVenueLogo(const QString &file)
{
    const QUrl url(file);
    const QString path = url.isLocalFile() ? url.toLocalFile() : file;
    if (path == badgeVenueLogo())
        return;
    m_settings.setValue(badgeVenueLogoKey, path);
    Q_EMIT badgesChanged();
}

QString AppSettings::badgeAccent() const
{
    const QColor colour = QColor::fromString(m_settings.value(badgeAccentKey).toString());
    return (colour.isValid() ? colour : BadgeBranding().accent).name(QColor::HexRgb);
}

void AppSettings::setBadgeAccent(const QString &colour)
{
    const QColor parsed = QColor::fromString(colour);
    if (!parsed.isValid()) {
        qCWarning(lcApp) << "ignoring badge accent colour" << colour;
        return;
    }
    if (parsed.name(QColor::HexRgb) == badgeAccent())
        return;
    m_settings.setValue(badgeAccentKey, parsed.name(QColor::HexRgb));
    Q_EMIT badgesChanged();
}

BadgeRoleSet AppSettings::badgeRoleSet() const
{
    const auto stored = QJsonDocument::fromJson(m_settings.value(badgeRolesKey).toString().toUtf8());
    return BadgeRoleSet::fromJson(stored.array());
}

QVariantList AppSettings::badgeRoles() const
{
    return badgeRoleSet().toJson().toVariantList();
}

void AppSettings::setBadgeRole(const QString &key, const QString &label, const QString &colour)
{
    auto roles = badgeRoleSet();
    const QColor parsed = QColor::fromString(colour);
    if (!roles.contains(key) || !parsed.isValid()) {
        qCWarning(lcApp) << "ignoring badge role" << key << colour;
        return;
    }
    const QString text = label.trimmed();
    roles.setRole({key, text.isEmpty() ? BadgeRoleSet::defaults().role(key).label : text, parsed});
    // Only what differs from the defaults is kept, so the others follow the UI language.
    const auto defaults = BadgeRoleSet::defaults().toJson();
    QJsonArray changed;
    for (const auto &role : roles.toJson()) {
        if (!defaults.contains(role))
            changed.append(role);
    }
    m_settings.setValue(badgeRolesKey, QString::fromUtf8(QJsonDocument(changed).toJson(QJsonDocument::Compact)));
    Q_EMIT badgesChanged();
}

void AppSettings::resetBadgeRoles()
{
    m_settings.remove(badgeRolesKey);
    Q_EMIT badgesChanged();
}

BadgeBranding AppSettings::badgeBranding() const
{
    BadgeBranding branding;
    branding.venueName = badgeVenueName();
    if (const QString logo = badgeVenueLogo(); !logo.isEmpty()) {
        branding.venueLogo = QImage(logo);
        if (branding.venueLogo.isNull())
            qCWarning(lcApp) << "the venue logo" << logo << "cannot be read";
    }
    branding.accent = QColor::fromString(badgeAccent());
    return branding;
}

int AppSettings::backupIntervalMinutes() const
{
    const int minutes = m_settings.value(backupIntervalKey, 10).toInt();
    return minutes >= 0 && minutes <= 24 * 60 ? minutes : 10;
}

void AppSettings::setBackupIntervalMinutes(int minutes)
{
    if (minutes < 0 || minutes > 24 * 60 || minutes == backupIntervalMinutes())
        return;
    m_settings.setValue(backupIntervalKey, minutes);
    Q_EMIT backupChanged();
}

int AppSettings::backupKeep() const
{
    const int count = m_settings.value(backupKeepKey, 20).toInt();
    return count >= 1 && count <= 1000 ? count : 20;
}

void AppSettings::setBackupKeep(int count)
{
    if (count < 1 || count > 1000 || count == backupKeep())
        return;
    m_settings.setValue(backupKeepKey, count);
    Q_EMIT backupChanged();
}

QStringList AppSettings::recentDatabases() const
{
    return m_settings.value(recentDatabasesKey).toStringList();
}

void AppSettings::addRecentDatabase(const QString &path)
{
    QStringList recent = recentDatabases();
    if (!recent.isEmpty() && recent.constFirst() == path)
        return;
    recent.removeAll(path);
    recent.prepend(path);
    m_settings.setValue(recentDatabasesKey, recent.mid(0, recentDatabasesKept));
    Q_EMIT recentDatabasesChanged();
}
