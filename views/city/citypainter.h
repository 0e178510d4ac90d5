// Draws the city: the node layer, the round's messages in flight, and what is highlighted.
#pragma once

#include "views/city/citylayout.h"
#include "views/city/citysprites.h"
#include "views/simulation/nodestate.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QLineF>
#include <QPalette>
#include <QRect>

#include <array>
#include <vector>

class QPainter;
class SimulationController;

// What a frame depends on besides the simulation and the layout: the widget's looks,
// the presentation setting and the wall of the last cut.
struct CityFrameOptions
{
    QRect bounds;
    QPalette palette;
    QFont font;
    // Near-black outlines, thicker lines and larger particles for a projector.
    bool highContrast = false;
    // The wall of the last cut in the layout's coordinates, if hasWall; drawn only while
    // it still splits the partition's groups.
    QLineF wall;
    bool hasWall = false;
    // A still picture (CityView::holdFrame()): each labelled particle is shown where on
    // its way it covers the least of the cells, their items and the other labels.
    bool held = false;
};

// Paints the controller's state at a CityLayout. It keeps what it drew the node layer
// from (each node's state, whether the wall is shown) for the frames painted over that
// layer, and the sprites its raster frames blit.
class CityPainter
{
    Q_DECLARE_TR_FUNCTIONS(CityPainter)

public:
    // Badges a person shows before the last one turns into "+n".
    static constexpr int maximumBadges = maximumBadgeRows * badgesPerRow;

    CityPainter(const SimulationController &controller, const CityLayout &layout);

    // Forgets the sprites, so the next use draws them again: the layout, palette or
    // contrast changed.
    void invalidateSprites();
    // Draws the sprites for `pixelRatio` unless they are ready for it.
    void ensureSprites(const CityFrameOptions &options, double pixelRatio);

    // The background, partition, nodes and legend; with `useSprites` (raster only) dots
    // are blitted from sprites made by ensureSprites().
    void drawNodeLayer(QPainter &painter, const CityFrameOptions &options, bool useSprites);
    // The round's messages at `progress` of the animation: paths in a town, particles in
    // a city.
    void drawMessages(QPainter &painter, const CityFrameOptions &options, double progress, bool useSprites);
    void drawHighlight(QPainter &painter, const CityFrameOptions &options) const;
    void drawSelection(QPainter &painter, const CityFrameOptions &options) const;

    // One person as the city and its legend draw it: the state's colour with a darker
    // outline (broken when down), hatching when outdated, and a yellow ring round a forger.
    static void drawPerson(QPainter &painter, const CityFrameOptions &options, const QPointF &centre, double radius,
                           double outlineWidth, NodeState state, bool forger);
    // The dotted ring round a person whose mail waits in a retransmit cache.
    static QPen cacheRingPen(const CityFrameOptions &options, double width);
    // A node's or particle's outline: a darker `fill`, or near-black in high contrast.
    static QColor outlineColor(const CityFrameOptions &options, const QColor &fill, int darkness);
    // A dot's rim in a city too large for cells, and the ring round a forger's dot.
    static double dotRim(const CityFrameOptions &options, NodeState state, double radius);
    static double forgerRingWidth(const CityFrameOptions &options, double radius);
    static double forgerRingRadius(const CityFrameOptions &options, double radius);
    // How much thicker lines are drawn: more than 1 in high contrast.
    static double lineScale(const CityFrameOptions &options);
    // The grey ground the cut-off side of a partition stands on.
    static QColor groundColor(const CityFrameOptions &options);
    static double groundRadius(const CityLayout &layout);
    static double particleSize(const CityFrameOptions &options, const CityLayout &layout);
    // A network link's pen: `load` conversations a round against the `busiest` link's, from
    // a thin line to a thick one (the legend shows the scale).
    static QPen linkPen(const CityFrameOptions &options, const CityLayout &layout, double load, double busiest);

    // A link a partition cuts: dashed in the colour of cut-off calls, barred across.
    static void drawCutLink(QPainter &painter, const CityFrameOptions &options, const CityLayout &layout, const QLineF &line);

private:
    void drawPartition(QPainter &painter, const CityFrameOptions &options, bool useSprites) const;
    // A network's links, each as thick as its load (a cut one drawn cut), and its routers
    // without people (hubs).
    void drawLinks(QPainter &painter, const CityFrameOptions &options) const;
    void drawCells(QPainter &painter, const CityFrameOptions &options) const;
    // Whether direct mail for `node` waits in some sender's retransmit cache.
    bool waitsInACache(gossip::NodeId node) const;
    void drawBadges(QPainter &painter, const CityFrameOptions &options, gossip::NodeId node) const;
    void drawDots(QPainter &painter, const CityFrameOptions &options, bool useSprites) const;
    bool drawsPaths() const;
    void drawMessagePaths(QPainter &painter, const CityFrameOptions &options, double progress) const;
    void drawDotParticles(QPainter &painter, const CityFrameOptions &options, double progress, bool useSprites);

    // Where a particle's label is: how far along its line, on which side of it, and how
    // far from it, in cell radii. Normally just right of the way it goes, so the answer
    // coming back the other way passes without covering it.
    struct LabelPlace
    {
        double along = 0.0;
        bool right = true;
        double gap = 0.05;
    };
    QRectF labelRect(const QLineF &line, const LabelPlace &place, const QSizeF &size) const;
    // How much of the cells, their badges and the `placed` labels `label` covers, or of
    // what lies outside the nodes' area; 0 when it covers nothing.
    double labelOverlap(const QRectF &label, const std::vector<QRectF> &placed) const;
    // For a still frame: the place by `line`, up to `stop`, where a label covers least;
    // among equals the nearest to `along` and the line's right.
    LabelPlace freeLabelPlace(const QLineF &line, double along, double stop, const QSizeF &size,
                              const std::vector<QRectF> &placed) const;

    QString badgeText(gossip::KeyId key) const;
    // Where on the way from sender to receiver a message that does not arrive stops.
    double stopFraction(const gossip::Message &message, const CityFrameOptions &options) const;
    bool wallSeparatesGroups(const CityFrameOptions &options) const;

    const SimulationController &m_controller;
    const CityLayout &m_layout;

    // As of the last node layer drawn; the frames over it agree with it.
    std::vector<NodeState> m_states;
    bool m_wallShown = false;

    CitySprites m_sprites;
    std::array<std::vector<QPointF>, gossip::outcomeCount> m_particleBuffers;
};
