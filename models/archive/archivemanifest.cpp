// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivemanifest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

QJsonObject ArchiveManifest::toJson() const
{
    QJsonArray tournamentArray;
    for (const auto &t : tournaments)
        tournamentArray.append(QJsonObject {{u"id"_s, t.id}, {u"name"_s, t.name}});
    QJsonObject countObject;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        countObject.insert(it.key(), it.value());
    QJsonArray entryArray;
    for (const auto &e : entries)
        entryArray.append(QJsonObject {{u"name"_s, e.name}, {u"size"_s, e.size}, {u"sha256"_s, e.sha256}});
    return {
        {u"format"_s, u"omnium-archive"_s},
        {u"formatVersion"_s, formatVersion},
        {u"appVersion"_s, appVersion},
        {u"createdAt"_s, createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {u"scope"_s, scope},
        {u"schemaVersion"_s, schemaVersion},
        {u"tournaments"_s, tournamentArray},
        {u"counts"_s, countObject},
        {u"entries"_s, entryArray},
    };
}

ArchiveManifest ArchiveManifest::fromJson(const QByteArray &bytes, ArchiveError *error)
{
    using enum ArchiveError::Kind;
    const auto bad = [error](const QString &why) {
        *error = ArchiveError::make(BadManifest,
            QCoreApplication::translate("Archive", "The archive's manifest.json is not valid: %1.").arg(why));
        return ArchiveManifest {};
    };
    QJsonParseError parseError;
    const auto document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return bad(parseError.errorString());
    const auto json = document.object();
    if (json.value(u"format"_s).toString() != u"omnium-archive"_s)
        return bad(u"format is not \"omnium-archive\""_s);
    ArchiveManifest manifest;
    manifest.formatVersion = json.value(u"formatVersion"_s).toInt(0);
    if (manifest.formatVersion < 1)
        return bad(u"formatVersion"_s);
    if (manifest.formatVersion > currentFormatVersion) {
        *error = ArchiveError::make(NewerVersion,
            QCoreApplication::translate("Archive",
                "This archive was written by a newer version of Omnium (archive format %1; this version reads up "
                "to %2). Update Omnium to import it.")
                .arg(manifest.formatVersion)
                .arg(currentFormatVersion));
        return {};
    }
    manifest.appVersion = json.value(u"appVersion"_s).toString();
    manifest.createdAt = QDateTime::fromString(json.value(u"createdAt"_s).toString(), Qt::ISODateWithMs);
    manifest.scope = json.value(u"scope"_s).toString();
    if (manifest.scope != u"database"_s && manifest.scope != u"tournament"_s)
        return bad(u"scope"_s);
    manifest.schemaVersion = json.value(u"schemaVersion"_s).toInt();
    for (const auto &value : json.value(u"tournaments"_s).toArray()) {
        const auto object = value.toObject();
        manifest.tournaments.append({object.value(u"id"_s).toInteger(), object.value(u"name"_s).toString()});
    }
    const auto countObject = json.value(u"counts"_s).toObject();
    for (auto it = countObject.begin(); it != countObject.end(); ++it)
        manifest.counts.insert(it.key(), it.value().toInteger());
    static const QRegularExpression hex(u"^[0-9a-f]{64}$"_s);
    const auto entryArray = json.value(u"entries"_s).toArray();
    if (entryArray.isEmpty())
        return bad(u"no entries"_s);
    if (entryArray.size() > maxEntries) {
        *error = ArchiveError::make(TooLarge,
            QCoreApplication::translate(
                "Archive", "The archive's manifest lists %1 entries, more than the %2 an Omnium archive may hold.")
                .arg(entryArray.size())
                .arg(maxEntries));
        return {};
    }
    manifest.entries.reserve(entryArray.size());
    for (const auto &value : entryArray) {
        const auto object = value.toObject();
        Entry entry {object.value(u"name"_s).toString(), object.value(u"size"_s).toInteger(-1),
            object.value(u"sha256"_s).toString()};
        if (entry.name.isEmpty() || entry.size < 0 || !hex.match(entry.sha256).hasMatch())
            return bad(u"entry \"%1\""_s.arg(entry.name));
        if (manifest.m_index.contains(entry.name))
            return bad(u"entry \"%1\" listed twice"_s.arg(entry.name));
        manifest.m_index.insert(entry.name, manifest.entries.size());
        manifest.entries.append(entry);
    }
    if (!manifest.entry(QString::fromLatin1(databaseEntry)))
        return bad(u"no database.sqlite entry"_s);
    return manifest;
}

const ArchiveManifest::Entry *ArchiveManifest::entry(const QString &name) const
{
    const auto it = m_index.constFind(name);
    return it == m_index.constEnd() ? nullptr : &entries.at(*it);
}
