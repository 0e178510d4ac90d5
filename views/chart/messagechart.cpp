// The message chart.
#include "views/chart/messagechart.h"

#include "views/chart/chartstyle.h"
#include "views/chart/chartticks.h"
#include "views/chart/coveragechart.h"
#include "views/simulation/nodestate.h"
#include "views/simulation/shownstates.h"
#include "views/simulation/simulationcontroller.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QScopedValueRollback>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace {

void replaceValues(QBarSet *set, const QList<qreal> &values)
{
    if (set->count() > 0)
        set->remove(0, set->count());
    set->append(values);
}

} // namespace

MessageChart::MessageChart(SimulationController *controller, const ChartStyle &style, QWidget *parent)
    : QChartView(new QChart, parent)
    , m_controller(controller)
    , m_style(style)
{
    ChartStyle::setUp(this);
    QChart *bars = chart();
    m_style.setUp(bars, font());
    // Qt 6.4 draws bar markers taken "from the series" hollow and unlabelled.
    bars->legend()->hide(); // named whole by ChartWidget's legend below the chart
    m_messages = new QStackedBarSeries;
    m_messages->setObjectName(QStringLiteral("messages"));
    m_messages->setBarWidth(0.8);
    setOutcomes({gossip::Outcome::New, gossip::Outcome::Redundant});
    bars->addSeries(m_messages);

    // A category axis labels only every few rounds; a bar category axis would print all of
    // them and crowd the axis once the window fills.
    m_rounds = new QCategoryAxis;
    m_rounds->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_rounds->setGridLineVisible(false);
    m_count = new QValueAxis;
    m_count->setTickType(QValueAxis::TicksDynamic);
    m_count->setLabelFormat(QStringLiteral("%d"));
    bars->addAxis(m_rounds, Qt::AlignBottom);
    bars->addAxis(m_count, Qt::AlignLeft);
    m_messages->attachAxis(m_rounds);
    m_messages->attachAxis(m_count);
    m_style.setUp(m_rounds, font());
    m_style.setUp(m_count, font());

    // A taller or shorter chart has room for more or fewer count labels.
    connect(bars, &QChart::plotAreaChanged, this, [this] {
        if (m_arranging || m_places == 0)
            return;
        const QScopedValueRollback guard(m_arranging, true);
        const int lastPlace = m_first + m_places - 1;
        if (countLabelCount() != m_labels || roundStepFor(m_places, lastPlace) != m_roundStep)
            refresh();
    });
}

void MessageChart::retranslate()
{
    m_rounds->setTitleText(tr("Round"));
    m_count->setTitleText(tr("Messages"));
    for (const auto &[outcome, set] : std::as_const(m_sets))
        set->setLabel(outcomeName(outcome));
}

void MessageChart::restyle()
{
    m_style.apply(chart(), font());
}

int MessageChart::roundStepFor(int places, int lastRound) const
{
    return roundStep(places, m_style.roundLabelCount(chart(), font(), lastRound));
}

int MessageChart::countLabelCount() const
{
    // As many count labels as the bars' height has room for, so none is elided to "…".
    const double height = chart()->plotArea().height();
    const double line = QFontMetricsF(m_style.font(font(), ChartStyle::labelPointSize)).height();
    return std::clamp(int(height / (2.0 * line)), 2, ChartStyle::countLabels);
}

void MessageChart::setOutcomes(const QList<gossip::Outcome> &outcomes)
{
    QList<gossip::Outcome> have;
    for (const auto &[outcome, set] : std::as_const(m_sets))
        have << outcome;
    if (have == outcomes)
        return;
    m_messages->clear();
    m_sets.clear();
    for (gossip::Outcome outcome : outcomes) {
        auto *set = new QBarSet(outcomeName(outcome));
        set->setColor(outcomeColor(outcome));
        set->setBorderColor(outcomeColor(outcome));
        m_messages->append(set);
        m_sets.append({outcome, set});
    }
}

void MessageChart::refresh()
{
    const auto &measures = m_controller->measures();
    const int round = m_controller->round();
    const int first = std::max(0, round - window + 1);
    // The outcomes the city's legend names, and any other the bars shown have.
    QList<gossip::Outcome> outcomes;
    for (gossip::Outcome outcome : outcomesShown(*m_controller))
        outcomes << outcome;
    for (int outcome = 0; outcome < gossip::outcomeCount; ++outcome) {
        for (int r = first; r <= round && !outcomes.contains(gossip::Outcome(outcome)); ++r) {
            if (measures[std::size_t(r)].messages(gossip::Outcome(outcome)) > 0)
                outcomes << gossip::Outcome(outcome);
        }
    }
    std::sort(outcomes.begin(), outcomes.end());
    setOutcomes(outcomes);
    std::uint64_t most = 0;
    for (const auto &[outcome, set] : std::as_const(m_sets)) {
        QList<qreal> values;
        for (int r = first; r <= round; ++r)
            values << qreal(measures[std::size_t(r)].messages(outcome));
        replaceValues(set, values);
    }
    for (int r = first; r <= round; ++r)
        most = std::max(most, measures[std::size_t(r)].messages());
    m_most = most;
    m_labels = countLabelCount();
    setNiceTicks(m_count, double(std::max<std::uint64_t>(most, std::uint64_t(m_labels))), m_labels);

    // Bars are placed by index: bar i is round first + i.
    const int places = m_places = std::max(round - first + 1, CoverageChart::minimumRounds + 1);
    m_rounds->setStartValue(-0.5);
    m_rounds->setRange(-0.5, places - 0.5);
    const int step = m_roundStep = roundStepFor(places, first + places - 1);
    QStringList labels;
    for (int i = 0; i < places; ++i) {
        if ((first + i) % step == 0)
            labels << QString::number(first + i);
    }
    // The same labels stand at other places once the window of rounds has moved.
    if (labels != m_rounds->categoriesLabels() || first != m_first) {
        m_first = first;
        for (const QString &label : m_rounds->categoriesLabels())
            m_rounds->remove(label);
        for (const QString &label : labels)
            m_rounds->append(label, label.toInt() - first);
    }
    ChartStyle::setTitle(chart(), first > 0 ? tr("Messages per round, last %1 rounds").arg(window) : tr("Messages per round"));
}
