// The lab: an experiment's summary is the command line's numbers; its band and histogram
// are its runs'; Cancel stops it; a broken experiment gets one line and status 2.
#include "app/gui/labwindow.h"
#include "app/gui/mainwindow.h"
#include "engine/theory.h"
#include "tests/common/program.h"
#include "views/content/experimentfile.h"
#include "views/lab/labcharts.h"
#include "views/lab/labcontroller.h"
#include "views/lab/labpanel.h"
#include "views/lab/labrunner.h"
#include "views/lab/labsummary.h"
#include "views/lesson/lessoncontroller.h"
#include "views/simulation/simulationcontroller.h"
#include "views/style/citystyle.h"

#include <QAction>
#include <QAreaSeries>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QGraphicsView>
#include <QSet>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QTimer>
#include <QFileInfo>
#include <QCategoryAxis>
#include <QAbstractBarSeries>
#include <QLocale>
#include <QApplication>
#include <QTest>
#include <QValueAxis>

namespace {

// A window whose lab holds one entry: rumor mongering by push among `nodes` people; the
// lab's window shown.
LabWindow *labWithARumor(MainWindow &window, std::uint32_t nodes)
{
    gossip::Config rumor;
    rumor.protocol = gossip::Protocol::Rumor;
    rumor.mode = gossip::Mode::Push;
    rumor.nodes = nodes;
    window.controller()->setPendingConfig(rumor);
    window.addToLab();
    LabWindow *lab = window.showLab();
    if (!QTest::qWaitForWindowExposed(lab))
        qWarning("the lab's window was not shown");
    return lab;
}


using Result = programtest::Run;

Result runProgram(const QString &program, const QStringList &arguments)
{
    return programtest::run(program, arguments);
}

const char *experimentJson = R"({"format": "gossiplab-experiment", "version": 1, "runs": 150, "seed": 7,
    "entries": [
        {"name": "feedback, counter", "config": {"protocol": "rumor", "mode": "push", "nodes": 500}},
        {"name": "pull", "config": {"protocol": "rumor", "mode": "pull", "nodes": 500, "loss": 0.1}}],
    "sweep": {"parameter": "k", "values": [1, 3]}})";

// The command-line options of entry `entry` at `value`, as a teacher would type them.
QStringList cliArguments(const ExperimentDocument &experiment, int entry, int value)
{
    const gossip::Config config = experiment.configAt(entry, value);
    return {QStringLiteral("simulate"),
            QStringLiteral("--protocol"), QStringLiteral("rumor"),
            QStringLiteral("--mode"), config.mode == gossip::Mode::Push ? QStringLiteral("push") : QStringLiteral("pull"),
            QStringLiteral("--nodes"), QString::number(config.nodes),
            QStringLiteral("--loss"), QString::number(config.loss),
            QStringLiteral("--k"), QString::number(config.k),
            QStringLiteral("--runs"), QString::number(experiment.runs),
            QStringLiteral("--seed"), QString::number(experiment.seed),
            QStringLiteral("--json")};
}

// Where `value` (round, coverage) is drawn in the view that shows `chart`, by its axes (with
// no series, as before a run, QChart::mapToPosition() cannot tell).
QPoint viewPointOf(QChart *chart, const QPointF &value)
{
    const auto *x = qobject_cast<QValueAxis *>(chart->axes(Qt::Horizontal).constFirst());
    const auto *y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).constFirst());
    const QRectF plot = chart->plotArea();
    const QPointF inChart(plot.left() + (value.x() - x->min()) / (x->max() - x->min()) * plot.width(),
                          plot.bottom() - (value.y() - y->min()) / (y->max() - y->min()) * plot.height());
    QGraphicsView *view = chart->scene()->views().constFirst();
    return view->mapFromScene(chart->mapToScene(inChart));
}

// An experiment of `entries` rumor entries that differ in k, run `runs` times.
LabResult rumorRaces(int entries, int runs)
{
    ExperimentDocument experiment;
    experiment.runs = runs;
    experiment.seed = 3;
    for (int entry = 0; entry < entries; ++entry) {
        gossip::Config config;
        config.protocol = gossip::Protocol::Rumor;
        config.nodes = 300;
        config.k = entry + 1;
        experiment.entries.append({QStringLiteral("k = %1").arg(entry + 1), config});
    }
    return LabRunner::run(experiment, 2);
}

} // namespace

class TestLab : public QObject
{
    Q_OBJECT

private slots:
    void summaryIsTheCommandLines();
    void bandAndHistogramAreTheRuns();
    void cancelStopsWithWhatWasDone();
    void brokenExperimentIsOneLine();
    void paperStandsBesideItsRows();
    void theoryOnRequest();
    void addingOrRemovingKeepsTheOthers();
    void predictThenReveal();
    void choosingAKindGuessesNothing();
    void quittingAsksOverAnUnsavedLab();
    void aReopenedExperimentSaysItHasNoResults();
    void numbersKeepTheirMeaning();
    void guessByClick();
    void sweepNamesLeaveTheSweptFieldOut();
    void sweepTheory();
    void manyEntriesDrawLines();
    void busiestLinkInTheTable();
    void cancelFromTheWindow();
    void chapterElevenIsAPreset();
};

