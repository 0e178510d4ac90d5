// Partner choice: nodes on a ring, a partner at distance d with probability proportional to d^-a.
#pragma once

#include "engine/random.h"
#include "engine/types.h"

#include <algorithm>
#include <cstdint>
#include <memory>
#include <vector>

namespace gossip {

// Places the nodes on a ring and picks a partner at ring distance d with probability
// proportional to d^-a, either way round with equal chance. Built once per run; copies
// share the distance table, so a round's loop may keep a copy at hand.
class SpatialPartners
{
public:
    SpatialPartners() = default;
    SpatialPartners(std::uint32_t nodes, double exponent);

    static constexpr bool picksPartners = true;

    NodeId pick(NodeId node, Random &random) const
    {
        const double u = random.uniform();
        const auto distance = static_cast<std::uint32_t>(std::upper_bound(m_begin, m_end, u) - m_begin + 1);
        const bool clockwise = random.below(2) == 0;
        return clockwise ? (node + distance) % m_nodes : (node + m_nodes - distance) % m_nodes;
    }

private:
    std::uint32_t m_nodes = 0;
    std::shared_ptr<const std::vector<double>> m_cdf; // P(distance <= d + 1)
    const double *m_begin = nullptr;
    const double *m_end = nullptr;
};

} // namespace gossip
