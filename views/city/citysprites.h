// Pre-drawn dots, particles and ground patches for the city's raster frames.
#pragma once

#include "views/simulation/nodestate.h"

#include <QImage>
#include <QPointF>

#include <array>

struct CityFrameOptions;
struct CityLayout;

// Each node state's dot, each outcome's particle and trail, and a patch of cut-off
// ground, drawn once at the layout's sizes so thousands of them cost one blit each.
class CitySprites
{
public:
    // Forgets the sprites, so ensure() draws them again: the layout, palette or contrast changed.
    void invalidate();
    // Draws the sprites for `pixelRatio` unless they are ready for it.
    void ensure(const CityFrameOptions &options, const CityLayout &layout, double pixelRatio);

    const QImage &dot(NodeState state) const { return m_dots[std::size_t(state)]; }
    const QImage &particle(std::size_t outcome) const { return m_particles[outcome]; }
    const QImage &trail(std::size_t outcome) const { return m_trails[outcome]; }
    const QImage &ground() const { return m_ground; }
    // A yellow ring drawn over a forger's dot.
    const QImage &forgerRing() const { return m_forgerRing; }

    // How far up and left of a point `image` is drawn to be centred on it.
    static QPointF offset(const QImage &image);

private:
    std::array<QImage, nodeStateCount> m_dots;
    std::array<QImage, gossip::outcomeCount> m_particles;
    std::array<QImage, gossip::outcomeCount> m_trails;
    QImage m_ground;
    QImage m_forgerRing;
    double m_pixelRatio = 0.0;
};
