// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// One item printed once: which, when, where to, and whether it was a reprint. For badges
// now and tickets later; the store persists these (table print_record) through PrintLog.
struct PrintRecord {
    QString kind; // "badge" or "ticket"
    QString itemId; // the badge id / ticket id that was printed
    QDateTime printedAt; // from the Clock, UTC
    QString target; // "pdf:/path/file.pdf" or "printer:Name"
    QString layout; // e.g. "a6 portrait on A4 (4 per page)"
    bool reprint = false; // the item had been printed before
    QString design; // the badge design's key, e.g. "classic"
};

// Where print records go. The badge page writes to BadgeStore (table print_log);
// MemoryPrintLog keeps them in memory for tests.
class PrintLog
{
public:
    virtual ~PrintLog() = default;
    // Whether this item has been printed (to paper or PDF) before: the next print is a reprint.
    virtual bool wasPrinted(const QString &kind, const QString &itemId) const = 0;
    // Appends records of one run, all at once.
    virtual void append(const QList<PrintRecord> &records) = 0;
    // The records of one item, oldest first.
    virtual QList<PrintRecord> history(const QString &kind, const QString &itemId) const = 0;
};

// The records of one run of ids printed at `at`: an id printed before (in log, or earlier in
// the same run) is marked as a reprint.
QList<PrintRecord> makePrintRecords(const PrintLog &log, const QString &kind, const QStringList &itemIds,
    const QDateTime &at, const QString &target, const QString &layout);

// PrintLog in memory, for tests.
class MemoryPrintLog final : public PrintLog
{
public:
    bool wasPrinted(const QString &kind, const QString &itemId) const override;
    void append(const QList<PrintRecord> &records) override;
    QList<PrintRecord> history(const QString &kind, const QString &itemId) const override;
    QList<PrintRecord> records() const { return m_records; }

private:
    QList<PrintRecord> m_records;
};
