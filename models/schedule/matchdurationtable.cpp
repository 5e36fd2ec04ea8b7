// SPDX-License-Identifier: GPL-3.0-or-later
#include "matchdurationtable.h"

#include <algorithm>

namespace {
template<typename T> T planned(const std::vector<T> &sorted)
{
    return sorted[size_t(MatchDurationTable::PlanningQuantile * double(sorted.size() - 1) + 0.5)];
}
} // namespace

int MatchDurationTable::expectedSecs(qint64 eventId, int bestOf, int priorSecs) const
{
    const auto ratios = m_ratios.constFind(eventId);
    const double prior = ratios == m_ratios.cend() || ratios->empty() ? priorSecs : priorSecs * planned(*ratios);
    const auto samples = m_samples.constFind(Key {eventId, bestOf});
    const double n = samples == m_samples.cend() ? 0 : double(samples->size());
    const double recorded = n > 0 ? planned(*samples) : 0;
    return int((PriorWeight * prior + n * recorded) / (PriorWeight + n) + 0.5);
}

void MatchDurationTable::record(qint64 eventId, int bestOf, int secs, int priorSecs)
{
    std::vector<int> &samples = m_samples[Key {eventId, bestOf}];
    samples.insert(std::upper_bound(samples.begin(), samples.end(), secs), secs);
    if (priorSecs > 0) {
        std::vector<double> &ratios = m_ratios[eventId];
        const double ratio = double(secs) / priorSecs;
        ratios.insert(std::upper_bound(ratios.begin(), ratios.end(), ratio), ratio);
    }
}

int MatchDurationTable::sampleCount(qint64 eventId, int bestOf) const
{
    return int(m_samples.value(Key {eventId, bestOf}).size());
}
