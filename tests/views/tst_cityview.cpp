// Tests the city: its layout, legend, colours, animation, tooltips and the interventions made with the mouse.
#include "engine/directmail.h"
#include "tests/common/story.h"
#include "views/city/citylayout.h"
#include "views/city/citylegend.h"
#include "views/city/cityview.h"
#include "views/content/scenariofile.h"
#include "views/simulation/nodestate.h"
#include "views/simulation/simulationcontroller.h"

#include <QHelpEvent>
#include <QMenu>
#include <QPainter>
#include "engine/network.h"

#include <QTest>
#include <QToolTip>

#include <cmath>
#include <memory>

namespace {

using namespace storytest;

gossip::Scenario rumorScenario(std::uint32_t nodes)
{
    gossip::Config config;
    config.protocol = gossip::Protocol::Rumor;
    config.mode = gossip::Mode::Push;
    config.nodes = nodes;
    config.seed = 5;
    return gossip::Scenario::singleUpdate(config);
}

// How many pixels of `rect` in `image` have exactly `color`.
int countColor(const QImage &image, const QColor &color, QRect rect = {})
{
    if (rect.isNull())
        rect = image.rect();
    rect &= image.rect();
    const QRgb wanted = color.rgb();
    int count = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x)
            count += (image.pixel(x, y) & 0xFFFFFF) == (wanted & 0xFFFFFF);
    }
    return count;
}

// How many pixels of `rect` are close to `color`: antialiased text and rings are not exact.
int countNear(const QImage &image, const QColor &color, QRect rect)
{
    rect &= image.rect();
    int count = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            count += std::abs(pixel.red() - color.red()) + std::abs(pixel.green() - color.green())
                            + std::abs(pixel.blue() - color.blue())
                    < 60;
        }
    }
    return count;
}

} // namespace

Q_DECLARE_METATYPE(gossip::Outcome)
Q_DECLARE_METATYPE(gossip::Mode)
Q_DECLARE_METATYPE(gossip::Protocol)

class TestCityView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void layoutKeepsNodesInside_data();
    void layoutKeepsNodesInside();
    void layoutIsAPureFunction();
    void particlesStopWhereTheirMessagesEnd_data();
    void particlesStopWhereTheirMessagesEnd();
    void wallGeometry();
    void fontIsReadableOnAProjector();
    void legendListsEveryState();
    void legendRoundIsTheToolbarsWhileARoundAnimates();
    void cityCountsAreTheChartsAfterARewrite_data();
    void cityCountsAreTheChartsAfterARewrite();
    void legendShowsFaultsOnlyWhenTheyCanHappen();
    void stepShowsTheContagiousColour();
    void stepAnimatesAndJumpsDoNot();
    void animationFollowsTheSpeed();
    void stepBeforeAnyPaintIsNotAnimated();
    void rightClickCrashesAndRecovers();
    void rightClickWritesOneKeyPerAction();
    void rightClickMakesByzantine();
    void shiftDragPartitionsTheCity();
    void healOnEmptyGround();
    void hoverTooltipNamesTheState();
    void clickSelectsANode();
    void clickOnAMessageHighlightsIt();
    void storyShowsItemBadges();
    void newItemsLightUp();
    void heldFrameLeavesBadgesVisible_data();
    void heldFrameLeavesBadgesVisible();
    void directMailShowsItsCache();
    void aHeldParticleIsNoPerson();
    void aNetworkIsDrawnByArea();
    void aCutLinkIsDrawnCut();

private:
    void showStory();

    std::unique_ptr<SimulationController> m_controller;
    std::unique_ptr<CityView> m_view;
};

void TestCityView::init()
{
    m_controller = std::make_unique<SimulationController>();
    m_view = std::make_unique<CityView>(m_controller.get());
    m_view->resize(1280, 720);
}

void TestCityView::cleanup()
{
    m_view.reset();
    m_controller.reset();
}

void TestCityView::aNetworkIsDrawnByArea()
{
    // Two towns: people stand round their area's router, the legend names the busiest link
    // and, under a connection limit, the calls refused.
    gossip::Config config;
    config.nodes = 300;
    config.network = gossip::NetworkKind::TwoTowns;
    config.connectionLimit = 1;
    m_controller->load(gossip::Scenario::singleUpdate(config), {});
    for (int round = 0; round < 3; ++round)
        m_controller->stepForward();
    const CityLayout &layout = m_view->cityLayout();
    const auto network = gossip::networkFor(config);
    QCOMPARE(layout.routers.size(), std::size_t(network->routerCount()));
    // Each person is nearer their own router than any other area's.
    for (gossip::NodeId site = 0; site < 300; site += 7) {
        const QPointF own = layout.routers[network->routerOf(site)];
        const double near = QLineF(layout.positions[site], own).length();
        for (std::uint32_t router = 2; router < network->routerCount(); ++router) {
            if (router != network->routerOf(site))
                QVERIFY(QLineF(layout.positions[site], layout.routers[router]).length() > near);
        }
        QVERIFY(m_view->rect().contains(layout.positions[site].toPoint()));
    }
    const QStringList entries = m_view->legendEntries();
    const auto busiest = std::find_if(entries.begin(), entries.end(),
                                      [](const QString &entry) { return entry.endsWith(QLatin1String(": bridge")); });
    QVERIFY2(busiest != entries.end(), qPrintable(entries.join(QLatin1String(" | "))));
    const double load = busiest->section(QLatin1Char(':'), 0, 0).toDouble();
    const gossip::World &world = m_controller->world();
    QCOMPARE(load, std::round(10.0 * double(world.linkConversations[0]) / world.round) / 10.0);
    const auto refused = std::find_if(entries.begin(), entries.end(),
                                      [](const QString &entry) { return entry.startsWith(QLatin1String("Refused, busy: ")); });
    QVERIFY(refused != entries.end());
    QCOMPARE(refused->section(QLatin1String(": "), 1).toULongLong(), m_controller->measures().back().busy);
    QVERIFY(m_controller->measures().back().busy > 0);
}

