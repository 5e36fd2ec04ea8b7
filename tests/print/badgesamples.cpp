// SPDX-License-Identifier: GPL-3.0-or-later
#include "badgesamples.h"

#include "print/printtext.h"

#include <QPainter>

using namespace Qt::StringLiterals;

QImage BadgeSamples::logo(const QString &initials, const QColor &colour)
{
    QImage image(256, 256, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(colour);
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QRectF(8, 8, 240, 240));
    QFont font(PrintFonts::family());
    font.setPixelSize(initials.size() > 2 ? 72 : 100);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(0, 0, 256, 256), Qt::AlignCenter, initials);
    return image;
}

BadgeBranding BadgeSamples::branding()
{
    return {u"Vélodrome National"_s, logo(u"VN"_s, QColor(0x1f, 0x3a, 0x5f)), QColor(0x1f, 0x3a, 0x5f)};
}

QList<Badge> BadgeSamples::make(int players, int staff)
{
    static const QStringList names = {
        u"Camille Dupont"_s,
        u"Hélène Lefèvre"_s,
        u"Jérôme Bénard"_s,
        u"Zoé Martin"_s,
        u"François Nguyễn"_s,
        u"Ελένη Παπαδοπούλου"_s,
        u"Дмитрий Соколов"_s,
        u"محمد العلي"_s,
        u"Maximilien-Alexandre de La Rochefoucauld-Montmorency"_s,
        u"Inès Ait Ouarab"_s,
        u"Léa Østergård"_s,
        u"Noé Çelik"_s,
    };
    static const QStringList tags = {u"Kmi"_s, u"Hélios"_s, u"Jeyrom"_s, u"ZoZo"_s, u"Frañ"_s, u"Elenaki"_s, u"Dimon"_s,
        u"Moha"_s, u"TheExtremelyLongGamerTagOfDoom"_s, u"Nes"_s, u"Lea"_s, u"Noe"_s};
    static const QStringList teams = {u"Les Pédales Rapides"_s, u"Vélo Esport Club"_s, u"Team Tour de Piste"_s,
        u"Omnium Gaming Académie de Saint-Quentin-en-Yvelines"_s};
    static const QList<QColor> teamColours
        = {QColor(0xd5, 0x5e, 0x00), QColor(0x00, 0x72, 0xb2), QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7)};
    static const QStringList events = {u"Street Fighter 6 — 1v1"_s, u"Valorant — 5v5"_s};
    static const QStringList staffRoles = {u"staff"_s, u"coach"_s, u"press"_s, u"caster"_s, u"vip"_s, u"guest"_s};

    QList<QImage> teamLogos;
    for (int i = 0; i < teams.size(); ++i)
        teamLogos << logo(teams.at(i).left(1) + teams.at(i).section(u' ', -1).left(1), teamColours.at(i));

    QList<Badge> badges;
    badges.reserve(players + staff);
    for (int i = 0; i < players + staff; ++i) {
        Badge badge;
        badge.badgeId = u"B-%1"_s.arg(i + 1, 6, 10, QChar(u'0'));
        badge.displayName = names.at(i % names.size());
        if (i < players) {
            badge.gamerTag = tags.at(i % tags.size());
            badge.team = teams.at((i / 5) % teams.size());
            badge.teamLogo = teamLogos.at((i / 5) % teams.size());
            badge.role = u"player"_s;
            badge.event = events.at((i / 5) % events.size());
        } else {
            badge.role = staffRoles.at((i - players) % staffRoles.size());
            badge.event = u"Omnium Winter Cup 2026"_s;
        }
        badges << badge;
    }
    return badges;
}
