// Tests the chart widget: one point per round, exact step back, theory, comparison and export.
#include "engine/theory.h"
#include "views/chart/chartwidget.h"
#include "views/chart/coveragechart.h"
#include "views/simulation/nodestate.h"
#include "views/simulation/simulationcontroller.h"

#include <QBarSet>
#include <QBuffer>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QLabel>
#include <QLineSeries>
#include <QPainter>
#include <QSet>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QSvgGenerator>
#include <QSvgRenderer>
#include <QTest>
#include <QTextDocumentFragment>

#include <memory>

Q_DECLARE_METATYPE(gossip::Config)

namespace {

gossip::Config rumorConfig(std::uint32_t nodes = 200)
{
    gossip::Config config;
    config.protocol = gossip::Protocol::Rumor;
    config.mode = gossip::Mode::Push;
    config.nodes = nodes;
    config.seed = 7;
    return config;
}

gossip::Config antiEntropyConfig(gossip::Mode mode)
{
    gossip::Config config;
    config.protocol = gossip::Protocol::AntiEntropy;
    config.mode = mode;
    config.nodes = 200;
    config.seed = 3;
    return config;
}

QLineSeries *lineSeries(QChart *chart, const QString &objectName)
{
    for (QAbstractSeries *series : chart->series()) {
        if (series->objectName() == objectName)
            return qobject_cast<QLineSeries *>(series);
    }
    return nullptr;
}

QList<QLineSeries *> lineSeriesNamed(QChart *chart, const QString &objectName)
{
    QList<QLineSeries *> found;
    for (QAbstractSeries *series : chart->series()) {
        if (series->objectName() == objectName)
            found << qobject_cast<QLineSeries *>(series);
    }
    return found;
}

QStackedBarSeries *bars(QChart *chart)
{
    return qobject_cast<QStackedBarSeries *>(chart->series().constFirst());
}

QBarSet *barSet(QChart *chart, int index)
{
    return bars(chart)->barSets().at(index);
}

bool viewShown(QChart *chart)
{
    return chart->scene()->views().constFirst()->isVisible();
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace

class TestChartWidget : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void startsAtRoundZero();
    void stepAddsOnePoint();
    void stepBackRestoresEarlierValues();
    void seekRedraws();
    void resetClears();
    void switchingRunsAtRoundZeroRedraws();
    void farRoundsAreDrawnThinnedOut();
    void theoryLeavesARewrittenRun();
    void interventionRedraws();
    void downPeopleAreNotContagious();
    void theoryIsDrawnOnlyWhereItApplies();
    void aLongTitleBreaksIntoEvenLines_data();
    void aLongTitleBreaksIntoEvenLines();
    void barsFollowTheLastRounds();
    void theoryToggle_data();
    void theoryToggle();
    void theoryCheckBox();
    void comparisonReplacesCoverage();
    void rendersToSvg();
    void grabIsNotBlank();
    void axesNeverHoldThousandsOfTicks();
    void beforeAnyWriteEveryoneIsHealthy();

private:
    void checkLinesMatchController();

    std::unique_ptr<SimulationController> m_controller;
    std::unique_ptr<ChartWidget> m_chart;
};

void TestChartWidget::init()
{
    m_controller = std::make_unique<SimulationController>();
    m_controller->load(gossip::Scenario::singleUpdate(rumorConfig()));
    m_chart = std::make_unique<ChartWidget>(m_controller.get());
    m_chart->resize(1280, 400);
}

void TestChartWidget::cleanup()
{
    m_chart.reset();
    m_controller.reset();
}

void TestChartWidget::checkLinesMatchController()
{
    // Each line is the share of its state among the slots the engine counts; together the
    // lines the chart draws hold everyone, as the city's people are all of some state.
    const auto &measures = m_controller->measures();
    const int round = m_controller->round();
    const std::pair<QString, gossip::SlotState> lines[] = {
            {QStringLiteral("susceptible"), gossip::SlotState::Healthy}, {QStringLiteral("infective"), gossip::SlotState::Contagious},
            {QStringLiteral("removed"), gossip::SlotState::Immune},      {QStringLiteral("outdated"), gossip::SlotState::Outdated},
            {QStringLiteral("down"), gossip::SlotState::Down},           {QStringLiteral("repairing"), gossip::SlotState::Repairing}};
    std::vector<double> sums(std::size_t(round) + 1, 0.0);
    for (const auto &[name, state] : lines) {
        QLineSeries *series = lineSeries(m_chart->coverageChart(), name);
        if (!series) {
            // A state without a line has nobody in it.
            for (int r = 0; r <= round; ++r)
                QCOMPARE(measures[std::size_t(r)].count(state), std::uint64_t(0));
            continue;
        }
        QCOMPARE(series->count(), round + 1);
        for (int r = 0; r <= round; ++r) {
            const gossip::RoundMeasures &m = measures[std::size_t(r)];
            QCOMPARE(series->at(r).x(), qreal(r));
            QCOMPARE(series->at(r).y(), double(m.count(state)) / double(m.stateTotal()));
            sums[std::size_t(r)] += series->at(r).y();
        }
    }
    for (double sum : sums)
        QVERIFY(std::abs(sum - 1.0) < 1e-12);
    QCOMPARE(barSet(m_chart->messageChart(), 0)->count(), std::min(round + 1, ChartWidget::messageWindow));
}

void TestChartWidget::startsAtRoundZero()
{
    checkLinesMatchController();
    QCOMPARE(lineSeries(m_chart->coverageChart(), QStringLiteral("susceptible"))->pen().color(),
             nodeStateColor(NodeState::Healthy));
    QCOMPARE(barSet(m_chart->messageChart(), 0)->color(), outcomeColor(gossip::Outcome::New));
}

void TestChartWidget::switchingRunsAtRoundZeroRedraws()
{
    // Two runs both at round 0, one after the other: the dots are the new run's, not the
    // old one's (they used to stay, as the chart's round had not changed).
    gossip::Config empty = rumorConfig();
    m_controller->load(gossip::Scenario{empty, {}});
    QCOMPARE(lineSeries(m_chart->coverageChart(), QStringLiteral("susceptible"))->at(0).y(), 1.0);
    gossip::Config two = rumorConfig();
    two.nodes = 4;
    gossip::Scenario written = gossip::Scenario::singleUpdate(two);
    m_controller->load(written);
    checkLinesMatchController();
    QCOMPARE(lineSeries(m_chart->coverageChart(), QStringLiteral("susceptible"))->at(0).y(), 0.75);
    m_controller->load(gossip::Scenario{empty, {}});
    QCOMPARE(lineSeries(m_chart->coverageChart(), QStringLiteral("susceptible"))->at(0).y(), 1.0);
    QCOMPARE(lineSeries(m_chart->coverageChart(), QStringLiteral("infective"))->at(0).y(), 0.0);
    // And on screen: the healthy dot at 1, none left at 0.75.
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
    m_controller->load(written);
    QCoreApplication::processEvents();
    m_controller->load(gossip::Scenario{empty, {}});
    QCoreApplication::processEvents();
    QChart *coverage = m_chart->coverageChart();
    QLineSeries *healthy = lineSeries(coverage, QStringLiteral("susceptible"));
    const QImage image = m_chart->grab().toImage();
    const QWidget *view = m_chart->findChild<QChartView *>();
    const auto healthyNear = [&](double y) {
        const QPoint at = view->mapTo(m_chart.get(), coverage->mapToPosition(QPointF(0, y), healthy).toPoint());
        int count = 0;
        for (int dy = -3; dy <= 3; ++dy)
            for (int dx = 1; dx <= 4; ++dx)
                count += image.pixelColor(at + QPoint(dx, dy)) == nodeStateColor(NodeState::Healthy);
        return count;
    };
    image.save("/tmp/dots.png");
    QVERIFY(healthyNear(1.0) > 0);
    QCOMPARE(healthyNear(0.75), 0);
}

void TestChartWidget::theoryLeavesARewrittenRun()
{
    // The prediction follows one update: after a forgery its curve would keep falling while
    // the run starts again, so it goes, and the switch says why.
    m_chart->setTheoryVisible(true);
    for (int round = 0; round < 6; ++round)
        m_controller->stepForward();
    QVERIFY(lineSeries(m_chart->coverageChart(), QStringLiteral("theory")));
    m_controller->makeByzantine(0);
    QVERIFY(!lineSeries(m_chart->coverageChart(), QStringLiteral("theory")));
    auto *box = m_chart->findChild<QCheckBox *>();
    QVERIFY(!box->isEnabled());
    QVERIFY2(box->toolTip().contains(QLatin1String("forger")), qPrintable(box->toolTip()));
}

void TestChartWidget::farRoundsAreDrawnThinnedOut()
{
    // A run shown at round 5,000 draws its lines with a couple of thousand points, not one
    // per round (a scenario opened at round 368,000 froze the window), ending at the round
    // on screen; one round on or back still ends there.
    gossip::Config lost;
    lost.protocol = gossip::Protocol::AntiEntropy;
    lost.nodes = 50;
    lost.loss = 1.0;
    lost.maxRounds = 8000;
    m_controller->load(gossip::Scenario::singleUpdate(lost));
    m_controller->seek(5000);
    QCOMPARE(m_controller->round(), 5000);
    QLineSeries *healthy = lineSeries(m_chart->coverageChart(), QStringLiteral("susceptible"));
    QVERIFY(healthy->count() <= CoverageChart::maximumPoints + 1);
    QCOMPARE(healthy->at(0).x(), 0.0);
    QCOMPARE(healthy->at(healthy->count() - 1).x(), 5000.0);
    m_controller->stepForward();
    QCOMPARE(healthy->at(healthy->count() - 1).x(), 5001.0);
    m_controller->stepBack();
    m_controller->stepBack();
    QCOMPARE(healthy->at(healthy->count() - 1).x(), 4999.0);
    QVERIFY(healthy->count() <= CoverageChart::maximumPoints + 1);
}

void TestChartWidget::stepAddsOnePoint()
{
    QLineSeries *susceptible = lineSeries(m_chart->coverageChart(), QStringLiteral("susceptible"));
    for (int round = 1; round <= 6; ++round) {
        const QList<QPointF> before = susceptible->points();
        QSignalSpy added(susceptible, &QXYSeries::pointAdded);
        QSignalSpy replaced(susceptible, &QXYSeries::pointsReplaced);
        m_controller->stepForward();
        // One point appended, nothing redrawn: the update is incremental.
        QCOMPARE(added.count(), 1);
        QCOMPARE(replaced.count(), 0);
        QCOMPARE(susceptible->points().mid(0, before.size()), before);
        checkLinesMatchController();
        const gossip::RoundMeasures &m = m_controller->measures()[std::size_t(round)];
        // A bar set per outcome, named as the city's legend names it.
        qreal stacked = 0.0;
        for (QBarSet *set : bars(m_chart->messageChart())->barSets()) {
            int outcome = 0;
            while (outcome < gossip::outcomeCount && outcomeName(gossip::Outcome(outcome)) != set->label())
                ++outcome;
            QVERIFY2(outcome < gossip::outcomeCount, qPrintable(set->label()));
            QCOMPARE(set->at(round), qreal(m.messages(gossip::Outcome(outcome))));
            QCOMPARE(set->color(), outcomeColor(gossip::Outcome(outcome)));
            stacked += set->at(round);
        }
        QCOMPARE(stacked, qreal(m.messages()));
    }
}

void TestChartWidget::stepBackRestoresEarlierValues()
{
    for (int i = 0; i < 4; ++i)
        m_controller->stepForward();
    QList<QList<QPointF>> before;
    for (const QString &name : {QStringLiteral("susceptible"), QStringLiteral("infective"), QStringLiteral("removed")})
        before << lineSeries(m_chart->coverageChart(), name)->points();
    const QList<qreal> newBefore = [&] {
        QList<qreal> values;
        for (int i = 0; i < barSet(m_chart->messageChart(), 0)->count(); ++i)
            values << barSet(m_chart->messageChart(), 0)->at(i);
        return values;
    }();

    m_controller->stepForward();
    m_controller->stepBack();

    int index = 0;
    for (const QString &name : {QStringLiteral("susceptible"), QStringLiteral("infective"), QStringLiteral("removed")}) {
        const QList<QPointF> after = lineSeries(m_chart->coverageChart(), name)->points();
        QCOMPARE(after.size(), before[index].size());
        for (qsizetype i = 0; i < after.size(); ++i) {
            // Exact, not fuzzy: the same measures give the same numbers.
            QVERIFY(after[i].x() == before[index][i].x());
            QVERIFY(after[i].y() == before[index][i].y());
        }
        ++index;
    }
    QCOMPARE(barSet(m_chart->messageChart(), 0)->count(), newBefore.size());
    for (int i = 0; i < newBefore.size(); ++i)
        QCOMPARE(barSet(m_chart->messageChart(), 0)->at(i), newBefore[i]);
    checkLinesMatchController();
}

void TestChartWidget::seekRedraws()
{
    m_controller->seek(9);
    checkLinesMatchController();
    m_controller->seek(3);
    checkLinesMatchController();
    m_controller->seek(4);
    checkLinesMatchController();
}

void TestChartWidget::resetClears()
{
    for (int i = 0; i < 5; ++i)
        m_controller->stepForward();
    m_controller->reset();
    QCOMPARE(m_controller->round(), 0);
    QCOMPARE(lineSeries(m_chart->coverageChart(), QStringLiteral("susceptible"))->count(), 1);
    QCOMPARE(barSet(m_chart->messageChart(), 0)->count(), 1);
    checkLinesMatchController();
}

void TestChartWidget::interventionRedraws()
{
    for (int i = 0; i < 3; ++i)
        m_controller->stepForward();
    const qreal before = lineSeries(m_chart->coverageChart(), QStringLiteral("susceptible"))->points().constLast().y();
    QVERIFY(!lineSeries(m_chart->coverageChart(), QStringLiteral("outdated")));
    m_controller->writeUpdate(17);
    checkLinesMatchController();
    // A new version makes everyone who held the old one outdated (a line of its own, as the
    // city hatches them), not healthy: the healthy line does not jump up (the writer, if
    // healthy before, now holds the update).
    QLineSeries *outdated = lineSeries(m_chart->coverageChart(), QStringLiteral("outdated"));
    QVERIFY(outdated);
    QVERIFY(outdated->points().constLast().y() > 0.0);
    QVERIFY(lineSeries(m_chart->coverageChart(), QStringLiteral("susceptible"))->points().constLast().y() <= before);
}

void TestChartWidget::downPeopleAreNotContagious()
{
    // "When nodes fail": a holder who crashes is drawn grey in the city; on the chart it
    // leaves the contagious line for a line of its own, and comes back to it once repaired.
    gossip::Config config = antiEntropyConfig(gossip::Mode::Push);
    config.nodes = 12;
    config.seed = 10;
    m_controller->load(gossip::Scenario::singleUpdate(config));
    for (int i = 0; i < 3; ++i)
        m_controller->stepForward();
    QVERIFY(!lineSeries(m_chart->coverageChart(), QStringLiteral("down")));
    const gossip::RoundMeasures before = m_controller->measures()[std::size_t(m_controller->round())];
    QVERIFY(before.infective >= 2);
    m_controller->crash(0); // the writer holds the update
    checkLinesMatchController();
    QLineSeries *down = lineSeries(m_chart->coverageChart(), QStringLiteral("down"));
    QVERIFY(down);
    QCOMPARE(down->points().constLast().y(), 1.0 / 12.0);
    QCOMPARE(lineSeries(m_chart->coverageChart(), QStringLiteral("infective"))->points().constLast().y(),
             double(before.infective - 1) / 12.0);
    // The engine still counts the crashed holder as infective (Demers' measures stay his).
    QCOMPARE(m_controller->measures()[std::size_t(m_controller->round())].infective, before.infective);
    m_controller->recover(0);
    checkLinesMatchController();
    QVERIFY(lineSeries(m_chart->coverageChart(), QStringLiteral("repairing")));
    QCOMPARE(lineSeries(m_chart->coverageChart(), QStringLiteral("repairing"))->points().constLast().y(), 1.0 / 12.0);
}

void TestChartWidget::theoryIsDrawnOnlyWhereItApplies()
{
    // With 20 % loss the prediction is the lossy recurrence (it used to ignore the loss and
    // predict a run of 10.6 rounds that took 14.8); on two towns with nearby partners there
    // is none, and the chart says why instead of drawing the uniform curve.
    gossip::Config lossy = antiEntropyConfig(gossip::Mode::PushPull);
    lossy.nodes = 2000;
    lossy.loss = 0.2;
    m_controller->load(gossip::Scenario::singleUpdate(lossy));
    m_chart->setTheoryVisible(true);
    QLineSeries *theory = lineSeries(m_chart->coverageChart(), QStringLiteral("theory"));
    QVERIFY(theory);
    const std::vector<double> expected = gossip::theory::susceptibleCurve(gossip::Mode::PushPull, 1.0 - 1.0 / 2000, 2000,
                                                                          int(theory->count()) - 1, 0.2);
    for (int i = 0; i < theory->count(); ++i)
        QCOMPARE(theory->at(i).y(), expected[std::size_t(i)]);
    // The curve reaches as far as the lossy prediction needs, past the loss-free one.
    QVERIFY(theory->points().constLast().x() >= gossip::theory::finishRounds(gossip::Mode::PushPull, 2000, 0.2) - 1);
    QVERIFY(theory->points().constLast().x() > gossip::theory::finishRounds(gossip::Mode::PushPull, 2000));

    gossip::Config nearby = antiEntropyConfig(gossip::Mode::PushPull);
    nearby.nodes = 300;
    nearby.network = gossip::NetworkKind::TwoTowns;
    nearby.partnerChoice = gossip::PartnerChoice::Spatial;
    m_controller->load(gossip::Scenario::singleUpdate(nearby));
    QVERIFY(!lineSeries(m_chart->coverageChart(), QStringLiteral("theory")));
    auto *box = m_chart->findChild<QCheckBox *>();
    QVERIFY(!box->isEnabled());
    QVERIFY2(box->toolTip().contains(QLatin1String("nearby")), qPrintable(box->toolTip()));
    auto *legend = m_chart->findChild<QLabel *>(QStringLiteral("coverageLegend"));
    QVERIFY2(legend->text().contains(QLatin1String("Theory not drawn")), qPrintable(legend->text()));
    // Uniform partners on the same towns: the routes change no meeting, the theory applies.
    nearby.partnerChoice = gossip::PartnerChoice::Uniform;
    m_controller->load(gossip::Scenario::singleUpdate(nearby));
    QVERIFY(lineSeries(m_chart->coverageChart(), QStringLiteral("theory")));
    QVERIFY(!legend->text().contains(QLatin1String("Theory not drawn")));
}

void TestChartWidget::aLongTitleBreaksIntoEvenLines_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("width");
    QTest::newRow("English") << QStringLiteral("How the runs spread: mean and 10th to 90th percentile") << 260;
    // Chapter 10's, in Chinese, left one word alone on its second line.
    QTest::newRow("Chinese") << QStringLiteral("各次运行如何传播：均值与第 10 至第 90 百分位") << 300;
}

