// SPDX-License-Identifier: GPL-3.0-or-later
#include "sortfiltermodel.h"

#include "searchkey.h"

using namespace Qt::StringLiterals;

SortFilterModel::SortFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    const auto recount = [this] { Q_EMIT countChanged(); };
    connect(this, &QAbstractItemModel::rowsInserted, this, recount);
    connect(this, &QAbstractItemModel::rowsRemoved, this, recount);
    connect(this, &QAbstractItemModel::modelReset, this, recount);
    connect(this, &QAbstractItemModel::layoutChanged, this, recount);
    connect(this, &QSortFilterProxyModel::sourceModelChanged, this, [this] {
        m_searchRole = roleFor(u"searchKey"_s);
        m_filterRole = roleFor(m_filterRoleName);
        applySort();
        invalidateFilter();
    });
}

void SortFilterModel::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    // Connected before the proxy's own handlers, so keys are dropped before it re-sorts.
    if (model) {
        const auto drop = [this] { m_sortKeysValid = false; };
        connect(model, &QAbstractItemModel::dataChanged, this, drop);
        connect(model, &QAbstractItemModel::dataChanged, this, &SortFilterModel::scheduleSortCheck);
        connect(model, &QAbstractItemModel::rowsInserted, this, drop);
        connect(model, &QAbstractItemModel::rowsRemoved, this, drop);
        connect(model, &QAbstractItemModel::rowsMoved, this, drop);
        connect(model, &QAbstractItemModel::modelReset, this, drop);
        connect(model, &QAbstractItemModel::layoutChanged, this, drop);
    }
    m_sortKeysValid = false;
    QSortFilterProxyModel::setSourceModel(model);
}

void SortFilterModel::scheduleSortCheck()
{
    // A command that changes many rows (a reseed) arrives as one dataChanged per row; the proxy
    // moves each row against neighbours that have not been moved yet, so the order can end up
    // wrong. Once the batch is over, check the order and sort again if needed.
    if (m_sortCheckPending || m_sortRoleName.isEmpty())
        return;
    m_sortCheckPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_sortCheckPending = false;
            for (int row = 1; row < rowCount(); ++row) {
                const bool outOfOrder = m_descending
                    ? lessThan(mapToSource(index(row - 1, 0)), mapToSource(index(row, 0)))
                    : lessThan(mapToSource(index(row, 0)), mapToSource(index(row - 1, 0)));
                if (outOfOrder) {
                    m_sortKeysValid = false;
                    invalidate();
                    return;
                }
            }
        },
        Qt::QueuedConnection);
}

const QVariant &SortFilterModel::sortKey(int sourceRow) const
{
    if (!m_sortKeysValid || sourceRow >= m_sortKeys.size()) {
        const int rows = sourceModel()->rowCount();
        m_sortKeys.resize(rows);
        for (int r = 0; r < rows; ++r) {
            QVariant value = sourceModel()->index(r, 0).data(sortRole());
            if (value.typeId() == QMetaType::QString)
                value = value.toString().toCaseFolded();
            m_sortKeys[r] = value;
        }
        m_sortKeysValid = true;
    }
    return m_sortKeys.at(sourceRow);
}

int SortFilterModel::roleFor(const QString &name) const
{
    if (!sourceModel() || name.isEmpty())
        return -1;
    return sourceModel()->roleNames().key(name.toLatin1(), -1);
}

void SortFilterModel::setSearch(const QString &search)
{
    if (search == m_search)
        return;
    m_search = search;
    m_words = searchKey(search).split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
    Q_EMIT searchChanged();
    Q_EMIT countChanged();
}

void SortFilterModel::setSortRoleName(const QString &name)
{
    if (name == m_sortRoleName)
        return;
    m_sortRoleName = name;
    applySort();
    Q_EMIT sortChanged();
}

void SortFilterModel::setDescending(bool descending)
{
    if (descending == m_descending)
        return;
    m_descending = descending;
    applySort();
    Q_EMIT sortChanged();
}

void SortFilterModel::applySort()
{
    const int role = roleFor(m_sortRoleName);
    if (role < 0) {
        sort(-1);
        return;
    }
    setSortRole(role);
    m_sortKeysValid = false;
    sort(0, m_descending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

void SortFilterModel::setFilterRoleName(const QString &name)
{
    if (name == m_filterRoleName)
        return;
    m_filterRoleName = name;
    m_filterRole = roleFor(name);
    invalidateRowsFilter();
    Q_EMIT filterChanged();
    Q_EMIT countChanged();
}

void SortFilterModel::setFilterValue(const QVariant &value)
{
    if (value == m_filterValue)
        return;
    m_filterValue = value;
    invalidateRowsFilter();
    Q_EMIT filterChanged();
    Q_EMIT countChanged();
}

bool SortFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_filterRole >= 0 && m_filterValue.isValid() && index.data(m_filterRole) != m_filterValue)
        return false;
    if (m_words.isEmpty() || m_searchRole < 0)
        return true;
    const QString key = index.data(m_searchRole).toString();
    for (const auto &word : m_words) {
        if (!key.contains(word))
            return false;
    }
    return true;
}

bool SortFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto &a = sortKey(left.row());
    const auto &b = sortKey(right.row());
    // Empty values (no seed, no rating) go last in ascending order.
    if (a.isNull() != b.isNull())
        return b.isNull();
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return a.toString() < b.toString();
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

int SortFilterModel::sourceRow(int proxyRow) const
{
    return mapToSource(index(proxyRow, 0)).row();
}

QVariantMap SortFilterModel::get(int proxyRow) const
{
    QVariantMap values;
    const auto proxyIndex = index(proxyRow, 0);
    if (!proxyIndex.isValid())
        return values;
    const auto names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        values.insert(QString::fromLatin1(it.value()), proxyIndex.data(it.key()));
    return values;
}

QVariantList SortFilterModel::values(const QString &roleName) const
{
    QVariantList result;
    const int role = roleFor(roleName);
    if (role < 0)
        return result;
    result.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row)
        result << index(row, 0).data(role);
    return result;
}
