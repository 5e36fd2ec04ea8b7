// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bracketstore.h"
#include "engine/error.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

// The one place where the engine's refusals (omnium::engine::Error: a code and its numbers)
// become the sentence the organiser reads, in French or English. Every screen and omnium-cli
// show the engine's refusals through text(), so the same refusal reads the same everywhere.
class EngineErrors
{
    Q_DECLARE_TR_FUNCTIONS(EngineErrors)

public:
    // How a sentence names a match, an entrant and a phase (1-based): the pages say "M17", the
    // gamer tag and "Pools", omnium-cli the ids its options take and "phase 1".
    struct Names {
        std::function<QString(omnium::engine::MatchId)> match;
        std::function<QString(omnium::engine::EntrantId)> entrant;
        std::function<QString(std::int64_t)> phase;
    };
    static Names byId();
    // Matches by their number on the Bracket page, entrants and phases by name. The names read `event`:
    // use them while it lives.
    static Names forBracket(const BracketStore::EventBracket &event);

    static QString text(const omnium::engine::Error &error, const Names &names);
};
