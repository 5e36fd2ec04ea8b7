// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

// What went wrong with a store operation, in words an organiser can act on. Every failed
// write reports one of these; the database is left as it was before the operation.
struct StoreError {
    Q_GADGET
    Q_PROPERTY(Kind kind MEMBER kind)
    Q_PROPERTY(QString message MEMBER message)

public:
    enum class Kind {
        None,
        ReadOnly, // the file or folder cannot be written
        DiskFull, // no space left
        Locked, // another program holds the database
        Corrupt, // the file is damaged or not a database
        TooNew, // written by a newer version of Omnium
        Stale, // the row changed since it was read
        NotFound, // the row no longer exists
        Invalid, // the input breaks a rule (empty tag, duplicate, bad CSV line…)
        Conflict, // undo/redo impossible because later changes depend on it
        Disconnected, // the venue server cannot be reached (refused, cut, restarting)
        Other,
    };
    Q_ENUM(Kind)

    Kind kind = Kind::None;
    QString message;

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }
    static StoreError make(Kind kind, QString message) { return {kind, std::move(message)}; }
};
