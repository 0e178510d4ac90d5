// The city's layout: a circle of cells for the story, a jittered grid of dots for a city.
#include "views/city/citylayout.h"

#include "views/city/networklayout.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace {

constexpr double referenceWidth = 1280.0;
constexpr double referenceHeight = 720.0;
constexpr double referenceFont = 16.0;
constexpr double minimumFont = 13.0;
constexpr double maximumFont = 32.0;
// A squeezed legend may go below minimumFont rather than cover the nodes.
constexpr double smallestFont = 9.0;
constexpr double maximumLegendShare = 0.4; // of the widget's width, beside the nodes
constexpr double maximumLegendBelowShare = 0.42; // of the widget's height, below them

// Cells, in cell radii.
constexpr double cellGap = 0.6;             // at least this much room between neighbours
constexpr double maximumCellRatio = 0.3;    // cell radius over ring radius, so few cells do not crowd
constexpr double maximumCellShare = 0.13;   // of the node area's smaller side

// Dots, in grid pitches.
constexpr double dotRatio = 0.34;
constexpr double jitterRatio = 0.15;        // dotRatio + jitterRatio < 0.5 keeps dots apart
constexpr double maximumDotFonts = 1.1;     // a sparse city's dots stay modest

// Messages between cells, in cell radii: how far right of the centre line they run.
constexpr double messageShift = 0.2;
// Where messages that do not arrive stop: lost halfway, refused at the receiver's door,
// dropped from a full cache a step out of the sender, so its stub shows whose mail it was.
constexpr double lostStop = 0.5;
constexpr double refusedStop = 0.88;
constexpr double droppedStop = 0.25;

double smoothStep(double x)
{
    return x * x * (3.0 - 2.0 * x);
}

double badgeRowWidth()
{
    return (badgesPerRow + (badgesPerRow - 1) * CityLayout::badgeSpacing) * CityLayout::badgeScale;
}

// Half the width of a cell with its badges, in cell radii.
double cellHalfWidth(int badgeRows)
{
    return badgeRows > 0 ? std::max(1.0, badgeRowWidth() / 2.0) : 1.0;
}

// How far a cell with its badges reaches below its centre, in cell radii.
double cellDepth(int badgeRows)
{
    if (badgeRows == 0)
        return 1.0;
    return 1.0 + CityLayout::badgeGap + badgeRows * CityLayout::badgeRowPitch * CityLayout::badgeScale;
}

// A fixed pseudo-random offset in [-1, 1] x [-1, 1] per node (splitmix64), so the grid looks
// like a town and not a spreadsheet, yet never moves.
QPointF jitter(std::uint32_t node)
{
    std::uint64_t z = std::uint64_t(node) + 0x9E3779B97F4A7C15ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    z ^= z >> 31;
    const auto unit = [](std::uint64_t bits) { return double(bits & 0xFFFFFF) / double(0xFFFFFF) * 2.0 - 1.0; };
    return {unit(z), unit(z >> 32)};
}

