// Draws the city: the node layer, message paths and particles, highlight and selection.
#include "views/city/citypainter.h"

#include "views/city/citylegend.h"
#include "views/simulation/simulationcontroller.h"
#include "views/style/citystyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace {

// A fainter dot trails each particle by this much progress, to show which way it goes.
constexpr double trailLag = 0.07;
// A town this small (and a round this quiet) draws each message's path; a city would be a tangle.
constexpr std::uint32_t maximumPathNodes = 100;
constexpr std::size_t maximumPaths = 150;
// High contrast (presentation mode): lines this much thicker, particles this much larger.
constexpr double highContrastLines = 1.6;
constexpr double highContrastParticles = 1.4;

// Text on a coloured fill: white on dark colours, near-black on light ones.
QColor textOn(const QColor &fill)
{
    const double luminance = 0.299 * fill.redF() + 0.587 * fill.greenF() + 0.114 * fill.blueF();
    return luminance > 0.55 ? QColor(0x1A, 0x1A, 0x1A) : QColor(Qt::white);
}

QColor withAlpha(QColor color, double alpha)
{
    color.setAlphaF(float(alpha));
    return color;
}

QColor mix(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * share),
                            float(a.greenF() + (b.greenF() - a.greenF()) * share),
                            float(a.blueF() + (b.blueF() - a.blueF()) * share));
}

void drawArrowHead(QPainter &painter, const QLineF &line, double size, const QColor &color)
{
    if (line.length() < 1e-6)
        return;
    const QPointF tip = line.p2();
    const QPointF direction = (line.p2() - line.p1()) / line.length();
    const QPointF normal(-direction.y(), direction.x());
    const QPointF base = tip - direction * size;
    const QPolygonF head{tip, base + normal * (size * 0.5), base - normal * (size * 0.5)};
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawPolygon(head);
}

// Particles are a little smaller than the dots they leave and reach, yet big enough to follow.
double particleRadius(const CityLayout &layout)
{
    return std::clamp(0.7 * layout.nodeRadius, 2.5, 0.55 * layout.fontPixels);
}

// Particles are drawn in this order, so new (useful) messages come out on top.
constexpr gossip::Outcome drawingOrder[] = {gossip::Outcome::Redundant, gossip::Outcome::Dropped,
                                            gossip::Outcome::Refused,   gossip::Outcome::CutOff,
                                            gossip::Outcome::Lost,      gossip::Outcome::New};

} // namespace

CityPainter::CityPainter(const SimulationController &controller, const CityLayout &layout)
    : m_controller(controller)
    , m_layout(layout)
{
}

void CityPainter::invalidateSprites()
{
    m_sprites.invalidate();
}

void CityPainter::ensureSprites(const CityFrameOptions &options, double pixelRatio)
{
    m_sprites.ensure(options, m_layout, pixelRatio);
}

QColor CityPainter::groundColor(const CityFrameOptions &options)
{
    return mix(options.palette.color(QPalette::Base), options.palette.color(QPalette::Text),
               options.highContrast ? 0.16 : 0.09);
}

QColor CityPainter::outlineColor(const CityFrameOptions &options, const QColor &fill, int darkness)
{
    return options.highContrast ? QColor(0x1A, 0x1A, 0x1A) : fill.darker(darkness);
}

void CityPainter::drawPerson(QPainter &painter, const CityFrameOptions &options, const QPointF &centre,
                             double radius, double outlineWidth, NodeState state, bool forger)
{
    // A forger holds updates like anyone else; alone (in a legend) its ring has no state inside.
    const QColor fill = state == NodeState::Byzantine ? options.palette.color(QPalette::Base) : nodeStateColor(state);
    painter.setPen(QPen(outlineColor(options, fill, 140), outlineWidth,
                        state == NodeState::Down ? Qt::DashLine : Qt::SolidLine));
    painter.setBrush(fill);
    painter.drawEllipse(centre, radius, radius);
    if (state == NodeState::Outdated) {
        // Healthy's colour, struck through: still susceptible to the newest version.
        painter.save();
        QPainterPath disc;
        disc.addEllipse(centre, radius, radius);
        painter.setClipPath(disc, Qt::IntersectClip);
        painter.setPen(QPen(outlineColor(options, fill, 190), std::max(1.0, 0.1 * radius) * lineScale(options)));
        const double spacing = std::max(3.0, 0.34 * radius);
        for (double offset = -2.0 * radius; offset <= 2.0 * radius; offset += spacing)
            painter.drawLine(QPointF(centre.x() + offset - radius, centre.y() + radius),
                             QPointF(centre.x() + offset + radius, centre.y() - radius));
        painter.restore();
    }
    if (forger) {
        // Yellow on a dark edge, so it shows on light ground and on every fill.
        const QColor yellow = nodeStateColor(NodeState::Byzantine);
        const double width = std::max(3.0, 0.16 * radius) * lineScale(options);
        const double ring = radius + width / 2.0;
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(outlineColor(options, yellow, 220), width + 2.0 * lineScale(options)));
        painter.drawEllipse(centre, ring, ring);
        painter.setPen(QPen(yellow, width));
        painter.drawEllipse(centre, ring, ring);
    }
}

