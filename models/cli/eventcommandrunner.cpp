// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventcommandrunner.h"

#include "archive/backupmanager.h"
#include "competition/bracketstore.h"
#include "competition/engineerrors.h"
#include "core/clock.h"
#include "engine/eventjsoncodec.h"
#include "engine/eventsimulator.h"
#include "engine/standingscalculator.h"
#include "schedule/schedulercontroller.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSysInfo>

#include "store/databasefilelock.h"
#include "store/databaseurl.h"
#include "store/store.h"

#include <algorithm>

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

Database mode: --database FILE (the app's SQLite file) instead of --in/--out. Every change is one
undoable command in the database's history (Edit > Undo in the app), so the app and the CLI can
take turns on the same file. Match ids are the database's; entrants are shown by name.
  omnium-cli event create --database FILE --entrants N [--name NAME] [--tournament NAME] --format … [options]
      (a new tournament and event with N players "Entrant 1".."Entrant N", seeded in that order)
  omnium-cli event create --database FILE --event ID --format … [options]
      (the bracket of an existing event from its registered entrants, in seed order)
      [--phase-name NAME] [--simulate --seed S] [--out FILE]   (also writes the event as JSON)
  omnium-cli event report|advance|standings|export --database FILE [--event ID] …   (as above)
      --event may be left out when the database holds a single event with a bracket.
)"_s;

struct Failure {
    int code;
    QString message;
};

