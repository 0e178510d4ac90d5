// The run's charts, drawn with QtCharts (only this file and its tick helpers use it).
#include "views/chart/chartwidget.h"

#include "engine/theory.h"
#include "views/chart/chartticks.h"
#include "views/simulation/nodestate.h"
#include "views/simulation/simulationcontroller.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScopedValueRollback>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

// Readable from the back of a classroom at 1280 x 720.
constexpr qreal labelPointSize = 11.0;
constexpr qreal titlePointSize = 13.0;
constexpr qreal linePenWidth = 3.0;
constexpr qreal theoryPenWidth = 2.5;
// High contrast (presentation mode): lines this much thicker, text and axes near-black.
constexpr qreal highContrastLines = 1.5;
constexpr QColor highContrastInk(0x11, 0x11, 0x11);
constexpr QColor highContrastGrid(0x99, 0x99, 0x99);
// The theory's curve is extended until fewer than half a slot is predicted susceptible,
// but never further than this, so a slow prediction cannot squash the run into a corner.
constexpr int theoryHorizon = 200;
// About this many labels fit along an axis at the sizes above.
constexpr int roundLabels = 10;
constexpr int countLabels = 5;

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

std::uint64_t undelivered(const gossip::RoundMeasures &measures)
{
    using gossip::Outcome;
    return measures.messages(Outcome::Lost) + measures.messages(Outcome::Refused)
            + measures.messages(Outcome::CutOff) + measures.messages(Outcome::Dropped);
}

void replaceValues(QBarSet *set, const QList<qreal> &values)
{
    if (set->count() > 0)
        set->remove(0, set->count());
    set->append(values);
}

void removeLast(QLineSeries *series)
{
    if (series->count() > 0)
        series->remove(series->count() - 1);
}

QChartView *createView(QChart *chart)
{
    auto *view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(240, 160);
    return view;
}

} // namespace

