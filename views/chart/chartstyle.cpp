// The charts' shared look.
#include "views/chart/chartstyle.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QChart>
#include <QChartView>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLegendMarker>

#include <algorithm>
#include <cmath>

namespace {

// High contrast (presentation mode): lines this much thicker, text and axes near-black.
constexpr qreal highContrastLines = 1.5;
constexpr QColor highContrastInk(0x11, 0x11, 0x11);
constexpr QColor highContrastGrid(0x99, 0x99, 0x99);

} // namespace

QFont ChartStyle::font(const QFont &base, qreal minimumPoints, bool bold) const
{
    QFont chart = base;
    chart.setPointSizeF(std::max(minimumPoints, chart.pointSizeF()) * scale);
    chart.setBold(bold);
    return chart;
}

qreal ChartStyle::lineWidth(qreal width) const
{
    return width * scale * (highContrast ? highContrastLines : 1.0);
}

QColor ChartStyle::ink() const
{
    return highContrast ? highContrastInk : themeInk.legend;
}

void ChartStyle::setUp(QChart *chart, const QFont &base) const
{
    chart->setTitleFont(font(base, titlePointSize, true));
    chart->setBackgroundRoundness(0);
    // Room on the right for half of the last round's label, which sits on the plot's edge.
    chart->setMargins(QMargins(4, 4, 16, 4));
    chart->layout()->setContentsMargins(2, 2, 2, 2);
    chart->legend()->setAlignment(Qt::AlignBottom);
    setLegendFont(chart, font(base, labelPointSize));
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
}

void ChartStyle::setUp(QAbstractAxis *axis, const QFont &base) const
{
    const QFont label = font(base, labelPointSize);
    axis->setLabelsFont(label);
    axis->setTitleFont(label);
}

void ChartStyle::apply(QChart *chart, const QFont &base) const
{
    const int edge = int(std::lround(16.0 * scale));
    QPen axisPen = themeInk.axis;
    QPen gridPen = themeInk.grid;
    if (highContrast) {
        axisPen = QPen(highContrastInk, 1.5 * scale);
        gridPen = QPen(highContrastGrid, scale);
    }
    chart->setTitleFont(font(base, titlePointSize, true));
    chart->setTitleBrush(highContrast ? highContrastInk : themeInk.title);
    chart->setMargins(QMargins(4, 4, edge, 4));
    setLegendFont(chart, font(base, labelPointSize));
    chart->legend()->setLabelColor(highContrast ? highContrastInk : themeInk.legend);
    for (QAbstractAxis *axis : chart->axes()) {
        setUp(axis, base);
        axis->setLabelsBrush(highContrast ? QBrush(highContrastInk) : themeInk.labels);
        axis->setTitleBrush(highContrast ? QBrush(highContrastInk) : themeInk.labels);
        axis->setLinePen(axisPen);
        axis->setGridLinePen(gridPen);
    }
}

int ChartStyle::roundLabelCount(const QChart *chart, const QFont &base, int lastRound) const
{
    const double width = chart->plotArea().width();
    if (width <= 0.0)
        return roundLabels;
    const QFont label = font(base, labelPointSize);
    const double room = QFontMetricsF(label).horizontalAdvance(QString::number(lastRound)) + 1.5 * label.pointSizeF();
    return std::clamp(int(width / room), 2, roundLabels);
}

void ChartStyle::setLegendFont(QChart *chart, const QFont &font)
{
    // placeLegend() may shrink the legend a little; this is the size it starts from.
    chart->legend()->setProperty(legendFontProperty, font);
    chart->legend()->setFont(font);
}

void ChartStyle::placeLegend(QChart *chart)
{
    QLegend *legend = chart->legend();
    const QVariant stored = legend->property(legendFontProperty);
    const QFont full = stored.isValid() ? stored.value<QFont>() : legend->font();
    const QFontMetricsF metrics(full);
    double row = 0.0;
    for (QLegendMarker *marker : legend->markers()) {
        // (A new marker is not visible until the legend's next layout; its series is.)
        if (!marker->series() || !marker->series()->isVisible())
            continue;
        // A name may be two lines ("<br>"); the longer one sets its width.
        double widest = 0.0;
        for (const QString &line : marker->label().split(QStringLiteral("<br>")))
            widest = std::max(widest, metrics.horizontalAdvance(line));
        row += widest + 2.5 * metrics.height(); // the marker and the gaps around it
    }
    // Below the plot while the row fits, if need be in a font up to a fifth smaller; a
    // legend beside the plot squeezes the curves, so it goes there only as a last resort.
    const double room = chart->size().width() - 2.0 * metrics.height();
    const double shrink = row > 0.0 ? std::min(1.0, room / row) : 1.0;
    const bool below = shrink >= minimumLegendShrink;
    QFont shown = full;
    if (below && shrink < 1.0)
        shown.setPointSizeF(full.pointSizeF() * shrink);
    if (legend->font() != shown)
        legend->setFont(shown);
    const Qt::Alignment alignment = below ? Qt::AlignBottom : Qt::AlignRight;
    if (legend->alignment() != alignment)
        legend->setAlignment(alignment);
}

void ChartStyle::setUp(QChartView *view)
{
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(240, 160);
}

QChartView *ChartStyle::createView(QChart *chart)
{
    auto *view = new QChartView(chart);
    setUp(view);
    return view;
}
