// SPDX-License-Identifier: GPL-3.0-or-later
// LedgerVerifier: any edited, deleted, inserted or moved block is detected, and the first
// bad block is the one named.
#include "ticketing/ledgerverifier.h"
#include "ticketing/ticketcrypto.h"

#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
struct Chain {
    TicketCrypto::KeyPair key = TicketCrypto::generateKeyPair();
    QList<LedgerBlock> blocks;

    explicit Chain(int count)
    {
        QByteArray previous(TicketCrypto::HashSize, '\0');
        for (int i = 1; i <= count; ++i) {
            LedgerBlock block;
            block.sequence = i;
            block.kind = i % 3 == 0 ? LedgerBlock::Kind::Redeemed : LedgerBlock::Kind::Issued;
            block.ticketId = 1000 + quint64(i);
            block.ticketTypeId = 2;
            block.eventId = 7;
            block.at = QDateTime(QDate(2026, 11, 28), QTime(10, 0), QTimeZone::UTC).addSecs(i);
            block.detail = i % 3 == 0 ? u"North gate"_s : QString();
            block.previousHash = previous;
            block.keyId = 1;
            block.sign(key.secretKey);
            previous = block.hash();
            blocks.append(block);
        }
    }
    TicketKeySet keys() const
    {
        TicketKeySet set;
        set.insert({1, key.publicKey, {}, {}, {}});
        return set;
    }
};
} // namespace

class TestLedgerVerifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void tampering_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<qint64>("firstBad");
        QTest::newRow("intact") << u"none"_s << qint64(0);
        QTest::newRow("detail edited") << u"edit-detail 4"_s << qint64(4);
        QTest::newRow("ticket id edited") << u"edit-ticket 1"_s << qint64(1);
        QTest::newRow("time edited") << u"edit-time 10"_s << qint64(10);
        QTest::newRow("block deleted") << u"delete 3"_s << qint64(3);
        QTest::newRow("blocks swapped") << u"swap 5"_s << qint64(5);
        QTest::newRow("swapped and renumbered") << u"swap-renumber 6"_s << qint64(6);
        QTest::newRow("signature from another key") << u"resign 7"_s << qint64(7);
        // Whoever holds the ledger's key can re-sign an edited block; the next block's link breaks.
        QTest::newRow("edited and re-signed with the ledger's key") << u"resign-own 4"_s << qint64(5);
    }

    void tampering()
    {
        QFETCH(QString, change);
        QFETCH(qint64, firstBad);
        Chain chain(10);
        const QStringList parts = change.split(u' ');
        const int at = parts.value(1).toInt() - 1;
        if (parts[0] == u"edit-detail")
            chain.blocks[at].detail = u"someone else"_s;
        else if (parts[0] == u"edit-ticket")
            chain.blocks[at].ticketId += 1;
        else if (parts[0] == u"edit-time")
            chain.blocks[at].at = chain.blocks[at].at.addSecs(60);
        else if (parts[0] == u"delete")
            chain.blocks.removeAt(at);
        else if (parts[0] == u"swap")
            chain.blocks.swapItemsAt(at, at + 1);
        else if (parts[0] == u"swap-renumber") {
            chain.blocks.swapItemsAt(at, at + 1);
            std::swap(chain.blocks[at].sequence, chain.blocks[at + 1].sequence);
        } else if (parts[0] == u"resign-own") {
            chain.blocks[at].detail = u"forged"_s;
            chain.blocks[at].sign(chain.key.secretKey);
        } else if (parts[0] == u"resign") {
            chain.blocks[at].detail = u"forged"_s;
            chain.blocks[at].sign(TicketCrypto::generateKeyPair().secretKey);
        }
        LedgerVerifier verifier(chain.keys());
        for (const LedgerBlock &block : std::as_const(chain.blocks))
            verifier.add(block);
        QCOMPARE(verifier.firstBadPosition(), firstBad);
        QCOMPARE(verifier.isValid(), firstBad == 0);
        QCOMPARE(verifier.checkedBlocks(), firstBad == 0 ? chain.blocks.size() : firstBad - 1);
        if (firstBad != 0)
            QVERIFY(!verifier.reason().isEmpty());
    }

    void recordedHeadCatchesDeletedNewestBlocks_data()
    {
        QTest::addColumn<int>("kept"); // blocks left of the 10 after the head of 8 was recorded
        QTest::addColumn<bool>("replaceNewest");
        QTest::addColumn<qint64>("firstBad");
        QTest::newRow("grown") << 10 << false << qint64(0);
        QTest::newRow("unchanged") << 8 << false << qint64(0);
        QTest::newRow("newest two deleted") << 6 << false << qint64(7);
        QTest::newRow("all deleted") << 0 << false << qint64(1);
        QTest::newRow("newest deleted and re-made") << 8 << true << qint64(8);
    }

    void recordedHeadCatchesDeletedNewestBlocks()
    {
        QFETCH(int, kept);
        QFETCH(bool, replaceNewest);
        QFETCH(qint64, firstBad);
        Chain chain(10);
        const QByteArray recorded = chain.blocks.at(7).hash();
        chain.blocks.resize(kept);
        if (replaceNewest) {
            // A forger holding the key re-signs block 8 with other content: a valid chain.
            chain.blocks[7].detail = u"rewritten"_s;
            chain.blocks[7].sign(chain.key.secretKey);
        }
        LedgerVerifier verifier(chain.keys());
        verifier.expectHead(8, recorded);
        for (const LedgerBlock &block : std::as_const(chain.blocks))
            verifier.add(block);
        QCOMPARE(verifier.finish(), firstBad == 0);
        QCOMPARE(verifier.firstBadPosition(), firstBad);
        if (firstBad != 0)
            QVERIFY(!verifier.reason().isEmpty());
    }

    void jsonRoundTrip()
    {
        Chain chain(3);
        for (const LedgerBlock &block : std::as_const(chain.blocks)) {
            QString error;
            const auto back = LedgerBlock::fromJson(block.toJson(), &error);
            QVERIFY2(back, qPrintable(error));
            QCOMPARE(back->hash(), block.hash());
        }
    }
};

QTEST_GUILESS_MAIN(TestLedgerVerifier)
#include "tst_ledgerverifier.moc"
