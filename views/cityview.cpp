// The city view: the cached node layer, the round's particles, tooltips and interventions by mouse.
#include "cityview.h"

#include "simulationcontroller.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPaintEngine>
#include <QPainter>
#include <QPolygonF>
#include <QToolTip>
#include <QVariantAnimation>

#include <algorithm>
#include <cmath>
#include <memory>

namespace {

// The animation takes this share of a round on screen, so it ends before the next round begins.
constexpr double animationShare = 0.8;
// A fainter dot trails each particle by this much progress, to show which way it goes.
constexpr double trailLag = 0.07;
constexpr double clickTolerance = 6.0; // pixels around a message's line
constexpr double minimumCut = 20.0;    // a shorter Shift-drag is taken for a slip
// A town this small (and a round this quiet) draws each message's path; a city would be a tangle.
constexpr std::uint32_t maximumPathNodes = 100;
constexpr std::size_t maximumPaths = 150;
// Round, two headings, six states, six outcomes and the new-item badge.
constexpr int legendLines = 16;
constexpr int maximumBadges = maximumBadgeRows * badgesPerRow;
constexpr int maximumTooltipItems = 12;
constexpr std::uint32_t lettersInAlphabet = 26;
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

// A round dot with a darker rim (or `rimColor`) and an optional halo, drawn once and blitted thousands of times.
QImage sprite(double radius, const QColor &fill, double rim, const QColor &halo, double pixelRatio,
              const QColor &rimColor = QColor())
{
    const double haloWidth = halo.isValid() ? std::max(1.0, 0.25 * radius) : 0.0;
    const int side = int(std::ceil((2.0 * (radius + haloWidth) + 2.0) * pixelRatio));
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(pixelRatio);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const double centre = side / pixelRatio / 2.0;
    if (halo.isValid()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(halo);
        painter.drawEllipse(QPointF(centre, centre), radius + haloWidth, radius + haloWidth);
    }
    const QColor outline = rimColor.isValid() ? rimColor : halo.isValid() ? QColor(0x22, 0x22, 0x22) : fill.darker(150);
    if (rim > 0.0)
        painter.setPen(QPen(outline, rim));
    else
        painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawEllipse(QPointF(centre, centre), radius, radius);
    return image;
}

// Particles are a little smaller than the dots they leave and reach, yet big enough to follow.
double particleRadius(const CityLayout &layout)
{
    return std::clamp(0.7 * layout.nodeRadius, 2.5, 0.55 * layout.fontPixels);
}

QPointF spriteOffset(const QImage &image)
{
    const double half = image.width() / image.devicePixelRatio() / 2.0;
    return {half, half};
}

// Particles are drawn in this order, so new (useful) messages come out on top.
constexpr gossip::Outcome drawingOrder[] = {gossip::Outcome::Redundant, gossip::Outcome::Dropped,
                                            gossip::Outcome::Refused,   gossip::Outcome::CutOff,
                                            gossip::Outcome::Lost,      gossip::Outcome::New};

// The legend's rows, shared by the painter and legendEntries().
struct LegendRow
{
    enum class Kind { Title, Heading, State, Outcome, NewItem };
    Kind kind = Kind::Heading;
    QString text;
    int value = 0;
};

std::vector<LegendRow> legendRows(int round, const std::vector<gossip::Outcome> &outcomes, bool badges)
{
    std::vector<LegendRow> rows;
    rows.push_back({LegendRow::Kind::Title, CityView::tr("Round %1").arg(round), 0});
    rows.push_back({LegendRow::Kind::Heading, CityView::tr("People"), 0});
    for (int state = 0; state < nodeStateCount; ++state)
        rows.push_back({LegendRow::Kind::State, nodeStateName(NodeState(state)), state});
    if (badges)
        rows.push_back({LegendRow::Kind::NewItem, CityView::tr("Item new this round"), 0});
    rows.push_back({LegendRow::Kind::Heading, CityView::tr("Messages"), 0});
    for (gossip::Outcome outcome : outcomes)
        rows.push_back({LegendRow::Kind::Outcome, outcomeName(outcome), int(outcome)});
    return rows;
}

} // namespace

CityView::CityView(SimulationController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_animation(new QVariantAnimation(this))
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::ClickFocus);
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        m_progress = value.toDouble();
        if (m_progress >= particleArrival)
            m_previousLayer = QImage();
        update();
    });
    connect(m_animation, &QVariantAnimation::finished, this, [this] {
        m_progress = 1.0;
        m_previousLayer = QImage();
        update();
    });

    connect(m_controller, &SimulationController::roundChanged, this, &CityView::roundChanged);
    connect(m_controller, &SimulationController::stateChanged, this, &CityView::stateChanged);
    connect(m_controller, &SimulationController::scenarioChanged, this, &CityView::scenarioChanged);
    connect(m_controller, &SimulationController::speedChanged, this, &CityView::speedChanged);
    connect(m_controller, &SimulationController::highlightChanged, this, qOverload<>(&CityView::update));
    connect(m_controller, &SimulationController::selectionChanged, this, qOverload<>(&CityView::update));

    setAccessibleName(tr("City"));
    scenarioChanged();
}

CityView::~CityView() = default;

