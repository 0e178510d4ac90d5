// Drawing an experiment's batches.
#include "views/lab/labcharts.h"

#include "views/chart/chartlegend.h"
#include "views/chart/chartticks.h"
#include "views/content/configtext.h"
#include "views/style/citystyle.h"

#include "engine/configschema.h"
#include "engine/network.h"
#include "engine/papertables.h"
#include "engine/theory.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFontMetrics>
#include <QFontMetricsF>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QMouseEvent>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

// A histogram may be short: a few count labels stay whole.
constexpr int histogramCountLabels = 3;

QChartView *chartView(QChart *chart, const ChartStyle &style, const QFont &font)
{
    style.setUp(chart, font);
    chart->legend()->hide(); // named whole by a ChartLegend below
    return ChartStyle::createView(chart);
}

QValueAxis *valueAxis(const ChartStyle &style, const QFont &font, const QString &title)
{
    auto *axis = new QValueAxis;
    style.setUp(axis, font);
    axis->setTitleText(title);
    return axis;
}

// Four significant digits are more than the runs can tell apart.
QString shortNumber(double value)
{
    return QString::number(value, 'g', 4);
}

// An axis under bars placed by index that names only every `step`-th bar from `first`, so a
// narrow chart shows a few whole labels instead of many cut to "…" (a bar's label is its value).
QCategoryAxis *sparseAxis(const ChartStyle &style, const QFont &font, const QStringList &labels, int step, int first)
{
    auto *axis = new QCategoryAxis;
    style.setUp(axis, font);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setGridLineVisible(false);
    axis->setStartValue(-0.5);
    axis->setRange(-0.5, double(labels.size()) - 0.5);
    for (qsizetype i = first; i < labels.size(); i += step)
        axis->append(labels.at(i), double(i));
    return axis;
}

// Labels under at most about five bars.
int labelStep(qsizetype bars)
{
    return std::max(1, int((bars + 4) / 5));
}

} // namespace

QString LabCharts::tableNote()
{
    return tr("Mean ± standard deviation over the runs: most runs lie within one deviation of the mean.");
}

QString LabCharts::meanAndDeviation(double mean, double deviation)
{
    // The deviation to two significant digits, the mean to the same decimal place: "3 ± 0"
    // hid a deviation of 0.062 when the deviation took the mean's decimals.
    if (!(deviation > 0.0) || !std::isfinite(deviation))
        return tr("%1 ± 0").arg(QLocale().toString(mean, 'g', 4));
    const int magnitude = int(std::floor(std::log10(deviation)));
    const int decimals = std::clamp(1 - magnitude, 0, 9);
    return tr("%1 ± %2").arg(QLocale().toString(mean, 'f', decimals), QLocale().toString(deviation, 'f', decimals));
}

namespace {

} // namespace

