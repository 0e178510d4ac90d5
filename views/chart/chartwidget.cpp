// The run's charts, arranged, styled and updated together.
#include "views/chart/chartwidget.h"

#include "views/chart/chartlegend.h"
#include "views/chart/comparisonchart.h"
#include "views/chart/coveragechart.h"
#include "views/chart/messagechart.h"
#include "views/simulation/simulationcontroller.h"
#include "views/stage/stage.h"

#include <QChart>
#include <QCheckBox>
#include <QEvent>
#include <QFontMetricsF>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLegend>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

ChartWidget::ChartWidget(SimulationController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    m_coverage = new CoverageChart(controller, m_style);
    m_comparison = new ComparisonChart(m_style);
    m_secondComparison = new ComparisonChart(m_style);
    m_messages = new MessageChart(controller, m_style);
    // Each chart over a legend of its own, which names every series whole.
    const auto pane = [](QWidget *chart, ChartLegend *legend) {
        auto *pane = new QWidget;
        auto *column = new QVBoxLayout(pane);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(0);
        column->addWidget(chart, 1);
        column->addWidget(legend);
        return pane;
    };
    m_coverageLegend = new ChartLegend;
    m_coverageLegend->setObjectName(QStringLiteral("coverageLegend"));
    m_messagesLegend = new ChartLegend;
    m_messagesLegend->setObjectName(QStringLiteral("messagesLegend"));
    m_coveragePane = pane(m_coverage, m_coverageLegend);
    m_messagesPane = pane(m_messages, m_messagesLegend);
    m_firstPlace = new QStackedWidget;
    m_firstPlace->addWidget(m_coveragePane);
    m_firstPlace->addWidget(m_comparison);
    m_secondPlace = new QStackedWidget;
    m_secondPlace->addWidget(m_messagesPane);
    m_secondPlace->addWidget(m_secondComparison);

    const QChart *coverage = m_coverage->chart();
    const auto *rounds = qobject_cast<const QValueAxis *>(coverage->axes(Qt::Horizontal).constFirst());
    m_style.themeInk = {coverage->titleBrush().color(), rounds->labelsBrush(), coverage->legend()->labelColor(),
                        rounds->linePen(), rounds->gridLinePen()};

    m_theoryBox = new QCheckBox;
    m_theoryBox->setFont(m_style.font(font(), ChartStyle::labelPointSize));

    // The switch sits in the first chart's top corner, beside its title, rather than in a
    // row of its own: under the city the chart has little height to spare.
    auto *layout = m_layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_firstPlace, 0, 0);
    auto *corner = new QWidget;
    corner->setProperty(Stage::onScreenOnly, true); // a control, not part of the picture
    auto *cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(0, 6, 12, 0);
    cornerLayout->addWidget(m_theoryBox);
    layout->addWidget(corner, 0, 0, Qt::AlignTop | Qt::AlignRight);
    // Stacked until the first resize says otherwise: side by side the two charts would ask
    // for a width a 1024 x 768 projector does not have.
    arrange(true);
    corner->raise();

    connect(m_theoryBox, &QCheckBox::toggled, this, &ChartWidget::setTheoryVisible);
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

QChart *ChartWidget::coverageChart() const
{
    return m_coverage->chart();
}

QChart *ChartWidget::comparisonChart() const
{
    return m_comparison->chart();
}

QChart *ChartWidget::secondComparisonChart() const
{
    return m_secondComparison->chart();
}

QChart *ChartWidget::messageChart() const
{
    return m_messages->chart();
}

bool ChartWidget::theoryVisible() const
{
    return m_coverage->theoryVisible();
}

bool ChartWidget::theoryAvailable() const
{
    return m_coverage->theoryAvailable();
}

bool ChartWidget::isComparing() const
{
    return !m_comparison->isEmpty();
}

void ChartWidget::setPresentationScale(double scale)
{
    if (scale == m_style.scale)
        return;
    m_style.scale = scale;
    restyle();
}

void ChartWidget::setHighContrast(bool on)
{
    if (on == m_style.highContrast)
        return;
    m_style.highContrast = on;
    restyle();
}

void ChartWidget::restyle()
{
    m_coverage->restyle();
    m_comparison->restyle();
    m_secondComparison->restyle();
    m_messages->restyle();
    const QFont label = m_style.font(font(), ChartStyle::labelPointSize);
    m_theoryBox->setFont(label);
    updateLegends();
    makeRoomForTheSwitch();
    // The box grows with its text on a projector; in the window it stays the style's own.
    if (m_style.scale > 1.0) {
        const int side = int(std::lround(0.8 * QFontMetricsF(label).height()));
        m_theoryBox->setStyleSheet(QStringLiteral("QCheckBox::indicator { width: %1px; height: %1px; }").arg(side));
    } else {
        m_theoryBox->setStyleSheet(QString());
    }
}