void CityView::setPresentationScale(double scale)
{
    if (scale == m_presentationScale)
        return;
    m_presentationScale = scale;
    relayout();
    invalidateNodes();
}

void CityView::setHighContrast(bool on)
{
    if (on == m_highContrast)
        return;
    m_highContrast = on;
    m_spritePixelRatio = 0.0;
    invalidateNodes();
}

bool CityView::isAnimating() const
{
    return m_animation->state() == QAbstractAnimation::Running;
}

QSize CityView::sizeHint() const
{
    return {800, 500};
}

QSize CityView::minimumSizeHint() const
{
    return {320, 200};
}

void CityView::roundChanged(int round)
{
    // Only a single step forward has particles that lead from the shown state to the new
    // one, and only if that state was on screen (an export may step before any paint).
    const bool step = round == m_shownRound + 1 && isVisible() && !m_layerDirty
            && !m_controller->log().messages.empty();
    m_shownRound = round;
    if (!step) {
        stopAnimation();
        invalidateNodes();
        return;
    }
    m_previousLayer = m_layer;
    invalidateNodes();
    m_animation->stop();
    m_animation->setDuration(std::max(1, int(animationShare * m_controller->roundDuration())));
    m_progress = 0.0;
    m_animation->start();
}

void CityView::stateChanged()
{
    m_previousLayer = QImage();
    invalidateNodes();
}

void CityView::scenarioChanged()
{
    stopAnimation();
    m_shownRound = m_controller->round();
    m_hasWall = false;
    m_cutting = false;
    measureLegend();
    relayout();
    invalidateNodes();
}

void CityView::speedChanged()
{
    if (!isAnimating())
        return;
    // Keep the particles where they are and let them finish at the new pace.
    const int duration = std::max(1, int(animationShare * m_controller->roundDuration()));
    const double progress = m_progress;
    m_animation->setDuration(duration);
    m_animation->setCurrentTime(int(progress * duration));
}

void CityView::stopAnimation()
{
    m_animation->stop();
    m_progress = 1.0;
    m_previousLayer = QImage();
    update();
}

void CityView::holdFrame(double progress)
{
    stopAnimation();
    m_progress = std::clamp(progress, 0.0, 1.0);
    update();
}

void CityView::invalidateNodes()
{
    m_layerDirty = true;
    update();
}

bool CityView::showsBadges() const
{
    return m_controller->world().nodes <= maximumCells
            && (m_controller->world().keys > 1 || !m_controller->keyNames().isEmpty());
}

void CityView::relayout()
{
    const QRectF oldArea = m_layout.nodeArea;
    const std::uint32_t keys = m_controller->world().keys;
    CityLayoutInput input;
    input.nodes = m_controller->world().nodes;
    input.size = size();
    input.legendEms = m_legendEms;
    input.legendLines = legendLines;
    input.fontScale = m_presentationScale;
    const int shownKeys = int(std::min<std::uint32_t>(keys, maximumBadges));
    input.badgeRows = showsBadges() ? (shownKeys + badgesPerRow - 1) / badgesPerRow : 0;
    m_layout = layoutCity(input);
    m_layoutSize = size();
    m_spritePixelRatio = 0.0;

    // The wall moves with the nodes; wallSeparatesGroups() hides it if a resize left it
    // on the wrong side of some of them.
    if (m_hasWall && oldArea.width() > 0 && oldArea.height() > 0) {
        const QRectF area = m_layout.nodeArea;
        const auto map = [&](const QPointF &p) {
            return QPointF(area.left() + (p.x() - oldArea.left()) * area.width() / oldArea.width(),
                           area.top() + (p.y() - oldArea.top()) * area.height() / oldArea.height());
        };
        m_wall = QLineF(map(m_wall.p1()), map(m_wall.p2()));
    }
}

void CityView::ensureLayout()
{
    if (m_layoutSize != size() || m_layout.positions.size() != m_controller->world().nodes)
        relayout();
}

const CityLayout &CityView::cityLayout()
{
    ensureLayout();
    return m_layout;
}

QFont CityView::legendFont(double scale, bool bold) const
{
    QFont legend = font();
    legend.setPixelSize(std::max(1, int(std::lround(m_layout.fontPixels * scale))));
    legend.setBold(bold);
    return legend;
}

void CityView::measureLegend()
{
    // Measured at 100 px so the legend's width in font sizes does not depend on the size.
    QFont plain = font();
    plain.setPixelSize(100);
    QFont bold = plain;
    bold.setBold(true);
    const QFontMetricsF plainMetrics(plain);
    const QFontMetricsF boldMetrics(bold);
    double widest = boldMetrics.horizontalAdvance(tr("Round %1").arg(88888));
    std::vector<gossip::Outcome> outcomes;
    for (int outcome = 0; outcome < gossip::outcomeCount; ++outcome)
        outcomes.push_back(gossip::Outcome(outcome));
    for (const LegendRow &row : legendRows(0, outcomes, true)) {
        const bool heading = row.kind == LegendRow::Kind::Heading || row.kind == LegendRow::Kind::Title;
        widest = std::max(widest, (heading ? boldMetrics : plainMetrics).horizontalAdvance(row.text));
    }
    // Room for the swatch in front of each entry and a little air after it.
    m_legendEms = widest / 100.0 + 2.2;
}

