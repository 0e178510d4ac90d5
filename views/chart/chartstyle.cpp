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
        // As many centred lines as it takes, each as full as it fits, broken at spaces or
        // between two characters of a script written without spaces (Chinese).
        const auto wide = [](QChar c) { return c.script() == QChar::Script_Han || c.unicode() >= 0x3000; };
        QStringList pieces; // words, or single wide characters, with the space after a word
        QString piece;
        for (const QChar c : title) {
            if (wide(c)) {
                if (!piece.isEmpty())
                    pieces << piece;
                pieces << QString(c);
                piece.clear();
            } else {
                piece += c;
                if (c == u' ') {
                    pieces << piece;
                    piece.clear();
                }
            }
        }
        if (!piece.isEmpty())
            pieces << piece;
        // As full as they fit, then balanced: the narrowest width that needs no more lines,
        // so no word is left alone on the last line.
        const auto breakAt = [&](double width) {
            QStringList lines;
            QString line;
            for (const QString &next : std::as_const(pieces)) {
                if (!line.isEmpty() && metrics.horizontalAdvance((line + next).trimmed()) > width) {
                    lines << line.trimmed();
                    line.clear();
                }
                line += next;
            }
            if (!line.trimmed().isEmpty())
                lines << line.trimmed();
            return lines;
        };
        QStringList lines = breakAt(room);
        double low = metrics.horizontalAdvance(title) / double(lines.size());
        double high = room;
        for (int step = 0; step < 20 && high - low > 1.0; ++step) {
            const double middle = (low + high) / 2.0;
            if (breakAt(middle).size() <= lines.size())
                high = middle;
            else
                low = middle;
        }
        lines = breakAt(high);
        for (QString &text : lines)
            text = text.toHtmlEscaped();
        shown = QStringLiteral("<center>%1</center>").arg(lines.join(QStringLiteral("<br>")));
    }
    if (chart->title() != shown)
        chart->setTitle(shown);
}

namespace {

constexpr char axisTitlesProperty[] = "gossiplabAxisTitles";

} // namespace

void ChartStyle::setAxisTitle(QAbstractAxis *axis, const QStringList &candidates)
{
    axis->setProperty(axisTitlesProperty, candidates);
    axis->setTitleText(candidates.value(0));
}

void ChartStyle::fitAxisTitles(QChart *chart)
{
    const QRectF plot = chart->plotArea();
    for (QAbstractAxis *axis : chart->axes()) {
        const QStringList candidates = axis->property(axisTitlesProperty).toStringList();
        if (candidates.isEmpty())
            continue;
        const qreal along = axis->orientation() == Qt::Vertical ? plot.height() : plot.width();
        const QFontMetricsF metrics(axis->titleFont());
        // QtCharts cuts a title with some room still left; none fitting, the chart's title
        // and legend say what the axis counts, and a cut word would say less.
        // Not laid out yet: the full title, until the plot has a size.
        QString fits = along > 0.0 ? QString() : candidates.constFirst();
        for (const QString &candidate : along > 0.0 ? candidates : QStringList()) {
            if (metrics.horizontalAdvance(candidate) + metrics.height() <= along) {
                fits = candidate;
                break;
            }
        }
        if (axis->titleText() != fits)
            axis->setTitleText(fits);
    }
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
