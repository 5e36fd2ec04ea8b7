// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsidentity.h"

#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

std::optional<TlsIdentity> TlsIdentity::loadOrCreate(const QString &base, QString *error)
{
    const QString certificateFile = base + u".cert.pem"_s;
    const QString keyFile = base + u".key.pem"_s;
    if (!QFile::exists(certificateFile) || !QFile::exists(keyFile)) {
        QProcess openssl;
        openssl.start(u"openssl"_s,
            {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s, u"-nodes"_s,
                u"-days"_s, u"3650"_s, u"-subj"_s, u"/CN=omnium-ticketd"_s, u"-keyout"_s, keyFile, u"-out"_s,
                certificateFile});
        if (!openssl.waitForStarted(10000)) {
            *error = u"cannot make a TLS certificate: the openssl program is missing (install openssl)"_s;
            return std::nullopt;
        }
        openssl.waitForFinished(60000);
        if (openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
            *error = u"cannot make a TLS certificate with openssl: %1"_s.arg(
                QString::fromLocal8Bit(openssl.readAllStandardError()).trimmed());
            return std::nullopt;
        }
        QFile::setPermissions(keyFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    QFile certificate(certificateFile);
    QFile key(keyFile);
    if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
        *error = u"cannot read the TLS certificate %1 or its key %2"_s.arg(certificateFile, keyFile);
        return std::nullopt;
    }
    if (key.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) {
        *error = u"%1 is readable by other users: chmod 600 it"_s.arg(keyFile);
        return std::nullopt;
    }
    TlsIdentity identity {QSslCertificate(certificate.readAll(), QSsl::Pem), QSslKey(key.readAll(), QSsl::Ec)};
    if (identity.certificate.isNull() || identity.key.isNull()) {
        *error = u"%1 or %2 is not a PEM certificate and P-256 key"_s.arg(certificateFile, keyFile);
        return std::nullopt;
    }
    return identity;
}