void TestChartWidget::aLongTitleBreaksIntoEvenLines()
{
    QFETCH(QString, title);
    QFETCH(int, width);
    QChart chart;
    chart.resize(width, 300);
    ChartStyle::setTitle(&chart, title);
    const QString shown = QTextDocumentFragment::fromHtml(chart.title()).toPlainText();
    const QStringList lines = shown.split(QLatin1Char('\n'));
    QVERIFY2(lines.size() >= 2, qPrintable(shown));
    const QFontMetricsF metrics(chart.titleFont());
    qreal widest = 0.0, narrowest = 1e9;
    for (const QString &line : lines) {
        widest = std::max(widest, metrics.horizontalAdvance(line));
        narrowest = std::min(narrowest, metrics.horizontalAdvance(line));
    }
    QVERIFY(widest <= width);
    // No line a stub of the others: the lines are as even as the words allow.
    QVERIFY2(narrowest >= 0.5 * widest, qPrintable(lines.join(QLatin1String(" | "))));
    QCOMPARE(QString(shown).remove(QLatin1Char('\n')).remove(QLatin1Char(' ')), QString(title).remove(QLatin1Char(' ')));
}

void TestChartWidget::barsFollowTheLastRounds()
{
    // A partitioned city never converges under anti-entropy, so the run goes on.
    gossip::Scenario scenario = gossip::Scenario::singleUpdate(antiEntropyConfig(gossip::Mode::PushPull));
    scenario.config.nodes = 40;
    scenario.config.maxRounds = 150;
    std::vector<gossip::NodeId> group;
    for (gossip::NodeId node = 20; node < 40; ++node)
        group.push_back(node);
    scenario.add({0, gossip::Intervention::Kind::Partition, group, 0});
    m_controller->load(scenario);
    for (int i = 0; i < 120; ++i)
        m_controller->stepForward();
    QCOMPARE(m_controller->round(), 120);
    checkLinesMatchController();
    QCOMPARE(barSet(m_chart->messageChart(), 0)->count(), ChartWidget::messageWindow);
    auto *rounds = qobject_cast<QCategoryAxis *>(m_chart->messageChart()->axes(Qt::Horizontal).constFirst());
    QVERIFY(rounds);
    // The last bar is the current round, and the axis labels the window's rounds.
    const int first = 120 - ChartWidget::messageWindow + 1;
    for (const QString &label : rounds->categoriesLabels()) {
        QVERIFY(label.toInt() >= first);
        QCOMPARE(rounds->endValue(label), qreal(label.toInt() - first));
    }
    const gossip::RoundMeasures &last = m_controller->measures()[120];
    QCOMPARE(barSet(m_chart->messageChart(), 1)->at(ChartWidget::messageWindow - 1),
             qreal(last.messages(gossip::Outcome::Redundant)));
    QVERIFY(m_chart->messageChart()->title().contains(QString::number(ChartWidget::messageWindow)));
}

