// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "badge.h"
#include "badgeroles.h"

#include <QImage>
#include <QList>
#include <QRectF>
#include <QStringList>

class QPainter;

// One of the built-in badge designs: where the role's colour goes and what the header shows.
struct BadgeDesign {
    enum class Header {
        Accent, // the venue's accent colour with its logo and the event
        Role, // the role's colour with its label in large letters
        Plain, // white, with a thin accent rule
    };
    enum class RoleBand {
        Bottom, // a band across the bottom
        InHeader, // the header itself is the band
        Side, // a vertical band on the left edge, label turned
    };
    QString key; // "classic", "bold", "minimal"
    QString label; // for the UI, translated
    Header header = Header::Accent;
    RoleBand band = RoleBand::Bottom;

    static QList<BadgeDesign> builtIn();
    // The design with this key, or the first built-in one.
    static BadgeDesign find(const QString &key);
};

// Paints badges with QPainter, in millimetres, on whatever device the painter is on: a PDF
// page (QPdfWriter), a printer page (QPrinter) or an image for the on-screen preview, so
// the preview is exactly what prints. Lays out portrait and landscape badges of any size;
// long names shrink, then wrap, then are elided, never overflowing. Stateless once built,
// so one renderer can paint hundreds of badges from a worker thread.
class BadgeRenderer
{
public:
    explicit BadgeRenderer(BadgeDesign design = BadgeDesign::find({}), BadgeRoleSet roles = BadgeRoleSet::defaults(),
        BadgeBranding branding = {});

    const BadgeDesign &design() const { return m_design; }
    const BadgeRoleSet &roles() const { return m_roles; }
    const BadgeBranding &branding() const { return m_branding; }

    // A phone link's QR code is printed only this large or larger (a phone reads it at arm's
    // length); on a badge with less room, only the badge id's.
    static constexpr double minimumPhoneQrMm = 16;

    // Paints badge into rectMm (painter's unit: 1 mm), clipped to it. Returns the texts it had
    // to elide (a name too long even when small): never the role's label, which shrinks to fit.
    QStringList paint(QPainter &painter, const QRectF &rectMm, const Badge &badge) const;
    // The badge alone as an image of sizeMm at dpi (preview, PNG export).
    QImage renderImage(const Badge &badge, QSizeF sizeMm, double dpi) const;

private:
    // Each appends the texts it elided to `cut`.
    void paintPortrait(QPainter &painter, const QRectF &body, const Badge &badge, QStringList &cut) const;
    void paintLandscape(QPainter &painter, const QRectF &body, const Badge &badge, QStringList &cut) const;
    void paintHeader(
        QPainter &painter, const QRectF &rect, const Badge &badge, const BadgeRole &role, QStringList &cut) const;
    void paintRoleBand(
        QPainter &painter, const QRectF &rect, const BadgeRole &role, bool vertical, QStringList &cut) const;
    void paintQr(QPainter &painter, const QRectF &rect, const Badge &badge, QStringList &cut) const;
    void paintPhoneQr(QPainter &painter, const QRectF &rect, const Badge &badge, QStringList &cut) const;

    BadgeDesign m_design;
    BadgeRoleSet m_roles;
    BadgeBranding m_branding;
};
