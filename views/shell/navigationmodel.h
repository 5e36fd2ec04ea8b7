// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>

// The areas of the product shown in the main window's navigation, in order. Pages are QML
// types of the Omnium module; the window shows the current one. --self-test and
// --screenshot --page drive the same model, so they see exactly what a user sees.
class NavigationModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int currentIndex READ currentIndex WRITE setCurrentIndex NOTIFY currentIndexChanged)
    Q_PROPERTY(QString currentPage READ currentPage NOTIFY currentIndexChanged)

public:
    enum Role {
        PageRole = Qt::UserRole + 1, ///< QML type name of the page in the Omnium module
        TitleRole, ///< translated title shown in the navigation
        IconRole, ///< icon URL
    };
    Q_ENUM(Role)

    struct Page {
        QString name;
        const char *title; ///< untranslated, in the "Navigation" context
        QString icon;
    };

    explicit NavigationModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);
    QString currentPage() const;

    // Row of the page with this QML type name, or -1.
    Q_INVOKABLE int indexOf(const QString &page) const;
    // Every page's QML type name, in navigation order.
    QStringList pageNames() const;

public Q_SLOTS:
    // Titles are translated on read: after a language change, tell the views to read again.
    void retranslate();

Q_SIGNALS:
    void currentIndexChanged();

private:
    QList<Page> m_pages;
    int m_current = 0;
};
