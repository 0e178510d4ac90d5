// The stage.
#include "views/stage/stage.h"

#include "views/chart/chartwidget.h"
#include "views/chart/comparisonbuilder.h"
#include "views/city/cityview.h"
#include "views/lab/labcharts.h"
#include "views/lab/labrunner.h"
#include "views/simulation/simulationcontroller.h"

#include <QEvent>
#include <QPainter>
#include <QVBoxLayout>

#include <thread>

Stage::Stage(SimulationController *controller, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_city(new CityView(controller))
    , m_chart(new ChartWidget(controller))
    , m_lab(new LabCharts)
    , m_charts(new QWidget)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("stage"));
    m_lab->setTableVisible(false); // beside the city the pictures are the point
    // One of the two at a time; a hidden one does not count in the column's least width
    // (as it would in a QStackedWidget), so the lab cannot widen the window of any chapter.
    auto *column = new QVBoxLayout(m_charts);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_chart);
    column->addWidget(m_lab);
    m_lab->hide();
    connect(m_lab, &LabCharts::guessClicked, this, [this](LabGuessKind, double round) { setLabGuess(round); });
    connect(m_lab, &LabCharts::guessCleared, m_lab, &LabCharts::clearGuess);
    connect(controller, &SimulationController::roundChanged, this, &Stage::showLabOrCharts);
    // On a 16:9 projector the chart gets a tall column beside the city and stacks its charts.
    addWidget(m_city);
    addWidget(m_charts);
    setStretchFactor(0, 3);
    setStretchFactor(1, 2);
    setSizes({540, 440});
    setChildrenCollapsible(false);
}

void Stage::renderForExport(QWidget *widget, QPainter *painter)
{
    QList<QWidget *> hidden;
    for (QWidget *child : widget->findChildren<QWidget *>()) {
        if (child->property(onScreenOnly).toBool() && child->isVisible()) {
            child->hide();
            hidden << child;
        }
    }
    widget->render(painter);
    for (QWidget *child : std::as_const(hidden))
        child->show();
}

void Stage::showChapter(const Chapter &chapter, bool freePlay)
{
    m_comparisons = freePlay ? QList<ComparisonRun>() : chapter.comparisons;
    m_shown = chapter.scenario;
    if (m_comparisons.isEmpty())
        m_chart->clearComparison();
    else
        m_chart->setComparison(buildComparison(m_comparisons, 60, &m_shown));
    m_chart->setTheoryVisible(chapter.showTheory);
    m_labChapter = !freePlay && chapter.labRuns > 0;
    m_lab->clearGuess();
    m_lab->setGuessByClick(std::nullopt);
    if (!m_labChapter) {
        showLabOrCharts();
        return;
    }
    m_labFrom = chapter.beats.size() > 1 ? chapter.beats.at(1).round : 0;
    ExperimentDocument experiment;
    experiment.runs = chapter.labRuns;
    experiment.seed = chapter.scenario.config.seed;
    m_labName = chapter.title;
    experiment.entries = {{chapter.title.text(), chapter.scenario.config}};
    m_labResult = LabRunner::run(experiment, int(std::max(1u, std::thread::hardware_concurrency())));
    m_labRevealed.reset();
    m_lab->setGuessByClick(LabGuessKind::HalfRound);
    showLabOrCharts();
}

void Stage::setLabGuess(double round)
{
    if (m_labChapter)
        m_lab->setGuess(LabGuessKind::HalfRound, round);
}

void Stage::showLabOrCharts()
{
    // A chapter of the lab shows its chart throughout: empty before the chapter's second
    // beat, for the class to mark its guess on, and the runs from there, beside the guess.
    m_lab->setVisible(m_labChapter);
    m_chart->setVisible(!m_labChapter);
    if (!m_labChapter)
        return;
    const bool reveal = m_controller->round() >= m_labFrom;
    if (m_labRevealed == reveal)
        return;
    m_labRevealed = reveal;
    LabResult shown = m_labResult;
    shown.experiment.entries.first().name = m_labName.text();
    if (!reveal) {
        for (gossip::BatchResult &batch : shown.batches)
            batch = gossip::BatchResult{};
        shown.complete = false;
    }
    m_lab->setResult(shown);
}

void Stage::setChartsPresentationScale(double scale)
{
    m_chart->setPresentationScale(scale);
    m_lab->setPresentationScale(scale);
}

void Stage::setChartsHighContrast(bool on)
{
    m_chart->setHighContrast(on);
    m_lab->setHighContrast(on);
}

bool Stage::showsLab() const
{
    return !m_lab->isHidden();
}

void Stage::changeEvent(QEvent *event)
{
    // The compared runs are named in the lesson's language.
    if (event->type() == QEvent::LanguageChange && !m_comparisons.isEmpty())
        m_chart->setComparison(buildComparison(m_comparisons, 60, &m_shown));
    if (event->type() == QEvent::LanguageChange && showsLab()) {
        LabResult renamed = m_lab->result();
        renamed.experiment.entries.first().name = m_labName.text();
        m_lab->setResult(renamed);
    }
    QSplitter::changeEvent(event);
}
