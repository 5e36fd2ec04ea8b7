// SPDX-License-Identifier: GPL-3.0-or-later
#include "zipdirectory.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QtEndian>

#include <array>

using namespace Qt::StringLiterals;

namespace {

quint16 u16(const QByteArray &data, qsizetype at)
{
    return qFromLittleEndian<quint16>(data.constData() + at);
}

quint32 u32(const QByteArray &data, qsizetype at)
{
    return qFromLittleEndian<quint32>(data.constData() + at);
}

ArchiveError checkName(const ZipDirectory::Entry &entry)
{
    using enum ArchiveError::Kind;
    const QString &name = entry.name;
    if (name.isEmpty() || entry.rawName.contains('\0'))
        return ArchiveError::make(Traversal,
            QCoreApplication::translate("Archive", "The archive holds an entry with an empty or invalid name."));
    if (name.startsWith(u'/') || name.startsWith(u'\\') || (name.size() >= 2 && name.at(1) == u':'))
        return ArchiveError::make(AbsolutePath,
            QCoreApplication::translate(
                "Archive", "The archive entry \"%1\" has an absolute path; Omnium archives only hold relative names.")
                .arg(name));
    auto parts = QString(name).replace(u'\\', u'/').split(u'/');
    for (const auto &part : parts) {
        if (part == u".."_s)
            return ArchiveError::make(Traversal,
                QCoreApplication::translate(
                    "Archive", "The archive entry \"%1\" points outside the archive (..); the file may be hostile.")
                    .arg(name));
    }
    if (entry.isDirectory())
        parts.removeLast();
    // "./x" and "a//b" name the same file as "x" and "a/b": Omnium never writes them, and a
    // reader that resolves them would see another entry than the one checked.
    for (const auto &part : std::as_const(parts)) {
        if (part.isEmpty() || part == u"."_s)
            return ArchiveError::make(Aliased,
                QCoreApplication::translate("Archive",
                    "The archive entry \"%1\" has a name with \".\" or an empty part (another spelling of a "
                    "name); Omnium never writes such names, so the archive was not made by Omnium as it is.")
                    .arg(name));
    }
    // Unix mode in the high 16 bits of the external attributes: 0120000 is a symbolic link.
    if (((entry.externalAttributes >> 16) & 0170000) == 0120000)
        return ArchiveError::make(Link,
            QCoreApplication::translate(
                "Archive", "The archive entry \"%1\" is a symbolic link; Omnium archives never contain links.")
                .arg(name));
    return {};
}

} // namespace

