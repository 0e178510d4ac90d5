// The main window as a teacher and a student use it: stepping, shortcuts, lesson, interventions, export, layout.
#include "app/gui/mainwindow.h"
#include "app/gui/session.h"
#include "app/gui/shortcutsdialog.h"
#include "engine/history.h"
#include "engine/simulation.h"
#include "views/chart/chartwidget.h"
#include "views/city/cityview.h"
#include "views/controls/parameterpanel.h"
#include "views/controls/transportbar.h"
#include "views/content/lessonfile.h"
#include "views/lesson/lessoncontroller.h"
#include "views/lesson/lessonpanel.h"
#include "views/simulation/nodestate.h"
#include "views/simulation/simulationcontroller.h"
#include "views/stage/stage.h"

#include <QAbstractButton>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QStatusBar>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTableWidget>
#include <QElapsedTimer>
#include <QProgressDialog>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void stepAdvancesTheRoundCounter();
    void stepBackRestoresTheEarlierState();
    void keyboardShortcuts();
    void pageDownWalksTheLesson();
    void chapterFiveLeavesEWithEveryStrain();
    void interventionSurvivesStepBackAndForward();
    void exportWritesImagesAndData();
    void everyControlFitsAt1280x720();
    void savedScenarioReopensExactly();
    void farRoundIsComputedAsideAndCanBeCancelled();
    void reopenedPartitionLooksAsSaved();
    void everyControlHasATooltip();
    void welcomeHintIsShownOnce();
    void brokenScenarioIsRefusedAndWorkKept_data();
    void brokenScenarioIsRefusedAndWorkKept();
    void bundleHoldsEverythingToReproduce();
    void handoutHasAPagePerChapter();
    void handoutCanBeCancelled();
    void settingsAreRemembered();
    void beforeAnyWriteEveryoneIsHealthy();
    void changedParametersAreFreePlay();
    void speedBoxLeavesTheKeysToTheWindow();
    void exportedChartLeavesOutTheTheorySwitch();
    void fileDialogsStartInAFolderThatExists();
    void playThatCannotMoveSaysWhy();
    void playAndPauseKeepTheToolbarStill();
    void undoTakesBackTheLastIntervention();
    void quittingWithUnsavedInterventionsAsks();
    void helpMenuHasShortcutsAndAbout();
    void comparisonChaptersMarkTheRoundAndTheCity();
    void aChartOfWhatWasSentSoFarGrowsWithTheRound();
    void aNewUpdateByHandIsOutdatedNotHealthy();
    void yourOwnRunShowsWhatItKeepsFromTheChapter();
    void exportsSayWhereTheirFilesWent();
    void theChartExportedIsTheOneOnScreen();
    void aNetworkFileOpensAsTheCitysNetwork();
    void byzantineLooksUnlikeCutOff();
    void openedScenarioIsFreePlay();
    void openedLessonIsTaught();
    void brokenLessonKeepsTheCurrentOne();

private:
    MainWindow *m_window = nullptr;
    SimulationController *controller() const { return m_window->controller(); }
};

void TestMainWindow::initTestCase()
{
    // Settings go to a test location, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestMainWindow::init()
{
    m_window = new MainWindow;
    m_window->resize(1280, 720);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    // Chapter 3: a city of sixty with patient zero spreading, many rounds long.
    m_window->lesson()->setChapterById(QStringLiteral("the-seed-node"));
}

void TestMainWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestMainWindow::stepAdvancesTheRoundCounter()
{
    QCOMPARE(controller()->round(), 0);
    QLabel *counter = m_window->transport()->roundLabel();
    const QString before = counter->text();
    m_window->transport()->stepAction()->trigger();
    QCOMPARE(controller()->round(), 1);
    QVERIFY(counter->text() != before);
    QVERIFY(counter->text().contains(QLatin1String("1")));
    QCOMPARE(int(controller()->measures().size()), 2);
}

void TestMainWindow::stepBackRestoresTheEarlierState()
{
    for (int i = 0; i < 3; ++i)
        controller()->stepForward();
    const gossip::World atThree = controller()->world();
    const gossip::RoundMeasures measuresAtThree = controller()->measures().at(3);
    const gossip::RoundLog logAtThree = controller()->log();
    controller()->stepForward();
    controller()->stepForward();
    QVERIFY(!(controller()->world() == atThree));
    controller()->stepBack();
    controller()->stepBack();
    QCOMPARE(controller()->round(), 3);
    QVERIFY(controller()->world() == atThree);
    QVERIFY(controller()->measures().at(3) == measuresAtThree);
    QVERIFY(controller()->log() == logAtThree);
}

void TestMainWindow::keyboardShortcuts()
{
    QTest::keyClick(m_window, Qt::Key_Right);
    QTest::keyClick(m_window, Qt::Key_Right);
    QCOMPARE(controller()->round(), 2);
    QTest::keyClick(m_window, Qt::Key_Left);
    QCOMPARE(controller()->round(), 1);
    QTest::keyClick(m_window, Qt::Key_Space);
    QVERIFY(controller()->isPlaying());
    QTest::keyClick(m_window, Qt::Key_Space);
    QVERIFY(!controller()->isPlaying());
    QTest::keyClick(m_window, Qt::Key_R);
    QCOMPARE(controller()->round(), 0);
}

void TestMainWindow::pageDownWalksTheLesson()
{
    LessonController *lesson = m_window->lesson();
    const QString first = lesson->narration();
    QTest::keyClick(m_window, Qt::Key_PageDown);
    QCOMPARE(lesson->beatIndex(), 1);
    QCOMPARE(controller()->round(), lesson->chapter().beats.at(1).round);
    QVERIFY(lesson->narration() != first);
    QTest::keyClick(m_window, Qt::Key_PageUp);
    QCOMPARE(lesson->beatIndex(), 0);
    QCOMPARE(lesson->narration(), first);
    // Past the last beat, Page Down opens the next chapter.
    const int chapter = lesson->chapterIndex();
    for (int beat = 0; beat < lesson->chapter().beats.size(); ++beat)
        QTest::keyClick(m_window, Qt::Key_PageDown);
    QCOMPARE(lesson->chapterIndex(), chapter + 1);
}

void TestMainWindow::chapterFiveLeavesEWithEveryStrain()
{
    LessonController *lesson = m_window->lesson();
    lesson->setChapterById(QStringLiteral("anti-entropy-push"));
    QCOMPARE(controller()->keyNames(), (QStringList{"T", "R", "S", "Y"}));
    const gossip::NodeId e = 4;
    const gossip::NodeId a = 0;
    QCOMPARE(controller()->simulation().version(e, 1), gossip::noVersion); // E lacks R
    lesson->nextBeat();
    QCOMPARE(controller()->round(), 1);
    for (gossip::KeyId key = 0; key < 4; ++key)
        QVERIFY2(controller()->simulation().version(e, key) != gossip::noVersion, qPrintable(controller()->keyName(key)));
    // A pushed; it learned nothing.
    QCOMPARE(controller()->simulation().version(a, 2), gossip::noVersion);
    QCOMPARE(controller()->simulation().version(a, 3), gossip::noVersion);
}

void TestMainWindow::interventionSurvivesStepBackAndForward()
{
    controller()->stepForward();
    controller()->stepForward();
    controller()->crash(7);
    QCOMPARE(controller()->world().health[7], gossip::NodeHealth::Down);
    for (int i = 0; i < 3; ++i)
        controller()->stepForward();
    const gossip::World atFive = controller()->world();
    controller()->seek(1);
    QCOMPARE(controller()->world().health[7], gossip::NodeHealth::Up);
    controller()->seek(5);
    QCOMPARE(controller()->world().health[7], gossip::NodeHealth::Down);
    QVERIFY(controller()->world() == atFive);
}

void TestMainWindow::exportWritesImagesAndData()
{
    for (int i = 0; i < 4; ++i)
        controller()->stepForward();
    QTemporaryDir dir;
    QString error;
    const QString png = dir.filePath("window.png");
    QVERIFY2(m_window->exportImage(m_window, png, 2.0, &error), qPrintable(error));
    QImage image(png);
    QCOMPARE(image.size(), m_window->size() * 2);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, "the exported window looks blank");

    const QString svg = dir.filePath("city.svg");
    QVERIFY2(m_window->exportImage(m_window->city(), svg, 1.0, &error), qPrintable(error));
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());

    const QString csv = dir.filePath("rounds.csv");
    QVERIFY2(m_window->session()->exportData(csv, &error), qPrintable(error));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + 5); // header and rounds 0..4
    QVERIFY(lines.first().startsWith("run,round,susceptible"));

    QVERIFY(!m_window->exportImage(m_window, dir.filePath("window.bmp"), 1.0, &error));
    QVERIFY(!error.isEmpty());
}