void TestChartWidget::theoryToggle_data()
{
    QTest::addColumn<gossip::Config>("config");
    QTest::addColumn<bool>("available");

    QTest::newRow("anti-entropy pull") << antiEntropyConfig(gossip::Mode::Pull) << true;
    QTest::newRow("anti-entropy push") << antiEntropyConfig(gossip::Mode::Push) << true;
    QTest::newRow("anti-entropy push-pull") << antiEntropyConfig(gossip::Mode::PushPull) << true;
    gossip::Config coin = rumorConfig();
    coin.stopping = gossip::Stopping::Coin;
    coin.k = 2;
    QTest::newRow("rumor feedback coin") << coin << true;
    QTest::newRow("rumor push counter") << rumorConfig() << true;
    gossip::Config pull = rumorConfig();
    pull.mode = gossip::Mode::Pull;
    QTest::newRow("rumor pull counter") << pull << false;
    gossip::Config mail;
    mail.protocol = gossip::Protocol::DirectMail;
    mail.mode = gossip::Mode::Push;
    mail.nodes = 50;
    QTest::newRow("direct mail") << mail << false;
}

void TestChartWidget::theoryToggle()
{
    QFETCH(gossip::Config, config);
    QFETCH(bool, available);

    m_controller->load(gossip::Scenario::singleUpdate(config));
    for (int i = 0; i < 3; ++i)
        m_controller->stepForward();
    QCOMPARE(m_chart->theoryAvailable(), available);
    const qsizetype seriesBefore = m_chart->coverageChart()->series().size();
    QVERIFY(!lineSeries(m_chart->coverageChart(), QStringLiteral("theory")));

    m_chart->setTheoryVisible(true);
    QLineSeries *theory = lineSeries(m_chart->coverageChart(), QStringLiteral("theory"));
    if (!available) {
        QVERIFY(!theory);
        QCOMPARE(m_chart->coverageChart()->series().size(), seriesBefore);
        return;
    }
    QVERIFY(theory);
    QCOMPARE(m_chart->coverageChart()->series().size(), seriesBefore + 1);
    QCOMPARE(theory->pen().style(), Qt::DashLine);
    QVERIFY(!theory->name().isEmpty());
    QVERIFY(theory->count() >= 2);

    const double p0 = m_controller->measures()[0].susceptibleFraction();
    const QList<QPointF> points = theory->points();
    if (config.protocol == gossip::Protocol::AntiEntropy) {
        const int rounds = int(points.size()) - 1;
        const std::vector<double> expected = config.mode == gossip::Mode::Pull
                ? gossip::theory::pullSusceptible(p0, rounds)
                : config.mode == gossip::Mode::Push ? gossip::theory::pushSusceptible(p0, config.nodes, rounds)
                                                    : gossip::theory::pushPullSusceptible(p0, config.nodes, rounds);
        for (int i = 0; i <= rounds; ++i) {
            QCOMPARE(points[i].x(), qreal(i));
            QCOMPARE(points[i].y(), expected[std::size_t(i)]);
        }
        // The prediction reaches its end on the chart: under half a node left healthy.
        QVERIFY(points.constLast().y() * config.nodes < 0.5);
    } else if (config.stopping == gossip::Stopping::Coin) {
        for (const QPointF &point : points)
            QCOMPARE(point.y(), gossip::theory::rumorResidue(config.k));
    } else {
        // Round by round, e^-m of the traffic up to that round.
        QCOMPARE(points.size(), qsizetype(m_controller->round()) + 1);
        std::uint64_t messages = 0;
        for (int r = 0; r <= m_controller->round(); ++r) {
            messages += m_controller->measures()[std::size_t(r)].messages();
            QCOMPARE(points[r].x(), qreal(r));
            QCOMPARE(points[r].y(), std::exp(-double(messages) / config.nodes));
        }
        // A step adds the next round's point.
        m_controller->stepForward();
        messages += m_controller->measures()[std::size_t(m_controller->round())].messages();
        QCOMPARE(lineSeries(m_chart->coverageChart(), QStringLiteral("theory"))->points().constLast().y(),
                 std::exp(-double(messages) / config.nodes));
    }

    m_chart->setTheoryVisible(false);
    QVERIFY(!lineSeries(m_chart->coverageChart(), QStringLiteral("theory")));
    QCOMPARE(m_chart->coverageChart()->series().size(), seriesBefore);
}

