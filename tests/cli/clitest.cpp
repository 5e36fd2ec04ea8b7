// SPDX-License-Identifier: GPL-3.0-or-later
#include "clitest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

QString shapeDifference(const QJsonValue &documented, const QJsonValue &actual, const QString &where)
{
    if (documented.isNull() || actual.isNull())
        return {};
    if (documented.type() != actual.type())
        return u"%1: documented as type %2, is type %3"_s.arg(where).arg(documented.type()).arg(actual.type());
    if (documented.isObject()) {
        const QJsonObject d = documented.toObject();
        const QJsonObject a = actual.toObject();
        const QStringList documentedKeys = d.keys();
        const QStringList actualKeys = a.keys();
        const QSet<QString> dk(documentedKeys.cbegin(), documentedKeys.cend());
        const QSet<QString> ak(actualKeys.cbegin(), actualKeys.cend());
        if (dk != ak) {
            const QSet<QString> missingKeys = QSet(dk).subtract(ak);
            const QSet<QString> extraKeys = QSet(ak).subtract(dk);
            const QStringList missing(missingKeys.cbegin(), missingKeys.cend());
            const QStringList extra(extraKeys.cbegin(), extraKeys.cend());
            return u"%1: keys missing %2, undocumented %3"_s.arg(where, missing.join(u','), extra.join(u','));
        }
        for (const auto &key : d.keys())
            if (const QString diff = shapeDifference(d.value(key), a.value(key), where + u'.' + key); !diff.isEmpty())
                return diff;
    }
    if (documented.isArray() && !documented.toArray().isEmpty()) {
        const QJsonArray a = actual.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            if (const QString diff
                = shapeDifference(documented.toArray().first(), a.at(i), u"%1[%2]"_s.arg(where).arg(i));
                !diff.isEmpty())
                return diff;
    }
    return {};
}
