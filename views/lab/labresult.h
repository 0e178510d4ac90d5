// What the lab found: a batch per entry and sweep value.
#pragma once

#include "engine/batch.h"
#include "views/content/experimentfile.h"

#include <QList>

// The batches of an experiment, entry by entry and, within an entry, value by value of
// its sweep. A cancelled experiment keeps what was finished: `complete` is false and
// batches not reached have no runs.
struct LabResult
{
    ExperimentDocument experiment;
    QList<gossip::BatchResult> batches; // index entry * valueCount() + value
    bool complete = false;

    const gossip::BatchResult &at(int entry, int value) const
    {
        return batches.at(entry * experiment.valueCount() + value);
    }
};
