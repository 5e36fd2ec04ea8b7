// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QDateTime>

// The latest badge print records, newest first: what the badge page's print log lists.
class PrintHistoryModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        AtRole = Qt::UserRole + 1, ///< when the record was saved (UTC)
        NameRole, ///< the name printed on the badge
        BadgeIdRole, ///< the badge id printed
        ReprintRole, ///< the badge had been printed before
        LayoutRole, ///< the size, paper and design, e.g. "a6 105x148mm on a4, classic"
        DesignRole, ///< the design's key, "classic"
        TargetRole, ///< "pdf:/path/file.pdf" or "printer:Name"
    };
    Q_ENUM(Role)

    struct Entry {
        QDateTime at;
        QString name;
        QString badgeId;
        bool reprint = false;
        QString layout;
        QString design;
        QString target;
    };

    using QAbstractListModel::QAbstractListModel;

    // Replaces the records (newest first).
    void setEntries(const QList<Entry> &entries);
    const QList<Entry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Entry> m_entries;
};
