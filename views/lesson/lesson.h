// The lesson: the eleven chapters of the story of Xiao B, from the bat to the whole city.
#pragma once

#include "views/content/chapter.h"

#include <QCoreApplication>
#include <QList>

// Builds the chapters of DESIGN.md with their narration (translated with tr()), scenarios
// and beats. Building is cheap and deterministic, so call it again after a language change.
class Lesson
{
    Q_DECLARE_TR_FUNCTIONS(Lesson)

public:
    static QList<Chapter> chapters();
    // The names of the story's four strains, the keys of Scenario::storyExchange().
    static QStringList strainNames();
};