void TestLab::summaryIsTheCommandLines()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("experiment.json"));
    QFile json(file);
    QVERIFY(json.open(QIODevice::WriteOnly));
    json.write(experimentJson);
    json.close();
    const QString out = dir.filePath(QStringLiteral("out"));
    const Result exported = runProgram(QStringLiteral(GOSSIPLAB), {QStringLiteral("--export-experiment"), file,
                                                                   QStringLiteral("--out"), out,
                                                                   QStringLiteral("--size"), QStringLiteral("1024x768")});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QCOMPARE(QImage(out + QStringLiteral("/lab.png")).size(), QSize(1024, 768));
    QVERIFY(QFileInfo(out + QStringLiteral("/lab.svg")).size() > 1000);

    QFile csv(out + QStringLiteral("/summary.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.at(0).startsWith(QLatin1String("name,value,runs,residue,traffic,t_ave,t_last,rounds")));
    // Every deviation the table shows is in the file, t_ave's too.
    QVERIFY2(lines.at(0).contains(QLatin1String(",residue_sd,traffic_sd,t_ave_sd,t_last_sd,")), qPrintable(lines.at(0)));
    QCOMPARE(lines.size(), 1 + 2 * 2);
    QString error;
    const auto experiment = ExperimentFile::parse(experimentJson, &error);
    QVERIFY2(experiment, qPrintable(error));
    int line = 1;
    for (int entry = 0; entry < 2; ++entry) {
        for (int value = 0; value < 2; ++value, ++line) {
            // A quoted name holds a comma: the numbers are the last fields.
            QStringList fields = lines.at(line).split(QLatin1Char(','));
            const QStringList numbers = fields.mid(fields.size() - 13); // every column after the name
            QCOMPARE(numbers.at(0), QString::number(experiment->sweep->values.at(value)));
            QCOMPARE(numbers.at(1), QStringLiteral("150"));
            const Result cli = runProgram(QStringLiteral(GOSSIPLAB_CLI), cliArguments(*experiment, entry, value));
            QVERIFY2(cli.exitCode == 0, cli.err.constData());
            const QJsonObject object = QJsonDocument::fromJson(cli.out).object();
            const char *names[] = {"residue", "traffic", "t_ave", "t_last", "rounds"};
            for (int i = 0; i < 5; ++i)
                QVERIFY2(numbers.at(2 + i).toDouble() == object.value(QLatin1String(names[i])).toDouble(),
                         qPrintable(QStringLiteral("%1: %2 against %3")
                                            .arg(QLatin1String(names[i]), numbers.at(2 + i))
                                            .arg(object.value(QLatin1String(names[i])).toDouble())));
        }
    }
}

void TestLab::bandAndHistogramAreTheRuns()
{
    ExperimentDocument experiment;
    experiment.runs = 60;
    experiment.seed = 3;
    gossip::Config rumor;
    rumor.protocol = gossip::Protocol::Rumor;
    rumor.mode = gossip::Mode::Push;
    rumor.nodes = 400;
    experiment.entries = {{QStringLiteral("push"), rumor}};
    const LabResult result = LabRunner::run(experiment, 2);
    QVERIFY(result.complete);
    const gossip::BatchResult &batch = result.at(0, 0);
    LabCharts charts;
    charts.resize(1200, 800);
    charts.setResult(result);
    // The band runs from the 90th percentile run's coverage to the 10th's, round by round.
    QAreaSeries *band = nullptr;
    for (QAbstractSeries *series : charts.firstChart()->series()) {
        if (auto *area = qobject_cast<QAreaSeries *>(series))
            band = area;
    }
    QVERIFY(band);
    QCOMPARE(band->upperSeries()->count(), qsizetype(batch.susceptibleFraction.size()));
    for (qsizetype round = 0; round < band->upperSeries()->count(); ++round) {
        QCOMPARE(band->upperSeries()->at(round).y(), 1.0 - batch.susceptibleP10[std::size_t(round)]);
        QCOMPARE(band->lowerSeries()->at(round).y(), 1.0 - batch.susceptibleP90[std::size_t(round)]);
    }
    // The histogram's bars count the runs by their finish round, and add up to the runs.
    auto *bars = qobject_cast<QBarSeries *>(charts.secondChart()->series().constFirst());
    QVERIFY(bars);
    QBarSet *set = bars->barSets().constFirst();
    double counted = 0;
    const int first = batch.finishHistogram.begin()->first;
    for (int i = 0; i < set->count(); ++i) {
        const auto found = batch.finishHistogram.find(first + i);
        QCOMPARE(set->at(i), found == batch.finishHistogram.end() ? 0.0 : double(found->second));
        counted += set->at(i);
    }
    QCOMPARE(counted, 60.0);
    // Rumor mongering leaves people behind: the residues' bins count every run too.
    auto *residues = qobject_cast<QBarSeries *>(charts.residueChart()->series().constFirst());
    QVERIFY(residues);
    double binned = 0;
    for (int i = 0; i < residues->barSets().constFirst()->count(); ++i)
        binned += residues->barSets().constFirst()->at(i);
    QCOMPARE(binned, 60.0);
    // The table: one row, with the mean residue.
    QCOMPARE(charts.table()->rowCount(), 1);
}

void TestLab::cancelStopsWithWhatWasDone()
{
    ExperimentDocument experiment;
    experiment.runs = 10'000;
    gossip::Config config;
    config.nodes = 2000;
    experiment.entries = {{QStringLiteral("a"), config}, {QStringLiteral("b"), config}};
    std::atomic<bool> cancel{false};
    qint64 heard = 0;
    const LabResult result = LabRunner::run(experiment, 2, &cancel, [&](qint64 done, qint64 total) {
        heard = done;
        QCOMPARE(total, qint64(20'000));
        if (done >= 25)
            cancel = true;
    });
    QVERIFY(!result.complete);
    const std::size_t done = result.at(0, 0).runs.size();
    QVERIFY(done >= 25 && done < 10'000);
    QVERIFY(result.at(1, 0).runs.empty());
    QVERIFY(heard >= 25);
    // The summary says how many runs each entry has, and leaves the missing one empty.
    const QStringList lines = QString::fromUtf8(labSummaryCsv(result)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.at(1).section(QLatin1Char(','), 2, 2), QString::number(done));
    QVERIFY(lines.at(2).startsWith(QLatin1String("b,,0,,")));
}

void TestLab::brokenExperimentIsOneLine()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("broken.json"));
    QFile json(file);
    QVERIFY(json.open(QIODevice::WriteOnly));
    json.write(R"({"format": "gossiplab-experiment", "version": 1, "entries": [{"name": "a", "config": {"k": 0}}]})");
    json.close();
    const Result result = runProgram(QStringLiteral(GOSSIPLAB), {QStringLiteral("--export-experiment"), file,
                                                                 QStringLiteral("--out"), dir.filePath(QStringLiteral("out"))});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY2(result.err.contains("entries[0].config.k"), result.err.constData());
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out/summary.csv"))));
    const Result lonely = runProgram(QStringLiteral(GOSSIPLAB), {QStringLiteral("--export-experiment"), file});
    QCOMPARE(lonely.exitCode, 2);
    QVERIFY(lonely.err.contains("--out"));
}

void TestLab::paperStandsBesideItsRows()
{
    // Table 1's row k = 2 gets the paper's figures beside the lab's; a run the paper did
    // not tabulate (loss) gets none.
    ExperimentDocument experiment;
    experiment.runs = 20;
    gossip::Config tableOne;
    tableOne.protocol = gossip::Protocol::Rumor;
    tableOne.mode = gossip::Mode::Push;
    tableOne.k = 2;
    gossip::Config lossy = tableOne;
    lossy.loss = 0.1;
    experiment.entries = {{QStringLiteral("table 1"), tableOne}, {QStringLiteral("lossy"), lossy}};
    LabCharts charts;
    charts.setResult(LabRunner::run(experiment, 2));
    QTableWidget *table = charts.table();
    const int paper = table->columnCount() - 1;
    QVERIFY(table->horizontalHeaderItem(paper)->text().startsWith(QLatin1String("Paper")));
    QCOMPARE(table->item(0, paper)->text(), QStringLiteral("Table 1: 0.037, 3.3, 12.1, 16.9"));
    QVERIFY(!table->item(1, paper) || table->item(1, paper)->text().isEmpty());
}

void TestLab::theoryOnRequest()
{
    // Anti-entropy pull's prediction p(i+1) = p(i)^2 beside the runs' mean, on request only.
    ExperimentDocument experiment;
    experiment.runs = 30;
    gossip::Config pull;
    pull.protocol = gossip::Protocol::AntiEntropy;
    pull.mode = gossip::Mode::Pull;
    pull.nodes = 1000;
    experiment.entries = {{QStringLiteral("pull"), pull}};
    LabCharts charts;
    charts.setResult(LabRunner::run(experiment, 2));
    const auto theory = [&charts]() -> QLineSeries * {
        for (QAbstractSeries *series : charts.firstChart()->series()) {
            if (series->name() == QLatin1String("pull, theory"))
                return qobject_cast<QLineSeries *>(series);
        }
        return nullptr;
    };
    QVERIFY(!theory());
    charts.setTheoryVisible(true);
    QVERIFY(theory());
    const std::vector<double> expected = gossip::theory::pullSusceptible(0.999, 4);
    for (int round = 0; round <= 4; ++round)
        QCOMPARE(theory()->at(round).y(), 1.0 - expected[std::size_t(round)]);
    charts.setTheoryVisible(false);
    QVERIFY(!theory());
}

void TestLab::addingOrRemovingKeepsTheOthers()
{
    // Ten thousand runs may have taken minutes: another entry in or out keeps what the
    // others found, and the guess.
    LabController lab;
    gossip::Config push;
    push.protocol = gossip::Protocol::Rumor;
    push.mode = gossip::Mode::Push;
    gossip::Config pull = push;
    pull.mode = gossip::Mode::Pull;
    QVERIFY(lab.addEntry(push, QStringLiteral("push")));
    QVERIFY(lab.addEntry(pull, QStringLiteral("pull")));
    lab.setRuns(40);
    lab.setGuess(LabController::Guess::HalfRound, 9.0);
    lab.run();
    QTRY_VERIFY_WITH_TIMEOUT(!lab.isRunning(), 20000);
    const std::vector<gossip::RunSummary> pullRuns = lab.result()->at(1, 0).runs;
    QCOMPARE(pullRuns.size(), std::size_t(40));
    gossip::Config aePull;
    aePull.protocol = gossip::Protocol::AntiEntropy;
    aePull.mode = gossip::Mode::Pull;
    QVERIFY(lab.addEntry(aePull, QStringLiteral("anti-entropy")));
    QVERIFY(lab.result());
    QVERIFY(!lab.result()->complete);
    QVERIFY(!lab.wasCancelled());
    QCOMPARE(lab.result()->at(1, 0).runs.size(), pullRuns.size());
    QVERIFY(lab.result()->at(2, 0).runs.empty());
    QVERIFY(lab.guess());
    const QColor pullColour = LabCharts::entryColor(lab.experiment(), 1);
    lab.removeEntry(0);
    // The others keep their colours though their places move.
    QCOMPARE(LabCharts::entryColor(lab.experiment(), 0), pullColour);
    QCOMPARE(lab.result()->experiment.entries.at(0).name, QStringLiteral("pull"));
    QCOMPARE(lab.result()->at(0, 0).runs.size(), pullRuns.size());
    QCOMPARE(lab.result()->at(0, 0).runs.front().residue, pullRuns.front().residue);
    QVERIFY(lab.result()->at(1, 0).runs.empty());
    QVERIFY(lab.guess());
}

void TestLab::predictThenReveal()
{
    // The class guesses the round by which half the city has it, sees its guess on the
    // chart, runs, and the reveal puts the runs' answer beside it with how far off it was.
    MainWindow window;
    LabWindow *lab = labWithARumor(window, 500);
    QCOMPARE(window.lab()->experiment().entries.size(), 1);
    auto *kind = lab->findChild<QComboBox *>(QStringLiteral("labGuessKind"));
    auto *value = lab->findChild<QDoubleSpinBox *>(QStringLiteral("labGuessValue"));
    kind->setCurrentIndex(1);
    emit kind->activated(1);
    value->setValue(8.0);
    emit value->editingFinished();
    QVERIFY(window.lab()->guess());
    QCOMPARE(window.lab()->guess()->second, 8.0);
    const auto named = [lab](const QString &name) -> QLineSeries * {
        for (QAbstractSeries *series : lab->charts()->firstChart()->series()) {
            if (series->name() == name)
                return qobject_cast<QLineSeries *>(series);
        }
        return nullptr;
    };
    QVERIFY(named(QStringLiteral("Your guess")));
    QCOMPARE(named(QStringLiteral("Your guess"))->at(0).x(), 8.0);
    QVERIFY(!named(QStringLiteral("The runs' answer")));
    QVERIFY(lab->state()->text().contains(QLatin1String("Run")));
    QVERIFY(lab->charts()->guessCaption()->isVisibleTo(lab));
    QCOMPARE(lab->charts()->guessCaption()->text(), QStringLiteral("Your guess: half the city by round 8"));

    QTest::mouseClick(lab->panel()->runButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window.lab()->isRunning(), 20000);
    const auto truth = window.lab()->truth();
    QVERIFY(truth);
    // Half of 500 people by the mean curve: where it crosses 0.5 susceptible.
    const std::vector<double> &mean = window.lab()->result()->at(0, 0).susceptibleFraction;
    const auto crossing = std::find_if(mean.begin(), mean.end(), [](double s) { return s <= 0.5; });
    QVERIFY(crossing != mean.end());
    const double round = double(crossing - mean.begin());
    QVERIFY(*truth > round - 1.0 && *truth <= round);
    QVERIFY(named(QStringLiteral("The runs' answer")));
    QCOMPARE(named(QStringLiteral("The runs' answer"))->at(0).x(), *truth);
    // In full above the lab's charts, and short on the chart's caption.
    const QString reveal = lab->state()->text();
    QVERIFY2(reveal.contains(QLatin1String("You guessed round 8.")), qPrintable(reveal));
    const QString caption = lab->charts()->guessCaption()->text();
    QVERIFY2(caption.startsWith(QStringLiteral("Your guess: round 8 · the runs: ")), qPrintable(caption));
    QVERIFY2(reveal.contains(QString::number(std::abs(*truth - 8.0), 'f', 1) + QLatin1String(" rounds off")),
             qPrintable(reveal));

    // Recoloured, the entry's mean line takes the chosen colour.
    auto *colour = lab->findChild<QComboBox *>(QStringLiteral("labColour"));
    const int yellow = colour->findData(int(ColourRole::Yellow));
    colour->setCurrentIndex(yellow);
    emit colour->activated(yellow);
    QCOMPARE(window.lab()->experiment().entries.at(0).colour, std::optional<ColourRole>(ColourRole::Yellow));
    QCOMPARE(named(window.lab()->experiment().entries.at(0).name)->pen().color(), CityStyle::color(ColourRole::Yellow));
}

void TestLab::choosingAKindGuessesNothing()
{
    // With results in the lab, choosing a kind of guess revealed at once "You guessed
    // round 0 … 9.7 rounds off": the kind alone is no guess, the value comes typed or clicked.
    MainWindow window;
    LabWindow *lab = labWithARumor(window, 300);
    window.lab()->run();
    QTRY_VERIFY_WITH_TIMEOUT(!window.lab()->isRunning(), 20000);
    QVERIFY(window.lab()->result());
    auto *kind = lab->findChild<QComboBox *>(QStringLiteral("labGuessKind"));
    auto *value = lab->findChild<QDoubleSpinBox *>(QStringLiteral("labGuessValue"));
    kind->setCurrentIndex(1);
    emit kind->activated(1);
    QVERIFY(!window.lab()->guess());
    QVERIFY(window.lab()->revealText().isEmpty());
    QVERIFY(!lab->charts()->guessCaption()->isVisibleTo(lab));
    QCOMPARE(window.lab()->guessKind(), LabController::Guess::HalfRound);
    QVERIFY(value->isEnabled());
    // Leaving the box without typing guesses nothing either.
    emit value->editingFinished();
    QVERIFY(!window.lab()->guess());
    value->setValue(9.0);
    emit value->editingFinished();
    QVERIFY(window.lab()->guess());
    QVERIFY(!window.lab()->revealText().isEmpty());
    // The other kind, chosen, takes the round guess back rather than turning it into a residue.
    kind->setCurrentIndex(2);
    emit kind->activated(2);
    QVERIFY(!window.lab()->guess());
    QCOMPARE(window.lab()->guessKind(), LabController::Guess::Residue);
}

void TestLab::quittingAsksOverAnUnsavedLab()
{
    // Ctrl+Q quit at once over an experiment put together in the lab.
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.lab()->isModified());
    window.addToLab();
    QVERIFY(window.lab()->isModified());
    bool asked = false;
    QTimer::singleShot(0, [&asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        asked = box && box->text().contains(QLatin1String("lab"));
        if (box)
            box->button(QMessageBox::Cancel)->click();
    });
    // Quit (Ctrl+Q), from the main window or the lab's.
    QAction *quit = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Quit) && action->text().contains(QLatin1String("Quit")))
            quit = action;
    }
    QVERIFY(quit);
    QCOMPARE(quit->shortcutContext(), Qt::ApplicationShortcut);
    quit->trigger();
    QVERIFY(asked);
    QVERIFY(window.isVisible());
    // Saved, it quits without asking.
    QTemporaryDir dir;
    QString error;
    QVERIFY2(ExperimentFile::write(dir.filePath(QStringLiteral("lab.json")), window.lab()->experiment(), &error), qPrintable(error));
    window.lab()->markSaved();
    QVERIFY(window.close());
}

