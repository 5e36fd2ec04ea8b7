// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventcommandrunner.h"

#include "engine/eventjsoncodec.h"
#include "engine/eventsimulator.h"
#include "engine/standingscalculator.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;
using namespace omnium::engine;

namespace {

const QString usageText = uR"(Usage:
  omnium-cli event create --entrants N --format double|single|roundrobin|swiss|ffa [options] --out FILE
      --best-of N  --finals-best-of N  --third-place  --grand-final none|single|reset
      --groups G  --double-round-robin  --rounds R  --advance-wins W --out-losses L
      --points WIN,DRAW,LOSS  --tiebreaks wins,gamediff,h2h,buchholz,medianbuchholz,sb,omw,gw
      --lobby-size N --lobby-rounds R --placement-points 12,9,7,... --kill-points K   (ffa; --best-of = games)
      --simulate --seed S   (play the event through with reproducible random results)
  omnium-cli event report --in FILE --match ID (--winner 1|2 | --draw) [--games 13-5,7-13,13-9]
      [--kind normal|forfeit|noshow|dq] [--confirm-reset ID,ID,...] [--out FILE]
  omnium-cli event report --in FILE --simulate --seed S [--out FILE]
  omnium-cli event advance --in FILE --top K --format double|single|roundrobin|swiss [options] [--out FILE]
      (next phase: the top K of each group of the last phase, once it is complete)
  omnium-cli event standings --in FILE [--json]
  omnium-cli event export --in FILE --out FILE   (checks the file and writes it in the current schema)
)"_s;

struct Failure {
    int code;
    QString message;
};

class Command
{
public:
    Command(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    { }

    int run(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        const QList<QCommandLineOption> options {
            {u"entrants"_s, {}, u"n"_s},
            {u"format"_s, {}, u"f"_s},
            {u"out"_s, {}, u"file"_s},
            {u"in"_s, {}, u"file"_s},
            {u"best-of"_s, {}, u"n"_s},
            {u"finals-best-of"_s, {}, u"n"_s},
            {u"third-place"_s, {}},
            {u"grand-final"_s, {}, u"m"_s},
            {u"groups"_s, {}, u"n"_s},
            {u"double-round-robin"_s, {}},
            {u"rounds"_s, {}, u"n"_s},
            {u"advance-wins"_s, {}, u"n"_s},
            {u"out-losses"_s, {}, u"n"_s},
            {u"points"_s, {}, u"w,d,l"_s},
            {u"tiebreaks"_s, {}, u"list"_s},
            {u"simulate"_s, {}},
            {u"seed"_s, {}, u"s"_s},
            {u"match"_s, {}, u"id"_s},
            {u"winner"_s, {}, u"slot"_s},
            {u"draw"_s, {}},
            {u"games"_s, {}, u"scores"_s},
            {u"kind"_s, {}, u"kind"_s},
            {u"confirm-reset"_s, {}, u"ids"_s},
            {u"json"_s, {}},
            {u"top"_s, {}, u"k"_s},
            {u"lobby-size"_s, {}, u"n"_s},
            {u"lobby-rounds"_s, {}, u"n"_s},
            {u"placement-points"_s, {}, u"list"_s},
            {u"kill-points"_s, {}, u"n"_s},
            {{u"h"_s, u"help"_s}, {}},
        };
        parser.addOptions(options);
        parser.addPositionalArgument(u"command"_s, {});
        if (!parser.parse(arguments))
            return fail({EventCommandRunner::UsageError, parser.errorText()});
        if (parser.isSet(u"help"_s)) {
            m_out << usageText;
            return EventCommandRunner::Ok;
        }
        const QStringList words = parser.positionalArguments();
        if (words.size() != 2 || words[0] != u"event"_s)
            return fail({EventCommandRunner::UsageError,
                u"expected \"event create|report|standings|export\", got \"%1\""_s.arg(words.join(u' '))});
        m_parser = &parser;
        try {
            if (words[1] == u"create"_s)
                return create();
            if (words[1] == u"report"_s)
                return report();
            if (words[1] == u"advance"_s)
                return advance();
            if (words[1] == u"standings"_s)
                return standings();
            if (words[1] == u"export"_s)
                return exportEvent();
        } catch (const Failure &failure) {
            return fail(failure);
        }
        return fail({EventCommandRunner::UsageError, u"unknown command \"event %1\""_s.arg(words[1])});
    }

private:
    QTextStream &m_out;
    QTextStream &m_err;
    QCommandLineParser *m_parser = nullptr;

    int fail(const Failure &failure)
    {
        m_err << "omnium-cli: " << failure.message << Qt::endl;
        if (failure.code == EventCommandRunner::UsageError)
            m_err << "Run \"omnium-cli --help\" for the options." << Qt::endl;
        return failure.code;
    }

    [[noreturn]] static void usage(const QString &message) { throw Failure {EventCommandRunner::UsageError, message}; }

    QString value(const QString &name, bool required = false) const
    {
        if (!m_parser->isSet(name)) {
            if (required)
                usage(u"--%1 is required"_s.arg(name));
            return {};
        }
        return m_parser->value(name);
    }

    int integer(const QString &name, int fallback, int min, int max) const
    {
        if (!m_parser->isSet(name))
            return fallback;
        bool ok = false;
        const int v = m_parser->value(name).toInt(&ok);
        if (!ok || v < min || v > max)
            usage(u"--%1: \"%2\" is not an integer in %3..%4"_s.arg(name, m_parser->value(name)).arg(min).arg(max));
        return v;
    }

    template<typename Enum, std::size_t N>
    Enum choice(const QString &name, Enum fallback, const Enum (&values)[N], const char *(*namer)(Enum)) const
    {
        if (!m_parser->isSet(name))
            return fallback;
        QStringList names;
        for (Enum v : values) {
            if (m_parser->value(name) == QString::fromLatin1(namer(v)))
                return v;
            names.append(QString::fromLatin1(namer(v)));
        }
        usage(u"--%1: \"%2\" is not one of %3"_s.arg(name, m_parser->value(name), names.join(u", "_s)));
    }

    EventState load() const
    {
        const QString path = value(u"in"_s, true);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw Failure {EventCommandRunner::FileError, u"cannot read %1: %2"_s.arg(path, file.errorString())};
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError)
            throw Failure {EventCommandRunner::FileError,
                u"%1: not JSON at offset %2: %3"_s.arg(path).arg(parseError.offset).arg(parseError.errorString())};
        QString error;
        auto event = EventJsonCodec::fromJson(document.object(), &error);
        if (!event)
            throw Failure {EventCommandRunner::FileError, path + u": "_s + error};
        return *event;
    }

