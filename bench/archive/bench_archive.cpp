// SPDX-License-Identifier: GPL-3.0-or-later
// Archive benchmarks, printed as JSON (medians of several runs, milliseconds), for a
// tournament of 5,000 players and over 10,000 matches (single elimination of 5,000 and
// double elimination of 1,024 of them, the first rounds played):
//   export_ms   snapshot + CSV/JSON copies + zip of the tournament (target < 2000)
//   import_ms   check (CRC, SHA-256, integrity) + import into an empty database (target < 2000)
//   *_cpu_ms    the same in CPU time of this process (the build machine is shared)
//   import_check_cpu_ms  of which the checks before any row is written
// Usage: bench_archive [--runs N]
#include "../benchstats.h"
#include "archive/archiveexporter.h"
#include "archive/archiveimporter.h"
#include "competition/bracketstore.h"
#include "core/clock.h"
#include "registration/eventcontroller.h"
#include "registration/playercontroller.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace omnium::engine;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"omnium.*.info=false"_s);
    int runs = 5;
    const auto args = app.arguments();
    if (args.size() == 3 && args.at(1) == u"--runs"_s)
        runs = qMax(1, args.at(2).toInt());
    QTemporaryDir dir;

    Store store(Clock::system());
    if (store.open(dir.filePath(u"source.sqlite"_s)))
        return 1;
    PlayerController players(store);
    EventController events(store);
    BracketStore brackets(store);
    const qint64 tournament = events.addTournament({{u"name"_s, u"Major"_s}, {u"startsOn"_s, u"2026-11-28"_s}});
    QList<qint64> ids;
    store.run(CommandLabel::verbatim(u"players"_s), [&](StoreTransaction &tx) {
        for (int i = 0; i < 5000; ++i)
            ids << tx.insert(u"players"_s, {{u"tag"_s, u"Joueur%1"_s.arg(i)}, {u"name"_s, u"Élise %1"_s.arg(i)}});
    });
    const auto makeEvent = [&](const QString &name, int entrants, Format format) {
        const qint64 event = events.addEvent(tournament, {{u"name"_s, name}});
        store.run(CommandLabel::verbatim(u"entrants"_s), [&](StoreTransaction &tx) {
            for (int i = 0; i < entrants; ++i)
                tx.insert(u"entrants"_s, {{u"event_id"_s, event}, {u"player_id"_s, ids.at(i)}, {u"seed"_s, i + 1}});
        });
        PhaseConfig config;
        config.format = format;
        config.bestOf = 3;
        QString error;
        if (brackets.createPhase(event, u"Main"_s, config, &error) == 0) {
            std::fprintf(stderr, "createPhase: %s\n", qPrintable(error));
            std::exit(1);
        }
        return event;
    };
    makeEvent(u"SF6"_s, 5000, Format::SingleElimination);
    const qint64 tekken = makeEvent(u"Tekken"_s, 1024, Format::DoubleElimination);
    // Some results, so the archive has played matches and standings.
    QString error;
    for (int i = 0; i < 50; ++i) {
        const auto loaded = brackets.load(tekken, &error);
        if (!loaded) {
            std::fprintf(stderr, "load: %s\n", qPrintable(error));
            return 1;
        }
        for (const auto &match : loaded->state.phases().front().matches) {
            if (match.state == MatchState::Ready) {
                Result result;
                result.winner = 0;
                result.games = {Game {{1, 0}, "map"}, Game {{1, 0}, "map"}};
                brackets.report(tekken, match.id, result, {}, &error);
                break;
            }
        }
    }
    auto count = store.select(u"SELECT COUNT(*) FROM matches"_s);
    const qint64 matches = count.next() ? count.value(0).toLongLong() : 0;

    QList<double> exportMs, exportCpu, importMs, importCpu, checkCpu;
    qint64 archiveBytes = 0;
    for (int run = 0; run < runs; ++run) {
        const QString archive = dir.filePath(u"major-%1.omnium"_s.arg(run));
        QElapsedTimer timer;
        double cpu = cpuMs();
        timer.start();
        if (const auto e = ArchiveExporter(store).exportTo(archive, tournament)) {
            std::fprintf(stderr, "export: %s\n", qPrintable(e.message));
            return 1;
        }
        exportMs << double(timer.nsecsElapsed()) / 1e6;
        exportCpu << cpuMs() - cpu;
        archiveBytes = QFileInfo(archive).size();

        Store target(Clock::system());
        if (target.open(dir.filePath(u"target-%1.sqlite"_s.arg(run))))
            return 1;
        cpu = cpuMs();
        timer.restart();
        ArchiveImporter importer;
        auto e = importer.open(archive);
        checkCpu << cpuMs() - cpu;
        if (!e)
            e = importer.importInto(target, ArchiveImporter::PlayerPolicy::KeepBoth);
        if (e) {
            std::fprintf(stderr, "import: %s\n", qPrintable(e.message));
            return 1;
        }
        importMs << double(timer.nsecsElapsed()) / 1e6;
        importCpu << cpuMs() - cpu;
    }
    const QJsonObject result {
        {u"players"_s, 5000},
        {u"matches"_s, matches},
        {u"runs"_s, runs},
        {u"archive_bytes"_s, archiveBytes},
        {u"export_ms"_s, median(exportMs)},
        {u"export_cpu_ms"_s, median(exportCpu)},
        {u"import_ms"_s, median(importMs)},
        {u"import_cpu_ms"_s, median(importCpu)},
        {u"import_check_cpu_ms"_s, median(checkCpu)},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    return 0;
}
