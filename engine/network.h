// Networks: sites on routers joined by links, with a shortest route between every two.
#pragma once

#include "engine/types.h"

#include <algorithm>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace gossip {

struct Config;

// What a network is made of, as a file or a generator gives it: named routers, links
// between two routers each, and the router every site (person) sits on.
struct NetworkDescription
{
    struct Link
    {
        std::uint32_t from = 0;
        std::uint32_t to = 0;
        std::string name;

        bool operator==(const Link &other) const = default;
    };
    std::vector<std::string> routers;
    std::vector<Link> links;
    std::vector<std::uint32_t> siteRouter; // per site (NodeId): its router

    bool operator==(const NetworkDescription &other) const = default;
};

// A connected network, its routes worked out once. Guarantees: every router reaches every
// other; the route between two routers is a shortest one by links, always the same one,
// and the route back crosses the same links (breadth first toward the lower-numbered
// router, neighbours in link order); two sites on one router are at distance 0 and their
// conversations cross no link. Immutable once built, so runs on several threads share one.
class Network
{
public:
    // Routes are kept for every pair of routers: this many routers take 32 MiB.
    static constexpr std::uint32_t maxRouters = 2048;
    static constexpr std::uint32_t maxLinks = 65535;

    // Throws std::invalid_argument naming the problem: too many routers or links, a link
    // that joins a router to itself or names no router, a site on no router, a router no
    // route reaches.
    explicit Network(NetworkDescription description);

    // A ring of areas of about `areaSize` sites each (at most maxRouters areas).
    static NetworkDescription ring(std::uint32_t sites, std::uint32_t areaSize);
    // Areas on a square grid, each joined to its neighbours left, right, above and below.
    static NetworkDescription grid(std::uint32_t sites, std::uint32_t areaSize);
    // Two towns joined by one bridge between their centres; each town is areas of about
    // `areaSize` sites, each area joined to its town's centre by a link of its own. The
    // small town has `smallTown` sites (0: a sixth of them, as Europe to North America in
    // Demers' network), the big town the rest; the big town holds sites 0, 1, ...
    static NetworkDescription twoTowns(std::uint32_t sites, std::uint32_t smallTown, std::uint32_t areaSize);

    const NetworkDescription &description() const { return m_description; }
    std::uint32_t siteCount() const { return std::uint32_t(m_description.siteRouter.size()); }
    std::uint32_t routerCount() const { return std::uint32_t(m_description.routers.size()); }
    std::size_t linkCount() const { return m_description.links.size(); }
    const std::string &linkName(std::size_t link) const { return m_description.links[link].name; }
    std::uint32_t routerOf(NodeId site) const { return m_description.siteRouter[site]; }
    // The sites on `router`, in increasing order.
    std::span<const NodeId> sitesAt(std::uint32_t router) const
    {
        return {m_sites.data() + m_firstSite[router], m_sites.data() + m_firstSite[router + 1]};
    }
    // Links on the route between two routers.
    std::uint32_t distance(std::uint32_t from, std::uint32_t to) const
    {
        return m_distance[std::size_t(from) * routerCount() + to];
    }
    // Calls visit(link) for every link on the route between sites `from` and `to`; the
    // route is the same both ways (walked from the higher-numbered router toward the lower).
    template<typename Visit>
    void forEachLink(NodeId from, NodeId to, Visit &&visit) const
    {
        forEachRouteLink(routerOf(from), routerOf(to), std::forward<Visit>(visit));
    }
    // The same for the route between two routers.
    template<typename Visit>
    void forEachRouteLink(std::uint32_t from, std::uint32_t to, Visit &&visit) const
    {
        std::uint32_t here = std::max(from, to);
        const std::uint32_t there = std::min(from, to);
        const std::size_t routers = routerCount();
        while (here != there) {
            const std::uint16_t link = m_next[here * routers + there];
            visit(std::size_t(link));
            const NetworkDescription::Link &crossed = m_description.links[link];
            here = crossed.from == here ? crossed.to : crossed.from;
        }
    }

    // The links a partition cuts, per link: those on the route of two sites in different
    // groups (`group`, per site) and of no two sites in the same group, so every call that
    // would cross them ends at the cut. Costs a walk of every route between routers.
    std::vector<std::uint8_t> cutLinks(std::span<const std::uint8_t> group) const;

private:
    NetworkDescription m_description;
    std::vector<std::uint16_t> m_next;     // [from * routers + to]: the first link toward `to`
    std::vector<std::uint16_t> m_distance; // [from * routers + to]: links on the route
    std::vector<NodeId> m_sites;           // sites grouped by router
    std::vector<std::uint32_t> m_firstSite; // per router, and one past the last: where its sites start
};

// The network of `config` (none for the complete network), built once for each distinct
// network and shared: a batch of a thousand runs builds it once. Throws
// std::invalid_argument as Network() does.
std::shared_ptr<const Network> networkFor(const Config &config);

} // namespace gossip
