// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store.h"

#include <QAbstractListModel>
#include <QPointer>

// The common machinery of the list models over store tables: rows loaded by SQL whose
// column aliases are the role names of the subclass's Role enum, kept current from
// Store::changed (only the touched rows are re-read; rows keep their place so a selection
// survives), and a row lookup by id. Subclasses give the SQL and any computed roles.
class StoreListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit StoreListModel(Store *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_rows.size()); }
    Q_INVOKABLE int rowOf(qint64 id) const;
    // Every role of a row by name, for QML forms.
    Q_INVOKABLE QVariantMap get(int row) const;
    qint64 idAt(int row) const;
    Store *store() const { return m_store; }

    // Reads every row again (keeps the rows that did not change); forms call it after a refused
    // save, since another program writing the file sends no change signal.
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void countChanged();

protected:
    using Row = QVariantList; // indexed by role - Qt::UserRole - 1

    // SELECT … FROM … WHERE …: the rows in scope; the base appends "AND <idColumn> IN (…)" for partial reads.
    virtual QString selectSql() const = 0;
    virtual QVariantList selectValues() const { return {}; }
    virtual QString idColumn() const = 0;
    // The table whose rows are this model's rows (partial refresh); other watched tables reload.
    virtual QString primaryTable() const = 0;
    virtual QStringList secondaryTables() const { return {}; }
    // Called before rows are read, then for each row: fills computed roles.
    virtual void prepare() { }
    virtual void complete(Row &row) { Q_UNUSED(row) }
    // Whether the model has a scope to show (e.g. an event chosen).
    virtual bool hasScope() const { return true; }

    int roleIndex(int role) const { return role - Qt::UserRole - 1; }
    static QString inList(qsizetype count);
    // Called by subclasses when their own numbers (counters) may have changed.
    virtual void rowsChangedHook() { }

private:
    void onChanged(const RowChanges &changes);
    QList<Row> fetch(const QList<qint64> *ids);
    void apply(const QList<Row> &rows, const QList<qint64> *onlyIds);

    QPointer<Store> m_store;
    QList<Row> m_rows;
    QHash<qint64, int> m_rowById;
    mutable QHash<int, QByteArray> m_roleNames;
};
