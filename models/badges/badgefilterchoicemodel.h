// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>

// What the badge page's event or team filter offers: "everyone" first (id 0), then each
// event or team by name.
class BadgeFilterChoiceModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        ValueRole = Qt::UserRole + 1, ///< the event's or team's id; 0 for the "everyone" row
        TextRole, ///< what the list shows, "Omnium Open — Street Fighter 6"
    };
    Q_ENUM(Role)

    struct Choice {
        qint64 id = 0;
        QString text;
    };

    // everyone: the first row's text, "Every event".
    explicit BadgeFilterChoiceModel(const QString &everyone, QObject *parent = nullptr);

    // Replaces the rows after "everyone".
    void setChoices(const QList<Choice> &choices);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Choice> m_choices; // the "everyone" row first
};
