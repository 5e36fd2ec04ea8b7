// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the benchmarks report: medians of several runs, and the CPU time of this process (on a
// shared, overloaded build machine wall time mostly measures the queue).

#include <QList>

#include <algorithm>
#include <ctime>

inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const auto n = values.size();
    return n == 0 ? 0 : (n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2);
}

inline double cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}