QPen CityPainter::cacheRingPen(const CityFrameOptions &options, double width)
{
    // Round dots, so the ring is not taken for a crashed person's dashed outline.
    QPen pen(options.palette.color(QPalette::Text), width, Qt::CustomDashLine, Qt::RoundCap);
    pen.setDashPattern({0.01, 2.2});
    return pen;
}

double CityPainter::lineScale(const CityFrameOptions &options)
{
    return options.highContrast ? highContrastLines : 1.0;
}

double CityPainter::particleSize(const CityFrameOptions &options, const CityLayout &layout)
{
    return particleRadius(layout) * (options.highContrast ? highContrastParticles : 1.0);
}

double CityPainter::groundRadius(const CityLayout &layout)
{
    const double radius = layout.nodeRadius;
    return layout.shape == CityLayout::Shape::Cells ? 1.3 * radius : std::min(0.75 * layout.spacing, 2.2 * radius);
}

bool CityPainter::wallSeparatesGroups(const CityFrameOptions &options) const
{
    const gossip::World &world = m_controller.world();
    if (!options.hasWall || !world.partitioned || m_layout.positions.size() != world.nodes)
        return false;
    std::array<int, 2> groupSide{}; // the side of the wall each group is on: -1, 1, or 0 while unseen
    for (gossip::NodeId node = 0; node < world.nodes; ++node) {
        const int here = sideOfLine(options.wall, m_layout.positions[node]) > 0.0 ? 1 : -1;
        int &expected = groupSide[world.group[node] ? 1u : 0u];
        if (expected == 0)
            expected = here;
        else if (expected != here)
            return false;
    }
    return groupSide[0] != 0 && groupSide[1] != 0 && groupSide[0] != groupSide[1];
}

void CityPainter::drawNodeLayer(QPainter &painter, const CityFrameOptions &options, bool useSprites)
{
    const gossip::World &world = m_controller.world();
    m_states.resize(world.nodes);
    for (gossip::NodeId node = 0; node < world.nodes; ++node)
        m_states[node] = nodeState(m_controller.simulation(), node);
    m_wallShown = wallSeparatesGroups(options);

    painter.fillRect(options.bounds, options.palette.color(QPalette::Base));
    drawPartition(painter, options, useSprites);
    drawLinks(painter, options);
    if (m_layout.shape == CityLayout::Shape::Cells)
        drawCells(painter, options);
    else
        drawDots(painter, options, useSprites);
    CityLegend(m_controller).draw(painter, m_layout, options);
}

QPen CityPainter::linkPen(const CityFrameOptions &options, const CityLayout &layout, double load, double busiest)
{
    const double thinnest = 1.0 * lineScale(options);
    // Never so thick that it hides the people beside it: at most about a person's width.
    const double thickest = std::max(2.0, std::min(0.55 * layout.fontPixels, 1.6 * layout.nodeRadius)) * lineScale(options);
    const double share = busiest > 0.0 ? std::clamp(load / busiest, 0.0, 1.0) : 0.0;
    QColor ink = options.palette.color(QPalette::Text);
    ink.setAlphaF(float(0.35 + 0.5 * share));
    QPen pen(ink, thinnest + (thickest - thinnest) * share);
    pen.setCapStyle(Qt::RoundCap);
    return pen;
}

void CityPainter::drawCutLink(QPainter &painter, const CityFrameOptions &options, const CityLayout &layout, const QLineF &line)
{
    // Dashed in the colour of cut-off calls, with two bars across its middle: a road closed.
    const QColor colour = outcomeColor(gossip::Outcome::CutOff);
    QPen road(colour, std::max(2.0, 0.25 * layout.fontPixels) * lineScale(options), Qt::DashLine);
    road.setCapStyle(Qt::FlatCap);
    painter.setPen(road);
    painter.drawLine(line);
    const QPointF middle = line.center();
    const QPointF along = line.length() > 0 ? (line.p2() - line.p1()) / line.length() : QPointF(1, 0);
    const QPointF across(-along.y(), along.x());
    const double half = 0.6 * layout.fontPixels;
    const double gap = 0.18 * layout.fontPixels;
    painter.setPen(QPen(colour, std::max(2.0, 0.22 * layout.fontPixels) * lineScale(options), Qt::SolidLine, Qt::FlatCap));
    for (double side : {-1.0, 1.0})
        painter.drawLine(middle + side * gap * along - half * across, middle + side * gap * along + half * across);
}