ChartWidget::ChartWidget(SimulationController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    createCoverageChart();
    createComparisonChart();
    createMessageChart();

    m_coverageView = createView(m_coverageChart);
    m_comparisonView = createView(m_comparisonChart);
    m_messageView = createView(m_messageChart);
    // The compared runs are named in a label of their own below their chart: it wraps its
    // names onto more lines where QtCharts' legend would cut them short.
    m_comparisonChart->legend()->hide();
    m_comparisonLegend = new QLabel;
    m_comparisonLegend->setObjectName(QStringLiteral("comparisonLegend"));
    m_comparisonLegend->setWordWrap(true);
    m_comparisonLegend->setAlignment(Qt::AlignCenter);
    m_comparisonLegend->setTextFormat(Qt::RichText);
    m_comparisonLegend->setAutoFillBackground(true);
    m_comparisonLegend->setBackgroundRole(QPalette::Base);
    m_comparisonLegend->setContentsMargins(8, 0, 8, 8);
    m_comparisonPage = new QWidget;
    auto *comparisonLayout = new QVBoxLayout(m_comparisonPage);
    comparisonLayout->setContentsMargins(0, 0, 0, 0);
    comparisonLayout->setSpacing(0);
    comparisonLayout->addWidget(m_comparisonView, 1);
    comparisonLayout->addWidget(m_comparisonLegend);
    m_firstPlace = new QStackedWidget;
    m_firstPlace->addWidget(m_coverageView);
    m_firstPlace->addWidget(m_comparisonPage);

    m_themeInk = {m_coverageChart->titleBrush().color(), m_coverageRounds->labelsBrush(),
                  m_coverageChart->legend()->labelColor(), m_coverageRounds->linePen(),
                  m_coverageRounds->gridLinePen()};

    m_theoryBox = new QCheckBox;
    m_theoryBox->setFont(chartFont(labelPointSize));

    // The switch sits in the first chart's top corner, beside its title, rather than in a
    // row of its own: under the city the chart has little height to spare.
    auto *layout = m_layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_firstPlace, 0, 0);
    auto *corner = new QWidget;
    auto *cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(0, 6, 12, 0);
    cornerLayout->addWidget(m_theoryBox);
    layout->addWidget(corner, 0, 0, Qt::AlignTop | Qt::AlignRight);
    // Stacked until the first resize says otherwise: side by side the two charts would ask
    // for a width a 1024 x 768 projector does not have.
    arrange(true);
    corner->raise();

    connect(m_theoryBox, &QCheckBox::toggled, this, &ChartWidget::setTheoryVisible);
    // A legend that no longer fits below its chart moves beside it, and back.
    // (The bars keep theirs below: their names are short, and the bars need the width.)
    // A wider or narrower chart has room for more or fewer round labels.
    connect(m_coverageChart, &QChart::plotAreaChanged, this, [this] {
        placeLegend(m_coverageChart);
        if (m_arrangingRounds)
            return;
        const QScopedValueRollback guard(m_arrangingRounds, true);
        updateRoundAxis();
    });
    connect(m_comparisonChart, &QChart::plotAreaChanged, this, [this] {
        if (m_arrangingRounds || !isComparing())
            return;
        const QScopedValueRollback guard(m_arrangingRounds, true);
        updateComparisonRounds(m_comparisonRounds->max());
    });
    // A taller or shorter chart has room for more or fewer count labels.
    connect(m_messageChart, &QChart::plotAreaChanged, this, [this] {
        if (m_arrangingMessages || m_messagePlaces == 0)
            return;
        const QScopedValueRollback guard(m_arrangingMessages, true);
        const int lastPlace = m_messageFirst + m_messagePlaces - 1;
        if (messageLabelCount() != m_messageLabels || messageRoundStep(m_messagePlaces, lastPlace) != m_messageRoundStep)
            updateMessages();
    });
    connect(m_controller, &SimulationController::scenarioChanged, this, &ChartWidget::invalidate);
    // load() follows scenarioChanged() with roundChanged(), so a new scenario is drawn once.
    connect(m_controller, &SimulationController::roundChanged, this, &ChartWidget::refresh);
    connect(m_controller, &SimulationController::stateChanged, this, [this] {
        invalidate();
        refresh();
    });

    retranslate();
    refresh();
}

ChartWidget::~ChartWidget() = default;

void ChartWidget::createCoverageChart()
{
    m_coverageChart = new QChart;
    styleChart(m_coverageChart);
    m_coverageRounds = new QValueAxis;
    m_coverageFraction = new QValueAxis;
    m_coverageChart->addAxis(m_coverageRounds, Qt::AlignBottom);
    m_coverageChart->addAxis(m_coverageFraction, Qt::AlignLeft);
    styleAxis(m_coverageRounds);
    styleAxis(m_coverageFraction);
    m_coverageRounds->setLabelFormat(QStringLiteral("%d"));
    m_coverageRounds->setTickType(QValueAxis::TicksDynamic);
    m_coverageFraction->setRange(0.0, 1.0);
    m_coverageFraction->setTickCount(5);
    m_coverageFraction->setLabelFormat(QStringLiteral("%.2g"));

    const auto addLine = [this](NodeState state, const QString &objectName) {
        auto *series = new QLineSeries;
        series->setObjectName(objectName);
        m_coverageChart->addSeries(series);
        series->attachAxis(m_coverageRounds);
        series->attachAxis(m_coverageFraction);
        // Set after addSeries(), which applies the theme's colours.
        series->setPen(QPen(nodeStateColor(state), lineWidth(linePenWidth)));
        return series;
    };
    m_susceptible = addLine(NodeState::Healthy, QStringLiteral("susceptible"));
    m_infective = addLine(NodeState::Contagious, QStringLiteral("infective"));
    m_removed = addLine(NodeState::Immune, QStringLiteral("removed"));
}