std::vector<gossip::Outcome> CityView::legendOutcomes() const
{
    // Only outcomes this run can show, so a fault-free lesson is not cluttered with faults.
    const gossip::World &world = m_controller->world();
    const gossip::Config &config = m_controller->simulation().config();
    const auto &measures = m_controller->measures();
    const auto happened = [&](gossip::Outcome outcome) {
        const auto round = std::size_t(m_controller->round());
        return round < measures.size() && measures[round].messages(outcome) > 0;
    };
    std::vector<gossip::Outcome> outcomes{gossip::Outcome::New, gossip::Outcome::Redundant};
    if (config.loss > 0.0 || happened(gossip::Outcome::Lost))
        outcomes.push_back(gossip::Outcome::Lost);
    if (world.downCount > 0 || world.repairCount > 0 || config.crashedFraction > 0.0
        || happened(gossip::Outcome::Refused))
        outcomes.push_back(gossip::Outcome::Refused);
    if (world.partitioned || happened(gossip::Outcome::CutOff))
        outcomes.push_back(gossip::Outcome::CutOff);
    if (config.protocol == gossip::Protocol::DirectMail || happened(gossip::Outcome::Dropped))
        outcomes.push_back(gossip::Outcome::Dropped);
    return outcomes;
}

QStringList CityView::legendEntries() const
{
    QStringList entries;
    for (const LegendRow &row : legendRows(m_controller->round(), legendOutcomes(), showsBadges()))
        entries << row.text;
    return entries;
}

QString CityView::nodeName(gossip::NodeId node) const
{
    // As the event log names them: letters in a small town, numbers in a city.
    if (m_controller->world().nodes <= lettersInAlphabet)
        return QString(QLatin1Char(char('A' + node)));
    return QStringLiteral("#%1").arg(node);
}

QString CityView::badgeText(gossip::KeyId key) const
{
    // A badge has room for a strain's letter; longer names are numbered and told in full in the tooltip.
    const QString name = m_controller->keyName(key);
    return name.size() <= 2 ? name : QString::number(key + 1);
}

QColor CityView::groundColor() const
{
    return mix(palette().color(QPalette::Base), palette().color(QPalette::Text), m_highContrast ? 0.16 : 0.09);
}

QColor CityView::outlineColor(const QColor &fill, int darkness) const
{
    return m_highContrast ? QColor(0x1A, 0x1A, 0x1A) : fill.darker(darkness);
}

double CityView::lineScale() const
{
    return m_highContrast ? highContrastLines : 1.0;
}

double CityView::particleSize() const
{
    return particleRadius(m_layout) * (m_highContrast ? highContrastParticles : 1.0);
}

double CityView::groundRadius() const
{
    const double radius = m_layout.nodeRadius;
    return m_layout.shape == CityLayout::Shape::Cells ? 1.3 * radius : std::min(0.75 * m_layout.spacing, 2.2 * radius);
}

bool CityView::wallSeparatesGroups() const
{
    const gossip::World &world = m_controller->world();
    if (!m_hasWall || !world.partitioned || m_layout.positions.size() != world.nodes)
        return false;
    std::array<int, 2> groupSide{}; // the side of the wall each group is on: -1, 1, or 0 while unseen
    for (gossip::NodeId node = 0; node < world.nodes; ++node) {
        const int here = sideOfLine(m_wall, m_layout.positions[node]) > 0.0 ? 1 : -1;
        int &expected = groupSide[world.group[node] ? 1u : 0u];
        if (expected == 0)
            expected = here;
        else if (expected != here)
            return false;
    }
    return groupSide[0] != 0 && groupSide[1] != 0 && groupSide[0] != groupSide[1];
}

// ---- the node layer --------------------------------------------------------------------

void CityView::ensureLayer(double pixelRatio)
{
    const QSize pixels = (QSizeF(size()) * pixelRatio).toSize();
    if (!m_layerDirty && m_layer.size() == pixels && m_layer.devicePixelRatio() == pixelRatio)
        return;
    if (m_previousLayer.size() != pixels)
        m_previousLayer = QImage();
    ensureLayout();
    ensureSprites(pixelRatio);
    // Opaque, so the frame's blit is a plain copy.
    m_layer = QImage(pixels, QImage::Format_RGB32);
    m_layer.setDevicePixelRatio(pixelRatio);
    QPainter painter(&m_layer);
    painter.setRenderHint(QPainter::Antialiasing);
    drawNodeLayer(painter, true);
    m_layerDirty = false;
}

