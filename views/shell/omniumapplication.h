// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <AbstractKirigamiApplication>

class NavigationModel;
class NotificationModel;
class Store;

// Every command of the main window as a named QAction with its default keys, in one place
// (Kirigami Addons' application object): the shortcuts editor (Ctrl+Alt+,) changes their keys
// and saves them in omniumrc, QML shows them through Kirigami.Action { fromQAction }, and the
// command bar and the shortcuts sheet list them with the keys in effect.
class OmniumApplication : public AbstractKirigamiApplication
{
    Q_OBJECT

public:
    OmniumApplication(
        Store &store, NavigationModel &navigation, NotificationModel &notifications, QObject *parent = nullptr);

    // The "Go to <page>" command of the navigation's row (Ctrl+1…9 for the first nine).
    Q_INVOKABLE QAction *pageAction(int row) const;
    // An action's keys as the organiser reads them, in the interface language (Qt's own
    // words: "Ctrl+Pg suiv" in French), the alternatives after a comma; "" without keys.
    Q_INVOKABLE QString keysOf(QAction *action) const;
    // An action's keys after its first (Ctrl+Y for Redo), in Qt's portable form, for a Shortcut.
    Q_INVOKABLE QStringList otherKeysOf(QAction *action) const;
    // A key written in Qt's portable form ("Ctrl+PgDown", "Esc") in the interface language.
    Q_INVOKABLE QString keyText(const QString &portableKeys) const;

public Q_SLOTS:
    // Texts are set in the language in effect: after a language change, set them again.
    void retranslate();

Q_SIGNALS:
    void sidebarRequested();
    void shortcutsSheetRequested();

protected:
    void setupActions() override;

private:
    void undo();
    void redo();
    void goToPage(int row);
    void updateHistoryActions();

    Store &m_store;
    NavigationModel &m_navigation;
    NotificationModel &m_notifications;
    QList<QAction *> m_pageActions;
};
