// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QThread;
class QUrl;

// The "Venue server" form's logic: the server's address as the organiser types it (host, port,
// database, user, password, this desk's name, TLS), "Test connection" saying exactly what
// failed, and what "Connect" needs: the URL without its password (AppInfo::openDatabase starts
// Omnium again on it, as Open… and --database do) with the password kept by VenueCredentials.
// The last address typed is remembered (without the password) for the next time.
class VenueServerController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString host MEMBER m_host NOTIFY formChanged)
    Q_PROPERTY(int port MEMBER m_port NOTIFY formChanged)
    Q_PROPERTY(QString databaseName MEMBER m_databaseName NOTIFY formChanged)
    Q_PROPERTY(QString user MEMBER m_user NOTIFY formChanged)
    Q_PROPERTY(QString password MEMBER m_password NOTIFY formChanged)
    Q_PROPERTY(QString deskName MEMBER m_deskName NOTIFY formChanged)
    // Encrypt the connection (sslmode=require); always on for a host that is not this machine.
    Q_PROPERTY(bool tls MEMBER m_tls NOTIFY formChanged)
    Q_PROPERTY(bool tlsRequired READ tlsRequired NOTIFY formChanged)
    // The address --database gets: postgresql://user@host:port/database?sslmode=…, no password.
    Q_PROPERTY(QString url READ url NOTIFY formChanged)
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString message READ message NOTIFY statusChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY statusChanged)
    // Where the password is kept: "the system keychain" or the file's path.
    Q_PROPERTY(QString passwordStorage READ passwordStorage CONSTANT)

public:
    // What the last test found: each failure the organiser must act on differently.
    enum class Status {
        Untested,
        Ready, // an Omnium database at this version, or an empty one Omnium will set up
        Older, // an older Omnium's database: opening it updates it
        Invalid, // the form's address is not one (no host, no database, TLS off for a remote host)
        Refused, // nothing listens there (PostgreSQL not running, wrong port)
        Unreachable, // no answer on the network
        Authentication, // user name or password refused
        Tls, // the encrypted connection failed
        NoDatabase, // no database of that name
        Foreign, // another program's tables
        TooNew, // a newer Omnium's database
        Failed, // anything else (the server's words are in the message)
        Moved, // the tournament was copied into the server, or from it into a file
    };
    Q_ENUM(Status)

    explicit VenueServerController(QObject *parent = nullptr);
    ~VenueServerController() override;

    bool tlsRequired() const;
    QString url() const;
    Status status() const { return m_status; }
    QString message() const { return m_message; }
    bool busy() const { return m_busy; }
    QString passwordStorage() const;

    // Tries the server in the background (a remote host may take seconds); status and message
    // say what was found.
    Q_INVOKABLE void testConnection();
    // Keeps the password and remembers the address, before Omnium is started on url(); false
    // with the reason in message when the form is not an address or the password cannot be kept.
    Q_INVOKABLE bool prepareConnect();
    // Moves the tournament database `file` (the laptop's SQLite file) into the form's server
    // database, in one transaction with its ids and undo history: refused when that database
    // already holds a tournament. In the background; status Moved once done.
    Q_INVOKABLE void moveTournament(const QString &file);
    // The form's server database copied into a new local file (a snapshot, as a backup is).
    Q_INVOKABLE void copyToFile(const QUrl &file);

Q_SIGNALS:
    void formChanged();
    void statusChanged();

private:
    QString urlWithPassword() const;
    void setStatus(Status status, const QString &message);
    // Database::copyDatabase(from, to) on a thread of its own; `done` says it succeeded.
    void copy(const QString &from, const QString &to, const QString &done);

    QString m_host;
    int m_port = 5432;
    QString m_databaseName;
    QString m_user;
    QString m_password;
    QString m_deskName;
    bool m_tls = true;
    Status m_status = Status::Untested;
    QString m_message;
    bool m_busy = false;
    QPointer<QThread> m_test;
};
