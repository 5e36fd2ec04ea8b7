// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QWebSocket>

#include <memory>

// A real headless Chromium driven over the DevTools protocol, for the overlay tests and
// benchmark: the pages are checked in the browser OBS embeds, not in a stand-in. Started
// with a fresh profile and the flags that keep it off the network.
class HeadlessChromium
{
public:
    HeadlessChromium() = default;
    ~HeadlessChromium();

    // Starts the browser and attaches to its page; false with error() on failure.
    bool start();
    QString error() const { return m_error; }

    // Sends a DevTools command; returns its id (see waitForReply()).
    int send(const QString &method, const QJsonObject &params = {});
    // Waits for the reply to command id; the "result" object, or an empty one on error/timeout.
    QJsonObject waitForReply(int id, int timeoutMs = 10'000);
    QJsonObject call(const QString &method, const QJsonObject &params = {}, int timeoutMs = 10'000);
    // Evaluates a JavaScript expression in the page (awaiting promises); its value.
    QJsonValue evaluate(const QString &expression, int timeoutMs = 10'000);
    // Sends an evaluation without waiting (for timing: send, change data, then waitForReply()).
    int evaluateLater(const QString &expression);
    static QJsonValue valueOf(const QJsonObject &result);

    // Opens url at 1920 × 1080 and waits until the page's live connection is up.
    bool open(const QString &url, int timeoutMs = 10'000);
    // A PNG of the viewport with a transparent background; false on failure.
    bool screenshot(const QString &path);

    // A JavaScript expression that resolves to true as soon as the overlay's text contains
    // text (false after timeoutMs).
    static QString waitForTextExpression(const QString &text, int timeoutMs);

private:
    QString m_error;
    QTemporaryDir m_profile;
    QProcess m_process;
    QWebSocket m_socket;
    int m_nextId = 1;
    QHash<int, QJsonObject> m_replies;
};