void TestChartWidget::theoryCheckBox()
{
    auto *box = m_chart->findChild<QCheckBox *>();
    QVERIFY(box);
    QVERIFY(box->isEnabled());
    QSignalSpy changed(m_chart.get(), &ChartWidget::theoryVisibleChanged);
    box->click();
    QVERIFY(m_chart->theoryVisible());
    QVERIFY(lineSeries(m_chart->coverageChart(), QStringLiteral("theory")));
    m_chart->setTheoryVisible(false);
    QVERIFY(!box->isChecked());
    QCOMPARE(changed.count(), 2);

    gossip::Config mail;
    mail.protocol = gossip::Protocol::DirectMail;
    mail.mode = gossip::Mode::Push;
    mail.nodes = 50;
    m_controller->load(gossip::Scenario::singleUpdate(mail));
    QVERIFY(!box->isEnabled());
}

void TestChartWidget::comparisonReplacesCoverage()
{
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
    QVERIFY(viewShown(m_chart->coverageChart()));
    QVERIFY(!viewShown(m_chart->comparisonChart()));

    const auto curve = [](const QString &label, QColor color, const QList<QPointF> &points, const QString &title) {
        ComparisonCurve made;
        made.label = label;
        made.color = color;
        made.points = points;
        made.yTitle = QStringLiteral("Kilobytes sent");
        made.chartTitle = title;
        return made;
    };
    const QList<ComparisonCurve> curves{
            curve(QStringLiteral("Whole database"), Qt::red, {{0, 0}, {1, 20}, {2, 45}}, QStringLiteral("What it costs")),
            curve(QStringLiteral("Checksum"), Qt::blue, {{0, 0}, {1, 2}, {2, 5}}, QString()),
    };
    m_chart->setComparison(curves);
    QVERIFY(m_chart->isComparing());
    QVERIFY(!viewShown(m_chart->coverageChart()));
    QVERIFY(viewShown(m_chart->comparisonChart()));
    const QList<QLineSeries *> shown = lineSeriesNamed(m_chart->comparisonChart(), QStringLiteral("comparison"));
    QCOMPARE(shown.size(), 2);
    // Each run is named, whole, in the legend below the chart, in its colour.
    auto *legend = m_chart->findChild<QLabel *>(QStringLiteral("comparisonLegend"));
    QVERIFY(legend);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(shown[i]->name(), curves[i].label);
        QCOMPARE(shown[i]->pen().color(), curves[i].color);
        QCOMPARE(shown[i]->points(), curves[i].points);
        QVERIFY(QString(legend->text()).remove(QChar(0x2060)).replace(QChar(QChar::Nbsp), u' ').contains(curves[i].label));
        QVERIFY(legend->text().contains(curves[i].color.name()));
    }
    auto *values = qobject_cast<QValueAxis *>(m_chart->comparisonChart()->axes(Qt::Vertical).constFirst());
    QCOMPARE(values->titleText(), QStringLiteral("Kilobytes sent"));
    QCOMPARE(m_chart->comparisonChart()->title(), QStringLiteral("What it costs"));
    // Room above the highest point, so the top of the line is not cut off by the frame.
    QVERIFY(values->max() > 45);
    // The theory belongs to the run, which the comparison hides.
    QVERIFY(m_chart->findChild<QCheckBox *>()->isHidden());

    // The run goes on behind the comparison; clearing shows it up to date.
    m_controller->stepForward();
    m_controller->stepForward();
    m_chart->setComparison({curves.constFirst()});
    QCOMPARE(lineSeriesNamed(m_chart->comparisonChart(), QStringLiteral("comparison")).size(), 1);
    m_chart->clearComparison();
    QVERIFY(!m_chart->isComparing());
    QVERIFY(viewShown(m_chart->coverageChart()));
    QVERIFY(!viewShown(m_chart->comparisonChart()));
    QVERIFY(m_chart->comparisonChart()->series().isEmpty());
    QVERIFY(!m_chart->findChild<QCheckBox *>()->isHidden());
    checkLinesMatchController();

    m_chart->setComparison(curves);
    m_chart->setComparison({});
    QVERIFY(!m_chart->isComparing());
}

