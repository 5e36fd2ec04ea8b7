// SPDX-License-Identifier: GPL-3.0-or-later
#include "competition/bracketstore.h"
#include "competition/engineerrors.h"
#include "competition/matchresults.h"
#include "core/clock.h"
#include "registration/eventcontroller.h"
#include "registration/playercontroller.h"
#include "store/store.h"
#include "testdatabase.h"

#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace omnium::engine;
using namespace Qt::StringLiterals;

// The engine's refusals are codes; EngineErrors is the one place that turns them into the
// organiser's sentences. Every code has its own sentence in English and in French, and a result
// refused on a real database file reads that sentence, naming the match and the score.
class TestEngineErrors : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock {QDateTime(QDate(2026, 12, 5), QTime(14, 0), QTimeZone::UTC)};
    QTranslator m_french;

    void speak(const QString &language)
    {
        QCoreApplication::removeTranslator(&m_french);
        if (language == u"fr"_s)
            QCoreApplication::installTranslator(&m_french);
    }

    static QString sentence(ErrorCode code)
    {
        return EngineErrors::text(Error {code, {7, 3, 1, 5, 6, 8, 9}}, EngineErrors::byId());
    }

    struct Fixture {
        Store store;
        PlayerController players {store};
        EventController events {store};
        BracketStore brackets {store};
        MatchResults results {brackets};
        qint64 event = 0;
        explicit Fixture(const Clock &clock)
            : store(clock)
        { }
    };

    // A single-elimination best of 3 of `entrants` players in a database file.
    std::unique_ptr<Fixture> bracket(const QString &file, int entrants)
    {
        auto f = std::make_unique<Fixture>(m_clock);
        [&] { QVERIFY(!f->store.open(testDatabase(m_dir.filePath(file)))); }();
        const qint64 tournament = f->events.addTournament({{u"name"_s, u"Weekly"_s}, {u"startsOn"_s, u"2026-12-05"_s}});
        f->event = f->events.addEvent(tournament, {{u"name"_s, u"SF6"_s}});
        for (int i = 1; i <= entrants; ++i)
            f->events.registerPlayer(f->event, f->players.addPlayer({{u"tag"_s, u"Joueur %1"_s.arg(i)}}));
        PhaseConfig config;
        config.format = Format::SingleElimination;
        config.bestOf = 3;
        QString error;
        [&] { QVERIFY2(f->brackets.createPhase(f->event, u"Main"_s, config, &error) > 0, qPrintable(error)); }();
        return f;
    }

    static QString commandLog(Store &store)
    {
        auto query = store.select(u"SELECT COUNT(*), COALESCE(MAX(id), 0) FROM command_log"_s);
        return query.next() ? query.value(0).toString() + u'/' + query.value(1).toString() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_french.load(u"omnium_fr"_s, u":/i18n"_s));
    }

    void cleanup() { speak(u"en"_s); }

    // No code falls through to the fallback, no two codes share a sentence, and each one is
    // translated.
    void everyCodeHasASentence()
    {
        const QString fallback = sentence(ErrorCode(int(lastErrorCode) + 1));
        QVERIFY(fallback.contains(u"code"_s));
        QSet<QString> english;
        for (int code = 0; code <= int(lastErrorCode); ++code) {
            speak(u"en"_s);
            const QString text = sentence(ErrorCode(code));
            QVERIFY2(!text.isEmpty() && !text.contains(u"code %1"_s.arg(code)), qPrintable(u"code %1"_s.arg(code)));
            QVERIFY2(!english.contains(text), qPrintable(u"code %1 repeats “%2”"_s.arg(code).arg(text)));
            english.insert(text);
            speak(u"fr"_s);
            const QString french = sentence(ErrorCode(code));
            QVERIFY2(french != text && !french.isEmpty(),
                qPrintable(u"code %1 is not translated: %2"_s.arg(code).arg(text)));
        }
        QCOMPARE(english.size(), qsizetype(lastErrorCode) + 1);
    }

    // Matches by their number on the Bracket page and entrants by name, or by id for omnium-cli.
    void namesFollowTheReader()
    {
        auto f = bracket(u"names.sqlite"_s, 4);
        const auto loaded = f->brackets.load(f->event, nullptr);
        QVERIFY(loaded);
        const Match &second = loaded->state.phases()[0].matches[1];
        const Error error {ErrorCode::RoundNotComplete, {1, second.id}};
        QCOMPARE(EngineErrors::text(error, EngineErrors::forBracket(*loaded)),
            u"Round 1 is not finished: M2 has no result yet."_s);
        QCOMPARE(EngineErrors::text(error, EngineErrors::byId()),
            u"Round 1 is not finished: match %1 has no result yet."_s.arg(second.id));
        const EntrantId entrant = loaded->state.phases()[0].seeds[2];
        QCOMPARE(EngineErrors::text({ErrorCode::NoSuchEntrant, {entrant}}, EngineErrors::forBracket(*loaded)),
            u"Joueur 3 is not in this event."_s);
    }

    void refusedResultNamesTheMatchAndScore_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("entrants");
        QTest::addColumn<QString>("score");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("en 3-0") << u"en"_s << 8 << u"3-0"_s
                                << u"M1: 3-0 is not possible in a best of 3: the winner needs exactly 2 games."_s;
        QTest::newRow("fr 3-0")
            << u"fr"_s << 8 << u"3-0"_s
            << u"M1 : 3-0 est impossible en 3 manches : le vainqueur doit en gagner exactement 2."_s;
        QTest::newRow("fr 1-1")
            << u"fr"_s << 8 << u"1-1"_s
            << u"M1 : pas de match nul dans ce format : donnez le score le plus haut au vainqueur."_s;
        // 6 entrants: seeds 1 and 2 have byes, M1 is seed 1's.
        QTest::newRow("en bye") << u"en"_s << 6 << u"2-0"_s << u"M1 is a bye: it needs no result."_s;
        QTest::newRow("fr bye") << u"fr"_s << 6 << u"2-0"_s
                                << u"M1 est une exemption : il n’y a pas de résultat à saisir."_s;
    }

    void refusedResultNamesTheMatchAndScore()
    {
        QFETCH(QString, language);
        QFETCH(int, entrants);
        QFETCH(QString, score);
        QFETCH(QString, sentence);
        auto f = bracket(
            u"refused-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')), entrants);
        speak(language);
        const auto loaded = f->brackets.load(f->event, nullptr);
        QVERIFY(loaded);
        const MatchId first = loaded->state.phases()[0].matches[0].id;
        const QString before = commandLog(f->store);
        QCOMPARE(f->results.check(f->event, first, {{u"score"_s, score}}).error, sentence);
        QCOMPARE(f->results.report(f->event, first, {{u"score"_s, score}}, {}), sentence);
        QCOMPARE(commandLog(f->store), before); // nothing written
        if (entrants == 6)
            QCOMPARE(MatchResults::notReportable(*loaded, loaded->state.phases()[0].matches[0]), sentence);
    }
};

QTEST_GUILESS_MAIN(TestEngineErrors)
#include "tst_engineerrors.moc"
