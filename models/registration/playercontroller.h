// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "playerimport.h"

#include <QObject>
#include <QUrl>
#include <QVariantMap>

class Store;
class StoreTransaction;

// The commands on players and teams (each one undoable store command), the duplicate checks
// that warn before saving, and CSV import/export. Pages call it; failures come back as
// Store::errorOccurred with a message the organiser can act on.
class PlayerController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QVariantMap importState READ importState NOTIFY importStateChanged)

public:
    explicit PlayerController(Store &store, QObject *parent = nullptr);

    // Returns the new id, or 0 when refused. values: tag, name, country (two letters), email,
    // phone, notes, rating, photo (a file URL; empty removes it). An update changes only the
    // values given, and is refused (Store::errorOccurred) if the player changed since `version`.
    Q_INVOKABLE qint64 addPlayer(const QVariantMap &values);
    Q_INVOKABLE bool updatePlayer(qint64 id, int version, const QVariantMap &values);
    // The stored photo (players) or logo (teams) as a data: URL for an Image, or "" if none.
    Q_INVOKABLE QString imageUrl(const QString &table, qint64 id);
    // The flag emoji of a two-letter country code ("FR" gives 🇫🇷), or "" if not a code.
    Q_INVOKABLE static QString countryFlag(const QString &country);
    Q_INVOKABLE bool removePlayer(qint64 id, int version);
    // Warnings about other players with the same tag or e-mail (empty: none).
    Q_INVOKABLE QStringList duplicateWarnings(const QString &tag, const QString &email, qint64 exceptId = 0);
    // What deleting would also remove, in words, for the confirmation ("2 registrations, 1 team membership").
    Q_INVOKABLE QString dependentsText(const QString &table, qint64 id);

    // values: name, tag, notes, logo (a file URL; empty removes it).
    Q_INVOKABLE qint64 addTeam(const QVariantMap &values);
    Q_INVOKABLE bool updateTeam(qint64 id, int version, const QVariantMap &values);
    Q_INVOKABLE bool removeTeam(qint64 id, int version);
    // Adds the player to the team or changes their role (captain, player, substitute, coach).
    Q_INVOKABLE bool setMember(qint64 teamId, qint64 playerId, const QString &role);
    Q_INVOKABLE bool removeMember(qint64 memberId, int version);

    // CSV import in two steps: read and show (layout, mapping, preview, problems), then import.
    Q_INVOKABLE bool readImportFile(const QUrl &file);
    void readImport(const QByteArray &bytes);
    Q_INVOKABLE void setImportMapping(const QString &field, int column);
    // Imports every row in one command, or nothing if any row is bad (see importState.problems).
    // A row that matches a player already there (same e-mail, else same tag) is not added
    // again: importState counts newPlayers, unchanged and updates before the organiser
    // chooses; with updateExisting the matched players take the file's non-empty values.
    Q_INVOKABLE bool commitImport(bool updateExisting = true);
    Q_INVOKABLE void cancelImport();
    QVariantMap importState() const { return m_importState; }
    const PlayerImport &pendingImport() const { return m_import; }

    // Every player as CSV (tag, name, country, email, phone, rating, teams, notes).
    QByteArray exportCsv();
    Q_INVOKABLE bool exportCsvFile(const QUrl &file);

Q_SIGNALS:
    void importStateChanged();
    void message(const QString &text);

private:
    void refreshImportState();
    // What each validated row is to the database: the player it matches (0: new), and the
    // values of the file that differ from that player's (empty: unchanged).
    struct ImportMatch {
        qint64 playerId = 0;
        QVariantMap changes;
    };
    QList<ImportMatch> matchExisting(const QList<QVariantMap> &players, StoreTransaction *tx = nullptr);
    // The one path of new (id 0) and edited rows, with one set of rules; returns the id or 0.
    qint64 savePlayer(qint64 id, int version, const QVariantMap &values);
    qint64 saveTeam(qint64 id, int version, const QVariantMap &values);
    // The bytes of an image file chosen by the organiser, null for "no image"; *problem if unusable.
    static QVariant imageBytes(const QVariant &value, QString *problem);

    Store &m_store;
    PlayerImport m_import;
    PlayerImport::Result m_validated; // of m_import with its current mapping
    bool m_hasImport = false;
    QVariantMap m_importState;
};
