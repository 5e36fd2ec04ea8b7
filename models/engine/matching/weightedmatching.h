// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

// Swiss pairing needs an optimal matching, not a greedy one: a hand-rolled blossom algorithm is
// easy to get subtly wrong, so this wraps LEMON's MaxWeightedPerfectMatching. The interface is
// plain C++ so that the C++20 engine never sees LEMON's C++17-only headers.
namespace omnium::matching {

struct WeightedEdge {
    int u = 0;
    int v = 0;
    std::int64_t weight = 0;
};

// Mate of each vertex in a maximum-weight perfect matching over the given edges, or an
// empty vector when no perfect matching exists.
std::vector<int> maxWeightPerfectMatching(int vertexCount, const std::vector<WeightedEdge> &edges);

} // namespace omnium::matching
