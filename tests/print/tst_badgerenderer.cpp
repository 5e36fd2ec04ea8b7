// SPDX-License-Identifier: GPL-3.0-or-later
// The badge renderer's role label, in English and French: on every built-in design and size,
// portrait and landscape, the label of every role fits its band or header whole ("ENCADREMENT",
// not "ENCADREMEN…"). A PDF of the French badges is left in the test's artefacts to look at.

#include "badgesamples.h"
#include "print/badgerenderer.h"
#include "print/printjob.h"
#include "print/printlayout.h"
#include "testartefacts.h"

#include <QImage>
#include <QPainter>
#include <QScopeGuard>
#include <QTest>
#include <QTranslator>

#include <optional>

using namespace Qt::StringLiterals;

class TestBadgeRenderer : public QObject
{
    Q_OBJECT

    QTranslator m_french;

    // The badges of every default role (labels in the language installed now).
    static QList<Badge> everyRole()
    {
        QList<Badge> badges;
        for (const BadgeRole &role : BadgeRoleSet::defaults().roles()) {
            Badge badge;
            badge.badgeId = u"B-%1"_s.arg(badges.size() + 1);
            badge.displayName = u"Camille Dupont"_s;
            badge.gamerTag = u"Kazuki"_s;
            badge.team = u"Orbit"_s;
            badge.role = role.key;
            badge.event = u"Street Fighter 6"_s;
            badges.append(badge);
        }
        return badges;
    }