void CityPainter::drawLinks(QPainter &painter, const CityFrameOptions &options) const
{
    if (m_layout.routers.empty())
        return;
    const auto network = gossip::networkFor(m_controller.simulation().config());
    if (!network || network->routerCount() != m_layout.routers.size())
        return;
    const gossip::World &world = m_controller.world();
    const double rounds = std::max(1.0, double(world.round));
    double busiest = 0.0;
    for (std::uint64_t conversations : world.linkConversations)
        busiest = std::max(busiest, double(conversations) / rounds);
    const auto &links = network->description().links;
    const std::vector<std::uint8_t> &cut = m_controller.cutLinks();
    for (std::size_t link = 0; link < links.size(); ++link) {
        const QPointF from = m_layout.routers[links[link].from];
        const QPointF to = m_layout.routers[links[link].to];
        if (link < cut.size() && cut[link]) {
            drawCutLink(painter, options, m_layout, QLineF(from, to));
            continue;
        }
        const double load = link < world.linkConversations.size() ? double(world.linkConversations[link]) / rounds : 0.0;
        painter.setPen(linkPen(options, m_layout, load, busiest));
        painter.drawLine(from, to);
    }
    // Routers with nobody on them (a town's centre) as small squares where roads meet.
    const double half = std::max(3.0, 0.3 * m_layout.fontPixels);
    painter.setPen(QPen(options.palette.color(QPalette::Text), lineScale(options)));
    painter.setBrush(options.palette.color(QPalette::Base));
    for (std::uint32_t router = 0; router < network->routerCount(); ++router) {
        if (network->sitesAt(router).empty())
            painter.drawRect(QRectF(m_layout.routers[router] - QPointF(half, half), QSizeF(2 * half, 2 * half)));
    }
}

void CityPainter::drawPartition(QPainter &painter, const CityFrameOptions &options, bool useSprites) const
{
    const gossip::World &world = m_controller.world();
    if (!world.partitioned)
        return;
    // The smaller side, the one cut off, stands on grey ground.
    painter.setPen(Qt::NoPen);
    painter.setBrush(groundColor(options));
    const QRectF ground = m_layout.nodeArea.adjusted(-m_layout.margin / 2, -m_layout.margin / 2, m_layout.margin / 2,
                                                     m_layout.margin / 2);
    if (!m_wallShown) {
        // Without a drawn wall (a scripted partition) each cut-off node gets a patch of
        // ground; in a dense city neighbouring patches join into one district.
        const double patch = groundRadius(m_layout);
        const QPointF offset = useSprites ? CitySprites::offset(m_sprites.ground()) : QPointF();
        for (gossip::NodeId node = 0; node < world.nodes; ++node) {
            if (!world.group[node])
                continue;
            if (useSprites)
                painter.drawImage(m_layout.positions[node] - offset, m_sprites.ground());
            else
                painter.drawEllipse(m_layout.positions[node], patch, patch);
        }
        return;
    }
    const auto cutOff = std::find(world.group.begin(), world.group.end(), 1);
    const double sign = sideOfLine(options.wall, m_layout.positions[std::size_t(cutOff - world.group.begin())]);
    painter.drawPolygon(halfPlane(QPolygonF(ground), options.wall, sign));
    // The wall runs right across the town, wherever the mouse started and ended it.
    const QLineF wall = options.wall;
    const double reach = std::hypot(options.bounds.width(), options.bounds.height()) / std::max(1.0, wall.length());
    const QPointF direction = wall.p2() - wall.p1();
    painter.save();
    painter.setClipRect(ground);
    QPen pen(options.palette.color(QPalette::Text), std::max(3.0, 0.25 * m_layout.fontPixels), Qt::DashLine,
             Qt::FlatCap);
    painter.setPen(pen);
    painter.drawLine(QLineF(wall.p1() - direction * reach, wall.p2() + direction * reach));
    painter.restore();
}

bool CityPainter::waitsInACache(gossip::NodeId node) const
{
    for (const gossip::MailCache &cache : gossip::DirectMail::caches(m_controller.world())) {
        for (const gossip::PendingMail &mail : cache.entries) {
            if (mail.to == node)
                return true;
        }
    }
    return false;
}

