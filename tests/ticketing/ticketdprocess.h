// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test and benchmark helpers: start the real omnium-ticketd on 127.0.0.1 with a free port,
// wait for futures while the event loop runs, talk to the API directly.

#include <QCoreApplication>
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
            token.write(QByteArray(Token) + '\n');
            token.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
    }
    ~TicketdProcess() { stop(); }

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
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        QDeadlineTimer deadline(15000);
        QByteArray output;
        static const QRegularExpression listening(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(100);
            output += m_process.readAllStandardOutput();
            const auto match = listening.match(QString::fromUtf8(output));
            if (match.hasMatch()) {
                m_port = quint16(match.captured(1).toUInt());
                return true;
            }
        }
        qWarning(
            "omnium-ticketd did not start: %s %s", output.constData(), m_process.readAllStandardError().constData());
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
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

    // One API call, synchronously (the event loop runs meanwhile). Returns status and JSON.
    std::pair<int, QJsonObject> call(
        const QByteArray &verb, const QString &path, const QJsonObject &body = {}, bool withToken = true)
    {
        QNetworkRequest request(QUrl(url().toString() + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (withToken)
            request.setRawHeader("Authorization", QByteArray("Bearer ") + Token);
        QNetworkReply *reply = m_network.sendCustomRequest(
            request, verb, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
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
    QString m_folder;
    QProcess m_process;
    quint16 m_port = 0;
    QNetworkAccessManager m_network;
};
