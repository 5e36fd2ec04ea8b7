// SPDX-License-Identifier: GPL-3.0-or-later
#include "notificationmodel.h"

#include "core/clock.h"

#include <algorithm>

NotificationModel::NotificationModel(const Clock &clock, QObject *parent)
    : QAbstractListModel(parent)
    , m_clock(clock)
{
    m_expiry.setInterval(1000);
    connect(&m_expiry, &QTimer::timeout, this, &NotificationModel::expire);
}

int NotificationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

QVariant NotificationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Message &message = m_messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return message.text;
    case LevelRole:
        return int(message.level);
    case ActionTextRole:
        return message.actionText;
    case IdRole:
        return message.id;
    case PostedAtRole:
        return message.postedAt;
    }
    return {};
}

QHash<int, QByteArray> NotificationModel::roleNames() const
{
    return {{LevelRole, "level"}, {TextRole, "text"}, {ActionTextRole, "actionText"}, {IdRole, "notificationId"},
        {PostedAtRole, "postedAt"}};
}

int NotificationModel::post(Level level, const QString &text)
{
    return post(level, text, {}, {});
}

int NotificationModel::post(Level level, const QString &text, const QString &actionText, Action action)
{
    if (text.isEmpty())
        return 0;
    const auto same = std::ranges::find_if(
        m_messages, [&](const Message &shown) { return shown.level == level && shown.text == text; });
    if (same != m_messages.end())
        removeRow(int(same - m_messages.begin()));

    Message message;
    message.id = m_nextId++;
    message.level = level;
    message.text = text;
    message.actionText = action ? actionText : QString();
    message.action = std::move(action);
    message.postedAt = m_clock.now();
    if (level != Error)
        message.expiresAt = message.postedAt.addSecs(level == Info ? infoSeconds : warningSeconds);
    beginInsertRows({}, 0, 0);
    m_messages.prepend(std::move(message));
    endInsertRows();
    while (m_messages.size() > maximumCount)
        removeRow(int(m_messages.size()) - 1);
    Q_EMIT countChanged();
    if (level != Error && !m_expiry.isActive())
        m_expiry.start();
    const Message &shown = m_messages.constFirst();
    Q_EMIT posted(shown.id, shown.level, shown.text, shown.actionText);
    return shown.id;
}

void NotificationModel::dismiss(int id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    removeRow(row);
    Q_EMIT countChanged();
}

void NotificationModel::trigger(int id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    const Action action = m_messages.at(row).action; // a copy: the action may post or dismiss
    dismiss(id);
    if (action)
        action();
}

void NotificationModel::clear()
{
    if (m_messages.isEmpty())
        return;
    beginResetModel();
    m_messages.clear();
    endResetModel();
    Q_EMIT countChanged();
}

void NotificationModel::expire()
{
    const QDateTime now = m_clock.now();
    bool removed = false;
    bool waiting = false;
    for (int row = int(m_messages.size()) - 1; row >= 0; --row) {
        const QDateTime &expiresAt = m_messages.at(row).expiresAt;
        if (expiresAt.isValid() && expiresAt <= now) {
            removeRow(row);
            removed = true;
        } else if (expiresAt.isValid()) {
            waiting = true;
        }
    }
    if (!waiting)
        m_expiry.stop();
    if (removed)
        Q_EMIT countChanged();
}

int NotificationModel::rowOf(int id) const
{
    for (int row = 0; row < m_messages.size(); ++row) {
        if (m_messages.at(row).id == id)
            return row;
    }
    return -1;
}

void NotificationModel::removeRow(int row)
{
    beginRemoveRows({}, row, row);
    m_messages.removeAt(row);
    endRemoveRows();
}
