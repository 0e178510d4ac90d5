// The main window: the city, the chart and the lesson around one simulation controller.
#pragma once

#include <QMainWindow>

#include <memory>

class CityView;
class ChartWidget;
class EventLogView;
class LessonController;
class LessonPanel;
class ParameterPanel;
class PresentationMode;
class QAction;
class QDockWidget;
class QMenu;
class QPushButton;
class QSplitter;
class Session;
class LabController;
class LabWindow;
class ShortcutsDialog;
class Stage;
class SimulationController;
class TransportBar;

// Lays out the teaching app: the city in the centre with its charts beside it, the lesson,
// parameters and event log as tabbed docks on the left, transport controls on top.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    SimulationController *controller() const { return m_controller; }
    LessonController *lesson() const { return m_lesson; }
    LessonPanel *lessonPanel() const { return m_lessonPanel; }
    CityView *city() const { return m_city; }
    ChartWidget *chart() const { return m_chart; }
    Stage *stage() const { return m_stage; }
    EventLogView *eventLog() const { return m_eventLog; }
    ParameterPanel *parameters() const { return m_parameters; }
    TransportBar *transport() const { return m_transport; }
    PresentationMode *presentation() const { return m_presentation; }
    LabController *lab() const { return m_lab; }
    // The lab's window, made on first use and shown.
    LabWindow *showLab();
    // Puts the parameters of the run (as the parameter panel has them) in the lab.
    void addToLab();
    // Makes the chapter's compared runs (chapters 8 and 11) the lab's entries, to race
    // them hundreds of times instead of once; a chapter of the lab puts its own run there.
    void raceChapterRuns();

    // Writes `widget` to `path` (PNG at `scale`, or SVG); returns false with a message.
    bool exportImage(QWidget *widget, const QString &path, double scale, QString *error);
    // Writes the window (PNG at 2x), the city and the chart (SVG), the measures (CSV) and
    // the scenario (JSON) into one folder, so anyone can reproduce the picture.
    // With a lab that has run, also the lab's charts (lab.png at 2x, lab.svg), its
    // experiment (experiment.json) and its table (summary.csv).
    bool exportBundle(const QString &directory, QString *error);
    // Writes the lab's charts and table (PNG at `scale`, or SVG).
    bool exportLab(const QString &path, double scale, QString *error);
    // Writes the lesson as a PDF handout, a page per chapter, with progress and Cancel;
    // cancelled, it writes nothing and returns false with `error` empty.
    bool exportHandout(const QString &path, QString *error);
    // Saving, opening and exporting data.
    Session *session() const { return m_session.get(); }

    // The About box's text: version, licence, and the paper the app teaches.
    QString aboutText() const;
    // The keyboard shortcut overview (Help > Keyboard shortcuts, F1 or ?).
    ShortcutsDialog *shortcutsDialog() const { return m_shortcutsDialog; }

    // Window layout, speed and chapter are remembered between runs.
    // Restores what the user left; on the very first launch shows a one-time hint instead.
    void restoreSettings();
    void saveSettings() const;

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    // A line at the foot of the window for a first-time user: how to follow the story,
    // what the people are, where the keys are; it goes with "Got it" and never comes back.
    void showWelcomeHint();
    void createStatusBar();
    // Says `message` at the foot of the window for a while; with `folder`, a button opens it.
    void tell(const QString &message, const QString &folder = {});
    // Says where an export went, with a button to its folder.
    void toldWhere(const QString &path);
    // The charts the stage shows: the run's, or in a chapter of the lab the lab's.
    QWidget *shownCharts() const;
    void fitFirstLaunch();
    void createActions();
    void createMenus();
    void retranslate();
    void chapterChanged();
    void askExportImage(QWidget *widget, const QString &name);
    // Asks where to save; adds the suffix of `fileName` when the user left it out.
    QString askSavePath(const QString &title, const QString &fileName, const QString &filter);
    void askExportData();
    void askExportBundle();
    void askExportHandout();
    void askSaveScenario();
    void askOpenScenario();
    // A network file to run the city on (the parameter panel's "From a file…").
    void askOpenNetwork();
    void askOpenLesson();
    void showProblem(const QString &message);
    // With unsaved interventions, asks Save, Discard or Cancel, ending in `question`;
    // whether the run may be left (saved, discarded, or nothing to save).
    bool mayLeaveTheRun(const QString &question);
    // With an unsaved experiment in the lab, asks Save, Discard or Cancel before quitting.
    bool mayLeaveTheLab();
    bool writeLabSummary(const QString &path, QString *error);

    SimulationController *m_controller = nullptr;
    std::unique_ptr<Session> m_session;
    LessonController *m_lesson = nullptr;
    LessonPanel *m_lessonPanel = nullptr;
    Stage *m_stage = nullptr; // the city and the chart side by side
    CityView *m_city = nullptr;
    ChartWidget *m_chart = nullptr;
    EventLogView *m_eventLog = nullptr;
    ParameterPanel *m_parameters = nullptr;
    TransportBar *m_transport = nullptr;
    QDockWidget *m_lessonDock = nullptr;
    QDockWidget *m_parametersDock = nullptr;
    QDockWidget *m_eventLogDock = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_exportImageMenu = nullptr;
    QMenu *m_lessonMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_labMenu = nullptr;
    QAction *m_addToLab = nullptr;
    QAction *m_openLab = nullptr;
    QAction *m_raceChapter = nullptr;
    LabController *m_lab = nullptr;
    LabWindow *m_labWindow = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_shortcuts = nullptr;
    QAction *m_about = nullptr;
    ShortcutsDialog *m_shortcutsDialog = nullptr;
    QAction *m_exportWindow = nullptr;
    QAction *m_exportCity = nullptr;
    QAction *m_exportChart = nullptr;
    QAction *m_exportLab = nullptr;
    QAction *m_exportData = nullptr;
    QAction *m_exportBundle = nullptr;
    QAction *m_exportHandout = nullptr;
    QAction *m_openScenario = nullptr;
    QAction *m_saveScenario = nullptr;
    QAction *m_openLesson = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_previousBeat = nullptr;
    QAction *m_nextBeat = nullptr;
    QAction *m_resetChapter = nullptr;
    QAction *m_undo = nullptr;
    PresentationMode *m_presentation = nullptr;
    QAction *m_presentationMode = nullptr;
    QPushButton *m_openFolder = nullptr; // at the foot, after an export
    QString m_toldFolder;
};