void TestMainWindow::everyControlFitsAt1280x720()
{
    m_window->resize(1280, 720);
    QTest::qWait(50);
    QList<QWidget *> controls;
    for (QWidget *widget : m_window->findChildren<QWidget *>()) {
        // Widgets in a dock tab that is not the current one are not shown.
        if (!widget->isVisible() || widget->visibleRegion().isEmpty())
            continue;
        if (qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget)
            || qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QAbstractSlider *>(widget))
            controls << widget;
    }
    QVERIFY(controls.size() > 10);
    const QRect window(m_window->mapToGlobal(QPoint(0, 0)), m_window->size());
    for (QWidget *control : controls) {
        // Scroll bars and buttons inside scroll areas may be scrolled; what is shown must fit.
        const QRect rect(control->mapToGlobal(QPoint(0, 0)), control->size());
        QVERIFY2(rect.width() > 4 && rect.height() > 4, qPrintable(control->metaObject()->className()));
        QVERIFY2(window.contains(rect), qPrintable(QStringLiteral("%1 %2 at %3,%4 %5x%6 sticks out of %7x%8")
                                                          .arg(control->metaObject()->className(), control->objectName())
                                                          .arg(rect.x()).arg(rect.y()).arg(rect.width()).arg(rect.height())
                                                          .arg(window.width()).arg(window.height())));
    }
    for (int i = 0; i < controls.size(); ++i) {
        for (int j = i + 1; j < controls.size(); ++j) {
            QWidget *a = controls.at(i);
            QWidget *b = controls.at(j);
            if (a->isAncestorOf(b) || b->isAncestorOf(a))
                continue;
            const QRect ra(a->mapToGlobal(QPoint(0, 0)), a->size());
            const QRect rb(b->mapToGlobal(QPoint(0, 0)), b->size());
            QVERIFY2(!ra.intersects(rb), qPrintable(QStringLiteral("%1 overlaps %2")
                                                            .arg(a->metaObject()->className(), b->metaObject()->className())));
        }
    }
}

