// SPDX-License-Identifier: GPL-3.0-or-later
#include "badgerenderer.h"

#include "printtext.h"
#include "qrcode.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

QList<BadgeDesign> BadgeDesign::builtIn()
{
    return {
        {u"classic"_s, QCoreApplication::translate("BadgeDesign", "Classic"), Header::Accent, RoleBand::Bottom},
        {u"bold"_s, QCoreApplication::translate("BadgeDesign", "Bold role header"), Header::Role, RoleBand::InHeader},
        {u"minimal"_s, QCoreApplication::translate("BadgeDesign", "Minimal, side band"), Header::Plain, RoleBand::Side},
    };
}

BadgeDesign BadgeDesign::find(const QString &key)
{
    const auto designs = builtIn();
    for (const auto &design : designs) {
        if (design.key == key)
            return design;
    }
    return designs.constFirst();
}

BadgeRenderer::BadgeRenderer(BadgeDesign design, BadgeRoleSet roles, BadgeBranding branding)
    : m_design(std::move(design))
    , m_roles(std::move(roles))
    , m_branding(std::move(branding))
{ }

namespace {

// The largest rect of the image's aspect ratio inside box, aligned as asked.
QRectF fitted(const QSizeF &image, const QRectF &box, Qt::Alignment alignment = Qt::AlignCenter)
{
    if (image.isEmpty() || box.isEmpty())
        return {};
    const QSizeF size = image.scaled(box.size(), Qt::KeepAspectRatio);
    QPointF topLeft = box.topLeft() + QPointF((box.width() - size.width()) / 2, (box.height() - size.height()) / 2);
    if (alignment & Qt::AlignLeft)
        topLeft.setX(box.left());
    else if (alignment & Qt::AlignRight)
        topLeft.setX(box.right() - size.width());
    return {topLeft, size};
}

void drawFitted(QPainter &painter, const QImage &image, const QRectF &box, Qt::Alignment alignment = Qt::AlignCenter)
{
    if (!image.isNull())
        painter.drawImage(fitted(image.size(), box, alignment), image);
}

// A photo filling a rounded square: the image is drawn whole under a clip, not cropped into
// a copy, so the PDF embeds it once.
void drawPhoto(QPainter &painter, const QImage &photo, const QRectF &square)
{
    const QSizeF cover = QSizeF(photo.size()).scaled(square.size(), Qt::KeepAspectRatioByExpanding);
    const QRectF target(square.center() - QPointF(cover.width() / 2, cover.height() / 2), cover);
    QPainterPath clip;
    clip.addRoundedRect(square, square.width() * 0.08, square.width() * 0.08);
    painter.save();
    painter.setClipPath(clip, Qt::IntersectClip);
    painter.drawImage(target, photo);
    painter.restore();
}

// A fitted text, noted in `cut` when it had to be elided.
const FittedText &noted(const FittedText &text, const QString &source, QStringList &cut)
{
    if (text.isElided())
        cut << source;
    return text;
}

// A QR code of payload with its caption under it, in rect.
void paintCode(
    QPainter &painter, const QRectF &rect, const QString &payload, const QString &caption, bool bold, QStringList &cut)
{
    const double captionHeight = std::max(1.6, rect.height() * 0.12);
    const QRectF codeBox(rect.left(), rect.top(), rect.width(), rect.height() - captionHeight);
    QrCode::encode(payload).paint(painter, codeBox, 2);
    const double side = std::min(codeBox.width(), codeBox.height());
    const QRectF captionBox(rect.center().x() - side / 2, codeBox.bottom(), side, captionHeight);
    noted(FittedText::fit(caption, captionBox.size(),
              {.maxEmMm = captionHeight * 0.75,
                  .minEmMm = 1.0,
                  .bold = bold,
                  .alignment = Qt::AlignHCenter | Qt::AlignTop}),
        caption, cut)
        .paint(painter, captionBox, QColor(0x33, 0x33, 0x33));
}

// A role's label across its band (or the role header), `band` being horizontal: as large as
// the band allows, on two lines if that is larger, shrunk until it fits whole, and kept a
// cutting margin from the badge's ends — a badge cut a millimetre off its marks, or a small
// preview, must not lose a letter ("ENCADREMEN" for ENCADREMENT).
void paintRoleLabel(QPainter &painter, const QRectF &band, const QString &label, const QColor &ink, QStringList &cut)
{
    const double ends = std::max(3.0, band.width() * 0.06);
    const double edges = band.height() * 0.15;
    const QRectF inner = band.adjusted(ends, edges, -ends, -edges);
    noted(
        FittedText::fit(label, inner.size(),
            {.maxEmMm = inner.height() * 0.85, .minEmMm = std::min(1.0, inner.height()), .maxLines = 2, .bold = true}),
        label, cut)
        .paint(painter, inner, ink);
}

QColor readableOnWhite(const QColor &accent)
{
    return BadgeRoleSet::textColourOn(accent) == QColor(Qt::white) ? accent : QColor(Qt::black);
}

} // namespace