LabCharts::LabCharts(QWidget *parent)
    : QWidget(parent)
{
    m_first = chartView(new QChart, m_style, font());
    m_second = chartView(new QChart, m_style, font());
    m_residues = chartView(new QChart, m_style, font());
    m_caption = new QLabel;
    m_caption->setObjectName(QStringLiteral("labGuessCaption"));
    m_caption->setWordWrap(true);
    m_caption->setAlignment(Qt::AlignCenter);
    m_caption->setContentsMargins(6, 6, 6, 2);
    m_caption->hide();
    m_spread = new QWidget;
    auto *spread = new QVBoxLayout(m_spread);
    spread->setContentsMargins(0, 0, 0, 0);
    spread->setSpacing(0);
    spread->addWidget(m_caption);
    spread->addWidget(m_first, 1);
    m_first->viewport()->installEventFilter(this);
    m_firstLegend = new ChartLegend;
    m_secondLegend = new ChartLegend;
    m_table = new QTableWidget;
    m_table->setObjectName(QStringLiteral("labTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_tableNote = new QLabel;
    m_tableNote->setObjectName(QStringLiteral("labTableNote"));
    m_tableNote->setWordWrap(true);
    m_tablePane = new QWidget;
    auto *tableColumn = new QVBoxLayout(m_tablePane);
    tableColumn->setContentsMargins(0, 0, 0, 0);
    tableColumn->setSpacing(2);
    tableColumn->addWidget(m_table, 1);
    tableColumn->addWidget(m_tableNote);
    m_tableNote->setText(tableNote());
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    // The spread on the left; on the right when the runs finished and, for rumor
    // mongering, what they left behind, over the legend they share.
    auto *right = new QWidget;
    auto *column = new QBoxLayout(QBoxLayout::TopToBottom, right);
    m_histograms = column;
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_second, 1);
    column->addWidget(m_residues, 1);
    m_layout = layout;
    m_right = right;
    // The charts stand side by side only where there is room (resizeEvent()), so the
    // side-by-side minimum must not make the window wider: the least size is the stacked one.
    layout->setSizeConstraint(QLayout::SetNoConstraint);
    arrange(false);
}

ColourRole LabCharts::defaultRole(int entry)
{
    // Six told apart on a projector, none of them black, the ink a guess is drawn in;
    // yellow, faint on white, and black come only after them.
    static const ColourRole roles[] = {ColourRole::Blue,    ColourRole::Vermillion, ColourRole::BluishGreen,
                                       ColourRole::ReddishPurple, ColourRole::SkyBlue, ColourRole::Orange,
                                       ColourRole::Yellow,  ColourRole::Black};
    return roles[std::size_t(entry) % std::size(roles)];
}

QColor LabCharts::entryColor(const ExperimentDocument &experiment, int entry)
{
    const std::optional<ColourRole> chosen =
            entry < experiment.entries.size() ? experiment.entries.at(entry).colour : std::nullopt;
    return CityStyle::color(chosen.value_or(defaultRole(entry)));
}

QChart *LabCharts::firstChart() const
{
    return m_first->chart();
}

QChart *LabCharts::secondChart() const
{
    return m_second->chart();
}

QChart *LabCharts::residueChart() const
{
    return m_residues->chart();
}

void LabCharts::setPresentationScale(double scale)
{
    if (scale == m_style.scale)
        return;
    m_style.scale = scale;
    const bool stacked = width() < stackedBelow * m_style.scale;
    if (stacked != m_stacked)
        arrange(stacked);
    redraw();
}

void LabCharts::setHighContrast(bool on)
{
    if (on == m_style.highContrast)
        return;
    m_style.highContrast = on;
    redraw();
}

void LabCharts::setTableVisible(bool visible)
{
    m_tablePane->setVisible(visible);
    arrange(m_stacked);
}

void LabCharts::arrange(bool stacked)
{
    // Side by side in a wide window; in a narrow column (beside the city on a 1024 x 768
    // projector) the histograms go below the spread. Before a run they are hidden and the
    // spread takes all the room.
    m_stacked = stacked;
    for (QWidget *widget : {m_spread, m_right, static_cast<QWidget *>(m_firstLegend),
                            static_cast<QWidget *>(m_secondLegend), m_tablePane})
        m_layout->removeWidget(widget);
    for (int row = 0; row < 5; ++row)
        m_layout->setRowStretch(row, 0);
    const int tableStretch = m_tablePane->isVisibleTo(this) ? 1 : 0;
    // Below the spread in a narrow column the two histograms stand side by side: one above
    // the other, each was too short to read on a projector.
    m_histograms->setDirection(stacked ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    const int rightStretch = m_right->isVisibleTo(this) ? 1 : 0;
    if (stacked) {
        m_layout->addWidget(m_spread, 0, 0);
        m_layout->addWidget(m_firstLegend, 1, 0);
        m_layout->addWidget(m_right, 2, 0);
        m_layout->addWidget(m_secondLegend, 3, 0);
        m_layout->addWidget(m_tablePane, 4, 0);
        // The spread is the picture; the two histograms below share less than it has.
        m_layout->setRowStretch(0, 3);
        m_layout->setRowStretch(2, 2 * rightStretch);
        m_layout->setRowStretch(4, tableStretch);
    } else {
        m_layout->addWidget(m_spread, 0, 0, 1, rightStretch ? 1 : 2);
        m_layout->addWidget(m_right, 0, 1);
        m_layout->addWidget(m_firstLegend, 1, 0, 1, rightStretch ? 1 : 2);
        m_layout->addWidget(m_secondLegend, 1, 1);
        m_layout->addWidget(m_tablePane, 2, 0, 1, 2);
        m_layout->setRowStretch(0, 3);
        m_layout->setRowStretch(2, tableStretch);
    }
    // Side by side, the spread and the histograms share the width evenly.
    m_layout->setColumnStretch(0, 1);
    m_layout->setColumnStretch(1, stacked ? 0 : rightStretch);
}

QSize LabCharts::minimumSizeHint() const
{
    return {stackedMinimumWidth, 360};
}

void LabCharts::resizeEvent(QResizeEvent *event)
{
    // On a projector everything is larger, and so is the width two columns need.
    const bool stacked = width() < stackedBelow * m_style.scale;
    if (stacked != m_stacked)
        arrange(stacked);
    QWidget::resizeEvent(event);
    // The spread's column has its new height once the layout has run.
    m_layout->activate();
    fitCaption();
}

void LabCharts::setResult(const LabResult &result)
{
    m_result = result;
    redraw();
}

void LabCharts::setGuess(GuessKind kind, double guess)
{
    m_guess = LabGuess{kind, guess};
    redraw();
}

void LabCharts::clearGuess()
{
    if (!m_guess)
        return;
    m_guess.reset();
    redraw();
}

void LabCharts::setGuessByClick(std::optional<GuessKind> kind)
{
    m_guessByClick = kind;
    m_first->viewport()->setCursor(kind ? Qt::CrossCursor : Qt::ArrowCursor);
    m_first->setToolTip(!kind ? QString()
                              : *kind == GuessKind::HalfRound
                              ? tr("Click at the round by which you think half the city will have it; right-click to take the guess back")
                              : tr("Click at the share of the city you think it will reach; right-click to take the guess back"));
}

bool LabCharts::eventFilter(QObject *watched, QEvent *event)
{
    // A click in the spread's plot is a guess: its round, or the share it leaves out.
    if (watched == m_first->viewport() && event->type() == QEvent::MouseButtonPress && m_guessByClick
        && !m_result.experiment.sweep) {
        auto *press = static_cast<QMouseEvent *>(event);
        QChart *spread = firstChart();
        const QPointF inChart = spread->mapFromScene(m_first->mapToScene(press->position().toPoint()));
        if (press->button() == Qt::RightButton && m_guess) {
            emit guessCleared();
            return true;
        }
        if (press->button() == Qt::LeftButton && spread->plotArea().contains(inChart)
            && !spread->axes(Qt::Horizontal).isEmpty()) {
            // From the axes, not mapToValue(): before a run the chart has no series to map by.
            const auto *rounds = qobject_cast<QValueAxis *>(spread->axes(Qt::Horizontal).constFirst());
            const auto *share = qobject_cast<QValueAxis *>(spread->axes(Qt::Vertical).constFirst());
            const QRectF plot = spread->plotArea();
            const QPointF value(rounds->min() + (inChart.x() - plot.left()) / plot.width() * (rounds->max() - rounds->min()),
                                share->min() + (plot.bottom() - inChart.y()) / plot.height() * (share->max() - share->min()));
            // Half a round is as fine as a class calls out.
            const double guess = *m_guessByClick == GuessKind::HalfRound
                    ? std::max(0.0, std::round(value.x() * 2.0) / 2.0)
                    : std::clamp(std::round((1.0 - value.y()) * 100.0) / 100.0, 0.0, 1.0);
            emit guessClicked(*m_guessByClick, guess);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LabCharts::showCaption()
{
    m_caption->setVisible(m_guess.has_value() && !m_result.experiment.sweep);
    if (!m_guess)
        return;
    QPalette palette = m_caption->palette();
    palette.setColor(QPalette::WindowText, m_style.ink());
    m_caption->setPalette(palette);
    fitCaption();
}

int LabCharts::minimumSpreadHeight() const
{
    // Room for the spread to stay readable: its title, the x labels and their title, and a
    // plot as tall as the y title ("Coverage") is long, with room for the band.
    const QFontMetricsF label(m_style.font(font(), ChartStyle::labelPointSize));
    const QFontMetricsF title(m_style.font(font(), ChartStyle::titlePointSize, true));
    return int(std::ceil(2.0 * title.height() + 4.0 * label.height() + label.horizontalAdvance(tr("Coverage")) + 100.0 * m_style.scale));
}

void LabCharts::fitCaption()
{
    // Short, so it stays one line above the chart it is about; the lab says it in full.
    // Larger than the chart's title, and bold, on a projector too; but where the column is
    // short the caption gives way, not the chart: smaller type, then one line cut short.
    // The spread keeps its least height; the histograms below give way first (they may be
    // shorter than other charts), then the caption.
    m_first->setMinimumHeight(minimumSpreadHeight());
    for (QChartView *histogram : {m_second, m_residues})
        histogram->setMinimumHeight(120);
    if (!m_guess || m_result.experiment.sweep)
        return;
    const QString text = labRevealShort(m_result, *m_guess);
    const int room = m_spread->height() - minimumSpreadHeight();
    const int width = std::max(1, m_spread->width() - m_caption->contentsMargins().left() - m_caption->contentsMargins().right());
    const QMargins margins = m_caption->contentsMargins();
    for (qreal points : {1.25 * ChartStyle::titlePointSize, ChartStyle::titlePointSize, ChartStyle::labelPointSize}) {
        const QFont font = m_style.font(this->font(), points, true);
        const QRect needed = QFontMetrics(font).boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, text);
        if (needed.height() + margins.top() + margins.bottom() <= room || points == ChartStyle::labelPointSize) {
            m_caption->setFont(font);
            const bool fits = needed.height() + margins.top() + margins.bottom() <= room;
            m_caption->setWordWrap(fits);
            m_caption->setText(fits ? text : QFontMetrics(font).elidedText(text, Qt::ElideRight, width));
            m_caption->setToolTip(fits ? QString() : text);
            break;
        }
    }
}

void LabCharts::drawGuess()
{
    QChart *spread = firstChart();
    if (!m_guess || m_result.experiment.sweep || spread->axes(Qt::Horizontal).isEmpty())
        return;
    auto *rounds = qobject_cast<QValueAxis *>(spread->axes(Qt::Horizontal).constFirst());
    auto *share = qobject_cast<QValueAxis *>(spread->axes(Qt::Vertical).constFirst());
    const auto mark = [&](double at, const QString &name, Qt::PenStyle style) {
        auto *line = new QLineSeries;
        line->setName(name);
        if (m_guess->kind == GuessKind::HalfRound) {
            line->append(at, 0.0);
            line->append(at, 1.0);
            rounds->setMax(std::max(rounds->max(), at + 1.0));
        } else {
            line->append(rounds->min(), 1.0 - at);
            line->append(rounds->max(), 1.0 - at);
        }
        spread->addSeries(line);
        line->setPen(QPen(m_style.ink(), m_style.lineWidth(2.5), style));
        line->attachAxis(rounds);
        line->attachAxis(share);
    };
    // The answer first, so where they nearly agree the dashed guess is drawn over it.
    if (const auto truth = labAnswer(m_result, m_guess->kind))
        mark(*truth, tr("The runs' answer"), Qt::SolidLine);
    mark(m_guess->value, tr("Your guess"), Qt::DashLine);
}

void LabCharts::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        redraw();
    QWidget::changeEvent(event);
}

void LabCharts::redraw()
{
    for (QChart *chart : {firstChart(), secondChart(), residueChart()}) {
        chart->removeAllSeries();
        for (QAbstractAxis *axis : chart->axes()) {
            chart->removeAxis(axis);
            delete axis;
        }
    }
    for (QChart *chart : {firstChart(), secondChart(), residueChart()})
        m_style.apply(chart, font());
    if (m_result.experiment.sweep) {
        drawSweep();
    } else {
        drawSpread();
        drawResidues();
        drawGuess();
    }
    bool rumor = false;
    for (const ExperimentEntry &entry : m_result.experiment.entries)
        rumor = rumor || entry.config.protocol == gossip::Protocol::Rumor;
    bool ran = false;
    for (const gossip::BatchResult &batch : m_result.batches)
        ran = ran || !batch.runs.empty();
    m_residues->setVisible(rumor && !m_result.experiment.sweep && ran);
    // Before a run the histograms have nothing to show: the spread takes their room, so on
    // a projector the chart a class marks its guess on is large.
    const bool histograms = ran || m_result.experiment.sweep.has_value();
    if (histograms != m_right->isVisibleTo(this)) {
        m_right->setVisible(histograms);
        m_secondLegend->setVisible(histograms);
        arrange(m_stacked);
    }
    m_firstLegend->setEntries(ChartLegend::entriesOf(firstChart()));
    m_secondLegend->setEntries(ChartLegend::entriesOf(secondChart()));
    const QFont label = m_style.font(font(), ChartStyle::labelPointSize);
    m_firstLegend->setLook(label, m_style.ink());
    m_secondLegend->setLook(label, m_style.ink());
    showCaption();
    fillTable();
}

void LabCharts::drawSpread()
{
    // Coverage (1 - the susceptible fraction) per round: the mean, and the band between
    // the 10th and 90th percentile runs.
    QChart *spread = firstChart();
    ChartStyle::setTitle(spread, tr("How the runs spread: mean and 10th to 90th percentile"));
    auto *rounds = valueAxis(m_style, font(), tr("Round"));
    auto *coverage = valueAxis(m_style, font(), tr("Coverage"));
    spread->addAxis(rounds, Qt::AlignBottom);
    spread->addAxis(coverage, Qt::AlignLeft);
    coverage->setRange(0.0, 1.0);
    rounds->setLabelFormat(QStringLiteral("%d"));
    rounds->setTickType(QValueAxis::TicksDynamic);
    int longest = 1;
    const ExperimentDocument &experiment = m_result.experiment;
    for (int entry = 0; entry < experiment.entries.size(); ++entry) {
        const gossip::BatchResult &batch = m_result.at(entry, 0);
        if (batch.runs.empty())
            continue;
        const QColor color = entryColor(m_result.experiment, entry);
        // The band's edges are not the chart's series: the band owns them (QAreaSeries
        // does not), so they go when the chart removes it.
        auto *band = new QAreaSeries;
        auto *low = new QLineSeries(band);
        auto *high = new QLineSeries(band);
        auto *mean = new QLineSeries;
        for (std::size_t round = 0; round < batch.susceptibleFraction.size(); ++round) {
            low->append(qreal(round), 1.0 - batch.susceptibleP90[round]);
            high->append(qreal(round), 1.0 - batch.susceptibleP10[round]);
            mean->append(qreal(round), 1.0 - batch.susceptibleFraction[round]);
        }
        longest = std::max(longest, int(batch.susceptibleFraction.size()) - 1);
        band->setUpperSeries(high);
        band->setLowerSeries(low);
        QColor fill = color;
        fill.setAlphaF(0.3f);
        band->setBrush(fill);
        // A thin edge, so a narrow band is still seen.
        band->setPen(QPen(color, m_style.lineWidth(1.0)));
        band->setName(tr("%1, 10–90 %").arg(experiment.entries.at(entry).name));
        spread->addSeries(band);
        band->setVisible(true);
        mean->setName(experiment.entries.at(entry).name);
        spread->addSeries(mean);
        mean->setPen(QPen(color, m_style.lineWidth(ChartStyle::linePenWidth)));
        for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(band), static_cast<QAbstractSeries *>(mean)}) {
            series->attachAxis(rounds);
            series->attachAxis(coverage);
        }
    }
    bool ran = false;
    for (const gossip::BatchResult &batch : m_result.batches)
        ran = ran || !batch.runs.empty();
    if (!ran) {
        // Before a run the axis spans what the runs may take, room to mark a guess on: twice
        // the rounds push anti-entropy needs, more than any mechanism takes on average.
        for (const ExperimentEntry &entry : experiment.entries)
            longest = std::max(longest, int(std::ceil(2.0 * gossip::theory::pushRounds(entry.config.nodes))));
    }
    setTicks(rounds, longest, roundStep(longest, m_style.roundLabelCount(spread, font(), longest)));
    if (m_theoryVisible)
        drawTheory(rounds, coverage, longest);

    // When each run finished: runs per round of the last receipt, one bar set per entry.
    QChart *finishes = secondChart();
    ChartStyle::setTitle(finishes, tr("When the runs finished"));
    int first = std::numeric_limits<int>::max();
    int last = 0;
    for (const gossip::BatchResult &batch : m_result.batches) {
        if (batch.finishHistogram.empty())
            continue;
        first = std::min(first, batch.finishHistogram.begin()->first);
        last = std::max(last, batch.finishHistogram.rbegin()->first);
    }
    if (first > last)
        return;
    QStringList categories;
    for (int round = first; round <= last; ++round)
        categories << QString::number(round);
    QList<QList<qreal>> counts;
    for (int entry = 0; entry < experiment.entries.size(); ++entry) {
        const gossip::BatchResult &batch = m_result.at(entry, 0);
        QList<qreal> perRound;
        for (int round = first; round <= last; ++round) {
            const auto found = batch.finishHistogram.find(round);
            perRound << (found == batch.finishHistogram.end() ? 0 : found->second);
        }
        counts << perRound;
    }
    // Whole rounds are labelled, every so many of them: the rounds that are a multiple of it.
    const int step = labelStep(categories.size());
    drawHistogram(finishes, categories, counts, tr("Last receipt, t_last"), (step - first % step) % step);
}

void LabCharts::drawHistogram(QChart *chart, const QStringList &categories, const QList<QList<qreal>> &counts,
                              const QString &title, int firstLabelled)
{
    // Bars side by side for a few entries; for more, each bar would be a hair, so each
    // entry is a line through its counts (a frequency polygon) with a dot on each.
    const ExperimentDocument &experiment = m_result.experiment;
    constexpr int mostBarSets = 3;
    const bool asBars = counts.size() <= mostBarSets;
    auto *bars = asBars ? new QBarSeries : nullptr;
    double tallest = 1.0;
    for (int entry = 0; entry < counts.size(); ++entry) {
        const QColor color = entryColor(experiment, entry);
        const QString name = experiment.entries.at(entry).name;
        // An entry that has not run yet has no histogram (not a flat line at zero).
        if (m_result.at(entry, 0).runs.empty())
            continue;
        tallest = std::max(tallest, *std::max_element(counts.at(entry).begin(), counts.at(entry).end()));
        if (asBars) {
            auto *set = new QBarSet(name);
            set->setColor(color);
            set->setBorderColor(color);
            set->append(counts.at(entry));
            bars->append(set);
            continue;
        }
        auto *line = new QLineSeries;
        line->setName(name);
        for (int bin = 0; bin < counts.at(entry).size(); ++bin)
            line->append(qreal(bin), counts.at(entry).at(bin));
        chart->addSeries(line);
        line->setPen(QPen(color, m_style.lineWidth(ChartStyle::linePenWidth)));
        line->setPointsVisible(true);
        line->setMarkerSize(6.0 * m_style.scale);
    }
    if (asBars)
        chart->addSeries(bars);
    auto *across = sparseAxis(m_style, font(), categories, labelStep(categories.size()), firstLabelled);
    across->setTitleText(title);
    auto *count = valueAxis(m_style, font(), tr("Runs"));
    chart->addAxis(across, Qt::AlignBottom);
    chart->addAxis(count, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(across);
        series->attachAxis(count);
    }
    count->setLabelFormat(QStringLiteral("%d"));
    // Runs come whole: a single run's axis read "1, 1, 0, 0" from ticks a half apart.
    const double countStep = std::max(1.0, niceStep(tallest, histogramCountLabels));
    setTicks(count, std::ceil(1.04 * tallest / countStep - 1e-9) * countStep, countStep);
    count->setTickType(QValueAxis::TicksDynamic);
}

void LabCharts::setTheoryVisible(bool visible)
{
    if (visible == m_theoryVisible)
        return;
    m_theoryVisible = visible;
    redraw();
}

void LabCharts::drawTheory(QAbstractAxis *rounds, QAbstractAxis *share, int longest)
{
    namespace theory = gossip::theory;
    QChart *spread = firstChart();
    const ExperimentDocument &experiment = m_result.experiment;
    for (int entry = 0; entry < experiment.entries.size(); ++entry) {
        const gossip::BatchResult &batch = m_result.at(entry, 0);
        const gossip::Config config = experiment.configAt(entry, 0);
        // Only where the theory describes the runs (not on nearby partners, under a limit ...).
        if (batch.runs.empty() || batch.susceptibleFraction.empty()
            || theory::unmodelled(gossip::Scenario::singleUpdate(config)) != theory::Unmodelled::Nothing)
            continue;
        QList<QPointF> points;
        switch (theory::predictionFor(config)) {
        case theory::Prediction::None:
            break;
        case theory::Prediction::SusceptibleCurve: {
            const std::vector<double> curve =
                    theory::susceptibleCurve(config.mode, batch.susceptibleFraction.front(), config.nodes, longest, config.loss);
            for (std::size_t round = 0; round < curve.size(); ++round)
                points << QPointF(qreal(round), 1.0 - curve[round]);
            break;
        }
        case theory::Prediction::Residue:
        case theory::Prediction::ResidueForTraffic: {
            // Where the runs should end: s for k, or s = e^-m for the runs' mean traffic.
            const double residue = theory::predictionFor(config) == theory::Prediction::Residue
                    ? theory::rumorResidue(config.k)
                    : theory::residueForTraffic(batch.mean(&gossip::RunSummary::traffic));
            points << QPointF(0.0, 1.0 - residue) << QPointF(qreal(longest), 1.0 - residue);
            break;
        }
        }
        if (points.isEmpty())
            continue;
        auto *line = new QLineSeries;
        line->setName(tr("%1, theory").arg(experiment.entries.at(entry).name));
        line->replace(points);
        spread->addSeries(line);
        line->setPen(QPen(entryColor(m_result.experiment, entry).darker(130), m_style.lineWidth(ChartStyle::theoryPenWidth), Qt::DashLine));
        line->attachAxis(rounds);
        line->attachAxis(share);
    }
}

void LabCharts::drawSweepTheory(QChart *chart, int entry, bool residue)
{
    // What Demers' analysis predicts at each swept value: rumor mongering's residue, or
    // the rounds anti-entropy takes to reach everyone. Nothing where there is no such law.
    namespace theory = gossip::theory;
    const ExperimentDocument &experiment = m_result.experiment;
    auto *line = new QLineSeries;
    for (int value = 0; value < experiment.valueCount(); ++value) {
        const gossip::BatchResult &batch = m_result.at(entry, value);
        const gossip::Config config = experiment.configAt(entry, value);
        if (batch.runs.empty() || theory::unmodelled(gossip::Scenario::singleUpdate(config)) != theory::Unmodelled::Nothing)
            continue;
        const double x = experiment.sweep->values.at(value);
        switch (theory::predictionFor(config)) {
        case theory::Prediction::None:
            break;
        case theory::Prediction::SusceptibleCurve:
            if (!residue)
                line->append(x, theory::finishRounds(config.mode, config.nodes, config.loss));
            break;
        case theory::Prediction::Residue:
            if (residue)
                line->append(x, theory::rumorResidue(config.k));
            break;
        case theory::Prediction::ResidueForTraffic:
            if (residue)
                line->append(x, theory::residueForTraffic(batch.mean(&gossip::RunSummary::traffic)));
            break;
        }
    }
    if (line->count() == 0) {
        delete line;
        return;
    }
    line->setName(tr("%1, theory").arg(experiment.entries.at(entry).name));
    chart->addSeries(line);
    line->setPen(QPen(entryColor(experiment, entry).darker(130), m_style.lineWidth(ChartStyle::theoryPenWidth), Qt::DashLine));
}

void LabCharts::drawResidues()
{
    // Rumor mongering leaves some people out: how many, run by run, in about a dozen bins
    // from none to the most any run left (few enough to label in a narrow column).
    QChart *chart = residueChart();
    ChartStyle::setTitle(chart, tr("What each run left behind"));
    const ExperimentDocument &experiment = m_result.experiment;
    // Bins from the least residue any run left to the most, about as many as the runs can
    // fill (the square root of their number, 5 to 12) and of a round width: 10 % bins put
    // 3.7 % and 5.0 % in one bar.
    double least = std::numeric_limits<double>::max();
    double most = 0.0;
    std::size_t runs = 0;
    for (int entry = 0; entry < experiment.entries.size(); ++entry) {
        for (const gossip::RunSummary &run : m_result.at(entry, 0).runs) {
            least = std::min(least, run.residue);
            most = std::max(most, run.residue);
            ++runs;
        }
    }
    if (runs == 0 || most <= 0.0)
        return;
    const int wanted = std::clamp(int(std::ceil(std::sqrt(double(runs)))), 5, 12);
    const double width = most > least ? niceStep(most - least, wanted) : niceStep(std::max(most, 1e-6), wanted);
    const double first = std::floor(least / width + 1e-9) * width;
    const int used = std::max(1, int(std::floor((most - first) / width + 1e-9)) + 1);
    QList<QList<qreal>> counts;
    for (int entry = 0; entry < experiment.entries.size(); ++entry) {
        QList<qreal> perBin(used, 0.0);
        for (const gossip::RunSummary &run : m_result.at(entry, 0).runs)
            perBin[std::clamp(int(std::floor((run.residue - first) / width + 1e-9)), 0, used - 1)] += 1.0;
        counts << perBin;
    }
    // Each bar by where its bin starts, in percent, with the decimals its width needs.
    const int decimals = std::max(0, int(std::ceil(-std::log10(width * 100.0) - 1e-9)));
    QStringList categories;
    for (int bin = 0; bin < used; ++bin)
        categories << tr("%1%").arg(QLocale().toString((first + bin * width) * 100.0, 'f', decimals));
    drawHistogram(chart, categories, counts, tr("Residue s, in %"), 0);
}

void LabCharts::drawSweep()
{
    const ExperimentDocument &experiment = m_result.experiment;
    const ExperimentSweep &sweep = *experiment.sweep;
    const gossip::ConfigField &field = *gossip::configFieldByKey(sweep.parameter.toStdString());
    const QString parameter = ConfigText::fieldText(field.label);
    const bool logarithmic = sweep.parameter == QLatin1String("nodes");
    const auto [lowest, highest] = std::minmax_element(sweep.values.begin(), sweep.values.end());
    using Measure = double gossip::RunSummary::*;
    const std::pair<QChart *, Measure> measures[] = {{firstChart(), &gossip::RunSummary::residue},
                                                     {secondChart(), &gossip::RunSummary::tLast}};
    for (const auto &[chart, measure] : measures) {
        const bool residue = measure == &gossip::RunSummary::residue;
        ChartStyle::setTitle(chart, residue ? tr("Residue s against %1").arg(parameter)
                                            : tr("Finish round t_last against %1").arg(parameter));
        QAbstractAxis *across = nullptr;
        if (logarithmic) {
            auto *axis = new QLogValueAxis;
            m_style.setUp(axis, font());
            axis->setBase(10.0);
            axis->setLabelFormat(QStringLiteral("%g"));
            axis->setRange(*lowest / 1.5, *highest * 1.5);
            across = axis;
        } else {
            // Ticks on whole steps of the swept values, with room for the end points.
            auto *axis = valueAxis(m_style, font(), QString());
            const double span = std::max(1e-9, *highest - *lowest);
            const double step = field.type == gossip::ConfigField::Type::Integer ? std::max(1.0, niceStep(span, 6))
                                                                                 : niceStep(span, 6);
            axis->setTickType(QValueAxis::TicksDynamic);
            axis->setTickAnchor(0.0);
            axis->setTickInterval(step);
            axis->setRange(*lowest - 0.1 * std::max(span, step), *highest + 0.1 * std::max(span, step));
            axis->setLabelFormat(field.type == gossip::ConfigField::Type::Integer ? QStringLiteral("%d")
                                                                                   : QStringLiteral("%.3g"));
            across = axis;
        }
        across->setTitleText(parameter);
        auto *up = valueAxis(m_style, font(), residue ? tr("Residue s") : tr("Rounds"));
        chart->addAxis(across, Qt::AlignBottom);
        chart->addAxis(up, Qt::AlignLeft);
        double top = 0.0;
        for (int entry = 0; entry < experiment.entries.size(); ++entry) {
            const QColor color = entryColor(m_result.experiment, entry);
            auto *line = new QLineSeries;
            auto *points = new QScatterSeries;
            line->setName(experiment.entries.at(entry).name);
            QList<QLineSeries *> errors;
            for (int value = 0; value < sweep.values.size(); ++value) {
                const gossip::BatchResult &batch = m_result.at(entry, value);
                if (batch.runs.empty())
                    continue;
                const double x = sweep.values.at(value);
                const double mean = batch.mean(measure);
                const double deviation = batch.standardDeviation(measure);
                line->append(x, mean);
                points->append(x, mean);
                // One standard deviation either way, as an upright bar.
                auto *error = new QLineSeries;
                error->append(x, std::max(0.0, mean - deviation));
                error->append(x, mean + deviation);
                errors << error;
                top = std::max(top, mean + deviation);
            }
            chart->addSeries(line);
            line->setPen(QPen(color, m_style.lineWidth(ChartStyle::linePenWidth)));
            chart->addSeries(points);
            points->setColor(color);
            points->setBorderColor(color);
            points->setMarkerSize(9.0 * m_style.scale);
            for (QLineSeries *error : std::as_const(errors)) {
                chart->addSeries(error);
                error->setPen(QPen(color, m_style.lineWidth(1.5)));
            }
            if (m_theoryVisible)
                drawSweepTheory(chart, entry, residue);
            for (QAbstractSeries *series : chart->series()) {
                if (series->attachedAxes().isEmpty()) {
                    series->attachAxis(across);
                    series->attachAxis(up);
                }
            }
        }
        for (QAbstractSeries *series : chart->series()) { // the theory too
            if (auto *line = qobject_cast<QLineSeries *>(series)) {
                for (const QPointF &point : line->points())
                    top = std::max(top, point.y());
            }
        }
        setNiceTicks(up, top > 0.0 ? top : 1.0, ChartStyle::countLabels);
        if (residue && up->max() > 1.0)
            up->setMax(1.0); // a residue is a share: never above everyone
        up->setTickType(QValueAxis::TicksDynamic);
        // As many decimals as the ticks' step needs, so no two labels read the same.
        const int decimals = std::max(0, int(std::ceil(-std::log10(up->tickInterval()) - 1e-9)));
        up->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
    }
}

void LabCharts::fillTable()
{
    using gossip::RunSummary;
    const ExperimentDocument &experiment = m_result.experiment;
    const bool swept = experiment.sweep.has_value();
    QStringList headers{tr("Entry")};
    if (swept)
        headers << ConfigText::fieldText(gossip::configFieldByKey(experiment.sweep->parameter.toStdString())->label);
    headers << tr("Runs") << tr("Residue s") << tr("Traffic m") << tr("t_ave") << tr("t_last") << tr("Messages")
            << tr("Bytes");
    // On a network, the load on the busiest link: what nearby partners spare.
    bool anyLinks = false;
    for (const gossip::BatchResult &batch : m_result.batches)
        anyLinks = anyLinks || batch.linkTraffic().has_value();
    if (anyLinks)
        headers << tr("Busiest link: talks a round");
    // Where an entry is a row of Demers' tables, the paper's figures stand beside ours.
    bool anyPaper = false;
    for (int entry = 0; entry < experiment.entries.size(); ++entry) {
        for (int value = 0; value < experiment.valueCount(); ++value)
            anyPaper = anyPaper || gossip::paperRow(experiment.configAt(entry, value)).has_value();
    }
    if (anyPaper)
        headers << tr("Paper: s, m, t_ave, t_last");
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    for (int column = 0; column < m_table->columnCount(); ++column)
        m_table->horizontalHeaderItem(column)->setToolTip(tableNote());
    m_tableNote->setText(tableNote());
    m_table->setRowCount(int(experiment.entries.size()) * experiment.valueCount());
    int row = 0;
    for (int entry = 0; entry < experiment.entries.size(); ++entry) {
        for (int value = 0; value < experiment.valueCount(); ++value, ++row) {
            const gossip::BatchResult &batch = m_result.at(entry, value);
            QStringList cells{experiment.entries.at(entry).name};
            if (swept)
                cells << ConfigText::number(experiment.sweep->values.at(value));
            cells << QLocale().toString(qint64(batch.runs.size()));
            if (!batch.runs.empty()) {
                cells << meanAndDeviation(batch.mean(&RunSummary::residue), batch.standardDeviation(&RunSummary::residue))
                      << meanAndDeviation(batch.mean(&RunSummary::traffic), batch.standardDeviation(&RunSummary::traffic))
                      << meanAndDeviation(batch.mean(&RunSummary::tAverage), batch.standardDeviation(&RunSummary::tAverage))
                      << meanAndDeviation(batch.mean(&RunSummary::tLast), batch.standardDeviation(&RunSummary::tLast))
                      << QLocale().toString(std::round(batch.mean(&RunSummary::messages)), 'f', 0)
                      << QLocale().toString(std::round(batch.mean(&RunSummary::bytes)), 'f', 0);
            }
            if (anyLinks) {
                while (cells.size() < headers.size() - (anyPaper ? 2 : 1))
                    cells << QString();
                if (const auto links = batch.linkTraffic()) {
                    const auto network = gossip::networkFor(experiment.configAt(entry, value));
                    cells << tr("%1 (%2)").arg(QString::number(links->compareCritical, 'f', 1),
                                               ConfigText::linkName(QString::fromStdString(network->linkName(links->critical))));
                } else {
                    cells << QString();
                }
            }
            if (anyPaper) {
                while (cells.size() < headers.size() - 1)
                    cells << QString();
                if (const auto paper = gossip::paperRow(experiment.configAt(entry, value)))
                    cells << tr("Table %1: %2, %3, %4, %5")
                                     .arg(paper->table)
                                     .arg(shortNumber(paper->residue), shortNumber(paper->traffic),
                                          shortNumber(paper->tAverage), shortNumber(paper->tLast));
            }
            for (int column = 0; column < cells.size(); ++column) {
                auto *item = new QTableWidgetItem(cells.at(column));
                if (column == 0)
                    item->setForeground(entryColor(m_result.experiment, entry));
                m_table->setItem(row, column, item);
            }
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // As tall as its rows, up to a third of the lab: the charts are the picture.
    int height = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth();
    for (int r = 0; r < m_table->rowCount(); ++r)
        height += m_table->rowHeight(r);
    m_table->setMaximumHeight(std::max(height, 80));
}
