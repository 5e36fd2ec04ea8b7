// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import org.kde.kirigami as Kirigami
import Omnium

// One window command from the application's QAction (fromQAction: App.action("edit_redo")):
// its name, icon, state and first key come from the QAction, as in any Kirigami.Action. Its
// other keys (Ctrl+Y besides Ctrl+Shift+Z) are taken here: Kirigami 6.13's own shortcut for
// them fails when pressed ("root is not defined").
Kirigami.Action {
    id: command

    alternateShortcut.enabled: false
    readonly property Shortcut otherKeys: Shortcut {
        // Read again when the shortcuts editor changes the action's keys (its shortcut changes).
        sequences: command.fromQAction && command.shortcut ? App.otherKeysOf(command.fromQAction) : []
        enabled: command.enabled
        onActivated: command.trigger()
    }
}