void ChartWidget::createComparisonChart()
{
    m_comparisonChart = new QChart;
    styleChart(m_comparisonChart);
    m_comparisonRounds = new QValueAxis;
    m_comparisonValues = new QValueAxis;
    m_comparisonChart->addAxis(m_comparisonRounds, Qt::AlignBottom);
    m_comparisonChart->addAxis(m_comparisonValues, Qt::AlignLeft);
    styleAxis(m_comparisonRounds);
    styleAxis(m_comparisonValues);
    m_comparisonRounds->setLabelFormat(QStringLiteral("%d"));
    m_comparisonRounds->setTickType(QValueAxis::TicksDynamic);
    m_comparisonValues->setTickType(QValueAxis::TicksDynamic);
}

void ChartWidget::createMessageChart()
{
    m_messageChart = new QChart;
    styleChart(m_messageChart);
    // Qt 6.4 draws bar markers taken "from the series" hollow and unlabelled.
    m_messageChart->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
    m_messages = new QStackedBarSeries;
    m_messages->setObjectName(QStringLiteral("messages"));
    m_messages->setBarWidth(0.8);
    // Lost, refused, cut-off and dropped messages share one bar: on the chart the class sees
    // what did not arrive; the event log tells them apart.
    m_new = new QBarSet(outcomeName(gossip::Outcome::New));
    m_redundant = new QBarSet(outcomeName(gossip::Outcome::Redundant));
    m_undelivered = new QBarSet(tr("Not delivered"));
    m_messages->append({m_new, m_redundant, m_undelivered});
    m_messageChart->addSeries(m_messages);

    // A category axis labels only every few rounds; a bar category axis would print all of
    // them and crowd the axis once the window fills.
    m_messageRounds = new QCategoryAxis;
    m_messageRounds->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_messageRounds->setGridLineVisible(false);
    m_messageCount = new QValueAxis;
    m_messageCount->setTickType(QValueAxis::TicksDynamic);
    m_messageCount->setLabelFormat(QStringLiteral("%d"));
    m_messageChart->addAxis(m_messageRounds, Qt::AlignBottom);
    m_messageChart->addAxis(m_messageCount, Qt::AlignLeft);
    m_messages->attachAxis(m_messageRounds);
    m_messages->attachAxis(m_messageCount);
    styleAxis(m_messageRounds);
    styleAxis(m_messageCount);

    const std::pair<QBarSet *, gossip::Outcome> sets[] = {{m_new, gossip::Outcome::New},
                                                          {m_redundant, gossip::Outcome::Redundant},
                                                          {m_undelivered, gossip::Outcome::Lost}};
    for (const auto &[set, outcome] : sets) {
        set->setColor(outcomeColor(outcome));
        set->setBorderColor(outcomeColor(outcome));
    }
}

void ChartWidget::styleChart(QChart *chart) const
{
    const QFont title = chartFont(titlePointSize, true);
    const QFont label = chartFont(labelPointSize);
    chart->setTitleFont(title);
    chart->setBackgroundRoundness(0);
    // Room on the right for half of the last round's label, which sits on the plot's edge.
    chart->setMargins(QMargins(4, 4, 16, 4));
    chart->layout()->setContentsMargins(2, 2, 2, 2);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(label);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
}

void ChartWidget::styleAxis(QAbstractAxis *axis) const
{
    const QFont label = chartFont(labelPointSize);
    axis->setLabelsFont(label);
    axis->setTitleFont(label);
}

QFont ChartWidget::chartFont(qreal minimumPoints, bool bold) const
{
    QFont chart = font();
    chart.setPointSizeF(std::max(minimumPoints, chart.pointSizeF()) * m_presentationScale);
    chart.setBold(bold);
    return chart;
}

qreal ChartWidget::lineWidth(qreal width) const
{
    return width * m_presentationScale * (m_highContrast ? highContrastLines : 1.0);
}

