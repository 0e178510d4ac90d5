// Building networks and their routes.
#include "engine/network.h"

#include "engine/config.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <mutex>
#include <stdexcept>
#include <tuple>

namespace gossip {

namespace {

constexpr std::uint16_t unreached = std::numeric_limits<std::uint16_t>::max();

// How many areas of about `areaSize` sites `sites` need, at most `most`.
std::uint32_t areasFor(std::uint32_t sites, std::uint32_t areaSize, std::uint32_t most)
{
    const std::uint32_t wanted = (sites + std::max(areaSize, 1u) - 1) / std::max(areaSize, 1u);
    return std::clamp(wanted, 1u, most);
}

// Sites first .. first + count - 1 spread evenly over `areas` routers from `firstRouter`,
// in blocks, so the sites of an area are neighbours by number too.
void spread(NetworkDescription &network, std::uint32_t count, std::uint32_t areas, std::uint32_t firstRouter)
{
    for (std::uint32_t site = 0; site < count; ++site)
        network.siteRouter.push_back(firstRouter + std::uint32_t(std::uint64_t(site) * areas / count));
}

std::string areaName(std::uint32_t area)
{
    return "area " + std::to_string(area + 1);
}

} // namespace

Network::Network(NetworkDescription description)
    : m_description(std::move(description))
{
    const std::size_t routers = m_description.routers.size();
    if (routers == 0)
        throw std::invalid_argument("a network needs at least one router");
    if (routers > maxRouters)
        throw std::invalid_argument("a network may have at most " + std::to_string(maxRouters) + " routers, not "
                                    + std::to_string(routers));
    if (m_description.links.size() > maxLinks)
        throw std::invalid_argument("a network may have at most " + std::to_string(maxLinks) + " links");
    if (m_description.siteRouter.size() < 2)
        throw std::invalid_argument("a network needs at least two sites");
    std::vector<std::vector<std::pair<std::uint32_t, std::uint16_t>>> neighbours(routers); // (router, link)
    for (std::size_t index = 0; index < m_description.links.size(); ++index) {
        const NetworkDescription::Link &link = m_description.links[index];
        if (link.from >= routers || link.to >= routers)
            throw std::invalid_argument("link \"" + link.name + "\" joins a router the network does not have");
        if (link.from == link.to)
            throw std::invalid_argument("link \"" + link.name + "\" joins router \"" + m_description.routers[link.from]
                                        + "\" to itself");
        neighbours[link.from].emplace_back(link.to, std::uint16_t(index));
        neighbours[link.to].emplace_back(link.from, std::uint16_t(index));
    }
    std::vector<std::uint32_t> count(routers + 1, 0);
    for (std::uint32_t router : m_description.siteRouter) {
        if (router >= routers)
            throw std::invalid_argument("a site is on a router the network does not have");
        ++count[router];
    }
    m_firstSite.assign(routers + 1, 0);
    for (std::size_t router = 0; router < routers; ++router)
        m_firstSite[router + 1] = m_firstSite[router] + count[router];
    m_sites.resize(m_description.siteRouter.size());
    std::vector<std::uint32_t> filled(m_firstSite.begin(), m_firstSite.end() - 1);
    for (NodeId site = 0; site < m_description.siteRouter.size(); ++site)
        m_sites[filled[m_description.siteRouter[site]]++] = site;

    // Breadth first from each destination: every router's step toward it is the link to
    // its parent in that tree, so a route and its way back cross the same links.
    m_next.assign(routers * routers, unreached);
    m_distance.assign(routers * routers, unreached);
    std::vector<std::uint32_t> queue(routers);
    for (std::uint32_t destination = 0; destination < routers; ++destination) {
        std::size_t head = 0;
        std::size_t tail = 0;
        queue[tail++] = destination;
        m_distance[destination * routers + destination] = 0;
        while (head < tail) {
            const std::uint32_t here = queue[head++];
            const std::uint16_t away = m_distance[here * routers + destination];
            for (const auto &[neighbour, link] : neighbours[here]) {
                std::uint16_t &distance = m_distance[neighbour * routers + destination];
                if (distance != unreached)
                    continue;
                distance = std::uint16_t(away + 1);
                m_next[neighbour * routers + destination] = link;
                queue[tail++] = neighbour;
            }
        }
        if (tail != routers) {
            for (std::uint32_t router = 0; router < routers; ++router) {
                if (m_distance[router * routers + destination] == unreached)
                    throw std::invalid_argument("no route joins router \"" + m_description.routers[router]
                                                + "\" to router \"" + m_description.routers[destination] + "\"");
            }
        }
    }
}

NetworkDescription Network::ring(std::uint32_t sites, std::uint32_t areaSize)
{
    NetworkDescription network;
    const std::uint32_t areas = areasFor(sites, areaSize, maxRouters);
    for (std::uint32_t area = 0; area < areas; ++area)
        network.routers.push_back(areaName(area));
    // Two areas share one link; three or more close the ring.
    const std::uint32_t links = areas < 2 ? 0 : areas == 2 ? 1 : areas;
    for (std::uint32_t area = 0; area < links; ++area) {
        const std::uint32_t next = (area + 1) % areas;
        network.links.push_back({area, next, "ring " + std::to_string(area + 1) + "–" + std::to_string(next + 1)});
    }
    spread(network, sites, areas, 0);
    return network;
}

NetworkDescription Network::grid(std::uint32_t sites, std::uint32_t areaSize)
{
    NetworkDescription network;
    const std::uint32_t areas = areasFor(sites, areaSize, maxRouters);
    const auto columns = std::uint32_t(std::ceil(std::sqrt(double(areas))));
    for (std::uint32_t area = 0; area < areas; ++area)
        network.routers.push_back(areaName(area));
    for (std::uint32_t area = 0; area < areas; ++area) {
        const std::uint32_t row = area / columns;
        const std::uint32_t column = area % columns;
        const auto name = [](std::uint32_t a, std::uint32_t b) {
            return "grid " + std::to_string(a + 1) + "–" + std::to_string(b + 1);
        };
        if (column + 1 < columns && area + 1 < areas)
            network.links.push_back({area, area + 1, name(area, area + 1)});
        if ((row + 1) * columns + column < areas)
            network.links.push_back({area, area + columns, name(area, area + columns)});
    }
    spread(network, sites, areas, 0);
    return network;
}

NetworkDescription Network::twoTowns(std::uint32_t sites, std::uint32_t smallTown, std::uint32_t areaSize)
{
    if (smallTown == 0)
        smallTown = std::max(1u, sites / 6);
    if (smallTown >= sites)
        throw std::invalid_argument("the small town must have fewer people than the whole city ("
                                    + std::to_string(smallTown) + " of " + std::to_string(sites) + ")");
    const std::uint32_t bigTown = sites - smallTown;
    // The two centres take two routers; the areas share the rest in proportion.
    const std::uint32_t room = maxRouters - 2;
    std::uint32_t bigAreas = areasFor(bigTown, areaSize, room - 1);
    std::uint32_t smallAreas = areasFor(smallTown, areaSize, room - 1);
    if (bigAreas + smallAreas > room) {
        smallAreas = std::max(1u, std::uint32_t(std::uint64_t(room) * smallTown / sites));
        bigAreas = room - smallAreas;
    }
    NetworkDescription network;
    network.routers = {"big town centre", "small town centre"};
    network.links.push_back({0, 1, "bridge"});
    const auto addTown = [&network](std::uint32_t centre, std::uint32_t areas, const std::string &town) {
        for (std::uint32_t area = 0; area < areas; ++area) {
            const auto router = std::uint32_t(network.routers.size());
            network.routers.push_back(town + ", " + areaName(area));
            network.links.push_back({centre, router, town + ", " + areaName(area)});
        }
    };
    addTown(0, bigAreas, "big town");
    addTown(1, smallAreas, "small town");
    spread(network, bigTown, bigAreas, 2);
    spread(network, smallTown, smallAreas, 2 + bigAreas);
    return network;
}

bool SharedNetwork::operator==(const SharedNetwork &other) const
{
    if (m_description == other.m_description)
        return true;
    return m_description && other.m_description && *m_description == *other.m_description;
}

std::vector<std::uint8_t> Network::cutLinks(std::span<const std::uint8_t> group) const
{
    // Which groups have sites on each router (bit 0: group 0, bit 1: group 1).
    const std::uint32_t routers = routerCount();
    std::vector<std::uint8_t> present(routers, 0);
    for (NodeId site = 0; site < siteCount() && site < group.size(); ++site)
        present[routerOf(site)] |= std::uint8_t(1u << (group[site] & 1u));
    std::vector<std::uint8_t> within(linkCount(), 0);
    std::vector<std::uint8_t> across(linkCount(), 0);
    for (std::uint32_t a = 0; a < routers; ++a) {
        for (std::uint32_t b = a + 1; b < routers; ++b) {
            const bool sameGroup = (present[a] & present[b]) != 0;
            const bool otherGroup = ((present[a] & 1u) && (present[b] & 2u)) || ((present[a] & 2u) && (present[b] & 1u));
            if (!sameGroup && !otherGroup)
                continue;
            forEachRouteLink(a, b, [&](std::size_t link) {
                within[link] |= std::uint8_t(sameGroup);
                across[link] |= std::uint8_t(otherGroup);
            });
        }
    }
    std::vector<std::uint8_t> cut(linkCount(), 0);
    for (std::size_t link = 0; link < cut.size(); ++link)
        cut[link] = across[link] && !within[link];
    return cut;
}

std::shared_ptr<const Network> networkFor(const Config &config)
{
    if (config.network == NetworkKind::Complete)
        return nullptr;
    // A batch of a thousand runs asks a thousand times: the few networks in use are kept.
    using Key = std::tuple<NetworkKind, std::uint32_t, std::uint32_t, std::uint32_t, const NetworkDescription *>;
    static std::mutex mutex;
    struct Built
    {
        std::shared_ptr<const NetworkDescription> file; // held, so its address names it while kept
        std::shared_ptr<const Network> network;
    };
    static std::map<Key, Built> built;
    const Key key{config.network, config.nodes, config.smallTown, config.areaSize, config.networkFile.get()};
    const std::lock_guard lock(mutex);
    if (const auto found = built.find(key); found != built.end())
        return found->second.network;
    NetworkDescription description;
    switch (config.network) {
    case NetworkKind::Complete:
        return nullptr;
    case NetworkKind::Ring:
        description = Network::ring(config.nodes, config.areaSize);
        break;
    case NetworkKind::Grid:
        description = Network::grid(config.nodes, config.areaSize);
        break;
    case NetworkKind::TwoTowns:
        description = Network::twoTowns(config.nodes, config.smallTown, config.areaSize);
        break;
    case NetworkKind::File:
        if (!config.networkFile)
            throw std::invalid_argument("network: a network file was named but not read");
        description = *config.networkFile;
        break;
    }
    if (description.siteRouter.size() != config.nodes)
        throw std::invalid_argument("the network has " + std::to_string(description.siteRouter.size())
                                    + " sites but the run has " + std::to_string(config.nodes) + " people");
    auto network = std::make_shared<const Network>(std::move(description));
    constexpr std::size_t kept = 16;
    if (built.size() >= kept)
        built.clear();
    built.emplace(key, Built{config.networkFile.shared(), network});
    return network;
}

} // namespace gossip