void TestCityView::aCutLinkIsDrawnCut()
{
    // The shipped scenario cuts the small town off: while the cut holds, the bridge carries
    // nothing, so it is not the busiest link; it is drawn cut (dashed, in the colour of
    // cut-off calls) and the legend says so. Healed, it is a road again.
    QString error;
    const auto document = ScenarioFile::read(QStringLiteral(GOSSIPLAB_SCENARIOS "/a-cut-between-the-towns.json"), &error);
    QVERIFY2(document, qPrintable(error));
    m_controller->load(document->scenario, {});
    for (int round = 0; round < 4; ++round)
        m_controller->stepForward();
    QStringList entries = m_view->legendEntries();
    QVERIFY2(entries.contains(QStringLiteral("cut: bridge")), qPrintable(entries.join(QLatin1String(" | "))));
    QVERIFY(std::none_of(entries.begin(), entries.end(), [](const QString &entry) { return entry.endsWith(QLatin1String(": bridge")) && !entry.startsWith(QLatin1String("cut")); }));
    const auto network = gossip::networkFor(document->scenario.config);
    std::size_t bridge = 0;
    while (network->linkName(bridge) != "bridge")
        ++bridge;
    const CityLayout &layout = m_view->cityLayout();
    const auto &link = network->description().links[bridge];
    const QLineF road(layout.routers[link.from], layout.routers[link.to]);
    // The bars across the bridge's middle are in the cut-off colour.
    const auto cutColourNear = [&](const QImage &image) {
        int count = 0;
        const QPoint middle = road.center().toPoint();
        for (int dy = -4; dy <= 4; ++dy)
            for (int dx = -4; dx <= 4; ++dx)
                count += image.pixelColor(middle + QPoint(dx, dy)) == outcomeColor(gossip::Outcome::CutOff);
        return count;
    };
    QVERIFY(cutColourNear(m_view->grab().toImage()) > 0);
    m_controller->seek(13);
    entries = m_view->legendEntries();
    QVERIFY(!entries.contains(QStringLiteral("cut: bridge")));
    QCOMPARE(cutColourNear(m_view->grab().toImage()), 0);
}

