// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "badge.h"

#include <QList>

// Believable badges without a database: for the badge page's preview before anyone is
// picked, the tests and the benchmark. Names include accents, Greek, Cyrillic and Arabic.
namespace BadgeSamples {
// players player badges in teams of five, then staff badges cycling through the other roles.
QList<Badge> make(int players, int staff);
// A made-up logo: a coloured disc with initials (team and venue logos in samples).
QImage logo(const QString &initials, const QColor &colour);
BadgeBranding branding();
} // namespace BadgeSamples
