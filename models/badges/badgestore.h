// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "badgefilterchoicemodel.h"
#include "printhistorymodel.h"
#include "printrecord.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QVariantList>
#include <QVariantMap>

class Store;

// One person who may get a badge, as the store has them. Images stay encoded (PNG/JPEG bytes):
// views/print decodes them into the printable Badge (BadgeListModel::setHolders).
struct BadgeHolder {
    QString badgeId; // printed and encoded in the QR code
    QString displayName;
    QString gamerTag; // may be empty
    QString team; // a player's team, a staff member's organisation; may be empty
    QByteArray teamLogo; // may be empty
    QString role; // a badge role key ("player", "coach", "staff", …)
    QByteArray photo; // may be empty
    QString event; // the events the person plays in, joined with " · "
    QString phoneSecret; // a player's phone link secret (docs/player-pages.md); may be empty
    qint64 staffId = 0; // the staff row of a person who is not a player, else 0
    QList<qint64> eventIds;
    QList<qint64> checkedInEventIds;
    QList<qint64> teamIds;
};

// The badges' side of the tournament database: who may get a badge (every player, with their
// teams, events and check-in state, and the staff, press, casters, VIP and guests of the
// `staff` table), each person's badge id, the commands on staff, the lookup the check-in desk
// uses when a badge's QR code is scanned, and the print records (table print_log).
//
// Badge ids are 12 digits (11 random, one Luhn check digit): digits alone survive a USB
// scanner typing on a French AZERTY keyboard (mapped back here), the check digit turns a typo
// into "not a badge number", and 10^11 possibilities make a typed id landing on one of a few
// hundred people a one-in-a-billion event. A staff row gets its id when added; a player's id
// is drawn when the list is loaded and stored with their first print, so it never changes
// after it has been on paper.
class BadgeStore
    : public QObject
    , public PrintLog
{
    Q_OBJECT
    // Every event (with its tournament) for the page's event filter, "Every event" first.
    Q_PROPERTY(BadgeFilterChoiceModel *events READ events CONSTANT)
    // Every team, "Every team" first.
    Q_PROPERTY(BadgeFilterChoiceModel *teams READ teams CONSTANT)
    // The latest print records, newest first.
    Q_PROPERTY(PrintHistoryModel *printHistory READ printHistory CONSTANT)

public:
    explicit BadgeStore(Store &store, QObject *parent = nullptr);

    // Reloads the people (also done on every relevant store change); emits holdersChanged().
    void refresh();
    // Everyone who may get a badge: players by tag, then staff by name.
    const QList<BadgeHolder> &holders() const { return m_holders; }
    // The holder with this badge id, or nullptr.
    const BadgeHolder *holder(const QString &badgeId) const;

    BadgeFilterChoiceModel *events() { return &m_events; }
    BadgeFilterChoiceModel *teams() { return &m_teams; }
    PrintHistoryModel *printHistory() { return &m_history; }

    // values: name, organisation, role (a badge role key other than player/coach), photo.
    // Returns the new id, or 0 when refused (the reason goes to Store::errorOccurred).
    Q_INVOKABLE qint64 addStaff(const QVariantMap &values);
    Q_INVOKABLE bool updateStaff(qint64 id, int version, const QVariantMap &values);
    Q_INVOKABLE bool removeStaff(qint64 id, int version);
    // The staff row {id, version, name, organisation, role} behind a badge, or an empty map.
    Q_INVOKABLE QVariantMap staff(qint64 id);

    // What the check-in desk's field calls with the scanned (or typed) text: {found, kind
    // ("player"/"staff"), id, name, tag, team, role, badgeId, events, printCount} or
    // {found: false, message}.
    Q_INVOKABLE QVariantMap lookup(const QString &scanned);

    // The scanned text as a badge id: spaces dropped, AZERTY digit-row characters turned back
    // into digits; empty if it is not 12 digits with a valid check digit.
    static QString normaliseBadgeId(const QString &scanned);
    static QString newBadgeId();

    // PrintLog
    bool wasPrinted(const QString &kind, const QString &itemId) const override;
    void append(const QList<PrintRecord> &records) override;
    QList<PrintRecord> history(const QString &kind, const QString &itemId) const override;

Q_SIGNALS:
    void listsChanged();
    void holdersChanged();
    // Print records were added (here or by another desk): "printed before" may have changed.
    void printLogChanged();

private:
    struct Person {
        QString table; // "players" or "staff"
        qint64 id = 0;
        qint64 entrantId = 0; // the player's own registration when they have exactly one
        bool stored = false; // the badge id is in the database (else drawn for this session)
    };
    void loadPrintLog();
    QString uniqueBadgeId() const;

    Store &m_store;
    QList<BadgeHolder> m_holders;
    QHash<QString, Person> m_people; // by badge id
    QHash<QString, qsizetype> m_rows; // badge id -> index in m_holders
    QHash<qint64, QString> m_drawnPlayerIds; // player id -> badge id not stored yet
    QSet<QString> m_printed;
    BadgeFilterChoiceModel m_events {tr("Every event")};
    BadgeFilterChoiceModel m_teams {tr("Every team")};
    PrintHistoryModel m_history;
};