QStringList BadgeRenderer::paint(QPainter &painter, const QRectF &rectMm, const Badge &badge) const
{
    QStringList cut;
    const BadgeRole role = m_roles.role(badge.role);
    const bool landscape = rectMm.width() > rectMm.height();
    const double shortSide = std::min(rectMm.width(), rectMm.height());

    painter.save();
    painter.setClipRect(rectMm, Qt::IntersectClip);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.fillRect(rectMm, Qt::white);

    QRectF body = rectMm;
    if (m_design.band == BadgeDesign::RoleBand::Side) {
        const QRectF side(rectMm.topLeft(), QSizeF(shortSide * 0.14, rectMm.height()));
        paintRoleBand(painter, side, role, true, cut);
        body.setLeft(side.right());
    }
    const double headerHeight = landscape ? rectMm.height() * 0.2 : rectMm.height() * 0.15;
    paintHeader(painter, QRectF(body.topLeft(), QSizeF(body.width(), headerHeight)), badge, role, cut);
    body.setTop(body.top() + headerHeight);
    if (m_design.band == BadgeDesign::RoleBand::Bottom) {
        const double bandHeight = landscape ? rectMm.height() * 0.15 : rectMm.height() * 0.1;
        paintRoleBand(
            painter, QRectF(body.left(), body.bottom() - bandHeight, body.width(), bandHeight), role, false, cut);
        body.setBottom(body.bottom() - bandHeight);
    }
    const double padding = std::max(2.0, shortSide * 0.05);
    body.adjust(padding, padding * 0.7, -padding, -padding * 0.7);
    if (landscape)
        paintLandscape(painter, body, badge, cut);
    else
        paintPortrait(painter, body, badge, cut);
    painter.restore();
    return cut;
}

void BadgeRenderer::paintHeader(
    QPainter &painter, const QRectF &rect, const Badge &badge, const BadgeRole &role, QStringList &cut) const
{
    const double padding = std::max(1.5, rect.height() * 0.15);
    const QRectF inner = rect.adjusted(padding, padding, -padding, -padding);
    QColor ink = Qt::black;
    switch (m_design.header) {
    case BadgeDesign::Header::Accent:
        painter.fillRect(rect, m_branding.accent);
        ink = BadgeRoleSet::textColourOn(m_branding.accent);
        break;
    case BadgeDesign::Header::Role:
        painter.fillRect(rect, role.colour);
        paintRoleLabel(painter, rect, role.label, BadgeRoleSet::textColourOn(role.colour), cut);
        return; // the venue goes into a footer line under the body
    case BadgeDesign::Header::Plain:
        painter.fillRect(
            QRectF(rect.left() + padding, rect.bottom() - 0.6, rect.width() - 2 * padding, 0.6), m_branding.accent);
        ink = readableOnWhite(m_branding.accent);
        break;
    }

    // Venue logo on the left (or the venue's name), the event on the right.
    QRectF logoBox(inner.topLeft(), QSizeF(inner.width() * 0.38, inner.height()));
    if (!m_branding.venueLogo.isNull()) {
        const QRectF logo = fitted(m_branding.venueLogo.size(), logoBox, Qt::AlignLeft);
        painter.drawImage(logo, m_branding.venueLogo);
        logoBox.setWidth(logo.width());
    } else if (!m_branding.venueName.isEmpty()) {
        const auto name = FittedText::fit(m_branding.venueName, logoBox.size(),
            {.maxEmMm = inner.height() * 0.45,
                .minEmMm = 1.2,
                .maxLines = 2,
                .bold = true,
                .alignment = Qt::AlignLeft | Qt::AlignVCenter});
        noted(name, m_branding.venueName, cut).paint(painter, logoBox, ink);
        logoBox.setWidth(name.sizeMm().width());
    } else {
        logoBox.setWidth(0);
    }
    const QRectF eventBox(
        logoBox.right() + padding, inner.top(), inner.right() - logoBox.right() - padding, inner.height());
    noted(FittedText::fit(badge.event, eventBox.size(),
              {.maxEmMm = inner.height() * 0.38,
                  .minEmMm = 1.2,
                  .maxLines = 2,
                  .alignment = Qt::AlignRight | Qt::AlignVCenter}),
        badge.event, cut)
        .paint(painter, eventBox, ink);
}