void CityPainter::drawCells(QPainter &painter, const CityFrameOptions &options) const
{
    const gossip::World &world = m_controller.world();
    const double radius = m_layout.nodeRadius;
    QFont letter = options.font;
    letter.setPixelSize(std::max(1, int(std::lround(0.95 * radius))));
    letter.setBold(true);
    for (gossip::NodeId node = 0; node < world.nodes; ++node) {
        const QPointF centre = m_layout.positions[node];
        const NodeState state = m_states[node];
        const QColor fill = nodeStateColor(state);
        // A crashed person is drawn with a broken outline as well as in grey.
        drawPerson(painter, options, centre, radius, lineScale(options) * std::max(2.0, 0.07 * radius), state,
                   world.byzantine[node] != 0);
        if (waitsInACache(node)) {
            painter.setPen(cacheRingPen(options, lineScale(options) * std::max(2.5, 0.08 * radius)));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(centre, 1.15 * radius, 1.15 * radius);
        }
        painter.setPen(textOn(fill));
        painter.setFont(letter);
        painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius), Qt::AlignCenter,
                         CityStyle::nodeName(world.nodes, node));
        if (m_layout.badgeRows > 0)
            drawBadges(painter, options, node);
    }
}

void CityPainter::drawBadges(QPainter &painter, const CityFrameOptions &options, gossip::NodeId node) const
{
    const gossip::Simulation &simulation = m_controller.simulation();
    const gossip::World &world = m_controller.world();
    std::vector<gossip::KeyId> held;
    for (gossip::KeyId key = 0; key < world.keys; ++key) {
        if (simulation.version(node, key) != gossip::noVersion)
            held.push_back(key);
    }
    if (held.empty())
        return;
    const int shown = std::min(int(held.size()), maximumBadges);
    const bool overflow = int(held.size()) > maximumBadges;
    const double side = m_layout.badgeSize();
    const QColor base = options.palette.color(QPalette::Base);
    const QColor text = options.palette.color(QPalette::Text);
    const QColor glow = outcomeColor(gossip::Outcome::New);
    QFont label = options.font;
    label.setPixelSize(std::max(1, int(std::lround(m_layout.badgeLetterPixels()))));
    label.setBold(true);
    painter.setFont(label);
    for (int i = 0; i < shown; ++i) {
        const QRectF box = m_layout.badgeRect(node, i, shown);
        const double corner = 0.22 * side;
        if (overflow && i == shown - 1) {
            painter.setPen(QPen(text, std::max(1.0, 0.06 * side)));
            painter.setBrush(base);
            painter.drawRoundedRect(box, corner, corner);
            painter.drawText(box, Qt::AlignCenter,
                             tr("+%1").arg(held.size() - std::size_t(shown) + 1));
            continue;
        }
        const gossip::KeyId key = held[std::size_t(i)];
        const gossip::Slot &slot = world.holdings[world.slot(node, key)];
        const gossip::VersionInfo &info = simulation.versionInfo(slot.version);
        const bool fresh = world.round > 0 && slot.received == world.round;
        const bool outdated = slot.version < world.newest[key];
        if (fresh) {
            // A soft halo then a strong ring: items that arrived this round light up.
            painter.setPen(Qt::NoPen);
            painter.setBrush(withAlpha(glow, 0.35));
            const double halo = 0.28 * side;
            painter.drawRoundedRect(box.adjusted(-halo, -halo, halo, halo), corner + halo, corner + halo);
        }
        const QColor fill = info.forged ? nodeStateColor(NodeState::Byzantine) : base;
        QPen outline(fresh ? glow : withAlpha(text, outdated ? 0.45 : 0.8),
                     fresh ? std::max(2.0, 0.13 * side) : std::max(1.0, 0.06 * side),
                     outdated && !fresh ? Qt::DashLine : Qt::SolidLine);
        painter.setPen(outline);
        painter.setBrush(fill);
        painter.drawRoundedRect(box, corner, corner);
        painter.setPen(info.forged ? textOn(fill) : withAlpha(text, outdated ? 0.5 : 1.0));
        painter.drawText(box, Qt::AlignCenter, badgeText(key));
    }
}