    void save(const EventState &event, const QString &path) const
    {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(QJsonDocument(EventJsonCodec::toJson(event)).toJson(QJsonDocument::Indented)) < 0
            || !file.commit())
            throw Failure {EventCommandRunner::FileError, u"cannot write %1: %2"_s.arg(path, file.errorString())};
    }

    std::uint64_t seed() const
    {
        bool ok = false;
        const std::uint64_t s = value(u"seed"_s, true).toULongLong(&ok);
        if (!ok)
            usage(u"--seed: \"%1\" is not a non-negative integer"_s.arg(m_parser->value(u"seed"_s)));
        return s;
    }

    int simulate(EventState &event) const
    {
        EventSimulator simulator(seed());
        const int reported = simulator.playThrough(event);
        if (reported < 0)
            throw Failure {EventCommandRunner::FileError, u"the simulation could not report a result"_s};
        return reported;
    }

    int create()
    {
        const int n = integer(u"entrants"_s, 0, 2, 1 << 20);
        if (n == 0)
            usage(u"--entrants is required"_s);
        const QString out = value(u"out"_s, true);
        const PhaseConfig config = phaseConfig(n);
        std::vector<EntrantId> entrants;
        for (int k = 1; k <= n; ++k)
            entrants.push_back(k);
        std::string error;
        auto event = EventState::create(config, entrants, &error);
        if (!event)
            usage(QString::fromStdString(error));
        if (m_parser->isSet(u"simulate"_s))
            m_out << "simulated " << simulate(*event) << " results" << Qt::endl;
        else if (m_parser->isSet(u"seed"_s))
            usage(u"--seed needs --simulate"_s);
        save(*event, out);
        m_out << "wrote " << out << " (" << event->phases()[0].matches.size() << " matches)" << Qt::endl;
        return EventCommandRunner::Ok;
    }

    int advance()
    {
        EventState event = load();
        const QString out = m_parser->isSet(u"out"_s) ? m_parser->value(u"out"_s) : m_parser->value(u"in"_s);
        const int top = integer(u"top"_s, 0, 1, 1 << 20);
        if (top == 0)
            usage(u"--top is required"_s);
        std::string error;
        if (!event.addPhase(phaseConfig(1 << 20), top, &error))
            usage(QString::fromStdString(error));
        if (m_parser->isSet(u"simulate"_s))
            m_out << "simulated " << simulate(event) << " results" << Qt::endl;
        save(event, out);
        m_out << "wrote " << out << " (phase " << event.phases().size() << ", " << event.phases().back().seeds.size()
              << " entrants)" << Qt::endl;
        return EventCommandRunner::Ok;
    }

    PhaseConfig phaseConfig(int n) const
    {
        static constexpr Format formats[] = {Format::DoubleElimination, Format::SingleElimination, Format::RoundRobin,
            Format::Swiss, Format::FreeForAll};
        static constexpr GrandFinalMode modes[]
            = {GrandFinalMode::None, GrandFinalMode::Single, GrandFinalMode::WithReset};
        PhaseConfig config;
        config.format = choice(u"format"_s, Format::DoubleElimination, formats, formatName);
        if (!m_parser->isSet(u"format"_s))
            usage(u"--format is required"_s);
        config.bestOf = integer(u"best-of"_s, 1, 1, 99);
        config.finalsBestOf = integer(u"finals-best-of"_s, 0, 0, 99);
        config.thirdPlaceMatch = m_parser->isSet(u"third-place"_s);
        config.grandFinal = choice(u"grand-final"_s, GrandFinalMode::WithReset, modes, grandFinalName);
        config.groups = integer(u"groups"_s, 1, 1, n);
        config.doubleRoundRobin = m_parser->isSet(u"double-round-robin"_s);
        config.swissRounds = integer(u"rounds"_s, 0, 1, 1000);
        config.advanceWins = integer(u"advance-wins"_s, 0, 1, 1000);
        config.eliminateLosses = integer(u"out-losses"_s, 0, 1, 1000);
        if (config.advanceOutMode())
            config.tiebreaks = {Tiebreak::Buchholz};
        config.lobbySize = integer(u"lobby-size"_s, config.format == Format::FreeForAll ? 16 : 0, 2, 1 << 20);
        config.lobbyRounds = integer(u"lobby-rounds"_s, 1, 1, 1000);
        config.killPoints = integer(u"kill-points"_s, 1, -1000, 1000);
        if (config.format == Format::FreeForAll)
            config.tiebreaks = {Tiebreak::MatchWins};
        if (m_parser->isSet(u"placement-points"_s)) {
            config.placementPoints.clear();
            for (const QString &word : m_parser->value(u"placement-points"_s).split(u',')) {
                bool ok = false;
                config.placementPoints.push_back(word.toInt(&ok));
                if (!ok)
                    usage(u"--placement-points: \"%1\" is not an integer"_s.arg(word));
            }
        }
        if (m_parser->isSet(u"points"_s)) {
            const QStringList parts = m_parser->value(u"points"_s).split(u',');
            bool ok = parts.size() == 3;
            int values[3] = {0, 0, 0};
            for (int i = 0; ok && i < 3; ++i)
                values[i] = parts[i].toInt(&ok);
            if (!ok)
                usage(u"--points: \"%1\" is not WIN,DRAW,LOSS (three integers)"_s.arg(m_parser->value(u"points"_s)));
            config.winPoints = values[0], config.drawPoints = values[1], config.lossPoints = values[2];
        }
        if (m_parser->isSet(u"tiebreaks"_s)) {
            static constexpr Tiebreak all[] = {Tiebreak::MatchWins, Tiebreak::GameDifference, Tiebreak::HeadToHead,
                Tiebreak::Buchholz, Tiebreak::MedianBuchholz, Tiebreak::SonnebornBerger,
                Tiebreak::OpponentMatchWinPercent, Tiebreak::GameWinPercent};
            config.tiebreaks.clear();
            for (const QString &word : m_parser->value(u"tiebreaks"_s).split(u',', Qt::SkipEmptyParts)) {
                bool found = false;
                for (Tiebreak t : all) {
                    if (word == QString::fromLatin1(tiebreakName(t))) {
                        config.tiebreaks.push_back(t);
                        found = true;
                    }
                }
                if (!found)
                    usage(u"--tiebreaks: unknown tiebreak \"%1\""_s.arg(word));
            }
        }
        return config;
    }

    int report()
    {
        EventState event = load();
        const QString out = m_parser->isSet(u"out"_s) ? m_parser->value(u"out"_s) : m_parser->value(u"in"_s);
        if (m_parser->isSet(u"simulate"_s)) {
            m_out << "simulated " << simulate(event) << " results" << Qt::endl;
            save(event, out);
            return EventCommandRunner::Ok;
        }
        bool ok = false;
        const MatchId id = value(u"match"_s, true).toLongLong(&ok);
        if (!ok || !event.match(id))
            usage(u"--match: no match \"%1\" in the event"_s.arg(m_parser->value(u"match"_s)));
        static constexpr ResultKind kinds[]
            = {ResultKind::Normal, ResultKind::Forfeit, ResultKind::NoShow, ResultKind::Disqualification};
        Result result;
        result.kind = choice(u"kind"_s, ResultKind::Normal, kinds, resultKindName);
        if (m_parser->isSet(u"draw"_s) == m_parser->isSet(u"winner"_s))
            usage(u"give either --winner 1|2 or --draw"_s);
        if (m_parser->isSet(u"winner"_s))
            result.winner = integer(u"winner"_s, 1, 1, 2) - 1;
        if (m_parser->isSet(u"games"_s)) {
            for (const QString &game : m_parser->value(u"games"_s).split(u',')) {
                const QStringList scores = game.split(u'-');
                bool okA = false, okB = false;
                if (scores.size() == 2) {
                    result.games.push_back(Game {{scores[0].toInt(&okA), scores[1].toInt(&okB)}, {}, {}});
                }
                if (!okA || !okB)
                    usage(u"--games: \"%1\" is not a score like 13-7"_s.arg(game));
            }
        }
        std::vector<MatchId> confirmed;
        for (const QString &word : value(u"confirm-reset"_s).split(u',', Qt::SkipEmptyParts)) {
            const MatchId reset = word.toLongLong(&ok);
            if (!ok)
                usage(u"--confirm-reset: \"%1\" is not a match id"_s.arg(word));
            confirmed.push_back(reset);
        }
        std::string error;
        const auto impact = event.correctionImpact(id, result, &error);
        if (!impact)
            usage(QString::fromStdString(error));
        if (!event.report(id, result, confirmed, &error)) {
            QStringList ids;
            for (MatchId m : *impact)
                ids.append(QString::number(m));
            throw Failure {EventCommandRunner::ConfirmationNeeded,
                u"this correction resets already-played matches %1; run again with --confirm-reset %2"_s.arg(
                    ids.join(u", "_s), ids.join(u','))};
        }
        save(event, out);
        m_out << "reported match " << id;
        if (!impact->empty())
            m_out << ", reset " << impact->size() << " match(es)";
        m_out << Qt::endl;
        return EventCommandRunner::Ok;
    }

    int standings()
    {
        const EventState event = load();
        if (m_parser->isSet(u"json"_s)) {
            const QJsonObject json = EventJsonCodec::toJson(event);
            m_out << QJsonDocument(json.value(u"phases"_s).toArray().at(0).toObject().value(u"standings"_s).toArray())
                         .toJson(QJsonDocument::Indented);
            return EventCommandRunner::Ok;
        }
        for (std::size_t p = 0; p < event.phases().size(); ++p) {
            const Phase &phase = event.phases()[p];
            m_out << "phase " << p + 1 << " (" << formatName(phase.config.format) << ")"
                  << (event.phaseComplete(int(p)) ? "" : ", in progress") << Qt::endl;
            m_out << "group place seed entrant     W  D  L  games  points" << Qt::endl;
            for (const StandingRow &row : StandingsCalculator::compute(phase, event.disqualified())) {
                m_out << qSetFieldWidth(5) << row.group + 1 << qSetFieldWidth(6)
                      << (row.placement ? QString::number(row.placement) : u"-"_s) << qSetFieldWidth(5) << row.seed
                      << qSetFieldWidth(8) << row.entrant << qSetFieldWidth(6) << row.wins << qSetFieldWidth(3)
                      << row.draws << qSetFieldWidth(3) << row.losses << qSetFieldWidth(7)
                      << u"%1-%2"_s.arg(row.gameWins).arg(row.gameLosses) << qSetFieldWidth(8)
                      << (phase.config.isElimination() ? u""_s : QString::number(row.points)) << qSetFieldWidth(0)
                      << (row.disqualified ? " DQ" : "") << Qt::endl;
            }
        }
        return EventCommandRunner::Ok;
    }

    int exportEvent()
    {
        const EventState event = load();
        const QString out = value(u"out"_s, true);
        save(event, out);
        m_out << "wrote " << out << Qt::endl;
        return EventCommandRunner::Ok;
    }
};

} // namespace

int EventCommandRunner::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Command command(out, err);
    return command.run(arguments);
}