void BadgeRenderer::paintRoleBand(
    QPainter &painter, const QRectF &rect, const BadgeRole &role, bool vertical, QStringList &cut) const
{
    painter.fillRect(rect, role.colour);
    const QColor ink = BadgeRoleSet::textColourOn(role.colour);
    if (!vertical) {
        paintRoleLabel(painter, rect, role.label, ink, cut);
        return;
    }
    // Turned a quarter anticlockwise, read from bottom to top.
    painter.save();
    painter.translate(rect.bottomLeft());
    painter.rotate(-90);
    paintRoleLabel(painter, QRectF(0, 0, rect.height(), rect.width()), role.label, ink, cut);
    painter.restore();
}

void BadgeRenderer::paintQr(QPainter &painter, const QRectF &rect, const Badge &badge, QStringList &cut) const
{
    // The id in small letters under it for the desk to type if a scan fails.
    paintCode(painter, rect, badge.badgeId, badge.badgeId, false, cut);
}

void BadgeRenderer::paintPhoneQr(QPainter &painter, const QRectF &rect, const Badge &badge, QStringList &cut) const
{
    // Under it the code a player types on the poster's page.
    paintCode(painter, rect, badge.phoneLink,
        QCoreApplication::translate("BadgeRenderer", "Phone %1").arg(badge.phoneCode), true, cut);
}

namespace {
// One line of the body's text column; height is a share of the column.
struct TextRow {
    QString text;
    double share;
    double maxEm;
    int maxLines;
    bool bold;
    QColor colour;
};
} // namespace

