// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginetesthelpers.h"

#include "engine/eventjsoncodec.h"
#include "golden.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace omnium::engine;
using namespace omnium::engine::testing;
using namespace Qt::StringLiterals;

namespace {

// Compares with the golden file (tools/regenerate-goldens rewrites them, never a test).
void compareGolden(const QString &name, const QJsonObject &actual)
{
    const QString relative = u"tests/engine/golden/"_s + name + u".json"_s;
    QFile file(QStringLiteral(OMNIUM_SOURCE_DIR) + u'/' + relative);
    if (file.open(QIODevice::ReadOnly) && QJsonDocument::fromJson(file.readAll()).object() == actual)
        return;
    const QString out = keepActualOutput(relative, QJsonDocument(actual).toJson(QJsonDocument::Indented));
    QFAIL(qPrintable(u"%1 is missing or differs from the output (actual output in %2)"_s.arg(relative, out)));
}

PhaseConfig configFor(const QString &format)
{
    PhaseConfig config;
    if (format == u"de"_s) {
        config.format = Format::DoubleElimination;
        config.bestOf = 3;
        config.finalsBestOf = 5;
    } else if (format == u"se"_s) {
        config.format = Format::SingleElimination;
        config.thirdPlaceMatch = true;
    } else if (format == u"rr"_s) {
        config.format = Format::RoundRobin;
        config.groups = 2;
    } else if (format == u"ffa"_s) {
        config.format = Format::FreeForAll;
        config.lobbySize = 5;
        config.lobbyRounds = 2;
        config.bestOf = 2;
        config.placementPoints = {10, 6, 3};
        config.killPoints = 2;
        config.tiebreaks = {Tiebreak::MatchWins};
    } else {
        config.format = Format::Swiss;
        config.tiebreaks = {Tiebreak::Buchholz, Tiebreak::GameDifference};
    }
    return config;
}

} // namespace

class TestEventJsonCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void golden_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("entrants");
        QTest::addColumn<bool>("played");
        for (int n : {5, 6, 12, 13, 24})
            QTest::addRow("de_%d", n) << u"de"_s << n << true;
        QTest::addRow("de_13_new") << u"de"_s << 13 << false;
        for (int n : {5, 6, 12, 13, 24})
            QTest::addRow("se_%d", n) << u"se"_s << n << true;
        QTest::addRow("rr_13") << u"rr"_s << 13 << true;
        QTest::addRow("swiss_13") << u"swiss"_s << 13 << true;
        QTest::addRow("ffa_13") << u"ffa"_s << 13 << true;
    }

    void golden()
    {
        QFETCH(QString, format);
        QFETCH(int, entrants);
        QFETCH(bool, played);
        EventState event = makeEvent(configFor(format), entrants);
        if (played)
            EventSimulator(1).playThrough(event);
        const QJsonObject json = EventJsonCodec::toJson(event);
        compareGolden(QString::fromLatin1(QTest::currentDataTag()), json);
        // Import gives back the same state.
        QString error;
        const auto imported = EventJsonCodec::fromJson(json, &error);
        QVERIFY2(imported, qPrintable(error));
        QVERIFY(*imported == event);
        QCOMPARE(EventJsonCodec::toJson(*imported), json);
    }

    // A winners-bracket semifinal flipped after the whole bracket was played.
    void correctionGolden()
    {
        EventState event = makeEvent(configFor(u"de"_s), 16);
        EventSimulator(7).playThrough(event);
        const Match *target = nullptr;
        for (const Match &match : event.phases()[0].matches)
            if (match.side == Side::Winners && match.round == 3 && match.position == 2)
                target = match.completed() ? &match : nullptr;
        QVERIFY(target);
        const MatchId id = target->id;
        const Result corrected {ResultKind::Forfeit, 1 - target->result.winner, {}};
        Error error;
        const auto reset = event.correctionImpact(id, corrected, &error);
        QVERIFY2(reset, error.debugText().c_str());
        QVERIFY(event.report(id, corrected, *reset, &error));
        QJsonArray resetIds;
        for (MatchId m : *reset)
            resetIds.append(qint64(m));
        compareGolden(u"correction_de_16"_s,
            QJsonObject {
                {u"corrected"_s, qint64(id)}, {u"reset"_s, resetIds}, {u"event"_s, EventJsonCodec::toJson(event)}});
    }

    void importErrorsNameTheField_data()
    {
        QTest::addColumn<QString>("pointer"); // what to break
        QTest::addColumn<QString>("message");
        QTest::newRow("version") << u"version"_s << u"version: version 99 is not supported"_s;
        QTest::newRow("side") << u"side"_s << u"phases[0].matches[2].side: \"sideways\" is not one of"_s;
        QTest::newRow("entrant") << u"entrant"_s << u"phases: the matches do not make a bracket"_s;
        QTest::newRow("winner") << u"winner"_s << u"phases[0].matches[0].result.winner: expected 1, 2 or null"_s;
        QTest::newRow("tiebreak") << u"tiebreak"_s << u"phases[0].options.tiebreaks[0]: unknown tiebreak \"luck\""_s;
    }

    void importErrorsNameTheField()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, message);
        EventState event = makeEvent(configFor(u"de"_s), 6);
        EventSimulator(1).playThrough(event);
        QJsonObject json = EventJsonCodec::toJson(event);
        QJsonArray phases = json[u"phases"_s].toArray();
        QJsonObject phase = phases[0].toObject();
        QJsonArray matches = phase[u"matches"_s].toArray();
        if (pointer == u"version"_s) {
            json[u"version"_s] = 99;
        } else if (pointer == u"side"_s) {
            QJsonObject match = matches[2].toObject();
            match[u"side"_s] = u"sideways"_s;
            matches[2] = match;
        } else if (pointer == u"entrant"_s) {
            QJsonObject match = matches[0].toObject();
            QJsonArray slots = match[u"slots"_s].toArray();
            QJsonObject slot = slots[0].toObject();
            slot[u"entrant"_s] = 12345;
            slots[0] = slot;
            match[u"slots"_s] = slots;
            matches[0] = match;
        } else if (pointer == u"winner"_s) {
            QJsonObject match = matches[0].toObject();
            match[u"result"_s] = QJsonObject {{u"kind"_s, u"normal"_s}, {u"winner"_s, 3}};
            matches[0] = match;
        } else if (pointer == u"tiebreak"_s) {
            QJsonObject options = phase[u"options"_s].toObject();
            options[u"tiebreaks"_s] = QJsonArray {u"luck"_s};
            phase[u"options"_s] = options;
        }
        phase[u"matches"_s] = matches;
        phases[0] = phase;
        json[u"phases"_s] = phases;
        QString error;
        std::optional<Error> refusal;
        QVERIFY(!EventJsonCodec::fromJson(json, &error, &refusal));
        QVERIFY2(error.contains(message), qPrintable(error));
        // Only a well-formed file the engine refuses as a bracket comes with the engine's refusal.
        QCOMPARE(refusal.has_value(), pointer == u"entrant"_s);
        if (refusal)
            QCOMPARE(*refusal, (Error {ErrorCode::SlotDoesNotFollow, {100, 1}})); // match 100, side 1
    }

    void multiPhaseRoundTrip()
    {
        EventState event = makeEvent(configFor(u"rr"_s), 12);
        EventSimulator(2).playThrough(event);
        Error error;
        QVERIFY(event.addPhase(configFor(u"de"_s), 2, &error));
        EventSimulator(3).playThrough(event);
        const QJsonObject json = EventJsonCodec::toJson(event);
        QCOMPARE(json[u"phases"_s].toArray().size(), 2);
        QCOMPARE(json[u"phases"_s].toArray()[1].toObject()[u"qualifiersPerGroup"_s].toInt(), 2);
        QString message;
        const auto imported = EventJsonCodec::fromJson(json, &message);
        QVERIFY2(imported, qPrintable(message));
        QVERIFY(*imported == event);
    }

    void largeIdsSurvive()
    {
        Error error;
        const std::vector<EntrantId> ids {(1LL << 62) + 1, -5, (1LL << 53) + 3};
        auto event = EventState::create(configFor(u"de"_s), ids, &error, (1LL << 60));
        QVERIFY(event);
        EventSimulator(3).playThrough(*event);
        QString message;
        const auto imported = EventJsonCodec::fromJson(
            QJsonDocument::fromJson(QJsonDocument(EventJsonCodec::toJson(*event)).toJson()).object(), &message);
        QVERIFY2(imported, qPrintable(message));
        QVERIFY(*imported == *event);
    }
};

QTEST_GUILESS_MAIN(TestEventJsonCodec)
#include "tst_eventjsoncodec.moc"