void TestLab::aReopenedExperimentSaysItHasNoResults()
{
    // A saved experiment reopened without its results and said nothing: now the lab says
    // the file holds the experiment, and Run computes the same numbers again.
    MainWindow window;
    LabWindow *lab = labWithARumor(window, 300);
    window.lab()->run();
    QTRY_VERIFY_WITH_TIMEOUT(!window.lab()->isRunning(), 20000);
    const LabResult first = *window.lab()->result();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("saved.json"));
    QTimer::singleShot(0, [path] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->selectFile(path);
        QMetaObject::invokeMethod(dialog, "accept");
    });
    lab->askSave();
    QVERIFY(QFileInfo::exists(path));
    QVERIFY2(lab->state()->text().contains(QLatin1String("not in the file")), qPrintable(lab->state()->text()));
    QVERIFY(!window.lab()->isModified());
    // Opened again (as File > Open experiment does): no results, and it says so.
    // Replacing the results asks first.
    QTimer::singleShot(0, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
    lab->open(path);
    QVERIFY(!window.lab()->result());
    QVERIFY2(lab->state()->text().contains(QLatin1String("not its results")), qPrintable(lab->state()->text()));
    window.lab()->run();
    QTRY_VERIFY_WITH_TIMEOUT(!window.lab()->isRunning(), 20000);
    QCOMPARE(window.lab()->result()->at(0, 0).mean(&gossip::RunSummary::residue), first.at(0, 0).mean(&gossip::RunSummary::residue));
}

