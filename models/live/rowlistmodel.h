// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QList>

#include <algorithm>

// A list model with a `count` QML can bind to (a list's length, "Waiting (3)").
class CountedListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit CountedListModel(QObject *parent = nullptr);
    int count() const { return rowCount(); }

Q_SIGNALS:
    void countChanged();
};

// The rows of a live list, replaced whole after every change of the day. A list with the same
// keys in the same order is updated row by row (dataChanged), so views keep their delegates,
// scroll position and drag in progress; anything else resets the model.
template<typename Row> class RowListModel : public CountedListModel
{
public:
    using CountedListModel::CountedListModel;

    const QList<Row> &rows() const { return m_rows; }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

protected:
    // keyOf(row): what identifies a row (a match or station id).
    template<typename KeyOf> void replaceRows(QList<Row> rows, KeyOf keyOf)
    {
        const bool sameKeys = rows.size() == m_rows.size()
            && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                [&](const Row &a, const Row &b) { return keyOf(a) == keyOf(b); });
        if (!sameKeys) {
            beginResetModel();
            m_rows = std::move(rows);
            endResetModel();
            return;
        }
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows[i] == m_rows[i])
                continue;
            m_rows[i] = std::move(rows[i]);
            Q_EMIT dataChanged(index(int(i)), index(int(i)));
        }
    }

    const Row *rowAt(const QModelIndex &index) const
    {
        return index.isValid() && index.row() < m_rows.size() ? &m_rows[index.row()] : nullptr;
    }

private:
    QList<Row> m_rows;
};