void ChartWidget::setPresentationScale(double scale)
{
    if (scale == m_presentationScale)
        return;
    m_presentationScale = scale;
    restyle();
}

void ChartWidget::setHighContrast(bool on)
{
    if (on == m_highContrast)
        return;
    m_highContrast = on;
    restyle();
}

void ChartWidget::restyle()
{
    const QFont title = chartFont(titlePointSize, true);
    const QFont label = chartFont(labelPointSize);
    const int edge = int(std::lround(16.0 * m_presentationScale));
    QPen axisPen = m_themeInk.axis;
    QPen gridPen = m_themeInk.grid;
    if (m_highContrast) {
        axisPen = QPen(highContrastInk, 1.5 * m_presentationScale);
        gridPen = QPen(highContrastGrid, m_presentationScale);
    }
    for (QChart *chart : {m_coverageChart, m_comparisonChart, m_messageChart}) {
        chart->setTitleFont(title);
        chart->setTitleBrush(m_highContrast ? highContrastInk : m_themeInk.title);
        chart->setMargins(QMargins(4, 4, edge, 4));
        chart->legend()->setFont(label);
        chart->legend()->setLabelColor(m_highContrast ? highContrastInk : m_themeInk.legend);
        for (QAbstractAxis *axis : chart->axes()) {
            styleAxis(axis);
            axis->setLabelsBrush(m_highContrast ? QBrush(highContrastInk) : m_themeInk.labels);
            axis->setTitleBrush(m_highContrast ? QBrush(highContrastInk) : m_themeInk.labels);
            axis->setLinePen(axisPen);
            axis->setGridLinePen(gridPen);
        }
    }
    m_theoryBox->setFont(label);
    updateComparisonLegend();
    makeRoomForTheSwitch();
    // The box grows with its text on a projector; in the window it stays the style's own.
    if (m_presentationScale > 1.0) {
        const int side = int(std::lround(0.8 * QFontMetricsF(label).height()));
        m_theoryBox->setStyleSheet(QStringLiteral("QCheckBox::indicator { width: %1px; height: %1px; }").arg(side));
    } else {
        m_theoryBox->setStyleSheet(QString());
    }
    const auto widen = [](QLineSeries *series, qreal width) {
        QPen pen = series->pen();
        pen.setWidthF(width);
        series->setPen(pen);
    };
    for (QLineSeries *series : {m_susceptible, m_infective, m_removed})
        widen(series, lineWidth(linePenWidth));
    if (m_theory)
        widen(m_theory, lineWidth(theoryPenWidth));
    for (QAbstractSeries *series : m_comparisonChart->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(series))
            widen(line, lineWidth(linePenWidth));
    }
}

void ChartWidget::retranslate()
{
    m_theoryBox->setText(tr("Theory"));
    m_theoryBox->setToolTip(tr("Draw the theory of Demers et al. beside the run"));
    retitleCoverage();
    m_coverageRounds->setTitleText(tr("Round"));
    // S, I and R are the epidemiologists' letters; the full names do not fit a legend at 11 pt.
    m_susceptible->setName(tr("Healthy"));
    m_infective->setName(tr("Contagious"));
    m_removed->setName(tr("Immune"));
    m_comparisonRounds->setTitleText(tr("Round"));
    m_messageRounds->setTitleText(tr("Round"));
    m_messageCount->setTitleText(tr("Messages"));
    m_new->setLabel(outcomeName(gossip::Outcome::New));
    m_redundant->setLabel(outcomeName(gossip::Outcome::Redundant));
    m_undelivered->setLabel(tr("Not delivered"));
}

