// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QVariantMap>

// A list model's rows as maps keyed by its role names: what QML delegates read through their
// required properties, so a test comparing these fails when a role is renamed or broken.
inline QList<QVariantMap> modelRows(const QAbstractItemModel &model)
{
    QList<QVariantMap> rows;
    const auto roles = model.roleNames();
    for (int row = 0; row < model.rowCount(); ++row) {
        QVariantMap values;
        for (auto it = roles.cbegin(); it != roles.cend(); ++it) {
            if (it.key() >= Qt::UserRole)
                values.insert(QString::fromUtf8(it.value()), model.data(model.index(row, 0), it.key()));
        }
        rows.append(values);
    }
    return rows;
}

// The same for a model held in a QVariant: a QML property or a role that holds a child model.
inline QList<QVariantMap> modelRows(const QVariant &model)
{
    const auto *itemModel = qobject_cast<const QAbstractItemModel *>(model.value<QObject *>());
    return itemModel ? modelRows(*itemModel) : QList<QVariantMap>();
}
