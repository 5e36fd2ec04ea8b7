// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QTimer>

#include <functional>

class Clock;

// The one channel by which messages reach the organiser: what was refused, what failed, what
// finished. main() connects each service's error or message signal to post(); one component
// of the main window (NotificationArea) shows them: confirmations as passive notifications,
// warnings and errors as inline messages. Information and warnings go away by
// themselves; errors stay until dismissed. A message may offer one action ("Open settings").
class NotificationModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Level { Info, Warning, Error };
    Q_ENUM(Level)

    enum Role {
        LevelRole = Qt::UserRole + 1, ///< Level: how serious, which colour
        TextRole, ///< the sentence shown, already translated
        ActionTextRole, ///< the action's button text, or "" when the message has none
        IdRole, ///< int: what dismiss() and trigger() take; stays the same while shown
        PostedAtRole, ///< QDateTime: when it was (last) posted
    };
    Q_ENUM(Role)

    using Action = std::function<void()>;

    // Seconds an information or a warning stays shown.
    static constexpr int infoSeconds = 8;
    static constexpr int warningSeconds = 20;
    // Older messages beyond this many are dropped.
    static constexpr int maximumCount = 20;

    explicit NotificationModel(const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Shows a message on top and returns its id. The same level and text already shown moves to
    // the top (a refusal repeated does not fill the list). Empty text is ignored (returns 0).
    Q_INVOKABLE int post(NotificationModel::Level level, const QString &text);
    int post(Level level, const QString &text, const QString &actionText, Action action);
    Q_INVOKABLE void dismiss(int id);
    // Runs the message's action, then dismisses it.
    Q_INVOKABLE void trigger(int id);
    Q_INVOKABLE void clear();
    // Removes what has been shown long enough; a timer calls it while such messages are shown.
    void expire();

Q_SIGNALS:
    void countChanged();
    // A message was (re)posted: the window shows a confirmation as a passive notification.
    void posted(int notificationId, NotificationModel::Level level, const QString &text, const QString &actionText);

private:
    struct Message {
        int id = 0;
        Level level = Info;
        QString text;
        QString actionText;
        Action action;
        QDateTime postedAt;
        QDateTime expiresAt; // invalid: stays until dismissed
    };
    int rowOf(int id) const;
    void removeRow(int row);

    const Clock &m_clock;
    QList<Message> m_messages; // newest first
    int m_nextId = 1;
    QTimer m_expiry;
};
