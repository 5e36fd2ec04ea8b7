// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

// Where a test leaves files for people to look at (screenshots, exported PDFs): a temporary
// folder of its own per run, removed when the test ends, so two runs, or a run from a copied
// build, never write into each other's files. OMNIUM_TEST_ARTEFACTS=DIR keeps them, in
// DIR/<test name>/.
inline QDir testArtefacts()
{
    static const QString dir = [] {
        static QTemporaryDir temporary;
        const QString kept = qEnvironmentVariable("OMNIUM_TEST_ARTEFACTS");
        const QString path
            = kept.isEmpty() ? temporary.path() : QDir(kept).filePath(QCoreApplication::applicationName());
        QDir().mkpath(path);
        return path;
    }();
    return QDir(dir);
}
