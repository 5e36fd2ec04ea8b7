// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Omnium

// A country as its flag and two-letter code ("🇫🇷 FR"); the code alone where no flag font exists.
Label {
    property string country

    text: country.length > 0 ? (Players.countryFlag(country) + " " + country).trim() : ""
}