void ChartWidget::retranslate()
{
    m_theoryBox->setText(tr("Theory"));
    m_theoryBox->setToolTip(tr("Draw the theory of Demers et al. beside the run"));
    m_coverage->retranslate();
    makeRoomForTheSwitch();
    m_messages->retranslate();
    m_comparison->retranslate();
    m_secondComparison->retranslate();
}

void ChartWidget::arrange(bool stacked)
{
    // The spread is the story; the message bars are its price, so they get less room.
    m_stacked = stacked;
    m_layout->removeWidget(m_secondPlace);
    if (stacked) {
        m_layout->addWidget(m_secondPlace, 1, 0);
        m_layout->setColumnStretch(0, 1);
        m_layout->setColumnStretch(1, 0);
        m_layout->setRowStretch(0, 3);
        m_layout->setRowStretch(1, 2);
    } else {
        m_layout->addWidget(m_secondPlace, 0, 1);
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
    }
    QWidget::changeEvent(event);
}

void ChartWidget::setTheoryVisible(bool visible)
{
    if (visible == m_coverage->theoryVisible())
        return;
    m_coverage->setTheoryVisible(visible);
    m_theoryBox->setChecked(visible); // its toggled() finds the chart already set
    emit theoryVisibleChanged(visible);
}

void ChartWidget::setComparison(const QList<ComparisonCurve> &curves)
{
    if (curves.isEmpty()) {
        clearComparison();
        return;
    }
    QList<ComparisonCurve> first, second;
    for (const ComparisonCurve &curve : curves)
        (curve.chart == 0 ? first : second) << curve;
    m_comparison->setCurves(first);
    m_comparison->setRound(m_controller->round());
    m_firstPlace->setCurrentWidget(m_comparison);
    if (second.isEmpty()) {
        m_secondComparison->clear();
        m_secondPlace->setCurrentWidget(m_messagesPane);
    } else {
        m_secondComparison->setCurves(second);
        m_secondComparison->setRound(m_controller->round());
        m_secondPlace->setCurrentWidget(m_secondComparison);
    }
    m_theoryBox->hide();
}

void ChartWidget::clearComparison()
{
    if (!isComparing())
        return;
    m_comparison->clear();
    m_secondComparison->clear();
    m_firstPlace->setCurrentWidget(m_coveragePane);
    m_secondPlace->setCurrentWidget(m_messagesPane);
    m_theoryBox->show();
}

void ChartWidget::makeRoomForTheSwitch()
{
    // The theory switch sits in the first chart's top-right corner. Where that chart is too
    // narrow for the centred title and the switch side by side, the title moves below it.
    QChart *coverage = m_coverage->chart();
    const int edge = int(std::lround(16.0 * m_style.scale));
    const double titleHalf =
            QFontMetricsF(m_style.font(font(), ChartStyle::titlePointSize, true)).horizontalAdvance(ChartStyle::fullTitle(coverage)) / 2.0;
    const QSize box = m_theoryBox->sizeHint();
    const bool crowded = titleHalf + box.width() + 24 > m_firstPlace->width() / 2.0;
    coverage->setMargins(QMargins(4, crowded ? box.height() + 6 : 4, edge, 4));
}

void ChartWidget::invalidate()
{
    m_coverage->invalidate();
    makeRoomForTheSwitch();
}

void ChartWidget::refresh()
{
    m_coverage->refresh();
    m_messages->refresh();
    m_comparison->setRound(m_controller->round());
    if (!m_secondComparison->isEmpty())
        m_secondComparison->setRound(m_controller->round());
    const bool available = m_coverage->theoryAvailable();
    m_theoryBox->setEnabled(available);
    m_theoryBox->setToolTip(available ? tr("Draw the prediction of Demers et al. beside the run, dashed.")
                                      : tr("Not drawn: %1").arg(m_coverage->theoryMissing()));
    // The theory's name comes and goes with it, and names change with the language.
    updateLegends();
}

void ChartWidget::updateLegends()
{
    const QFont label = m_style.font(font(), ChartStyle::labelPointSize);
    for (auto [legend, chart] : {std::pair{m_coverageLegend, m_coverage->chart()}, std::pair{m_messagesLegend, m_messages->chart()}}) {
        QList<ChartLegend::Entry> entries = ChartLegend::entriesOf(chart);
        // Asked for where it does not apply, the theory says why it is not there.
        if (legend == m_coverageLegend && m_coverage->theoryVisible() && !m_coverage->theoryAvailable())
            entries.append({m_style.ink(), tr("Theory not drawn: %1").arg(m_coverage->theoryMissing()), ChartLegend::Swatch::None});
        legend->setEntries(entries);
        legend->setLook(label, m_style.ink());
    }
}
