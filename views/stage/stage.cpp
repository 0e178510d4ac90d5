// The stage.
#include "views/stage/stage.h"

#include "views/chart/chartwidget.h"
#include "views/chart/comparisonbuilder.h"
#include "views/city/cityview.h"

#include <QEvent>
#include <QPainter>

Stage::Stage(SimulationController *controller, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_city(new CityView(controller))
    , m_chart(new ChartWidget(controller))
{
    setObjectName(QStringLiteral("stage"));
    // On a 16:9 projector the chart gets a tall column beside the city and stacks its charts.
    addWidget(m_city);
    addWidget(m_chart);
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
}

void Stage::changeEvent(QEvent *event)
{
    // The compared runs are named in the lesson's language.
    if (event->type() == QEvent::LanguageChange && !m_comparisons.isEmpty())
        m_chart->setComparison(buildComparison(m_comparisons, 60, &m_shown));
    QSplitter::changeEvent(event);
}
