// Running an experiment: every entry at every sweep value, as seeded batches.
#pragma once

#include "views/lab/labresult.h"

#include <atomic>
#include <functional>

// Runs experiments through the same batch code as gossiplab-cli simulate, so the lab's
// numbers are the command line's for the same configuration, runs and seed. Safe to call
// from a worker thread; it touches nothing but its arguments.
class LabRunner
{
public:
    // `progress` hears runs done and runs in all, from any thread (serialised); `cancel`,
    // when set and true, stops the experiment after the runs in hand.
    static LabResult run(const ExperimentDocument &experiment, int threads, const std::atomic<bool> *cancel = nullptr,
                         const std::function<void(qint64 done, qint64 total)> &progress = {});
};
