// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>

#include <vector>

// How long a match of an event and best-of occupies a station, learned from the durations
// recorded during the day. Estimates start from the organiser's figure and move towards the
// median of what was actually played, so one very long set does not shift the whole day.
class MatchDurationTable
{
public:
    // The expected duration, given the organiser's prior for this event and best-of.
    int expectedSecs(qint64 eventId, int bestOf, int priorSecs) const;
    void record(qint64 eventId, int bestOf, int secs);
    int sampleCount(qint64 eventId, int bestOf) const;

    // How many recorded samples weigh as much as the organiser's prior.
    static constexpr int PriorWeight = 2;

private:
    struct Key {
        qint64 eventId;
        int bestOf;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &key, size_t seed = 0) { return qHashMulti(seed, key.eventId, key.bestOf); }
    };
    QHash<Key, std::vector<int>> m_samples; // sorted
};