void TestMainWindow::savedScenarioReopensExactly()
{
    controller()->stepForward();
    controller()->crash(9);
    controller()->stepForward();
    controller()->writeUpdate(20);
    controller()->stepForward();
    const gossip::World saved = controller()->world();
    QTemporaryDir dir;
    const QString path = dir.filePath("saved.json");
    QString error;
    QVERIFY2(m_window->session()->saveScenario(path, &error), qPrintable(error));

    m_window->lesson()->setChapterById(QStringLiteral("rumor-spreading")); // something else entirely
    QVERIFY2(m_window->session()->openScenario(path, &error), qPrintable(error));
    QCOMPARE(controller()->round(), 3);
    QVERIFY(controller()->world() == saved);
    // The interventions are part of the reopened scenario: going back and forth keeps them.
    controller()->seek(0);
    controller()->seek(3);
    QVERIFY(controller()->world() == saved);

    // A far round of a run that never settles (a partition keeps part of the city out) is
    // reached again in steps, and exactly.
    gossip::Config config;
    config.protocol = gossip::Protocol::AntiEntropy;
    config.mode = gossip::Mode::PushPull;
    config.nodes = 2000;
    controller()->load(gossip::Scenario::singleUpdate(config));
    controller()->partition({0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
    controller()->seek(120);
    QCOMPARE(controller()->round(), 120);
    const gossip::World far = controller()->world();
    QVERIFY2(m_window->session()->saveScenario(path, &error), qPrintable(error));
    m_window->lesson()->setChapterById(QStringLiteral("the-seed-node"));
    QVERIFY2(m_window->session()->openScenario(path, &error), qPrintable(error));
    QTRY_VERIFY(!controller()->isComputing());
    QCOMPARE(controller()->round(), 120);
    QVERIFY(controller()->world() == far);
}

void TestMainWindow::welcomeHintIsShownOnce()
{
    QSettings().remove(QStringLiteral("hints"));
    {
        MainWindow first;
        first.restoreSettings();
        first.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        auto *hint = first.findChild<QLabel *>(QStringLiteral("welcomeHint"));
        QVERIFY(hint && hint->isVisible());
        QVERIFY(hint->text().contains(QLatin1String("Next")));
        QTest::mouseClick(first.findChild<QPushButton *>(QStringLiteral("welcomeDismiss")), Qt::LeftButton);
        QVERIFY(!hint->isVisible());
    }
    MainWindow second;
    second.restoreSettings();
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    const auto *again = second.findChild<QLabel *>(QStringLiteral("welcomeHint"));
    QVERIFY(!again || !again->isVisible());
}

void TestMainWindow::everyControlHasATooltip()
{
    // Whatever a student can click or type into says what it does when the mouse rests on it.
    QStringList silent;
    const auto visit = [&silent](QWidget *root) {
        for (QWidget *widget : root->findChildren<QWidget *>()) {
            const bool control = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
                    || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSlider *>(widget);
            // Scroll bars and Qt's own dock title buttons speak for themselves.
            if (!control || !widget->isVisibleTo(root) || qobject_cast<QScrollBar *>(widget)
                || widget->objectName().startsWith(QLatin1String("qt_")))
                continue;
            if (widget->toolTip().isEmpty())
                silent << QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(widget->metaObject()->className()),
                                                           widget->objectName());
        }
    };
    visit(m_window);
    QVERIFY2(silent.isEmpty(), qPrintable(silent.join(QStringLiteral(", "))));
}

void TestMainWindow::reopenedPartitionLooksAsSaved()
{
    // A city cut in two by hand, saved and reopened, is the same picture pixel for pixel:
    // the dashed wall and the shaded half, not grey patches round each cut-off person.
    gossip::Config config;
    config.protocol = gossip::Protocol::AntiEntropy;
    config.mode = gossip::Mode::PushPull;
    config.nodes = 300;
    config.seed = 4;
    controller()->load(gossip::Scenario::singleUpdate(config));
    CityView *city = m_window->findChild<CityView *>();
    const QRectF area = city->cityLayout().nodeArea;
    QVERIFY(city->cutAlong(QLineF(area.left() + 0.3 * area.width(), area.top() - 5,
                                  area.left() + 0.45 * area.width(), area.bottom() + 5)));
    for (int round = 0; round < 3; ++round)
        controller()->stepForward();
    QTRY_VERIFY(!city->isAnimating());
    const QImage saved = city->grab().toImage();
    QTemporaryDir dir;
    const QString path = dir.filePath("cut.json");
    QString error;
    QVERIFY2(m_window->session()->saveScenario(path, &error), qPrintable(error));

    m_window->lesson()->setChapterById(QStringLiteral("anti-entropy-push"));
    QVERIFY2(m_window->session()->openScenario(path, &error), qPrintable(error));
    QTRY_VERIFY(!controller()->isComputing());
    QTRY_VERIFY(!city->isAnimating());
    const QImage reopened = city->grab().toImage();
    QCOMPARE(reopened.size(), saved.size());
    QVERIFY(reopened == saved);
}

void TestMainWindow::farRoundIsComputedAsideAndCanBeCancelled()
{
    // The issue's file: 10,000 people, every message lost, saved at round 1,000,000. The
    // window must keep answering, show progress with Cancel, and stop when told.
    QTemporaryDir dir;
    const QString path = dir.filePath("far.json");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "gossiplab-scenario", "version": 1, "round": 1000000,
                   "config": {"protocol": "anti-entropy", "mode": "push-pull", "nodes": 10000, "loss": 1,
                              "maxRounds": 1000000},
                   "interventions": [{"round": 0, "kind": "write", "nodes": [0], "key": 0}]})");
    file.close();
    QString error;
    QElapsedTimer opening;
    opening.start();
    QVERIFY2(m_window->session()->openScenario(path, &error), qPrintable(error));
    QVERIFY2(opening.elapsed() < 500, "opening waited for the computation");
    QVERIFY(controller()->isComputing());
    QProgressDialog *progress = nullptr;
    QTRY_VERIFY((progress = m_window->findChild<QProgressDialog *>(QStringLiteral("computingProgress")))
                && progress->isVisible());
    QTRY_VERIFY(progress->value() > 0); // it reports how far it has come
    // Meanwhile the window answers and refuses to move.
    const int shown = controller()->round();
    controller()->stepForward();
    QCOMPARE(controller()->round(), shown);
    QTest::mouseClick(progress->findChild<QPushButton *>(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!controller()->isComputing(), 2000);
    QVERIFY(controller()->round() > 0);
    QVERIFY(controller()->round() < 1'000'000);
    // The window shows the round reached, and Step goes on from it.
    const int reached = controller()->round();
    QCoreApplication::processEvents();
    QVERIFY2(m_window->transport()->roundLabel()
                     ->text()
                     .contains(QLocale().toString(reached)),
             qPrintable(m_window->transport()->roundLabel()->text()));
    controller()->stepForward();
    QCOMPARE(controller()->round(), reached + 1);
    QTRY_VERIFY(!m_window->findChild<QProgressDialog *>(QStringLiteral("computingProgress")));
}

void TestMainWindow::brokenScenarioIsRefusedAndWorkKept_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("named");
    const QByteArray head = "{\"format\": \"gossiplab-scenario\", \"version\": 1, ";
    QTest::newRow("not JSON") << QByteArray("{ nodes: 5") << "JSON";
    QTest::newRow("wrong type") << head + "\"config\": {\"k\": \"two\"}}" << "config.k";
    QTest::newRow("unknown key") << head + "\"config\": {\"speed\": 3}}" << "speed";
    QTest::newRow("out of range") << head + "\"config\": {\"loss\": -1}}" << "config.loss";
    QTest::newRow("a billion nodes") << head + "\"config\": {\"nodes\": 1000000000}}" << "config.nodes";
    QTest::newRow("too many for the app") << head + "\"config\": {\"nodes\": 50000}}" << QLocale().toString(50000);
    QTest::newRow("huge file") << QByteArray(17 * 1024 * 1024, ' ') << "too large";
}

void TestMainWindow::brokenScenarioIsRefusedAndWorkKept()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, named);
    controller()->stepForward();
    controller()->crash(3);
    const gossip::World before = controller()->world();
    QTemporaryDir dir;
    const QString path = dir.filePath("broken.json");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    QString error;
    QVERIFY(!m_window->session()->openScenario(path, &error));
    QVERIFY2(error.contains(named), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
    QVERIFY(controller()->world() == before);
    QCOMPARE(controller()->round(), 1);
}

