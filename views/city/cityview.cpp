// The city view: the round's animation, the cached node layer, tooltips and interventions by mouse.
#include "views/city/cityview.h"

#include "views/city/citylegend.h"
#include "views/simulation/simulationcontroller.h"
#include "views/style/citystyle.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPaintEngine>
#include <QPainter>
#include <QToolTip>
#include <QVariantAnimation>

#include <algorithm>
#include <memory>

namespace {

// The animation takes this share of a round on screen, so it ends before the next round begins.
constexpr double animationShare = 0.8;
constexpr double clickTolerance = 6.0; // pixels around a message's line
constexpr double minimumCut = 20.0;    // a shorter Shift-drag is taken for a slip
constexpr int maximumTooltipItems = 12;

} // namespace

CityView::CityView(SimulationController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_animation(new QVariantAnimation(this))
    , m_painter(*controller, m_layout)
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
    m_painter.invalidateSprites();
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
    m_held = false;
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
    m_held = false;
    m_previousLayer = QImage();
    update();
}

void CityView::holdFrame(double progress)
{
    stopAnimation();
    m_progress = std::clamp(progress, 0.0, 1.0);
    m_held = true;
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
    input.legendLines = CityLegend::linesFor(m_controller->simulation().config());
    input.legendColumnLines = CityLegend::columnLinesFor(m_controller->simulation().config());
    input.fontScale = m_presentationScale;
    const int shownKeys = int(std::min<std::uint32_t>(keys, CityPainter::maximumBadges));
    input.badgeRows = showsBadges() ? (shownKeys + badgesPerRow - 1) / badgesPerRow : 0;
    // On a network the people stand by area, round their routers.
    const gossip::Config &config = m_controller->simulation().config();
    try {
        m_network = gossip::networkFor(config);
    } catch (const std::invalid_argument &) {
        m_network.reset(); // the run could not have started: nothing to draw by
    }
    input.network = m_network.get();
    input.networkKind = config.network;
    m_layout = layoutCity(input);
    m_layoutSize = size();
    m_painter.invalidateSprites();

    // The wall moves with the nodes; the painter hides it if a resize left it on the
    // wrong side of some of them.
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
    if (m_layoutSize != size() || m_layout.positions.size() != m_controller->world().nodes
        || m_network != gossip::networkFor(m_controller->simulation().config()))
        relayout();
}

const CityLayout &CityView::cityLayout()
{
    ensureLayout();
    return m_layout;
}

void CityView::measureLegend()
{
    m_legendEms = CityLegend::widthInEms(font());
}

QStringList CityView::legendEntries() const
{
    return CityLegend(*m_controller).entries(showsBadges());
}

QString CityView::nodeName(gossip::NodeId node) const
{
    return CityStyle::nodeName(m_controller->world().nodes, node);
}

CityFrameOptions CityView::frameOptions() const
{
    CityFrameOptions options;
    options.bounds = rect();
    options.palette = palette();
    options.font = font();
    options.highContrast = m_highContrast;
    options.wall = m_wall;
    options.hasWall = m_hasWall;
    options.held = m_held;
    return options;
}

// ---- the node layer --------------------------------------------------------------------