void BadgeRenderer::paintPortrait(QPainter &painter, const QRectF &body, const Badge &badge, QStringList &cut) const
{
    const double width = body.width();
    double y = body.top();
    double footer = 0;
    if (m_design.header == BadgeDesign::Header::Role) // venue and event under the body
        footer = body.height() * 0.1;
    // With a phone link, two codes side by side: the badge id's (the desk) and the phone page's.
    const double phoneSide = std::min(width * 0.46, body.height() * 0.28);
    const bool phone = !badge.phoneLink.isEmpty() && phoneSide >= minimumPhoneQrMm;
    const double qrSide = phone ? phoneSide : std::min(width * 0.5, body.height() * 0.32);
    const double textBottom = body.bottom() - footer - qrSide - body.height() * 0.02;

    if (!badge.photo.isNull()) {
        const double side = std::min(width * 0.42, body.height() * 0.26);
        drawPhoto(painter, badge.photo, QRectF(body.center().x() - side / 2, y, side, side));
        y += side + body.height() * 0.02;
    }

    const QColor accentInk = readableOnWhite(m_branding.accent);
    const QList<TextRow> rows = {
        {badge.displayName, 0.42, width * 0.11, 2, true, Qt::black},
        {badge.gamerTag, 0.22, width * 0.075, 1, false, accentInk},
        {badge.team, 0.2, width * 0.06, 2, false, QColor(0x33, 0x33, 0x33)},
    };
    double totalShare = 0;
    for (const auto &row : rows)
        totalShare += row.text.isEmpty() ? 0 : row.share;
    const double available = std::max(0.0, textBottom - y);
    // Each row fits its share; the whole block is then centred in the space above the code.
    struct Placed {
        FittedText text;
        QColor colour;
        bool team;
    };
    QList<Placed> placed;
    double used = 0;
    for (const auto &row : rows) {
        if (row.text.isEmpty())
            continue;
        const bool team = &row == &rows.at(2);
        const double height = available * row.share / totalShare;
        double boxWidth = width;
        if (team && !badge.teamLogo.isNull())
            boxWidth -= height * 1.2;
        const auto text = FittedText::fit(row.text, QSizeF(boxWidth, height),
            {.maxEmMm = std::min(row.maxEm, height * 0.9),
                .minEmMm = std::min(1.6, height * 0.5),
                .maxLines = row.maxLines,
                .bold = row.bold});
        noted(text, row.text, cut);
        used += text.sizeMm().height() + available * 0.03;
        placed.append({text, row.colour, team});
    }
    y += std::max(0.0, (available - used) / 2);
    for (const auto &row : std::as_const(placed)) {
        const double height = row.text.sizeMm().height();
        if (row.team && !badge.teamLogo.isNull()) {
            const double logoSide = std::max(height, 4.0);
            const double total = logoSide + 1.5 + row.text.sizeMm().width();
            const double left = body.center().x() - total / 2;
            drawFitted(painter, badge.teamLogo, QRectF(left, y + (height - logoSide) / 2, logoSide, logoSide));
            row.text.paint(painter, QRectF(left + logoSide + 1.5, y, row.text.sizeMm().width(), height), row.colour);
        } else {
            row.text.paint(painter, QRectF(body.left(), y, width, height), row.colour);
        }
        y += height + available * 0.03;
    }

    const double qrTop = body.bottom() - footer - qrSide;
    if (phone) {
        const double gap = width - 2 * qrSide;
        paintQr(painter, QRectF(body.left() + gap / 3, qrTop, qrSide, qrSide), badge, cut);
        paintPhoneQr(painter, QRectF(body.right() - gap / 3 - qrSide, qrTop, qrSide, qrSide), badge, cut);
    } else {
        paintQr(painter, QRectF(body.center().x() - qrSide / 2, qrTop, qrSide, qrSide), badge, cut);
    }

    if (footer > 0) {
        const QRectF line(body.left(), body.bottom() - footer * 0.8, width, footer * 0.8);
        painter.fillRect(QRectF(body.left(), line.top() - 0.4, width, 0.4), m_branding.accent);
        drawFitted(painter, m_branding.venueLogo,
            QRectF(line.left(), line.top() + 0.6, width * 0.3, line.height() - 0.6), Qt::AlignLeft);
        const QString venue = m_branding.venueLogo.isNull() && !m_branding.venueName.isEmpty()
            ? m_branding.venueName + u" · "_s + badge.event
            : badge.event;
        const double left = m_branding.venueLogo.isNull() ? 0 : width * 0.32;
        noted(FittedText::fit(venue, QSizeF(width - left, line.height() - 0.6),
                  {.maxEmMm = line.height() * 0.5,
                      .minEmMm = 1.0,
                      .maxLines = 1,
                      .alignment = Qt::AlignRight | Qt::AlignVCenter}),
            venue, cut)
            .paint(painter, QRectF(line.left() + left, line.top() + 0.6, width - left, line.height() - 0.6), accentInk);
    }
}

