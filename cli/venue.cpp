// SPDX-License-Identifier: GPL-3.0-or-later
// omnium-cli venue move …: a laptop's tournament onto the venue server, or a server's back
// into a file (Database::copyDatabase, as the Venue server form's "Move this tournament").
#include "clicontext.h"
#include "clinouns.h"

#include "store/database.h"
#include "store/databaseurl.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::StringLiterals;

int cli::venueMove(CliContext &context)
{
    const QString target = context.argument(0, u"TARGET"_s);
    Store &store = context.store(); // opened (and brought to the current schema) as every command does
    const bool toServer = DatabaseUrl::isServer(target);
    if (!toServer && QFileInfo::exists(target))
        context.badInput(CliContext::tr("TARGET: %1 exists; a tournament is moved into a new file").arg(target));
    QJsonObject counts;
    for (const auto &table : {u"tournaments"_s, u"players"_s, u"matches"_s, u"command_log"_s}) {
        auto query = store.select(u"SELECT COUNT(*) FROM %1"_s.arg(table));
        counts.insert(
            table == u"command_log"_s ? u"commands"_s : table, query.next() ? query.value(0).toLongLong() : 0);
    }
    QElapsedTimer timer;
    timer.start();
    if (const auto error = Database::copyDatabase(store.openedWith(), target))
        context.refused(error.message);
    const qint64 milliseconds = timer.elapsed();
    const QString shown = toServer ? DatabaseUrl::withoutPassword(target) : target;
    if (context.json()) {
        QJsonObject result = counts;
        result.insert(u"to"_s, shown);
        result.insert(u"milliseconds"_s, milliseconds);
        context.printJson(result);
    } else {
        context.out() << CliContext::tr("moved %1 tournament(s), %2 player(s), %3 match(es) into %4 in %5 ms")
                             .arg(counts.value(u"tournaments"_s).toInteger())
                             .arg(counts.value(u"players"_s).toInteger())
                             .arg(counts.value(u"matches"_s).toInteger())
                             .arg(shown)
                             .arg(milliseconds)
                      << Qt::endl;
    }
    return CliDone;
}
