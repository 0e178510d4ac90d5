// The chart of messages per round, stacked by what became of them.
#pragma once

#include "engine/types.h"

#include <QChartView>
#include <QList>

#include <cstdint>
#include <utility>

QT_BEGIN_NAMESPACE
class QBarSet;
class QCategoryAxis;
class QStackedBarSeries;
class QValueAxis;
QT_END_NAMESPACE

class ChartStyle;
class SimulationController;

// Each round's messages as a bar stacked by outcome, in the city legend's colours and names:
// new, redundant, and each failure (lost, refused, cut off, dropped) the run shows
// (outcomesShown()) or the bars have. It shows the last `window` rounds up to the current
// one, so a long run stays readable and cheap to draw.
class MessageChart : public QChartView
{
    Q_OBJECT

public:
    // Rounds of bars shown at once: about as many as stay legible side by side.
    static constexpr int window = 60;

    MessageChart(SimulationController *controller, const ChartStyle &style, QWidget *parent = nullptr);

    // Follows the controller's round.
    void refresh();
    void retranslate();
    // Applies the style's scale and contrast.
    void restyle();

private:
    int roundStepFor(int places, int lastRound) const;
    // Gives the series a bar set for each outcome of `outcomes`, in that order.
    void setOutcomes(const QList<gossip::Outcome> &outcomes);
    int countLabelCount() const;

    SimulationController *m_controller = nullptr;
    const ChartStyle &m_style;
    QCategoryAxis *m_rounds = nullptr;
    QValueAxis *m_count = nullptr;
    QStackedBarSeries *m_messages = nullptr;
    QList<std::pair<gossip::Outcome, QBarSet *>> m_sets; // new and redundant first
    // The count axis: the most messages in a shown round, and how many labels it was given.
    std::uint64_t m_most = 0;
    int m_labels = 0;
    int m_roundStep = 1; // rounds between two labels under the bars
    int m_first = -1;    // the round of the first bar
    int m_places = 0;    // bars the axis has room for
    bool m_arranging = false;
};
