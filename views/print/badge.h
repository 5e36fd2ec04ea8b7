// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QImage>
#include <QList>
#include <QString>

// What one badge shows, as plain values: the renderer never reads the store, so the caller
// (the badge page, a test, a benchmark, later the store) decides who is printed and how.
struct Badge {
    QString badgeId; // printed and encoded in the QR code; what the check-in desk scans back
    QString displayName; // the person's name as printed, e.g. "Camille Dupont"
    QString gamerTag; // may be empty
    QString team; // may be empty
    QImage teamLogo; // may be null; shared QImages are embedded once per PDF
    QString role; // a key of BadgeRoleSet ("player", "coach", "staff", …)
    QImage photo; // optional
    QString event; // e.g. "Street Fighter 6 — 1v1"; may be empty
    // The player's phone page (its QR code beside the badge's, with the code a player types on
    // the poster's page): empty when no link is issued or the player pages are off.
    QString phoneLink;
    QString phoneCode;

    // Not printed: for choosing whom to print and for editing (filled from the store).
    QString phoneSecret; // the player's phone link secret, which phoneLink is made from
    qint64 staffId = 0; // the staff row of a person who is not a player, else 0
    QList<qint64> eventIds; // the events the person plays in (alone or with a team)
    QList<qint64> checkedInEventIds; // those where they (or their team) are checked in
    QList<qint64> teamIds; // the teams they belong to
};

// The venue's look on every badge: from the venue settings.
struct BadgeBranding {
    QString venueName;
    QImage venueLogo; // may be null: the venue name is printed instead
    QColor accent = QColor(0x1f, 0x3a, 0x5f);
};
