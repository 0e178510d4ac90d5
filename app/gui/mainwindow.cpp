// The main window.
#include "app/gui/mainwindow.h"

#include "app/gui/experimentexporter.h"
#include "app/gui/filedialogs.h"
#include "app/gui/handoutwriter.h"
#include "app/gui/labwindow.h"
#include "app/gui/languageswitcher.h"
#include "app/gui/presentationmode.h"
#include "app/gui/progressdialog.h"
#include "app/gui/session.h"
#include "app/gui/shortcutsdialog.h"
#include "app/gui/widgetexporter.h"
#include "views/chart/chartwidget.h"
#include "views/city/cityview.h"
#include "views/lab/labcharts.h"
#include "views/lab/labcontroller.h"
#include "views/lab/labsummary.h"
#include "views/content/lessonfile.h"
#include "views/controls/parameterpanel.h"
#include "views/controls/transportbar.h"
#include "views/lesson/lessoncontroller.h"
#include "views/lesson/lessonpanel.h"
#include "views/log/eventlogview.h"
#include "views/simulation/simulationcontroller.h"
#include "views/stage/stage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDesktopServices>
#include <QDockWidget>
#include <QFileInfo>
#include <QLocale>
#include <QEvent>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScreen>
#include <QSaveFile>
#include <QSettings>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QSplitter>
#include <QUrl>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_controller(new SimulationController(this))
{
    // The city and its charts share the centre.
    m_stage = new Stage(m_controller);
    m_city = m_stage->city();
    m_chart = m_stage->chart();
    m_lesson = new LessonController(m_controller, this);
    m_lab = new LabController(this);
    connect(m_lab, &LabController::resultChanged, this, [this] { m_exportLab->setEnabled(m_lab->result().has_value()); });
    m_lessonPanel = new LessonPanel(m_lesson);
    m_session = std::make_unique<Session>(m_controller, m_lesson, this, m_city);
    m_parameters = new ParameterPanel(m_controller);
    connect(m_parameters, &ParameterPanel::networkFileRequested, this, &MainWindow::askOpenNetwork);
    m_eventLog = new EventLogView(m_controller);
    m_transport = new TransportBar(m_controller, this);
    addToolBar(Qt::TopToolBarArea, m_transport);

    setCentralWidget(m_stage);

    const auto dock = [this](QWidget *widget, const QString &name) {
        auto *dock = new QDockWidget(this);
        dock->setObjectName(name);
        dock->setWidget(widget);
        dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
        addDockWidget(Qt::LeftDockWidgetArea, dock);
        return dock;
    };
    m_lessonDock = dock(m_lessonPanel, QStringLiteral("lesson"));
    m_parametersDock = dock(m_parameters, QStringLiteral("parameters"));
    m_eventLogDock = dock(m_eventLog, QStringLiteral("eventLog"));
    tabifyDockWidget(m_lessonDock, m_parametersDock);
    tabifyDockWidget(m_parametersDock, m_eventLogDock);
    m_lessonDock->raise();
    resizeDocks({m_lessonDock}, {300}, Qt::Horizontal);

    createActions();
    createMenus();
    createStatusBar();
    retranslate();

    connect(m_lesson, &LessonController::chapterChanged, this, &MainWindow::chapterChanged);
    // The chapter's compared runs are its own: the user's own run is drawn alone.
    connect(m_lesson, &LessonController::freePlayChanged, this, &MainWindow::chapterChanged);
    connect(m_controller, &SimulationController::problem, this, &MainWindow::showProblem);
    m_lesson->setLesson(LessonFile::builtIn());
    fitFirstLaunch();
}

MainWindow::~MainWindow() = default;

void MainWindow::fitFirstLaunch()
{
    // 1280 x 720 where the screen has room, else the screen's free area less room for the
    // window manager's frame, so a 1024 x 768 projector shows the charts and the round
    // counter. A later launch restores the size the user left (restoreSettings()).
    constexpr int frameAllowance = 48;
    const QRect available = screen()->availableGeometry();
    const QSize room(available.width() - frameAllowance / 2, available.height() - frameAllowance);
    resize(QSize(1280, 720).boundedTo(room));
    move(available.topLeft() + QPoint((available.width() - width()) / 2, (available.height() - height()) / 2));
}