void TestMainWindow::bundleHoldsEverythingToReproduce()
{
    controller()->stepForward();
    controller()->stepForward();
    QTemporaryDir dir;
    const QString folder = dir.filePath("bundle");
    QString error;
    QVERIFY2(m_window->exportBundle(folder, &error), qPrintable(error));
    const QDir bundle(folder);
    QCOMPARE(QImage(bundle.filePath("window.png")).size(), m_window->size() * 2);
    QVERIFY(QSvgRenderer(bundle.filePath("city.svg")).isValid());
    QVERIFY(QSvgRenderer(bundle.filePath("chart.svg")).isValid());
    QFile csv(bundle.filePath("rounds.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().trimmed().split('\n').size(), 1 + 3);
    const gossip::World shown = controller()->world();
    m_window->lesson()->setChapterById(QStringLiteral("meet-xiao-b"));
    QVERIFY2(m_window->session()->openScenario(bundle.filePath("scenario.json"), &error), qPrintable(error));
    QVERIFY(controller()->world() == shown);
}

void TestMainWindow::handoutHasAPagePerChapter()
{
    // The work on screen: chapter 3, three rounds in, a node crashed by hand.
    for (int i = 0; i < 3; ++i)
        controller()->stepForward();
    controller()->crash(7);
    const gossip::World before = controller()->world();
    const int chapter = m_window->lesson()->chapterIndex();
    const int beat = m_window->lesson()->beatIndex();

    QTemporaryDir dir;
    const QString path = dir.filePath("handout.pdf");
    QString error;
    QVERIFY2(m_window->exportHandout(path, &error), qPrintable(error));
    // Walking the lesson for the handout leaves that work as it was.
    QCOMPARE(m_window->lesson()->chapterIndex(), chapter);
    QCOMPARE(m_window->lesson()->beatIndex(), beat);
    QCOMPARE(controller()->round(), gossip::Round(3));
    QVERIFY(controller()->world() == before);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF"));
    // Count the page objects, not the page tree ("/Type /Pages").
    const auto pages = QRegularExpression(QStringLiteral("/Type\\s*/Page(?!s)")).globalMatch(QString::fromLatin1(pdf));
    int count = 0;
    for (auto it = pages; it.hasNext(); it.next())
        ++count;
    QCOMPARE(count, m_window->lesson()->chapterCount());
}

void TestMainWindow::handoutCanBeCancelled()
{
    // The handout takes a few seconds: its progress shows its whole title, and Cancel
    // stops it with no file and no error to report.
    QTemporaryDir dir;
    const QString path = dir.filePath("handout.pdf");
    QString error = QStringLiteral("untouched");
    int titleRoom = 0;
    int dialogWidth = 0;
    QTimer cancel;
    cancel.setInterval(20);
    connect(&cancel, &QTimer::timeout, this, [&] {
        auto *progress = m_window->findChild<QProgressDialog *>(QStringLiteral("handoutProgress"));
        if (!progress || progress->value() < 1)
            return;
        titleRoom = QFontMetrics(progress->font()).horizontalAdvance(progress->windowTitle());
        dialogWidth = progress->width();
        progress->cancel();
        cancel.stop();
    });
    cancel.start();
    QVERIFY(!m_window->exportHandout(path, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(titleRoom > 0);
    QVERIFY(dialogWidth > titleRoom + 100); // the title bar's buttons need room too
}

void TestMainWindow::settingsAreRemembered()
{
    m_window->lesson()->setChapterById(QStringLiteral("anti-entropy-push-pull"));
    controller()->setSpeed(4.0);
    auto *stage = qobject_cast<QSplitter *>(m_window->centralWidget());
    QVERIFY(stage);
    stage->setSizes({400, 580});
    const QList<int> sizes = stage->sizes();
    m_window->saveSettings();
    MainWindow another;
    another.resize(m_window->size());
    another.restoreSettings();
    QCOMPARE(another.lesson()->chapter().id, QStringLiteral("anti-entropy-push-pull"));
    QCOMPARE(another.controller()->speed(), 4.0);
    another.show();
    QVERIFY(QTest::qWaitForWindowExposed(&another));
    QCOMPARE(qobject_cast<QSplitter *>(another.centralWidget())->sizes(), sizes);
}

void TestMainWindow::beforeAnyWriteEveryoneIsHealthy()
{
    // Chapter 1: the city before the virus arrives.
    m_window->lesson()->setChapterById(QStringLiteral("meet-xiao-b"));
    for (gossip::NodeId node = 0; node < controller()->world().nodes; ++node)
        QCOMPARE(nodeState(controller()->simulation(), node), NodeState::Healthy);
    // Chapter 2, after the accident: A is contagious, everyone else still healthy.
    m_window->lesson()->setChapterById(QStringLiteral("the-accident"));
    m_window->lesson()->nextBeat();
    QCOMPARE(nodeState(controller()->simulation(), 0), NodeState::Contagious);
    QCOMPARE(nodeState(controller()->simulation(), 1), NodeState::Healthy);
}

void TestMainWindow::comparisonChaptersMarkTheRoundAndTheCity()
{
    for (const char *id : {"the-price-of-anti-entropy", "all-together"}) {
        QVERIFY(m_window->lesson()->setChapterById(QLatin1String(id)));
        QChart *chart = m_window->chart()->comparisonChart();
        // The round the city shows stands on the chart as an upright line, and follows it.
        for (int round : {0, 3, 5}) {
            controller()->seek(round);
            QLineSeries *marker = nullptr;
            for (QAbstractSeries *series : chart->series()) {
                if (series->objectName() == QLatin1String("currentRound"))
                    marker = qobject_cast<QLineSeries *>(series);
            }
            QVERIFY2(marker, id);
            QCOMPARE(marker->count(), 2);
            QCOMPARE(marker->at(0).x(), qreal(round));
            QCOMPARE(marker->at(1).x(), qreal(round));
        }
        // The curve of the run the city shows says so.
        int inTheCity = 0;
        for (QAbstractSeries *series : chart->series())
            inTheCity += series->name().contains(QStringLiteral("in the city"));
        QCOMPARE(inTheCity, 1);
    }
    // Chapter 11's city runs anti-entropy push-pull, and the chart names it.
    bool named = false;
    for (QAbstractSeries *series : m_window->chart()->comparisonChart()->series())
        named = named || (series->name().contains(QStringLiteral("push-pull")) && series->name().contains(QStringLiteral("in the city")));
    QVERIFY(named);
}

void TestMainWindow::aChartOfWhatWasSentSoFarGrowsWithTheRound()
{
    // "The price of anti-entropy" says its chart shows the megabytes sent so far: at round 0
    // it shows round 0 only, then one round more each step, and its legend gives each
    // total at the round shown. "All together" counts the messages a person sent so far on
    // a second chart, in the message chart's place, which grows the same way.
    for (const auto &[id, second] : {std::pair{"the-price-of-anti-entropy", false}, std::pair{"all-together", true}}) {
        QVERIFY(m_window->lesson()->setChapterById(QLatin1String(id)));
        QChart *chart = second ? m_window->chart()->secondComparisonChart() : m_window->chart()->comparisonChart();
        QVERIFY2(chart->isVisible() || !m_window->isVisible(), id);
        auto *legend = m_window->chart()->findChildren<QLabel *>(QStringLiteral("comparisonLegend")).at(second ? 1 : 0);
        for (int round : {0, 3, 6}) {
            controller()->seek(round);
            int lines = 0;
            for (QAbstractSeries *series : chart->series()) {
                auto *line = qobject_cast<QLineSeries *>(series);
                if (!line || series->objectName() != QLatin1String("comparison"))
                    continue;
                ++lines;
                QCOMPARE(line->count(), round + 1);
                QCOMPARE(line->points().constLast().x(), qreal(round));
            }
            QVERIFY2(lines >= 3, id);
            const QString shown = QString(legend->text()).remove(QChar(0x2060)).replace(QChar(QChar::Nbsp), u' ');
            QVERIFY2(shown.contains(QLatin1String("so far")), qPrintable(shown));
        }
        // What the first run (whole database, or direct mail) has sent by round 6, as its legend says.
        const gossip::Scenario &first = m_window->lesson()->chapter().comparisons.at(second ? 6 : 0).scenario;
        gossip::Simulation simulation(first);
        while (simulation.round() < 6 && !simulation.finished())
            simulation.step();
        const double value = second ? double(simulation.world().messages) / simulation.world().nodes
                                    : double(simulation.world().bytes) / (1024.0 * 1024.0);
        const QString shown = QString(legend->text()).remove(QChar(0x2060)).replace(QChar(QChar::Nbsp), u' ');
        QVERIFY2(shown.contains(QLocale().toString(value, 'g', 3)), qPrintable(shown));
    }
}

void TestMainWindow::aNewUpdateByHandIsOutdatedNotHealthy()
{
    // "When nodes fail", round 3: a new update written by hand makes everyone who held the
    // first one outdated. The chart's healthy line does not jump (it did, 0.42 to 0.92): the
    // outdated have a line of their own, as the city hatches them; and the lesson panel
    // says the narration tells the chapter's run without the change.
    QVERIFY(m_window->lesson()->setChapterById(QStringLiteral("when-nodes-fail")));
    controller()->seek(3);
    QChart *coverage = m_window->chart()->coverageChart();
    const auto line = [coverage](const QString &name) -> QLineSeries * {
        for (QAbstractSeries *series : coverage->series()) {
            if (series->objectName() == name)
                return qobject_cast<QLineSeries *>(series);
        }
        return nullptr;
    };
    const qreal healthyBefore = line(QStringLiteral("susceptible"))->points().constLast().y();
    const auto *note = m_window->lessonPanel()->findChild<QLabel *>(QStringLiteral("handChangesNote"));
    QVERIFY(note);
    QVERIFY(note->isHidden());
    controller()->writeUpdate(2);
    const gossip::RoundMeasures &now = controller()->measures()[3];
    QCOMPARE(line(QStringLiteral("susceptible"))->points().constLast().y(), double(now.count(gossip::SlotState::Healthy)) / 12.0);
    QVERIFY(line(QStringLiteral("susceptible"))->points().constLast().y() <= healthyBefore);
    QVERIFY(line(QStringLiteral("outdated")));
    QCOMPARE(line(QStringLiteral("outdated"))->points().constLast().y(), double(now.count(gossip::SlotState::Outdated)) / 12.0);
    QVERIFY(now.count(gossip::SlotState::Outdated) >= 5);
    // H is down, and counted so: neither healthy nor contagious.
    QCOMPARE(line(QStringLiteral("down"))->points().constLast().y(), 1.0 / 12.0);
    QVERIFY(!note->isHidden());
    QVERIFY2(note->text().contains(QLatin1String("own in this run: 1.")), qPrintable(note->text()));
    m_window->lesson()->resetChapter();
    QVERIFY(note->isHidden());
}

void TestMainWindow::yourOwnRunShowsWhatItKeepsFromTheChapter()
{
    // From chapter 1 (a round limit of 1): anti-entropy push-pull, 5,000 people and 20 %
    // loss, applied. It used to stop at "Round 1 (end)" with Play saying nothing was left
    // to spread. The panel shows the round limit, the lesson says it is kept from the
    // chapter, Play names it; raised in the panel, the run goes on.
    QVERIFY(m_window->lesson()->setChapterById(QStringLiteral("meet-xiao-b")));
    gossip::Config config = controller()->pendingConfig();
    config.protocol = gossip::Protocol::AntiEntropy;
    config.mode = gossip::Mode::PushPull;
    config.nodes = 5000;
    config.loss = 0.2;
    controller()->setPendingConfig(config);
    controller()->reset();
    QVERIFY(m_window->lesson()->isFreePlay());
    auto *limit = qobject_cast<QSpinBox *>(m_window->parameters()->editor("maxRounds"));
    QVERIFY(limit);
    QCOMPARE(limit->value(), 1);
    QVERIFY(limit->isEnabled());
    QVERIFY2(m_window->lesson()->watch().contains(QLatin1String("Round limit 1")), qPrintable(m_window->lesson()->watch()));
    controller()->stepForward();
    QVERIFY(!controller()->canStepForward());
    auto *round = m_window->transport()->findChild<QLabel *>(QStringLiteral("round"));
    QVERIFY(round);
    QVERIFY2(round->text().contains(QLatin1String("round limit")), qPrintable(round->text()));
    m_window->transport()->playAction()->trigger();
    QVERIFY2(m_window->transport()->lastNotice().contains(QLatin1String("round limit")), qPrintable(m_window->transport()->lastNotice()));
    QVERIFY(!m_window->transport()->lastNotice().contains(QLatin1String("nothing is left")));
    limit->setValue(1000);
    controller()->reset();
    QVERIFY(!m_window->lesson()->watch().contains(QLatin1String("Round limit")));
    for (int i = 0; i < 5; ++i)
        controller()->stepForward();
    QCOMPARE(controller()->round(), 5);
    // The first screen of the lesson has not started: no "(end)".
    QVERIFY(m_window->lesson()->setChapterById(QStringLiteral("meet-xiao-b")));
    QCOMPARE(round->text(), QStringLiteral("Round 0"));
}

void TestMainWindow::exportsSayWhereTheirFilesWent()
{
    // The bundle asks for a folder by name, so a new one can be made; once written, the
    // foot of the window says where, with a button to open the folder.
    m_window->show();
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("made-for-the-bundle"));
    QVERIFY(!QFileInfo::exists(folder));
    QTimer::singleShot(0, [folder] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->selectFile(folder);
        QMetaObject::invokeMethod(dialog, "accept");
    });
    QAction *bundle = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->text().contains(QLatin1String("bundle")))
            bundle = action;
    }
    QVERIFY(bundle);
    auto *next = m_window->lessonPanel()->findChildren<QPushButton *>().constFirst();
    const QPoint nextWas = next->mapTo(m_window, QPoint(0, 0));
    bundle->trigger();
    QCoreApplication::processEvents();
    // The message at the foot moves no button of the docks.
    QCOMPARE(next->mapTo(m_window, QPoint(0, 0)), nextWas);
    QVERIFY(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("window.png"))));
    QStatusBar *foot = m_window->statusBar();
    QVERIFY(foot->isVisible());
    QVERIFY2(foot->currentMessage().contains(QDir::toNativeSeparators(folder)), qPrintable(foot->currentMessage()));
    auto *open = m_window->findChild<QPushButton *>(QStringLiteral("openFolder"));
    QVERIFY(open && open->isVisible());
}