void TestChartWidget::rendersToSvg()
{
    m_chart->setTheoryVisible(true);
    for (int i = 0; i < 8; ++i)
        m_controller->stepForward();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(m_chart->size());
    generator.setViewBox(m_chart->rect());
    // Fonts are in points; without the screen's resolution the SVG's text comes out smaller.
    generator.setResolution(m_chart->logicalDpiX());
    QPainter painter;
    QVERIFY(painter.begin(&generator));
    m_chart->render(&painter);
    painter.end();

    const QByteArray svg = buffer.data();
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.viewBox(), m_chart->rect());
    // Vector output, not one embedded bitmap: the titles are text.
    // (The y title in the words that fit the plot's height: "Fraction of nodes" or "Nodes".)
    QVERIFY(svg.contains("Fraction of nodes") || svg.contains("Nodes"));
    QVERIFY2(svg.contains("Messages per round"), svg.mid(svg.indexOf("Messages") - 200, 400).constData());
}

void TestChartWidget::grabIsNotBlank()
{
    m_chart->setTheoryVisible(true);
    for (int i = 0; i < 8; ++i)
        m_controller->stepForward();
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
    const QImage image = m_chart->grab().toImage().convertToFormat(QImage::Format_RGB32);
    QCOMPARE(image.size(), QSize(1280, 400));
    QVERIFY2(distinctColours(image) > 50, qPrintable(QString::number(distinctColours(image))));
    // The immune curve, the only thing in its colour, is drawn.
    bool immune = false;
    const QRgb blue = nodeStateColor(NodeState::Immune).rgb();
    for (int y = 0; y < image.height() && !immune; ++y) {
        for (int x = 0; x < image.width() && !immune; ++x)
            immune = image.pixel(x, y) == blue;
    }
    QVERIFY(immune);
}

