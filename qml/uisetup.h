// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class AppSettings;
class QQmlEngine;

// What every window of Omnium needs before its first page loads, shared by main() and the
// page tests so that both draw the same controls.
namespace UiSetup {

// KDE's desktop style (Breeze through QStyle, drawn alike by OpenGL and the software renderer
// of --screenshot), and Breeze icons where the platform names no icon theme. Before any engine.
void applyStyle();

// Kirigami Addons translate their own words with KI18n: give the engine its i18n() functions.
void prepareEngine(QQmlEngine &engine);

// Settings' Light, Dark or "Follow the system": Omnium's own colour schemes (resources/
// color-schemes) through KColorSchemeManager, which the desktop style and Kirigami.Theme read;
// follows the setting's changes. After the QApplication exists.
void followThemeSetting(AppSettings &settings);

} // namespace UiSetup