void TestMainWindow::theChartExportedIsTheOneOnScreen()
{
    // In "The luck of the draw" the chart column shows the lab: its picture is what the
    // chart export writes (it wrote the hidden run's charts).
    QVERIFY(m_window->lesson()->setChapterById(QStringLiteral("the-luck-of-the-draw")));
    m_window->lesson()->nextBeat();
    QVERIFY(m_window->stage()->showsLab());
    QTemporaryDir dir;
    QString error;
    QVERIFY2(m_window->exportBundle(dir.filePath(QStringLiteral("bundle")), &error), qPrintable(error));
    QFile svg(QDir(dir.filePath(QStringLiteral("bundle"))).filePath(QStringLiteral("chart.svg")));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QByteArray drawing = svg.readAll();
    QVERIFY(drawing.contains("How the runs spread"));
    QVERIFY(!drawing.contains("Messages per round"));
}

void TestMainWindow::aNetworkFileOpensAsTheCitysNetwork()
{
    // File > Open scenario with a network file said 'unknown key "links"': it is a city,
    // and opens as the run's network, everyone on it a person.
    QString error;
    Session::Opened opened = Session::Opened::Scenario;
    const QString path = QStringLiteral(GOSSIPLAB_NETWORKS "/two-towns-and-a-bridge.json");
    QVERIFY2(m_window->session()->openScenario(path, &error, &opened), qPrintable(error));
    QCOMPARE(opened, Session::Opened::Network);
    QCOMPARE(controller()->scenario().config.network, gossip::NetworkKind::File);
    QVERIFY(controller()->scenario().config.networkFile);
    QCOMPARE(controller()->world().nodes, std::uint32_t(controller()->scenario().config.networkFile->siteRouter.size()));
    QVERIFY(m_window->lesson()->isFreePlay());
    auto *network = qobject_cast<QComboBox *>(m_window->parameters()->editor("network"));
    QCOMPARE(network->currentData().toInt(), int(gossip::NetworkKind::File));
    // A broken one is refused by name, the run kept.
    QTemporaryDir dir;
    QFile broken(dir.filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(R"({"format": "gossiplab-network", "version": 1, "routers": ["a"], "links": [], "sites": [{"router": "b", "count": 2}]})");
    broken.close();
    const gossip::World before = controller()->world();
    QVERIFY(!m_window->session()->openScenario(broken.fileName(), &error, &opened));
    QCOMPARE(opened, Session::Opened::Network);
    QVERIFY2(error.contains(QLatin1String("broken.json")), qPrintable(error));
    QVERIFY(controller()->world() == before);
}

void TestMainWindow::helpMenuHasShortcutsAndAbout()
{
    // F1 (and ?) shows every key: the window's actions and presentation mode's own.
    QTest::keyClick(m_window, Qt::Key_F1);
    ShortcutsDialog *dialog = m_window->shortcutsDialog();
    QVERIFY(dialog->isVisible());
    QStringList keys, does;
    for (const auto &[key, what] : dialog->rows()) {
        keys << key;
        does << what;
    }
    for (const QString &expected : {QKeySequence(Qt::Key_Space).toString(QKeySequence::NativeText),
                                    QKeySequence(Qt::Key_PageDown).toString(QKeySequence::NativeText),
                                    QKeySequence(Qt::Key_F5).toString(QKeySequence::NativeText),
                                    QKeySequence(Qt::Key_R).toString(QKeySequence::NativeText)}) {
        const bool listed = std::any_of(keys.begin(), keys.end(), [&](const QString &key) { return key.contains(expected); });
        QVERIFY2(listed, qPrintable(expected));
    }
    QVERIFY(does.join(QLatin1Char(' ')).contains(QStringLiteral("blank")));
    // Every key says what it does.
    for (const QString &what : std::as_const(does))
        QVERIFY(!what.trimmed().isEmpty());
    auto *table = dialog->findChild<QTableWidget *>();
    QVERIFY(table);
    for (int row = 0; row < table->rowCount(); ++row)
        QVERIFY2(!table->item(row, 1)->text().isEmpty(), qPrintable(table->item(row, 0)->text()));
    // On a screen of 1080 lines every row shows at once: the size that fits them all is
    // within it, and at that size nothing scrolls.
    const QSize fitted = dialog->fittedSize();
    QVERIFY2(fitted.height() <= 1080 - 96 && fitted.width() <= 1920, qPrintable(QStringLiteral("%1x%2").arg(fitted.width()).arg(fitted.height())));
    dialog->resize(fitted);
    QCoreApplication::processEvents();
    QCOMPARE(table->verticalScrollBar()->maximum(), 0);
    QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
    dialog->close();
    // About: the version, the licence, the paper.
    const QString about = m_window->aboutText();
    QVERIFY(about.contains(QStringLiteral(PROJECT_VERSION)));
    QVERIFY(about.contains(QStringLiteral("MIT")));
    QVERIFY(about.contains(QStringLiteral("Demers")));
    bool helpMenu = false;
    for (QAction *menu : m_window->menuBar()->actions())
        helpMenu = helpMenu || menu->text().remove(QLatin1Char('&')) == QStringLiteral("Help");
    QVERIFY(helpMenu);
}

void TestMainWindow::undoTakesBackTheLastIntervention()
{
    controller()->stepForward();
    controller()->stepForward();
    const gossip::World untouched = controller()->world();
    controller()->crash(5);
    controller()->stepForward();
    controller()->writeUpdate(9);
    QCOMPARE(controller()->handInterventionCount(), 2);
    const gossip::World afterCrash = [this] {
        gossip::Scenario scenario = controller()->scenario();
        scenario.interventions.pop_back(); // the write, the last added
        gossip::History history(scenario);
        history.seek(3);
        return history.simulation().world();
    }();
    // Ctrl+Z takes back the write, at the round on screen; again, the crash.
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(controller()->handInterventionCount(), 1);
    QCOMPARE(controller()->round(), 3);
    QVERIFY(controller()->world() == afterCrash);
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(controller()->handInterventionCount(), 0);
    controller()->seek(2);
    QVERIFY(controller()->world() == untouched);
    QVERIFY(controller()->world().health[5] == gossip::NodeHealth::Up);
    // Nothing left to undo: nothing changes.
    controller()->undoIntervention();
    QCOMPARE(controller()->round(), 2);
}

void TestMainWindow::quittingWithUnsavedInterventionsAsks()
{
    // Nothing made by hand: it quits at once.
    QVERIFY(m_window->close());
    m_window->show();
    controller()->stepForward();
    controller()->crash(4);
    const auto answer = [](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box)
                box->button(button)->click();
        });
    };
    // Cancel keeps the window and the work.
    answer(QMessageBox::Cancel);
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    QCOMPARE(controller()->world().health[4], gossip::NodeHealth::Down);
    // Once saved, it quits without asking.
    QTemporaryDir dir;
    QString error;
    QVERIFY2(m_window->session()->saveScenario(dir.filePath(QStringLiteral("saved.json")), &error), qPrintable(error));
    QVERIFY(m_window->close());
    // Discard quits.
    m_window->show();
    controller()->recover(4);
    answer(QMessageBox::Discard);
    QVERIFY(m_window->close());
    // Opening another scenario over unsaved work asks too; Cancel keeps the work.
    m_window->show();
    controller()->crash(5);
    bool asked = false;
    QTimer::singleShot(0, [&asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        asked = box && box->text().contains(QLatin1String("opening another"));
        if (box)
            box->button(QMessageBox::Cancel)->click();
    });
    m_window->findChild<QAction *>(QStringLiteral("openScenario"))->trigger();
    QVERIFY(asked);
    QCOMPARE(controller()->world().health[5], gossip::NodeHealth::Down);
    QVERIFY(controller()->hasUnsavedInterventions());
}

