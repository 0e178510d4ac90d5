// Many runs of one scenario with derived seeds, summarised with Demers' measures.
#pragma once

#include "engine/measures.h"
#include "engine/scenario.h"

#include <atomic>
#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace gossip {

// A batch's traffic on the links of a network (Demers' Tables 4 and 5): per link, the mean
// over runs of its compare traffic (conversations crossing it per round) and of its update
// traffic (update transfers crossing it per run); the critical link is the busiest by
// compare traffic, the first of equals.
struct LinkTraffic
{
    std::vector<double> compare;
    std::vector<double> update;
    std::size_t critical = 0;
    double compareMean = 0.0;     // over links
    double updateMean = 0.0;      // over links
    double compareCritical = 0.0; // on the critical link
    double updateCritical = 0.0;  // on the critical link
};

// The result of a batch. Run 0 uses the scenario's seed, run r > 0 Random::derive(seed, r),
// so a batch of one is the same run the GUI shows for that seed. Results do not depend on
// the number of threads.
struct BatchResult
{
    std::vector<RunSummary> runs;                  // one per run, in run order
    std::vector<double> susceptibleFraction;       // mean per round; a finished run keeps its last value
    // The 10th, 50th and 90th percentiles of the susceptible fraction per round, over the
    // runs (a finished run keeps its last value), interpolated linearly between the
    // sorted runs (the percentile p of R values is at rank p * (R - 1)).
    std::vector<double> susceptibleP10;
    std::vector<double> susceptibleP50;
    std::vector<double> susceptibleP90;
    // How many runs had their last receipt in each round (t_last); the counts sum to the runs.
    std::map<Round, int> finishHistogram;

    double mean(double RunSummary::*field) const;
    double mean(std::uint64_t RunSummary::*field) const;
    double meanRounds() const;
    // Sample standard deviation of a field over the runs.
    double standardDeviation(double RunSummary::*field) const;
    double convergedFraction() const;
    // Whether some run's items or bytes saturated (the means are then lower bounds).
    bool countsSaturated() const;
    // The runs' traffic per link; none without a network (or without runs).
    std::optional<LinkTraffic> linkTraffic() const;
};

// How to run a batch.
struct BatchOptions
{
    int runs = 1;
    int threads = 1;
    // When set, hears each run's per-round measures once the run is done, in run order
    // (serialised), so a trace streams to disk instead of every run staying in memory.
    std::function<void(int run, const std::vector<RoundMeasures> &rounds)> runRounds;
    std::function<void(int done, int total)> progress; // called after each run, from any thread, serialised
    // With a single run, called after each of its rounds with the share of slots covered,
    // so one long run shows progress too.
    std::function<void(double coverage, Round round)> roundProgress;
    // When set and true, no further run is started; the result then holds fewer runs
    // than asked (BatchResult::runs says how many were done, in run order).
    const std::atomic<bool> *cancel = nullptr;
};

// The percentile `p` (0 to 1) of `values`, interpolated linearly between the sorted values
// (rank p * (n - 1)); `values` is reordered. 0 for no values.
double percentile(std::vector<double> &values, double p);

// Runs the scenario options.runs times; throws std::invalid_argument for an invalid scenario.
BatchResult runBatch(const Scenario &scenario, const BatchOptions &options);

} // namespace gossip
