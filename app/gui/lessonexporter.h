// Renders the key frame of every chapter of the lesson to numbered PNG files.
#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>

class MainWindow;

// Walks the lesson in a main window and saves one picture per chapter, at the chapter's
// key frame, as DIR/NN-id.png with NN the chapter's number as the window shows it.
// Needs no display: it works offscreen.
class LessonExporter
{
    Q_DECLARE_TR_FUNCTIONS(LessonExporter)

public:
    // Returns the number of files written, or -1 with `error` set.
    static int exportLesson(MainWindow &window, const QString &directory, QSize size, QString *error);
    // "10-the-luck-of-the-draw.png" for the tenth chapter: its number as the window shows
    // it, then its id without any number of its own (an id written "09b-..." by an older lesson).
    static QString fileName(int index, const QString &id);
};
