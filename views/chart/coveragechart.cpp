// The coverage chart.
#include "views/chart/coveragechart.h"

#include "engine/theory.h"
#include "views/chart/chartstyle.h"
#include "views/chart/chartticks.h"
#include "views/simulation/nodestate.h"
#include "views/simulation/shownstates.h"
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

// The share of the city in `state`: of the slots of written keys, or before anything is
// written of the people (then everyone up is healthy, as the city shows them).
double share(const gossip::RoundMeasures &measures, NodeState state)
{
    const std::uint64_t total = measures.stateTotal();
    const auto slot = slotState(state);
    const std::uint64_t count = slot ? measures.count(*slot) : 0;
    return total ? double(count) / double(total) : (state == NodeState::Healthy ? 1.0 : 0.0);
}

QString objectNameOf(NodeState state)
{
    switch (state) {
    case NodeState::Healthy:
        return QStringLiteral("susceptible");
    case NodeState::Contagious:
        return QStringLiteral("infective");
    case NodeState::Immune:
        return QStringLiteral("removed");
    case NodeState::Outdated:
        return QStringLiteral("outdated");
    case NodeState::Down:
        return QStringLiteral("down");
    case NodeState::Repairing:
        return QStringLiteral("repairing");
    case NodeState::Byzantine:
        break;
    }
    return {};
}

QString lineName(NodeState state)
{
    // Short: the full names, with the epidemiologists' letters, are the city's legend's.
    switch (state) {
    case NodeState::Healthy:
        return CoverageChart::tr("Healthy");
    case NodeState::Contagious:
        return CoverageChart::tr("Contagious");
    case NodeState::Immune:
        return CoverageChart::tr("Immune");
    case NodeState::Outdated:
        return CoverageChart::tr("Outdated");
    case NodeState::Down:
        return CoverageChart::tr("Down");
    case NodeState::Repairing:
        return CoverageChart::tr("Waiting for repair");
    case NodeState::Byzantine:
        break;
    }
    return {};
}

QPen linePen(NodeState state, qreal width)
{
    // Outdated people are drawn in healthy's colour, hatched; their line is dotted in it.
    QPen pen(nodeStateColor(state), width);
    if (state == NodeState::Outdated)
        pen.setStyle(Qt::DotLine);
    return pen;
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

    updateSeries();

    // The names are in a legend of their own below the chart (ChartLegend), every one whole.
    coverage->legend()->hide();
    // A wider or narrower chart has room for more or fewer round labels.
    connect(coverage, &QChart::plotAreaChanged, this, [this] {
        if (m_arrangingRounds)
            return;
        const QScopedValueRollback guard(m_arrangingRounds, true);
        updateRoundAxis();
        ChartStyle::fitAxisTitles(chart());
    });
}

bool CoverageChart::theoryAvailable() const
{
    return gossip::theory::unmodelled(m_controller->scenario()) == gossip::theory::Unmodelled::Nothing;
}

QString CoverageChart::theoryMissing() const
{
    using gossip::theory::Unmodelled;
    switch (gossip::theory::unmodelled(m_controller->scenario())) {
    case Unmodelled::Nothing:
        break;
    case Unmodelled::Mechanism:
        return tr("There is no simple prediction for this mechanism.");
    case Unmodelled::NearbyPartners:
        return tr("The theory assumes partners picked at random; here they are picked nearby.");
    case Unmodelled::ScriptedPartners:
        return tr("The theory assumes partners picked at random; here the contacts are scripted.");
    case Unmodelled::ConnectionLimit:
        return tr("The theory assumes every call is accepted; here a connection limit refuses some.");
    case Unmodelled::Faults:
        return tr("The theory assumes everyone is up and can reach everyone; this run has crashes, a partition or a forger.");
    case Unmodelled::RumorLoss:
        return tr("The theory of rumor mongering does not model lost messages.");
    case Unmodelled::BackupAntiEntropy:
        return tr("The theory of rumor mongering does not model anti-entropy behind it.");
    case Unmodelled::SeveralUpdates:
        return tr("The prediction follows one update; in this run updates are written at several rounds or to several keys.");
    }
    return {};
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
        ChartStyle::setAxisTitle(m_fraction, {tr("Fraction of person-strain pairs"), tr("Person-strain pairs"), tr("Pairs")});
    } else {
        ChartStyle::setTitle(chart(), tr("Who has the update"));
        ChartStyle::setAxisTitle(m_fraction, {tr("Fraction of nodes"), tr("Nodes")});
    }
    ChartStyle::fitAxisTitles(chart());
}

