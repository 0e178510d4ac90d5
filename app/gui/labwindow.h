// The lab's window: its controls, its charts, and what to do next.
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLabel;
class QPushButton;
QT_END_NAMESPACE

class LabCharts;
class LabController;
class LabPanel;
class Session;

// A window of its own beside the story, where a student or a teacher runs ensembles,
// races and sweeps. It shows the LabController's experiment and result; its buttons
// open and save experiment files and export the charts (PNG 1x or 2x, SVG) and the table
// (CSV).
class LabWindow : public QWidget
{
    Q_OBJECT

public:
    LabWindow(LabController *lab, Session *session, QWidget *parent = nullptr);

    LabCharts *charts() const { return m_charts; }
    LabPanel *panel() const { return m_panel; }
    // Asks before an open experiment or a preset replaces results; see mayReplaceTheLab().
    bool confirmReplace() { return mayReplaceTheLab(); }
    QLabel *state() const { return m_state; }
    // Asks where to save the experiment, and saves it.
    void askSave();
    // Opens an experiment file in the lab, saying that its results are to be run again.
    void open(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showResult();
    void showGuess();
    void askOpen();
    void askExportCharts();
    void askExportTable();
    void showProblem(const QString &message);
    // Whether the lab's results may be replaced: none, or the user says so.
    bool mayReplaceTheLab();
    // Runs the last computation finished, over every entry and value.
    qint64 doneRuns() const;

    LabController *m_lab = nullptr;
    Session *m_session = nullptr;
    LabPanel *m_panel = nullptr;
    LabCharts *m_charts = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_exportCharts = nullptr;
    QPushButton *m_exportTable = nullptr;
    QCheckBox *m_theory = nullptr;
    QString m_opened; // the file the experiment was opened from, until it changes or runs
};