void TestLab::numbersKeepTheirMeaning()
{
    // "3 ± 0" hid a deviation of 0.062: the deviation has two significant digits and the
    // mean its decimals, and the table says what ± is.
    QCOMPARE(LabCharts::meanAndDeviation(3.0, 0.062), QLocale().toString(3.0, 'f', 3) + QStringLiteral(" ± ") + QLocale().toString(0.062, 'f', 3));
    QCOMPARE(LabCharts::meanAndDeviation(9.43, 1.41), QStringLiteral("9.4 ± 1.4"));
    QCOMPARE(LabCharts::meanAndDeviation(140.56, 12.3), QStringLiteral("141 ± 12"));
    QCOMPARE(LabCharts::meanAndDeviation(3.0, 0.0), QStringLiteral("3 ± 0"));
    // Residues of 3.7 % and 5.0 % fall in different bars; a single run's count axis counts
    // whole runs.
    ExperimentDocument experiment;
    experiment.runs = 40;
    experiment.seed = 5;
    gossip::Config rumor;
    rumor.protocol = gossip::Protocol::Rumor;
    rumor.mode = gossip::Mode::Push;
    rumor.k = 2;
    rumor.nodes = 1000;
    experiment.entries = {{QStringLiteral("k = 2"), rumor}};
    LabResult result = LabRunner::run(experiment, 2);
    LabCharts charts;
    charts.resize(1200, 700);
    charts.setResult(result);
    auto *bars = qobject_cast<QAbstractBarSeries *>(charts.residueChart()->series().constFirst());
    QVERIFY(bars);
    const auto *across = qobject_cast<QCategoryAxis *>(charts.residueChart()->axes(Qt::Horizontal).constFirst());
    QVERIFY(across);
    // The bins are no wider than the runs' residues are apart: their spread fills several bars.
    double least = 1.0, most = 0.0;
    for (const gossip::RunSummary &run : result.at(0, 0).runs) {
        least = std::min(least, run.residue);
        most = std::max(most, run.residue);
    }
    QVERIFY(most - least > 0.005);
    QVERIFY2(bars->barSets().constFirst()->count() >= 5, qPrintable(QString::number(bars->barSets().constFirst()->count())));
    experiment.runs = 1;
    result = LabRunner::run(experiment, 1);
    charts.setResult(result);
    const auto *runs = qobject_cast<QValueAxis *>(charts.secondChart()->axes(Qt::Vertical).constFirst());
    QVERIFY(runs);
    QCOMPARE(runs->tickInterval(), 1.0);
    QVERIFY(charts.findChild<QLabel *>(QStringLiteral("labTableNote"))->text().contains(QStringLiteral("±")));
}

