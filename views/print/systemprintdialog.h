// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QPrinter;
class QString;

// The system's print dialog (Qt Widgets' QPrintDialog), for QML pages that print through a
// controller: QML has no print dialog of its own.
namespace SystemPrintDialog {
// Shows the dialog for printer; true if the user chose to print.
bool exec(QPrinter &printer, const QString &title);
} // namespace SystemPrintDialog