    // Where the role's label is inked along its band: the band is the rows (or, for a side
    // band, the columns) from the first to the last one mostly in the role's colour; along
    // them it runs from the first to the last pixel in that colour (the badge's ends), and the
    // ink is what differs from the colour in between.
    struct Ink {
        double first = 0; // first and last inked pixel, from the band's start
        double last = 0;
        double length = 0; // the band's length in pixels
    };
    static std::optional<Ink> labelInk(const QImage &image, const QColor &colour)
    {
        const auto near = [&](QRgb pixel, int tolerance) {
            return std::abs(qRed(pixel) - colour.red()) <= tolerance
                && std::abs(qGreen(pixel) - colour.green()) <= tolerance
                && std::abs(qBlue(pixel) - colour.blue()) <= tolerance;
        };
        for (const bool rows : {true, false}) {
            const int lines = rows ? image.height() : image.width();
            const int length = rows ? image.width() : image.height();
            const auto at
                = [&](int line, int along) { return rows ? image.pixel(along, line) : image.pixel(line, along); };
            int firstLine = -1, lastLine = -1;
            for (int line = 0; line < lines; ++line) {
                int inColour = 0;
                for (int along = 0; along < length; ++along)
                    inColour += near(at(line, along), 8) ? 1 : 0;
                if (inColour >= length * 0.6) {
                    firstLine = firstLine < 0 ? line : firstLine;
                    lastLine = line;
                }
            }
            if (firstLine < 0)
                continue;
            int start = length, end = -1;
            for (int along = 0; along < length; ++along) {
                if (near(at(firstLine, along), 8)) {
                    start = std::min(start, along);
                    end = std::max(end, along);
                }
            }
            std::optional<Ink> ink;
            for (int line = firstLine; line <= lastLine; ++line) {
                for (int along = start + 1; along < end; ++along) {
                    if (near(at(line, along), 100))
                        continue;
                    if (!ink)
                        ink = Ink {double(along - start), double(along - start), double(end - start + 1)};
                    ink->first = std::min(ink->first, double(along - start));
                    ink->last = std::max(ink->last, double(along - start));
                }
            }
            return ink;
        }
        return std::nullopt;
    }

private Q_SLOTS:
    void roleLabelsFitWhole_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("design");
        for (const QString &language : {u"en"_s, u"fr"_s})
            for (const BadgeDesign &design : BadgeDesign::builtIn())
                QTest::addRow("%s-%s", qPrintable(language), qPrintable(design.key)) << language << design.key;
    }
    void roleLabelsFitWhole()
    {
        QFETCH(QString, language);
        QFETCH(QString, design);
        if (language == u"fr"_s) {
            QVERIFY(m_french.load(u"omnium_fr"_s, u":/i18n"_s));
            QCoreApplication::installTranslator(&m_french);
        }
        const auto removeTranslator = qScopeGuard([&] { QCoreApplication::removeTranslator(&m_french); });
        const BadgeRoleSet roles = BadgeRoleSet::defaults();
        if (language == u"fr"_s)
            QCOMPARE(roles.role(u"coach"_s).label, u"ENCADREMENT"_s);
        const BadgeRenderer renderer(BadgeDesign::find(design), roles, BadgeSamples::branding());
        QImage image(QSize(400, 400), QImage::Format_RGB32);
        QStringList labelsCut;
        // The built-in sizes, and custom ones down to the smallest the Badges page takes (20 mm).
        QList<QSizeF> sizes = {{20, 20}, {20, 60}, {25, 40}, {30, 50}, {40, 60}, {20, 300}};
        for (const PrintSize &size : PrintSize::badgeSizes())
            sizes << size.mm;
        for (const QSizeF size : std::as_const(sizes)) {
            for (const QSizeF badgeMm : {size, size.transposed()}) {
                for (const Badge &badge : everyRole()) {
                    QPainter painter(&image);
                    const QStringList cut = renderer.paint(painter, QRectF(QPointF(0, 0), badgeMm), badge);
                    const QString label = roles.role(badge.role).label;
                    if (cut.contains(label))
                        labelsCut << u"“%1” on %2 × %3 mm"_s.arg(label).arg(badgeMm.width()).arg(badgeMm.height());
                }
            }
        }
        QVERIFY2(labelsCut.isEmpty(), qPrintable(labelsCut.join(u", "_s)));
    }

    // The label as drawn, at a small preview's resolution and at print resolution: its ink
    // stays inside its band, a cutting margin away from the badge's ends (a badge cut from a
    // sheet a millimetre off its marks keeps every letter).
    void roleLabelKeepsClearOfTheEnds_data() { roleLabelsFitWhole_data(); }
    void roleLabelKeepsClearOfTheEnds()
    {
        QFETCH(QString, language);
        QFETCH(QString, design);
        if (language == u"fr"_s) {
            QVERIFY(m_french.load(u"omnium_fr"_s, u":/i18n"_s));
            QCoreApplication::installTranslator(&m_french);
        }
        const auto removeTranslator = qScopeGuard([&] { QCoreApplication::removeTranslator(&m_french); });
        const BadgeRoleSet roles = BadgeRoleSet::defaults();
        const BadgeRenderer renderer(BadgeDesign::find(design), roles, BadgeSamples::branding());
        constexpr double marginMm = 2.5;
        QStringList tooClose;
        for (const QString &size : {u"cr80"_s, u"a7"_s, u"90x54"_s}) {
            const QSizeF mm = PrintSize::find(size).mm;
            for (const QSizeF badgeMm : {mm, mm.transposed()}) {
                for (const double dpi : {40.0, 150.0}) {
                    for (const Badge &badge : everyRole()) {
                        const QImage image = renderer.renderImage(badge, badgeMm, dpi);
                        const auto ink = labelInk(image, roles.role(badge.role).colour);
                        QVERIFY2(ink, qPrintable(u"no band found for %1"_s.arg(badge.role)));
                        const double dotsPerMm = dpi / 25.4;
                        const double before = ink->first / dotsPerMm;
                        const double after = (ink->length - ink->last - 1) / dotsPerMm;
                        if (before < marginMm || after < marginMm)
                            tooClose << u"“%1” on %2 × %3 mm at %4 dpi: %5 and %6 mm from the ends"_s
                                            .arg(roles.role(badge.role).label)
                                            .arg(badgeMm.width())
                                            .arg(badgeMm.height())
                                            .arg(dpi)
                                            .arg(before, 0, 'f', 1)
                                            .arg(after, 0, 'f', 1);
                    }
                }
            }
        }
        QVERIFY2(tooClose.isEmpty(), qPrintable(tooClose.join(u"\n"_s)));
    }

    // The French badges of every role on a CR80 card and on A7, each design, as a PDF to look at.
    void frenchBadgesPdf()
    {
        QVERIFY(m_french.load(u"omnium_fr"_s, u":/i18n"_s));
        QCoreApplication::installTranslator(&m_french);
        const auto removeTranslator = qScopeGuard([&] { QCoreApplication::removeTranslator(&m_french); });
        const QList<Badge> badges = everyRole();
        for (const BadgeDesign &design : BadgeDesign::builtIn()) {
            for (const QString &size : {u"cr80"_s, u"a7"_s}) {
                const BadgeRenderer renderer(design, BadgeRoleSet::defaults(), BadgeSamples::branding());
                const PrintJob job(PrintLayout::forPaper(PrintLayout::Paper::A4, PrintSize::find(size).mm),
                    badges.size(), [&](QPainter &painter, const QRectF &rect, qsizetype index) {
                        renderer.paint(painter, rect, badges.at(index));
                    });
                const auto result
                    = job.writePdf(testArtefacts().filePath(u"badges-fr-%1-%2.pdf"_s.arg(design.key, size)), 150);
                QVERIFY2(result.ok(), qPrintable(result.error));
            }
        }
    }
};

QTEST_MAIN(TestBadgeRenderer)
#include "tst_badgerenderer.moc"
