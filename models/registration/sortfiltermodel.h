// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

// The one proxy every list uses: search-as-you-type over a model's "searchKey" role (all typed
// words must appear, accents and case ignored), an optional exact filter on one role, and
// sorting by a role name. Roles are named as in QML, so pages configure it declaratively.
class SortFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)
    Q_PROPERTY(QString sortRoleName READ sortRoleName WRITE setSortRoleName NOTIFY sortChanged)
    Q_PROPERTY(bool descending READ descending WRITE setDescending NOTIFY sortChanged)
    Q_PROPERTY(QString filterRoleName READ filterRoleName WRITE setFilterRoleName NOTIFY filterChanged)
    Q_PROPERTY(QVariant filterValue READ filterValue WRITE setFilterValue NOTIFY filterChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit SortFilterModel(QObject *parent = nullptr);

    QString search() const { return m_search; }
    void setSearch(const QString &search);
    QString sortRoleName() const { return m_sortRoleName; }
    void setSortRoleName(const QString &name);
    bool descending() const { return m_descending; }
    void setDescending(bool descending);
    QString filterRoleName() const { return m_filterRoleName; }
    void setFilterRoleName(const QString &name);
    QVariant filterValue() const { return m_filterValue; }
    void setFilterValue(const QVariant &value);
    int count() const { return rowCount(); }
    void setSourceModel(QAbstractItemModel *model) override;

    // The source row of a proxy row (for commands that take an id).
    Q_INVOKABLE int sourceRow(int proxyRow) const;
    Q_INVOKABLE QVariantMap get(int proxyRow) const;
    // One role of every row shown, in order (e.g. the ids for "register everyone shown").
    Q_INVOKABLE QVariantList values(const QString &roleName) const;

Q_SIGNALS:
    void searchChanged();
    void sortChanged();
    void filterChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    int roleFor(const QString &name) const;
    void applySort();
    void scheduleSortCheck();
    bool m_sortCheckPending = false;

    QString m_search;
    QStringList m_words;
    QString m_sortRoleName;
    bool m_descending = false;
    QString m_filterRoleName;
    QVariant m_filterValue;
    // Sort keys per source row (case-folded text), so sorting 10,000 rows compares plain strings.
    const QVariant &sortKey(int sourceRow) const;
    mutable QList<QVariant> m_sortKeys;
    mutable bool m_sortKeysValid = false;
    int m_searchRole = -1;
    int m_filterRole = -1;
};
