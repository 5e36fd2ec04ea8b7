// SPDX-License-Identifier: GPL-3.0-or-later
#include "printrecord.h"

#include <QSet>

QList<PrintRecord> makePrintRecords(const PrintLog &log, const QString &kind, const QStringList &itemIds,
    const QDateTime &at, const QString &target, const QString &layout)
{
    QList<PrintRecord> records;
    records.reserve(itemIds.size());
    QSet<QString> seen;
    for (const auto &id : itemIds) {
        const bool reprint = seen.contains(id) || log.wasPrinted(kind, id);
        seen.insert(id);
        records.append({kind, id, at.toUTC(), target, layout, reprint, {}});
    }
    return records;
}

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
