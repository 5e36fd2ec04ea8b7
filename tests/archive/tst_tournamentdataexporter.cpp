// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/tournamentdataexporter.h"
#include "archivetesthelpers.h"
#include "core/clock.h"
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

QString goldenPath(const QString &name)
{
    return QStringLiteral(OMNIUM_SOURCE_DIR) + u"/tests/archive/golden/"_s + name;
}

// Compares with the golden file, or rewrites it when OMNIUM_REGENERATE_GOLDEN=1.
void compareGolden(const QString &name, const QByteArray &actual)
{
    QFile file(goldenPath(name));
    if (qEnvironmentVariableIntValue("OMNIUM_REGENERATE_GOLDEN") == 1) {
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(actual);
        qWarning("regenerated %s", qPrintable(file.fileName()));
        return;
    }
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    if (file.readAll() != actual) {
        const QString out = QDir::tempPath() + u"/"_s + name + u".actual"_s;
        QFile dump(out);
        if (dump.open(QIODevice::WriteOnly))
            dump.write(actual);
        QFAIL(qPrintable(u"%1 differs from the golden file (actual output in %2)"_s.arg(file.fileName(), out)));
    }
}

} // namespace

// The data exchange files of one event (standings and results as CSV, the event in the
// engine's JSON exchange format), as the Backups page writes them: checked against golden
// files for a played double elimination, and read back as CSV.
// Regenerate: tools/dev exec -- env OMNIUM_REGENERATE_GOLDEN=1 build/dev/bin/tst_tournamentdataexporter
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
