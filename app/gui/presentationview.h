// The presentation screen: the chapter and round on top, the city and chart, the narration in large type.
#pragma once

#include <QPointer>
#include <QWidget>

class ChartWidget;
class CityView;
class LessonController;
class Stage;
class QAction;
class QHBoxLayout;
class QLabel;
class SimulationController;

// A full-screen page for a projector. It borrows the window's city and chart (setStage),
// shows them large and in high contrast under a header with the chapter's title, the step
// and the round, and tells the current beat below them in large type. Presenter-remote
// keys drive it: Page Down / Page Up walk the lesson, Space plays and pauses, B blanks the
// screen, Esc asks to leave.
class PresentationView : public QWidget
{
    Q_OBJECT

public:
    PresentationView(SimulationController *controller, LessonController *lesson, QWidget *parent = nullptr);
    ~PresentationView() override;

    // Shows the stage (the city and its charts), scaled for the screen and in high contrast.
    void setStage(Stage *stage);
    // Gives the stage its window look back and lets go of it; the caller puts it back.
    void clearStage();

    bool isBlank() const;
    QLabel *titleLabel() const { return m_title; }
    QLabel *stepLabel() const { return m_step; }
    QLabel *roundLabel() const { return m_round; }
    QLabel *narrationLabel() const { return m_narration; }

public slots:
    // A black screen, so the class looks at the teacher; any key brings the picture back.
    void setBlank(bool blank);

signals:
    // Esc, F5 or closing the window: the owner leaves presentation mode.
    void leaveRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QAction *addKeyAction(const QList<QKeySequence> &keys);
    void retranslate();
    void showBeat();
    void showRound();
    // Sizes text and the stage's widgets as shares of the screen's height.
    void applySizes();
    void fitTitle();
    void fitNarration();
    void scaleCity();

    SimulationController *m_controller = nullptr;
    LessonController *m_lesson = nullptr;
    QPointer<Stage> m_stageWidget;
    QPointer<CityView> m_city;
    QPointer<ChartWidget> m_chart;

    QWidget *m_header = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_step = nullptr;
    QLabel *m_round = nullptr;
    QHBoxLayout *m_stage = nullptr;
    QLabel *m_narration = nullptr;
    QWidget *m_blank = nullptr;
    QString m_fullTitle;

    QList<QAction *> m_keys; // disabled while the screen is blank, so any key un-blanks
};
