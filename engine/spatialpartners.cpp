// The distance table of spatial partner choice.
#include "engine/spatialpartners.h"

#include <cmath>

namespace gossip {

SpatialPartners::SpatialPartners(std::uint32_t nodes, double exponent)
    : m_nodes(nodes)
{
    // Distances 1 .. n/2 on a ring of n nodes; with n even the node opposite is reached
    // from both sides, so its weight is halved to keep every node's chance exact.
    const std::uint32_t farthest = nodes / 2;
    std::vector<double> cdf(farthest);
    double total = 0.0;
    for (std::uint32_t d = 1; d <= farthest; ++d) {
        double weight = std::pow(double(d), -exponent);
        if (nodes % 2 == 0 && d == farthest)
            weight /= 2.0;
        total += weight;
        cdf[d - 1] = total;
    }
    for (double &value : cdf)
        value /= total;
    cdf.back() = 1.0;
    m_cdf = std::make_shared<const std::vector<double>>(std::move(cdf));
    m_begin = m_cdf->data();
    m_end = m_cdf->data() + m_cdf->size();
}

} // namespace gossip
