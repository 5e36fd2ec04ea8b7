// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test and benchmark helpers: start the real omnium-ticketd on 127.0.0.1 with a free port,
// wait for futures while the event loop runs, talk to the API directly.

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFuture>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <optional>

// Runs the event loop until the future is ready (or the timeout passes).
template<typename T> std::optional<T> awaitFuture(QFuture<T> future, int timeoutMs = 30000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!future.isFinished() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (!future.isFinished() || future.resultCount() == 0)
        return std::nullopt;
    return future.result();
}

class TicketdProcess
{
public:
    static constexpr const char *Token = "test-token-0123456789abcdef";

    explicit TicketdProcess(const QString &folder)
        : m_folder(folder)
    {
        QFile token(tokenFile());
        if (token.open(QIODevice::WriteOnly)) {
            token.write(QByteArray(Token) + "\ngate " + GateToken + "\nbox-office " + BoxOfficeToken + '\n');
            token.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
    }
    ~TicketdProcess() { stop(); }

    // Scoped tokens the tests use besides the admin Token.
    static constexpr const char *GateToken = "gate-token-0123456789abcdef";
    static constexpr const char *BoxOfficeToken = "box-office-token-0123456789";

    // Arguments added to the next start() (limits, timeouts).
    void setExtraArguments(const QStringList &arguments) { m_extraArguments = arguments; }
    QByteArray errorOutput() const { return m_errorOutput; }

    QString databaseFile() const { return QDir(m_folder).filePath(QStringLiteral("ticketd.sqlite")); }
    QString tokenFile() const { return QDir(m_folder).filePath(QStringLiteral("token")); }
    static QString program() { return QStringLiteral(OMNIUM_TICKETD); }

    // Starts the server on `port` (0: a free one) and waits for its "listening" line.
    bool start(quint16 port = 0)
    {
        m_process.setProgram(program());
        m_process.setArguments(
            {QStringLiteral("--listen"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(port),
                QStringLiteral("--database"), databaseFile(), QStringLiteral("--token-file"), tokenFile()});
        m_process.setArguments(m_process.arguments() + m_extraArguments);
        m_errorOutput.clear();
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        QDeadlineTimer deadline(15000);
        QByteArray output;
        static const QRegularExpression listening(QStringLiteral(
            "listening on (https?)://[^ ]*:(\\d+) \\(database [^,)]*(?:, certificate SHA-256 ([0-9a-f]{64}))?\\)"));
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(100);
            output += m_process.readAllStandardOutput();
            const auto match = listening.match(QString::fromUtf8(output));
            if (match.hasMatch()) {
                m_scheme = match.captured(1);
                m_port = quint16(match.captured(2).toUInt());
                m_fingerprint = QByteArray::fromHex(match.captured(3).toLatin1());
                return true;
            }
        }
        m_errorOutput = m_process.readAllStandardError();
        qWarning("omnium-ticketd did not start: %s %s", output.constData(), m_errorOutput.constData());
        return false;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    quint16 port() const { return m_port; }
    QUrl url() const { return QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(m_scheme).arg(m_port)); }
    // The SHA-256 of the server's TLS certificate (empty without TLS).
    QByteArray fingerprint() const { return m_fingerprint; }

    // One API call, synchronously (the event loop runs meanwhile). Returns status and JSON.
    std::pair<int, QJsonObject> call(const QByteArray &verb, const QString &path, const QJsonObject &body = {},
        const QByteArray &authorization = QByteArray("Bearer ") + Token)
    {
        QNetworkRequest request(QUrl(url().toString() + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        QNetworkReply *reply = m_network.sendCustomRequest(
            request, verb, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
        // The server's own self-signed certificate, pinned as a paired client does.
        QObject::connect(reply, &QNetworkReply::sslErrors, reply, [this, reply](const QList<QSslError> &errors) {
            if (reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256) == m_fingerprint)
                reply->ignoreSslErrors(errors);
        });
        QDeadlineTimer deadline(30000);
        while (!reply->isFinished() && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return {status, json};
    }

    // A ticket type valid around now for event 7 unless told otherwise; returns its id.
    int createTicketType(const QString &name, int capacity, quint32 eventId = 7, qint64 fromOffsetSecs = -3600,
        qint64 untilOffsetSecs = 86400)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto [status, json] = call("POST", QStringLiteral("/v1/ticket-types"),
            QJsonObject {
                {QStringLiteral("event_id"), qint64(eventId)},
                {QStringLiteral("name"), name},
                {QStringLiteral("price_cents"), 1500},
                {QStringLiteral("currency"), QStringLiteral("EUR")},
                {QStringLiteral("capacity"), capacity},
                {QStringLiteral("valid_from"), now.addSecs(fromOffsetSecs).toString(Qt::ISODate)},
                {QStringLiteral("valid_until"), now.addSecs(untilOffsetSecs).toString(Qt::ISODate)},
            });
        return status == 201 ? json.value(QStringLiteral("id")).toInt() : -1;
    }

private:
    QStringList m_extraArguments;
    QByteArray m_errorOutput;
    QString m_folder;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_scheme = QStringLiteral("http");
    QByteArray m_fingerprint;
    QNetworkAccessManager m_network;
};
