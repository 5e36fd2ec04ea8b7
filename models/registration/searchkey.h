// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Text folded for search-as-you-type: lower case, accents removed, ß → ss, so "kayane"
// finds "Kayané" and "STRASSE" finds "Straße".
QString searchKey(const QString &text);
