// The user's work as files: scenarios saved and opened, lessons opened, measures exported.
#pragma once

#include <QCoreApplication>
#include <QString>

class CityView;
class LessonController;
class QWidget;
class SimulationController;

// Reads and writes what the window shows, for the window's File menu and for tests. Every
// open is all or nothing: on a problem it returns false with one message and the current
// run and lesson stay as they were.
class Session
{
    Q_DECLARE_TR_FUNCTIONS(Session)

public:
    // `dialogParent` parents the progress dialog of a long open; `city`, if given, keeps
    // the wall of a partition cut by hand in the file, so it reopens where it was.
    Session(SimulationController *simulation, LessonController *lesson, QWidget *dialogParent,
            CityView *city = nullptr);

    // Saves the running scenario: configuration, seed, every intervention, the current round.
    bool saveScenario(const QString &path, QString *error);
    // Opens a saved scenario at its saved round; the lesson goes into free play. A network
    // file (its "format" says so) opens with openNetwork() instead, and `opened` says which.
    enum class Opened { Scenario, Network };
    bool openScenario(const QString &path, QString *error, Opened *opened = nullptr);
    // Runs the parameters on the network of a network file, everyone on it a person of the
    // city: the user's own run, from round 0.
    bool openNetwork(const QString &path, QString *error);
    // The "format" a JSON file says it has ("gossiplab-network"), or empty.
    static QString formatOf(const QString &path);
    // Teaches the lesson in a lesson file from its first chapter.
    bool openLesson(const QString &path, QString *error);
    // Writes the per-round measures of the run up to the current round as CSV.
    bool exportData(const QString &path, QString *error) const;

    // The folder the file dialogs start in: the last one used if it still exists, else the
    // first of documents, pictures and home that exists (never a folder that is not there,
    // which a dialog would take for a file name).
    QString dialogFolder() const;
    // Remembers the folder of `path` (a file, or a folder) for the next dialog.
    void rememberFolder(const QString &path);

private:
    // Seeks to `target`; far away, on a worker thread with progress and Cancel.
    void seekShowingProgress(int target);

    SimulationController *m_simulation = nullptr;
    LessonController *m_lesson = nullptr;
    QWidget *m_dialogParent = nullptr;
    CityView *m_city = nullptr;
};
