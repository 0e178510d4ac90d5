// Running an experiment's batches one after another, each on every thread.
#include "views/lab/labrunner.h"

#include "engine/scenario.h"

#include <mutex>

LabResult LabRunner::run(const ExperimentDocument &experiment, int threads, const std::atomic<bool> *cancel,
                         const std::function<void(qint64, qint64)> &progress)
{
    LabResult result;
    result.experiment = experiment;
    const int values = experiment.valueCount();
    const qint64 total = qint64(experiment.entries.size()) * values * experiment.runs;
    qint64 before = 0;
    for (int entry = 0; entry < experiment.entries.size(); ++entry) {
        for (int value = 0; value < values; ++value) {
            if (cancel && cancel->load()) {
                result.batches.append(gossip::BatchResult{});
                continue;
            }
            gossip::BatchOptions options;
            options.runs = experiment.runs;
            options.threads = threads;
            options.cancel = cancel;
            if (progress)
                options.progress = [&progress, before, total](int done, int) { progress(before + done, total); };
            result.batches.append(
                    gossip::runBatch(gossip::Scenario::singleUpdate(experiment.configAt(entry, value)), options));
            before += experiment.runs;
        }
    }
    result.complete = !(cancel && cancel->load());
    return result;
}