void TestMainWindow::playAndPauseKeepTheToolbarStill()
{
    TransportBar *bar = m_window->transport();
    QWidget *play = bar->widgetForAction(bar->playAction());
    QVERIFY(play);
    const QRect speedBefore = bar->speedBox()->geometry();
    const int widthBefore = play->width();
    // Wide enough for its text: nothing is elided to "...".
    auto *button = qobject_cast<QToolButton *>(play);
    QVERIFY(button);
    QVERIFY2(play->width() >= play->fontMetrics().horizontalAdvance(bar->playAction()->text()) + button->iconSize().width(),
             qPrintable(QString::number(play->width())));
    controller()->play();
    QVERIFY(controller()->isPlaying());
    QCoreApplication::processEvents();
    QCOMPARE(bar->playAction()->text(), QStringLiteral("Pause"));
    QCOMPARE(play->width(), widthBefore);
    QCOMPARE(bar->speedBox()->geometry(), speedBefore);
    QVERIFY(play->width() >= play->sizeHint().width());
    controller()->pause();
}

void TestMainWindow::playThatCannotMoveSaysWhy()
{
    // Chapter 1: twelve healthy people and nothing written yet.
    QVERIFY(m_window->lesson()->setChapterById(QStringLiteral("meet-xiao-b")));
    m_window->transport()->playAction()->trigger();
    QVERIFY(!controller()->isPlaying());
    QVERIFY2(m_window->transport()->lastNotice().contains(QStringLiteral("nobody holds an update")),
             qPrintable(m_window->transport()->lastNotice()));
    // A run that has ended says so instead; one stopped by its round limit says that.
    QVERIFY(m_window->lesson()->setChapterById(QStringLiteral("the-seed-node")));
    controller()->seek(100);
    QVERIFY(!controller()->canStepForward());
    m_window->transport()->playAction()->trigger();
    QVERIFY(m_window->transport()->lastNotice().contains(QStringLiteral("over")));
    QVERIFY(m_window->lesson()->setChapterById(QStringLiteral("the-accident")));
    controller()->seek(1);
    m_window->transport()->playAction()->trigger();
    QVERIFY2(m_window->transport()->lastNotice().contains(QStringLiteral("round limit")),
             qPrintable(m_window->transport()->lastNotice()));
    // Where there is something to play, Play plays and says nothing.
    QVERIFY(m_window->lesson()->setChapterById(QStringLiteral("the-seed-node")));
    m_window->transport()->playAction()->trigger();
    QVERIFY(controller()->isPlaying());
    QVERIFY(m_window->transport()->lastNotice().isEmpty());
    controller()->pause();
}

