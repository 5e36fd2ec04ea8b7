// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <optional>

// omnium-ticketd's TLS certificate and key: made at first start (a self-signed P-256
// certificate, by the openssl program) next to the database, then reused, so the fingerprint
// the gates pinned at pairing stays the same. Qt can load keys but not make them.
struct TlsIdentity {
    QSslCertificate certificate;
    QSslKey key;

    QByteArray fingerprint() const { return certificate.digest(QCryptographicHash::Sha256); }
    // <base>.cert.pem and <base>.key.pem (0600), made if missing.
    static std::optional<TlsIdentity> loadOrCreate(const QString &base, QString *error);
};
