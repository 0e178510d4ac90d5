// The tables of spatial partner choice on a network.
#include "engine/networkpartners.h"

#include <cmath>
#include <map>
#include <mutex>
#include <numeric>

namespace gossip {

NetworkPartners::NetworkPartners(std::shared_ptr<const Network> network, double exponent)
    : m_network(std::move(network))
    , m_routers(m_network->routerCount())
{
    const std::uint32_t routers = m_routers;
    std::vector<double> cdf(std::size_t(routers) * routers, 0.0);
    std::vector<std::uint32_t> order(routers);
    std::vector<double> within(routers); // Q_s(d) for the distance of each router
    for (std::uint32_t from = 0; from < routers; ++from) {
        // Q_s(d): the sites of every router at distance d or less, s itself included.
        std::iota(order.begin(), order.end(), 0u);
        std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
            return m_network->distance(from, a) < m_network->distance(from, b);
        });
        for (std::size_t i = 0; i < routers;) {
            const std::uint32_t distance = m_network->distance(from, order[i]);
            std::size_t end = i;
            double sites = i == 0 ? 0.0 : within[order[i - 1]];
            while (end < routers && m_network->distance(from, order[end]) == distance)
                sites += double(m_network->sitesAt(order[end++]).size());
            for (; i < end; ++i)
                within[order[i]] = sites;
        }
        double *row = cdf.data() + std::size_t(from) * routers;
        double total = 0.0;
        for (std::uint32_t to = 0; to < routers; ++to) {
            // Each other site on router `to` weighs Q^-a; on s's own router s is not a partner.
            const double others = double(m_network->sitesAt(to).size()) - (to == from ? 1.0 : 0.0);
            if (others > 0.0)
                total += others * std::pow(within[to], -exponent);
            row[to] = total;
        }
        for (std::uint32_t to = 0; to < routers; ++to)
            row[to] /= total;
        // The last router with sites ends the row at exactly 1, so a draw below 1 always lands.
        for (std::uint32_t to = routers; to-- > 0;) {
            if (to == 0 || row[to] != row[to - 1]) {
                for (std::uint32_t rest = to; rest < routers; ++rest)
                    row[rest] = 1.0;
                break;
            }
        }
    }
    m_cdf = std::make_shared<const std::vector<double>>(std::move(cdf));
}

NetworkPartners NetworkPartners::shared(const std::shared_ptr<const Network> &network, double exponent)
{
    static std::mutex mutex;
    static std::map<std::pair<std::shared_ptr<const Network>, double>, NetworkPartners> built;
    const std::lock_guard lock(mutex);
    const auto key = std::pair{network, exponent};
    if (const auto found = built.find(key); found != built.end())
        return found->second;
    constexpr std::size_t kept = 8;
    if (built.size() >= kept)
        built.clear();
    return built.emplace(key, NetworkPartners(network, exponent)).first->second;
}

double NetworkPartners::probability(NodeId site, NodeId partner) const
{
    if (site == partner)
        return 0.0;
    const std::uint32_t from = m_network->routerOf(site);
    const std::uint32_t to = m_network->routerOf(partner);
    const double *row = m_cdf->data() + std::size_t(from) * m_routers;
    const double routerShare = row[to] - (to == 0 ? 0.0 : row[to - 1]);
    const double others = double(m_network->sitesAt(to).size()) - (to == from ? 1.0 : 0.0);
    return routerShare / others;
}

} // namespace gossip
