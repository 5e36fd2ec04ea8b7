// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/tournamentdataexporter.h"
#include "archivetesthelpers.h"
#include "core/clock.h"
#include "golden.h"
#include "registration/csvreader.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace archivetest;

namespace {

// Compares with the golden file (tools/regenerate-goldens rewrites them, never a test).
void compareGolden(const QString &name, const QByteArray &actual)
{
    const QString relative = u"tests/archive/golden/"_s + name;
    QFile file(QStringLiteral(OMNIUM_SOURCE_DIR) + u'/' + relative);
    if (file.open(QIODevice::ReadOnly) && file.readAll() == actual)
        return;
    const QString out = keepActualOutput(relative, actual);
    QFAIL(qPrintable(u"%1 is missing or differs from the output (actual output in %2)"_s.arg(relative, out)));
}

} // namespace

// The data exchange files of one event (standings and results as CSV, the event in the
// engine's JSON exchange format), as the Backups page writes them: checked against golden
// files for a played double elimination, and read back as CSV.
class TestTournamentDataExporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock {QDateTime(QDate(2026, 11, 28), QTime(9, 0), QTimeZone::UTC)};
    std::unique_ptr<Store> m_store;
    qint64 m_event = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<Store>(m_clock);
        QVERIFY(!m_store->open(m_dir.filePath(u"data.sqlite"_s)));
        const auto [weekly, other] = buildPlayedDatabase(*m_store);
        Q_UNUSED(other);
        auto query = m_store->select(u"SELECT id FROM events WHERE tournament_id = ?"_s, {weekly});
        QVERIFY(query.next());
        m_event = query.value(0).toLongLong();
    }

    void standingsCsv()
    {
        QString error;
        const auto csv = TournamentDataExporter(*m_store).standingsCsv(m_event, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto table = CsvReader::read(csv);
        QCOMPARE(table.header.value(3), u"placement"_s);
        QCOMPARE(table.records.size(), 8); // one line per entrant
        QCOMPARE(table.records.first().fields.value(3), u"1"_s);
        compareGolden(u"standings.csv"_s, csv);
    }

    void resultsCsv()
    {
        const auto csv = TournamentDataExporter(*m_store).resultsCsv(m_event);
        QVERIFY(csv.contains("\r\n"));
        const auto table = CsvReader::read(csv);
        QCOMPARE(table.header.first(), u"match_id"_s);
        QVERIFY(table.records.size() >= 14); // 8 entrants, double elimination
        compareGolden(u"results.csv"_s, csv);
    }

    void eventJson()
    {
        QString error;
        const auto json = TournamentDataExporter(*m_store).eventJson(m_event, &error);
        QVERIFY2(!json.isEmpty(), qPrintable(error));
        QVERIFY(QJsonDocument::fromJson(json).isObject());
        compareGolden(u"event.json"_s, json);
    }
};

QTEST_GUILESS_MAIN(TestTournamentDataExporter)
#include "tst_tournamentdataexporter.moc"
