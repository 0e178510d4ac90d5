// The city: every person a node coloured by state, with the virus travelling along each round's messages.
#pragma once

#include "views/city/citylayout.h"
#include "views/city/citypainter.h"

#include <QImage>
#include <QLineF>
#include <QWidget>

#include <memory>

#include <optional>

class QMenu;
class QPainter;
class QVariantAnimation;
class SimulationController;

// The network view at the centre of the window. It reads everything from the controller
// and asks it for every change: selecting a node, crashing it, cutting the city in two.
// A step forward animates one particle per message of the new round; any other move
// shows the new state at once. Nodes are drawn once per state change into a cached
// image, so a frame costs one blit plus the particles, even for 10,000 nodes; the
// drawing itself is CityPainter's.
class CityView : public QWidget
{
    Q_OBJECT

public:
    explicit CityView(SimulationController *controller, QWidget *parent = nullptr);
    ~CityView() override;

    // Where every node is at the current size (laid out again first if the size changed
    // while the widget was hidden, when no resize event comes).
    const CityLayout &cityLayout();
    // How far the current round's animation has come, 0 to 1; 1 when nothing moves.
    double progress() const { return m_progress; }
    bool isAnimating() const;

    // Presentation mode: the legend's font grows by `scale` (1 in the window).
    void setPresentationScale(double scale);
    double presentationScale() const { return m_presentationScale; }
    // Presentation mode: near-black outlines, thicker lines and larger particles, so the
    // states stay apart on a washed-out projector. The colours stay the same.
    void setHighContrast(bool on);
    bool isHighContrast() const { return m_highContrast; }

    // Stops any animation and shows the round's messages frozen at `progress` over the
    // round's state: a still picture of the virus in flight, for exports.
    void holdFrame(double progress);

    // Draws the whole view as it looks at `progress` of the round's animation. Raster
    // painters get the cached node layer; others (SVG) get vectors.
    void paintFrame(QPainter &painter, double progress);

    // The node drawn at `pos`, or -1.
    int nodeAt(const QPointF &pos) const;
    // The message of the round drawn nearest `pos` within a few pixels, or -1.
    int messageAt(const QPointF &pos) const;
    // What the tooltip says about `node`: its name, state and the items it holds.
    QString nodeDescription(int node) const;
    // The legend's lines: the round, then each state and each message outcome shown.
    QStringList legendEntries() const;
    // The menu a right click at `pos` opens: interventions on the node there, or healing
    // the partition on empty ground. The caller owns the menu.
    QMenu *createContextMenu(const QPointF &pos);
    // Cuts the city along the (extended) line: the nodes on its smaller side become a
    // partition. Returns false when the line leaves every node on one side.
    bool cutAlong(const QLineF &line);
    // The wall of the partition in force, in fractions of the city's area, if it was cut
    // by hand; and setting it back, as a reopened scenario does.
    std::optional<QLineF> wallInArea();
    void setWallInArea(const QLineF &wall);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void roundChanged(int round);
    void stateChanged();
    void scenarioChanged();
    void speedChanged();
    void stopAnimation();
    void relayout();
    void ensureLayout();
    void measureLegend();
    void invalidateNodes();

    void ensureLayer(const CityFrameOptions &options, double pixelRatio);
    CityFrameOptions frameOptions() const;
    QString nodeName(gossip::NodeId node) const;
    bool showsBadges() const;

    SimulationController *m_controller = nullptr;
    QVariantAnimation *m_animation = nullptr;
    std::shared_ptr<const gossip::Network> m_network; // the run's network, drawn by area; none when complete
    CityLayout m_layout;
    CityPainter m_painter;
    QSize m_layoutSize;
    double m_legendEms = 14.0;
    double m_presentationScale = 1.0;
    bool m_highContrast = false;
    double m_progress = 1.0;
    // Showing a still frame of holdFrame() rather than an animation.
    bool m_held = false;
    int m_shownRound = 0;

    // The node layer: background, partition, nodes and legend; m_previousLayer shows the
    // state before the round until its particles arrive.
    QImage m_layer;
    QImage m_previousLayer;
    bool m_layerDirty = true;

    // The wall of the last cut, in widget coordinates of the current layout; it is drawn
    // while it still splits the partition's groups.
    QLineF m_wall;
    bool m_hasWall = false;
    bool m_wallShown = false;
    // The cut being drawn with Shift and the mouse.
    bool m_cutting = false;
    QLineF m_cut;
};
