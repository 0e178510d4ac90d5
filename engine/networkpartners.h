// Partner choice on a network: Demers' spatial distribution, nearer sites more likely.
#pragma once

#include "engine/network.h"
#include "engine/random.h"
#include "engine/types.h"

#include <algorithm>
#include <cstdint>
#include <memory>
#include <vector>

namespace gossip {

// Demers et al. (1987), section 3: site s picks site t with probability proportional to
// Q_s(d)^-a, where d is the distance from s to t (links on the route between their
// routers) and Q_s(d) the number of sites within distance d of s, s itself included.
// Sites at the same distance tie: each has the same chance. (The paper's own example in
// section 3.2 fixes the normalisation: with Q(0) = 2 and Q(1) = 30, s and its neighbour
// on the same local net choose each other about 8 times as often as anyone outside it,
// (1/2^2) / (28/30^2) = 8.0.) Built once per network and exponent; copies share the tables.
class NetworkPartners
{
public:
    NetworkPartners() = default;
    NetworkPartners(std::shared_ptr<const Network> network, double exponent);
    // The chooser of `network` and `exponent`, its tables built once and kept for the next
    // run of a batch.
    static NetworkPartners shared(const std::shared_ptr<const Network> &network, double exponent);

    static constexpr bool picksPartners = true;

    NodeId pick(NodeId node, Random &random) const
    {
        // A router by its sites' share of the chance, then one of its sites evenly.
        const std::uint32_t from = m_network->routerOf(node);
        const double *first = m_cdf->data() + std::size_t(from) * m_routers;
        const double u = random.uniform();
        const auto router = std::uint32_t(std::upper_bound(first, first + m_routers, u) - first);
        const std::span<const NodeId> sites = m_network->sitesAt(router);
        if (router != from)
            return sites[random.below(std::uint32_t(sites.size()))];
        // One of the others on the same router: the last stands in for `node` itself.
        const NodeId other = sites[random.below(std::uint32_t(sites.size() - 1))];
        return other == node ? sites.back() : other;
    }

    // The probability that `site` picks `partner` (for tests and the window).
    double probability(NodeId site, NodeId partner) const;

private:
    std::shared_ptr<const Network> m_network;
    std::shared_ptr<const std::vector<double>> m_cdf; // [router * routers + t]: P(router <= t)
    std::uint32_t m_routers = 0;
};

} // namespace gossip