void TestCityView::showStory()
{
    m_controller->load(storyScenario(), strainNames());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestCityView::layoutKeepsNodesInside_data()
{
    QTest::addColumn<int>("nodes");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("badgeRows");

    for (int nodes : {1, 2, 3, 5, 8, 12}) {
        for (QSize size : {QSize(1280, 720), QSize(700, 380), QSize(420, 640), QSize(1920, 1080)}) {
            for (int rows : {0, 1, 2}) {
                QTest::addRow("%d cells, %dx%d, %d badge rows", nodes, size.width(), size.height(), rows)
                        << nodes << size << rows;
            }
        }
    }
    for (int nodes : {13, 60, 400, 2000, 10'000}) {
        for (QSize size : {QSize(1280, 720), QSize(700, 380), QSize(1920, 1080)})
            QTest::addRow("%d dots, %dx%d", nodes, size.width(), size.height()) << nodes << size << 0;
    }
}

void TestCityView::layoutKeepsNodesInside()
{
    QFETCH(int, nodes);
    QFETCH(QSize, size);
    QFETCH(int, badgeRows);

    CityLayoutInput input;
    input.nodes = std::uint32_t(nodes);
    input.size = size;
    input.legendEms = 15.0;
    input.badgeRows = badgeRows;
    const CityLayout layout = layoutCity(input);
    QCOMPARE(int(layout.positions.size()), nodes);

    const QRectF widget(QPointF(0, 0), QSizeF(size));
    const QRectF inner = widget.adjusted(4, 4, -4, -4);
    QVERIFY(inner.contains(layout.legendArea));
    for (std::uint32_t i = 0; i < input.nodes; ++i) {
        const QRectF bounds = layout.nodeBounds(i);
        QVERIFY2(inner.contains(bounds), qPrintable(QStringLiteral("node %1 sticks out").arg(i)));
        QVERIFY2(!bounds.intersects(layout.legendArea), qPrintable(QStringLiteral("node %1 under the legend").arg(i)));
    }

    if (nodes > int(maximumCells)) {
        QCOMPARE(layout.shape, CityLayout::Shape::Dots);
        // Dots may not overlap; checking each against the next few in the snake covers its neighbours.
        for (std::uint32_t i = 0; i < input.nodes; ++i) {
            for (std::uint32_t j = i + 1; j < std::min(input.nodes, i + 300); ++j)
                QVERIFY(QLineF(layout.positions[i], layout.positions[j]).length() >= 2.0 * layout.nodeRadius);
        }
        return;
    }

    QCOMPARE(layout.shape, CityLayout::Shape::Cells);
    QCOMPARE(layout.badgeRows, badgeRows);
    QVERIFY(layout.nodeRadius >= 10.0);
    // No cell touches another, and no badge row touches another node's cell or badges.
    const auto distanceToRect = [](const QPointF &p, const QRectF &r) {
        const double dx = std::max({r.left() - p.x(), 0.0, p.x() - r.right()});
        const double dy = std::max({r.top() - p.y(), 0.0, p.y() - r.bottom()});
        return std::hypot(dx, dy);
    };
    for (std::uint32_t i = 0; i < input.nodes; ++i) {
        for (std::uint32_t j = 0; j < input.nodes; ++j) {
            if (i == j)
                continue;
            QVERIFY(QLineF(layout.positions[i], layout.positions[j]).length() > 2.0 * layout.nodeRadius);
            if (badgeRows == 0)
                continue;
            QVERIFY2(distanceToRect(layout.positions[j], layout.badgeArea(i)) > layout.nodeRadius,
                     qPrintable(QStringLiteral("badges of %1 touch cell %2").arg(i).arg(j)));
            QVERIFY(!layout.badgeArea(i).intersects(layout.badgeArea(j)));
        }
    }
}

void TestCityView::layoutIsAPureFunction()
{
    CityLayoutInput input;
    input.nodes = 2000;
    input.size = QSizeF(1000, 600);
    const CityLayout first = layoutCity(input);
    input.size = QSizeF(500, 300);
    layoutCity(input);
    input.size = QSizeF(1000, 600);
    const CityLayout again = layoutCity(input);
    QVERIFY(first.positions == again.positions);

    // And the view uses it: the same controller state at the same size gives the same places.
    m_controller->load(rumorScenario(2000));
    const std::vector<QPointF> before = m_view->cityLayout().positions;
    m_view->resize(600, 400);
    m_view->resize(1280, 720);
    QVERIFY(m_view->cityLayout().positions == before);
}

void TestCityView::particlesStopWhereTheirMessagesEnd_data()
{
    QTest::addColumn<gossip::Outcome>("outcome");
    QTest::addColumn<double>("progress");
    QTest::addColumn<double>("along");
    QTest::addColumn<double>("minimumOpacity");
    QTest::addColumn<double>("maximumOpacity");

    const double half = particleArrival / 2.0;
    QTest::newRow("new sets off") << gossip::Outcome::New << 0.0 << 0.0 << 1.0 << 1.0;
    QTest::newRow("new halfway") << gossip::Outcome::New << half << 0.5 << 1.0 << 1.0;
    QTest::newRow("new has arrived") << gossip::Outcome::New << particleArrival << 1.0 << 0.0 << 0.0;
    QTest::newRow("redundant after the round") << gossip::Outcome::Redundant << 1.0 << 1.0 << 0.0 << 0.0;
    QTest::newRow("lost on its way") << gossip::Outcome::Lost << 0.4 * half << 0.104 << 1.0 << 1.0;
    QTest::newRow("lost stops halfway, fading")
            << gossip::Outcome::Lost << 0.8 * particleArrival << 0.5 << 0.05 << 0.95;
    QTest::newRow("refused at the door") << gossip::Outcome::Refused << 0.95 * particleArrival << 0.88 << 0.0 << 0.9;
    QTest::newRow("dropped stops a step out") << gossip::Outcome::Dropped << 0.6 * particleArrival << 0.25 << 0.4 << 0.6;
}

void TestCityView::particlesStopWhereTheirMessagesEnd()
{
    QFETCH(gossip::Outcome, outcome);
    QFETCH(double, progress);
    QFETCH(double, along);
    QFETCH(double, minimumOpacity);
    QFETCH(double, maximumOpacity);
    const ParticleMotion motion = particleMotion(progress, messageStop(outcome));
    QVERIFY2(std::abs(motion.along - along) < 0.01, qPrintable(QString::number(motion.along)));
    QVERIFY2(motion.opacity >= minimumOpacity && motion.opacity <= maximumOpacity,
             qPrintable(QString::number(motion.opacity)));
}

void TestCityView::wallGeometry()
{
    const QLineF wall(QPointF(10, -5), QPointF(10, 5));
    QCOMPARE(wallCrossing(wall, QPointF(0, 0), QPointF(20, 0)), 0.5);
    QCOMPARE(wallCrossing(wall, QPointF(0, 0), QPointF(5, 3)), -1.0);
    QVERIFY(sideOfLine(wall, QPointF(0, 0)) * sideOfLine(wall, QPointF(20, 0)) < 0);

    const QPolygonF square(QRectF(0, 0, 40, 10));
    const QPolygonF left = halfPlane(square, wall, sideOfLine(wall, QPointF(0, 0)));
    QCOMPARE(left.boundingRect(), QRectF(0, 0, 10, 10));
    const QPolygonF right = halfPlane(square, wall, sideOfLine(wall, QPointF(30, 0)));
    QCOMPARE(right.boundingRect(), QRectF(10, 0, 30, 10));

    // Between cells, a message and its answer run on either side of the line between them.
    CityLayoutInput input;
    input.nodes = 5;
    input.size = QSizeF(1280, 720);
    const CityLayout layout = layoutCity(input);
    const QLineF there = layout.messageLine(0, 4);
    const QLineF back = layout.messageLine(4, 0);
    const QLineF centres(layout.positions[0], layout.positions[4]);
    QVERIFY(sideOfLine(centres, there.pointAt(0.5)) * sideOfLine(centres, back.pointAt(0.5)) < 0);
    QVERIFY(QLineF(there.p1(), layout.positions[0]).length() <= layout.nodeRadius + 0.01);
}

void TestCityView::fontIsReadableOnAProjector()
{
    // 11 pt at 96 dpi is 14.7 px.
    QVERIFY(m_view->cityLayout().fontPixels >= 14.6);
    m_view->resize(1920, 1080);
    QVERIFY(m_view->cityLayout().fontPixels >= 22.0);
}

void TestCityView::legendListsEveryState()
{
    // A run without faults names only the three states it can show.
    QStringList entries = m_view->legendEntries();
    for (NodeState state : {NodeState::Healthy, NodeState::Contagious, NodeState::Immune})
        QVERIFY2(entries.contains(nodeStateName(state)), qPrintable(nodeStateName(state)));
    for (NodeState state : {NodeState::Down, NodeState::Repairing, NodeState::Byzantine})
        QVERIFY2(!entries.contains(nodeStateName(state)), qPrintable(nodeStateName(state)));
    // Crashing one node and making another a forger brings their states in.
    m_controller->crash(3);
    m_controller->makeByzantine(5);
    entries = m_view->legendEntries();
    for (int state = 0; state < nodeStateCount; ++state)
        QVERIFY2(entries.contains(nodeStateName(NodeState(state))), qPrintable(nodeStateName(NodeState(state))));
    QVERIFY(entries.contains(outcomeName(gossip::Outcome::New)));
    QVERIFY(entries.contains(outcomeName(gossip::Outcome::Redundant)));
    QVERIFY(entries.contains(CityView::tr("Round %1").arg(0)));
}

void TestCityView::legendShowsFaultsOnlyWhenTheyCanHappen()
{
    QVERIFY(!m_view->legendEntries().contains(outcomeName(gossip::Outcome::Lost)));
    gossip::Scenario lossy = rumorScenario(100);
    lossy.config.loss = 0.1;
    m_controller->load(lossy);
    QVERIFY(m_view->legendEntries().contains(outcomeName(gossip::Outcome::Lost)));
    QVERIFY(!m_view->legendEntries().contains(outcomeName(gossip::Outcome::CutOff)));
    m_controller->partition({1, 2, 3});
    QVERIFY(m_view->legendEntries().contains(outcomeName(gossip::Outcome::CutOff)));
}

void TestCityView::stepShowsTheContagiousColour()
{
    m_controller->load(rumorScenario(400));
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    for (int i = 0; i < 4; ++i)
        m_controller->stepForward();
    QTRY_VERIFY(!m_view->isAnimating());
    const QImage image = m_view->grab().toImage();
    QVERIFY(countColor(image, nodeStateColor(NodeState::Contagious)) > 50);
    QVERIFY(countColor(image, nodeStateColor(NodeState::Healthy)) > 50);
}

void TestCityView::stepAnimatesAndJumpsDoNot()
{
    m_controller->load(rumorScenario(400));
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_controller->stepForward();
    QVERIFY(m_view->isAnimating());
    QVERIFY(m_view->progress() < 1.0);
    // A frame in the middle of the round draws particles in the outcome colours.
    QImage frame(m_view->size(), QImage::Format_RGB32);
    {
        QPainter painter(&frame);
        m_view->paintFrame(painter, 0.3);
    }
    QVERIFY(countColor(frame, outcomeColor(gossip::Outcome::New)) > 0);

    m_controller->stepBack();
    QVERIFY(!m_view->isAnimating());
    QCOMPARE(m_view->progress(), 1.0);
    m_controller->seek(3);
    QVERIFY(!m_view->isAnimating());
    QTest::qWait(50); // round 3 on screen before the next step
    m_controller->stepForward();
    QVERIFY(m_view->isAnimating());
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isAnimating(), 2000);
    QCOMPARE(m_view->progress(), 1.0);
    m_controller->reset();
    QVERIFY(!m_view->isAnimating());
}

void TestCityView::animationFollowsTheSpeed()
{
    m_controller->load(rumorScenario(400));
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_controller->setSpeed(0.25); // four seconds a round
    m_controller->stepForward();
    QVERIFY(m_view->isAnimating());
    QTest::qWait(50);
    QVERIFY(m_view->isAnimating());
    m_controller->setSpeed(16.0); // a sixteenth of a second: the particles hurry up
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isAnimating(), 500);
}

