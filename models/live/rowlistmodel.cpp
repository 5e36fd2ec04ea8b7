// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowlistmodel.h"

CountedListModel::CountedListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    connect(this, &QAbstractItemModel::modelReset, this, &CountedListModel::countChanged);
    connect(this, &QAbstractItemModel::rowsInserted, this, &CountedListModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &CountedListModel::countChanged);
}
