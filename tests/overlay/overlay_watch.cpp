// SPDX-License-Identifier: GPL-3.0-or-later
// overlay_watch URL OUTDIR SECONDS: keeps an overlay open in headless Chromium (1920 × 1080,
// as OBS shows it) and saves OUTDIR/overlay-N.png each time its content changes, with its
// text on standard output, for SECONDS. For "done means" walk-throughs: paste the URL the
// app copied, report results in the app, look at the pictures.

#include "headlesschromium.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const auto args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: overlay_watch URL OUTDIR SECONDS\n");
        return 2;
    }
    QDir().mkpath(args[2]);
    HeadlessChromium browser;
    if (!browser.start() || !browser.open(args[1])) {
        std::fprintf(stderr, "overlay_watch: %s\n", qPrintable(browser.error()));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    QString shown;
    int pictures = 0;
    while (timer.elapsed() < args[3].toLongLong() * 1000) {
        // Waits up to a second for the page's text to differ from what was saved last.
        const auto text = browser
                              .evaluate(uR"(new Promise((resolve) => {
            const now = () => document.body.dataset.connection + ' | ' + document.getElementById('root').innerText;
            const start = Date.now();
            const check = () => (now() !== %1 || Date.now() - start > 1000) ? resolve(now()) : setTimeout(check, 50);
            check(); }))"_s.arg(QString::fromUtf8(QJsonDocument(QJsonArray {shown}).toJson(QJsonDocument::Compact))
                                      .mid(1)
                                      .chopped(1)))
                              .toString();
        if (text == shown)
            continue;
        shown = text;
        browser.evaluate(
            u"document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => r(true))))"_s);
        const auto path = u"%1/overlay-%2.png"_s.arg(args[2]).arg(++pictures);
        browser.screenshot(path);
        std::printf("%.1f s  %s\n  %s\n", double(timer.elapsed()) / 1000, qPrintable(path),
            qPrintable(QString(shown).replace(u'\n', u" / "_s)));
        std::fflush(stdout);
    }
    return 0;
}
