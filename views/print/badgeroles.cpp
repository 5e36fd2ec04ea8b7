// SPDX-License-Identifier: GPL-3.0-or-later
#include "badgeroles.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

BadgeRoleSet BadgeRoleSet::defaults()
{
    BadgeRoleSet set;
    // Okabe & Ito (2008), "Color Universal Design".
    set.m_roles = {
        {u"player"_s, QCoreApplication::translate("BadgeRole", "PLAYER"), QColor(0x00, 0x72, 0xb2)},
        {u"coach"_s, QCoreApplication::translate("BadgeRole", "TEAM STAFF"), QColor(0x56, 0xb4, 0xe9)},
        {u"staff"_s, QCoreApplication::translate("BadgeRole", "STAFF"), QColor(0x00, 0x9e, 0x73)},
        {u"press"_s, QCoreApplication::translate("BadgeRole", "PRESS"), QColor(0xf0, 0xe4, 0x42)},
        {u"caster"_s, QCoreApplication::translate("BadgeRole", "CASTER"), QColor(0xcc, 0x79, 0xa7)},
        {u"vip"_s, QCoreApplication::translate("BadgeRole", "VIP"), QColor(0x00, 0x00, 0x00)},
        {u"guest"_s, QCoreApplication::translate("BadgeRole", "GUEST"), QColor(0xe6, 0x9f, 0x00)},
    };
    return set;
}

BadgeRole BadgeRoleSet::role(const QString &key) const
{
    for (const auto &role : m_roles) {
        if (role.key == key)
            return role;
    }
    return {key, key.toUpper(), QColor(0x88, 0x88, 0x88)};
}

bool BadgeRoleSet::contains(const QString &key) const
{
    return std::any_of(m_roles.cbegin(), m_roles.cend(), [&](const BadgeRole &role) { return role.key == key; });
}

void BadgeRoleSet::setRole(const BadgeRole &role)
{
    for (auto &existing : m_roles) {
        if (existing.key == role.key) {
            existing = role;
            return;
        }
    }
    m_roles.append(role);
}

namespace {
double relativeLuminance(const QColor &colour)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}
} // namespace

QColor BadgeRoleSet::textColourOn(const QColor &background)
{
    const double l = relativeLuminance(background);
    const double contrastWithBlack = (l + 0.05) / 0.05;
    const double contrastWithWhite = 1.05 / (l + 0.05);
    return contrastWithBlack >= contrastWithWhite ? QColor(Qt::black) : QColor(Qt::white);
}

QJsonArray BadgeRoleSet::toJson() const
{
    QJsonArray array;
    for (const auto &role : m_roles)
        array.append(QJsonObject {
            {u"key"_s, role.key}, {u"label"_s, role.label}, {u"colour"_s, role.colour.name(QColor::HexRgb)}});
    return array;
}

BadgeRoleSet BadgeRoleSet::fromJson(const QJsonArray &json)
{
    auto set = defaults();
    for (const auto &value : json) {
        const auto object = value.toObject();
        const BadgeRole role {object.value(u"key"_s).toString(), object.value(u"label"_s).toString(),
            QColor::fromString(object.value(u"colour"_s).toString())};
        if (role.key.isEmpty() || role.label.isEmpty() || !role.colour.isValid())
            continue;
        set.setRole(role);
    }
    return set;
}
