// Partner choice: uniform among the other nodes, or spatial on a ring with P(d) ~ d^-a.
#include "engine/simulation.h"
#include "engine/simulation_inline.h"

#include <algorithm>
#include <cmath>

namespace gossip {

void Simulation::buildSpatialTable()
{
    // Distances 1 .. n/2 on a ring of n nodes; with n even the node opposite is reached
    // from both sides, so its weight is halved to keep every node's chance exact.
    const std::uint32_t n = m_world.nodes;
    const std::uint32_t farthest = n / 2;
    const double exponent = m_scenario.config.spatialExponent;
    m_spatialCdf.resize(farthest);
    double total = 0.0;
    for (std::uint32_t d = 1; d <= farthest; ++d) {
        double weight = std::pow(double(d), -exponent);
        if (n % 2 == 0 && d == farthest)
            weight /= 2.0;
        total += weight;
        m_spatialCdf[d - 1] = total;
    }
    for (double &value : m_spatialCdf)
        value /= total;
    m_spatialCdf.back() = 1.0;
}


NodeId Simulation::pickSpatialPartner(NodeId node, Random &random) const
{
    const std::uint32_t n = m_world.nodes;
    const double u = random.uniform();
    const auto distance = static_cast<std::uint32_t>(
            std::upper_bound(m_spatialCdf.begin(), m_spatialCdf.end(), u) - m_spatialCdf.begin() + 1);
    const bool clockwise = random.below(2) == 0;
    return clockwise ? (node + distance) % n : (node + n - distance) % n;
}

} // namespace gossip