void TestLab::guessByClick()
{
    // Before a run the class clicks the chart where it thinks the curve will cross: the
    // round of the click (to half a round), or the share above the click left out.
    LabCharts charts;
    LabResult empty = rumorRaces(1, 1);
    empty.batches = {gossip::BatchResult{}};
    charts.setResult(empty);
    charts.resize(1000, 700);
    charts.show();
    QVERIFY(QTest::qWaitForWindowExposed(&charts));
    QChart *spread = charts.firstChart();
    QGraphicsView *view = spread->scene()->views().constFirst();
    QSignalSpy clicked(&charts, &LabCharts::guessClicked);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, viewPointOf(spread, {7.0, 0.5}));
    QCOMPARE(clicked.size(), 0); // no guess is asked for yet
    charts.setGuessByClick(LabCharts::GuessKind::HalfRound);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, viewPointOf(spread, {7.1, 0.5}));
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.at(0).at(0).value<LabGuessKind>(), LabGuessKind::HalfRound);
    QCOMPARE(clicked.at(0).at(1).toDouble(), 7.0);
    charts.setGuessByClick(LabCharts::GuessKind::Residue);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, viewPointOf(spread, {5.0, 0.8}));
    QCOMPARE(clicked.size(), 2);
    QCOMPARE(clicked.at(1).at(1).toDouble(), 0.2);
    // Outside the plot (on the title) a click is no guess.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(view->width() / 2, 3));
    QCOMPARE(clicked.size(), 2);

    // In the window a click is the lab's guess, shown in the caption over the chart.
    MainWindow window;
    gossip::Config rumor;
    rumor.protocol = gossip::Protocol::Rumor;
    rumor.nodes = 300;
    window.controller()->setPendingConfig(rumor);
    window.addToLab();
    LabWindow *lab = window.showLab();
    QVERIFY(QTest::qWaitForWindowExposed(lab));
    QChart *windowSpread = lab->charts()->firstChart();
    QTest::mouseClick(windowSpread->scene()->views().constFirst()->viewport(), Qt::LeftButton, {},
                      viewPointOf(windowSpread, {9.0, 0.3}));
    QVERIFY(window.lab()->guess());
    QCOMPARE(window.lab()->guess()->first, LabController::Guess::HalfRound);
    QCOMPARE(window.lab()->guess()->second, 9.0);
    QVERIFY(lab->charts()->guessCaption()->text().contains(QLatin1String("round 9")));
    // The panel shows the clicked guess as if typed.
    QCOMPARE(lab->findChild<QComboBox *>(QStringLiteral("labGuessKind"))->currentIndex(), 1);
    QCOMPARE(lab->findChild<QDoubleSpinBox *>(QStringLiteral("labGuessValue"))->value(), 9.0);
    // A right-click takes it back.
    QTest::mouseClick(windowSpread->scene()->views().constFirst()->viewport(), Qt::RightButton, {},
                      viewPointOf(windowSpread, {9.0, 0.3}));
    QVERIFY(!window.lab()->guess());
    QVERIFY(!lab->charts()->guessCaption()->isVisibleTo(lab));
}