void CoverageChart::retranslate()
{
    retitle();
    m_rounds->setTitleText(tr("Round"));
    for (const auto &[state, series] : std::as_const(m_lines))
        series->setName(lineName(state));
}

void CoverageChart::restyle()
{
    m_style.apply(chart(), font());
    ChartStyle::fitAxisTitles(chart());
    const auto widen = [](QLineSeries *series, qreal width) {
        QPen pen = series->pen();
        pen.setWidthF(width);
        series->setPen(pen);
    };
    for (const auto &[state, series] : std::as_const(m_lines))
        widen(series, m_style.lineWidth(ChartStyle::linePenWidth));
    if (m_theory)
        m_theory->setPen(QPen(m_style.ink(), m_style.lineWidth(ChartStyle::theoryPenWidth), Qt::DashLine));
}

QLineSeries *CoverageChart::line(NodeState state) const
{
    for (const auto &[shown, series] : m_lines) {
        if (shown == state)
            return series;
    }
    return nullptr;
}

bool CoverageChart::updateSeries()
{
    // A line for every state the city's legend names (the forger's ring is no state).
    QList<NodeState> wanted;
    for (NodeState state : statesShown(*m_controller)) {
        if (state != NodeState::Byzantine)
            wanted << state;
    }
    QList<NodeState> have;
    for (const auto &[state, series] : std::as_const(m_lines))
        have << state;
    if (wanted == have)
        return false;
    QChart *coverage = chart();
    for (const auto &[state, series] : std::as_const(m_lines)) {
        coverage->removeSeries(series);
        delete series;
    }
    m_lines.clear();
    for (NodeState state : std::as_const(wanted)) {
        auto *series = new QLineSeries;
        series->setObjectName(objectNameOf(state));
        series->setName(lineName(state));
        coverage->addSeries(series);
        series->attachAxis(m_rounds);
        series->attachAxis(m_fraction);
        // Set after addSeries(), which applies the theme's colours.
        series->setPen(linePen(state, m_style.lineWidth(ChartStyle::linePenWidth)));
        m_lines.append({state, series});
    }
    // The theory is drawn over the run's lines.
    if (m_theory) {
        coverage->removeSeries(m_theory);
        delete m_theory;
        m_theory = nullptr;
    }
    return true;
}

void CoverageChart::refresh()
{
    const int round = m_controller->round();
    const gossip::RoundMeasures &now = m_controller->measures()[std::size_t(round)];
    const bool newLines = updateSeries();
    // One round on or back adds or drops one point, while every round is a point.
    const bool everyRound = round < maximumPoints && m_shownRound < maximumPoints && !newLines;
    if (everyRound && m_shownRound >= 0 && round == m_shownRound + 1) {
        for (const auto &[state, series] : std::as_const(m_lines))
            series->append(round, share(now, state));
    } else if (everyRound && m_shownRound >= 0 && round == m_shownRound - 1) {
        for (const auto &[state, series] : std::as_const(m_lines))
            removeLast(series);
    } else if (round != m_shownRound || newLines) {
        rebuildLines();
    }
    m_shownRound = round;
    // A line of one point is not drawn: at round 0 each value shows as a dot.
    for (const auto &[state, series] : std::as_const(m_lines))
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
    const qsizetype count = round / step + 2;
    for (const auto &[state, series] : std::as_const(m_lines)) {
        QList<QPointF> points;
        points.reserve(count);
        for (int r = 0;; r = std::min(round, r + step)) {
            points << QPointF(r, share(measures[std::size_t(r)], state));
            if (r == round)
                break;
        }
        series->replace(points);
    }
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
    return gossip::theory::susceptibleCurve(config.mode, p0, config.nodes, rounds, config.loss);
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