void TestMainWindow::fileDialogsStartInAFolderThatExists()
{
    // A folder that is not there would be taken for a file name ("Documents").
    Session *session = m_window->session();
    QVERIFY(QFileInfo(session->dialogFolder()).isDir());
    // The last folder used comes back, across windows, until it is gone.
    QTemporaryDir dir;
    session->rememberFolder(dir.filePath(QStringLiteral("picture.png")));
    QCOMPARE(QDir(session->dialogFolder()), QDir(dir.path()));
    MainWindow another;
    QCOMPARE(QDir(another.session()->dialogFolder()), QDir(dir.path()));
    const QString gone = dir.path();
    dir.remove();
    QVERIFY(session->dialogFolder() != gone);
    QVERIFY(QFileInfo(session->dialogFolder()).isDir());
}

void TestMainWindow::exportedChartLeavesOutTheTheorySwitch()
{
    // The switch is a control for the screen; a picture for slides shows the chart alone.
    auto *box = m_window->chart()->findChild<QCheckBox *>();
    QVERIFY(box && box->isVisible());
    QTemporaryDir dir;
    QString error;
    const QString svg = dir.filePath(QStringLiteral("chart.svg"));
    QVERIFY2(m_window->exportImage(m_window->chart(), svg, 1.0, &error), qPrintable(error));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray drawing = file.readAll();
    QVERIFY(!drawing.contains(box->text().toUtf8()));
    // The chart itself is there, and the switch is back on screen.
    QVERIFY(drawing.contains(m_window->chart()->coverageChart()->title().toUtf8()));
    QVERIFY(box->isVisible());
}

