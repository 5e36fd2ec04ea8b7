// SPDX-License-Identifier: GPL-3.0-or-later
#include "systemprintdialog.h"

#include <QPrintDialog>

void SystemPrintDialog::open(const std::shared_ptr<QPrinter> &printer, const QString &title, const QObject *context,
    std::function<void()> accepted)
{
    auto *dialog = new QPrintDialog(printer.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setOption(QAbstractPrintDialog::PrintToFile, true);
    QObject::connect(dialog, &QDialog::accepted, context, [printer, accepted = std::move(accepted)] { accepted(); });
    dialog->open();
}
