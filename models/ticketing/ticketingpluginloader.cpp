// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketingpluginloader.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLibrary>
#include <QPluginLoader>

using namespace Qt::StringLiterals;

namespace {
constexpr int InterfaceVersion = 1;
}

QStringList TicketingPluginLoader::defaultSearchPaths()
{
    QStringList paths;
    const QString fromEnvironment = qEnvironmentVariable("OMNIUM_PLUGIN_PATH");
    for (const QString &path : fromEnvironment.split(u':', Qt::SkipEmptyParts))
        paths.append(QDir(path).filePath(u"ticketing"_s));
    paths.append(QDir(QCoreApplication::applicationDirPath())
            .filePath(QStringLiteral(OMNIUM_PLUGIN_RELATIVE_DIR) + u"/ticketing"_s));
    return paths;
}

void TicketingPluginLoader::load(const QStringList &folders)
{
    for (const QString &folder : folders) {
        const QDir dir(folder);
        if (!dir.exists())
            continue;
        const auto files = dir.entryInfoList(QDir::Files, QDir::Name);
        for (const QFileInfo &file : files) {
            if (QLibrary::isLibrary(file.fileName()))
                loadFile(file.absoluteFilePath());
        }
    }
}

bool TicketingPluginLoader::loadFile(const QString &fileName)
{
    auto fail = [&](const QString &reason) {
        qCWarning(lcTicketing) << "ticketing plugin" << fileName << "not loaded:" << reason;
        m_failures.append({fileName, reason});
        return false;
    };
    QPluginLoader loader(fileName);
    const QJsonObject metaData = loader.metaData();
    if (metaData.isEmpty())
        return fail(u"not a Qt plugin (%1)"_s.arg(loader.errorString()));
    if (metaData.value(u"IID"_s).toString() != QLatin1StringView(TicketingProvider_iid))
        return fail(u"interface %1 where %2 is expected"_s.arg(
            metaData.value(u"IID"_s).toString(), QLatin1StringView(TicketingProvider_iid)));
    const QJsonObject own = metaData.value(u"MetaData"_s).toObject();
    const QString id = own.value(u"id"_s).toString();
    if (id.isEmpty())
        return fail(u"metadata has no \"id\""_s);
    if (own.value(u"interfaceVersion"_s).toInt(-1) != InterfaceVersion)
        return fail(u"metadata interfaceVersion is not %1"_s.arg(InterfaceVersion));
    if (provider(id))
        return fail(u"another plugin already has the id \"%1\""_s.arg(id));
    QObject *instance = loader.instance();
    if (!instance)
        return fail(loader.errorString());
    auto *provider = qobject_cast<TicketingProvider *>(instance);
    if (!provider)
        return fail(u"the plugin object does not implement TicketingProvider"_s);
    m_plugins.append({id, own.value(u"name"_s).toString(id), fileName, instance, provider});
    qCInfo(lcTicketing) << "ticketing plugin" << id << "loaded from" << fileName;
    return true;
}

TicketingProvider *TicketingPluginLoader::provider(const QString &id) const
{
    for (const Plugin &plugin : m_plugins) {
        if (plugin.id == id)
            return plugin.provider;
    }
    return nullptr;
}
