// The lesson beside the city: chapter list, narration of the current beat, what to watch.
#pragma once

#include <QWidget>

class LessonController;
class QLabel;
class QListWidget;
class QPushButton;

// Shows the lesson controller's chapter and beat, or that the run is the user's own (free
// play) with one button back to the chapter. It keeps no lesson state of its own.
class LessonPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LessonPanel(LessonController *lesson, QWidget *parent = nullptr);

    QString narration() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void listChapters();
    void showBeat();

    LessonController *m_lesson = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_narration = nullptr;
    QLabel *m_handNote = nullptr; // the run holds changes made by hand
    QLabel *m_watchHeading = nullptr;
    QLabel *m_watch = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_reset = nullptr;
};
