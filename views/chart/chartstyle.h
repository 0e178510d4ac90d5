// How the charts look: sizes for a window or a projector, the theme's ink or high contrast.
#pragma once

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPen>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QChart;
class QChartView;
QT_END_NAMESPACE

// The look every chart of the chart widget shares. The widget owns one and its charts read
// it, so presentation mode scales and darkens all of them at once.
class ChartStyle
{
public:
    // Readable from the back of a classroom at 1280 x 720.
    static constexpr qreal labelPointSize = 11.0;
    static constexpr qreal titlePointSize = 13.0;
    static constexpr qreal linePenWidth = 3.0;
    static constexpr qreal theoryPenWidth = 2.5;
    // About this many labels fit along an axis at the sizes above.
    static constexpr int roundLabels = 10;
    static constexpr int countLabels = 5;

    // The theme's colours of text, axes and grid, to return to from high contrast.
    struct Ink
    {
        QColor title;
        QBrush labels;
        QColor legend;
        QPen axis;
        QPen grid;
    };

    double scale = 1.0;        // presentation mode: fonts and lines grow by this
    bool highContrast = false; // presentation mode: near-black text and axes, thicker lines
    Ink themeInk;

    // A chart font of at least `minimumPoints`, grown by the scale, from the widget's `base`.
    QFont font(const QFont &base, qreal minimumPoints, bool bold = false) const;
    qreal lineWidth(qreal width) const;
    QColor ink() const;
    // The first look of a new chart and axis, before any restyle.
    void setUp(QChart *chart, const QFont &base) const;
    void setUp(QAbstractAxis *axis, const QFont &base) const;
    // Applies the scale and contrast to a chart, its legend and its axes.
    void apply(QChart *chart, const QFont &base) const;
    // As many round labels as the chart's width has room for, so none is elided to "…".
    int roundLabelCount(const QChart *chart, const QFont &base, int lastRound) const;
    // Sets a chart's title, kept whole: where it does not fit the chart's width it breaks
    // into two centred lines (QtCharts would cut it short with "..."); fitTitle() does
    // it again when the chart's width changes. fullTitle() is the title as set.
    static void setTitle(QChart *chart, const QString &title);
    static void fitTitle(QChart *chart);
    static QString fullTitle(const QChart *chart);
    // Sets an axis's title from `candidates`, the longest first; fitAxisTitles() shows on
    // each axis of a chart the longest that fits along its plot (a vertical title in a
    // short chart: "Fraction of person-strain pairs", else "Person-strain pairs").
    static void setAxisTitle(QAbstractAxis *axis, const QStringList &candidates);
    static void fitAxisTitles(QChart *chart);
    // The views' own look: antialiased, and never smaller than a chart can be read at.
    static void setUp(QChartView *view);
    static QChartView *createView(QChart *chart);
};
