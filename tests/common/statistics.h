// Sample statistics for the engine's statistical tests: mean and standard error over seeded runs.
#pragma once

#include "engine/batch.h"

#include <cmath>
#include <cstddef>
#include <vector>

namespace gossiptest {

// The mean of independent runs and how far it may stray from the true mean by chance.
struct Sample
{
    std::size_t count = 0;
    double mean = 0.0;
    double standardDeviation = 0.0; // sample standard deviation, n - 1 in the denominator
    double standardError = 0.0;     // standard deviation of the mean

    // Whether the mean lies within `errors` standard errors plus `allowance` of `expected`.
    bool near(double expected, double errors, double allowance) const
    {
        return std::abs(mean - expected) <= errors * standardError + allowance;
    }
};

inline Sample sampleOf(const std::vector<double> &values)
{
    Sample sample;
    sample.count = values.size();
    if (values.empty())
        return sample;
    double total = 0.0;
    for (double value : values)
        total += value;
    sample.mean = total / double(values.size());
    if (values.size() < 2)
        return sample;
    double squares = 0.0;
    for (double value : values)
        squares += (value - sample.mean) * (value - sample.mean);
    sample.standardDeviation = std::sqrt(squares / double(values.size() - 1));
    sample.standardError = sample.standardDeviation / std::sqrt(double(values.size()));
    return sample;
}

// The sample of one field over a batch's runs, e.g. sampleOf(result.runs, &RunSummary::residue).
template<typename Run, typename Field>
Sample sampleOf(const std::vector<Run> &runs, Field Run::*field)
{
    std::vector<double> values;
    values.reserve(runs.size());
    for (const Run &run : runs)
        values.push_back(double(run.*field));
    return sampleOf(values);
}

// Runs the single-update scenario of `config` `runs` times with derived seeds, on two
// threads (results do not depend on the thread count).
inline gossip::BatchResult batch(const gossip::Config &config, int runs)
{
    gossip::BatchOptions options;
    options.runs = runs;
    options.threads = 2;
    return gossip::runBatch(gossip::Scenario::singleUpdate(config), options);
}

// The per-round measures of each run of batch(config, runs), in run order.
inline std::vector<std::vector<gossip::RoundMeasures>> perRoundMeasures(const gossip::Config &config, int runs)
{
    std::vector<std::vector<gossip::RoundMeasures>> rounds;
    gossip::BatchOptions options;
    options.runs = runs;
    options.threads = 2;
    options.runRounds = [&rounds](int run, const std::vector<gossip::RoundMeasures> &measures) {
        // Handed on in run order: run r arrives r-th.
        if (std::size_t(run) == rounds.size())
            rounds.push_back(measures);
    };
    gossip::runBatch(gossip::Scenario::singleUpdate(config), options);
    return rounds;
}

} // namespace gossiptest
