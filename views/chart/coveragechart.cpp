// The coverage chart.
#include "views/chart/coveragechart.h"

#include "engine/theory.h"
#include "views/chart/chartstyle.h"
#include "views/chart/chartticks.h"
#include "views/simulation/nodestate.h"
#include "views/simulation/simulationcontroller.h"

#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QScopedValueRollback>
#include <QValueAxis>

#include <algorithm>

namespace {

// The theory's curve is extended until fewer than half a slot is predicted susceptible,
// but never further than this, so a slow prediction cannot squash the run into a corner.
constexpr int theoryHorizon = 200;

double fraction(std::uint64_t count, const gossip::RoundMeasures &measures)
{
    return measures.slotCount() ? double(count) / double(measures.slotCount()) : 0.0;
}

// Before anything is written nobody has it yet: the whole city is healthy, as the city
// view shows it, not an empty chart.
double healthyShare(const gossip::RoundMeasures &measures)
{
    return measures.slotCount() ? fraction(measures.susceptible, measures) : 1.0;
}

void removeLast(QLineSeries *series)
{
    if (series->count() > 0)
        series->remove(series->count() - 1);
}

} // namespace

CoverageChart::CoverageChart(SimulationController *controller, const ChartStyle &style, QWidget *parent)
    : QChartView(new QChart, parent)
    , m_controller(controller)
    , m_style(style)
{
    ChartStyle::setUp(this);
    QChart *coverage = chart();
    m_style.setUp(coverage, font());
    m_rounds = new QValueAxis;
    m_fraction = new QValueAxis;
    coverage->addAxis(m_rounds, Qt::AlignBottom);
    coverage->addAxis(m_fraction, Qt::AlignLeft);
    m_style.setUp(m_rounds, font());
    m_style.setUp(m_fraction, font());
    m_rounds->setLabelFormat(QStringLiteral("%d"));
    m_rounds->setTickType(QValueAxis::TicksDynamic);
    m_fraction->setRange(0.0, 1.0);
    m_fraction->setTickCount(5);
    m_fraction->setLabelFormat(QStringLiteral("%.2g"));

    const auto addLine = [this, coverage](NodeState state, const QString &objectName) {
        auto *series = new QLineSeries;
        series->setObjectName(objectName);
        coverage->addSeries(series);
        series->attachAxis(m_rounds);
        series->attachAxis(m_fraction);
        // Set after addSeries(), which applies the theme's colours.
        series->setPen(QPen(nodeStateColor(state), m_style.lineWidth(ChartStyle::linePenWidth)));
        return series;
    };
    m_susceptible = addLine(NodeState::Healthy, QStringLiteral("susceptible"));
    m_infective = addLine(NodeState::Contagious, QStringLiteral("infective"));
    m_removed = addLine(NodeState::Immune, QStringLiteral("removed"));

    // The names are in a legend of their own below the chart (ChartLegend), every one whole.
    coverage->legend()->hide();
    // A wider or narrower chart has room for more or fewer round labels.
    connect(coverage, &QChart::plotAreaChanged, this, [this] {
        if (m_arrangingRounds)
            return;
        const QScopedValueRollback guard(m_arrangingRounds, true);
        updateRoundAxis();
    });
}

bool CoverageChart::theoryAvailable() const
{
    // The theory follows one update; once a key is written again (by hand, or forged) the
    // run is another story, and a curve still falling would mislead.
    return gossip::theory::predictionFor(m_controller->scenario().config) != gossip::theory::Prediction::None
            && !m_controller->world().rewritten;
}

void CoverageChart::setTheoryVisible(bool visible)
{
    m_theoryVisible = visible;
    updateRoundAxis();
    updateTheory();
}

void CoverageChart::invalidate()
{
    m_shownRound = -1;
    retitle();
}

void CoverageChart::retitle()
{
    // With several strains the engine counts each person's copy of each strain, as
    // Demers does; the city colours whole people, so the chart says what it counts.
    if (m_controller->world().keys > 1) {
        ChartStyle::setTitle(chart(), tr("Who has each strain"));
        m_fraction->setTitleText(tr("Fraction of person-strain pairs"));
    } else {
        ChartStyle::setTitle(chart(), tr("Who has the update"));
        m_fraction->setTitleText(tr("Fraction of nodes"));
    }
}

void CoverageChart::retranslate()
{
    retitle();
    m_rounds->setTitleText(tr("Round"));
    // S, I and R are the epidemiologists' letters; the full names do not fit a legend at 11 pt.
    m_susceptible->setName(tr("Healthy"));
    m_infective->setName(tr("Contagious"));
    m_removed->setName(tr("Immune"));
}

void CoverageChart::restyle()
{
    m_style.apply(chart(), font());
    const auto widen = [](QLineSeries *series, qreal width) {
        QPen pen = series->pen();
        pen.setWidthF(width);
        series->setPen(pen);
    };
    for (QLineSeries *series : {m_susceptible, m_infective, m_removed})
        widen(series, m_style.lineWidth(ChartStyle::linePenWidth));
    if (m_theory)
        m_theory->setPen(QPen(m_style.ink(), m_style.lineWidth(ChartStyle::theoryPenWidth), Qt::DashLine));
}

void CoverageChart::refresh()
{
    const int round = m_controller->round();
    const gossip::RoundMeasures &now = m_controller->measures()[std::size_t(round)];
    // One round on or back adds or drops one point, while every round is a point.
    const bool everyRound = round < maximumPoints && m_shownRound < maximumPoints;
    if (everyRound && m_shownRound >= 0 && round == m_shownRound + 1) {
        m_susceptible->append(round, healthyShare(now));
        m_infective->append(round, fraction(now.infective, now));
        m_removed->append(round, fraction(now.removed, now));
    } else if (everyRound && m_shownRound >= 0 && round == m_shownRound - 1) {
        removeLast(m_susceptible);
        removeLast(m_infective);
        removeLast(m_removed);
    } else if (round != m_shownRound) {
        rebuildLines();
    }
    m_shownRound = round;
    // A line of one point is not drawn: at round 0 each value shows as a dot.
    for (QLineSeries *series : {m_susceptible, m_infective, m_removed})
        series->setPointsVisible(series->count() == 1);
    updateRoundAxis();
    updateTheory();
}

