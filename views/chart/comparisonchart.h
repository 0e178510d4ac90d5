// The chart of finished runs compared, with a legend that names each run whole.
#pragma once

#include "views/chart/comparisoncurve.h"

#include <QList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

class ChartLegend;
class ChartStyle;

// Curves of finished runs on one chart (the lesson's comparison chapters), titled by what
// they measure. A measure of a run's whole story (coverage, a link's traffic) is drawn
// whole, with an upright line at the round the city shows; a total that adds up ("so far")
// is drawn up to that round, in axes that fit its whole run, and the legend gives its value
// there. The runs are named in a label below the chart that wraps between names, where
// QtCharts' own legend would cut them short.
class ComparisonChart : public QWidget
{
    Q_OBJECT

public:
    explicit ComparisonChart(const ChartStyle &style, QWidget *parent = nullptr);

    QChart *chart() const { return m_chart; }
    const QList<ComparisonCurve> &curves() const { return m_curves; }
    bool isEmpty() const { return m_curves.isEmpty(); }
    // Shows `curves`, replacing any shown.
    void setCurves(const QList<ComparisonCurve> &curves);
    void clear();
    void retranslate();
    // Applies the style's scale and contrast.
    void restyle();
    // Marks `round`, the round the city shows, with an upright line across the chart, and
    // draws growing curves up to it.
    void setRound(int round);

private:
    void updateRounds(double last);
    void updateLegend();
    void redraw();
    void placeMarker();
    // Growing curves up to the round, and the legend's values.
    void showRound();

    const ChartStyle &m_style;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QValueAxis *m_rounds = nullptr;
    QValueAxis *m_values = nullptr;
    ChartLegend *m_legend = nullptr;
    QList<ComparisonCurve> m_curves;
    QLineSeries *m_marker = nullptr; // the current round, while curves are shown
    QList<QLineSeries *> m_lines;    // one per curve, in the curves' order
    int m_round = 0;
    bool m_arrangingRounds = false;
};