void TestCityView::stepBeforeAnyPaintIsNotAnimated()
{
    // An export loads a chapter and steps at once: nothing was on screen to animate from.
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_controller->load(rumorScenario(400));
    m_controller->stepForward();
    QVERIFY(!m_view->isAnimating());
    QCOMPARE(m_view->progress(), 1.0);
}

void TestCityView::rightClickCrashesAndRecovers()
{
    showStory();
    const QPointF atC = m_view->cityLayout().positions[C];
    {
        std::unique_ptr<QMenu> menu(m_view->createContextMenu(atC));
        auto *crash = menu->findChild<QAction *>(QStringLiteral("crash"));
        QVERIFY(crash);
        QVERIFY(!menu->findChild<QAction *>(QStringLiteral("recover")));
        crash->trigger();
    }
    QCOMPARE(nodeState(m_controller->simulation(), C), NodeState::Down);
    {
        std::unique_ptr<QMenu> menu(m_view->createContextMenu(atC));
        auto *recover = menu->findChild<QAction *>(QStringLiteral("recover"));
        QVERIFY(recover);
        recover->trigger();
    }
    QVERIFY(nodeState(m_controller->simulation(), C) != NodeState::Down);
}

void TestCityView::rightClickWritesOneKeyPerAction()
{
    showStory();
    std::unique_ptr<QMenu> menu(m_view->createContextMenu(m_view->cityLayout().positions[C]));
    auto *writes = menu->findChild<QMenu *>(QStringLiteral("write"));
    QVERIFY(writes);
    QCOMPARE(writes->actions().size(), 4);
    QCOMPARE(writes->actions().at(int(S))->text(), QStringLiteral("S"));
    QCOMPARE(m_controller->simulation().version(C, S), gossip::noVersion);
    writes->findChild<QAction *>(QStringLiteral("write-%1").arg(S))->trigger();
    QVERIFY(m_controller->simulation().version(C, S) != gossip::noVersion);
    QCOMPARE(m_controller->simulation().version(C, R), gossip::noVersion);
}

