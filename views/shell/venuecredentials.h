// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class DatabaseUrl;

// Where a desk keeps the password of its venue server, so it is typed once and never put on a
// command line or in the settings: the system keychain (Secret Service, KWallet) through
// QtKeychain when one is running, else a file only this user can read (mode 0600) in the
// application's configuration folder, as libpq's own ~/.pgpass is.
class VenueCredentials
{
public:
    enum class Where { Keychain, File };
    // Where passwords go on this machine now: the keychain when its service answers.
    static Where available();
    explicit VenueCredentials(Where where = available());

    Where where() const { return m_where; }
    // The file used without a keychain (and looked at after it, for a password kept there before).
    static QString filePath();
    // One password per server, database and user: "user@host:port/database".
    static QString keyFor(const DatabaseUrl &url);

    // The stored password, or "" when there is none (*error says why it could not be read).
    QString read(const QString &key, QString *error = nullptr) const;
    // Keeps the password (replacing the one stored); false with *error when it could not.
    bool write(const QString &key, const QString &password, QString *error);

    // A server URL as given to --database: with the stored password when the URL carries none
    // (what the desk then opens), unchanged otherwise. Never shown: DatabaseUrl::display() is.
    QString withStoredPassword(const QString &url) const;

private:
    Where m_where;
};
