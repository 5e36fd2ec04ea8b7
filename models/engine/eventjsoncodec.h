// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventstate.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace omnium::engine {

// The event's JSON exchange format (docs/event-json.md), versioned: every match with its
// slots' sources so the file can be re-imported and checked, and the standings for readers
// that only want results. Import refuses, naming the field, anything the engine could not
// have produced.
class EventJsonCodec
{
public:
    static constexpr int schemaVersion = 1;
    static QJsonObject toJson(const EventState &event);
    // *error names the field (in English, like the format's documentation); when every field
    // reads but the matches are not a bracket the engine could have produced, *error names
    // "phases" and *refusal says which match and why, for the caller to translate.
    static std::optional<EventState> fromJson(
        const QJsonObject &json, QString *error, std::optional<Error> *refusal = nullptr);
    // A phase's options alone, as the store keeps them in the phases table.
    static QJsonObject optionsToJson(const PhaseConfig &config);
    static std::optional<PhaseConfig> optionsFromJson(const QJsonObject &json, Format format, QString *error);
};

} // namespace omnium::engine
