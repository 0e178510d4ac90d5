// The comparison chart.
#include "views/chart/comparisonchart.h"

#include "views/chart/chartlegend.h"

#include "views/chart/chartstyle.h"
#include "views/chart/chartticks.h"
#include "views/chart/coveragechart.h"

#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QScopedValueRollback>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

ComparisonChart::ComparisonChart(const ChartStyle &style, QWidget *parent)
    : QWidget(parent)
    , m_style(style)
    , m_chart(new QChart)
{
    m_style.setUp(m_chart, font());
    m_rounds = new QValueAxis;
    m_values = new QValueAxis;
    m_chart->addAxis(m_rounds, Qt::AlignBottom);
    m_chart->addAxis(m_values, Qt::AlignLeft);
    m_style.setUp(m_rounds, font());
    m_style.setUp(m_values, font());
    m_rounds->setLabelFormat(QStringLiteral("%d"));
    m_rounds->setTickType(QValueAxis::TicksDynamic);
    m_values->setTickType(QValueAxis::TicksDynamic);
    m_view = ChartStyle::createView(m_chart);
    m_chart->legend()->hide();

    m_legend = new ChartLegend;
    m_legend->setObjectName(QStringLiteral("comparisonLegend"));
    m_legend->setContentsMargins(8, 0, 8, 8);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_legend);

    connect(m_chart, &QChart::plotAreaChanged, this, [this] {
        if (m_arrangingRounds || isEmpty())
            return;
        const QScopedValueRollback guard(m_arrangingRounds, true);
        updateRounds(m_rounds->max());
        ChartStyle::fitAxisTitles(m_chart);
    });
}

void ComparisonChart::setCurves(const QList<ComparisonCurve> &curves)
{
    m_curves = curves;
    redraw();
}

void ComparisonChart::clear()
{
    m_curves.clear();
    m_chart->removeAllSeries();
    m_marker = nullptr;
    m_lines.clear();
}

void ComparisonChart::setRound(int round)
{
    m_round = round;
    showRound();
}

void ComparisonChart::showRound()
{
    placeMarker();
    bool growing = false;
    for (qsizetype i = 0; i < m_curves.size() && i < m_lines.size(); ++i) {
        const ComparisonCurve &curve = m_curves.at(i);
        if (!curve.growing)
            continue;
        growing = true;
        QList<QPointF> shown;
        for (const QPointF &point : curve.points) {
            if (point.x() <= m_round)
                shown << point;
        }
        m_lines.at(i)->replace(shown);
        m_lines.at(i)->setPointsVisible(shown.size() == 1);
    }
    if (growing)
        updateLegend();
}

void ComparisonChart::placeMarker()
{
    if (!m_marker)
        return;
    m_marker->replace({QPointF(m_round, m_values->min()), QPointF(m_round, m_values->max())});
}

void ComparisonChart::retranslate()
{
    m_rounds->setTitleText(tr("Round"));
    if (!isEmpty())
        redraw();
}

void ComparisonChart::restyle()
{
    m_style.apply(m_chart, font());
    ChartStyle::fitAxisTitles(m_chart);
    updateLegend();
    for (QAbstractSeries *series : m_chart->series()) {
        if (series == m_marker) {
            m_marker->setPen(QPen(m_style.ink(), m_style.lineWidth(1.0), Qt::DashLine));
            continue;
        }
        if (auto *line = qobject_cast<QLineSeries *>(series)) {
            QPen pen = line->pen();
            pen.setWidthF(m_style.lineWidth(ChartStyle::linePenWidth));
            line->setPen(pen);
        }
    }
}

void ComparisonChart::updateRounds(double last)
{
    const int lastWhole = int(std::ceil(last));
    setTicks(m_rounds, last, roundStep(lastWhole, m_style.roundLabelCount(m_chart, font(), lastWhole)));
}

void ComparisonChart::updateLegend()
{
    // A coloured square and the name of each run.
    QList<ChartLegend::Entry> entries;
    for (const ComparisonCurve &curve : std::as_const(m_curves)) {
        QString name = curve.label;
        // A total says how much it is at the round shown: a cheap way's line lies along the axis.
        if (curve.growing) {
            double value = curve.points.isEmpty() ? 0.0 : curve.points.constFirst().y();
            for (const QPointF &point : curve.points) {
                if (point.x() <= m_round)
                    value = point.y();
            }
            name = curve.soFar.arg(curve.label, QLocale().toString(value, 'g', 3));
        }
        entries.append({curve.color, name, ChartLegend::Swatch::Square});
    }
    m_legend->setEntries(entries);
    m_legend->setLook(m_style.font(font(), ChartStyle::labelPointSize), m_style.ink());
}

void ComparisonChart::redraw()
{
    m_chart->removeAllSeries();
    m_marker = nullptr;
    m_lines.clear();
    double lastRound = CoverageChart::minimumRounds;
    double highest = 0.0;
    for (const ComparisonCurve &curve : std::as_const(m_curves)) {
        auto *series = new QLineSeries;
        series->setObjectName(QStringLiteral("comparison"));
        series->setName(curve.label);
        series->replace(curve.points);
        m_chart->addSeries(series);
        series->attachAxis(m_rounds);
        series->attachAxis(m_values);
        series->setPen(QPen(curve.color, m_style.lineWidth(ChartStyle::linePenWidth)));
        m_lines << series;
        for (const QPointF &point : curve.points) {
            lastRound = std::max(lastRound, point.x());
            highest = std::max(highest, point.y());
        }
    }
    updateLegend();
    updateRounds(lastRound);
    const QString chartTitle = m_curves.constFirst().chartTitle;
    ChartStyle::setTitle(m_chart, chartTitle.isEmpty() ? tr("Every run on one chart") : chartTitle);
    const ComparisonCurve &first = m_curves.constFirst();
    QStringList titles{first.yTitle.isEmpty() ? tr("Fraction of nodes") : first.yTitle};
    if (!first.yTitleShort.isEmpty())
        titles << first.yTitleShort;
    ChartStyle::setAxisTitle(m_values, titles);
    // Fractions keep the 0 to 1 scale of the healthy, contagious and immune chart.
    if (highest <= 1.0) {
        setTicks(m_values, 1.0, 0.25);
        m_values->setLabelFormat(QStringLiteral("%.2g"));
    } else {
        setNiceTicks(m_values, highest, ChartStyle::countLabels);
        m_values->setLabelFormat(QStringLiteral("%.4g"));
    }
    // The round the city shows, so the class can read each curve at the same moment.
    m_marker = new QLineSeries;
    m_marker->setObjectName(QStringLiteral("currentRound"));
    m_chart->addSeries(m_marker);
    m_marker->attachAxis(m_rounds);
    m_marker->attachAxis(m_values);
    m_marker->setPen(QPen(m_style.ink(), m_style.lineWidth(1.0), Qt::DashLine));
    showRound();
    ChartStyle::fitAxisTitles(m_chart);
}
