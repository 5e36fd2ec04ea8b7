// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledgerblock.h"
#include "ticketkeyset.h"

#include <QString>

// Walks a ledger block by block (so a long ledger needs no memory) and stops at the first
// block that breaks the chain, naming it: wrong sequence (deleted or reordered blocks),
// previous hash mismatch, unknown key, bad signature (edited block). Deleting the newest
// blocks leaves a valid shorter chain, so a client records the head it saw (expectHead) and
// the next check fails if that block is gone or different.
class LedgerVerifier
{
public:
    explicit LedgerVerifier(TicketKeySet keys);

    // The chain must reach block `sequence` with this hash (a head recorded earlier).
    void expectHead(qint64 sequence, const QByteArray &hash);
    // False once a bad block has been seen; later blocks are ignored.
    bool add(const LedgerBlock &block);
    // After the last block: false if the chain stopped before the expected head.
    bool finish();

    bool isValid() const { return m_firstBadPosition == 0; }
    qint64 checkedBlocks() const { return m_checked; }
    // 1-based position in the chain of the first bad block (0 while valid).
    qint64 firstBadPosition() const { return m_firstBadPosition; }
    // The sequence number that block carries (may differ from its position).
    qint64 firstBadSequence() const { return m_firstBadSequence; }
    QString reason() const { return m_reason; }
    QByteArray headHash() const { return m_previousHash; }

private:
    TicketKeySet m_keys;
    QByteArray m_previousHash;
    qint64 m_checked = 0;
    qint64 m_firstBadPosition = 0;
    qint64 m_firstBadSequence = 0;
    QString m_reason;
    qint64 m_expectedSequence = 0;
    QByteArray m_expectedHash;
};
