// SPDX-License-Identifier: GPL-3.0-or-later
#include "uisetup.h"

#include <KLocalizedQmlContext>

#include <QIcon>
#include <QLoggingCategory>
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

} // namespace UiSetup
