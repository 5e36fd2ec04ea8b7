// SPDX-License-Identifier: GPL-3.0-or-later
// bracket_demo DB N FORMAT RESULTS: a database with an N-entrant event whose bracket (single,
// double, roundrobin, swiss) has RESULTS results reported — to look at the bracket page,
// the caster window and the overlays: omnium --database DB --page BracketPage.
#include "bracketfixture.h"
#include "core/clock.h"
#include "engine/eventjsoncodec.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace omnium::engine;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: bracket_demo DB ENTRANTS single|double|roundrobin|swiss RESULTS\n");
        return 2;
    }
    Store store(Clock::system());
    if (const auto error = store.open(args[1])) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    const qint64 eventId = BracketFixture::makeEvent(store, args[2].toInt());
    PhaseConfig config;
    for (Format format : {Format::SingleElimination, Format::DoubleElimination, Format::RoundRobin, Format::Swiss}) {
        if (args[3] == QLatin1StringView(formatName(format)))
            config.format = format;
    }
    config.bestOf = 3;
    config.groups = config.format == Format::RoundRobin ? 2 : 1;
    BracketStore brackets(store);
    QString error;
    if (!eventId || !brackets.createPhase(eventId, u"Main bracket"_s, config, &error)) {
        std::fprintf(stderr, "could not create the bracket: %s\n", qPrintable(error));
        return 1;
    }
    const int reported = BracketFixture::reportSome(brackets, eventId, args[4].toInt());
    std::printf("event %lld: %d results reported\n", static_cast<long long>(eventId), reported);
    return 0;
}
