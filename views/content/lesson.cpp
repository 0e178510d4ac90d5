// Lesson helpers.
#include "views/content/lesson.h"

int Lesson::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < chapters.size(); ++i) {
        if (chapters.at(i).id == id)
            return int(i);
    }
    return -1;
}
