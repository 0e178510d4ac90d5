// A lesson: a title and its chapters, as read from a lesson file.
#pragma once

#include "views/content/chapter.h"

#include <QList>

// A whole lesson. Every chapter's scenario validates, ids are unique, beats are in round
// order: LessonFile refuses anything else.
struct Lesson
{
    LocalizedText title;
    QList<Chapter> chapters;

    // The index of the chapter with this id, or -1.
    int indexOf(const QString &id) const;

    bool operator==(const Lesson &other) const = default;
};