// The engine's refusal as the sentence the pages show, naming matches and entrants by the ids the options take.
QString refusal(const Error &error)
{
    return EngineErrors::text(error, EngineErrors::byId());
}

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
            {u"database"_s, {}, u"file"_s},
            {u"desk"_s, {}, u"name"_s},
            {u"event"_s, {}, u"id"_s},
            {u"name"_s, {}, u"name"_s},
            {u"tournament"_s, {}, u"name"_s},
            {u"phase-name"_s, {}, u"name"_s},
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
            if (parser.isSet(u"database"_s)) {
                if (parser.isSet(u"in"_s))
                    usage(u"--in and --database exclude each other"_s);
                return runDatabase(words[1]);
            }
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
        std::optional<Error> engineError;
        auto event = EventJsonCodec::fromJson(document.object(), &error, &engineError);
        if (!event)
            throw Failure {EventCommandRunner::FileError,
                path + u": "_s + error + (engineError ? u": "_s + refusal(*engineError) : QString())};
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
        Error error;
        auto event = EventState::create(config, entrants, &error);
        if (!event)
            usage(refusal(error));
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
        Error error;
        if (!event.addPhase(phaseConfig(1 << 20), top, &error))
            usage(refusal(error));
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

    Result parseResult() const
    {
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
        return result;
    }

    std::vector<MatchId> confirmedResets() const
    {
        std::vector<MatchId> confirmed;
        for (const QString &word : value(u"confirm-reset"_s).split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const MatchId reset = word.toLongLong(&ok);
            if (!ok)
                usage(u"--confirm-reset: \"%1\" is not a match id"_s.arg(word));
            confirmed.push_back(reset);
        }
        return confirmed;
    }

    MatchId matchId(const EventState &event) const
    {
        bool ok = false;
        const MatchId id = value(u"match"_s, true).toLongLong(&ok);
        if (!ok || !event.match(id))
            usage(u"--match: no match \"%1\" in the event"_s.arg(m_parser->value(u"match"_s)));
        return id;
    }

    // Exit code 3 with the exact --confirm-reset to give, when a correction resets played matches.
    static bool sameSet(std::vector<MatchId> a, std::vector<MatchId> b)
    {
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        return a == b;
    }
    [[noreturn]] static void needConfirmation(const std::vector<MatchId> &impact)
    {
        QStringList ids;
        for (MatchId m : impact)
            ids.append(QString::number(m));
        throw Failure {EventCommandRunner::ConfirmationNeeded,
            u"this correction resets already-played matches %1; run again with --confirm-reset %2"_s.arg(
                ids.join(u", "_s), ids.join(u','))};
    }

    void reported(MatchId id, const std::vector<MatchId> &impact)
    {
        m_out << "reported match " << id;
        if (!impact.empty())
            m_out << ", reset " << impact.size() << " match(es)";
        else if (m_parser->isSet(u"confirm-reset"_s))
            m_out << " (nothing needed resetting)";
        m_out << Qt::endl;
    }

    // The resets to apply: exactly the correction's impact, or exit 3 listing it. A confirmation
    // given where nothing needs resetting is no reason to stop: the result is just reported.
    std::vector<MatchId> confirmedFor(const std::vector<MatchId> &impact) const
    {
        const std::vector<MatchId> confirmed = confirmedResets(); // a malformed list is refused either way
        if (!impact.empty() && !sameSet(impact, confirmed))
            needConfirmation(impact);
        return impact;
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
        const MatchId id = matchId(event);
        const Result result = parseResult();
        Error error;
        const auto impact = event.correctionImpact(id, result, &error);
        if (!impact)
            usage(refusal(error));
        if (!event.report(id, result, confirmedFor(*impact), &error))
            usage(refusal(error));
        save(event, out);
        reported(id, *impact);
        return EventCommandRunner::Ok;
    }

    int standings() { return printStandings(load(), {}); }

    int printStandings(const EventState &event, const QHash<EntrantId, QString> &names)
    {
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
            m_out << "group place seed entrant     W  D  L  games  points" << (names.isEmpty() ? "" : "  name")
                  << Qt::endl;
            for (const StandingRow &row : StandingsCalculator::compute(phase, event.disqualified())) {
                m_out << qSetFieldWidth(5) << row.group + 1 << qSetFieldWidth(6)
                      << (row.placement ? QString::number(row.placement) : u"-"_s) << qSetFieldWidth(5) << row.seed
                      << qSetFieldWidth(8) << row.entrant << qSetFieldWidth(6) << row.wins << qSetFieldWidth(3)
                      << row.draws << qSetFieldWidth(3) << row.losses << qSetFieldWidth(7)
                      << u"%1-%2"_s.arg(row.gameWins).arg(row.gameLosses) << qSetFieldWidth(8)
                      << (phase.config.isElimination() ? u""_s : QString::number(row.points)) << qSetFieldWidth(0)
                      << (names.isEmpty() ? QString() : u"  "_s + names.value(row.entrant))
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

    // --- database mode: the same commands on an event stored in the app's database --------

    [[noreturn]] static void databaseError(const QString &message)
    {
        throw Failure {EventCommandRunner::FileError, message};
    }

    int runDatabase(const QString &command)
    {
        static const QStringList commands = {u"create"_s, u"report"_s, u"advance"_s, u"standings"_s, u"export"_s};
        if (!commands.contains(command))
            usage(u"unknown command \"event %1\""_s.arg(command));
        const QString path = value(u"database"_s, true);
        const bool server = DatabaseUrl::isServer(path);
        if (!server && command != u"create"_s && !QFileInfo::exists(path))
            databaseError(u"--database: no database file %1"_s.arg(path));
        // standings and export only read: a file read-only, beside an omnium that may have it open
        // (Database::Access::ReadOnly), with no lock and no restore check, which writes.
        const bool readOnly = !server && (command == u"standings"_s || command == u"export"_s);
        DatabaseFileLock fileLock; // before the restore check touches a file another Omnium may have open
        if (!server && !readOnly) {
            if (const auto error = fileLock.acquire(path))
                databaseError(error.message); // it names the file
            BackupManager::recoverInterruptedRestore(path);
        }
        Store store(Clock::system());
        if (server) {
            const QString desk = m_parser->value(u"desk"_s);
            store.setDeskName(desk.isEmpty() ? u"omnium-cli@"_s + QSysInfo::machineHostName() : desk);
        }
        if (const auto error = store.open(path, readOnly ? Database::Access::ReadOnly : Database::Access::ReadWrite))
            databaseError(u"--database %1: %2"_s.arg(DatabaseUrl::withoutPassword(path), error.message));
        // The app's backups, in the same folder (a venue server's in the user's data folder): a
        // correction that resets played matches is backed up first whichever front end runs it.
        BackupManager backups(store,
            server ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/venue-backups"_s
                   : BackupManager::folderFor(path));
        // The app's scheduler: a result's follow-up writes the station calls it frees up, in the same command.
        SchedulerController scheduler(store, Clock::system());
        BracketStore brackets(store);
        if (command == u"create"_s)
            return databaseCreate(store, brackets);
        const qint64 event = eventId(store);
        if (command == u"report"_s)
            return databaseReport(brackets, event);
        if (command == u"advance"_s)
            return databaseAdvance(brackets, event);
        const auto bracket = loadBracket(brackets, event);
        if (command == u"standings"_s)
            return printStandings(bracket.state, bracket.names);
        const QString out = value(u"out"_s, true);
        save(bracket.state, out);
        m_out << "wrote " << out << Qt::endl;
        return EventCommandRunner::Ok;
    }

    // --event, or the only event of the database that has a bracket.
    qint64 eventId(Store &store) const
    {
        if (m_parser->isSet(u"event"_s)) {
            bool ok = false;
            const qint64 id = m_parser->value(u"event"_s).toLongLong(&ok);
            auto query = store.select(u"SELECT COUNT(*) FROM events WHERE id = ?"_s, {id});
            if (!ok || !query.next() || query.value(0).toInt() != 1)
                usage(u"--event: no event \"%1\" in the database"_s.arg(m_parser->value(u"event"_s)));
            return id;
        }
        QStringList ids;
        auto query = store.select(u"SELECT DISTINCT event_id FROM phases ORDER BY event_id"_s);
        while (query.next())
            ids << query.value(0).toString();
        if (ids.size() != 1)
            usage(ids.isEmpty() ? u"--event is required: the database holds no event with a bracket"_s
                                : u"--event is required: the database holds several events with a bracket (%1)"_s.arg(
                                      ids.join(u", "_s)));
        return ids.front().toLongLong();
    }

    BracketStore::EventBracket loadBracket(BracketStore &brackets, qint64 event) const
    {
        QString error;
        auto bracket = brackets.load(event, &error);
        if (!bracket)
            databaseError(error);
        if (bracket->state.phases().empty())
            usage(u"--event: event %1 has no bracket yet (create one with \"event create --event %1\")"_s.arg(event));
        return *bracket;
    }

    int databaseCreate(Store &store, BracketStore &brackets)
    {
        qint64 event = 0;
        int count = 0;
        if (m_parser->isSet(u"event"_s) == m_parser->isSet(u"entrants"_s))
            usage(u"give either --entrants N (a new event) or --event ID (an event with registered entrants)"_s);
        if (m_parser->isSet(u"entrants"_s)) {
            count = integer(u"entrants"_s, 0, 2, 1 << 20);
            const QString name = m_parser->isSet(u"name"_s) ? m_parser->value(u"name"_s) : u"Event"_s;
            const QString tournament
                = m_parser->isSet(u"tournament"_s) ? m_parser->value(u"tournament"_s) : u"omnium-cli"_s;
            // Options and the field's size are checked before anything is written.
            if (const auto problem = EventState::checkOptions(phaseConfig(count), count))
                usage(refusal(*problem));
            const auto error = store.run(CommandLabel("EventCommandRunner",
                                             QT_TRANSLATE_NOOP("EventCommandRunner", "Create the event %1"), {name}),
                [&](StoreTransaction &tx) {
                    const qint64 tournamentId = tx.insert(u"tournaments"_s, {{u"name"_s, tournament}});
                    event = tx.insert(u"events"_s, {{u"tournament_id"_s, tournamentId}, {u"name"_s, name}});
                    for (int k = 1; k <= count; ++k) {
                        const qint64 player = tx.insert(u"players"_s, {{u"tag"_s, u"Entrant %1"_s.arg(k)}});
                        tx.insert(u"entrants"_s, {{u"event_id"_s, event}, {u"player_id"_s, player}, {u"seed"_s, k}});
                    }
                });
            if (error)
                databaseError(error.message);
        } else {
            event = eventId(store);
            auto query
                = store.select(u"SELECT COUNT(*) FROM entrants WHERE event_id = ? AND waitlisted = 0"_s, {event});
            count = query.next() ? query.value(0).toInt() : 0;
        }
        const PhaseConfig config = phaseConfig(std::max(count, 1));
        if (m_parser->isSet(u"seed"_s) && !m_parser->isSet(u"simulate"_s))
            usage(u"--seed needs --simulate"_s);
        const QString phaseName = m_parser->isSet(u"phase-name"_s) ? m_parser->value(u"phase-name"_s) : u"Main"_s;
        QString error;
        if (brackets.createPhase(event, phaseName, config, &error) == 0)
            usage(error);
        if (m_parser->isSet(u"simulate"_s))
            simulateStored(brackets, event);
        const auto bracket = loadBracket(brackets, event);
        if (m_parser->isSet(u"out"_s))
            save(bracket.state, m_parser->value(u"out"_s));
        m_out << "event " << event << ": " << bracket.state.phases().front().matches.size() << " matches in "
              << value(u"database"_s) << Qt::endl;
        return EventCommandRunner::Ok;
    }

    void simulateStored(BracketStore &brackets, qint64 event) const
    {
        QString error;
        const int reported = brackets.simulate(event, seed(), &error);
        if (reported < 0)
            databaseError(error);
        m_out << "simulated " << reported << " results" << Qt::endl;
    }

    int databaseReport(BracketStore &brackets, qint64 event)
    {
        if (m_parser->isSet(u"simulate"_s)) {
            simulateStored(brackets, event);
            return EventCommandRunner::Ok;
        }
        const auto bracket = loadBracket(brackets, event);
        const MatchId id = matchId(bracket.state);
        const Result result = parseResult();
        Error engineError;
        const auto impact = bracket.state.correctionImpact(id, result, &engineError);
        if (!impact)
            usage(refusal(engineError));
        const std::vector<MatchId> confirmed = confirmedFor(*impact);
        QString error;
        if (!brackets.report(event, id, result, confirmed, &error))
            databaseError(error);
        reported(id, *impact);
        return EventCommandRunner::Ok;
    }

    int databaseAdvance(BracketStore &brackets, qint64 event)
    {
        const int top = integer(u"top"_s, 0, 1, 1 << 20);
        if (top == 0)
            usage(u"--top is required"_s);
        const auto before = loadBracket(brackets, event);
        const QString name = m_parser->isSet(u"phase-name"_s) ? m_parser->value(u"phase-name"_s)
                                                              : u"Phase %1"_s.arg(before.state.phases().size() + 1);
        QString error;
        if (brackets.addPhase(event, name, phaseConfig(1 << 20), top, &error) == 0)
            usage(error);
        if (m_parser->isSet(u"simulate"_s))
            simulateStored(brackets, event);
        const auto after = loadBracket(brackets, event);
        m_out << "event " << event << ": phase " << after.state.phases().size() << ", "
              << after.state.phases().back().seeds.size() << " entrants" << Qt::endl;
        return EventCommandRunner::Ok;
    }
};

} // namespace

int EventCommandRunner::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Command command(out, err);
    return command.run(arguments);
}
