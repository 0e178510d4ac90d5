// Where a network's routers and sites go in the city: towns of areas, rings and grids.
#pragma once

#include "engine/network.h"

#include <QPointF>

#include <vector>

// A network drawn in units of the distance between two neighbouring people: each router
// with its people around it in a small sunflower (an area, a local network), the routers
// placed as the network is made. Two towns: the big town's areas around its centre on the
// left, the small town's on the right, the two centres a bridge apart; a ring on a circle;
// a grid on a grid; any other network by a force-directed layout, the same every time.
// Nothing overlaps: areas are at least their people's width apart.
struct NetworkPlacement
{
    std::vector<QPointF> routers; // per router
    std::vector<QPointF> sites;   // per site (NodeId)
    double left = 0.0;            // the bounding box of routers and sites, with half a
    double top = 0.0;             // person's room around each site
    double right = 0.0;
    double bottom = 0.0;
};

// `aspect` is the width over the height of the room it will be drawn in: two towns stand
// side by side in a wide room and one above the other in a narrow one.
NetworkPlacement placeNetwork(const gossip::Network &network, gossip::NetworkKind kind, double aspect = 1.5);
