// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "print/badge.h"

#include <QList>

// Believable badges without a database, for the tests and the benchmark (the app reads its
// people from the store). Names include accents, Greek, Cyrillic and Arabic.
namespace BadgeSamples {
// players player badges in teams of five, then staff badges cycling through the other roles.
QList<Badge> make(int players, int staff);
// A made-up logo: a coloured disc with initials (team and venue logos in samples).
QImage logo(const QString &initials, const QColor &colour);
BadgeBranding branding();
} // namespace BadgeSamples
