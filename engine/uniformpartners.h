// Partner choice: uniformly at random among the other nodes.
#pragma once

#include "engine/random.h"
#include "engine/types.h"

#include <cstdint>

namespace gossip {

// Picks each partner uniformly among the n - 1 other nodes (Demers' default).
struct UniformPartners
{
    std::uint32_t nodes = 0;

    // Whether nodes pick partners themselves (scripted contacts aside).
    static constexpr bool picksPartners = true;

    NodeId pick(NodeId node, Random &random) const
    {
        // Skip `node` without a branch: which side of it the draw falls is a coin toss.
        const NodeId other = random.below(nodes - 1);
        return other + NodeId(other >= node);
    }
};

} // namespace gossip