void MainWindow::createActions()
{
    m_exportWindow = new QAction(this);
    connect(m_exportWindow, &QAction::triggered, this, [this] { askExportImage(this, tr("window")); });
    m_exportCity = new QAction(this);
    connect(m_exportCity, &QAction::triggered, this, [this] { askExportImage(m_city, tr("city")); });
    m_exportChart = new QAction(this);
    connect(m_exportChart, &QAction::triggered, this, [this] { askExportImage(shownCharts(), tr("chart")); });
    m_exportLab = new QAction(this);
    m_exportLab->setObjectName(QStringLiteral("exportLab"));
    m_exportLab->setEnabled(false); // until the lab has run
    connect(m_exportLab, &QAction::triggered, this, [this] {
        double scale = 1.0;
        const QString path = FileDialogs::imagePath(this, *m_session, QStringLiteral("lab"), &scale);
        QString error;
        if (path.isEmpty())
            return;
        if (!exportLab(path, scale, &error))
            showProblem(error);
        else
            toldWhere(path);
    });
    m_exportData = new QAction(this);
    connect(m_exportData, &QAction::triggered, this, &MainWindow::askExportData);
    m_exportBundle = new QAction(this);
    connect(m_exportBundle, &QAction::triggered, this, &MainWindow::askExportBundle);
    m_exportHandout = new QAction(this);
    connect(m_exportHandout, &QAction::triggered, this, &MainWindow::askExportHandout);
    m_openScenario = new QAction(this);
    m_openScenario->setObjectName(QStringLiteral("openScenario"));
    m_openScenario->setShortcut(QKeySequence::Open);
    connect(m_openScenario, &QAction::triggered, this, &MainWindow::askOpenScenario);
    m_openLesson = new QAction(this);
    connect(m_openLesson, &QAction::triggered, this, &MainWindow::askOpenLesson);
    m_saveScenario = new QAction(this);
    m_saveScenario->setShortcut(QKeySequence::Save);
    connect(m_saveScenario, &QAction::triggered, this, &MainWindow::askSaveScenario);
    m_quit = new QAction(this);
    m_quit->setShortcut(QKeySequence::Quit);
    // From the lab's window too: quitting is the application's, and asks there as here.
    m_quit->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_addToLab = new QAction(this);
    m_addToLab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    // From the lab window too, which comes to the front on the first Ctrl+L.
    m_addToLab->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_addToLab, &QAction::triggered, this, &MainWindow::addToLab);
    m_openLab = new QAction(this);
    m_openLab->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_openLab, &QAction::triggered, this, &MainWindow::showLab);
    m_raceChapter = new QAction(this);
    m_raceChapter->setObjectName(QStringLiteral("raceChapter"));
    connect(m_raceChapter, &QAction::triggered, this, &MainWindow::raceChapterRuns);

    m_previousBeat = new QAction(this);
    m_previousBeat->setShortcut(Qt::Key_PageUp);
    connect(m_previousBeat, &QAction::triggered, m_lesson, &LessonController::previousBeat);
    m_nextBeat = new QAction(this);
    m_nextBeat->setShortcut(Qt::Key_PageDown);
    connect(m_nextBeat, &QAction::triggered, m_lesson, &LessonController::nextBeat);
    m_undo = new QAction(this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setEnabled(false);
    connect(m_undo, &QAction::triggered, m_controller, &SimulationController::undoIntervention);
    const auto updateUndo = [this] { m_undo->setEnabled(m_controller->handInterventionCount() > 0); };
    connect(m_controller, &SimulationController::stateChanged, this, updateUndo);
    connect(m_controller, &SimulationController::scenarioChanged, this, updateUndo);
    m_resetChapter = new QAction(this);
    connect(m_resetChapter, &QAction::triggered, m_lesson, &LessonController::resetChapter);
    // The chapter again from the start: the class guesses again.
    connect(m_resetChapter, &QAction::triggered, this, [this] { m_stage->labCharts()->clearGuess(); });

    m_shortcuts = new QAction(this);
    m_shortcuts->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::Key_Question)});
    connect(m_shortcuts, &QAction::triggered, this, [this] {
        m_shortcutsDialog->show();
        m_shortcutsDialog->raise();
    });
    m_about = new QAction(this);
    connect(m_about, &QAction::triggered, this, [this] { QMessageBox::about(this, tr("About GossipLab"), aboutText()); });

    // Presentation mode borrows the city and the chart, so it is made after them.
    m_presentation = new PresentationMode(this);
    m_presentationMode = new QAction(this);
    m_presentationMode->setShortcut(Qt::Key_F5);
    connect(m_presentationMode, &QAction::triggered, m_presentation, &PresentationMode::enter);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openScenario);
    m_fileMenu->addAction(m_saveScenario);
    m_fileMenu->addAction(m_openLesson);
    m_fileMenu->addSeparator();
    m_exportImageMenu = m_fileMenu->addMenu(QString());
    m_exportImageMenu->addAction(m_exportWindow);
    m_exportImageMenu->addAction(m_exportCity);
    m_exportImageMenu->addAction(m_exportChart);
    m_exportImageMenu->addAction(m_exportLab);
    m_fileMenu->addAction(m_exportData);
    m_fileMenu->addAction(m_exportBundle);
    m_fileMenu->addAction(m_exportHandout);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_lessonMenu = menuBar()->addMenu(QString());
    m_lessonMenu->addAction(m_previousBeat);
    m_lessonMenu->addAction(m_nextBeat);
    m_lessonMenu->addAction(m_resetChapter);
    m_lessonMenu->addAction(m_undo);
    m_lessonMenu->addSeparator();
    m_lessonMenu->addAction(m_transport->playAction());
    m_lessonMenu->addAction(m_transport->stepAction());
    m_lessonMenu->addAction(m_transport->stepBackAction());
    m_lessonMenu->addAction(m_transport->resetAction());

    m_labMenu = menuBar()->addMenu(QString());
    m_labMenu->addAction(m_addToLab);
    m_labMenu->addAction(m_openLab);
    m_labMenu->addAction(m_raceChapter);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_lessonDock->toggleViewAction());
    m_viewMenu->addAction(m_parametersDock->toggleViewAction());
    m_viewMenu->addAction(m_eventLogDock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addMenu((new LanguageSwitcher(this))->menu());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_presentationMode);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_shortcuts);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_about);
    // Every action with a shortcut, the window's own and the transport's, as the menus hold them.
    QList<QAction *> keyed;
    for (QMenu *menu : {m_fileMenu, m_lessonMenu, m_labMenu, m_viewMenu, m_helpMenu}) {
        for (QAction *action : menu->actions()) {
            if (!action->shortcuts().isEmpty() && !keyed.contains(action))
                keyed << action;
        }
    }
    m_shortcutsDialog = new ShortcutsDialog(keyed, this);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("GossipLab"));
    m_fileMenu->setTitle(tr("&File"));
    m_exportImageMenu->setTitle(tr("Export &image"));
    m_exportWindow->setText(tr("The &window…"));
    m_exportCity->setText(tr("The &city…"));
    m_exportChart->setText(tr("The c&hart…"));
    m_exportLab->setText(tr("The &lab…"));
    m_exportData->setText(tr("Export &data…"));
    m_exportBundle->setText(tr("Export &bundle…"));
    m_exportHandout->setText(tr("Export &handout…"));
    m_openScenario->setText(tr("&Open scenario…"));
    m_saveScenario->setText(tr("&Save scenario…"));
    m_openLesson->setText(tr("Open &lesson…"));
    m_quit->setText(tr("&Quit"));
    m_lessonMenu->setTitle(tr("&Lesson"));
    m_previousBeat->setText(tr("&Previous step"));
    m_nextBeat->setText(tr("&Next step"));
    m_resetChapter->setText(tr("Reset &chapter"));
    m_viewMenu->setTitle(tr("&View"));
    m_labMenu->setTitle(tr("L&ab"));
    m_addToLab->setText(tr("&Add to lab"));
    m_addToLab->setToolTip(tr("Put these parameters in the lab, to run them hundreds of times beside others"));
    m_openLab->setText(tr("&Open the lab"));
    m_raceChapter->setText(tr("&Race the chapter's runs"));
    m_raceChapter->setToolTip(tr("The runs this chapter compares once, in the lab, two hundred times each"));
    m_presentationMode->setText(tr("&Presentation mode"));
    m_helpMenu->setTitle(tr("&Help"));
    m_undo->setText(tr("&Undo the last intervention"));
    m_shortcuts->setText(tr("&Keyboard shortcuts"));
    m_about->setText(tr("&About GossipLab"));
    m_lessonDock->setWindowTitle(tr("Lesson"));
    m_parametersDock->setWindowTitle(tr("Parameters"));
    m_eventLogDock->setWindowTitle(tr("Event log"));
    m_openFolder->setText(tr("Open folder"));
    m_openFolder->setToolTip(tr("Show the folder the file was written to"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

QString MainWindow::aboutText() const
{
    return tr("<p><b>GossipLab %1</b></p>"
              "<p>Learn how gossip protocols spread an update through a network, by the story of a "
              "virus, Xiao B, that spreads through a city.</p>"
              "<p>It teaches the three mechanisms of Demers et al., <i>Epidemic Algorithms for "
              "Replicated Database Maintenance</i>, Proceedings of the Sixth ACM Symposium on "
              "Principles of Distributed Computing (PODC), 1987: direct mail, anti-entropy and "
              "rumor mongering.</p>"
              "<p>Free software under the MIT licence. Built with Qt %2.</p>")
            .arg(QCoreApplication::applicationVersion().isEmpty() ? QStringLiteral(PROJECT_VERSION)
                                                                   : QCoreApplication::applicationVersion(),
                 QString::fromLatin1(qVersion()));
}

void MainWindow::chapterChanged()
{
    m_stage->showChapter(m_lesson->chapter(), m_lesson->isFreePlay());
    m_raceChapter->setEnabled(!m_lesson->chapter().comparisons.isEmpty() || m_lesson->chapter().labRuns > 0);
}

bool MainWindow::exportImage(QWidget *widget, const QString &path, double scale, QString *error)
{
    return WidgetExporter::save(widget, path, scale, error);
}

void MainWindow::askExportImage(QWidget *widget, const QString &name)
{
    double scale = 1.0;
    const QString path = FileDialogs::imagePath(this, *m_session, name, &scale);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportImage(widget, path, scale, &error))
        showProblem(error);
    else
        toldWhere(path);
}

void MainWindow::toldWhere(const QString &path)
{
    tell(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), QFileInfo(path).absolutePath());
}