void CityView::ensureSprites(double pixelRatio)
{
    if (m_spritePixelRatio == pixelRatio)
        return;
    m_spritePixelRatio = pixelRatio;
    const double radius = m_layout.nodeRadius;
    m_groundSprite = sprite(groundRadius(), groundColor(), 0.0, QColor(), pixelRatio);
    const double rim = lineScale() * std::clamp(0.15 * radius, 0.5, 1.5);
    for (int state = 0; state < nodeStateCount; ++state) {
        const QColor fill = nodeStateColor(NodeState(state));
        m_dotSprites[std::size_t(state)] = sprite(radius, fill, rim, QColor(), pixelRatio, outlineColor(fill, 150));
    }
    // A light halo and a near-black rim tell a particle from a node of the same colour.
    const double particle = particleSize();
    const QColor halo = palette().color(QPalette::Base);
    for (int outcome = 0; outcome < gossip::outcomeCount; ++outcome) {
        const QColor color = outcomeColor(gossip::Outcome(outcome));
        // Redundant messages are most of a late round; drawn plainer, they leave the eye
        // free for the ones that spread the virus.
        m_particleSprites[std::size_t(outcome)] = gossip::Outcome(outcome) == gossip::Outcome::Redundant
                ? sprite(0.8 * particle, withAlpha(color, 0.8), 0.0, QColor(), pixelRatio)
                : sprite(particle, color, 1.2 * lineScale(), halo, pixelRatio);
        m_trailSprites[std::size_t(outcome)] = sprite(0.7 * particle, withAlpha(color, 0.5), 0.0, QColor(), pixelRatio);
    }
}

void CityView::drawNodeLayer(QPainter &painter, bool useSprites)
{
    const gossip::World &world = m_controller->world();
    ensureLayout();
    m_states.resize(world.nodes);
    for (gossip::NodeId node = 0; node < world.nodes; ++node)
        m_states[node] = nodeState(m_controller->simulation(), node);
    m_wallShown = wallSeparatesGroups();

    painter.fillRect(rect(), palette().color(QPalette::Base));
    drawPartition(painter, useSprites);
    if (m_layout.shape == CityLayout::Shape::Cells)
        drawCells(painter);
    else
        drawDots(painter, useSprites);
    drawLegend(painter);
}

void CityView::drawPartition(QPainter &painter, bool useSprites) const
{
    const gossip::World &world = m_controller->world();
    if (!world.partitioned)
        return;
    // The smaller side, the one cut off, stands on grey ground.
    painter.setPen(Qt::NoPen);
    painter.setBrush(groundColor());
    const QRectF ground = m_layout.nodeArea.adjusted(-m_layout.margin / 2, -m_layout.margin / 2, m_layout.margin / 2,
                                                     m_layout.margin / 2);
    if (!m_wallShown) {
        // Without a drawn wall (a scripted partition) each cut-off node gets a patch of
        // ground; in a dense city neighbouring patches join into one district.
        const double patch = groundRadius();
        const QPointF offset = useSprites ? spriteOffset(m_groundSprite) : QPointF();
        for (gossip::NodeId node = 0; node < world.nodes; ++node) {
            if (!world.group[node])
                continue;
            if (useSprites)
                painter.drawImage(m_layout.positions[node] - offset, m_groundSprite);
            else
                painter.drawEllipse(m_layout.positions[node], patch, patch);
        }
        return;
    }
    const auto cutOff = std::find(world.group.begin(), world.group.end(), 1);
    const double sign = sideOfLine(m_wall, m_layout.positions[std::size_t(cutOff - world.group.begin())]);
    painter.drawPolygon(halfPlane(QPolygonF(ground), m_wall, sign));
    // The wall runs right across the town, wherever the mouse started and ended it.
    const QLineF wall = m_wall;
    const double reach = std::hypot(width(), height()) / std::max(1.0, wall.length());
    const QPointF direction = wall.p2() - wall.p1();
    painter.save();
    painter.setClipRect(ground);
    QPen pen(palette().color(QPalette::Text), std::max(3.0, 0.25 * m_layout.fontPixels), Qt::DashLine, Qt::FlatCap);
    painter.setPen(pen);
    painter.drawLine(QLineF(wall.p1() - direction * reach, wall.p2() + direction * reach));
    painter.restore();
}

void CityView::drawCells(QPainter &painter) const
{
    const gossip::World &world = m_controller->world();
    const double radius = m_layout.nodeRadius;
    QFont letter = font();
    letter.setPixelSize(std::max(1, int(std::lround(0.95 * radius))));
    letter.setBold(true);
    for (gossip::NodeId node = 0; node < world.nodes; ++node) {
        const QPointF centre = m_layout.positions[node];
        const NodeState state = m_states[node];
        const QColor fill = nodeStateColor(state);
        // A crashed person is drawn with a broken outline as well as in grey.
        painter.setPen(QPen(outlineColor(fill, 140), lineScale() * std::max(2.0, 0.07 * radius),
                            state == NodeState::Down ? Qt::DashLine : Qt::SolidLine));
        painter.setBrush(fill);
        painter.drawEllipse(centre, radius, radius);
        painter.setPen(textOn(fill));
        painter.setFont(letter);
        painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius), Qt::AlignCenter,
                         nodeName(node));
        if (m_layout.badgeRows > 0)
            drawBadges(painter, node);
    }
}