quint32 ZipDirectory::crc32(quint32 crc, const char *data, qsizetype size)
{
    static const auto table = [] {
        std::array<quint32, 256> t {};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    crc = ~crc;
    for (qsizetype i = 0; i < size; ++i)
        crc = table[(crc ^ quint8(data[i])) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

ArchiveError ZipDirectory::read(const QString &path, const ArchiveLimits &limits)
{
    using enum ArchiveError::Kind;
    m_entries.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ArchiveError::make(Io,
            QCoreApplication::translate("Archive", "%1 cannot be read: %2")
                .arg(QFileInfo(path).fileName(), file.errorString()));
    const qint64 fileSize = file.size();
    const QString fileName = QFileInfo(path).fileName();
    const QByteArray head = file.read(4);
    if (head != QByteArrayView("PK\x03\x04") && head != QByteArrayView("PK\x05\x06"))
        return ArchiveError::make(NotZip,
            QCoreApplication::translate("Archive", "%1 is not an Omnium archive (it is not a zip file).")
                .arg(fileName));

    // The end-of-central-directory record: 22 bytes plus a comment of up to 65535.
    const qint64 tailSize = qMin<qint64>(fileSize, 22 + 65535);
    file.seek(fileSize - tailSize);
    const QByteArray tail = file.read(tailSize);
    const qsizetype eocd = tail.lastIndexOf(QByteArrayView("PK\x05\x06"));
    const QString truncated = QCoreApplication::translate(
        "Archive", "%1 is truncated or damaged: the end of the zip is missing (was the copy interrupted?).")
                                  .arg(fileName);
    if (eocd < 0 || tail.size() - eocd < 22)
        return ArchiveError::make(Truncated, truncated);
    const quint16 count = u16(tail, eocd + 10);
    const quint32 directorySize = u32(tail, eocd + 12);
    const quint32 directoryOffset = u32(tail, eocd + 16);
    const QString zip64 = QCoreApplication::translate("Archive",
        "%1 uses ZIP64 (the zip extension for very large files), which Omnium archives never use: it was "
        "repacked by another tool. Export it again from Omnium.")
                              .arg(fileName);
    // ZIP64: the classic record's fields saturated, or a ZIP64 locator 20 bytes before it.
    if (directoryOffset == 0xFFFFFFFFu || count == 0xFFFF
        || (eocd >= 20 && QByteArrayView(tail).sliced(eocd - 20, 4) == QByteArrayView("PK\x06\x07")))
        return ArchiveError::make(Zip64, zip64);
    if (qint64(directoryOffset) + directorySize > fileSize - tailSize + eocd)
        return ArchiveError::make(Truncated, truncated);
    if (count > limits.maxEntries)
        return ArchiveError::make(TooLarge,
            QCoreApplication::translate("Archive", "%1 holds %2 entries, more than the %3 allowed.")
                .arg(fileName)
                .arg(count)
                .arg(limits.maxEntries));
    file.seek(directoryOffset);
    const QByteArray directory = file.read(directorySize);
    if (directory.size() != qsizetype(directorySize))
        return ArchiveError::make(Truncated, truncated);

    QSet<QString> names;
    qint64 total = 0;
    qsizetype at = 0;
    for (int i = 0; i < count; ++i) {
        if (at + 46 > directory.size() || u32(directory, at) != 0x02014b50u)
            return ArchiveError::make(Truncated, truncated);
        Entry entry;
        entry.method = u16(directory, at + 10);
        entry.crc = u32(directory, at + 16);
        entry.compressedSize = u32(directory, at + 20);
        entry.size = u32(directory, at + 24);
        const quint16 nameLength = u16(directory, at + 28);
        const quint16 extraLength = u16(directory, at + 30);
        const quint16 commentLength = u16(directory, at + 32);
        entry.externalAttributes = u32(directory, at + 38);
        entry.localHeaderOffset = u32(directory, at + 42);
        if (at + 46 + nameLength > directory.size())
            return ArchiveError::make(Truncated, truncated);
        entry.rawName = directory.mid(at + 46, nameLength);
        entry.name = QString::fromUtf8(entry.rawName);
        at += 46 + nameLength + extraLength + commentLength;

        if (auto error = checkName(entry))
            return error;
        if (names.contains(entry.name))
            return ArchiveError::make(Duplicate,
                QCoreApplication::translate(
                    "Archive", "The archive holds \"%1\" twice; which one is meant cannot be told, so it is refused.")
                    .arg(entry.name));
        names.insert(entry.name);
        if (entry.compressedSize == 0xFFFFFFFF || entry.size == 0xFFFFFFFF || entry.localHeaderOffset == 0xFFFFFFFF)
            return ArchiveError::make(Zip64, zip64);
        if (entry.size > limits.maxEntrySize)
            return ArchiveError::make(TooLarge,
                QCoreApplication::translate("Archive", "The archive entry \"%1\" is %2 MB, over the %3 MB limit.")
                    .arg(entry.name)
                    .arg(entry.size / 1000000)
                    .arg(limits.maxEntrySize / 1000000));
        total += entry.size;
        if (total > limits.maxTotalSize)
            return ArchiveError::make(TooLarge,
                QCoreApplication::translate("Archive", "The archive unpacks to more than %1 MB, over the limit.")
                    .arg(limits.maxTotalSize / 1000000));
        if (entry.method != 0 && entry.method != 8)
            return ArchiveError::make(Damaged,
                QCoreApplication::translate(
                    "Archive", "The archive entry \"%1\" uses a compression method Omnium does not read (%2).")
                    .arg(entry.name)
                    .arg(entry.method));
        if (entry.method == 0 && entry.size != entry.compressedSize)
            return ArchiveError::make(Damaged,
                QCoreApplication::translate("Archive", "The archive entry \"%1\" has inconsistent sizes.")
                    .arg(entry.name));
        if (entry.size > (1 << 20)
            && double(entry.size) > limits.maxRatio * double(qMax<qint64>(1, entry.compressedSize)))
            return ArchiveError::make(Bomb,
                QCoreApplication::translate("Archive",
                    "The archive entry \"%1\" would inflate %2 times (%3 MB from %4 kB): refused as a compression "
                    "bomb.")
                    .arg(entry.name)
                    .arg(qint64(double(entry.size) / double(qMax<qint64>(1, entry.compressedSize))))
                    .arg(entry.size / 1000000)
                    .arg(entry.compressedSize / 1000));
        if (entry.localHeaderOffset + 30 + entry.compressedSize > directoryOffset)
            return ArchiveError::make(Truncated, truncated);
        m_entries << entry;
    }
    return {};
}
