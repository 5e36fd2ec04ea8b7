// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QJsonArray>
#include <QList>
#include <QString>

// One kind of person in the competition area and how its badge band looks.
struct BadgeRole {
    QString key; // stable identifier stored with the person: "player", "coach", …
    QString label; // printed on the band, e.g. "JOUEUR"
    QColor colour; // the band's colour
};

// The roles a venue prints, with their labels and colours. The defaults use the Okabe–Ito
// palette, told apart by people with any common colour-vision deficiency, and the label
// is always printed on the band so colour is never the only cue. A venue may rename or
// recolour them (stored as JSON in the settings).
class BadgeRoleSet
{
public:
    // player, coach (team staff), staff, press, caster, vip, guest — labels in the UI language.
    static BadgeRoleSet defaults();

    QList<BadgeRole> roles() const { return m_roles; }
    // The role with this key, or a neutral grey "guest"-like role naming the unknown key.
    BadgeRole role(const QString &key) const;
    bool contains(const QString &key) const;
    // Adds the role, or replaces the one with the same key.
    void setRole(const BadgeRole &role);

    // Black or white, whichever reads better on the colour (WCAG contrast).
    static QColor textColourOn(const QColor &background);

    QJsonArray toJson() const;
    // Starts from the defaults and applies the stored roles; invalid entries are skipped.
    static BadgeRoleSet fromJson(const QJsonArray &json);

private:
    QList<BadgeRole> m_roles;
};
