// SPDX-License-Identifier: GPL-3.0-or-later
#include "systemprintdialog.h"

#include <QPrintDialog>

bool SystemPrintDialog::exec(QPrinter &printer, const QString &title)
{
    QPrintDialog dialog(&printer);
    dialog.setWindowTitle(title);
    dialog.setOption(QAbstractPrintDialog::PrintToFile, true);
    return dialog.exec() == QDialog::Accepted;
}