void ChartWidget::arrange(bool stacked)
{
    // The spread is the story; the message bars are its price, so they get less room.
    m_stacked = stacked;
    m_layout->removeWidget(m_messageView);
    if (stacked) {
        m_layout->addWidget(m_messageView, 1, 0);
        m_layout->setColumnStretch(0, 1);
        m_layout->setColumnStretch(1, 0);
        m_layout->setRowStretch(0, 3);
        m_layout->setRowStretch(1, 2);
    } else {
        m_layout->addWidget(m_messageView, 0, 1);
        m_layout->setColumnStretch(0, 3);
        m_layout->setColumnStretch(1, 2);
        m_layout->setRowStretch(0, 1);
        m_layout->setRowStretch(1, 0);
    }
    // At once, not at the next event loop pass: a render() may follow the resize directly.
    m_layout->activate();
}

void ChartWidget::resizeEvent(QResizeEvent *event)
{
    // Beside the city the charts get a tall column: stack them; below it, a wide strip.
    const bool stacked = height() > width() * 3 / 4;
    if (stacked != m_stacked)
        arrange(stacked);
    QWidget::resizeEvent(event);
    makeRoomForTheSwitch();
}

void ChartWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The theory's name, the message chart's title and the tooltip are set as they change.
        refresh();
        if (isComparing())
            updateComparison();
    }
    QWidget::changeEvent(event);
}

bool ChartWidget::theoryAvailable() const
{
    return gossip::theory::predictionFor(m_controller->scenario().config) != gossip::theory::Prediction::None;
}

void ChartWidget::setTheoryVisible(bool visible)
{
    if (visible == m_theoryVisible)
        return;
    m_theoryVisible = visible;
    m_theoryBox->setChecked(visible);
    updateRoundAxis();
    updateTheory();
    placeLegend(m_coverageChart);
    emit theoryVisibleChanged(visible);
}

void ChartWidget::setComparison(const QList<ComparisonCurve> &curves)
{
    if (curves.isEmpty()) {
        clearComparison();
        return;
    }
    m_comparison = curves;
    updateComparison();
    m_firstPlace->setCurrentWidget(m_comparisonPage);
    m_theoryBox->hide();
}

void ChartWidget::clearComparison()
{
    if (!isComparing())
        return;
    m_comparison.clear();
    m_comparisonChart->removeAllSeries();
    m_firstPlace->setCurrentWidget(m_coverageView);
    m_theoryBox->show();
}

void ChartWidget::updateComparisonRounds(double last)
{
    const int lastWhole = int(std::ceil(last));
    setTicks(m_comparisonRounds, last, roundStep(lastWhole, roundLabelCount(m_comparisonChart, lastWhole)));
}

void ChartWidget::updateComparisonLegend()
{
    // A coloured square and the name of each run. Lines may break only between runs: a
    // name's spaces are non-breaking, and word joiners hold Chinese characters together.
    const auto unbreakable = [](const QString &text) {
        QString joined;
        for (const QChar c : text) {
            if (!joined.isEmpty())
                joined += QChar(0x2060); // word joiner
            joined += c == u' ' ? QChar(QChar::Nbsp) : c;
        }
        return joined;
    };
    QStringList entries;
    for (const ComparisonCurve &curve : std::as_const(m_comparison))
        entries << QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2")
                           .arg(curve.color.name(), unbreakable(curve.label).toHtmlEscaped());
    m_comparisonLegend->setText(entries.join(QStringLiteral(" &nbsp; ")));
    m_comparisonLegend->setFont(chartFont(labelPointSize));
    QPalette palette = m_comparisonLegend->palette();
    palette.setColor(QPalette::WindowText, m_highContrast ? highContrastInk : m_themeInk.legend);
    m_comparisonLegend->setPalette(palette);
}