void TestCityView::legendRoundIsTheToolbarsWhileARoundAnimates()
{
    // While round 2's messages fly, the people are as round 1 left them, but the legend
    // says round 2, as the toolbar does: its title is the one of the finished frame.
    m_controller->load(rumorScenario(60));
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_controller->stepForward();
    QTRY_VERIFY(!m_view->isAnimating());
    const QRect title = CityLegend::titleRect(m_view->cityLayout()).toAlignedRect();
    const QImage roundOne = m_view->grab().toImage().copy(title);
    m_controller->stepForward();
    QVERIFY(m_view->isAnimating());
    const QImage early = m_view->grab().toImage();
    QTRY_VERIFY(!m_view->isAnimating());
    const QImage roundTwo = m_view->grab().toImage();
    QVERIFY(roundOne != roundTwo.copy(title));
    QVERIFY(early.copy(title) == roundTwo.copy(title));
    // The people below it are still round 1's.
    QVERIFY(early != roundTwo);
}

void TestCityView::cityCountsAreTheChartsAfterARewrite_data()
{
    QTest::addColumn<gossip::Protocol>("protocol");
    QTest::addColumn<gossip::Mode>("mode");
    QTest::addColumn<QString>("change");
    QTest::newRow("anti-entropy, written again") << gossip::Protocol::AntiEntropy << gossip::Mode::PushPull << "write";
    QTest::newRow("anti-entropy push, forged") << gossip::Protocol::AntiEntropy << gossip::Mode::Push << "forge";
    QTest::newRow("anti-entropy, holders crash") << gossip::Protocol::AntiEntropy << gossip::Mode::Push << "crash";
    QTest::newRow("rumor, written again") << gossip::Protocol::Rumor << gossip::Mode::Push << "write";
    QTest::newRow("rumor, forged") << gossip::Protocol::Rumor << gossip::Mode::PushPull << "forge";
    QTest::newRow("direct mail, forged") << gossip::Protocol::DirectMail << gossip::Mode::Push << "forge";
}

