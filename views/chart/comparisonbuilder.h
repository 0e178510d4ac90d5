// Runs the comparison scenarios of a chapter and turns them into chart curves.
#pragma once

#include "views/chart/comparisoncurve.h"
#include "views/content/chapter.h"

#include <QList>

// Runs each scenario to its end (at most `maxRounds` rounds) and returns one curve per run,
// each extended flat to the longest run's last round so every curve shows where it ends.
// The run that is also the one the city shows (`shown`, if given) is named so. The
// measure first named goes on the first chart, a second one on the second.
QList<ComparisonCurve> buildComparison(const QList<ComparisonRun> &runs, int maxRounds = 60,
                                       const gossip::Scenario *shown = nullptr);