void TestLab::sweepNamesLeaveTheSweptFieldOut()
{
    // In a sweep of k an entry named "…, k = 1" would say the wrong thing at k = 2.
    LabController lab;
    gossip::Config rumor;
    rumor.protocol = gossip::Protocol::Rumor;
    QVERIFY(lab.addEntry(rumor));
    QVERIFY(lab.addEntry(rumor, QStringLiteral("mine, k = 1")));
    QVERIFY(lab.experiment().entries.at(0).name.contains(QLatin1String("k = 1")));
    QString error;
    QVERIFY(lab.setSweep(ExperimentSweep{QStringLiteral("k"), {1, 2, 3}}, &error));
    QVERIFY2(!lab.experiment().entries.at(0).name.contains(QLatin1String("k =")), qPrintable(lab.experiment().entries.at(0).name));
    QCOMPARE(lab.experiment().entries.at(1).name, QStringLiteral("mine, k = 1")); // a name given is kept
    rumor.nodes = 500;
    QVERIFY(lab.addEntry(rumor));
    QVERIFY(!lab.experiment().entries.at(2).name.contains(QLatin1String("k =")));
    QVERIFY(lab.experiment().entries.at(2).name.contains(QLatin1String("500")));
    // Without the sweep, k is named again.
    QVERIFY(lab.setSweep(std::nullopt, &error));
    QVERIFY(lab.experiment().entries.at(0).name.contains(QLatin1String("k = 1")));
}

