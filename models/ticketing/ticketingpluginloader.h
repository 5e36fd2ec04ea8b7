// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ticketingprovider.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

// Finds ticketing plugins in the plugin folders, checks each one's metadata (interface IID,
// id, interface version) before loading it, and keeps a list of the ones that failed with
// the reason: a broken or foreign plugin is reported in the UI, never fatal.
class TicketingPluginLoader
{
public:
    struct Plugin {
        QString id;
        QString name;
        QString fileName;
        QObject *instance = nullptr; // owned by QPluginLoader's root-component cache
        TicketingProvider *provider = nullptr;
    };
    struct Failure {
        QString fileName;
        QString reason;
    };

    // $OMNIUM_PLUGIN_PATH (colon-separated) first, then <app dir>/<relative lib dir>/omnium/
    // plugins/ticketing, which is the same in the build tree and in an installed prefix.
    static QStringList defaultSearchPaths();

    void load(const QStringList &folders = defaultSearchPaths());
    // Loads one file; false (with a Failure recorded) if it is not a usable ticketing plugin.
    bool loadFile(const QString &fileName);

    const QList<Plugin> &plugins() const { return m_plugins; }
    const QList<Failure> &failures() const { return m_failures; }
    TicketingProvider *provider(const QString &id) const;

private:
    QList<Plugin> m_plugins;
    QList<Failure> m_failures;
};
