// SPDX-License-Identifier: GPL-3.0-or-later
// bracket_demo DB N FORMAT RESULTS: a database with an N-entrant event whose bracket (single,
// double, roundrobin, swiss, ffa) has RESULTS results reported — to look at the bracket page,
// the caster window and the overlays: omnium --database DB --page BracketPage.
// FORMAT may name two phases, "roundrobin+double" (four pools, the top 2 of each to a top 8)
// or "swiss+single" (the top 8 to playoffs): the first phase is played through, then RESULTS
// results are reported in the second.
#include "bracketfixture.h"
#include "core/clock.h"
#include "engine/eventjsoncodec.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace omnium::engine;

namespace {

std::optional<PhaseConfig> configFor(const QString &name, bool firstOfTwo)
{
    for (Format format :
        {Format::SingleElimination, Format::DoubleElimination, Format::RoundRobin, Format::Swiss, Format::FreeForAll}) {
        if (name != QLatin1StringView(formatName(format)))
            continue;
        PhaseConfig config;
        config.format = format;
        config.bestOf = 3;
        config.groups = format == Format::RoundRobin ? (firstOfTwo ? 4 : 2) : 1;
        config.lobbySize = 8;
        config.lobbyRounds = 2;
        return config;
    }
    return std::nullopt;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QStringList formats = args.value(3).split(u'+');
    const auto first = configFor(formats.value(0), formats.size() == 2);
    const auto second = formats.size() == 2 ? configFor(formats[1], false) : std::nullopt;
    if (args.size() != 5 || !first || formats.size() > 2 || (formats.size() == 2 && !second)) {
        std::fprintf(stderr,
            "usage: bracket_demo DB ENTRANTS FORMAT[+FORMAT] RESULTS\n"
            "  FORMAT: single, double, roundrobin, swiss, ffa\n");
        return 2;
    }
    Store store(Clock::system());
    if (const auto error = store.open(args[1])) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    const qint64 eventId = BracketFixture::makeEvent(store, args[2].toInt());
    BracketStore brackets(store);
    QString error;
    const QString firstName
        = second ? (first->format == Format::Swiss ? u"Swiss stage"_s : u"Pools"_s) : u"Main bracket"_s;
    if (!eventId || !brackets.createPhase(eventId, firstName, *first, &error)) {
        std::fprintf(stderr, "could not create the bracket: %s\n", qPrintable(error));
        return 1;
    }
    if (second) {
        const int qualifiers = first->format == Format::RoundRobin ? 8 / first->groups : 8;
        if (brackets.simulate(eventId, 7, &error) < 0
            || !brackets.addPhase(eventId, u"Top 8"_s, *second, qualifiers, &error)) {
            std::fprintf(stderr, "could not create the second phase: %s\n", qPrintable(error));
            return 1;
        }
    }
    const int reported = BracketFixture::reportSome(brackets, eventId, args[4].toInt());
    std::printf("event %lld: %d results reported\n", static_cast<long long>(eventId), reported);
    return 0;
}