void CityView::drawBadges(QPainter &painter, gossip::NodeId node) const
{
    const gossip::Simulation &simulation = m_controller->simulation();
    const gossip::World &world = m_controller->world();
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
    const QColor base = palette().color(QPalette::Base);
    const QColor text = palette().color(QPalette::Text);
    const QColor glow = outcomeColor(gossip::Outcome::New);
    QFont label = font();
    label.setPixelSize(std::max(1, int(std::lround(0.62 * side))));
    label.setBold(true);
    painter.setFont(label);
    for (int i = 0; i < shown; ++i) {
        const QRectF box = m_layout.badgeRect(node, i, shown);
        const double corner = 0.22 * side;
        if (overflow && i == shown - 1) {
            painter.setPen(QPen(text, std::max(1.0, 0.06 * side)));
            painter.setBrush(base);
            painter.drawRoundedRect(box, corner, corner);
            painter.drawText(box, Qt::AlignCenter, tr("+%1").arg(held.size() - std::size_t(shown) + 1));
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

void CityView::drawDots(QPainter &painter, bool useSprites) const
{
    const auto &positions = m_layout.positions;
    if (useSprites) {
        const QPointF offset = spriteOffset(m_dotSprites[0]);
        for (std::size_t node = 0; node < positions.size(); ++node)
            painter.drawImage(positions[node] - offset, m_dotSprites[std::size_t(m_states[node])]);
        return;
    }
    const double radius = m_layout.nodeRadius;
    for (int state = 0; state < nodeStateCount; ++state) {
        const QColor fill = nodeStateColor(NodeState(state));
        painter.setPen(QPen(outlineColor(fill, 150), lineScale() * std::clamp(0.15 * radius, 0.5, 1.5)));
        painter.setBrush(fill);
        for (std::size_t node = 0; node < positions.size(); ++node) {
            if (m_states[node] == NodeState(state))
                painter.drawEllipse(positions[node], radius, radius);
        }
    }
}

void CityView::drawLegend(QPainter &painter) const
{
    const QRectF area = m_layout.legendArea;
    const double font = m_layout.fontPixels;
    const double line = CityLayout::lineHeight * font;
    const QColor text = palette().color(QPalette::Text);
    const bool badges = m_layout.badgeRows > 0;
    double y = area.top();
    for (const LegendRow &row : legendRows(m_controller->round(), legendOutcomes(), badges)) {
        const bool heading = row.kind == LegendRow::Kind::Heading || row.kind == LegendRow::Kind::Title;
        const double indent = heading ? 0.0 : 1.8 * font;
        const QPointF swatch(area.left() + 0.7 * font, y + line / 2.0);
        switch (row.kind) {
        case LegendRow::Kind::Title:
        case LegendRow::Kind::Heading:
            break;
        case LegendRow::Kind::State: {
            const QColor fill = nodeStateColor(NodeState(row.value));
            painter.setPen(QPen(outlineColor(fill, 140), 1.5 * lineScale()));
            painter.setBrush(fill);
            painter.drawEllipse(swatch, 0.45 * font, 0.45 * font);
            break;
        }
        case LegendRow::Kind::NewItem: {
            const double half = 0.4 * font;
            painter.setPen(QPen(outcomeColor(gossip::Outcome::New), 2.5));
            painter.setBrush(palette().color(QPalette::Base));
            painter.drawRoundedRect(QRectF(swatch - QPointF(half, half), QSizeF(2 * half, 2 * half)), 3, 3);
            break;
        }
        case LegendRow::Kind::Outcome: {
            const QColor color = outcomeColor(gossip::Outcome(row.value));
            painter.setPen(QPen(withAlpha(color, 0.5), 2.0));
            painter.drawLine(swatch - QPointF(0.6 * font, 0), swatch);
            painter.setPen(QPen(outlineColor(color, 150), lineScale()));
            painter.setBrush(color);
            painter.drawEllipse(swatch, 0.28 * font, 0.28 * font);
            break;
        }
        }
        painter.setFont(legendFont(row.kind == LegendRow::Kind::Title ? 1.15 : 1.0, heading));
        painter.setPen(text);
        painter.drawText(QRectF(area.left() + indent, y, area.width() - indent, line),
                         Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine, row.text);
        y += line;
    }
}

// ---- one frame ---------------------------------------------------------------------

void CityView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintFrame(painter, m_progress);
}

void CityView::paintFrame(QPainter &painter, double progress)
{
    ensureLayout();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const bool raster = painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
    if (raster) {
        const double pixelRatio = painter.device()->devicePixelRatioF();
        ensureLayer(pixelRatio);
        const bool before = progress < particleArrival && !m_previousLayer.isNull();
        painter.drawImage(QPointF(0, 0), before ? m_previousLayer : m_layer);
    } else {
        drawNodeLayer(painter, false);
    }
    if (drawsPaths())
        drawMessagePaths(painter, progress);
    else
        drawDotParticles(painter, progress, raster);
    drawHighlight(painter);
    drawSelection(painter);
    if (m_cutting) {
        painter.setPen(QPen(palette().color(QPalette::Text), 2.0, Qt::DashLine));
        painter.drawLine(m_cut);
    }
    painter.restore();
}

double CityView::stopFraction(const gossip::Message &message) const
{
    const double stop = messageStop(message.outcome);
    if (message.outcome != gossip::Outcome::CutOff || !m_wallShown)
        return stop;
    // A cut-off message runs into the wall.
    const double crossing = wallCrossing(m_wall, m_layout.positions[message.from], m_layout.positions[message.to]);
    return crossing < 0.0 ? stop : std::clamp(crossing, 0.05, 0.95);
}

bool CityView::drawsPaths() const
{
    return m_layout.shape == CityLayout::Shape::Cells
            || (m_controller->world().nodes <= maximumPathNodes && m_controller->log().messages.size() <= maximumPaths);
}

void CityView::drawMessagePaths(QPainter &painter, double progress) const
{
    const gossip::RoundLog &log = m_controller->log();
    const gossip::Simulation &simulation = m_controller->simulation();
    const bool cells = m_layout.shape == CityLayout::Shape::Cells;
    const double radius = m_layout.nodeRadius;
    const double width = lineScale() * (cells ? std::max(2.0, 0.07 * radius) : 2.0);
    // A town's paths stay fainter than a story's few, which are the lesson itself.
    const double alpha = cells || m_highContrast ? 0.75 : 0.5;
    const double mark = cells ? 0.22 * radius : std::max(4.0, 0.35 * radius);
    const double arrow = cells ? 2.2 * mark : std::max(8.0, 0.7 * radius);
    const double drop = cells ? 0.22 * radius : particleSize();
    const bool still = progress >= 1.0;
    const bool labelled = m_layout.badgeRows > 0;
    QFont label = font();
    label.setPixelSize(std::max(1, int(std::lround(0.36 * radius))));
    label.setBold(true);

    for (const gossip::Message &message : log.messages) {
        const QColor color = outcomeColor(message.outcome);
        const QLineF line = m_layout.messageLine(message.from, message.to);
        const double stop = stopFraction(message);
        const ParticleMotion now = particleMotion(progress, stop);
        const double reached = still || progress >= particleArrival ? stop : now.along;

        // The line grows behind the particle and stays for the rest of the round.
        const QPointF end = line.pointAt(reached);
        painter.setPen(QPen(withAlpha(color, alpha), width, Qt::SolidLine, Qt::RoundCap));
        if (reached > 0.0)
            painter.drawLine(QLineF(line.p1(), end));
        if (stop >= 1.0 && reached >= 1.0) {
            drawArrowHead(painter, line, arrow, withAlpha(color, alpha + 0.15));
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

        // The particle itself: a pill naming the strains it carries, or a plain drop.
        QStringList carried;
        if (labelled) {
            for (std::uint32_t i = 0; i < message.itemCount && i < 4; ++i)
                carried << badgeText(simulation.versionInfo(log.carried[message.firstItem + i]).key);
            if (message.itemCount > 4)
                carried << QStringLiteral("…");
        }
        const QPointF at = line.pointAt(now.along);
        painter.setOpacity(now.opacity);
        painter.setPen(QPen(palette().color(QPalette::Base), 2.0));
        painter.setBrush(color);
        if (carried.isEmpty()) {
            painter.drawEllipse(at, drop, drop);
        } else {
            const QString text = carried.join(QLatin1Char(' '));
            painter.setFont(label);
            const double height = 0.58 * radius;
            const double textWidth = QFontMetricsF(label).horizontalAdvance(text) + 0.4 * radius;
            // Beside its line, on the right of the way it goes, so the answer coming back
            // the other way passes without covering it.
            const QPointF beside = at + rightOf(line) * (0.5 * height + 0.05 * radius);
            const QRectF pill(beside.x() - textWidth / 2, beside.y() - height / 2, textWidth, height);
            painter.drawRoundedRect(pill, height / 2, height / 2);
            painter.setPen(textOn(color));
            painter.drawText(pill, Qt::AlignCenter, text);
        }
        painter.setOpacity(1.0);
    }
}

void CityView::drawDotParticles(QPainter &painter, double progress, bool useSprites)
{
    const gossip::RoundLog &log = m_controller->log();
    if (progress >= particleArrival || log.messages.empty())
        return;
    if (useSprites)
        ensureSprites(painter.device()->devicePixelRatioF());
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
        if (message.outcome == gossip::Outcome::CutOff && m_wallShown) {
            walled.push_back(&message);
            continue;
        }
        m_particleBuffers[std::size_t(message.outcome)].push_back(positions[message.from]);
        m_particleBuffers[std::size_t(message.outcome)].push_back(positions[message.to]);
    }

    const double particle = particleSize();
    const auto draw = [&](const QPointF &at, std::size_t outcome, bool trail) {
        if (useSprites) {
            const QImage &image = trail ? m_trailSprites[outcome] : m_particleSprites[outcome];
            painter.drawImage(at - spriteOffset(image), image);
        } else {
            const QColor color = outcomeColor(gossip::Outcome(outcome));
            painter.setPen(trail ? QPen(Qt::NoPen) : QPen(outlineColor(color, 150), lineScale()));
            painter.setBrush(trail ? withAlpha(color, 0.5) : color);
            const double size = trail ? 0.7 * particle : particle;
            painter.drawEllipse(at, size, size);
        }
    };
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
            const ParticleMotion move = particleMotion(trail ? progress - trailLag : progress, stopFraction(*message));
            if (move.opacity <= 0.0)
                continue;
            painter.setOpacity(move.opacity);
            const QPointF from = positions[message->from];
            draw(from + (positions[message->to] - from) * move.along, std::size_t(gossip::Outcome::CutOff), trail);
        }
    }
    painter.setOpacity(1.0);
}

