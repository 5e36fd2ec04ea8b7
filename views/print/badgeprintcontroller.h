// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "badgerenderer.h"
#include "printjob.h"
#include "printlayout.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QUrl>
#include <QVariantList>

#include <atomic>
#include <memory>

class BadgeListModel;
class Clock;
class PrintLog;

// What the badge page drives: the chosen design, size, orientation and paper; export to
// PDF and printing through the system print dialog of the ticked badges, on a worker thread
// with progress and cancel; reprinting one badge; and the print records of each run.
class BadgePrintController : public QObject
{
    Q_OBJECT
    // A BadgeDesign key: "classic", "bold", "minimal".
    Q_PROPERTY(QString design READ design WRITE setDesign NOTIFY layoutChanged)
    // A PrintSize key ("a6", "a7", "cr80", "cr100", "4x3in", "90x54") or "custom".
    Q_PROPERTY(QString sizeKey READ sizeKey WRITE setSizeKey NOTIFY layoutChanged)
    Q_PROPERTY(double customWidth READ customWidth WRITE setCustomWidth NOTIFY layoutChanged)
    Q_PROPERTY(double customHeight READ customHeight WRITE setCustomHeight NOTIFY layoutChanged)
    Q_PROPERTY(bool landscape READ landscape WRITE setLandscape NOTIFY layoutChanged)
    // "a4", "letter" (sheets with crop marks) or "single" (one badge per page: card and label printers).
    Q_PROPERTY(QString paper READ paper WRITE setPaper NOTIFY layoutChanged)
    // [{value, text}] for the page's combo boxes.
    Q_PROPERTY(QVariantList designs READ designs NOTIFY layoutChanged)
    Q_PROPERTY(QVariantList sizes READ sizes NOTIFY layoutChanged)
    Q_PROPERTY(QVariantList papers READ papers NOTIFY layoutChanged)
    // [{value, text, colour}] of the roles, for the page's role filter.
    Q_PROPERTY(QVariantList roles READ roles NOTIFY layoutChanged)
    // How many badges are ticked for printing.
    Q_PROPERTY(int selectedCount READ selectedCount NOTIFY layoutChanged)
    // Of the ticked badges with the current layout; 0 if the badge does not fit the paper.
    Q_PROPERTY(int pageCount READ pageCount NOTIFY layoutChanged)
    Q_PROPERTY(int itemsPerPage READ itemsPerPage NOTIFY layoutChanged)
    // 1, or less when badges shrink to keep off the sheet's unprintable edge.
    Q_PROPERTY(double scale READ scale NOTIFY layoutChanged)
    // Width / height of a page, for the preview's aspect ratio.
    Q_PROPERTY(double pageAspect READ pageAspect NOTIFY layoutChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // 0 to 1 while busy.
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    // What the last run did, for the user.
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)

public:
    BadgePrintController(BadgeListModel &badges, PrintLog &log, const Clock &clock, QObject *parent = nullptr);
    ~BadgePrintController() override;

    void setRoles(const BadgeRoleSet &roles);
    void setBranding(const BadgeBranding &branding);
    // Where the player pages are served (PlayerPageServer::pageBaseUrl), empty when they are
    // off: players with a phone link then get its QR code on their badge.
    void setPhoneLinkBase(const QUrl &base) { m_phoneLinkBase = base; }
    // badges with phoneLink and phoneCode filled from their secrets (none when base is empty).
    static QList<Badge> withPhoneLinks(QList<Badge> badges, const QUrl &base);

    QString design() const { return m_design; }
    void setDesign(const QString &design);
    QString sizeKey() const { return m_sizeKey; }
    void setSizeKey(const QString &sizeKey);
    double customWidth() const { return m_customMm.width(); }
    void setCustomWidth(double mm);
    double customHeight() const { return m_customMm.height(); }
    void setCustomHeight(double mm);
    bool landscape() const { return m_landscape; }
    void setLandscape(bool landscape);
    QString paper() const { return m_paper; }
    void setPaper(const QString &paper);
    QVariantList designs() const;
    QVariantList sizes() const;
    QVariantList papers() const;
    QVariantList roles() const;
    int selectedCount() const;
    int pageCount() const;
    int itemsPerPage() const { return layout().itemsPerPage(); }
    double scale() const { return layout().scale(); }
    double pageAspect() const;
    bool busy() const { return m_thread != nullptr; }
    double progress() const { return m_progress; }
    QString status() const { return m_status; }

    PrintLayout layout() const;
    BadgeRenderer renderer() const;
    // The ticked badges with the current settings, as they will print (for the preview).
    PrintJob previewJob() const;

    // Writes the ticked badges to file in the background; false if busy or nothing to print.
    Q_INVOKABLE bool exportPdf(const QUrl &file);
    // Opens the system print dialog; once the user accepts it, prints the ticked badges in the
    // background. False (with the reason in status) when busy or there is nothing to print.
    Q_INVOKABLE bool print();
    // The same for one badge (a lost one): recorded as a reprint.
    Q_INVOKABLE bool reprint(const QString &badgeId);
    Q_INVOKABLE void cancel();
    // Documents/badges-<date>-<time>.pdf
    Q_INVOKABLE QUrl suggestedPdfUrl() const;

Q_SIGNALS:
    void layoutChanged();
    void busyChanged();
    void progressChanged();
    void statusChanged();
    void finished(bool ok, const QString &message);

private:
    using Runner = std::function<PrintJob::Result(const PrintJob &)>;
    bool start(const QList<Badge> &badges, const QString &target, Runner runner);
    void finish(const PrintJob::Result &result, const QStringList &ids, const QString &target, int count);
    // Opens the system print dialog; prints the badges once it is accepted.
    void printAfterDialog(const QList<Badge> &badges);
    QString layoutKey() const;
    void setStatus(const QString &status);

    BadgeListModel &m_badges;
    PrintLog &m_log;
    const Clock &m_clock;
    BadgeRoleSet m_roles = BadgeRoleSet::defaults();
    BadgeBranding m_branding;
    QUrl m_phoneLinkBase;
    QString m_design = QStringLiteral("classic");
    QString m_sizeKey = QStringLiteral("a6");
    QSizeF m_customMm {100, 70};
    bool m_landscape = false;
    QString m_paper = QStringLiteral("a4");

    QPointer<QThread> m_thread;
    std::atomic_bool m_cancel = false;
    double m_progress = 0;
    QString m_status;
};
