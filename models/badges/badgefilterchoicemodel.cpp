// SPDX-License-Identifier: GPL-3.0-or-later
#include "badgefilterchoicemodel.h"

BadgeFilterChoiceModel::BadgeFilterChoiceModel(const QString &everyone, QObject *parent)
    : QAbstractListModel(parent)
    , m_choices {{0, everyone}}
{ }

void BadgeFilterChoiceModel::setChoices(const QList<Choice> &choices)
{
    beginResetModel();
    m_choices.resize(1);
    m_choices.append(choices);
    endResetModel();
}

int BadgeFilterChoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_choices.size());
}

QVariant BadgeFilterChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Choice &choice = m_choices.at(index.row());
    switch (role) {
    case ValueRole:
        return choice.id;
    case Qt::DisplayRole:
    case TextRole:
        return choice.text;
    }
    return {};
}

QHash<int, QByteArray> BadgeFilterChoiceModel::roleNames() const
{
    return {{ValueRole, "value"}, {TextRole, "text"}};
}
