// Placing a network's routers and people.
#include "views/city/networklayout.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace {

// The golden angle: points i at radius sqrt(i) fill a disc evenly (a sunflower's seeds).
constexpr double goldenAngle = 2.39996322972865332;
// One person's room in the sunflower: neighbours about one unit apart.
constexpr double sunflowerStep = 0.56;

QPointF sunflower(std::size_t index, double step)
{
    const double radius = step * std::sqrt(double(index) + 0.5);
    const double angle = goldenAngle * double(index);
    return {radius * std::cos(angle), radius * std::sin(angle)};
}

// The radius of an area of `people`, with half a person's room round it.
double areaRadius(std::size_t people)
{
    return sunflowerStep * std::sqrt(double(std::max<std::size_t>(people, 1))) + 0.5;
}

// The areas linked to `centre` placed round it in a sunflower of their own, `pitch`
// apart; returns the town's radius.
double placeTown(const gossip::Network &network, std::uint32_t centre, std::uint32_t other, double pitch,
                 const QPointF &at, const QPointF &bridge, std::vector<QPointF> &routers)
{
    routers[centre] = at;
    std::vector<std::uint32_t> areas;
    for (const gossip::NetworkDescription::Link &link : network.description().links) {
        const std::uint32_t far = link.from == centre ? link.to : link.to == centre ? link.from : centre;
        if (far != centre && far != other)
            areas.push_back(far);
    }
    double radius = pitch / 2.0;
    // The first ring starts one pitch out, so the centre stays clear for the roads; no area
    // stands where the bridge leaves for the other town.
    const double bridgeAngle = std::atan2(bridge.y(), bridge.x());
    std::size_t seed = 3;
    for (std::size_t i = 0; i < areas.size(); ++i) {
        QPointF offset = sunflower(seed++, pitch * sunflowerStep);
        while (std::abs(std::remainder(std::atan2(offset.y(), offset.x()) - bridgeAngle, 2.0 * std::numbers::pi)) < 0.3)
            offset = sunflower(seed++, pitch * sunflowerStep);
        routers[areas[i]] = at + offset;
        radius = std::max(radius, std::hypot(offset.x(), offset.y()) + pitch / 2.0);
    }
    return radius;
}

void placeByForces(const gossip::Network &network, double pitch, std::vector<QPointF> &routers)
{
    // Fruchterman and Reingold: linked routers pull, all push, cooling as it goes; from a
    // circle, so the result is the same every time.
    const std::size_t count = routers.size();
    for (std::size_t i = 0; i < count; ++i) {
        const double angle = 2.0 * std::numbers::pi * double(i) / double(count);
        routers[i] = QPointF(std::cos(angle), std::sin(angle)) * (pitch * double(count) / (2.0 * std::numbers::pi));
    }
    const double ideal = pitch;
    const int rounds = count > 400 ? 60 : 200;
    double temperature = pitch * std::sqrt(double(count));
    std::vector<QPointF> moves(count);
    for (int round = 0; round < rounds; ++round) {
        std::fill(moves.begin(), moves.end(), QPointF());
        for (std::size_t a = 0; a < count; ++a) {
            for (std::size_t b = a + 1; b < count; ++b) {
                QPointF d = routers[a] - routers[b];
                const double distance = std::max(0.01, std::hypot(d.x(), d.y()));
                const QPointF push = d / distance * (ideal * ideal / distance);
                moves[a] += push;
                moves[b] -= push;
            }
        }
        for (const gossip::NetworkDescription::Link &link : network.description().links) {
            QPointF d = routers[link.from] - routers[link.to];
            const double distance = std::max(0.01, std::hypot(d.x(), d.y()));
            const QPointF pull = d / distance * (distance * distance / ideal);
            moves[link.from] -= pull;
            moves[link.to] += pull;
        }
        for (std::size_t i = 0; i < count; ++i) {
            const double length = std::max(0.01, std::hypot(moves[i].x(), moves[i].y()));
            routers[i] += moves[i] / length * std::min(length, temperature);
        }
        temperature *= 0.95;
    }
}

} // namespace

NetworkPlacement placeNetwork(const gossip::Network &network, gossip::NetworkKind kind, double aspect)
{
    NetworkPlacement placement;
    const std::uint32_t count = network.routerCount();
    placement.routers.assign(count, QPointF());
    double widest = 0.0;
    for (std::uint32_t router = 0; router < count; ++router)
        widest = std::max(widest, areaRadius(network.sitesAt(router).size()));
    // Two areas side by side with a street between them.
    const double pitch = 2.0 * widest + 1.0;
    switch (kind) {
    case gossip::NetworkKind::TwoTowns: {
        // Routers 0 and 1 are the centres (Network::twoTowns()). The river runs between
        // them: across a wide room, down a narrow one.
        const QPointF way = aspect >= 1.0 ? QPointF(1.0, 0.0) : QPointF(0.0, 1.0);
        const double big = placeTown(network, 0, 1, pitch, QPointF(), way, placement.routers);
        std::vector<QPointF> smallTown(count);
        const double small = placeTown(network, 1, 0, pitch, QPointF(), -way, smallTown);
        const QPointF across = way * (big + small + 2.0 * pitch);
        for (std::uint32_t router = 0; router < count; ++router) {
            if (router == 1 || smallTown[router] != QPointF())
                placement.routers[router] = smallTown[router] + across;
        }
        break;
    }
    case gossip::NetworkKind::Ring: {
        const double radius = std::max(pitch, pitch * double(count) / (2.0 * std::numbers::pi));
        for (std::uint32_t router = 0; router < count; ++router) {
            const double angle = -std::numbers::pi / 2.0 + 2.0 * std::numbers::pi * double(router) / double(count);
            placement.routers[router] = QPointF(std::cos(angle), std::sin(angle)) * radius;
        }
        break;
    }
    case gossip::NetworkKind::Grid: {
        const auto columns = std::uint32_t(std::ceil(std::sqrt(double(count))));
        for (std::uint32_t router = 0; router < count; ++router)
            placement.routers[router] = QPointF(double(router % columns), double(router / columns)) * pitch;
        break;
    }
    case gossip::NetworkKind::Complete:
    case gossip::NetworkKind::File:
        placeByForces(network, pitch, placement.routers);
        break;
    }
    placement.sites.assign(network.siteCount(), QPointF());
    for (std::uint32_t router = 0; router < count; ++router) {
        const auto sites = network.sitesAt(router);
        for (std::size_t i = 0; i < sites.size(); ++i)
            placement.sites[sites[i]] = placement.routers[router] + sunflower(i, sunflowerStep);
    }
    placement.left = placement.top = std::numeric_limits<double>::max();
    placement.right = placement.bottom = std::numeric_limits<double>::lowest();
    const auto include = [&placement](const QPointF &point, double room) {
        placement.left = std::min(placement.left, point.x() - room);
        placement.right = std::max(placement.right, point.x() + room);
        placement.top = std::min(placement.top, point.y() - room);
        placement.bottom = std::max(placement.bottom, point.y() + room);
    };
    for (const QPointF &site : placement.sites)
        include(site, 0.5);
    for (const QPointF &router : placement.routers)
        include(router, 0.5);
    return placement;
}