void layoutCells(CityLayout &layout, std::uint32_t nodes)
{
    const QRectF area = layout.nodeArea;
    const double halfWidth = cellHalfWidth(layout.badgeRows);
    const double depth = cellDepth(layout.badgeRows);
    const double cap = maximumCellShare * std::min(area.width(), area.height());

    if (nodes == 1) {
        const double radius = std::min({area.width() / (2.0 * halfWidth), area.height() / (1.0 + depth), cap});
        layout.nodeRadius = radius;
        layout.positions = {QPointF(area.center().x(), area.center().y() - (depth - 1.0) * radius / 2.0)};
        return;
    }

    // Two people face each other across the middle; more stand on a circle, A at the top.
    const double start = nodes == 2 ? std::numbers::pi : -std::numbers::pi / 2.0;
    std::vector<QPointF> unit(nodes);
    double left = 0, right = 0, top = 0, bottom = 0;
    for (std::uint32_t i = 0; i < nodes; ++i) {
        const double angle = start + 2.0 * std::numbers::pi * i / nodes;
        unit[i] = {std::cos(angle), std::sin(angle)};
        left = std::min(left, unit[i].x());
        right = std::max(right, unit[i].x());
        top = std::min(top, unit[i].y());
        bottom = std::max(bottom, unit[i].y());
    }
    // Neighbours are one chord apart; that chord must hold both cells, badges and a gap.
    const double chord = 2.0 * std::sin(std::numbers::pi / nodes);
    const double ratio = std::min(maximumCellRatio, chord / (std::max(1.0 + depth, 2.0 * halfWidth) + cellGap));
    const double ring = std::min(area.width() / (right - left + 2.0 * halfWidth * ratio),
                                 area.height() / (bottom - top + (1.0 + depth) * ratio));
    const double radius = std::min(ratio * ring, cap);

    // Centre the drawing (circle, cells and badges) in the area.
    const double contentLeft = ring * left - halfWidth * radius;
    const double contentRight = ring * right + halfWidth * radius;
    const double contentTop = ring * top - radius;
    const double contentBottom = ring * bottom + depth * radius;
    const QPointF offset(area.center().x() - (contentLeft + contentRight) / 2.0,
                         area.center().y() - (contentTop + contentBottom) / 2.0);
    layout.nodeRadius = radius;
    layout.spacing = chord * ring;
    layout.positions.resize(nodes);
    for (std::uint32_t i = 0; i < nodes; ++i)
        layout.positions[i] = offset + unit[i] * ring;
}

void layoutDots(CityLayout &layout, std::uint32_t nodes)
{
    const QRectF area = layout.nodeArea;
    const double aspect = area.width() / std::max(1.0, area.height());
    const int guess = std::max(1, int(std::lround(std::sqrt(double(nodes) * aspect))));
    int columns = 1;
    int rows = int(nodes);
    double pitch = 0.0;
    for (int candidate = std::max(1, guess - 2); candidate <= guess + 2; ++candidate) {
        const int candidateRows = int((nodes + std::uint32_t(candidate) - 1) / std::uint32_t(candidate));
        const double candidatePitch = std::min(area.width() / candidate, area.height() / candidateRows);
        if (candidatePitch > pitch) {
            pitch = candidatePitch;
            columns = candidate;
            rows = candidateRows;
        }
    }
    const double radius = std::min(dotRatio * pitch, maximumDotFonts * layout.fontPixels);
    const double wobble = std::min(jitterRatio * pitch, std::max(0.0, 0.49 * pitch - radius));
    const QPointF origin(area.center().x() - columns * pitch / 2.0, area.center().y() - rows * pitch / 2.0);

    layout.nodeRadius = radius;
    layout.spacing = pitch;
    layout.positions.resize(nodes);
    for (std::uint32_t i = 0; i < nodes; ++i) {
        const int row = int(i / std::uint32_t(columns));
        int column = int(i % std::uint32_t(columns));
        if (row % 2 == 1)
            column = columns - 1 - column;
        layout.positions[i] = origin + QPointF((column + 0.5) * pitch, (row + 0.5) * pitch) + jitter(i) * wobble;
    }
}

void layoutNetwork(CityLayout &layout, const gossip::Network &network, gossip::NetworkKind kind)
{
    // The placement is in units of one person's room: scaled as large as the area allows,
    // and centred.
    const QRectF area = layout.nodeArea;
    const NetworkPlacement placement = placeNetwork(network, kind, area.width() / std::max(1.0, area.height()));
    const double scale = std::min(area.width() / std::max(1.0, placement.right - placement.left),
                                  area.height() / std::max(1.0, placement.bottom - placement.top));
    const QPointF offset(area.center().x() - scale * (placement.left + placement.right) / 2.0,
                         area.center().y() - scale * (placement.top + placement.bottom) / 2.0);
    layout.spacing = scale;
    layout.nodeRadius = std::min(0.42 * scale, maximumDotFonts * layout.fontPixels);
    layout.positions.resize(placement.sites.size());
    for (std::size_t site = 0; site < placement.sites.size(); ++site)
        layout.positions[site] = offset + placement.sites[site] * scale;
    layout.routers.resize(placement.routers.size());
    for (std::size_t router = 0; router < placement.routers.size(); ++router)
        layout.routers[router] = offset + placement.routers[router] * scale;
}

} // namespace