QWidget *MainWindow::shownCharts() const
{
    return m_stage->showsLab() ? static_cast<QWidget *>(m_stage->labCharts()) : m_chart;
}

void MainWindow::askExportData()
{
    const QString path = askSavePath(tr("Export data"), QStringLiteral("gossiplab-rounds.csv"), tr("CSV table (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_session->exportData(path, &error))
        showProblem(error);
    else
        toldWhere(path);
}

QString MainWindow::askSavePath(const QString &title, const QString &fileName, const QString &filter)
{
    return FileDialogs::savePath(this, *m_session, title, fileName, filter);
}

LabWindow *MainWindow::showLab()
{
    if (!m_labWindow)
        m_labWindow = new LabWindow(m_lab, m_session.get(), this);
    m_labWindow->show();
    m_labWindow->raise();
    m_labWindow->activateWindow();
    return m_labWindow;
}

void MainWindow::addToLab()
{
    if (m_lab->isRunning())
        return;
    if (!m_lab->addEntry(m_controller->pendingConfig())) {
        showProblem(tr("The lab holds at most %1 entries, each of which must run at every value of its sweep.")
                            .arg(ExperimentDocument::maximumEntries));
        return;
    }
    showLab();
}

void MainWindow::raceChapterRuns()
{
    const Chapter &chapter = m_lesson->chapter();
    if ((chapter.comparisons.isEmpty() && chapter.labRuns <= 0) || m_lab->isRunning())
        return;
    if (m_labWindow && !m_labWindow->confirmReplace())
        return;
    ExperimentDocument experiment;
    if (chapter.labRuns > 0) {
        // A chapter of the lab: its own run, as many times as the chapter races it.
        experiment.runs = chapter.labRuns;
        experiment.seed = chapter.scenario.config.seed;
        experiment.entries.append({chapter.title.text(), chapter.scenario.config});
        m_lab->setExperiment(experiment);
        showLab();
        return;
    }
    experiment.runs = 200;
    experiment.seed = chapter.comparisons.constFirst().scenario.config.seed;
    for (const ComparisonRun &run : chapter.comparisons) {
        // In the chapter's colours, so a run looks the same on both charts.
        if (experiment.entries.size() < ExperimentDocument::maximumEntries)
            experiment.entries.append({run.label.text(), run.scenario.config, run.colour});
    }
    m_lab->setExperiment(experiment);
    showLab();
}

void MainWindow::showProblem(const QString &message)
{
    QMessageBox::warning(this, tr("GossipLab"), message);
}

bool MainWindow::exportBundle(const QString &directory, QString *error)
{
    if (!QDir().mkpath(directory)) {
        *error = tr("Cannot create the folder %1.").arg(directory);
        return false;
    }
    const QDir folder(directory);
    const bool run = exportImage(this, folder.filePath(QStringLiteral("window.png")), 2.0, error)
            && exportImage(m_city, folder.filePath(QStringLiteral("city.svg")), 1.0, error)
            && exportImage(shownCharts(), folder.filePath(QStringLiteral("chart.svg")), 1.0, error)
            && m_session->exportData(folder.filePath(QStringLiteral("rounds.csv")), error)
            && m_session->saveScenario(folder.filePath(QStringLiteral("scenario.json")), error);
    if (!run || !m_lab->result())
        return run;
    // The lab's experiment and what it found, when it has run.
    return exportLab(folder.filePath(QStringLiteral("lab.png")), 2.0, error)
            && exportLab(folder.filePath(QStringLiteral("lab.svg")), 1.0, error)
            && ExperimentFile::write(folder.filePath(QStringLiteral("experiment.json")), m_lab->experiment(), error)
            && writeLabSummary(folder.filePath(QStringLiteral("summary.csv")), error);
}

bool MainWindow::exportLab(const QString &path, double scale, QString *error)
{
    if (!m_lab->result()) {
        *error = tr("The lab has not run yet.");
        return false;
    }
    // The lab's charts as its window shows them, at the window's size.
    return ExperimentExporter::writeCharts(*m_lab->result(),
                                           m_labWindow ? m_labWindow->charts()->size() : QSize(1280, 760),
                                           {{path, scale}}, error);
}

bool MainWindow::writeLabSummary(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(labSummaryCsv(*m_lab->result())) < 0 || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool MainWindow::exportHandout(const QString &path, QString *error)
{
    // The handout walks the whole lesson on a stage of its own that is never shown, so the
    // run, the chapter and any experiment here stay as they are. Cancel stops it between
    // pages and leaves no file.
    const std::unique_ptr<QProgressDialog> progress(
            createProgressDialog(this, tr("Export handout"), tr("Writing the handout…"), m_lesson->chapterCount(), 0));
    progress->setObjectName(QStringLiteral("handoutProgress"));
    return HandoutWriter::write(m_lesson->lesson(), path, error, [&progress](int done) {
        progress->setValue(done);
        return !progress->wasCanceled();
    });
}

void MainWindow::askExportBundle()
{
    const QString directory = FileDialogs::newFolderPath(this, *m_session, tr("Export bundle"), QStringLiteral("gossiplab-bundle"));
    if (directory.isEmpty())
        return;
    QString error;
    if (!exportBundle(directory, &error))
        showProblem(error);
    else
        tell(tr("The bundle is in %1.").arg(QDir::toNativeSeparators(directory)), directory);
}

void MainWindow::tell(const QString &message, const QString &folder)
{
    m_toldFolder = folder;
    m_openFolder->setVisible(!folder.isEmpty());
    statusBar()->showMessage(message, 20'000);
}

void MainWindow::askExportHandout()
{
    const QString path = askSavePath(tr("Export handout"), QStringLiteral("gossiplab-handout.pdf"),
                                     tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportHandout(path, &error))
        toldWhere(path);
    else if (!error.isEmpty()) // no error: cancelled
        showProblem(error);
}

void MainWindow::askSaveScenario()
{
    const QString path = askSavePath(tr("Save scenario"), QStringLiteral("scenario.json"),
                                     tr("GossipLab scenario (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_session->saveScenario(path, &error))
        showProblem(error);
}

void MainWindow::askOpenScenario()
{
    if (!mayLeaveTheRun(tr("Save the scenario before opening another?")))
        return;
    const QString path = FileDialogs::openPath(this, *m_session, tr("Open scenario"),
                                               tr("GossipLab scenario (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    Session::Opened opened = Session::Opened::Scenario;
    if (!m_session->openScenario(path, &error, &opened))
        showProblem(opened == Session::Opened::Network
                            ? tr("The network was not opened; the run is unchanged.\n\n%1").arg(error)
                            : tr("The scenario was not opened; the current one is unchanged.\n\n%1").arg(error));
    else if (opened == Session::Opened::Network)
        tell(tr("%1 is a network file: the city now lives on its network (%2 people).")
                     .arg(QFileInfo(path).fileName(), QLocale().toString(m_controller->world().nodes)));
}

void MainWindow::askOpenNetwork()
{
    if (!mayLeaveTheRun(tr("Save the scenario before opening a network?")))
        return;
    const QString path = FileDialogs::openPath(this, *m_session, tr("Open network"),
                                               tr("GossipLab network (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_session->openNetwork(path, &error))
        showProblem(tr("The network was not opened; the run is unchanged.\n\n%1").arg(error));
}

void MainWindow::askOpenLesson()
{
    if (!mayLeaveTheRun(tr("Save the scenario before opening another lesson?")))
        return;
    const QString path = FileDialogs::openPath(this, *m_session, tr("Open lesson"),
                                               tr("GossipLab lesson (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_session->openLesson(path, &error))
        showProblem(tr("The lesson was not opened; the current one is unchanged.\n\n%1").arg(error));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!settings.value(QStringLiteral("hints/welcomeShown")).toBool()) {
        settings.setValue(QStringLiteral("hints/welcomeShown"), true);
        showWelcomeHint();
    }
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_stage->restoreState(settings.value(QStringLiteral("window/stage")).toByteArray());
    m_controller->setSpeed(settings.value(QStringLiteral("speed"), m_controller->speed()).toDouble());
    const QString chapter = settings.value(QStringLiteral("chapter")).toString();
    if (chapter != m_lesson->chapter().id)
        m_lesson->setChapterById(chapter);
}

void MainWindow::createStatusBar()
{
    // Where exports say where their files went: the message, and a button to the folder.
    m_openFolder = new QPushButton;
    m_openFolder->setObjectName(QStringLiteral("openFolder"));
    m_openFolder->hide();
    statusBar()->addPermanentWidget(m_openFolder);
    connect(m_openFolder, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_toldFolder)); });
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString &message) {
        if (message.isEmpty())
            m_openFolder->hide();
    });
    // Always there, empty or not: a bar that came and went with each message moved the
    // docks' buttons under the pointer.
    statusBar()->show();
}

void MainWindow::showWelcomeHint()
{
    auto *hint = new QLabel(tr("Welcome! Press Next (or Page Down) to follow the story of Xiao B. "
                               "Rest the mouse on a person to see what they hold; right-click to change them. "
                               "F1 lists every key."));
    hint->setObjectName(QStringLiteral("welcomeHint"));
    hint->setWordWrap(true);
    auto *dismiss = new QPushButton(tr("Got it"));
    dismiss->setObjectName(QStringLiteral("welcomeDismiss"));
    dismiss->setToolTip(tr("Hide this hint; it is not shown again"));
    statusBar()->addWidget(hint, 1);
    statusBar()->addPermanentWidget(dismiss);
    connect(dismiss, &QPushButton::clicked, this, [hint, dismiss] {
        hint->hide();
        dismiss->hide();
        hint->deleteLater();
        dismiss->deleteLater();
    });
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/stage"), m_stage->saveState());
    settings.setValue(QStringLiteral("speed"), m_controller->speed());
    settings.setValue(QStringLiteral("chapter"), m_lesson->chapter().id);
}

bool MainWindow::mayLeaveTheRun(const QString &question)
{
    // Crashes, partitions and new updates made by hand are the user's work: ask first.
    if (!m_controller->hasUnsavedInterventions())
        return true;
    const auto answer = QMessageBox::question(
            this, tr("GossipLab"),
            tr("The changes you made to this run (crashes, partitions, new updates) are not saved. %1").arg(question),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save) {
        askSaveScenario();
        return !m_controller->hasUnsavedInterventions();
    }
    return true;
}

bool MainWindow::mayLeaveTheLab()
{
    // An experiment put together in the lab is work too: quitting asks, as for the run.
    if (!m_lab->isModified())
        return true;
    const auto answer = QMessageBox::question(
            this, tr("GossipLab"),
            tr("The lab's experiment is not saved (its entries, runs, seed and sweep). Save it before quitting?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save) {
        showLab()->askSave();
        return !m_lab->isModified();
    }
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!mayLeaveTheRun(tr("Save the scenario before quitting?")) || !mayLeaveTheLab()) {
        event->ignore();
        return;
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}