void ChartWidget::placeLegend(QChart *chart)
{
    // Names in a row below the chart while they fit its width; otherwise a column beside
    // it, rather than names QtCharts would cut short with "…".
    const QFontMetricsF metrics(chart->legend()->font());
    double row = 0.0;
    for (QLegendMarker *marker : chart->legend()->markers()) {
        // (A new marker is not visible until the legend's next layout; its series is.)
        if (!marker->series() || !marker->series()->isVisible())
            continue;
        // A name may be two lines ("<br>"); the longer one sets its width.
        double widest = 0.0;
        for (const QString &line : marker->label().split(QStringLiteral("<br>")))
            widest = std::max(widest, metrics.horizontalAdvance(line));
        row += widest + 2.5 * metrics.height(); // the marker and the gaps around it
    }
    const Qt::Alignment alignment = row <= chart->size().width() - 2.0 * metrics.height() ? Qt::AlignBottom : Qt::AlignRight;
    if (chart->legend()->alignment() != alignment)
        chart->legend()->setAlignment(alignment);
}

void ChartWidget::makeRoomForTheSwitch()
{
    // The theory switch sits in the first chart's top-right corner. Where that chart is too
    // narrow for the centred title and the switch side by side, the title moves below it.
    const int edge = int(std::lround(16.0 * m_presentationScale));
    const double titleHalf =
            QFontMetricsF(chartFont(titlePointSize, true)).horizontalAdvance(m_coverageChart->title()) / 2.0;
    const QSize box = m_theoryBox->sizeHint();
    const bool crowded = titleHalf + box.width() + 24 > m_firstPlace->width() / 2.0;
    m_coverageChart->setMargins(QMargins(4, crowded ? box.height() + 6 : 4, edge, 4));
}

void ChartWidget::retitleCoverage()
{
    // With several strains the engine counts each person's copy of each strain, as
    // Demers does; the city colours whole people, so the chart says what it counts.
    if (m_controller->world().keys > 1) {
        m_coverageChart->setTitle(tr("Who has each strain"));
        m_coverageFraction->setTitleText(tr("Fraction of person-strain pairs"));
    } else {
        m_coverageChart->setTitle(tr("Who has the update"));
        m_coverageFraction->setTitleText(tr("Fraction of nodes"));
    }
    makeRoomForTheSwitch();
}

void ChartWidget::invalidate()
{
    m_shownRound = -1;
    retitleCoverage();
}

