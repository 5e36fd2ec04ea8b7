// SPDX-License-Identifier: GPL-3.0-or-later
// Tickets through the whole print path: signed codes → TicketRenderer → PDF, then read back
// as a gate would: poppler's pdfinfo/pdftotext/pdftoppm, zxing-cpp decoding each QR code
// from the rendered page, and TicketVerifier accepting what it decoded.
#include "core/clock.h"
#include "qrreader.h"
#include "testartefacts.h"
#include "ticketing/ticketcode.h"
#include "ticketing/ticketcrypto.h"
#include "ticketing/ticketverifier.h"
#include "tickets/ticketprintcontroller.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using TicketVerdict::Verdict;

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning() << program << arguments << process.readAllStandardError();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

QImage renderPdfPage(const QString &pdf, int page, int dpi)
{
    QTemporaryDir dir;
    run(u"pdftoppm"_s,
        {u"-r"_s, QString::number(dpi), u"-f"_s, QString::number(page), u"-l"_s, QString::number(page), u"-png"_s,
            u"-singlefile"_s, pdf, dir.filePath(u"page"_s)});
    return QImage(dir.filePath(u"page.png"_s));
}

} // namespace

class TestTicketRenderer : public QObject
{
    Q_OBJECT

private:
    TicketCrypto::KeyPair m_key;
    QList<IssuedTicket> m_tickets;
    QList<TicketType> m_types;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 28), QTime(14, 0), QTimeZone::UTC);

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(TicketCrypto::initialize());
        for (const auto &tool : {u"pdfinfo"_s, u"pdftotext"_s, u"pdftoppm"_s}) {
            if (QStandardPaths::findExecutable(tool).isEmpty())
                QFAIL(qPrintable(tool + u" (poppler-utils) is needed"_s));
        }
        m_key = TicketCrypto::generateKeyPair();
        m_types
            = {TicketType {3, 7, u"Day pass"_s, 1500, u"EUR"_s, 100, 0, 0, 100, m_now.addDays(-1), m_now.addDays(1)},
                TicketType {4, 7, u"VIP lounge"_s, 0, u"EUR"_s, 10, 0, 0, 10, m_now.addDays(-1), m_now.addDays(1)}};
        for (int i = 0; i < 6; ++i) {
            IssuedTicket ticket;
            ticket.id = TicketCrypto::randomTicketId();
            ticket.ticketTypeId = i < 4 ? 3 : 4;
            ticket.eventId = 7;
            ticket.buyerName = i == 5 ? u"Bartholomew Alexander Montgomery-Fitzwilliam the Third of Somewhere"_s
                                      : u"Léa %1"_s.arg(i);
            ticket.issuedAt = m_now.addSecs(i);
            ticket.validFrom = m_now.addDays(-1);
            ticket.validUntil = m_now.addDays(1);
            ticket.state = i == 2 ? IssuedTicket::State::Voided : IssuedTicket::State::Valid;
            ticket.code = TicketCode::issue(
                TicketPayload {1, 1, ticket.id, ticket.ticketTypeId, 7, ticket.validFrom, ticket.validUntil},
                m_key.secretKey);
            QVERIFY(!ticket.code.isEmpty());
            m_tickets.append(ticket);
        }
    }

    void printableSkipsVoidedOldestFirst()
    {
        QList<IssuedTicket> newestFirst(m_tickets.crbegin(), m_tickets.crend());
        const auto printed = TicketPrintController::printable(newestFirst, m_types, u"Velodrome Cup"_s);
        QCOMPARE(printed.size(), 5);
        QCOMPARE(printed.first().ticketId, TicketCrypto::ticketIdToText(m_tickets.first().id));
        QCOMPARE(printed.first().typeName, u"Day pass"_s);
        QVERIFY(printed.first().price.contains(u"15"_s));
        QCOMPARE(printed.last().typeName, u"VIP lounge"_s);
        QCOMPARE(printed.last().price, u"Free"_s);
        QCOMPARE(printed.first().eventTitle, u"Velodrome Cup"_s);
    }

    // A printed id keeps its letters: "ff", "ffi" and "ffl" are not drawn as ligatures, which
    // pdftotext (and the staff typing a code at the gate) read as other characters.
    void printedIdsKeepTheirLetters()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"ids.pdf"_s);
        auto printed = TicketPrintController::printable(m_tickets, m_types, u"Velodrome Cup"_s);
        printed.first().ticketId = u"0e63181ffdcddfb3 ffi ffl"_s;
        QVERIFY(TicketPrintController::writePdf(pdf, {printed.first()}, false, BadgeBranding {}).ok());
        const QString text = run(u"pdftotext"_s, {pdf, u"-"_s});
        QVERIFY2(text.contains(u"0e63181ffdcddfb3 ffi ffl"_s), qPrintable(text));
    }

    void pdfReadsBackAndVerifies_data()
    {
        QTest::addColumn<bool>("sheets");
        QTest::addColumn<int>("pages");
        QTest::addColumn<QString>("pageSize"); // as pdfinfo prints it
        QTest::addColumn<int>("codesOnFirstPage");
        QTest::newRow("four A6 per A4 sheet") << true << 2 << u"595 x 842 pts (A4)"_s << 4;
        QTest::newRow("one per A6 page") << false << 5 << u"297 x 420 pts"_s << 1;
    }

    void pdfReadsBackAndVerifies()
    {
        QFETCH(bool, sheets);
        QFETCH(int, pages);
        QFETCH(QString, pageSize);
        QFETCH(int, codesOnFirstPage);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"tickets.pdf"_s);
        const auto printed = TicketPrintController::printable(m_tickets, m_types, u"Velodrome Cup"_s);
        const auto result = TicketPrintController::writePdf(
            pdf, printed, sheets, BadgeBranding {u"Vélodrome National"_s, {}, Qt::darkRed});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.pages, pages);

        const QString info = run(u"pdfinfo"_s, {pdf});
        QVERIFY2(info.contains(QRegularExpression(u"Pages:\\s+%1\\n"_s.arg(pages))), qPrintable(info));
        QVERIFY2(info.contains(pageSize), qPrintable(info));
        const QString text = run(u"pdftotext"_s, {pdf, u"-"_s});
        for (const QString &expected : {u"Vélodrome National"_s, u"Velodrome Cup"_s, u"Day pass"_s, u"VIP lounge"_s,
                 u"Léa 0"_s, TicketCrypto::ticketIdToText(m_tickets.at(0).id)})
            QVERIFY2(text.contains(expected), qPrintable(expected + u" not in:\n"_s + text));
        QVERIFY(!text.contains(TicketCrypto::ticketIdToText(m_tickets.at(2).id))); // voided: not printed

        // The gate's view: every QR code on the first page decodes to a code that verifies.
        const QImage page = renderPdfPage(pdf, 1, 200);
        QVERIFY(!page.isNull());
        // Kept in the build folder for a human look.
        page.save(
            testArtefacts().filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + u".png"_s));
        const QStringList codes = readQrCodes(page);
        QCOMPARE(codes.size(), codesOnFirstPage);
        TicketKeySet keys;
        keys.insert({1, m_key.publicKey, {}, {}, {}});
        const RevocationList revocations;
        const ManualClock clock(m_now);
        TicketVerifier verifier(keys, revocations, clock);
        verifier.setEventId(7);
        for (const QString &code : codes) {
            const auto verified = verifier.verify(code);
            QCOMPARE(verified.verdict, Verdict::Accepted);
            const quint64 id = verified.code->payload().ticketId;
            QVERIFY(std::any_of(m_tickets.cbegin(), m_tickets.cend(),
                [id](const IssuedTicket &t) { return t.id == id && t.state == IssuedTicket::State::Valid; }));
        }
    }
};

QTEST_MAIN(TestTicketRenderer)
#include "tst_ticketrenderer.moc"
