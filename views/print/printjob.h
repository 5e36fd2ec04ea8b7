// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printlayout.h"

#include <QImage>
#include <QString>

#include <atomic>
#include <functional>

class QPagedPaintDevice;
class QPainter;
class QPrinter;

// Prints a run of items (badges, tickets) on the pages of a PrintLayout, to a PDF file, a
// printer or preview images, calling back to paint each item. Long runs report progress
// and can be cancelled; a PDF is written to a temporary file and renamed only when
// complete, so a cancelled or failed run never leaves a broken file behind.
class PrintJob
{
public:
    // Paints item index into itemMm (painter's unit: 1 mm). May run on a worker thread.
    using ItemPainter = std::function<void(QPainter &painter, const QRectF &itemMm, qsizetype index)>;
    // Called after each page with the items done so far.
    using Progress = std::function<void(qsizetype done, qsizetype total)>;

    struct Result {
        enum class Status { Done, Cancelled, Failed };
        Status status = Status::Failed;
        QString error; // when Failed: what and where
        int pages = 0;
        bool ok() const { return status == Status::Done; }
    };

    PrintJob(PrintLayout layout, qsizetype itemCount, ItemPainter painter);

    const PrintLayout &layout() const { return m_layout; }
    qsizetype itemCount() const { return m_itemCount; }
    int pageCount() const { return m_layout.pageCount(m_itemCount); }

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // When *cancel becomes true (from any thread) the run stops after the current page.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    void setTitle(const QString &title) { m_title = title; }

    // Writes the PDF at path atomically (temporary file, renamed when complete).
    Result writePdf(const QString &path, int resolution = 600) const;
    // Prints on a configured printer (after the system print dialog), full page, no margins.
    Result print(QPrinter &printer) const;
    // One page as an image at dpi, exactly as it prints; a null image if page is out of range.
    QImage renderPage(int page, double dpi) const;
    // Paints one page's items and crop marks (painter's unit: 1 mm from the page's corner);
    // for on-screen previews.
    void paintPage(QPainter &painter, int page) const;

private:
    Result paintPages(QPagedPaintDevice &device, QPainter &painter) const;

    PrintLayout m_layout;
    qsizetype m_itemCount = 0;
    ItemPainter m_painter;
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    QString m_title;
};