void TestCityView::cityCountsAreTheChartsAfterARewrite()
{
    // With one key a person is one slot, so the people the city draws in each state (as the
    // tooltip and the drawing name it) are the chart's counts of that state, round by
    // round: whoever holds the old version is outdated on both, a crashed holder is down on
    // both (not contagious on the chart while grey in the city).
    QFETCH(gossip::Protocol, protocol);
    QFETCH(gossip::Mode, mode);
    QFETCH(QString, change);
    gossip::Config config;
    config.protocol = protocol;
    config.mode = mode;
    config.nodes = 60;
    config.seed = 21;
    m_controller->load(gossip::Scenario::singleUpdate(config));
    m_view->resize(900, 700);
    const gossip::NodeId writer = 0;
    const gossip::NodeId other = 33;
    std::array<std::uint64_t, nodeStateCount> most{};
    const auto checkRound = [&] {
        const gossip::RoundMeasures &chart = m_controller->measures()[std::size_t(m_controller->round())];
        std::array<std::uint64_t, nodeStateCount> drawn{};
        for (gossip::NodeId node = 0; node < config.nodes; ++node) {
            const QString stateLine = m_view->nodeDescription(int(node)).split(QLatin1Char('\n')).value(1);
            const NodeState state = nodeState(m_controller->simulation(), node);
            QCOMPARE(stateLine, nodeStateName(state));
            ++drawn[std::size_t(state)];
        }
        const QByteArray where = QByteArray("at round ") + QByteArray::number(m_controller->round());
        for (int slot = 0; slot < gossip::slotStateCount; ++slot) {
            const auto state = gossip::SlotState(slot);
            QVERIFY2(drawn[std::size_t(nodeState(state))] == chart.count(state),
                     where + " " + nodeStateName(nodeState(state)).toUtf8());
        }
        for (std::size_t state = 0; state < most.size(); ++state)
            most[state] = std::max(most[state], drawn[state]);
    };
    for (int round = 0; round < 3; ++round) {
        checkRound();
        m_controller->stepForward();
    }
    QCOMPARE(most[std::size_t(NodeState::Outdated)], std::uint64_t(0));
    // A second write somewhere the first has reached, the first writer turns forger, or
    // holders crash (and come back two rounds later).
    QVERIFY(m_controller->simulation().version(writer, 0) != gossip::noVersion);
    if (change == QLatin1String("forge")) {
        m_controller->makeByzantine(writer);
    } else if (change == QLatin1String("write")) {
        m_controller->writeUpdate(other);
    } else {
        for (gossip::NodeId node = 0; node < config.nodes; ++node) {
            if (m_controller->simulation().version(node, 0) != gossip::noVersion)
                m_controller->crash(node);
        }
    }
    QVERIFY(m_controller->world().rewritten == (change != QLatin1String("crash")));
    const gossip::VersionId newest = m_controller->world().newest[0];
    for (int round = 0; round < 80 && !m_controller->world().finished; ++round) {
        checkRound();
        if (QTest::currentTestFailed())
            return;
        if (round == 2 && change == QLatin1String("crash")) {
            for (gossip::NodeId node = 0; node < config.nodes; ++node) {
                if (m_controller->world().health[node] == gossip::NodeHealth::Down)
                    m_controller->recover(node);
            }
            checkRound();
        }
        m_controller->stepForward();
    }
    checkRound();
    if (change == QLatin1String("crash")) {
        QVERIFY(most[std::size_t(NodeState::Down)] > 0);
        QCOMPARE(most[std::size_t(NodeState::Repairing)] > 0, protocol != gossip::Protocol::DirectMail);
        return;
    }
    // Those still holding the first version are what the class should see at once.
    QVERIFY(most[std::size_t(NodeState::Outdated)] > 0);
    QCOMPARE(m_controller->simulation().versionInfo(newest).forged, change == QLatin1String("forge"));
    if (change == QLatin1String("forge"))
        QVERIFY(m_view->nodeDescription(int(writer)).contains(nodeStateName(NodeState::Byzantine)));
    QVERIFY(m_view->legendEntries().contains(nodeStateName(NodeState::Outdated)));
}

void TestCityView::rightClickMakesByzantine()
{
    showStory();
    std::unique_ptr<QMenu> menu(m_view->createContextMenu(m_view->cityLayout().positions[A]));
    menu->findChild<QAction *>(QStringLiteral("byzantine"))->trigger();
    QVERIFY(isForger(m_controller->simulation(), A));
    QCOMPARE(menu->findChild<QAction *>(QStringLiteral("byzantine"))->text(), QStringLiteral("Make Byzantine"));
    // Someone who holds nothing yet is told when they will forge.
    const gossip::NodeId empty = [this] {
        for (gossip::NodeId node = 0; node < m_controller->world().nodes; ++node) {
            if (m_controller->simulation().version(node, 0) == gossip::noVersion
                && m_controller->simulation().version(node, 1) == gossip::noVersion
                && m_controller->simulation().version(node, 2) == gossip::noVersion
                && m_controller->simulation().version(node, 3) == gossip::noVersion)
                return node;
        }
        return gossip::NodeId(0);
    }();
    std::unique_ptr<QMenu> other(m_view->createContextMenu(m_view->cityLayout().positions[empty]));
    QVERIFY(other->findChild<QAction *>(QStringLiteral("byzantine"))->text().contains(QLatin1String("once an update")));
    QVERIFY(m_view->nodeDescription(A).contains(nodeStateName(NodeState::Byzantine)));
    std::unique_ptr<QMenu> again(m_view->createContextMenu(m_view->cityLayout().positions[A]));
    QVERIFY(!again->findChild<QAction *>(QStringLiteral("byzantine"))->isEnabled());
}

void TestCityView::shiftDragPartitionsTheCity()
{
    m_controller->load(rumorScenario(400));
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    const QRectF area = m_view->cityLayout().nodeArea;
    // A vertical cut a third of the way across: the left third is cut off.
    const int x = int(area.left() + area.width() / 3);
    const QPoint top(x, int(area.top()) + 2);
    const QPoint bottom(x, int(area.bottom()) - 2);
    QTest::mousePress(m_view.get(), Qt::LeftButton, Qt::ShiftModifier, top);
    QTest::mouseMove(m_view.get(), (top + bottom) / 2);
    QTest::mouseMove(m_view.get(), bottom);
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, Qt::ShiftModifier, bottom);

    const gossip::World &world = m_controller->world();
    QVERIFY(world.partitioned);
    int cutOff = 0;
    for (gossip::NodeId node = 0; node < world.nodes; ++node) {
        const bool left = m_view->cityLayout().positions[node].x() < x;
        QCOMPARE(bool(world.group[node]), left);
        cutOff += world.group[node];
    }
    QVERIFY(cutOff > 80 && cutOff < 200);
    QVERIFY(m_controller->selectedNode() == -1);

    // The cut-off side stands on grey ground and the wall is drawn.
    const QImage image = m_view->grab().toImage();
    const QRect wall(x - 3, int(area.center().y()) - 40, 7, 80);
    QVERIFY(countColor(image, m_view->palette().color(QPalette::Text), wall) > 0);
}