QRectF CityLayout::badgeArea(std::uint32_t node) const
{
    if (shape != Shape::Cells || badgeRows == 0)
        return {};
    const QPointF centre = positions[node];
    const double width = badgeRowWidth() * nodeRadius;
    const double height = badgeRows * badgeRowPitch * badgeSize();
    return {centre.x() - width / 2.0, centre.y() + nodeRadius * (1.0 + badgeGap), width, height};
}

QRectF CityLayout::badgeRect(std::uint32_t node, int index, int count) const
{
    const QRectF area = badgeArea(node);
    const double side = badgeSize();
    const int row = index / badgesPerRow;
    const int inRow = std::min(badgesPerRow, count - row * badgesPerRow);
    const double step = side * (1.0 + badgeSpacing);
    const double rowWidth = inRow * side + (inRow - 1) * side * badgeSpacing;
    const double left = area.center().x() - rowWidth / 2.0 + (index % badgesPerRow) * step;
    return {left, area.top() + row * badgeRowPitch * side, side, side};
}

QRectF CityLayout::nodeBounds(std::uint32_t node) const
{
    const QPointF centre = positions[node];
    const QRectF cell(centre.x() - nodeRadius, centre.y() - nodeRadius, 2.0 * nodeRadius, 2.0 * nodeRadius);
    return badgeRows > 0 && shape == Shape::Cells ? cell.united(badgeArea(node)) : cell;
}

QLineF CityLayout::messageLine(std::uint32_t from, std::uint32_t to) const
{
    const QLineF centres(positions[from], positions[to]);
    const double length = centres.length();
    if (length <= 2.0 * nodeRadius)
        return centres;
    const QPointF direction = (centres.p2() - centres.p1()) / length;
    if (shape != Shape::Cells)
        return {centres.p1() + direction * nodeRadius, centres.p2() - direction * nodeRadius};
    const QPointF shift = rightOf(centres) * (messageShift * nodeRadius);
    // Where the shifted line meets each cell's rim.
    const double inset = nodeRadius * std::sqrt(1.0 - messageShift * messageShift);
    return {centres.p1() + direction * inset + shift, centres.p2() - direction * inset + shift};
}

double cityFontPixels(const QSizeF &size)
{
    const double scale = std::min(size.width() / referenceWidth, size.height() / referenceHeight);
    return std::clamp(referenceFont * scale, minimumFont, maximumFont);
}