void TestMainWindow::speedBoxLeavesTheKeysToTheWindow()
{
    auto *speed = m_window->transport()->findChild<QComboBox *>(QStringLiteral("speed"));
    QVERIFY(speed);
    const double before = controller()->speed();
    // Choosing a speed leaves the keyboard with the window, so Home and the arrows stay
    // with the story instead of changing the speed.
    m_window->activateWindow();
    speed->setFocus(Qt::TabFocusReason);
    QVERIFY(speed->hasFocus());
    speed->setCurrentIndex(speed->findData(2.0));
    emit speed->activated(speed->currentIndex());
    QCOMPARE(controller()->speed(), 2.0);
    QVERIFY(!speed->hasFocus());
    QTest::keyClick(m_window, Qt::Key_Home);
    QCOMPARE(controller()->speed(), 2.0);
    controller()->setSpeed(before);
    QVERIFY(speed->focusPolicy() & Qt::TabFocus);
}

void TestMainWindow::byzantineLooksUnlikeCutOff()
{
    // A forger and a message lost at the wall must not share a colour on the legend.
    QVERIFY(nodeStateColor(NodeState::Byzantine) != outcomeColor(gossip::Outcome::CutOff));
    for (int state = 0; state < nodeStateCount; ++state) {
        if (NodeState(state) != NodeState::Byzantine)
            QVERIFY(nodeStateColor(NodeState::Byzantine) != nodeStateColor(NodeState(state)));
    }
}

void TestMainWindow::changedParametersAreFreePlay()
{
    // Chapter 4 scripts crashes of D, H and K and their recovery in round 3.
    LessonController *lesson = m_window->lesson();
    QVERIFY(lesson->setChapterById(QStringLiteral("direct-mail")));
    QVERIFY(!lesson->isFreePlay());
    const QString chapterNarration = lesson->narration();
    gossip::Config config = controller()->pendingConfig();
    config.nodes = 2000;
    controller()->setPendingConfig(config);
    QSignalSpy freePlay(lesson, &LessonController::freePlayChanged);
    controller()->reset();
    QCOMPARE(freePlay.count(), 1);
    QVERIFY(lesson->isFreePlay());
    // None of the chapter's crashes carry over to the user's own run, at any round.
    QCOMPARE(controller()->world().nodes, 2000u);
    QCOMPARE(controller()->world().downCount, 0u);
    for (const gossip::Intervention &intervention : controller()->scenario().interventions)
        QCOMPARE(intervention.kind, gossip::Intervention::Kind::Write);
    // The panel and the projector say it is the user's own run, and what it is.
    QVERIFY(lesson->narration() != chapterNarration);
    // Numbers as the locale writes them, as the panel shows them ("2,000", not "2000").
    QVERIFY2(lesson->narration().contains(QLocale().toString(2000)), qPrintable(lesson->narration()));
    QCOMPARE(lesson->title(), QStringLiteral("Your own run"));
    QVERIFY(m_window->lessonPanel()->narration() == lesson->narration());
    // Page Down does not walk a script that is not running; one click returns to it.
    lesson->nextBeat();
    QVERIFY(lesson->isFreePlay());
    lesson->resetChapter();
    QVERIFY(!lesson->isFreePlay());
    QCOMPARE(lesson->chapter().id, QStringLiteral("direct-mail"));
    QCOMPARE(controller()->world().nodes, 12u);
    QCOMPARE(controller()->world().downCount, 3u);
    QCOMPARE(lesson->narration(), chapterNarration);
}

void TestMainWindow::openedScenarioIsFreePlay()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mine.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "gossiplab-scenario", "version": 1, "config": {"protocol": "rumor", "mode": "push", "nodes": 40}})");
    file.close();
    QString error;
    QVERIFY2(m_window->session()->openScenario(path, &error), qPrintable(error));
    QVERIFY(m_window->lesson()->isFreePlay());
    QVERIFY(m_window->lesson()->narration().contains(QStringLiteral("40")));
}

void TestMainWindow::openedLessonIsTaught()
{
    QString error;
    QVERIFY2(m_window->session()->openLesson(QStringLiteral(GOSSIPLAB_LESSONS "/two-ways.json"), &error), qPrintable(error));
    LessonController *lesson = m_window->lesson();
    QCOMPARE(lesson->chapterCount(), 3);
    QCOMPARE(lesson->chapterIndex(), 0);
    QCOMPARE(controller()->world().nodes, lesson->chapter().scenario.config.nodes);
    QVERIFY(m_window->lessonPanel()->narration() == lesson->chapter().beats.at(0).narration.text());
}

void TestMainWindow::brokenLessonKeepsTheCurrentOne()
{
    controller()->stepForward();
    const gossip::World before = controller()->world();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "gossiplab-lesson", "version": 1, "title": "T", "chapters": [{"id": "a"}]})");
    file.close();
    QString error;
    QVERIFY(!m_window->session()->openLesson(path, &error));
    QVERIFY2(error.contains(QStringLiteral("chapter 1 (a)")), qPrintable(error));
    QCOMPARE(m_window->lesson()->chapterCount(), LessonFile::builtIn().chapters.size());
    QCOMPARE(m_window->lesson()->chapter().id, QStringLiteral("the-seed-node"));
    QVERIFY(controller()->world() == before);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