void CityView::drawHighlight(QPainter &painter) const
{
    const gossip::RoundLog &log = m_controller->log();
    const int index = m_controller->highlightedMessage();
    if (index < 0 || std::size_t(index) >= log.messages.size())
        return;
    const gossip::Message &message = log.messages[std::size_t(index)];
    const QColor color = outcomeColor(message.outcome);
    const QColor halo = palette().color(QPalette::Base);
    const QLineF line = m_layout.messageLine(message.from, message.to);
    const bool cells = m_layout.shape == CityLayout::Shape::Cells;
    const double width = cells ? std::max(4.0, 0.12 * m_layout.nodeRadius) : 3.0;
    const QLineF shown(line.p1(), line.pointAt(std::max(0.05, stopFraction(message))));
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

void CityView::drawSelection(QPainter &painter) const
{
    const int node = m_controller->selectedNode();
    if (node < 0 || std::size_t(node) >= m_layout.positions.size())
        return;
    const QPointF centre = m_layout.positions[std::size_t(node)];
    const bool cells = m_layout.shape == CityLayout::Shape::Cells;
    const double radius = m_layout.nodeRadius;
    const double ring = cells ? 1.15 * radius + 3.0 : std::max(radius + 4.0, 10.0);
    const double width = cells ? std::max(3.0, 0.06 * radius) : 3.0;
    painter.setBrush(Qt::NoBrush);
    const QPen halo(palette().color(QPalette::Base), width + 3.0);
    const QPen highlight(palette().color(QPalette::Highlight), width);
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

// ---- finding things under the mouse -------------------------------------------------

int CityView::nodeAt(const QPointF &pos) const
{
    const auto &positions = m_layout.positions;
    if (m_layout.shape == CityLayout::Shape::Cells) {
        for (std::size_t node = 0; node < positions.size(); ++node) {
            if (QLineF(pos, positions[node]).length() <= m_layout.nodeRadius
                || m_layout.badgeArea(std::uint32_t(node)).contains(pos))
                return int(node);
        }
        return -1;
    }
    // Small dots are hard to hit: the nearest one within half a street counts.
    const double reach = std::max(m_layout.nodeRadius + 2.0, 0.5 * m_layout.spacing);
    double best = reach * reach;
    int found = -1;
    for (std::size_t node = 0; node < positions.size(); ++node) {
        const QPointF d = positions[node] - pos;
        const double distance = d.x() * d.x() + d.y() * d.y();
        if (distance <= best) {
            best = distance;
            found = int(node);
        }
    }
    return found;
}

int CityView::messageAt(const QPointF &pos) const
{
    const gossip::RoundLog &log = m_controller->log();
    if (m_layout.positions.size() != m_controller->world().nodes)
        return -1;
    // A cell's thick line is off-centre; a click between the two people should find it.
    double best = m_layout.shape == CityLayout::Shape::Cells ? std::max(clickTolerance, 0.3 * m_layout.nodeRadius)
                                                             : clickTolerance;
    int found = -1;
    for (std::size_t i = 0; i < log.messages.size(); ++i) {
        const QLineF line = m_layout.messageLine(log.messages[i].from, log.messages[i].to);
        const QPointF d = line.p2() - line.p1();
        const double length2 = d.x() * d.x() + d.y() * d.y();
        const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(pos - line.p1(), d) / length2, 0.0, 1.0) : 0.0;
        const double distance = QLineF(pos, line.p1() + d * t).length();
        if (distance <= best) {
            best = distance;
            found = int(i);
        }
    }
    return found;
}

QString CityView::nodeDescription(int node) const
{
    const gossip::Simulation &simulation = m_controller->simulation();
    const gossip::World &world = m_controller->world();
    if (node < 0 || std::uint32_t(node) >= world.nodes)
        return {};
    const auto id = gossip::NodeId(node);
    QStringList lines;
    lines << tr("Person %1").arg(nodeName(id));
    lines << nodeStateName(nodeState(simulation, id));
    if (world.partitioned)
        lines << (world.group[id] ? tr("Cut off from the rest of the city") : tr("On the main side of the wall"));
    int items = 0;
    for (gossip::KeyId key = 0; key < world.keys; ++key) {
        const gossip::Slot &slot = world.holdings[world.slot(id, key)];
        if (slot.version == gossip::noVersion)
            continue;
        if (++items > maximumTooltipItems)
            continue;
        QStringList notes;
        if (simulation.versionInfo(slot.version).forged)
            notes << tr("forged");
        if (slot.version < world.newest[key])
            notes << tr("outdated");
        const QString name = m_controller->keyName(key);
        lines << (notes.isEmpty() ? tr("%1: version %2, since round %3").arg(name).arg(slot.version).arg(slot.received)
                                  : tr("%1: version %2 (%3), since round %4")
                                            .arg(name)
                                            .arg(slot.version)
                                            .arg(notes.join(QStringLiteral(", ")))
                                            .arg(slot.received));
    }
    if (items == 0)
        lines << tr("Holds nothing yet");
    else if (items > maximumTooltipItems)
        lines << tr("and %n more", nullptr, items - maximumTooltipItems);
    return lines.join(QLatin1Char('\n'));
}

// ---- interventions ------------------------------------------------------------------

QMenu *CityView::createContextMenu(const QPointF &pos)
{
    ensureLayout();
    auto *menu = new QMenu(this);
    const gossip::World &world = m_controller->world();
    SimulationController *controller = m_controller;
    const int found = nodeAt(pos);
    if (found >= 0) {
        const auto node = gossip::NodeId(found);
        menu->addSection(tr("Person %1").arg(nodeName(node)));
        QAction *health = nullptr;
        if (world.health[node] == gossip::NodeHealth::Down) {
            health = menu->addAction(tr("Recover"));
            health->setObjectName(QStringLiteral("recover"));
            connect(health, &QAction::triggered, controller, [controller, node] { controller->recover(node); });
        } else {
            health = menu->addAction(tr("Crash"));
            health->setObjectName(QStringLiteral("crash"));
            connect(health, &QAction::triggered, controller, [controller, node] { controller->crash(node); });
        }
        QAction *byzantine = menu->addAction(tr("Make Byzantine"));
        byzantine->setObjectName(QStringLiteral("byzantine"));
        byzantine->setEnabled(!world.byzantine[node]);
        connect(byzantine, &QAction::triggered, controller, [controller, node] { controller->makeByzantine(node); });
        if (world.keys == 1) {
            QAction *write = menu->addAction(tr("Write a new update here"));
            write->setObjectName(QStringLiteral("write"));
            connect(write, &QAction::triggered, controller, [controller, node] { controller->writeUpdate(node, 0); });
        } else {
            QMenu *writes = menu->addMenu(tr("Write a new update here"));
            writes->setObjectName(QStringLiteral("write"));
            for (gossip::KeyId key = 0; key < world.keys; ++key) {
                QAction *write = writes->addAction(m_controller->keyName(key));
                write->setObjectName(QStringLiteral("write-%1").arg(key));
                connect(write, &QAction::triggered, controller,
                        [controller, node, key] { controller->writeUpdate(node, key); });
            }
        }
    }
    if (world.partitioned) {
        menu->addSeparator();
        QAction *heal = menu->addAction(tr("Heal the partition"));
        heal->setObjectName(QStringLiteral("heal"));
        connect(heal, &QAction::triggered, controller, &SimulationController::heal);
    } else if (found < 0) {
        // Say how to cut the city, since a drag with a modifier cannot be discovered.
        QAction *hint = menu->addAction(tr("Shift+drag across the city to cut it in two"));
        hint->setEnabled(false);
    }
    return menu;
}

bool CityView::cutAlong(const QLineF &line)
{
    ensureLayout();
    const gossip::World &world = m_controller->world();
    if (line.length() < 1e-6)
        return false;
    std::vector<gossip::NodeId> left, right;
    for (gossip::NodeId node = 0; node < world.nodes; ++node)
        (sideOfLine(line, m_layout.positions[node]) > 0.0 ? left : right).push_back(node);
    if (left.empty() || right.empty())
        return false;
    // The smaller side is the one cut off; on a tie, patient zero's side stays the main one.
    const bool leftSmaller = left.size() < right.size() || (left.size() == right.size() && right.front() == 0);
    m_wall = line;
    m_hasWall = true;
    m_controller->partition(leftSmaller ? left : right);
    invalidateNodes();
    return true;
}

// ---- events -------------------------------------------------------------------------

bool CityView::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    ensureLayout();
    const int node = nodeAt(help->pos());
    QString text = nodeDescription(node);
    if (text.isEmpty()) {
        const int index = messageAt(help->pos());
        if (index >= 0) {
            const gossip::Message &message = m_controller->log().messages[std::size_t(index)];
            text = tr("%1 to %2: %3, %4")
                           .arg(nodeName(message.from), nodeName(message.to), channelName(message.channel),
                                outcomeName(message.outcome));
        }
    }
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
    } else {
        QToolTip::showText(help->globalPos(), text, this);
    }
    return true;
}

