// The lesson as a PDF handout: a page per chapter with its title, narration, key frame and chart.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

struct Lesson;

// Walks a lesson on a stage of its own, never shown, and prints every chapter to one PDF
// page: the title, the whole narration, what to watch, the city at the chapter's key frame
// and its chart.
class HandoutWriter
{
    Q_DECLARE_TR_FUNCTIONS(HandoutWriter)

public:
    // Returns false with `error` set when the file cannot be written. `progress`, if
    // given, hears how many chapters are done after each page; when it answers false the
    // handout is abandoned, its file removed, and false returned with `error` empty.
    static bool write(const Lesson &lesson, const QString &path, QString *error,
                      const std::function<bool(int chaptersDone)> &progress = {});
};
