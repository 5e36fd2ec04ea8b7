// SPDX-License-Identifier: GPL-3.0-or-later
#include "matchdurationtable.h"

#include <algorithm>

int MatchDurationTable::expectedSecs(qint64 eventId, int bestOf, int priorSecs) const
{
    const auto it = m_samples.constFind(Key {eventId, bestOf});
    if (it == m_samples.cend() || it->empty())
        return priorSecs;
    const std::vector<int> &samples = *it;
    const size_t n = samples.size();
    const qint64 median = n % 2 ? samples[n / 2] : (qint64(samples[n / 2 - 1]) + samples[n / 2]) / 2;
    return int((qint64(PriorWeight) * priorSecs + qint64(n) * median) / (PriorWeight + qint64(n)));
}

void MatchDurationTable::record(qint64 eventId, int bestOf, int secs)
{
    std::vector<int> &samples = m_samples[Key {eventId, bestOf}];
    samples.insert(std::upper_bound(samples.begin(), samples.end(), secs), secs);
}

int MatchDurationTable::sampleCount(qint64 eventId, int bestOf) const
{
    return int(m_samples.value(Key {eventId, bestOf}).size());
}
