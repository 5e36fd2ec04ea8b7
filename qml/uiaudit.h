// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QQuickItem;
class QQuickWindow;

// What --self-test looks for on every page besides QML warnings: text the organiser cannot
// read whole, and controls a screen reader cannot name. Each finding is one readable line.
namespace UiAudit {

// Every shown Text or Label whose text is cut (elided, or more lines than it may show):
// "Label “Games, comma-sep…” (objectName)".
QStringList truncatedTexts(QQuickItem *root);

// Every shown button, field, box or list in the window's accessibility tree that has no
// accessible name: "Button in StationsPage (objectName)".
QStringList unnamedControls(QQuickWindow &window);

// Every shown text field, text area, spin box or combo box under root without a label in a
// Kirigami.FormLayout (the FormData label of the field or of the row holding it):
// "TextField “Gamer tag” (objectName)". `fields`, when given, counts the fields seen.
QStringList unlabelledFields(QQuickItem *root, int *fields = nullptr);

// The same for every shown Kirigami.FormLayout under root (what --self-test checks on each page).
QStringList unlabelledFormFields(QQuickItem *root);

} // namespace UiAudit
