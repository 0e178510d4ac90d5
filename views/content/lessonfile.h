// Lesson files: a lesson's chapters, narration in several languages and scenarios, as strict JSON.
#pragma once

#include "views/content/lesson.h"

#include <QCoreApplication>

#include <optional>

// Reads lessons (format "gossiplab-lesson", documented in resources/lessons/README.md) as
// strictly as scenario files: anything that is not exactly a valid lesson is refused with
// one message naming the chapter and the field.
class LessonFile
{
    Q_DECLARE_TR_FUNCTIONS(LessonFile)

public:
    static constexpr qint64 maxBytes = 4 * 1024 * 1024;

    static std::optional<Lesson> read(const QString &path, QString *error);
    static std::optional<Lesson> parse(const QByteArray &json, QString *error);
    // The lesson as a file of the format: parse() reads it back equal.
    static QByteArray serialize(const Lesson &lesson);
    // The story of Xiao B, built into the app.
    static Lesson builtIn();
    // The path of the built-in lesson, among the app's resources.
    static QString builtInPath();
};