void CityPainter::drawDots(QPainter &painter, const CityFrameOptions &options, bool useSprites) const
{
    const auto &positions = m_layout.positions;
    const std::vector<std::uint8_t> &forgers = m_controller.world().byzantine;
    if (useSprites) {
        const QPointF offset = CitySprites::offset(m_sprites.dot(NodeState::Healthy));
        for (std::size_t node = 0; node < positions.size(); ++node)
            painter.drawImage(positions[node] - offset, m_sprites.dot(m_states[node]));
        const QPointF ringOffset = CitySprites::offset(m_sprites.forgerRing());
        for (std::size_t node = 0; node < positions.size(); ++node) {
            if (forgers[node])
                painter.drawImage(positions[node] - ringOffset, m_sprites.forgerRing());
        }
        return;
    }
    const double radius = m_layout.nodeRadius;
    for (int state = 0; state < nodeStateCount; ++state) {
        const QColor fill = nodeStateColor(NodeState(state));
        painter.setPen(QPen(outlineColor(options, fill, NodeState(state) == NodeState::Outdated ? 250 : 150),
                            dotRim(options, NodeState(state), radius)));
        painter.setBrush(fill);
        for (std::size_t node = 0; node < positions.size(); ++node) {
            if (m_states[node] == NodeState(state))
                painter.drawEllipse(positions[node], radius, radius);
        }
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(nodeStateColor(NodeState::Byzantine), forgerRingWidth(options, radius)));
    for (std::size_t node = 0; node < positions.size(); ++node) {
        if (forgers[node])
            painter.drawEllipse(positions[node], forgerRingRadius(options, radius), forgerRingRadius(options, radius));
    }
}

double CityPainter::dotRim(const CityFrameOptions &options, NodeState state, double radius)
{
    // Too small to hatch, an outdated dot wears a thick dark rim instead.
    if (state == NodeState::Outdated)
        return lineScale(options) * std::max(1.5, 0.4 * radius);
    return lineScale(options) * std::clamp(0.15 * radius, 0.5, 1.5);
}

double CityPainter::forgerRingWidth(const CityFrameOptions &options, double radius)
{
    return lineScale(options) * std::max(1.5, 0.45 * radius);
}

double CityPainter::forgerRingRadius(const CityFrameOptions &options, double radius)
{
    return radius + forgerRingWidth(options, radius) / 2.0;
}

double CityPainter::stopFraction(const gossip::Message &message, const CityFrameOptions &options) const
{
    const double stop = messageStop(message.outcome);
    if (message.outcome != gossip::Outcome::CutOff || !m_wallShown)
        return stop;
    // A cut-off message runs into the wall.
    const double crossing =
            wallCrossing(options.wall, m_layout.positions[message.from], m_layout.positions[message.to]);
    return crossing < 0.0 ? stop : std::clamp(crossing, 0.05, 0.95);
}

void CityPainter::drawMessages(QPainter &painter, const CityFrameOptions &options, double progress, bool useSprites)
{
    if (drawsPaths())
        drawMessagePaths(painter, options, progress);
    else
        drawDotParticles(painter, options, progress, useSprites);
}

bool CityPainter::drawsPaths() const
{
    return m_layout.shape == CityLayout::Shape::Cells
            || (m_controller.world().nodes <= maximumPathNodes && m_controller.log().messages.size() <= maximumPaths);
}

