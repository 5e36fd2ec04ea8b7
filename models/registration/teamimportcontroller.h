// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "teamimport.h"

#include <QObject>
#include <QUrl>
#include <QVariantMap>

class Store;
class StoreTransaction;

// The Teams page's CSV import and export, and omnium-cli teams import|export: read and show
// (columns, preview, every bad line), then import all the teams in one undoable command or
// nothing. A team already there (same name, accents and case ignored) is matched, not added:
// with updateExisting it takes the file's non-empty tag and notes, and its roster gains the
// file's players (and their roles); nobody is taken off a roster.
class TeamImportController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QVariantMap importState READ importState NOTIFY importStateChanged)

public:
    explicit TeamImportController(Store &store, QObject *parent = nullptr);

    Q_INVOKABLE bool readImportFile(const QUrl &file);
    void readImport(const QByteArray &bytes);
    Q_INVOKABLE bool commitImport(bool updateExisting = true);
    Q_INVOKABLE void cancelImport();
    // Empty when nothing is read; else layout, encoding, rowCount, teamCount, columns, preview,
    // problems ("Line 3: …"), newTeams, updates, unchanged.
    QVariantMap importState() const { return m_importState; }
    const TeamImport::Result &validated() const { return m_validated; }

    // Every team with its roster, as CSV that imports again.
    QByteArray exportCsv();
    Q_INVOKABLE bool exportCsvFile(const QUrl &file);

Q_SIGNALS:
    void importStateChanged();
    void message(const QString &text);

private:
    void refreshImportState();
    // The team each validated line matches (0: new) and what importing it would change.
    struct Match {
        qint64 teamId = 0;
        QVariantMap changes; // tag, notes
        QList<TeamImport::Member> roster; // members to add or give another role
    };
    QList<Match> matchExisting(StoreTransaction *tx = nullptr);

    Store &m_store;
    TeamImport m_import;
    TeamImport::Result m_validated;
    bool m_hasImport = false;
    QVariantMap m_importState;
};
