// The run's charts: who holds the update round by round, and the messages each round sent.
#pragma once

#include "views/chart/comparisoncurve.h"

#include <QList>
#include <QPen>
#include <QWidget>

#include <vector>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QBarSet;
class QCategoryAxis;
class QChart;
class QChartView;
class QCheckBox;
class QGridLayout;
class QLabel;
class QLineSeries;
class QStackedBarSeries;
class QStackedWidget;
class QValueAxis;
QT_END_NAMESPACE

class SimulationController;

// Two charts side by side. The first shows the fractions of healthy, contagious and immune
// nodes for rounds 0 .. round(), and on request the theory of Demers et al. dashed beside
// them; in the lesson's last chapters it shows finished runs compared instead. The second
// stacks each round's messages by outcome for the last `messageWindow` rounds, following
// the current round, so a long run stays readable and cheap to draw.
//
// This is the only file that uses QtCharts. Everything shown is read from the controller;
// each roundChanged() updates the charts once, by one point when the run moved one round.
class ChartWidget : public QWidget
{
    Q_OBJECT

public:
    // Rounds of message bars shown at once: about as many as stay legible side by side.
    static constexpr int messageWindow = 60;
    // The shortest round axis, so the first rounds are not stretched across the chart.
    static constexpr int minimumRounds = 10;

    explicit ChartWidget(SimulationController *controller, QWidget *parent = nullptr);
    ~ChartWidget() override;

    // The chart of healthy, contagious and immune fractions (and the theory).
    QChart *coverageChart() const { return m_coverageChart; }
    // The chart that takes the first place while comparison curves are set.
    QChart *comparisonChart() const { return m_comparisonChart; }
    // The chart of messages per round.
    QChart *messageChart() const { return m_messageChart; }

    // Whether the user asked for the theory; it is drawn only when theoryAvailable().
    bool theoryVisible() const { return m_theoryVisible; }
    // Whether the theory of DESIGN.md covers the current protocol and mode.
    bool theoryAvailable() const;
    // Whether comparison curves take the first chart's place.
    bool isComparing() const { return !m_comparison.isEmpty(); }

    // Presentation mode: fonts and lines grow by `scale` (1 in the window).
    void setPresentationScale(double scale);
    double presentationScale() const { return m_presentationScale; }
    // Presentation mode: black text and axes, a darker grid and thicker lines, so the charts
    // survive a washed-out projector. The series keep their colours.
    void setHighContrast(bool on);
    bool isHighContrast() const { return m_highContrast; }

public slots:
    void setTheoryVisible(bool visible);
    // Shows `curves` in place of the healthy, contagious and immune fractions; an empty
    // list is the same as clearComparison().
    void setComparison(const QList<ComparisonCurve> &curves);
    void clearComparison();

signals:
    void theoryVisibleChanged(bool visible);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // Places the message chart below the first (stacked) or beside it.
    void arrange(bool stacked);
    void createCoverageChart();
    void createComparisonChart();
    void createMessageChart();
    void styleChart(QChart *chart) const;
    void styleAxis(QAbstractAxis *axis) const;
    // A chart font of at least `minimumPoints`, grown by the presentation scale.
    QFont chartFont(qreal minimumPoints, bool bold = false) const;
    qreal lineWidth(qreal width) const;
    // Applies the presentation scale and contrast to every chart, axis and line.
    void restyle();
    int roundLabelCount(const QChart *chart, int lastRound) const;
    int messageRoundStep(int places, int lastRound) const;
    int messageLabelCount() const;
    void updateComparisonRounds(double last);
    void updateComparisonLegend();
    void placeLegend(QChart *chart);
    void makeRoomForTheSwitch();
    void retitleCoverage();
    void retranslate();
    void invalidate();
    void refresh();
    void rebuildLines();
    void updateRoundAxis();
    void updateTheory();
    void updateMessages();
    void updateComparison();
    // The first round at which an update exists, or -1: the theory starts there.
    int theoryStart() const;
    std::vector<double> theoryValues(int start, int rounds) const;
    // The round at which the anti-entropy prediction leaves less than half a slot healthy.
    int theoryEnd() const;

    SimulationController *m_controller = nullptr;
    QCheckBox *m_theoryBox = nullptr;
    QStackedWidget *m_firstPlace = nullptr;
    QChartView *m_coverageView = nullptr;
    QChartView *m_comparisonView = nullptr;
    QChartView *m_messageView = nullptr;

    QChart *m_coverageChart = nullptr;
    QValueAxis *m_coverageRounds = nullptr;
    QValueAxis *m_coverageFraction = nullptr;
    QLineSeries *m_susceptible = nullptr;
    QLineSeries *m_infective = nullptr;
    QLineSeries *m_removed = nullptr;
    QLineSeries *m_theory = nullptr; // only while the theory is drawn

    QChart *m_comparisonChart = nullptr;
    QValueAxis *m_comparisonRounds = nullptr;
    QValueAxis *m_comparisonValues = nullptr;
    QList<ComparisonCurve> m_comparison;

    QChart *m_messageChart = nullptr;
    QCategoryAxis *m_messageRounds = nullptr;
    QValueAxis *m_messageCount = nullptr;
    QStackedBarSeries *m_messages = nullptr;
    QBarSet *m_new = nullptr;
    QBarSet *m_redundant = nullptr;
    QBarSet *m_undelivered = nullptr;

    // The theme's colours of text, axes and grid, to return to from high contrast.
    struct Ink
    {
        QColor title;
        QBrush labels;
        QColor legend;
        QPen axis;
        QPen grid;
    };
    Ink m_themeInk;
    double m_presentationScale = 1.0;
    bool m_highContrast = false;

    QGridLayout *m_layout = nullptr;
    // The message chart's count axis: the most messages in a shown round, and how many
    // labels it was given room for.
    std::uint64_t m_mostMessages = 0;
    int m_messageLabels = 0;
    int m_messageRoundStep = 1; // rounds between two labels under the bars
    int m_messageFirst = -1;    // the round of the first bar
    int m_messagePlaces = 0;    // bars the axis has room for
    bool m_arrangingMessages = false;
    bool m_arrangingRounds = false;
    QWidget *m_comparisonPage = nullptr;  // the comparison chart and its legend
    QLabel *m_comparisonLegend = nullptr;
    bool m_stacked = true;
    bool m_theoryVisible = false;
    // The round the lines end at, or -1 when they must be rebuilt from the controller.
    int m_shownRound = -1;
};