void CityView::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
    case QEvent::FontChange:
        measureLegend();
        relayout();
        invalidateNodes();
        break;
    case QEvent::PaletteChange:
        m_spritePixelRatio = 0.0;
        invalidateNodes();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

void CityView::resizeEvent(QResizeEvent *event)
{
    relayout();
    m_previousLayer = QImage();
    invalidateNodes();
    QWidget::resizeEvent(event);
}

void CityView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const QPointF pos = event->position();
    ensureLayout();
    if (event->modifiers() & Qt::ShiftModifier) {
        m_cutting = true;
        m_cut = QLineF(pos, pos);
        update();
        return;
    }
    const int node = nodeAt(pos);
    if (node >= 0) {
        m_controller->setSelectedNode(node);
        return;
    }
    const int message = messageAt(pos);
    if (message >= 0) {
        m_controller->setHighlightedMessage(message);
        return;
    }
    m_controller->setSelectedNode(-1);
    m_controller->setHighlightedMessage(-1);
}

void CityView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_cutting) {
        QWidget::mouseMoveEvent(event);
        return;
    }
    m_cut.setP2(event->position());
    update();
}

void CityView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_cutting || event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_cutting = false;
    m_cut.setP2(event->position());
    if (m_cut.length() >= minimumCut)
        cutAlong(m_cut);
    update();
}

void CityView::contextMenuEvent(QContextMenuEvent *event)
{
    const std::unique_ptr<QMenu> menu(createContextMenu(event->pos()));
    menu->exec(event->globalPos());
}
