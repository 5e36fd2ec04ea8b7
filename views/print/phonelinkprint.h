// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printjob.h"

#include <QCoreApplication>
#include <QUrl>

// The printed ways to a player's phone page (docs/player-pages.md): the poster for the
// entrance (the find page's QR code: a player types their tag and the code from their badge or
// slip) and a player's check-in slip (their own link's QR code, and that code). PDFs, written
// through PrintJob like badges and tickets.
class PhoneLinkPrint
{
    Q_DECLARE_TR_FUNCTIONS(PhoneLinkPrint)

public:
    // An A4 poster: a big QR code of findUrl, its address in letters, a line of instructions.
    static PrintJob::Result writePosterPdf(const QString &path, const QUrl &findUrl);
    // An A6 slip: the player's tag, the QR code of their link, their find code.
    static PrintJob::Result writeSlipPdf(
        const QString &path, const QString &tag, const QUrl &link, const QString &code, const QUrl &findUrl);
};