void TestLab::sweepTheory()
{
    // Theory on a sweep of k draws s = e^-(k+1)(1-s) at each k for feedback and coin, and
    // anti-entropy's rounds to reach everyone on a sweep of people.
    ExperimentDocument experiment;
    experiment.runs = 20;
    experiment.seed = 1;
    gossip::Config rumor;
    rumor.protocol = gossip::Protocol::Rumor;
    rumor.interest = gossip::Interest::Feedback;
    rumor.stopping = gossip::Stopping::Coin;
    rumor.nodes = 300;
    experiment.entries = {{QStringLiteral("rumor"), rumor}};
    experiment.sweep = ExperimentSweep{QStringLiteral("k"), {1, 2, 4}};
    LabCharts charts;
    charts.setResult(LabRunner::run(experiment, 2));
    const auto theoryOf = [&charts](QChart *chart) -> QLineSeries * {
        for (QAbstractSeries *series : chart->series()) {
            if (series->name().endsWith(QLatin1String(", theory")))
                return qobject_cast<QLineSeries *>(series);
        }
        return nullptr;
    };
    QVERIFY(!theoryOf(charts.firstChart()));
    charts.setTheoryVisible(true);
    QLineSeries *residue = theoryOf(charts.firstChart());
    QVERIFY(residue);
    QCOMPARE(residue->count(), 3);
    QCOMPARE(residue->at(2), QPointF(4.0, gossip::theory::rumorResidue(4)));
    QVERIFY(!theoryOf(charts.secondChart())); // no law for rumor's finish round

    gossip::Config push;
    push.protocol = gossip::Protocol::AntiEntropy;
    push.mode = gossip::Mode::Push;
    experiment.entries = {{QStringLiteral("push"), push}};
    experiment.sweep = ExperimentSweep{QStringLiteral("nodes"), {100, 1000}};
    charts.setResult(LabRunner::run(experiment, 2));
    QLineSeries *rounds = theoryOf(charts.secondChart());
    QVERIFY(rounds);
    QCOMPARE(rounds->at(1), QPointF(1000.0, gossip::theory::pushRounds(1000)));
    // The runs agree with Pittel's law to within a few rounds.
    const double measured = charts.result().at(0, 1).mean(&gossip::RunSummary::tLast);
    QVERIFY2(std::abs(measured - gossip::theory::pushRounds(1000)) < 3.0, qPrintable(QString::number(measured)));
}

void TestLab::manyEntriesDrawLines()
{
    // Three entries are bars side by side; with six, bars would be hairs: a line each.
    LabCharts charts;
    const auto kinds = [&charts](QChart *chart) {
        int bars = 0;
        int lines = 0;
        for (QAbstractSeries *series : chart->series()) {
            bars += series->type() == QAbstractSeries::SeriesTypeBar;
            lines += series->type() == QAbstractSeries::SeriesTypeLine;
        }
        return std::pair{bars, lines};
    };
    charts.setResult(rumorRaces(3, 50));
    QCOMPARE(kinds(charts.secondChart()), std::pair(1, 0));
    QCOMPARE(kinds(charts.residueChart()), std::pair(1, 0));
    const LabResult six = rumorRaces(6, 50);
    charts.setResult(six);
    QCOMPARE(kinds(charts.secondChart()), std::pair(0, 6));
    QCOMPARE(kinds(charts.residueChart()), std::pair(0, 6));
    // Each line is its entry's histogram: its counts sum to the runs.
    for (QAbstractSeries *series : charts.secondChart()->series()) {
        auto *line = qobject_cast<QLineSeries *>(series);
        double total = 0.0;
        for (const QPointF &point : line->points())
            total += point.y();
        QCOMPARE(total, 50.0);
    }
    // Six entries, six colours; black, the ink of a guess's lines, is not among them.
    QSet<QRgb> colours;
    for (int entry = 0; entry < 6; ++entry) {
        colours.insert(LabCharts::entryColor(six.experiment, entry).rgb());
        QVERIFY(LabCharts::defaultRole(entry) != ColourRole::Black);
    }
    QCOMPARE(colours.size(), 6);
}

void TestLab::busiestLinkInTheTable()
{
    // Racing partners at random against partners nearby in two towns, the table says what
    // the bridge carries: the point of choosing nearby.
    ExperimentDocument experiment;
    experiment.runs = 20;
    experiment.seed = 12;
    gossip::Config random;
    random.nodes = 300;
    random.network = gossip::NetworkKind::TwoTowns;
    gossip::Config nearby = random;
    nearby.partnerChoice = gossip::PartnerChoice::Spatial;
    nearby.spatialExponent = 1.6;
    experiment.entries = {{QStringLiteral("random"), random}, {QStringLiteral("nearby"), nearby}};
    LabCharts charts;
    charts.setResult(LabRunner::run(experiment, 2));
    QTableWidget *table = charts.table();
    int column = -1;
    for (int c = 0; c < table->columnCount(); ++c) {
        if (table->horizontalHeaderItem(c)->text() == QLatin1String("Busiest link: talks a round"))
            column = c;
    }
    QVERIFY(column >= 0);
    const QString atRandom = table->item(0, column)->text();
    QVERIFY2(atRandom.endsWith(QLatin1String("(bridge)")), qPrintable(atRandom));
    const double randomLoad = atRandom.section(QLatin1Char(' '), 0, 0).toDouble();
    const double nearbyLoad = table->item(1, column)->text().section(QLatin1Char(' '), 0, 0).toDouble();
    QVERIFY2(randomLoad > 75.0 && nearbyLoad < randomLoad / 4.0,
             qPrintable(QStringLiteral("%1 and %2").arg(randomLoad).arg(nearbyLoad)));
    // Without a network, no such column.
    charts.setResult(rumorRaces(2, 10));
    for (int c = 0; c < charts.table()->columnCount(); ++c)
        QVERIFY(charts.table()->horizontalHeaderItem(c)->text() != QLatin1String("Busiest link: talks a round"));
}

