// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigationmodel.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

NavigationModel::NavigationModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_pages {
          {u"StartPage"_s, QT_TRANSLATE_NOOP("Navigation", "Start"), u"qrc:/qt/qml/Omnium/icons/start.svg"_s},
          {u"PlayersPage"_s, QT_TRANSLATE_NOOP("Navigation", "Players"), u"qrc:/qt/qml/Omnium/icons/players.svg"_s},
          {u"TeamsPage"_s, QT_TRANSLATE_NOOP("Navigation", "Teams"), u"qrc:/qt/qml/Omnium/icons/teams.svg"_s},
          {u"EventsPage"_s, QT_TRANSLATE_NOOP("Navigation", "Tournament and events"),
              u"qrc:/qt/qml/Omnium/icons/events.svg"_s},
          {u"RegistrationPage"_s, QT_TRANSLATE_NOOP("Navigation", "Registration"),
              u"qrc:/qt/qml/Omnium/icons/registration.svg"_s},
          {u"CheckInPage"_s, QT_TRANSLATE_NOOP("Navigation", "Check-in"), u"qrc:/qt/qml/Omnium/icons/checkin.svg"_s},
          {u"SeedingPage"_s, QT_TRANSLATE_NOOP("Navigation", "Seeding"), u"qrc:/qt/qml/Omnium/icons/seeding.svg"_s},
          {u"BracketPage"_s, QT_TRANSLATE_NOOP("Navigation", "Brackets"), u"qrc:/qt/qml/Omnium/icons/bracket.svg"_s},
          {u"StationsPage"_s, QT_TRANSLATE_NOOP("Navigation", "Stations"), u"qrc:/qt/qml/Omnium/icons/stations.svg"_s},
          {u"StationBoardPage"_s, QT_TRANSLATE_NOOP("Navigation", "Station board"),
              u"qrc:/qt/qml/Omnium/icons/stationboard.svg"_s},
          {u"TimelinePage"_s, QT_TRANSLATE_NOOP("Navigation", "Timeline"), u"qrc:/qt/qml/Omnium/icons/timeline.svg"_s},
          {u"PlayerLookupPage"_s, QT_TRANSLATE_NOOP("Navigation", "Player lookup"),
              u"qrc:/qt/qml/Omnium/icons/lookup.svg"_s},
          {u"BadgesPage"_s, QT_TRANSLATE_NOOP("Navigation", "Badges"), u"qrc:/qt/qml/Omnium/icons/badges.svg"_s},
          {u"TicketsPage"_s, QT_TRANSLATE_NOOP("Navigation", "Tickets"), u"qrc:/qt/qml/Omnium/icons/tickets.svg"_s},
          {u"GatePage"_s, QT_TRANSLATE_NOOP("Navigation", "Gate"), u"qrc:/qt/qml/Omnium/icons/gate.svg"_s},
          {u"RestorePage"_s, QT_TRANSLATE_NOOP("Navigation", "Backups"), u"qrc:/qt/qml/Omnium/icons/backups.svg"_s},
          {u"SettingsPage"_s, QT_TRANSLATE_NOOP("Navigation", "Settings"), u"qrc:/qt/qml/Omnium/icons/settings.svg"_s},
          {u"AboutPage"_s, QT_TRANSLATE_NOOP("Navigation", "About"), u"qrc:/qt/qml/Omnium/icons/about.svg"_s},
      }
{ }

int NavigationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pages.size());
}

QVariant NavigationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &page = m_pages.at(index.row());
    switch (role) {
    case PageRole:
        return page.name;
    case Qt::DisplayRole:
    case TitleRole:
        return QCoreApplication::translate("Navigation", page.title);
    case IconRole:
        return page.icon;
    default:
        return {};
    }
}

QHash<int, QByteArray> NavigationModel::roleNames() const
{
    return {{PageRole, "page"}, {TitleRole, "title"}, {IconRole, "iconSource"}};
}

void NavigationModel::setCurrentIndex(int index)
{
    if (index < 0 || index >= m_pages.size() || index == m_current)
        return;
    m_current = index;
    Q_EMIT currentIndexChanged();
}

QString NavigationModel::currentPage() const
{
    return m_pages.at(m_current).name;
}

int NavigationModel::indexOf(const QString &page) const
{
    for (int row = 0; row < m_pages.size(); ++row) {
        if (m_pages.at(row).name == page)
            return row;
    }
    return -1;
}

QStringList NavigationModel::pageNames() const
{
    QStringList names;
    for (const auto &page : m_pages)
        names << page.name;
    return names;
}

void NavigationModel::retranslate()
{
    if (!m_pages.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_pages.size()) - 1), {Qt::DisplayRole, TitleRole});
}
