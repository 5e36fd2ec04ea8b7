// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>

#include <vector>

// How long a match of an event and best-of occupies a station (call to result), learned from
// the durations recorded during the day.
//
// Each estimate starts from the organiser's figure, scaled by how the event's matches of any
// best-of have compared with their figures so far (if the Bo3s run 40 % over, the first Bo5
// probably will too), and moves towards what was recorded for that best-of. Recorded values
// count through a quantile: robust to one very long set, and a little above the median because a
// match waits for the slower of its two feeders and a round for its slowest match, which a
// simulation with fixed durations would otherwise miss.
class MatchDurationTable
{
public:
    int expectedSecs(qint64 eventId, int bestOf, int priorSecs) const;
    void record(qint64 eventId, int bestOf, int secs, int priorSecs);
    int sampleCount(qint64 eventId, int bestOf) const;

    // How many recorded samples weigh as much as the (scaled) prior.
    static constexpr int PriorWeight = 2;
    // Which quantile of the recorded durations is planned with.
    static constexpr double PlanningQuantile = 0.65;

private:
    struct Key {
        qint64 eventId;
        int bestOf;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &key, size_t seed = 0) { return qHashMulti(seed, key.eventId, key.bestOf); }
    };
    QHash<Key, std::vector<int>> m_samples; // sorted
    QHash<qint64, std::vector<double>> m_ratios; // recorded ÷ prior per event, sorted
};