void TestChartWidget::axesNeverHoldThousandsOfTicks()
{
    // A student goes from a small town to 10,000 people: the message axis jumps from a few
    // messages to 20,000 a round. QtCharts lays out the ticks at every change of range or
    // interval, so at no moment may the axis span thousands of old intervals (that froze
    // the window for minutes).
    int mostTicks = 0;
    QList<QValueAxis *> axes;
    for (QChart *chart : {m_chart->coverageChart(), m_chart->messageChart(), m_chart->comparisonChart()}) {
        for (QAbstractAxis *axis : chart->axes()) {
            if (auto *values = qobject_cast<QValueAxis *>(axis))
                axes << values;
        }
    }
    for (QValueAxis *axis : std::as_const(axes)) {
        const auto count = [axis, &mostTicks] {
            if (axis->tickType() == QValueAxis::TicksDynamic && axis->tickInterval() > 0)
                mostTicks = std::max(mostTicks, int((axis->max() - axis->min()) / axis->tickInterval()));
        };
        connect(axis, &QValueAxis::rangeChanged, this, count);
        connect(axis, &QValueAxis::tickIntervalChanged, this, count);
    }
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
    m_controller->stepForward();

    gossip::Config big;
    big.protocol = gossip::Protocol::AntiEntropy;
    big.mode = gossip::Mode::PushPull;
    big.nodes = 10'000;
    m_controller->load(gossip::Scenario::singleUpdate(big));
    m_controller->seek(12);
    // And back to a town, where the axis shrinks again.
    m_controller->load(gossip::Scenario::singleUpdate(rumorConfig()));
    m_controller->stepForward();
    QVERIFY2(mostTicks <= 100, qPrintable(QString::number(mostTicks)));
}

void TestChartWidget::beforeAnyWriteEveryoneIsHealthy()
{
    // The story's first chapters: the city before the bat, the virus arriving in round 2.
    gossip::Scenario scenario;
    scenario.config = rumorConfig();
    scenario.interventions.push_back({2, gossip::Intervention::Kind::Write, {0}, 0});
    m_controller->load(scenario);
    for (int i = 0; i < 4; ++i)
        m_controller->stepForward();
    const QList<QPointF> healthy = lineSeries(m_chart->coverageChart(), QStringLiteral("susceptible"))->points();
    QCOMPARE(healthy.size(), 5);
    QCOMPARE(healthy[0].y(), 1.0);
    QCOMPARE(healthy[1].y(), 1.0);
    // Interventions take effect at the end of their round: patient zero is the one.
    QCOMPARE(healthy[2].y(), 1.0 - 1.0 / rumorConfig().nodes);
    QVERIFY(healthy[4].y() < healthy[2].y());
    const QList<QPointF> contagious = lineSeries(m_chart->coverageChart(), QStringLiteral("infective"))->points();
    QCOMPARE(contagious[0].y(), 0.0);
}

QTEST_MAIN(TestChartWidget)
#include "tst_chartwidget.moc"
