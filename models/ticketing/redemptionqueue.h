// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ticketingtypes.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// A gate's memory, in its own SQLite file so it survives a crash or a reboot: every scan it
// accepted (with the nonce it will upload), whether the backend has it yet, the entries the
// backend reported from other gates, and the last keys/revocations/sync cursor, so the gate
// keeps refusing double entries and revoked tickets while the network is down.
class RedemptionQueue
{
public:
    struct Entry {
        quint64 ticketId = 0;
        QString gate;
        QString nonce;
        QDateTime scannedAt;
        bool uploaded = false;
        QString code; // the scanned text, uploaded as is so the backend checks it too
        // Set when the backend refused the upload of a scan the gate had already let in: a
        // final state (never retried) that the gate staff must see. JSON from GateController.
        QString rejection;
    };

    RedemptionQueue();
    ~RedemptionQueue();
    RedemptionQueue(const RedemptionQueue &) = delete;
    RedemptionQueue &operator=(const RedemptionQueue &) = delete;

    bool open(const QString &fileName);
    QString errorString() const { return m_error; }

    // The first known entry of the ticket (this gate's or, from sync, any gate's).
    std::optional<Entry> redemptionOf(quint64 ticketId) const;
    // Records an accepted scan before the gate says ACCEPTED; false if it could not be saved
    // or the ticket already has an entry.
    bool recordScan(const Entry &entry);
    // The backend has the scan: accepted, or refused (then the scan is withdrawn here and the
    // backend's first entry is kept instead).
    bool markUploaded(const QString &nonce, const Redemption &serverAnswer);
    // Withdraws a scan the backend refused for another reason (voided…).
    bool withdraw(const QString &nonce);
    // Ends the upload of a scan the backend refused for good, keeping why.
    bool reject(const QString &nonce, const QString &rejection);
    QList<Entry> rejected() const;
    // An entry learnt from the backend (another gate); kept if earlier than the one known.
    bool addKnown(const Redemption &redemption);
    QList<Entry> pending() const;
    int acceptedHere() const;

    QString value(const QString &key) const;
    bool setValue(const QString &key, const QString &value);

private:
    bool exec(const QString &sql, const QVariantList &values = {}) const;

    QString m_connection;
    QString m_error;
};