void BadgeRenderer::paintLandscape(QPainter &painter, const QRectF &body, const Badge &badge, QStringList &cut) const
{
    double footer = 0;
    if (m_design.header == BadgeDesign::Header::Role)
        footer = body.height() * 0.16;
    const QRectF main(body.left(), body.top(), body.width(), body.height() - footer);
    // With a phone link, its code on the right of the badge id's, where there is room for both.
    const double phoneSide = std::min(main.height(), body.width() * 0.25);
    const bool phone = !badge.phoneLink.isEmpty() && phoneSide >= minimumPhoneQrMm;
    const double qrSide = phone ? phoneSide : std::min(main.height(), body.width() * 0.36);
    double codesLeft = main.right() - qrSide;
    if (phone) {
        paintPhoneQr(painter, QRectF(codesLeft, main.center().y() - qrSide / 2, qrSide, qrSide), badge, cut);
        codesLeft -= qrSide + main.width() * 0.02;
    }
    paintQr(painter, QRectF(codesLeft, main.center().y() - qrSide / 2, qrSide, qrSide), badge, cut);

    QRectF column(main.left(), main.top(), codesLeft - main.left() - main.width() * 0.04, main.height());
    if (!badge.photo.isNull()) {
        const double side = std::min(column.height(), column.width() * 0.34);
        drawPhoto(painter, badge.photo, QRectF(column.left(), column.center().y() - side / 2, side, side));
        column.setLeft(column.left() + side + main.width() * 0.03);
    }

    const QColor accentInk = readableOnWhite(m_branding.accent);
    const QList<TextRow> rows = {
        {badge.displayName, 0.46, column.height() * 0.3, 2, true, Qt::black},
        {badge.gamerTag, 0.22, column.height() * 0.16, 1, false, accentInk},
        {badge.team, 0.2, column.height() * 0.13, 1, false, QColor(0x33, 0x33, 0x33)},
    };
    double totalShare = 0;
    for (const auto &row : rows)
        totalShare += row.text.isEmpty() ? 0 : row.share;
    QList<std::pair<FittedText, QColor>> placed;
    double used = 0;
    for (const auto &row : rows) {
        if (row.text.isEmpty())
            continue;
        const double height = column.height() * row.share / totalShare * 0.94;
        const bool team = &row == &rows.at(2);
        const double width = team && !badge.teamLogo.isNull() ? column.width() - height * 1.2 : column.width();
        const auto text = FittedText::fit(row.text, QSizeF(width, height),
            {.maxEmMm = std::min(row.maxEm, height * 0.9),
                .minEmMm = std::min(1.4, height * 0.5),
                .maxLines = row.maxLines,
                .bold = row.bold,
                .alignment = Qt::AlignLeft | Qt::AlignVCenter});
        noted(text, row.text, cut);
        used += text.sizeMm().height() + column.height() * 0.02;
        placed.append({text, row.colour});
    }
    double y = column.top() + std::max(0.0, (column.height() - used) / 2);
    int index = 0;
    for (const auto &[text, colour] : std::as_const(placed)) {
        const double height = text.sizeMm().height();
        const bool team = index == int(placed.size()) - 1 && !badge.team.isEmpty();
        QRectF box(column.left(), y, column.width(), height);
        if (team && !badge.teamLogo.isNull()) {
            const double logoSide = std::max(height, 3.0);
            drawFitted(painter, badge.teamLogo, QRectF(box.left(), y + (height - logoSide) / 2, logoSide, logoSide));
            box.setLeft(box.left() + logoSide + 1.2);
        }
        text.paint(painter, box, colour);
        y += height + column.height() * 0.02;
        ++index;
    }

    if (footer > 0) {
        const QRectF line(body.left(), body.bottom() - footer * 0.85, body.width(), footer * 0.85);
        painter.fillRect(QRectF(line.left(), line.top() - 0.3, line.width(), 0.3), m_branding.accent);
        drawFitted(painter, m_branding.venueLogo,
            QRectF(line.left(), line.top() + 0.5, line.width() * 0.3, line.height() - 0.5), Qt::AlignLeft);
        const double left = m_branding.venueLogo.isNull() ? 0 : line.width() * 0.32;
        const QString venue = m_branding.venueLogo.isNull() && !m_branding.venueName.isEmpty()
            ? m_branding.venueName + u" · "_s + badge.event
            : badge.event;
        noted(FittedText::fit(venue, QSizeF(line.width() - left, line.height() - 0.5),
                  {.maxEmMm = line.height() * 0.6, .minEmMm = 1.0, .alignment = Qt::AlignRight | Qt::AlignVCenter}),
            venue, cut)
            .paint(painter, QRectF(line.left() + left, line.top() + 0.5, line.width() - left, line.height() - 0.5),
                accentInk);
    }
}

QImage BadgeRenderer::renderImage(const Badge &badge, QSizeF sizeMm, double dpi) const
{
    const double dotsPerMm = dpi / 25.4;
    QImage image(QSize(int(std::ceil(sizeMm.width() * dotsPerMm)), int(std::ceil(sizeMm.height() * dotsPerMm))),
        QImage::Format_RGB32);
    image.setDotsPerMeterX(int(std::lround(dotsPerMm * 1000)));
    image.setDotsPerMeterY(int(std::lround(dotsPerMm * 1000)));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(dotsPerMm, dotsPerMm);
    paint(painter, QRectF(QPointF(0, 0), sizeMm), badge);
    painter.end();
    return image;
}
