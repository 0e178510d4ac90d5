// The lesson beside the city: chapter list, narration of the current beat, what to watch.
#pragma once

#include "views/content/chapter.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class SimulationController;

// Shows the chapters and tells the story beat by beat. Going to a beat moves the
// simulation to the beat's round; stepping the simulation by hand shows the beat that
// belongs to the round reached, so narration and animation always agree.
class LessonPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LessonPanel(SimulationController *controller, QWidget *parent = nullptr);

    int chapterCount() const { return int(m_chapters.size()); }
    int chapterIndex() const { return m_chapter; }
    int beatIndex() const { return m_beat; }
    const Chapter &chapter() const { return m_chapters.at(m_chapter); }
    QString narration() const;

public slots:
    void setChapter(int index);
    void nextBeat();
    void previousBeat();
    // Loads the chapter's script again, forgetting parameter changes and interventions.
    void resetChapter();
    // Rebuilds the chapters' texts in the current language.
    void retranslate();

signals:
    void chapterChanged(int index);
    // The chapters were rebuilt in the current language; the chapter and beat are unchanged.
    void retranslated();
    // The panel shows a beat: after every move, chapter change or translation, so a
    // second view of the narration (presentation mode) can follow it.
    void beatShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void goToBeat(int beat);
    void showBeat();

    SimulationController *m_controller = nullptr;
    QList<Chapter> m_chapters;
    int m_chapter = 0;
    int m_beat = 0;
    gossip::Round m_beatRound = -1; // the round at which m_beat was chosen
    QListWidget *m_list = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_narration = nullptr;
    QLabel *m_watchHeading = nullptr;
    QLabel *m_watch = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_reset = nullptr;
};