CityLayout layoutCity(const CityLayoutInput &input)
{
    CityLayout layout;
    const double width = std::max(1.0, input.size.width());
    const double height = std::max(1.0, input.size.height());

    // The legend must fit beside the nodes; a cramped widget gets a smaller font first.
    const double wanted = cityFontPixels(input.size) * input.fontScale;
    const double ems = std::max(1.0, input.legendEms);
    double font = std::min(wanted, maximumLegendShare * width / ems);
    font = std::min(font, height / ((input.legendLines + 1) * CityLayout::lineHeight));
    font = std::max(font, smallestFont);
    double margin = std::max(6.0, 0.6 * font);
    double legendWidth = ems * font;
    layout.legendArea = QRectF(width - margin - legendWidth, margin, legendWidth,
                               std::min(height - 2.0 * margin, input.legendLines * CityLayout::lineHeight * font));
    // A double margin between nodes and legend keeps the two apart at a glance.
    layout.nodeArea = QRectF(margin, margin, std::max(1.0, layout.legendArea.left() - 3.0 * margin),
                             std::max(1.0, height - 2.0 * margin));

    // In a tall, narrow widget the legend beside would leave the nodes a strip: below them,
    // in two columns across the width, it may keep its size and give them the room.
    double belowFont = std::min(wanted, width / (2.0 * ems + 1.5));
    belowFont = std::min(belowFont, maximumLegendBelowShare * height / (input.legendColumnLines * CityLayout::lineHeight));
    belowFont = std::max(belowFont, smallestFont);
    const double belowMargin = std::max(6.0, 0.6 * belowFont);
    const double belowHeight = input.legendColumnLines * CityLayout::lineHeight * belowFont;
    const QRectF belowNodes(belowMargin, belowMargin, std::max(1.0, width - 2.0 * belowMargin),
                            std::max(1.0, height - belowHeight - 4.0 * belowMargin));
    const auto smaller = [](const QRectF &area) { return std::min(area.width(), area.height()); };
    if (belowFont >= font && smaller(belowNodes) > 1.15 * smaller(layout.nodeArea)) {
        font = belowFont;
        margin = belowMargin;
        legendWidth = 2.0 * ems * font;
        layout.legendColumns = 2;
        layout.nodeArea = belowNodes;
        layout.legendArea = QRectF(margin, height - margin - belowHeight, legendWidth, belowHeight);
    }
    layout.fontPixels = font;
    layout.margin = margin;

    if (input.nodes == 0)
        return layout;
    if (input.nodes <= maximumCells) {
        layout.shape = CityLayout::Shape::Cells;
        layout.badgeRows = std::clamp(input.badgeRows, 0, maximumBadgeRows);
        layoutCells(layout, input.nodes);
    } else if (input.network && input.network->siteCount() == input.nodes) {
        layoutNetwork(layout, *input.network, input.networkKind);
    } else {
        layoutDots(layout, input.nodes);
    }
    return layout;
}

double messageStop(gossip::Outcome outcome)
{
    switch (outcome) {
    case gossip::Outcome::New:
    case gossip::Outcome::Redundant:
        return 1.0;
    case gossip::Outcome::Lost:
    case gossip::Outcome::CutOff:
        return lostStop;
    case gossip::Outcome::Refused:
        return refusedStop;
    case gossip::Outcome::Dropped:
        return droppedStop;
    }
    return 1.0;
}

ParticleMotion particleMotion(double progress, double stop)
{
    if (progress < 0.0 || progress >= particleArrival)
        return {stop, 0.0};
    const double travel = smoothStep(progress / particleArrival);
    if (stop >= 1.0 || travel <= stop)
        return {std::min(travel, stop), 1.0};
    return {stop, 1.0 - (travel - stop) / (1.0 - stop)};
}

double sideOfLine(const QLineF &line, const QPointF &point)
{
    const QPointF direction = line.p2() - line.p1();
    const QPointF offset = point - line.p1();
    return direction.x() * offset.y() - direction.y() * offset.x();
}

QPointF rightOf(const QLineF &line)
{
    const double length = std::max(1e-9, line.length());
    return {-line.dy() / length, line.dx() / length};
}

double wallCrossing(const QLineF &wall, const QPointF &from, const QPointF &to)
{
    const double a = sideOfLine(wall, from);
    const double b = sideOfLine(wall, to);
    if ((a > 0.0) == (b > 0.0))
        return -1.0;
    return a / (a - b);
}

QPolygonF halfPlane(const QPolygonF &polygon, const QLineF &line, double sign)
{
    // Sutherland-Hodgman against one edge.
    QPolygonF result;
    for (qsizetype i = 0; i < polygon.size(); ++i) {
        const QPointF a = polygon[i];
        const QPointF b = polygon[(i + 1) % polygon.size()];
        const double sideA = sideOfLine(line, a) * sign;
        const double sideB = sideOfLine(line, b) * sign;
        if (sideA >= 0.0)
            result << a;
        if ((sideA >= 0.0) != (sideB >= 0.0))
            result << a + (b - a) * (sideA / (sideA - sideB));
    }
    return result;
}