void CityPainter::drawMessagePaths(QPainter &painter, const CityFrameOptions &options, double progress) const
{
    const gossip::RoundLog &log = m_controller.log();
    const gossip::Simulation &simulation = m_controller.simulation();
    const bool cells = m_layout.shape == CityLayout::Shape::Cells;
    const double radius = m_layout.nodeRadius;
    const double width = lineScale(options) * (cells ? std::max(2.0, 0.07 * radius) : 2.0);
    // A town's paths stay fainter than a story's few, which are the lesson itself.
    const double alpha = cells || options.highContrast ? 0.75 : 0.5;
    const double mark = cells ? 0.22 * radius : std::max(4.0, 0.35 * radius);
    const double arrow = cells ? 2.2 * mark : std::max(8.0, 0.7 * radius);
    const double drop = cells ? 0.22 * radius : particleSize(options, m_layout);
    const bool still = progress >= 1.0;
    const bool labelled = m_layout.badgeRows > 0;
    // A particle's label is as large as the badges it lights up.
    const double labelPixels = m_layout.badgeLetterPixels();
    QFont label = options.font;
    label.setPixelSize(std::max(1, int(std::lround(labelPixels))));
    label.setBold(true);

    const double labelHeight = 1.6 * labelPixels;
    const QFontMetricsF labelMetrics(label);
    std::vector<QRectF> placedLabels;

    for (const gossip::Message &message : log.messages) {
        const QColor color = outcomeColor(message.outcome);
        const QLineF line = m_layout.messageLine(message.from, message.to);
        const double stop = stopFraction(message, options);
        ParticleMotion now = particleMotion(progress, stop);

        // The particle is a pill naming the strains it carries, or a plain drop.
        QStringList carried;
        if (labelled) {
            for (std::uint32_t i = 0; i < message.itemCount && i < 4; ++i)
                carried << badgeText(simulation.versionInfo(log.carried[message.firstItem + i]).key);
            if (message.itemCount > 4)
                carried << QStringLiteral("…");
        }
        const QString text = carried.join(QLatin1Char(' '));
        const double labelWidth = labelMetrics.horizontalAdvance(text) + 0.7 * labelPixels;
        LabelPlace place{now.along, true, 0.05};
        if (options.held && !carried.isEmpty() && !still && now.opacity > 0.0) {
            place = freeLabelPlace(line, now.along, stop, QSizeF(labelWidth, labelHeight), placedLabels);
            now.along = place.along;
        }
        // A still frame shows each whole way, so the label's direction is plain.
        const double reached = still || options.held || progress >= particleArrival ? stop : now.along;

        // The line grows behind the particle and stays for the rest of the round.
        const QPointF end = line.pointAt(reached);
        painter.setPen(QPen(withAlpha(color, alpha), width, Qt::SolidLine, Qt::RoundCap));
        if (reached > 0.0)
            painter.drawLine(QLineF(line.p1(), end));
        if (stop >= 1.0 && reached >= 1.0) {
            // Between close neighbours the head may not be longer than a third of its line.
            drawArrowHead(painter, line, std::min(arrow, line.length() / 3.0), withAlpha(color, alpha + 0.15));
        } else if (reached >= stop && stop < 1.0) {
            // Lost and dropped messages end in a cross; refused and cut-off ones in a bar.
            const QPointF direction = (line.p2() - line.p1()) / std::max(1e-6, line.length());
            const QPointF normal(-direction.y(), direction.x());
            painter.setPen(QPen(withAlpha(color, alpha + 0.25), width, Qt::SolidLine, Qt::RoundCap));
            if (message.outcome == gossip::Outcome::Refused || message.outcome == gossip::Outcome::CutOff) {
                painter.drawLine(QLineF(end - normal * mark, end + normal * mark));
            } else {
                const QPointF one = (normal + direction) * (0.7 * mark);
                const QPointF other = (normal - direction) * (0.7 * mark);
                painter.drawLine(QLineF(end - one, end + one));
                painter.drawLine(QLineF(end - other, end + other));
            }
        }

        if (still)
            continue;
        if (message.outcome == gossip::Outcome::New && progress >= particleArrival) {
            // The receiver catches it: a ring spreads from it and fades.
            const double k = (progress - particleArrival) / (1.0 - particleArrival);
            painter.setPen(QPen(withAlpha(color, 1.0 - k), std::max(1.0, 0.15 * radius * (1.0 - k))));
            painter.setBrush(Qt::NoBrush);
            const double ring = radius * (1.08 + 0.3 * k);
            painter.drawEllipse(m_layout.positions[message.to], ring, ring);
        }
        if (now.opacity <= 0.0)
            continue;

        painter.setOpacity(now.opacity);
        painter.setPen(QPen(options.palette.color(QPalette::Base), 2.0));
        painter.setBrush(color);
        if (carried.isEmpty()) {
            painter.drawEllipse(line.pointAt(now.along), drop, drop);
        } else {
            const QRectF pill = labelRect(line, place, QSizeF(labelWidth, labelHeight));
            placedLabels.push_back(pill);
            painter.setFont(label);
            painter.drawRoundedRect(pill, labelHeight / 2, labelHeight / 2);
            painter.setPen(textOn(color));
            painter.drawText(pill, Qt::AlignCenter, text);
        }
        painter.setOpacity(1.0);
    }
}

QRectF CityPainter::labelRect(const QLineF &line, const LabelPlace &place, const QSizeF &size) const
{
    const double away = 0.5 * size.height() + place.gap * m_layout.nodeRadius;
    const QPointF centre = line.pointAt(place.along) + (place.right ? away : -away) * rightOf(line);
    return {centre.x() - size.width() / 2, centre.y() - size.height() / 2, size.width(), size.height()};
}

double CityPainter::labelOverlap(const QRectF &label, const std::vector<QRectF> &placed) const
{
    const auto area = [](const QRectF &rect) { return rect.width() * rect.height(); };
    // Whatever is outside the nodes' area counts as covered: the legend or the edge.
    double covered = area(label) - area(label.intersected(m_layout.nodeArea));
    const double radius = m_layout.nodeRadius;
    for (std::size_t node = 0; node < m_layout.positions.size(); ++node) {
        // A cell counts by how deep the label reaches into it, times the label's height.
        const QPointF centre = m_layout.positions[node];
        const QPointF nearest(std::clamp(centre.x(), label.left(), label.right()),
                              std::clamp(centre.y(), label.top(), label.bottom()));
        const double depth = radius - QLineF(centre, nearest).length();
        if (depth > 0.0)
            covered += depth * label.height();
        covered += area(label.intersected(m_layout.badgeArea(std::uint32_t(node))));
    }
    for (const QRectF &other : placed)
        covered += area(label.intersected(other));
    return covered;
}

