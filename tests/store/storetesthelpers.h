// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/schema.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlRecord>

// The content of every domain table, without the bookkeeping that undo legitimately moves
// (version, updated_at), so "after undo" can be compared with "before the command".
inline QJsonObject storeSnapshot(Store &store)
{
    using namespace Qt::StringLiterals;
    QJsonObject snapshot;
    for (const auto &table : Schema::domainTables()) {
        QJsonArray rows;
        auto query = store.select(u"SELECT * FROM %1 ORDER BY id"_s.arg(table));
        while (query.next()) {
            QVariantMap row;
            const auto record = query.record();
            for (int i = 0; i < record.count(); ++i) {
                if (record.fieldName(i) != u"version"_s && record.fieldName(i) != u"updated_at"_s)
                    row.insert(record.fieldName(i), query.value(i));
            }
            rows.append(Store::imageToJson(row));
        }
        snapshot.insert(table, rows);
    }
    return snapshot;
}
