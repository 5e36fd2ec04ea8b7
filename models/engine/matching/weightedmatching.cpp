// SPDX-License-Identifier: GPL-3.0-or-later
#include "weightedmatching.h"

#include <lemon/matching.h>
#include <lemon/smart_graph.h>

namespace omnium::matching {

std::vector<int> maxWeightPerfectMatching(int vertexCount, const std::vector<WeightedEdge> &edges)
{
    if (vertexCount == 0)
        return {};
    lemon::SmartGraph graph;
    graph.reserveNode(vertexCount);
    graph.reserveEdge(static_cast<int>(edges.size()));
    std::vector<lemon::SmartGraph::Node> nodes;
    nodes.reserve(vertexCount);
    for (int i = 0; i < vertexCount; ++i)
        nodes.push_back(graph.addNode());
    lemon::SmartGraph::EdgeMap<std::int64_t> weights(graph);
    for (const auto &edge : edges) {
        const auto e = graph.addEdge(nodes[edge.u], nodes[edge.v]);
        weights[e] = edge.weight;
    }
    lemon::MaxWeightedPerfectMatching<lemon::SmartGraph, lemon::SmartGraph::EdgeMap<std::int64_t>> matching(
        graph, weights);
    if (!matching.run())
        return {};
    std::vector<int> mates(vertexCount, -1);
    for (int i = 0; i < vertexCount; ++i) {
        const auto mate = matching.mate(nodes[i]);
        mates[i] = mate == lemon::INVALID ? -1 : graph.id(mate);
    }
    return mates;
}

} // namespace omnium::matching