CityPainter::LabelPlace CityPainter::freeLabelPlace(const QLineF &line, double along, double stop,
                                                    const QSizeF &size, const std::vector<QRectF> &placed) const
{
    // Every place from a little after the start to where the message stops, nearest to
    // `along` first, so a label that covers nothing stays where the animation has it;
    // then the left of the line, then a little further from it on either side.
    constexpr double first = 0.15;
    constexpr double step = 0.025;
    constexpr LabelPlace sides[] = {{0.0, true, 0.05},  {0.0, false, 0.05}, {0.0, true, 0.3},
                                    {0.0, false, 0.3}, {0.0, true, 0.6},   {0.0, false, 0.6}};
    const double last = std::max(first, std::min(stop, 1.0 - first));
    LabelPlace best{along, true, 0.05};
    double bestOverlap = labelOverlap(labelRect(line, best, size), placed);
    for (const LabelPlace &side : sides) {
        for (int i = 0; bestOverlap > 0.0 && i <= int(1.0 / step); ++i) {
            for (const double candidate : {along - i * step, along + i * step}) {
                if (candidate < first || candidate > last)
                    continue;
                const LabelPlace place{candidate, side.right, side.gap};
                const double overlap = labelOverlap(labelRect(line, place, size), placed);
                if (overlap < bestOverlap) {
                    best = place;
                    bestOverlap = overlap;
                }
            }
        }
    }
    return best;
}

void CityPainter::drawDotParticles(QPainter &painter, const CityFrameOptions &options, double progress, bool useSprites)
{
    const gossip::RoundLog &log = m_controller.log();
    if (progress >= particleArrival || log.messages.empty())
        return;
    if (useSprites)
        m_sprites.ensure(options, m_layout, painter.device()->devicePixelRatioF());
    const auto &positions = m_layout.positions;

    // Batched per outcome: every particle of an outcome moves alike, so each batch is one
    // opacity and one sprite. Cut-off messages that run into a drawn wall stop each at
    // their own place and are drawn one by one.
    std::array<ParticleMotion, gossip::outcomeCount> heads{}, trails{};
    for (int outcome = 0; outcome < gossip::outcomeCount; ++outcome) {
        const double stop = messageStop(gossip::Outcome(outcome));
        heads[std::size_t(outcome)] = particleMotion(progress, stop);
        trails[std::size_t(outcome)] = particleMotion(progress - trailLag, stop);
    }
    for (auto &buffer : m_particleBuffers)
        buffer.clear();
    std::vector<const gossip::Message *> walled;
    for (const gossip::Message &message : log.messages) {
        // A still picture of a city shows where the virus goes; the cloud of redundant
        // messages that moves so clearly in the animation is only noise when it stands still.
        if (options.held && message.outcome == gossip::Outcome::Redundant)
            continue;
        if (message.outcome == gossip::Outcome::CutOff && m_wallShown) {
            walled.push_back(&message);
            continue;
        }
        m_particleBuffers[std::size_t(message.outcome)].push_back(positions[message.from]);
        m_particleBuffers[std::size_t(message.outcome)].push_back(positions[message.to]);
    }

    const double particle = particleSize(options, m_layout);
    const auto draw = [&](const QPointF &at, std::size_t outcome, bool trail) {
        if (useSprites) {
            const QImage &image = trail ? m_sprites.trail(outcome) : m_sprites.particle(outcome);
            painter.drawImage(at - CitySprites::offset(image), image);
        } else {
            const QColor color = outcomeColor(gossip::Outcome(outcome));
            painter.setPen(trail ? QPen(Qt::NoPen) : QPen(outlineColor(options, color, 150), lineScale(options)));
            painter.setBrush(trail ? withAlpha(color, 0.5) : color);
            const double size = trail ? 0.7 * particle : particle;
            painter.drawEllipse(at, size, size);
        }
    };
    // In a still picture a particle among people could pass for one: there each carries a
    // streak from where it set out to where it is, as the legend draws a message.
    if (options.held) {
        for (gossip::Outcome drawn : drawingOrder) {
            const auto outcome = std::size_t(drawn);
            const std::vector<QPointF> &ends = m_particleBuffers[outcome];
            if (heads[outcome].opacity <= 0.0 || ends.empty())
                continue;
            QPen streak(withAlpha(outcomeColor(drawn), 0.55), std::max(1.5, 0.8 * particle), Qt::SolidLine, Qt::RoundCap);
            painter.setPen(streak);
            const double back = std::max(0.0, heads[outcome].along - 0.35);
            for (std::size_t i = 0; i < ends.size(); i += 2) {
                const QPointF way = ends[i + 1] - ends[i];
                painter.drawLine(QLineF(ends[i] + way * back, ends[i] + way * heads[outcome].along));
            }
        }
    }
    // A fainter dot trails each particle to show which way it goes.
    for (bool trail : {true, false}) {
        for (gossip::Outcome drawn : drawingOrder) {
            const auto outcome = std::size_t(drawn);
            const ParticleMotion &move = trail ? trails[outcome] : heads[outcome];
            const std::vector<QPointF> &ends = m_particleBuffers[outcome];
            if (move.opacity <= 0.0 || ends.empty())
                continue;
            painter.setOpacity(move.opacity);
            for (std::size_t i = 0; i < ends.size(); i += 2)
                draw(ends[i] + (ends[i + 1] - ends[i]) * move.along, outcome, trail);
        }
        for (const gossip::Message *message : walled) {
            const ParticleMotion move =
                    particleMotion(trail ? progress - trailLag : progress, stopFraction(*message, options));
            if (move.opacity <= 0.0)
                continue;
            painter.setOpacity(move.opacity);
            const QPointF from = positions[message->from];
            draw(from + (positions[message->to] - from) * move.along, std::size_t(gossip::Outcome::CutOff), trail);
        }
    }
    painter.setOpacity(1.0);
}