void TestLab::cancelFromTheWindow()
{
    MainWindow window;
    gossip::Config big;
    big.nodes = 5000;
    window.controller()->setPendingConfig(big);
    window.addToLab();
    LabWindow *lab = window.showLab();
    auto *runs = lab->findChild<QSpinBox *>(QStringLiteral("labRuns"));
    runs->setValue(10'000);
    emit runs->editingFinished();
    QCOMPARE(window.lab()->experiment().runs, 10'000);
    QVERIFY(QTest::qWaitForWindowExposed(lab));
    auto *cancel = lab->findChild<QPushButton *>(QStringLiteral("labCancel"));
    const QRect cancelWas = cancel->geometry();
    QTest::mouseClick(lab->panel()->runButton(), Qt::LeftButton);
    QVERIFY(window.lab()->isRunning());
    QVERIFY(cancel->isEnabled());
    // The progress bar that appears does not move Cancel from under the pointer.
    QCoreApplication::processEvents();
    QVERIFY(lab->findChild<QWidget *>(QStringLiteral("labProgress"))->isVisible());
    QCOMPARE(cancel->geometry(), cancelWas);
    // Nothing else changes the lab while it computes.
    for (QPushButton *button : lab->findChildren<QPushButton *>()) {
        if (button->text().startsWith(QLatin1String("Open experiment")))
            QVERIFY(!button->isEnabled());
    }
    QTest::qWait(200); // the window answers meanwhile
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window.lab()->isRunning(), 3000);
    QVERIFY(window.lab()->result());
    QVERIFY(!window.lab()->result()->complete);
    QVERIFY(window.lab()->result()->at(0, 0).runs.size() < 10'000);
    QVERIFY(lab->panel()->runButton()->isEnabled());
    // It says it stopped, and how far it came.
    QVERIFY2(lab->state()->text().startsWith(QLatin1String("Stopped")), qPrintable(lab->state()->text()));
    QVERIFY(lab->state()->text().contains(QLocale().toString(qint64(window.lab()->result()->at(0, 0).runs.size()))));
}

void TestLab::chapterElevenIsAPreset()
{
    // Chapter 11 compares every mechanism once; the lab races them two hundred times each.
    MainWindow window;
    auto *race = window.findChild<QAction *>(QStringLiteral("raceChapter"));
    QVERIFY(race);
    window.lesson()->setChapterById(QStringLiteral("anti-entropy-push"));
    QVERIFY(!race->isEnabled());
    // The chapter of luck races its own run, as many times as it shows.
    window.lesson()->setChapterById(QStringLiteral("the-luck-of-the-draw"));
    QVERIFY(race->isEnabled());
    race->trigger();
    QCOMPARE(window.lab()->experiment().entries.size(), 1);
    QCOMPARE(window.lab()->experiment().runs, window.lesson()->chapter().labRuns);
    window.lesson()->setChapterById(QStringLiteral("all-together"));
    QVERIFY(race->isEnabled());
    race->trigger();
    const ExperimentDocument &experiment = window.lab()->experiment();
    const Chapter &chapter = window.lesson()->chapter();
    QCOMPARE(experiment.entries.size(), chapter.comparisons.size());
    QCOMPARE(experiment.runs, 200);
    for (int entry = 0; entry < experiment.entries.size(); ++entry) {
        QCOMPARE(experiment.entries.at(entry).name, chapter.comparisons.at(entry).label.text());
        QCOMPARE(experiment.entries.at(entry).config.protocol, chapter.comparisons.at(entry).scenario.config.protocol);
    }
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("exportLab"))->isEnabled());
    window.lab()->run();
    QTRY_VERIFY_WITH_TIMEOUT(!window.lab()->isRunning(), 30000);
    QVERIFY(window.lab()->result()->complete);
    // The export bundle carries the lab too: its pictures, its experiment and its table.
    QVERIFY(window.findChild<QAction *>(QStringLiteral("exportLab"))->isEnabled());
    // The lab's window as it is once the run's news has settled its layout.
    LabWindow *labWindow = window.showLab();
    QVERIFY(QTest::qWaitForWindowExposed(labWindow));
    QCoreApplication::processEvents();
    const QSize shown = labWindow->charts()->size();
    QTemporaryDir dir;
    QString error;
    QVERIFY2(window.exportBundle(dir.path(), &error), qPrintable(error));
    // At twice the size the lab's window shows its charts.
    QCOMPARE(QImage(dir.filePath(QStringLiteral("lab.png"))).size(), shown * 2);
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("lab.svg"))).size() > 1000);
    const auto reopened = ExperimentFile::read(dir.filePath(QStringLiteral("experiment.json")), &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(reopened->entries.size(), experiment.entries.size());
    QFile summary(dir.filePath(QStringLiteral("summary.csv")));
    QVERIFY(summary.open(QIODevice::ReadOnly));
    QCOMPARE(summary.readAll(), labSummaryCsv(*window.lab()->result()));
}

QTEST_MAIN(TestLab)
#include "tst_lab.moc"
