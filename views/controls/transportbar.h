// The step-through controls: play and pause, step, step back, reset, speed and timeline.
#pragma once

#include <QToolBar>

class QAction;
class QComboBox;
class QLabel;
class QSlider;
class SimulationController;

// A toolbar that drives the controller. Its actions carry the keyboard shortcuts (Space,
// Right, Left, R) so they work wherever the focus is in the window.
class TransportBar : public QToolBar
{
    Q_OBJECT

public:
    explicit TransportBar(SimulationController *controller, QWidget *parent = nullptr);

    QAction *playAction() const { return m_play; }
    QAction *stepAction() const { return m_step; }
    QAction *stepBackAction() const { return m_stepBack; }
    QAction *resetAction() const { return m_reset; }
    QComboBox *speedBox() const { return m_speed; }
    QSlider *timeline() const { return m_timeline; }
    QLabel *roundLabel() const { return m_round; }
    // Why the last Play did nothing (shown beside the button), or an empty string.
    QString lastNotice() const { return m_notice; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // Plays or pauses; where nothing can move, says why instead.
    void play();
    void fixPlayWidth();
    void retranslate();
    void showRound();
    void showPlaying(bool playing);
    void showSpeed(double speed);

    SimulationController *m_controller = nullptr;
    QAction *m_stepBack = nullptr;
    QAction *m_play = nullptr;
    QAction *m_step = nullptr;
    QAction *m_reset = nullptr;
    QLabel *m_speedLabel = nullptr;
    QComboBox *m_speed = nullptr;
    QSlider *m_timeline = nullptr;
    QLabel *m_round = nullptr;
    QString m_notice;
};
