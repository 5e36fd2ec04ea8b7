// SPDX-License-Identifier: GPL-3.0-or-later
#include "uisetup.h"

#include "shell/appsettings.h"

#include <KColorSchemeManager>
#include <KLocalizedQmlContext>

#include <QIcon>
#include <QLoggingCategory>
#include <QModelIndex>
#include <QQmlEngine>
#include <QQuickStyle>

using namespace Qt::StringLiterals;

namespace UiSetup {

void applyStyle()
{
    QQuickStyle::setStyle(u"org.kde.desktop"_s);
    // Kirigami's icons (undo, help…) come from Breeze where the platform names no theme
    // (offscreen screenshots, a bare window manager).
    if (QIcon::themeName().isEmpty() || QIcon::themeName() == u"hicolor"_s)
        QIcon::setThemeName(u"breeze"_s);
    // The style's text fields offer spell checking; names and scores need none, and a machine
    // without a dictionary would warn at every field (and fail --self-test).
    QLoggingCategory::setFilterRules(u"kf.sonnet.*.warning=false"_s);
}

void prepareEngine(QQmlEngine &engine)
{
    KLocalization::setupLocalizedContext(&engine);
}

void followThemeSetting(AppSettings &settings)
{
    auto *manager = KColorSchemeManager::instance();
    manager->setAutosaveChanges(false); // the choice lives in Omnium's settings
    const QString desktopIcons = QIcon::themeName();
    const auto apply = [manager, &settings, desktopIcons] {
        const QString theme = settings.theme();
        const QString scheme = theme == u"dark"_s ? u"OmniumDark"_s
            : theme == u"light"_s                 ? u"OmniumLight"_s
                                                  : QString();
        // An invalid index goes back to the desktop's own colours.
        manager->activateScheme(scheme.isEmpty() ? QModelIndex() : manager->indexForSchemeId(scheme));
        // Breeze's icons are drawn for a light or a dark background: take the matching set.
        if (desktopIcons.startsWith(u"breeze"_s))
            QIcon::setThemeName(theme == u"dark"_s ? u"breeze-dark"_s
                    : theme == u"light"_s          ? u"breeze"_s
                                                   : desktopIcons);
    };
    QObject::connect(&settings, &AppSettings::themeChanged, manager, apply);
    apply();
}

} // namespace UiSetup
