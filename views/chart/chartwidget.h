// The run's charts: who holds the update round by round, and the messages each round sent.
#pragma once

#include "views/chart/chartstyle.h"
#include "views/chart/comparisoncurve.h"
#include "views/chart/coveragechart.h"
#include "views/chart/messagechart.h"

#include <QList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QCheckBox;
class QGridLayout;
class QStackedWidget;
QT_END_NAMESPACE

class ChartLegend;
class ComparisonChart;
class SimulationController;

// The coverage chart (or, in the lesson's comparison chapters, the comparison chart in its
// place) with the theory switch in its corner, and the message chart below or beside it.
// It arranges them, shares one ChartStyle among them, and updates them once per
// roundChanged(); each chart reads what it shows from the controller. QtCharts is used
// in views/chart only.
class ChartWidget : public QWidget
{
    Q_OBJECT

public:
    static constexpr int messageWindow = MessageChart::window;
    static constexpr int minimumRounds = CoverageChart::minimumRounds;

    explicit ChartWidget(SimulationController *controller, QWidget *parent = nullptr);
    ~ChartWidget() override;

    // The chart of healthy, contagious and immune fractions (and the theory).
    QChart *coverageChart() const;
    // The chart that takes the first place while comparison curves are set.
    QChart *comparisonChart() const;
    // The chart that takes the message chart's place when the comparisons show a second measure.
    QChart *secondComparisonChart() const;
    // The chart of messages per round.
    QChart *messageChart() const;

    // Whether the user asked for the theory; it is drawn only when theoryAvailable().
    bool theoryVisible() const;
    // Whether the theory of DESIGN.md covers the current protocol and mode.
    bool theoryAvailable() const;
    // Whether comparison curves take the first chart's place.
    bool isComparing() const;

    // Presentation mode: fonts and lines grow by `scale` (1 in the window).
    void setPresentationScale(double scale);
    double presentationScale() const { return m_style.scale; }
    // Presentation mode: black text and axes, a darker grid and thicker lines, so the charts
    // survive a washed-out projector. The series keep their colours.
    void setHighContrast(bool on);
    bool isHighContrast() const { return m_style.highContrast; }

public slots:
    void setTheoryVisible(bool visible);
    // Shows `curves` in place of the healthy, contagious and immune fractions, those of a
    // second measure in place of the message chart; an empty list is the same as
    // clearComparison().
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
    void restyle();
    void makeRoomForTheSwitch();
    void retranslate();
    void invalidate();
    void refresh();
    // The legends follow their charts' series, names, fonts and colours.
    void updateLegends();

    SimulationController *m_controller = nullptr;
    ChartStyle m_style;
    CoverageChart *m_coverage = nullptr;
    ComparisonChart *m_comparison = nullptr;
    ComparisonChart *m_secondComparison = nullptr;
    MessageChart *m_messages = nullptr;
    ChartLegend *m_coverageLegend = nullptr;
    ChartLegend *m_messagesLegend = nullptr;
    QWidget *m_coveragePane = nullptr; // the coverage chart over its legend
    QWidget *m_messagesPane = nullptr; // the message chart over its legend
    QCheckBox *m_theoryBox = nullptr;
    QStackedWidget *m_firstPlace = nullptr;
    QStackedWidget *m_secondPlace = nullptr; // the message chart, or a second comparison
    QGridLayout *m_layout = nullptr;
    bool m_stacked = true;
};