void TestCityView::healOnEmptyGround()
{
    showStory();
    const QPointF empty = m_view->cityLayout().nodeArea.topLeft() + QPointF(2, 2);
    QCOMPARE(m_view->nodeAt(empty), -1);
    {
        std::unique_ptr<QMenu> menu(m_view->createContextMenu(empty));
        QVERIFY(!menu->findChild<QAction *>(QStringLiteral("heal")));
    }
    QVERIFY(m_view->cutAlong(QLineF(m_view->cityLayout().nodeArea.center() + QPointF(0, -500),
                                    m_view->cityLayout().nodeArea.center() + QPointF(1, 500))));
    QVERIFY(m_controller->world().partitioned);
    std::unique_ptr<QMenu> menu(m_view->createContextMenu(empty));
    auto *heal = menu->findChild<QAction *>(QStringLiteral("heal"));
    QVERIFY(heal);
    heal->trigger();
    QVERIFY(!m_controller->world().partitioned);
}

void TestCityView::hoverTooltipNamesTheState()
{
    showStory();
    const QPoint atA = m_view->cityLayout().positions[A].toPoint();
    const QString description = m_view->nodeDescription(A);
    QVERIFY(description.contains(nodeStateName(nodeState(m_controller->simulation(), A))));
    QVERIFY(description.contains(QLatin1String("Person A")));
    QVERIFY(description.contains(QLatin1String("T v1, since round 0")));
    QVERIFY(description.contains(QLatin1String("R v1, since round 0")));
    QVERIFY(!description.contains(QLatin1String("S v")));
    QVERIFY(description.contains(QLatin1String("Right-click")));
    QVERIFY(description.contains(QLatin1String("Shift-drag")));

    QHelpEvent help(QEvent::ToolTip, atA, m_view->mapToGlobal(atA));
    QCoreApplication::sendEvent(m_view.get(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), description);
    QToolTip::hideText();
}

void TestCityView::clickSelectsANode()
{
    showStory();
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, m_view->cityLayout().positions[E].toPoint());
    QCOMPARE(m_controller->selectedNode(), int(E));
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, QPoint(3, 3));
    QCOMPARE(m_controller->selectedNode(), -1);
}

void TestCityView::clickOnAMessageHighlightsIt()
{
    showStory();
    m_controller->stepForward();
    QCOMPARE(m_controller->log().messages.size(), std::size_t(1));
    const QPointF middle = (m_view->cityLayout().positions[A] + m_view->cityLayout().positions[E]) / 2.0;
    QCOMPARE(m_view->messageAt(middle), 0);
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, middle.toPoint());
    QCOMPARE(m_controller->highlightedMessage(), 0);
}

void TestCityView::storyShowsItemBadges()
{
    showStory();
    const CityLayout &layout = m_view->cityLayout();
    QCOMPARE(layout.shape, CityLayout::Shape::Cells);
    QCOMPARE(layout.badgeRows, 1);
    QVERIFY(m_view->legendEntries().contains(CityView::tr("Item new this round")));
    const QImage image = m_view->grab().toImage();
    const QColor text = m_view->palette().color(QPalette::Text);
    const QColor base = m_view->palette().color(QPalette::Base);
    // A's two badges and E's three carry a dark letter on a light ground; B holds nothing.
    for (auto [node, count] : {std::pair{A, 2}, std::pair{E, 3}}) {
        for (int i = 0; i < count; ++i) {
            const QRect badge = layout.badgeRect(node, i, count).toAlignedRect().adjusted(2, 2, -2, -2);
            QVERIFY2(countNear(image, text, badge) > 5, qPrintable(QStringLiteral("badge %1 of %2").arg(i).arg(node)));
        }
    }
    const QRect empty = layout.badgeArea(B).toAlignedRect();
    QCOMPARE(countColor(image, base, empty), empty.width() * empty.height());
}

void TestCityView::newItemsLightUp()
{
    showStory();
    const CityLayout &layout = m_view->cityLayout();
    const QColor glow = outcomeColor(gossip::Outcome::New);
    const QRect badgesOfE = layout.badgeArea(E).toAlignedRect().adjusted(-10, -10, 10, 10);
    QCOMPARE(countNear(m_view->grab().toImage(), glow, badgesOfE), 0);
    m_controller->stepForward(); // A pushes R to E
    QTRY_VERIFY(!m_view->isAnimating());
    QVERIFY(countNear(m_view->grab().toImage(), glow, badgesOfE) > 20);
    QVERIFY(m_view->nodeDescription(E).contains(QLatin1String("R v1, since round 1")));
}

void TestCityView::heldFrameLeavesBadgesVisible_data()
{
    QTest::addColumn<gossip::Mode>("mode");
    QTest::newRow("push") << gossip::Mode::Push;
    QTest::newRow("pull") << gossip::Mode::Pull;
    QTest::newRow("push-pull") << gossip::Mode::PushPull;
}

