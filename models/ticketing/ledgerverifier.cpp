// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledgerverifier.h"

#include "ticketcrypto.h"

using namespace Qt::StringLiterals;

LedgerVerifier::LedgerVerifier(TicketKeySet keys)
    : m_keys(std::move(keys))
    , m_previousHash(TicketCrypto::HashSize, '\0')
{ }

void LedgerVerifier::expectHead(qint64 sequence, const QByteArray &hash)
{
    m_expectedSequence = sequence;
    m_expectedHash = hash;
}

bool LedgerVerifier::finish()
{
    if (isValid() && m_checked < m_expectedSequence) {
        m_firstBadPosition = m_checked + 1;
        m_firstBadSequence = m_checked + 1;
        m_reason
            = u"the ledger ends at block %1 but block %2 was seen before (blocks were deleted)"_s.arg(m_checked).arg(
                m_expectedSequence);
    }
    return isValid();
}

bool LedgerVerifier::add(const LedgerBlock &block)
{
    if (!isValid())
        return false;
    const qint64 position = m_checked + 1;
    QString reason;
    const QByteArray publicKey = m_keys.publicKey(block.keyId);
    if (block.sequence != position)
        reason = u"sequence %1 where %2 was expected (a block was deleted, inserted or moved)"_s.arg(block.sequence)
                     .arg(position);
    else if (block.previousHash != m_previousHash)
        reason
            = u"previous hash does not match block %1 (a block before it was changed or removed)"_s.arg(position - 1);
    else if (publicKey.isEmpty())
        reason = u"signed with unknown key %1"_s.arg(block.keyId);
    else if (!TicketCrypto::verify(block.canonicalBytes(), block.signature, publicKey))
        reason = u"signature does not match its content (the block was edited)"_s;
    else if (position == m_expectedSequence && block.hash() != m_expectedHash)
        reason = u"differs from the block %1 seen before (the newest blocks were replaced)"_s.arg(position);
    if (!reason.isEmpty()) {
        m_firstBadPosition = position;
        m_firstBadSequence = block.sequence;
        m_reason = reason;
        return false;
    }
    m_previousHash = block.hash();
    m_checked = position;
    return true;
}
