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
    chart->legend()->setFont(font(base, labelPointSize));
    // A narrower or wider chart breaks its title into two lines, or joins them again.
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart, [chart] { fitTitle(chart); });
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
    fitTitle(chart);
    chart->setMargins(QMargins(4, 4, edge, 4));
    chart->legend()->setFont(font(base, labelPointSize));
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

namespace {
constexpr const char *fullTitleProperty = "gossiplabFullTitle";
}

void ChartStyle::setTitle(QChart *chart, const QString &title)
{
    chart->setProperty(fullTitleProperty, title);
    fitTitle(chart);
}

QString ChartStyle::fullTitle(const QChart *chart)
{
    const QVariant title = chart->property(fullTitleProperty);
    return title.isValid() ? title.toString() : chart->title();
}

void ChartStyle::fitTitle(QChart *chart)
{
    const QString title = fullTitle(chart);
    const QFontMetricsF metrics(chart->titleFont());
    const double room = chart->size().width() - chart->margins().left() - chart->margins().right() - 8.0;
    QString shown = title;
    if (room > 0.0 && metrics.horizontalAdvance(title) > room && title.size() > 1) {
        // The break that makes the longer line shortest: at a space, or between two
        // characters of a script written without spaces (Chinese).
        const auto wide = [](QChar c) { return c.script() == QChar::Script_Han || c.unicode() >= 0x3000; };
        qsizetype best = -1;
        double bestWidth = 0.0;
        for (qsizetype i = 1; i < title.size(); ++i) {
            const bool space = title.at(i) == u' ';
            if (!space && !(wide(title.at(i - 1)) || wide(title.at(i))))
                continue;
            if (!space && (title.at(i - 1) == u' '))
                continue;
            const double longer = std::max(metrics.horizontalAdvance(title.left(i)),
                                           metrics.horizontalAdvance(title.mid(space ? i + 1 : i)));
            if (best < 0 || longer < bestWidth) {
                best = i;
                bestWidth = longer;
            }
        }
        if (best < 0)
            best = title.size() / 2;
        const bool space = title.at(best) == u' ';
        shown = QStringLiteral("<center>%1<br>%2</center>")
                        .arg(title.left(best).toHtmlEscaped(), title.mid(space ? best + 1 : best).toHtmlEscaped());
    }
    if (chart->title() != shown)
        chart->setTitle(shown);
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