void CityPainter::drawHighlight(QPainter &painter, const CityFrameOptions &options) const
{
    const gossip::RoundLog &log = m_controller.log();
    const int index = m_controller.highlightedMessage();
    if (index < 0 || std::size_t(index) >= log.messages.size())
        return;
    const gossip::Message &message = log.messages[std::size_t(index)];
    const QColor color = outcomeColor(message.outcome);
    const QColor halo = options.palette.color(QPalette::Base);
    const QLineF line = m_layout.messageLine(message.from, message.to);
    const bool cells = m_layout.shape == CityLayout::Shape::Cells;
    const double width = cells ? std::max(4.0, 0.12 * m_layout.nodeRadius) : 3.0;
    const QLineF shown(line.p1(), line.pointAt(std::max(0.05, stopFraction(message, options))));
    painter.setPen(QPen(halo, width + 4.0, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(shown);
    painter.setPen(QPen(color, width, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(shown);
    drawArrowHead(painter, shown, cells ? 0.5 * m_layout.nodeRadius : 4.0 * width, color);
    if (!cells) {
        // In a crowd the two ends need a ring to be found.
        const double ring = std::max(m_layout.nodeRadius + 3.0, 8.0);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(color, 2.5));
        painter.drawEllipse(m_layout.positions[message.from], ring, ring);
        painter.drawEllipse(m_layout.positions[message.to], ring, ring);
    }
}

void CityPainter::drawSelection(QPainter &painter, const CityFrameOptions &options) const
{
    const int node = m_controller.selectedNode();
    if (node < 0 || std::size_t(node) >= m_layout.positions.size())
        return;
    const QPointF centre = m_layout.positions[std::size_t(node)];
    const bool cells = m_layout.shape == CityLayout::Shape::Cells;
    const double radius = m_layout.nodeRadius;
    const double ring = cells ? 1.15 * radius + 3.0 : std::max(radius + 4.0, 10.0);
    const double width = cells ? std::max(3.0, 0.06 * radius) : 3.0;
    painter.setBrush(Qt::NoBrush);
    const QPen halo(options.palette.color(QPalette::Base), width + 3.0);
    const QPen highlight(options.palette.color(QPalette::Highlight), width);
    for (const QPen &pen : {halo, highlight}) {
        painter.setPen(pen);
        if (cells && m_layout.badgeRows > 0) {
            // A frame around the person and the database below, which a ring would cut through.
            const double pad = 0.15 * radius;
            const QRectF frame = m_layout.nodeBounds(std::uint32_t(node)).adjusted(-pad, -pad, pad, pad);
            painter.drawRoundedRect(frame, 0.4 * radius, 0.4 * radius);
        } else {
            painter.drawEllipse(centre, ring, ring);
        }
    }
}

QString CityPainter::badgeText(gossip::KeyId key) const
{
    // A badge has room for a strain's letter; longer names are numbered and told in full in the tooltip.
    const QString name = m_controller.keyName(key);
    return name.size() <= 2 ? name : QString::number(key + 1);
}
