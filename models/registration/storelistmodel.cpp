// SPDX-License-Identifier: GPL-3.0-or-later
#include "storelistmodel.h"

#include <QMetaEnum>
#include <QSet>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

StoreListModel::StoreListModel(Store *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    if (m_store)
        connect(m_store, &Store::changed, this, &StoreListModel::onChanged);
    if (m_store)
        connect(m_store, &Store::opened, this, &StoreListModel::reload);
}

int StoreListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant StoreListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole)
        role = Qt::UserRole + 2; // the first role after the id names the row
    const int column = roleIndex(role);
    if (column < 0 || column >= row.size())
        return {};
    return row.at(column);
}

QHash<int, QByteArray> StoreListModel::roleNames() const
{
    if (m_roleNames.isEmpty()) {
        const auto *meta = metaObject();
        const int enumIndex = meta->indexOfEnumerator("Role");
        Q_ASSERT_X(enumIndex >= 0, "StoreListModel", "subclasses declare enum Role with Q_ENUM");
        const auto roles = meta->enumerator(enumIndex);
        for (int i = 0; i < roles.keyCount(); ++i) {
            QByteArray name = roles.key(i);
            if (name.endsWith("Role"))
                name.chop(4);
            name[0] = QChar::toLower(name.at(0));
            m_roleNames.insert(roles.value(i), name);
        }
    }
    return m_roleNames;
}

int StoreListModel::rowOf(qint64 id) const
{
    return m_rowById.value(id, -1);
}

qint64 StoreListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).at(0).toLongLong() : 0;
}

QVariantMap StoreListModel::get(int row) const
{
    QVariantMap values;
    if (row < 0 || row >= m_rows.size())
        return values;
    const auto names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        values.insert(QString::fromLatin1(it.value()), m_rows.at(row).value(roleIndex(it.key())));
    return values;
}

QString StoreListModel::inList(qsizetype count)
{
    return u"("_s + QStringList(count, u"?"_s).join(u", "_s) + u")"_s;
}

QList<StoreListModel::Row> StoreListModel::fetch(const QList<qint64> *ids)
{
    QList<Row> rows;
    if (!m_store || !m_store->isOpen() || !hasScope())
        return rows;
    prepare();
    QString sql = selectSql();
    QVariantList values = selectValues();
    if (ids) {
        sql += u" AND "_s + idColumn() + u" IN "_s + inList(ids->size());
        for (const qint64 id : *ids)
            values << id;
    }
    auto query = m_store->select(sql, values);
    const auto names = roleNames();
    const int roleCount = int(names.size());
    QList<int> columnOfRole;
    bool mapped = false;
    while (query.next()) {
        if (!mapped) {
            const auto record = query.record();
            columnOfRole.fill(-1, roleCount);
            for (auto it = names.cbegin(); it != names.cend(); ++it) {
                // PostgreSQL folds unquoted aliases to lower case.
                for (int c = 0; c < record.count(); ++c) {
                    if (record.fieldName(c).compare(QString::fromLatin1(it.value()), Qt::CaseInsensitive) == 0)
                        columnOfRole[roleIndex(it.key())] = c;
                }
            }
            mapped = true;
        }
        Row row(roleCount);
        for (int i = 0; i < roleCount; ++i) {
            if (columnOfRole.at(i) >= 0)
                row[i] = query.value(columnOfRole.at(i));
        }
        complete(row);
        rows << row;
    }
    return rows;
}

void StoreListModel::apply(const QList<Row> &rows, const QList<qint64> *onlyIds)
{
    const int before = int(m_rows.size());
    QHash<qint64, const Row *> incoming;
    for (const auto &row : rows)
        incoming.insert(row.at(0).toLongLong(), &row);
    // Removed: rows in the refreshed set that did not come back.
    for (int r = int(m_rows.size()) - 1; r >= 0; --r) {
        const qint64 id = m_rows.at(r).at(0).toLongLong();
        if (incoming.contains(id) || (onlyIds && !onlyIds->contains(id)))
            continue;
        beginRemoveRows({}, r, r);
        m_rows.removeAt(r);
        endRemoveRows();
    }
    m_rowById.clear();
    for (int r = 0; r < m_rows.size(); ++r)
        m_rowById.insert(m_rows.at(r).at(0).toLongLong(), r);
    // Changed in place; new ones appended.
    QList<const Row *> added;
    for (const auto &row : rows) {
        const qint64 id = row.at(0).toLongLong();
        const int r = m_rowById.value(id, -1);
        if (r < 0) {
            added << &row;
        } else if (m_rows.at(r) != row) {
            m_rows[r] = row;
            Q_EMIT dataChanged(index(r), index(r));
        }
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const auto *row : std::as_const(added)) {
            m_rowById.insert(row->at(0).toLongLong(), int(m_rows.size()));
            m_rows << *row;
        }
        endInsertRows();
    }
    rowsChangedHook();
    if (before != m_rows.size())
        Q_EMIT countChanged();
}

void StoreListModel::reload()
{
    const auto rows = fetch(nullptr);
    // Many rows gone or first load: a reset is far cheaper than thousands of single-row signals.
    QSet<qint64> incoming;
    for (const auto &row : rows)
        incoming.insert(row.at(0).toLongLong());
    int removed = 0;
    for (const auto &row : std::as_const(m_rows))
        removed += incoming.contains(row.at(0).toLongLong()) ? 0 : 1;
    if (m_rows.isEmpty() || removed > 100) {
        const int before = int(m_rows.size());
        beginResetModel();
        m_rows = rows;
        m_rowById.clear();
        for (int r = 0; r < m_rows.size(); ++r)
            m_rowById.insert(m_rows.at(r).at(0).toLongLong(), r);
        endResetModel();
        rowsChangedHook();
        if (before != m_rows.size())
            Q_EMIT countChanged();
        return;
    }
    apply(rows, nullptr);
}

void StoreListModel::onChanged(const RowChanges &changes)
{
    const QString primary = primaryTable();
    const QStringList secondary = secondaryTables();
    QList<qint64> ids;
    for (const auto &change : changes) {
        if (secondary.contains(change.table)) {
            reload();
            return;
        }
        if (change.table == primary && !ids.contains(change.id))
            ids << change.id;
    }
    if (ids.isEmpty())
        return;
    // Large batches (an import) read everything once rather than a huge IN list.
    if (ids.size() > 500) {
        reload();
        return;
    }
    const auto rows = fetch(&ids);
    apply(rows, &ids);
}