void CoverageChart::rebuildLines()
{
    // A far round (a run opened at round 300,000) would be hundreds of thousands of points
    // for QtCharts to lay out, which froze the window: past a few thousand rounds every
    // step-th round is drawn, with the first and the last, more than a plot's pixels.
    const auto &measures = m_controller->measures();
    const int round = m_controller->round();
    const int step = std::max(1, (round + maximumPoints - 1) / maximumPoints);
    QList<QPointF> susceptible, infective, removed;
    const qsizetype count = round / step + 2;
    susceptible.reserve(count);
    infective.reserve(count);
    removed.reserve(count);
    for (int r = 0;; r = std::min(round, r + step)) {
        const gossip::RoundMeasures &m = measures[std::size_t(r)];
        susceptible << QPointF(r, healthyShare(m));
        infective << QPointF(r, fraction(m.infective, m));
        removed << QPointF(r, fraction(m.removed, m));
        if (r == round)
            break;
    }
    m_susceptible->replace(susceptible);
    m_infective->replace(infective);
    m_removed->replace(removed);
}

void CoverageChart::updateRoundAxis()
{
    int last = std::max(minimumRounds, m_controller->round());
    // The anti-entropy prediction reaches ahead of the run, so the class can watch the run
    // catch up with it.
    if (m_theoryVisible
        && gossip::theory::predictionFor(m_controller->scenario().config) == gossip::theory::Prediction::SusceptibleCurve)
        last = std::max(last, theoryEnd());
    setTicks(m_rounds, last, roundStep(last, m_style.roundLabelCount(chart(), font(), last)));
}

int CoverageChart::theoryStart() const
{
    // The theory describes one update spreading; it starts once one has been written.
    const auto &measures = m_controller->measures();
    for (int r = 0; r <= m_controller->round(); ++r) {
        if (measures[std::size_t(r)].susceptibleFraction() < 1.0)
            return r;
    }
    return -1;
}

std::vector<double> CoverageChart::theoryValues(int start, int rounds) const
{
    const gossip::Config &config = m_controller->scenario().config;
    const double p0 = m_controller->measures()[std::size_t(start)].susceptibleFraction();
    return gossip::theory::susceptibleCurve(config.mode, p0, config.nodes, rounds);
}

int CoverageChart::theoryEnd() const
{
    const int start = theoryStart();
    if (start < 0)
        return 0;
    const double slotCount = double(m_controller->measures()[std::size_t(start)].slotCount());
    const std::vector<double> values = theoryValues(start, theoryHorizon);
    const auto done = std::find_if(values.begin(), values.end(), [slotCount](double p) { return p * slotCount < 0.5; });
    return start + int(std::distance(values.begin(), done == values.end() ? done - 1 : done));
}

void CoverageChart::updateTheory()
{
    QChart *coverage = chart();
    if (!m_theoryVisible || !theoryAvailable()) {
        if (m_theory) {
            coverage->removeSeries(m_theory);
            delete m_theory;
            m_theory = nullptr;
        }
        return;
    }
    const double last = m_rounds->max();
    const gossip::Config &config = m_controller->scenario().config;
    QString name;
    QList<QPointF> points;
    switch (gossip::theory::predictionFor(config)) {
    case gossip::theory::Prediction::None:
        break;
    case gossip::theory::Prediction::SusceptibleCurve: {
        name = tr("Theory (S)");
        const int start = theoryStart();
        if (start < 0)
            break;
        const std::vector<double> values = theoryValues(start, int(last) - start);
        for (std::size_t i = 0; i < values.size(); ++i)
            points << QPointF(start + int(i), values[i]);
        break;
    }
    case gossip::theory::Prediction::Residue: {
        // s is Demers' residue: the fraction that never hears the rumor.
        const double residue = gossip::theory::rumorResidue(config.k);
        name = tr("Theory s=%1").arg(residue, 0, 'g', 2);
        points << QPointF(0, residue) << QPointF(last, residue);
        break;
    }
    case gossip::theory::Prediction::ResidueForTraffic: {
        // Push variants satisfy s = exp(-m): drawn round by round from the traffic so far, the
        // curve ends where the healthy line levels off when the relation holds.
        name = tr("Theory e⁻ᵐ");
        const auto &measures = m_controller->measures();
        const double nodes = double(config.nodes);
        std::uint64_t messages = 0;
        for (int r = 0; r <= m_controller->round(); ++r) {
            messages += measures[std::size_t(r)].messages();
            points << QPointF(r, gossip::theory::residueForTraffic(double(messages) / nodes));
        }
        break;
    }
    }
    if (!m_theory) {
        m_theory = new QLineSeries;
        m_theory->setObjectName(QStringLiteral("theory"));
        m_theory->setName(name);
        coverage->addSeries(m_theory);
        m_theory->attachAxis(m_rounds);
        m_theory->attachAxis(m_fraction);
        // The theory predicts the healthy fraction, but is drawn in the ink of the text,
        // dashed: where run and theory agree, a darker green on green could not be told apart.
        m_theory->setPen(QPen(m_style.ink(), m_style.lineWidth(ChartStyle::theoryPenWidth), Qt::DashLine));
    } else {
        m_theory->setName(name);
    }
    m_theory->replace(points);
}
