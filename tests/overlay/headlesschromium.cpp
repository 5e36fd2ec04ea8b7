// SPDX-License-Identifier: GPL-3.0-or-later
#include "headlesschromium.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

HeadlessChromium::~HeadlessChromium()
{
    m_socket.abort();
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    // Chromium's helper processes may still be closing files in the profile for a moment.
    m_profile.setAutoRemove(false);
    for (int attempt = 0; attempt < 20 && QDir(m_profile.path()).exists(); ++attempt) {
        QDir(m_profile.path()).removeRecursively();
        QThread::msleep(100);
    }
}

bool HeadlessChromium::start()
{
    const auto program = QStandardPaths::findExecutable(u"chromium"_s);
    if (program.isEmpty()) {
        m_error = u"chromium is not installed"_s;
        return false;
    }
    m_process.setProgram(program);
    m_process.setArguments({u"--headless"_s, u"--no-sandbox"_s, u"--disable-gpu"_s, u"--disable-quic"_s,
        u"--no-first-run"_s, u"--disable-background-networking"_s, u"--disable-component-update"_s, u"--disable-sync"_s,
        u"--disable-extensions"_s, u"--disable-default-apps"_s, u"--mute-audio"_s, u"--hide-scrollbars"_s,
        u"--force-device-scale-factor=1"_s, u"--window-size=1920,1080"_s, u"--user-data-dir="_s + m_profile.path(),
        u"--remote-debugging-address=127.0.0.1"_s, u"--remote-debugging-port=0"_s, u"about:blank"_s});
    // Chromium complains at length about the missing D-Bus; OMNIUM_CHROMIUM_LOG=1 shows it.
    if (qEnvironmentVariableIsEmpty("OMNIUM_CHROMIUM_LOG"))
        m_process.setStandardErrorFile(QProcess::nullDevice());
    else
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.start();
    if (!m_process.waitForStarted(10'000)) {
        m_error = u"chromium did not start: "_s + m_process.errorString();
        return false;
    }

    // Chromium writes the port it chose into the profile once DevTools listens.
    QFile portFile(m_profile.filePath(u"DevToolsActivePort"_s));
    QByteArray port;
    for (QDeadlineTimer deadline(20'000); !deadline.hasExpired() && port.isEmpty(); QThread::msleep(50)) {
        if (portFile.open(QIODevice::ReadOnly)) {
            port = portFile.readLine().trimmed();
            portFile.close();
        }
    }
    if (port.isEmpty()) {
        m_error = u"chromium did not open its DevTools port"_s;
        return false;
    }

    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(u"http://127.0.0.1:"_s + QString::fromLatin1(port) + u"/json/list"_s));
    QJsonArray targets;
    for (QDeadlineTimer deadline(10'000); !deadline.hasExpired() && targets.isEmpty();) {
        std::unique_ptr<QNetworkReply> reply(network.get(request));
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        for (const auto &target : QJsonDocument::fromJson(reply->readAll()).array()) {
            if (target.toObject().value(u"type"_s) == u"page"_s)
                targets.append(target);
        }
    }
    if (targets.isEmpty()) {
        m_error = u"chromium has no page to drive"_s;
        return false;
    }

    QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket, [this](const QString &message) {
        const auto object = QJsonDocument::fromJson(message.toUtf8()).object();
        if (object.contains(u"id"_s))
            m_replies.insert(object.value(u"id"_s).toInt(), object);
    });
    QEventLoop loop;
    QObject::connect(&m_socket, &QWebSocket::connected, &loop, &QEventLoop::quit);
    QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
    m_socket.open(QUrl(targets.first().toObject().value(u"webSocketDebuggerUrl"_s).toString()));
    loop.exec();
    if (m_socket.state() != QAbstractSocket::ConnectedState) {
        m_error = u"cannot attach to chromium's page: "_s + m_socket.errorString();
        return false;
    }
    call(u"Emulation.setDeviceMetricsOverride"_s,
        {{u"width"_s, 1920}, {u"height"_s, 1080}, {u"deviceScaleFactor"_s, 1}, {u"mobile"_s, false}});
    call(u"Emulation.setDefaultBackgroundColorOverride"_s,
        {{u"color"_s, QJsonObject {{u"r"_s, 0}, {u"g"_s, 0}, {u"b"_s, 0}, {u"a"_s, 0}}}});
    return true;
}

int HeadlessChromium::send(const QString &method, const QJsonObject &params)
{
    const int id = m_nextId++;
    const QJsonObject message {{u"id"_s, id}, {u"method"_s, method}, {u"params"_s, params}};
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    m_socket.flush();
    return id;
}

QJsonObject HeadlessChromium::waitForReply(int id, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!m_replies.contains(id) && !deadline.hasExpired()) {
        QEventLoop loop;
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &loop, &QEventLoop::quit);
        QTimer::singleShot(std::max<qint64>(1, deadline.remainingTime()), &loop, &QEventLoop::quit);
        loop.exec();
    }
    const auto reply = m_replies.take(id);
    if (reply.contains(u"error"_s))
        m_error = QString::fromUtf8(QJsonDocument(reply.value(u"error"_s).toObject()).toJson(QJsonDocument::Compact));
    return reply.value(u"result"_s).toObject();
}

QJsonObject HeadlessChromium::call(const QString &method, const QJsonObject &params, int timeoutMs)
{
    return waitForReply(send(method, params), timeoutMs);
}

int HeadlessChromium::evaluateLater(const QString &expression)
{
    return send(
        u"Runtime.evaluate"_s, {{u"expression"_s, expression}, {u"awaitPromise"_s, true}, {u"returnByValue"_s, true}});
}

QJsonValue HeadlessChromium::valueOf(const QJsonObject &result)
{
    return result.value(u"result"_s).toObject().value(u"value"_s);
}

QJsonValue HeadlessChromium::evaluate(const QString &expression, int timeoutMs)
{
    return valueOf(waitForReply(evaluateLater(expression), timeoutMs));
}

bool HeadlessChromium::open(const QString &url, int timeoutMs)
{
    call(u"Page.navigate"_s, {{u"url"_s, url}});
    for (QDeadlineTimer deadline(timeoutMs); !deadline.hasExpired();) {
        if (evaluate(
                u"document.readyState === 'complete' && document.body && document.body.dataset.connection === 'live'"_s)
                .toBool())
            return true;
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    m_error = u"the page did not connect: "_s + url;
    return false;
}

bool HeadlessChromium::screenshot(const QString &path)
{
    const auto result = call(u"Page.captureScreenshot"_s, {{u"format"_s, u"png"_s}, {u"fromSurface"_s, true}});
    const auto png = QByteArray::fromBase64(result.value(u"data"_s).toString().toLatin1());
    QFile file(path);
    return !png.isEmpty() && file.open(QIODevice::WriteOnly) && file.write(png) == png.size();
}

QString HeadlessChromium::waitForTextExpression(const QString &text, int timeoutMs)
{
    const auto quoted = QString::fromUtf8(QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact));
    return uR"(new Promise((resolve) => {
        const root = document.getElementById('root');
        const wanted = %1[0];
        const has = () => root.textContent.includes(wanted);
        if (has()) return resolve(true);
        const observer = new MutationObserver(() => { if (has()) { observer.disconnect(); resolve(true); } });
        observer.observe(root, {childList: true, subtree: true, characterData: true});
        setTimeout(() => { observer.disconnect(); resolve(has()); }, %2);
    }))"_s.arg(quoted)
        .arg(timeoutMs);
}