void TestCityView::heldFrameLeavesBadgesVisible()
{
    // The lesson's key frames of chapters 5 to 7: the strains in flight must not hide
    // what A and E hold, however close together the two are. Every badge looks exactly
    // as it does once the round is over and no label is left.
    QFETCH(gossip::Mode, mode);
    m_controller->load(gossip::Scenario::storyExchange(mode), strainNames());
    m_view->resize(1920, 1080);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_controller->stepForward();
    m_view->holdFrame(1.0);
    const QImage after = m_view->grab().toImage();
    m_view->holdFrame(0.5);
    const QImage inFlight = m_view->grab().toImage();
    QVERIFY(inFlight != after); // the labels are there
    const CityLayout &layout = m_view->cityLayout();
    for (const gossip::NodeId node : {A, E}) {
        int count = 0;
        for (gossip::KeyId key = 0; key < m_controller->world().keys; ++key)
            count += m_controller->simulation().version(node, key) != gossip::noVersion;
        QVERIFY(count >= 2);
        for (int i = 0; i < count; ++i) {
            const QRect badge = layout.badgeRect(node, i, count).toAlignedRect();
            QVERIFY2(inFlight.copy(badge) == after.copy(badge),
                     qPrintable(QStringLiteral("badge %1 of node %2").arg(i).arg(node)));
        }
    }
}

void TestCityView::aHeldParticleIsNoPerson()
{
    // The handout's key frames freeze messages mid-flight; in a town of dots a frozen dot
    // looked like one more person. A held particle trails a streak back along its way.
    gossip::Config config;
    config.protocol = gossip::Protocol::Rumor;
    config.mode = gossip::Mode::Push;
    config.nodes = 300;
    config.seed = 4;
    m_controller->load(gossip::Scenario::singleUpdate(config));
    m_view->resize(1280, 720);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    for (int i = 0; i < 6; ++i)
        m_controller->stepForward();
    m_view->holdFrame(1.0);
    const QImage arrived = m_view->grab().toImage();
    m_view->holdFrame(0.5);
    const QImage image = m_view->grab().toImage();
    const CityLayout &layout = m_view->cityLayout();
    const double along = particleMotion(0.5, 1.0).along;
    int streaked = 0, long_ = 0;
    for (const gossip::Message &message : m_controller->log().messages) {
        if (message.outcome != gossip::Outcome::New)
            continue;
        const QLineF way(layout.positions[message.from], layout.positions[message.to]);
        if (way.length() < 8.0 * layout.nodeRadius)
            continue; // too short to tell a streak from its ends
        ++long_;
        // Behind the head, off both people: drawn on (the frame once they arrived is not).
        const QPoint behind = way.pointAt(along - 0.15).toPoint();
        streaked += image.pixelColor(behind) != arrived.pixelColor(behind);
    }
    QVERIFY(long_ > 3);
    QVERIFY2(streaked >= long_ * 3 / 4, qPrintable(QStringLiteral("%1 of %2").arg(streaked).arg(long_)));
}

void TestCityView::directMailShowsItsCache()
{
    // A mails five people; three are down, the cache holds two: two wait, one is dropped.
    gossip::Config config;
    config.protocol = gossip::Protocol::DirectMail;
    config.mode = gossip::Mode::Push;
    config.nodes = 6;
    config.cacheCapacity = 2;
    gossip::Scenario scenario = gossip::Scenario::singleUpdate(config);
    scenario.interventions.push_back({0, gossip::Intervention::Kind::Crash, {2, 3, 4}, 0});
    m_controller->load(scenario);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(m_view->legendEntries().contains(CityLegend::tr("Retransmit cache")));
    m_controller->stepForward();
    QTRY_VERIFY(!m_view->isAnimating());

    QCOMPARE(gossip::DirectMail::caches(m_controller->world()).size(), std::size_t(1));
    const gossip::MailCache &cache = gossip::DirectMail::caches(m_controller->world()).front();
    QCOMPARE(cache.entries.size(), std::size_t(2));
    const gossip::NodeId first = cache.entries[0].to, second = cache.entries[1].to;
    const auto name = [](gossip::NodeId node) { return QString(QLatin1Char(char('A' + node))); };
    QVERIFY2(m_view->legendEntries().contains(QStringLiteral("A: 2 of 2, for %1").arg(QLocale().createSeparatedList({name(first), name(second)}))),
             qPrintable(m_view->legendEntries().join(u'|')));

    // The two who wait wear a dashed ring; the one whose mail was dropped does not.
    gossip::NodeId dropped = 2;
    while (dropped == first || dropped == second)
        ++dropped;
    const QImage image = m_view->grab().toImage();
    const CityLayout &layout = m_view->cityLayout();
    const QColor ink = m_view->palette().color(QPalette::Text);
    const auto ringHits = [&](gossip::NodeId node) {
        int hits = 0;
        for (int i = 0; i < 32; ++i) {
            const double angle = 2.0 * M_PI * i / 32.0;
            const QPointF at = layout.positions[node]
                    + 1.15 * layout.nodeRadius * QPointF(std::cos(angle), std::sin(angle));
            hits += countNear(image, ink, QRect(at.toPoint() - QPoint(1, 1), QSize(3, 3))) > 0;
        }
        return hits;
    };
    QVERIFY2(ringHits(first) >= 16, qPrintable(QString::number(ringHits(first))));
    QVERIFY2(ringHits(second) >= 16, qPrintable(QString::number(ringHits(second))));
    QVERIFY2(ringHits(dropped) <= 4, qPrintable(QString::number(ringHits(dropped))));
}

QTEST_MAIN(TestCityView)
#include "tst_cityview.moc"
