// The chart of who holds the update, in the city's categories, and the theory beside them.
#pragma once

#include "views/simulation/nodestate.h"

#include <QChartView>

#include <vector>

QT_BEGIN_NAMESPACE
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

class ChartStyle;
class SimulationController;

// The fractions of people in each state the city's legend names (statesShown(): healthy,
// contagious and immune, and outdated, down or waiting for repair where the run has them)
// for rounds 0 .. round(), and on request the theory of Demers et al.
// (gossip::theory::predictionFor()) dashed beside them, where it describes the run
// (gossip::theory::unmodelled()). One round forward or back moves the lines by one point;
// anything else redraws them.
class CoverageChart : public QChartView
{
    Q_OBJECT

public:
    // The shortest round axis, so the first rounds are not stretched across the chart.
    static constexpr int minimumRounds = 10;
    // The most points a line is drawn with; a longer run draws every n-th round.
    static constexpr int maximumPoints = 2000;

    CoverageChart(SimulationController *controller, const ChartStyle &style, QWidget *parent = nullptr);

    // Whether the theory covers the running scenario, and if not, why not (translated).
    bool theoryAvailable() const;
    QString theoryMissing() const;
    bool theoryVisible() const { return m_theoryVisible; }
    void setTheoryVisible(bool visible);

    // A new scenario: the lines are drawn anew at the next refresh().
    void invalidate();
    // Follows the controller's round.
    void refresh();
    void retranslate();
    // Applies the style's scale and contrast.
    void restyle();
    // The chart's title; with several strains it counts person-strain pairs.
    void retitle();

private:
    void rebuildLines();
    // Makes a line for each state the run shows; whether the lines changed.
    bool updateSeries();
    QLineSeries *line(NodeState state) const;
    void updateRoundAxis();
    void updateTheory();
    // The first round at which an update exists, or -1: the theory starts there.
    int theoryStart() const;
    std::vector<double> theoryValues(int start, int rounds) const;
    // The round at which the anti-entropy prediction leaves less than half a slot healthy.
    int theoryEnd() const;

    SimulationController *m_controller = nullptr;
    const ChartStyle &m_style;
    QValueAxis *m_rounds = nullptr;
    QValueAxis *m_fraction = nullptr;
    QList<std::pair<NodeState, QLineSeries *>> m_lines; // in the legend's order
    QLineSeries *m_theory = nullptr; // only while the theory is drawn
    bool m_theoryVisible = false;
    bool m_arrangingRounds = false;
    // The round the lines end at, or -1 when they must be rebuilt from the controller.
    int m_shownRound = -1;
};
