// SPDX-License-Identifier: GPL-3.0-or-later
// Store benchmarks, printed as JSON (medians of several runs, milliseconds):
//   import_10k_players_ms      read + validate + commit a 10,000-row CSV (target < 1000)
//   open_10k_first_page_ms     open a database of 10,000 players, build the sorted list, read the first 50 rows
//   search_keystroke_ms        one keystroke of search-as-you-type over 10,000 players (median and worst; target < 16)
// Usage: bench_store [--runs N]
#include "../benchstats.h"
#include "core/clock.h"
#include "registration/playercontroller.h"
#include "registration/playermodel.h"
#include "registration/sortfiltermodel.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

QByteArray playersCsv(int count)
{
    static const char *const names[] = {"Élise", "François", "Jürgen", "Søren", "Çağla", "Weiß", "Zoé", "Noël"};
    QByteArray csv = "\xEF\xBB\xBFtag;name;country;email;team;rating\n";
    for (int i = 0; i < count; ++i) {
        csv += "Joueur" + QByteArray::number(i) + ";\"" + names[i % 8] + " " + QByteArray::number(i * 7919 % 10007)
            + "\";FR;p" + QByteArray::number(i) + "@example.org;Team " + QByteArray::number(i % 50) + ";"
            + QByteArray::number(1000 + i % 900) + "\n";
    }
    return csv;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"omnium.*.info=false"_s);
    int runs = 5;
    const auto args = app.arguments();
    if (args.size() == 3 && args.at(1) == u"--runs"_s)
        runs = qMax(1, args.at(2).toInt());
    QTemporaryDir dir;
    const QByteArray csv = playersCsv(10000);

    QList<double> importMs;
    QList<double> readMs;
    QList<double> importCpuMs;
    QString bigDatabase;
    for (int run = 0; run < runs; ++run) {
        const auto path = dir.filePath(u"import-%1.sqlite"_s.arg(run));
        Store store(Clock::system());
        if (store.open(path))
            return 1;
        PlayerController players(store);
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = cpuMs();
        players.readImport(csv);
        readMs << timer.nsecsElapsed() / 1e6;
        if (!players.commitImport())
            return 1;
        importMs << timer.nsecsElapsed() / 1e6;
        importCpuMs << cpuMs() - cpuStart;
        bigDatabase = path;
    }

    QList<double> openMs;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        Store store(Clock::system());
        if (store.open(bigDatabase))
            return 1;
        PlayerModel model(&store);
        SortFilterModel sorted;
        sorted.setSourceModel(&model);
        sorted.setSortRoleName(u"tag"_s);
        QStringList page;
        for (int r = 0; r < 50 && r < sorted.rowCount(); ++r)
            page << sorted.get(r).value(u"tag"_s).toString();
        openMs << timer.nsecsElapsed() / 1e6;
        if (model.count() != 10000 || page.size() != 50)
            return 1;
    }

    QList<double> keystrokeMs;
    QList<double> keystrokeCpuMs;
    {
        Store store(Clock::system());
        if (store.open(bigDatabase))
            return 1;
        PlayerModel model(&store);
        SortFilterModel sorted;
        sorted.setSourceModel(&model);
        sorted.setSortRoleName(u"tag"_s);
        const QStringList typed = {u"j"_s, u"jo"_s, u"jou"_s, u"joue"_s, u"joueur1"_s, u"joueur12"_s, u"joueur123"_s,
            u"joueur12"_s, u"joueur1"_s, u"joueur"_s, u""_s, u"e"_s, u"el"_s, u"eli"_s, u"elise"_s, u"elise 5"_s,
            u"elise"_s, u""_s, u"t"_s, u"te"_s, u"team 4"_s, u"team 42"_s, u""_s};
        for (int run = 0; run < runs; ++run) {
            for (const auto &text : typed) {
                QElapsedTimer timer;
                timer.start();
                const double cpuStart = cpuMs();
                sorted.setSearch(text);
                // What a view reads after a keystroke: the count and the first visible rows.
                for (int r = 0; r < 20 && r < sorted.rowCount(); ++r)
                    sorted.index(r, 0).data(PlayerModel::TagRole);
                keystrokeMs << timer.nsecsElapsed() / 1e6;
                keystrokeCpuMs << cpuMs() - cpuStart;
            }
        }
    }

    const QJsonObject result {
        {u"benchmark"_s, u"store"_s},
        {u"runs"_s, runs},
        {u"import_10k_players_ms"_s, median(importMs)},
        {u"import_10k_players_cpu_ms"_s, median(importCpuMs)},
        {u"search_keystroke_cpu_ms"_s, median(keystrokeCpuMs)},
        {u"search_keystroke_worst_cpu_ms"_s, *std::max_element(keystrokeCpuMs.cbegin(), keystrokeCpuMs.cend())},
        {u"import_10k_read_and_validate_ms"_s, median(readMs)},
        {u"open_10k_first_page_ms"_s, median(openMs)},
        {u"search_keystroke_ms"_s, median(keystrokeMs)},
        {u"search_keystroke_worst_ms"_s, *std::max_element(keystrokeMs.cbegin(), keystrokeMs.cend())},
        {u"targets"_s, QJsonObject {{u"import_10k_players_ms"_s, 1000}, {u"search_keystroke_ms"_s, 16}}},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    return 0;
}
