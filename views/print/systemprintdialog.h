// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

class QObject;
class QPrinter;
class QString;

// The system's print dialog (Qt Widgets' QPrintDialog), for QML pages that print through a
// controller: QML has no print dialog of its own.
namespace SystemPrintDialog {
// Opens the dialog for printer and returns at once (no nested event loop under the QML scene);
// accepted runs once the user chose to print, with the printer set up, unless context is gone
// by then. The dialog keeps the printer alive until it closes.
void open(const std::shared_ptr<QPrinter> &printer, const QString &title, const QObject *context,
    std::function<void()> accepted);
} // namespace SystemPrintDialog
