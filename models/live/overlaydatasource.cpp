// SPDX-License-Identifier: GPL-3.0-or-later
#include "overlaydatasource.h"

#include <QJsonDocument>

std::optional<QByteArray> OverlayDataSource::bracketJson(const QString &phaseId) const
{
    const auto data = bracket(phaseId);
    if (!data)
        return std::nullopt;
    return QJsonDocument(*data).toJson(QJsonDocument::Compact);
}
