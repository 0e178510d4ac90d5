// Where the city puts its people: node positions and sizes and the legend's place, from node count and widget size.
#pragma once

#include "engine/network.h"
#include "engine/types.h"

#include <QLineF>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QSizeF>

#include <cstdint>
#include <vector>

// Story chapters have at most this many people: they get big lettered cells on a circle;
// larger cities get small dots on a jittered grid.
inline constexpr std::uint32_t maximumCells = 12;
// Item badges per row under a cell; a cell shows at most two rows.
inline constexpr int badgesPerRow = 4;
inline constexpr int maximumBadgeRows = 2;

// What the layout depends on. Nothing else goes in, so a node stays where it is as the
// rounds go by and comes back to the same place after a resize.
struct CityLayoutInput
{
    std::uint32_t nodes = 0;
    QSizeF size;
    double legendEms = 14.0; // the legend's width, in font sizes
    int legendLines = 17;    // the legend's height, in lines
    int legendColumnLines = 10; // in two columns (people, then messages): the taller one's lines
    double fontScale = 1.0;  // the legend's font grows by this much for a projector
    int badgeRows = 0;       // cells: rows of item badges under each cell
    // A city on a network: its people by area, its routers and links drawn (see
    // placeNetwork()); none for the complete network.
    const gossip::Network *network = nullptr;
    gossip::NetworkKind networkKind = gossip::NetworkKind::Complete;
};

// How the city is laid out at one size. Every node, with its badges, lies inside
// nodeArea, and nodeArea and legendArea do not overlap.
struct CityLayout
{
    enum class Shape { Cells, Dots };

    // Cell proportions, in cell radii, shared by the layout and the painter.
    static constexpr double badgeScale = 0.75;   // a badge's side: its letter is read from the back of a room
    static constexpr double badgeGap = 0.12;     // between a cell and its first badge row
    static constexpr double badgeRowPitch = 1.2; // in badge sides
    static constexpr double badgeSpacing = 0.15; // between badges in a row, in badge sides
    static constexpr double lineHeight = 1.5;    // the legend's line height, in font sizes

    Shape shape = Shape::Dots;
    double fontPixels = 0.0; // the legend's font size; grows with the widget
    // Beside the nodes the legend is one column; below them (a tall, narrow widget, such as
    // a 4:3 projector's half) two, people and messages, side by side.
    int legendColumns = 1;
    double margin = 0.0;
    QRectF nodeArea;
    QRectF legendArea;
    double nodeRadius = 0.0; // a cell's or dot's radius
    double spacing = 0.0;    // the distance between neighbouring dots or cells
    int badgeRows = 0;
    std::vector<QPointF> positions; // per node
    std::vector<QPointF> routers;   // per router of a network; empty without one

    double badgeSize() const { return badgeScale * nodeRadius; }
    // The pixel size of a badge's letter, and of the label of a particle carrying strains.
    double badgeLetterPixels() const { return 0.62 * badgeSize(); }
    // The badge row area under cell `node` (empty without badges).
    QRectF badgeArea(std::uint32_t node) const;
    // Badge `index` of the `count` badges of cell `node`; rows are centred under the cell.
    QRectF badgeRect(std::uint32_t node, int index, int count) const;
    // The rectangle a node and its badges take up.
    QRectF nodeBounds(std::uint32_t node) const;
    // The line a message from `from` to `to` is drawn along: rim to rim; between cells
    // moved to the right of its direction, so that an answer going back does not cover it.
    QLineF messageLine(std::uint32_t from, std::uint32_t to) const;
};

// The legend's font size in pixels at `size`: 16 px (12 pt) at 1280 x 720, growing with the
// widget, never below 13 px so a projected legend stays readable.
double cityFontPixels(const QSizeF &size);

// Lays out the city. Few nodes (at most maximumCells) go on a circle, A at the top and
// clockwise; many fill the area row by row in a snake, so nodes with neighbouring numbers
// (neighbours on the engine's ring for spatial gossip) stay side by side; on a network,
// many are drawn by area round their routers (placeNetwork()).
CityLayout layoutCity(const CityLayoutInput &input);

// Particles reach their receivers, or the places where they stop, at this share of the
// round's animation; the nodes take their new colours then, and the rest of the
// animation leaves time to see the change.
inline constexpr double particleArrival = 0.75;

// Where a particle is on its line (0 at the sender, 1 at the receiver) and how visible.
struct ParticleMotion
{
    double along = 0.0;
    double opacity = 0.0;
};

// How far along its line a message gets: delivered ones all the way; lost ones halfway
// (the network swallowed them), refused ones to the receiver's door, dropped ones a step
// out of the sender (they were never sent; the stub points at whom they were for).
double messageStop(gossip::Outcome outcome);

// A particle at `progress` (0 to 1) of the round's animation that stops at `stop`: it
// eases along its line; one that arrives vanishes into its receiver at particleArrival,
// one that stops short fades out where it stopped.
ParticleMotion particleMotion(double progress, double stop);

// Which side of the extended line `line` the point is on: the sign tells the side.
double sideOfLine(const QLineF &line, const QPointF &point);
// The unit vector to the right of a line's direction on screen, where y grows downwards.
QPointF rightOf(const QLineF &line);
// The share of the way from `from` to `to` at which it crosses the extended `wall`, or
// -1 when both ends are on the same side.
double wallCrossing(const QLineF &wall, const QPointF &from, const QPointF &to);
// The part of `polygon` on the side of the extended `line` whose sign is that of `sign`.
QPolygonF halfPlane(const QPolygonF &polygon, const QLineF &line, double sign);
