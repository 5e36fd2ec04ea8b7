// SPDX-License-Identifier: GPL-3.0-or-later
#include "printrecord.h"

bool MemoryPrintLog::wasPrinted(const QString &kind, const QString &itemId) const
{
    return std::any_of(m_records.cbegin(), m_records.cend(),
        [&](const PrintRecord &record) { return record.kind == kind && record.itemId == itemId; });
}

void MemoryPrintLog::append(const QList<PrintRecord> &records)
{
    m_records.append(records);
}

QList<PrintRecord> MemoryPrintLog::history(const QString &kind, const QString &itemId) const
{
    QList<PrintRecord> found;
    for (const auto &record : m_records) {
        if (record.kind == kind && record.itemId == itemId)
            found.append(record);
    }
    return found;
}
