// The lab's controls: its entries, runs, seed, sweep, the class's guess, Run and Cancel.
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
QT_END_NAMESPACE

class LabController;

// Edits the LabController's experiment: entries are renamed in place and removed with
// Remove; runs (up to 10,000), the seed, and a sweep of one parameter over a list of
// values. Before a run the class may guess the round by which half the city is infected,
// or the residue. Run computes off the window's thread with progress; Cancel stops it.
class LabPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LabPanel(LabController *lab, QWidget *parent = nullptr);

    QPushButton *runButton() const { return m_run; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void showExperiment();
    void applySweep();
    void applyGuess();
    void chooseGuessKind();
    void showGuess();
    void runningChanged(bool running);
    void showColour();

    LabController *m_lab = nullptr;
    QListWidget *m_entries = nullptr;
    QPushButton *m_remove = nullptr;
    QComboBox *m_colour = nullptr; // the selected entry's colour
    QLabel *m_runsLabel = nullptr;
    QSpinBox *m_runs = nullptr;
    QLabel *m_seedLabel = nullptr;
    QLineEdit *m_seed = nullptr;
    QLabel *m_sweepLabel = nullptr;
    QComboBox *m_sweepParameter = nullptr;
    QLineEdit *m_sweepValues = nullptr;
    QLabel *m_guessLabel = nullptr;
    QComboBox *m_guessKind = nullptr;
    QDoubleSpinBox *m_guessValue = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_notice = nullptr;
    bool m_showing = false;
    bool m_guessTyped = false; // the guess box holds a value the user typed
};
