// SPDX-License-Identifier: GPL-3.0-or-later
// bench_badges [COUNT] [RUNS] [OUT.pdf]: COUNT badges (default 500) on A4 sheets of 4 × A6,
// written to PDF RUNS times (default 5); prints JSON with the median and extremes in ms.

#include "badgesamples.h"
#include "print/badgerenderer.h"
#include "print/printjob.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = args.size() > 1 ? args.at(1).toInt() : 500;
    const int runs = args.size() > 2 ? args.at(2).toInt() : 5;
    QTemporaryDir dir;
    const QString path = args.size() > 3 ? args.at(3) : dir.filePath(u"badges.pdf"_s);

    const QList<Badge> badges = BadgeSamples::make(count - count / 10, count / 10);
    const BadgeRenderer renderer(BadgeDesign::find(u"classic"_s), BadgeRoleSet::defaults(), BadgeSamples::branding());
    const PrintJob job(PrintLayout::forPaper(PrintLayout::Paper::A4, PrintSize::find(u"a6"_s).mm), badges.size(),
        [&](QPainter &painter, const QRectF &rect, qsizetype index) {
            renderer.paint(painter, rect, badges.at(index));
        });

    QList<double> times;
    qint64 bytes = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const auto result = job.writePdf(path);
        times << timer.nsecsElapsed() / 1e6;
        if (!result.ok()) {
            std::fprintf(stderr, "bench_badges: %s\n", qPrintable(result.error));
            return 1;
        }
        bytes = QFileInfo(path).size();
    }
    std::sort(times.begin(), times.end());
    const QJsonObject json {{u"benchmark"_s, u"badges_to_pdf"_s}, {u"badges"_s, count},
        {u"layout"_s, u"4 x A6 on A4, classic design"_s}, {u"pages"_s, job.pageCount()}, {u"runs"_s, runs},
        {u"median_ms"_s, times.at(times.size() / 2)}, {u"min_ms"_s, times.constFirst()},
        {u"max_ms"_s, times.constLast()}, {u"pdf_bytes"_s, bytes}};
    std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    return 0;
}
