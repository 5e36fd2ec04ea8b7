// SPDX-License-Identifier: GPL-3.0-or-later
#include "printjob.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>

using namespace Qt::StringLiterals;

PrintJob::PrintJob(PrintLayout layout, qsizetype itemCount, ItemPainter painter)
    : m_layout(std::move(layout))
    , m_itemCount(itemCount)
    , m_painter(std::move(painter))
{ }

void PrintJob::paintPage(QPainter &painter, int page) const
{
    const qsizetype first = qsizetype(page) * m_layout.itemsPerPage();
    const qsizetype end = std::min(m_itemCount, first + m_layout.itemsPerPage());
    for (qsizetype index = first; index < end; ++index)
        m_painter(painter, m_layout.itemRect(int(index - first)), index);
    m_layout.paintCropMarks(painter);
}

PrintJob::Result PrintJob::paintPages(QPagedPaintDevice &device, QPainter &painter) const
{
    Result result;
    const int pages = pageCount();
    // Device units to millimetres; the same transform for PDF and printer.
    const double scaleX = device.logicalDpiX() / 25.4;
    const double scaleY = device.logicalDpiY() / 25.4;
    for (int page = 0; page < pages; ++page) {
        if (m_cancel && m_cancel->load()) {
            result.status = Result::Status::Cancelled;
            return result;
        }
        if (page > 0 && !device.newPage()) {
            result.error = QCoreApplication::translate("PrintJob", "could not start page %1").arg(page + 1);
            return result;
        }
        painter.save();
        painter.resetTransform();
        painter.scale(scaleX, scaleY);
        paintPage(painter, page);
        painter.restore();
        result.pages = page + 1;
        if (m_progress)
            m_progress(std::min(m_itemCount, qsizetype(page + 1) * m_layout.itemsPerPage()), m_itemCount);
    }
    result.status = Result::Status::Done;
    return result;
}

PrintJob::Result PrintJob::writePdf(const QString &path, int resolution) const
{
    Result result;
    if (!m_layout.isValid() || m_itemCount <= 0) {
        result.error = QCoreApplication::translate("PrintJob", "nothing to print");
        return result;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = QCoreApplication::translate("PrintJob", "cannot write %1: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(resolution);
        writer.setPageLayout(m_layout.pageLayout());
        writer.setTitle(m_title);
        writer.setCreator(u"Omnium"_s);
        QPainter painter;
        if (!painter.begin(&writer)) {
            result.error = QCoreApplication::translate("PrintJob", "cannot start the PDF %1")
                               .arg(QDir::toNativeSeparators(path));
            file.cancelWriting();
            return result;
        }
        result = paintPages(writer, painter);
        painter.end();
    }
    if (!result.ok()) {
        file.cancelWriting();
        qCInfo(lcPrint) << "PDF not written:" << path << (result.error.isEmpty() ? u"cancelled"_s : result.error);
        return result;
    }
    if (!file.commit()) {
        result.status = Result::Status::Failed;
        result.error = QCoreApplication::translate("PrintJob", "cannot write %1: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    qCInfo(lcPrint) << "wrote" << result.pages << "pages to" << path;
    return result;
}

PrintJob::Result PrintJob::print(QPrinter &printer) const
{
    Result result;
    if (!m_layout.isValid() || m_itemCount <= 0) {
        result.error = QCoreApplication::translate("PrintJob", "nothing to print");
        return result;
    }
    printer.setFullPage(true);
    printer.setPageLayout(m_layout.pageLayout());
    if (!m_title.isEmpty())
        printer.setDocName(m_title);
    QPainter painter;
    if (!painter.begin(&printer)) {
        result.error = QCoreApplication::translate("PrintJob", "the printer %1 cannot start printing")
                           .arg(printer.printerName());
        return result;
    }
    result = paintPages(printer, painter);
    if (result.status == Result::Status::Cancelled)
        printer.abort();
    painter.end();
    return result;
}

QImage PrintJob::renderPage(int page, double dpi) const
{
    if (page < 0 || page >= pageCount())
        return {};
    const double dotsPerMm = dpi / 25.4;
    const QSizeF mm = m_layout.pageMm();
    QImage image(
        QSize(int(std::ceil(mm.width() * dotsPerMm)), int(std::ceil(mm.height() * dotsPerMm))), QImage::Format_RGB32);
    image.setDotsPerMeterX(int(std::lround(dotsPerMm * 1000)));
    image.setDotsPerMeterY(int(std::lround(dotsPerMm * 1000)));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(dotsPerMm, dotsPerMm);
    paintPage(painter, page);
    painter.end();
    return image;
}
