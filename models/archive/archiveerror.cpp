// SPDX-License-Identifier: GPL-3.0-or-later
#include "archiveerror.h"

using namespace Qt::StringLiterals;

QString ArchiveError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return u"none"_s;
    case Kind::NotZip:
        return u"not-zip"_s;
    case Kind::Truncated:
        return u"truncated"_s;
    case Kind::Traversal:
        return u"traversal"_s;
    case Kind::AbsolutePath:
        return u"absolute-path"_s;
    case Kind::Link:
        return u"link"_s;
    case Kind::Duplicate:
        return u"duplicate"_s;
    case Kind::Aliased:
        return u"aliased"_s;
    case Kind::Zip64:
        return u"zip64"_s;
    case Kind::ForeignSchema:
        return u"foreign-schema"_s;
    case Kind::TooLarge:
        return u"too-large"_s;
    case Kind::Bomb:
        return u"bomb"_s;
    case Kind::Damaged:
        return u"damaged"_s;
    case Kind::ChecksumMismatch:
        return u"checksum"_s;
    case Kind::NewerVersion:
        return u"newer-version"_s;
    case Kind::BadManifest:
        return u"bad-manifest"_s;
    case Kind::Cancelled:
        return u"cancelled"_s;
    case Kind::Io:
        return u"io"_s;
    case Kind::StoreRefused:
        return u"store"_s;
    }
    return u"unknown"_s;
}
