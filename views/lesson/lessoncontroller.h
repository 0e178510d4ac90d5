// The one owner of where the class is in the lesson: the chapter, the beat, and free play.
#pragma once

#include "views/content/lesson.h"

#include <QObject>
#include <QStringList>

class SimulationController;

// Owns the lesson being taught and the current chapter and beat; the lesson panel and
// presentation mode show it. Going to a beat moves the simulation to the beat's round, and
// stepping the simulation by hand shows the beat that belongs to the round reached, so
// narration and animation always agree. When the simulation runs anything but the
// chapter's script (changed parameters applied, a scenario opened), the lesson is in free
// play: it narrates "your own run" instead of the chapter, until resetChapter().
class LessonController : public QObject
{
    Q_OBJECT

public:
    explicit LessonController(SimulationController *simulation, QObject *parent = nullptr);

    const Lesson &lesson() const { return m_lesson; }
    // Teaches `lesson` from its first chapter.
    void setLesson(const Lesson &lesson);

    int chapterCount() const { return int(m_lesson.chapters.size()); }
    int chapterIndex() const { return m_chapter; }
    int beatIndex() const { return m_beat; }
    const Chapter &chapter() const { return m_lesson.chapters.at(m_chapter); }
    bool isFreePlay() const { return m_freePlay; }

    // "3. The seed node", or "Your own run" in free play, in the current language.
    QString title() const;
    // The current beat's narration, or in free play a one-line summary of the run.
    QString narration() const;
    // What to watch in the chapter; in free play, how to return to it and which of the
    // chapter's settings the run keeps.
    QString watch() const;
    // In free play: the chapter's settings that differ from the defaults and that the run
    // still has, as "Round limit 1" (the chapter's seed aside).
    QStringList keptSettings() const;
    // While the chapter's run holds changes made by hand (a crash, a new update), the
    // narration still tells the script's run: this says so. Empty otherwise.
    QString handChangesNote() const;

public slots:
    void setChapter(int index);
    // Goes to the chapter with this id; returns false when the lesson has none.
    bool setChapterById(const QString &id);
    void nextBeat();
    void previousBeat();
    // Loads the chapter's script again, forgetting parameter changes, interventions and
    // free play.
    void resetChapter();

signals:
    void lessonChanged();
    void chapterChanged(int index);
    void freePlayChanged(bool freePlay);
    // After every move, chapter change or free-play change: what the views show changed.
    void beatShown();

private:
    void goToBeat(int beat);
    void followRound();
    void followScenario();

    SimulationController *m_simulation = nullptr;
    Lesson m_lesson;
    int m_chapter = 0;
    int m_beat = 0;
    int m_beatRound = -1; // the round at which m_beat was chosen
    bool m_freePlay = false;
    bool m_loading = false;
};