void ChartWidget::refresh()
{
    const int round = m_controller->round();
    const gossip::RoundMeasures &now = m_controller->measures()[std::size_t(round)];
    // One round forward or back moves the lines by one point; anything else redraws them.
    if (m_shownRound >= 0 && round == m_shownRound + 1) {
        m_susceptible->append(round, healthyShare(now));
        m_infective->append(round, fraction(now.infective, now));
        m_removed->append(round, fraction(now.removed, now));
    } else if (m_shownRound >= 0 && round == m_shownRound - 1) {
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
    updateMessages();
    m_theoryBox->setEnabled(theoryAvailable());
    m_theoryBox->setToolTip(theoryAvailable() ? tr("Draw the prediction of Demers et al. beside the run, dashed.")
                                              : tr("There is no simple prediction for this protocol and mode."));
    // The theory's name comes and goes with it, and names change with the language.
    placeLegend(m_coverageChart);
}

void ChartWidget::rebuildLines()
{
    const auto &measures = m_controller->measures();
    const int round = m_controller->round();
    QList<QPointF> susceptible, infective, removed;
    susceptible.reserve(round + 1);
    infective.reserve(round + 1);
    removed.reserve(round + 1);
    for (int r = 0; r <= round; ++r) {
        const gossip::RoundMeasures &m = measures[std::size_t(r)];
        susceptible << QPointF(r, healthyShare(m));
        infective << QPointF(r, fraction(m.infective, m));
        removed << QPointF(r, fraction(m.removed, m));
    }
    m_susceptible->replace(susceptible);
    m_infective->replace(infective);
    m_removed->replace(removed);
}

void ChartWidget::updateRoundAxis()
{
    int last = std::max(minimumRounds, m_controller->round());
    // The anti-entropy prediction reaches ahead of the run, so the class can watch the run
    // catch up with it.
    if (m_theoryVisible && gossip::theory::predictionFor(m_controller->scenario().config) == gossip::theory::Prediction::SusceptibleCurve)
        last = std::max(last, theoryEnd());
    setTicks(m_coverageRounds, last, roundStep(last, roundLabelCount(m_coverageChart, last)));
}

int ChartWidget::theoryStart() const
{
    // The theory describes one update spreading; it starts once one has been written.
    const auto &measures = m_controller->measures();
    for (int r = 0; r <= m_controller->round(); ++r) {
        if (measures[std::size_t(r)].susceptibleFraction() < 1.0)
            return r;
    }
    return -1;
}

std::vector<double> ChartWidget::theoryValues(int start, int rounds) const
{
    const gossip::Config &config = m_controller->scenario().config;
    const double p0 = m_controller->measures()[std::size_t(start)].susceptibleFraction();
    return gossip::theory::susceptibleCurve(config.mode, p0, config.nodes, rounds);
}

int ChartWidget::theoryEnd() const
{
    const int start = theoryStart();
    if (start < 0)
        return 0;
    const double slotCount = double(m_controller->measures()[std::size_t(start)].slotCount());
    const std::vector<double> values = theoryValues(start, theoryHorizon);
    const auto done = std::find_if(values.begin(), values.end(), [slotCount](double p) { return p * slotCount < 0.5; });
    return start + int(std::distance(values.begin(), done == values.end() ? done - 1 : done));
}

void ChartWidget::updateTheory()
{
    if (!m_theoryVisible || !theoryAvailable()) {
        if (m_theory) {
            m_coverageChart->removeSeries(m_theory);
            delete m_theory;
            m_theory = nullptr;
        }
        return;
    }
    const double last = m_coverageRounds->max();
    QString name;
    QList<QPointF> points;
    switch (gossip::theory::predictionFor(m_controller->scenario().config)) {
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
        const double residue = gossip::theory::rumorResidue(m_controller->scenario().config.k);
        name = tr("Theory s=%1").arg(residue, 0, 'g', 2);
        points << QPointF(0, residue) << QPointF(last, residue);
        break;
    }
    case gossip::theory::Prediction::ResidueForTraffic: {
        // Push variants satisfy s = exp(-m): drawn round by round from the traffic so far, the
        // curve ends where the healthy line levels off when the relation holds.
        name = tr("Theory e⁻ᵐ");
        const auto &measures = m_controller->measures();
        const double nodes = double(m_controller->scenario().config.nodes);
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
        m_coverageChart->addSeries(m_theory);
        m_theory->attachAxis(m_coverageRounds);
        m_theory->attachAxis(m_coverageFraction);
        // The theory predicts the healthy fraction: its colour, darker so that the run's
        // line stays visible where the two agree, and dashed.
        m_theory->setPen(
                QPen(nodeStateColor(NodeState::Healthy).darker(170), lineWidth(theoryPenWidth), Qt::DashLine));
    } else {
        m_theory->setName(name);
    }
    m_theory->replace(points);
}

int ChartWidget::roundLabelCount(const QChart *chart, int lastRound) const
{
    // As many round labels as the chart's width has room for, so none is elided to "…".
    const double width = chart->plotArea().width();
    if (width <= 0.0)
        return roundLabels;
    const QFont font = chartFont(labelPointSize);
    const double label = QFontMetricsF(font).horizontalAdvance(QString::number(lastRound)) + 1.5 * font.pointSizeF();
    return std::clamp(int(width / label), 2, roundLabels);
}

int ChartWidget::messageRoundStep(int places, int lastRound) const
{
    return roundStep(places, roundLabelCount(m_messageChart, lastRound));
}

int ChartWidget::messageLabelCount() const
{
    // As many count labels as the bars' height has room for, so none is elided to "…".
    const double height = m_messageChart->plotArea().height();
    const double line = QFontMetricsF(chartFont(labelPointSize)).height();
    return std::clamp(int(height / (2.0 * line)), 2, countLabels);
}

void ChartWidget::updateMessages()
{
    const auto &measures = m_controller->measures();
    const int round = m_controller->round();
    const int first = std::max(0, round - messageWindow + 1);
    QList<qreal> fresh, redundant, failed;
    std::uint64_t most = 0;
    for (int r = first; r <= round; ++r) {
        const gossip::RoundMeasures &m = measures[std::size_t(r)];
        fresh << qreal(m.messages(gossip::Outcome::New));
        redundant << qreal(m.messages(gossip::Outcome::Redundant));
        failed << qreal(undelivered(m));
        most = std::max(most, m.messages());
    }
    replaceValues(m_new, fresh);
    replaceValues(m_redundant, redundant);
    replaceValues(m_undelivered, failed);
    m_mostMessages = most;
    m_messageLabels = messageLabelCount();
    setNiceTicks(m_messageCount, double(std::max<std::uint64_t>(most, std::uint64_t(m_messageLabels))),
                 m_messageLabels);

    // Bars are placed by index: bar i is round first + i.
    const int places = m_messagePlaces = std::max(round - first + 1, minimumRounds + 1);
    m_messageRounds->setStartValue(-0.5);
    m_messageRounds->setRange(-0.5, places - 0.5);
    const int step = m_messageRoundStep = messageRoundStep(places, first + places - 1);
    QStringList labels;
    for (int i = 0; i < places; ++i) {
        if ((first + i) % step == 0)
            labels << QString::number(first + i);
    }
    // The same labels stand at other places once the window of rounds has moved.
    if (labels != m_messageRounds->categoriesLabels() || first != m_messageFirst) {
        m_messageFirst = first;
        for (const QString &label : m_messageRounds->categoriesLabels())
            m_messageRounds->remove(label);
        for (const QString &label : labels)
            m_messageRounds->append(label, label.toInt() - first);
    }
    m_messageChart->setTitle(first > 0 ? tr("Messages per round, last %1 rounds").arg(messageWindow)
                                       : tr("Messages per round"));
}

void ChartWidget::updateComparison()
{
    m_comparisonChart->removeAllSeries();
    double lastRound = minimumRounds;
    double highest = 0.0;
    for (const ComparisonCurve &curve : std::as_const(m_comparison)) {
        auto *series = new QLineSeries;
        series->setObjectName(QStringLiteral("comparison"));
        series->setName(curve.label);
        series->replace(curve.points);
        m_comparisonChart->addSeries(series);
        series->attachAxis(m_comparisonRounds);
        series->attachAxis(m_comparisonValues);
        series->setPen(QPen(curve.color, lineWidth(linePenWidth)));
        for (const QPointF &point : curve.points) {
            lastRound = std::max(lastRound, point.x());
            highest = std::max(highest, point.y());
        }
    }
    // A few names fit in a row below the chart; more need a column beside it.
    updateComparisonLegend();
    updateComparisonRounds(lastRound);
    const QString chartTitle = m_comparison.constFirst().chartTitle;
    m_comparisonChart->setTitle(chartTitle.isEmpty() ? tr("Every run on one chart") : chartTitle);
    const QString yTitle = m_comparison.constFirst().yTitle;
    m_comparisonValues->setTitleText(yTitle.isEmpty() ? tr("Fraction of nodes") : yTitle);
    // Fractions keep the 0 to 1 scale of the healthy, contagious and immune chart.
    if (highest <= 1.0) {
        setTicks(m_comparisonValues, 1.0, 0.25);
        m_comparisonValues->setLabelFormat(QStringLiteral("%.2g"));
    } else {
        setNiceTicks(m_comparisonValues, highest, countLabels);
        m_comparisonValues->setLabelFormat(QStringLiteral("%.4g"));
    }
}
