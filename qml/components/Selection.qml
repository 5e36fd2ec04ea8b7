// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton

import QtQuick

// What the organiser is working on, shared by the registration pages.
QtObject {
    property double tournamentId: 0
    property double eventId: 0
    // The caster window, kept across page changes once opened.
    property var casterWindow: null
}