void CityView::ensureLayer(const CityFrameOptions &options, double pixelRatio)
{
    const QSize pixels = (QSizeF(size()) * pixelRatio).toSize();
    if (!m_layerDirty && m_layer.size() == pixels && m_layer.devicePixelRatio() == pixelRatio)
        return;
    if (m_previousLayer.size() != pixels)
        m_previousLayer = QImage();
    m_painter.ensureSprites(options, pixelRatio);
    // Opaque, so the frame's blit is a plain copy.
    m_layer = QImage(pixels, QImage::Format_RGB32);
    m_layer.setDevicePixelRatio(pixelRatio);
    QPainter painter(&m_layer);
    painter.setRenderHint(QPainter::Antialiasing);
    m_painter.drawNodeLayer(painter, options, true);
    m_layerDirty = false;
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
    const CityFrameOptions options = frameOptions();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const bool raster = painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
    if (raster) {
        ensureLayer(options, painter.device()->devicePixelRatioF());
        const bool before = progress < particleArrival && !m_previousLayer.isNull();
        painter.drawImage(QPointF(0, 0), before ? m_previousLayer : m_layer);
        if (before) {
            // The people are as they were when the round's messages set out, but the round
            // is the one the messages belong to, as the toolbar says: its title comes from
            // the new layer.
            const QRectF title = CityLegend::titleRect(m_layout);
            const qreal ratio = m_layer.devicePixelRatio();
            painter.drawImage(title, m_layer,
                              QRectF(title.topLeft() * ratio, title.size() * ratio));
        }
    } else {
        m_painter.drawNodeLayer(painter, options, false);
    }
    m_painter.drawMessages(painter, options, progress, raster);
    m_painter.drawHighlight(painter, options);
    m_painter.drawSelection(painter, options);
    if (m_cutting) {
        painter.setPen(QPen(palette().color(QPalette::Text), 2.0, Qt::DashLine));
        painter.drawLine(m_cut);
    }
    painter.restore();
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
    if (isForger(simulation, id))
        lines << nodeStateName(NodeState::Byzantine);
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
        const QString name = m_controller->versionName(slot.version);
        lines << (notes.isEmpty() ? tr("%1, since round %2").arg(name).arg(slot.received)
                                  : tr("%1 (%2), since round %3")
                                            .arg(name, notes.join(QStringLiteral(", ")))
                                            .arg(slot.received));
    }
    if (items == 0)
        lines << tr("Holds nothing yet");
    else if (items > maximumTooltipItems)
        lines << tr("and %n more", nullptr, items - maximumTooltipItems);
    // What can be done to a person is otherwise told only in chapter 9.
    lines << tr("Right-click: crash, recover, make Byzantine or write here. Shift-drag: cut the city in two.");
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
        // A forger forges what it holds: someone who holds nothing forges only once
        // something reaches them, which in a finished run never happens. Say so.
        bool holdsSomething = false;
        for (gossip::KeyId key = 0; key < world.keys && !holdsSomething; ++key)
            holdsSomething = m_controller->simulation().version(node, key) != gossip::noVersion;
        QAction *byzantine = menu->addAction(holdsSomething ? tr("Make Byzantine")
                                                            : tr("Make Byzantine (forges once an update reaches them)"));
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

std::optional<QLineF> CityView::wallInArea()
{
    ensureLayout();
    const QRectF area = m_layout.nodeArea;
    if (!m_hasWall || !m_controller->world().partitioned || area.isEmpty())
        return std::nullopt;
    const auto fraction = [&area](const QPointF &p) {
        return QPointF((p.x() - area.left()) / area.width(), (p.y() - area.top()) / area.height());
    };
    return QLineF(fraction(m_wall.p1()), fraction(m_wall.p2()));
}

void CityView::setWallInArea(const QLineF &wall)
{
    ensureLayout();
    const QRectF area = m_layout.nodeArea;
    const auto place = [&area](const QPointF &p) {
        return QPointF(area.left() + p.x() * area.width(), area.top() + p.y() * area.height());
    };
    m_wall = QLineF(place(wall.p1()), place(wall.p2()));
    m_hasWall = true;
    invalidateNodes();
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
        m_painter.invalidateSprites();
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
    // A person is hit by their circle first, then a message's line, then the person's
    // badges: a line between two neighbours may run over a row of badges.
    const int node = nodeAt(pos);
    const bool onCircle = node >= 0 && QLineF(pos, m_layout.positions[std::size_t(node)]).length() <= m_layout.nodeRadius;
    const int message = onCircle ? -1 : messageAt(pos);
    if (message >= 0) {
        m_controller->setHighlightedMessage(message);
        return;
    }
    if (node >= 0) {
        m_controller->setSelectedNode(node);
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
