// SPDX-License-Identifier: GPL-3.0-or-later
// omnium-cli badges pdf: the Badges page's "Export PDF" (BadgeStore, BadgeFilterModel,
// BadgePrintController and its renderer), with the venue's branding and roles from the app's settings.
#include "clicontext.h"
#include "clinouns.h"

#include "badges/badgestore.h"
#include "core/clock.h"
#include "print/badgelistmodel.h"
#include "print/badgeprintcontroller.h"
#include "shell/appsettings.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonObject>
#include <QUrl>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// The venue's branding and roles, from the app's settings (the CLI runs under the app's name).
void applyAppSettings(BadgePrintController &print)
{
    const AppSettings settings;
    print.setBranding(settings.badgeBranding());
    print.setRoles(settings.badgeRoleSet());
}

void chooseLayout(CliContext &context, BadgePrintController &print)
{
    print.setDesign(context.choice(u"design"_s, print.design()));
    print.setSizeKey(context.choice(u"size"_s, print.sizeKey()));
    print.setPaper(context.choice(u"sheet"_s, print.paper()));
    print.setLandscape(context.isSet(u"landscape"_s));
    if (print.pageCount() == 0 && print.selectedCount() > 0)
        context.badInput(
            CliContext::tr("--size %1: the badge does not fit on --sheet %2").arg(print.sizeKey(), print.paper()));
}

void chooseRole(CliContext &context, const BadgePrintController &print, BadgeFilterModel &shown)
{
    if (!context.isSet(u"role"_s))
        return;
    QStringList keys;
    for (const auto &role : print.roles())
        keys << role.toMap().value(u"value"_s).toString();
    if (!keys.contains(context.value(u"role"_s)))
        context.badInput(
            CliContext::tr("--role: \"%1\" is not one of %2").arg(context.value(u"role"_s), keys.join(u", "_s)));
    shown.setRoleKey(context.value(u"role"_s));
}

} // namespace

int cli::badgesPdf(CliContext &context)
{
    const QString path = context.argument(0, u"OUT.pdf"_s);
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir())
        context.fileError(CliContext::tr("%1: no such folder").arg(QFileInfo(path).absolutePath()));
    BadgeListModel badges;
    BadgeStore store(context.store());
    badges.follow(store);
    store.refresh();
    BadgePrintController print(badges, store, Clock::system());
    applyAppSettings(print);
    BadgeFilterModel shown(&badges);
    if (context.isSet(u"event"_s))
        shown.setEventId(context.eventId());
    chooseRole(context, print, shown);
    shown.selectShown(true);
    if (shown.rowCount() == 0)
        context.refused(CliContext::tr("nobody to print: no badge matches the --event and --role given"));
    chooseLayout(context, print);
    const bool terminal = isatty(STDERR_FILENO);
    QObject::connect(&print, &BadgePrintController::progressChanged, [&] {
        if (terminal && print.busy())
            context.err() << "\rbadges: " << int(print.progress() * 100) << " %" << Qt::flush;
    });
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&print, &BadgePrintController::finished, &loop, [&](bool success) {
        ok = success;
        loop.quit();
    });
    if (!print.exportPdf(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath())))
        context.refused(print.status());
    loop.exec();
    if (terminal)
        context.err() << Qt::endl;
    if (!ok)
        context.fileError(print.status());
    if (context.json())
        context.printJson(
            QJsonObject {{u"file"_s, path}, {u"badges"_s, print.selectedCount()}, {u"pages"_s, print.pageCount()}});
    else
        context.out() << print.status() << Qt::endl;
    return CliDone;
}
