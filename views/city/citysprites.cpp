// Pre-drawn dots, particles and ground patches: drawing them once at each size and pixel ratio.
#include "views/city/citysprites.h"

#include "views/city/citylayout.h"
#include "views/city/citypainter.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {

QColor faded(QColor color, double alpha)
{
    color.setAlphaF(float(alpha));
    return color;
}

// A round dot with a darker rim (or `rimColor`) and an optional halo, drawn once and blitted thousands of times.
QImage sprite(double radius, const QColor &fill, double rim, const QColor &halo, double pixelRatio,
              const QColor &rimColor = QColor())
{
    const double haloWidth = halo.isValid() ? std::max(1.0, 0.25 * radius) : 0.0;
    // A rim reaches half its width outside the radius; the pixel of air holds a thin one.
    const double rimReach = std::max(0.0, rim / 2.0 - 1.0);
    const int side = int(std::ceil((2.0 * (radius + haloWidth + rimReach) + 2.0) * pixelRatio));
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

} // namespace

void CitySprites::invalidate()
{
    m_pixelRatio = 0.0;
}

void CitySprites::ensure(const CityFrameOptions &options, const CityLayout &layout, double pixelRatio)
{
    if (m_pixelRatio == pixelRatio)
        return;
    m_pixelRatio = pixelRatio;
    const double radius = layout.nodeRadius;
    m_ground = sprite(CityPainter::groundRadius(layout), CityPainter::groundColor(options), 0.0, QColor(), pixelRatio);
    for (int state = 0; state < nodeStateCount; ++state) {
        const auto dotState = NodeState(state);
        const QColor fill = nodeStateColor(dotState);
        m_dots[std::size_t(state)] =
                sprite(radius, fill, CityPainter::dotRim(options, dotState, radius), QColor(), pixelRatio,
                       CityPainter::outlineColor(options, fill, dotState == NodeState::Outdated ? 250 : 150));
    }
    m_forgerRing = sprite(CityPainter::forgerRingRadius(options, radius), Qt::transparent,
                          CityPainter::forgerRingWidth(options, radius), QColor(), pixelRatio,
                          nodeStateColor(NodeState::Byzantine));
    // A light halo and a near-black rim tell a particle from a node of the same colour.
    const double particle = CityPainter::particleSize(options, layout);
    const QColor halo = options.palette.color(QPalette::Base);
    for (int outcome = 0; outcome < gossip::outcomeCount; ++outcome) {
        const QColor color = outcomeColor(gossip::Outcome(outcome));
        // Redundant messages are most of a late round; drawn plainer, they leave the eye
        // free for the ones that spread the virus.
        m_particles[std::size_t(outcome)] = gossip::Outcome(outcome) == gossip::Outcome::Redundant
                ? sprite(0.8 * particle, faded(color, 0.8), 0.0, QColor(), pixelRatio)
                : sprite(particle, color, 1.2 * CityPainter::lineScale(options), halo, pixelRatio);
        m_trails[std::size_t(outcome)] = sprite(0.7 * particle, faded(color, 0.5), 0.0, QColor(), pixelRatio);
    }
}

QPointF CitySprites::offset(const QImage &image)
{
    const double half = image.width() / image.devicePixelRatio() / 2.0;
    return {half, half};
}
