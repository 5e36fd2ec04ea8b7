// SPDX-License-Identifier: GPL-3.0-or-later
#include "badgeprintcontroller.h"

#include "badgelistmodel.h"
#include "badges/printrecord.h"
#include "core/clock.h"
#include "core/logging.h"
#include "live/playerphones.h"
#include "systemprintdialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QPrinter>
#include <QStandardPaths>
#include <QThread>

using namespace Qt::StringLiterals;

BadgePrintController::BadgePrintController(BadgeListModel &badges, PrintLog &log, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_badges(badges)
    , m_log(log)
    , m_clock(clock)
{
    connect(&m_badges, &BadgeListModel::selectedCountChanged, this, &BadgePrintController::layoutChanged);
    m_badges.setPrintLog(&m_log);
}

BadgePrintController::~BadgePrintController()
{
    m_cancel = true;
    if (m_thread)
        m_thread->wait();
}

void BadgePrintController::setRoles(const BadgeRoleSet &roles)
{
    m_roles = roles;
    m_badges.setRoles(roles);
    Q_EMIT layoutChanged();
}

void BadgePrintController::setBranding(const BadgeBranding &branding)
{
    m_branding = branding;
    Q_EMIT layoutChanged();
}

void BadgePrintController::setDesign(const QString &design)
{
    if (design == m_design)
        return;
    m_design = BadgeDesign::find(design).key;
    Q_EMIT layoutChanged();
}

void BadgePrintController::setSizeKey(const QString &sizeKey)
{
    if (sizeKey == m_sizeKey || (sizeKey != u"custom"_s && PrintSize::find(sizeKey).key.isEmpty()))
        return;
    m_sizeKey = sizeKey;
    Q_EMIT layoutChanged();
}

void BadgePrintController::setCustomWidth(double mm)
{
    if (mm < 20 || mm > 300 || qFuzzyCompare(mm, m_customMm.width()))
        return;
    m_customMm.setWidth(mm);
    Q_EMIT layoutChanged();
}

void BadgePrintController::setCustomHeight(double mm)
{
    if (mm < 20 || mm > 300 || qFuzzyCompare(mm, m_customMm.height()))
        return;
    m_customMm.setHeight(mm);
    Q_EMIT layoutChanged();
}

void BadgePrintController::setLandscape(bool landscape)
{
    if (landscape == m_landscape)
        return;
    m_landscape = landscape;
    Q_EMIT layoutChanged();
}

void BadgePrintController::setPaper(const QString &paper)
{
    if (paper == m_paper || !QStringList {u"a4"_s, u"letter"_s, u"single"_s}.contains(paper))
        return;
    m_paper = paper;
    Q_EMIT layoutChanged();
}

QVariantList BadgePrintController::designs() const
{
    QVariantList list;
    for (const auto &design : BadgeDesign::builtIn())
        list.append(QVariantMap {{u"value"_s, design.key}, {u"text"_s, design.label}});
    return list;
}

QVariantList BadgePrintController::sizes() const
{
    QVariantList list;
    for (const auto &size : PrintSize::badgeSizes())
        list.append(QVariantMap {{u"value"_s, size.key}, {u"text"_s, size.label}});
    list.append(QVariantMap {{u"value"_s, u"custom"_s}, {u"text"_s, tr("Custom size")}});
    return list;
}

QVariantList BadgePrintController::papers() const
{
    return {
        QVariantMap {{u"value"_s, u"a4"_s}, {u"text"_s, tr("A4 sheets")}},
        QVariantMap {{u"value"_s, u"letter"_s}, {u"text"_s, tr("Letter sheets")}},
        QVariantMap {{u"value"_s, u"single"_s}, {u"text"_s, tr("One per page (card printer)")}},
    };
}

QVariantList BadgePrintController::roles() const
{
    QVariantList list;
    for (const auto &role : m_roles.roles())
        list.append(QVariantMap {{u"value"_s, role.key}, {u"text"_s, role.label}, {u"colour"_s, role.colour}});
    return list;
}

int BadgePrintController::selectedCount() const
{
    return m_badges.selectedCount();
}

PrintLayout BadgePrintController::layout() const
{
    const QSizeF size = m_sizeKey == u"custom"_s ? m_customMm : PrintSize::find(m_sizeKey).mm;
    const QSizeF item = PrintSize::oriented(size, m_landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    const auto paper = m_paper == u"a4"_s ? PrintLayout::Paper::A4
        : m_paper == u"letter"_s          ? PrintLayout::Paper::Letter
                                          : PrintLayout::Paper::SinglePerPage;
    return PrintLayout::forPaper(paper, item);
}

int BadgePrintController::pageCount() const
{
    return layout().pageCount(m_badges.selectedCount());
}

double BadgePrintController::pageAspect() const
{
    const QSizeF page = layout().pageMm();
    return page.isEmpty() ? 1.0 : page.width() / page.height();
}

BadgeRenderer BadgePrintController::renderer() const
{
    return BadgeRenderer(BadgeDesign::find(m_design), m_roles, m_branding);
}

namespace {
PrintJob badgeJob(const PrintLayout &layout, const BadgeRenderer &renderer, const QList<Badge> &badges)
{
    // The job may outlive the caller's variables (worker thread): it keeps its own copies.
    auto data = std::make_shared<std::pair<BadgeRenderer, QList<Badge>>>(renderer, badges);
    return PrintJob(layout, badges.size(), [data](QPainter &painter, const QRectF &rect, qsizetype index) {
        data->first.paint(painter, rect, data->second.at(index));
    });
}
} // namespace

QList<Badge> BadgePrintController::withPhoneLinks(QList<Badge> badges, const QUrl &base)
{
    if (base.isEmpty())
        return badges;
    for (auto &badge : badges) {
        if (badge.phoneSecret.isEmpty())
            continue;
        auto url = base;
        url.setPath(u"/p/"_s + badge.phoneSecret);
        badge.phoneLink = url.toString();
        badge.phoneCode = PlayerPhones::findCode(badge.phoneSecret);
    }
    return badges;
}

PrintJob BadgePrintController::previewJob() const
{
    return badgeJob(layout(), renderer(), withPhoneLinks(m_badges.selectedBadges(), m_phoneLinkBase));
}

QString BadgePrintController::layoutKey() const
{
    const QSizeF item = layout().itemMm();
    return u"%1 %2x%3mm on %4, %5"_s.arg(m_sizeKey)
        .arg(item.width(), 0, 'g', 4)
        .arg(item.height(), 0, 'g', 4)
        .arg(m_paper, m_design);
}

void BadgePrintController::setStatus(const QString &status)
{
    m_status = status;
    Q_EMIT statusChanged();
}

bool BadgePrintController::start(const QList<Badge> &badges, const QString &target, Runner runner)
{
    if (busy())
        return false;
    if (badges.isEmpty() || !layout().isValid()) {
        setStatus(badges.isEmpty() ? tr("Tick the people whose badges to print first.")
                                   : tr("This badge size does not fit on the chosen paper."));
        return false;
    }
    QStringList ids;
    for (const auto &badge : badges)
        ids.append(badge.badgeId);
    auto job = std::make_shared<PrintJob>(badgeJob(layout(), renderer(), withPhoneLinks(badges, m_phoneLinkBase)));
    job->setTitle(tr("Badges"));
    job->setCancelFlag(&m_cancel);
    job->setProgress([this](qsizetype done, qsizetype total) {
        QMetaObject::invokeMethod(
            this,
            [this, done, total] {
                m_progress = double(done) / double(total);
                Q_EMIT progressChanged();
            },
            Qt::QueuedConnection);
    });
    m_cancel = false;
    m_progress = 0;
    Q_EMIT progressChanged();
    setStatus(tr("Preparing %n badge(s)…", nullptr, int(badges.size())));

    m_thread = QThread::create([this, job, runner = std::move(runner), ids, target] {
        const PrintJob::Result result = runner(*job);
        QMetaObject::invokeMethod(
            this, [this, result, ids, target] { finish(result, ids, target, int(ids.size())); }, Qt::QueuedConnection);
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start();
    Q_EMIT busyChanged();
    return true;
}

void BadgePrintController::finish(
    const PrintJob::Result &result, const QStringList &ids, const QString &target, int count)
{
    if (m_thread)
        m_thread->wait();
    m_thread = nullptr;
    QString message;
    switch (result.status) {
    case PrintJob::Result::Status::Done: {
        auto records = makePrintRecords(m_log, u"badge"_s, ids, m_clock.now(), target, layoutKey());
        for (auto &record : records)
            record.design = m_design;
        m_log.append(records);
        m_badges.printLogChanged();
        message = target.startsWith(u"pdf:"_s)
            ? tr("%n badge(s) saved to %1.", nullptr, count).arg(QDir::toNativeSeparators(target.mid(4)))
            : tr("%n badge(s) sent to the printer.", nullptr, count);
        break;
    }
    case PrintJob::Result::Status::Cancelled:
        message = tr("Cancelled: nothing was saved or printed.");
        break;
    case PrintJob::Result::Status::Failed:
        message = tr("Printing failed: %1").arg(result.error);
        qCWarning(lcPrint) << "badge run failed:" << result.error;
        break;
    }
    m_progress = result.ok() ? 1.0 : 0.0;
    Q_EMIT progressChanged();
    setStatus(message);
    Q_EMIT busyChanged();
    Q_EMIT finished(result.ok(), message);
}

bool BadgePrintController::exportPdf(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (path.isEmpty())
        return false;
    return start(
        m_badges.selectedBadges(), u"pdf:"_s + path, [path](const PrintJob &job) { return job.writePdf(path); });
}

void BadgePrintController::printAfterDialog(const QList<Badge> &badges)
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageLayout(layout().pageLayout());
    printer->setFullPage(true);
    SystemPrintDialog::open(printer, tr("Print badges"), this, [this, printer, badges] {
        start(badges, u"printer:"_s + printer->printerName(),
            [printer](const PrintJob &job) { return job.print(*printer); });
    });
}

bool BadgePrintController::print()
{
    if (busy())
        return false;
    const QList<Badge> badges = m_badges.selectedBadges();
    if (badges.isEmpty() || !layout().isValid())
        return start(badges, {}, {}); // explains why nothing happens
    printAfterDialog(badges);
    return true;
}

bool BadgePrintController::reprint(const QString &badgeId)
{
    if (busy())
        return false;
    const Badge badge = m_badges.badge(badgeId);
    if (badge.badgeId.isEmpty())
        return false;
    printAfterDialog({badge});
    return true;
}

void BadgePrintController::cancel()
{
    m_cancel = true;
}

QUrl BadgePrintController::suggestedPdfUrl() const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QUrl::fromLocalFile(folder + u"/badges-"_s + m_clock.now().toString(u"yyyyMMdd-HHmm"_s) + u".pdf"_s);
}
