// Running a batch of seeded runs, on one or more threads.
#include "engine/batch.h"

#include "engine/random.h"
#include "engine/saturating.h"
#include "engine/simulation.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <mutex>
#include <stdexcept>
#include <thread>

namespace gossip {

double BatchResult::mean(double RunSummary::*field) const
{
    double total = 0.0;
    for (const RunSummary &run : runs)
        total += run.*field;
    return runs.empty() ? 0.0 : total / double(runs.size());
}

double BatchResult::mean(std::uint64_t RunSummary::*field) const
{
    double total = 0.0;
    for (const RunSummary &run : runs)
        total += double(run.*field);
    return runs.empty() ? 0.0 : total / double(runs.size());
}

double BatchResult::meanRounds() const
{
    double total = 0.0;
    for (const RunSummary &run : runs)
        total += run.rounds;
    return runs.empty() ? 0.0 : total / double(runs.size());
}

double BatchResult::standardDeviation(double RunSummary::*field) const
{
    if (runs.size() < 2)
        return 0.0;
    const double average = mean(field);
    double squares = 0.0;
    for (const RunSummary &run : runs)
        squares += (run.*field - average) * (run.*field - average);
    return std::sqrt(squares / double(runs.size() - 1));
}

double BatchResult::convergedFraction() const
{
    const auto converged = std::count_if(runs.begin(), runs.end(), [](const RunSummary &run) { return run.converged; });
    return runs.empty() ? 0.0 : double(converged) / double(runs.size());
}

std::optional<LinkTraffic> BatchResult::linkTraffic() const
{
    if (runs.empty() || runs.front().linkCompareTraffic.empty())
        return std::nullopt;
    const std::size_t links = runs.front().linkCompareTraffic.size();
    LinkTraffic traffic;
    traffic.compare.assign(links, 0.0);
    traffic.update.assign(links, 0.0);
    for (const RunSummary &run : runs) {
        for (std::size_t link = 0; link < links; ++link) {
            traffic.compare[link] += run.linkCompareTraffic[link] / double(runs.size());
            traffic.update[link] += run.linkUpdateTraffic[link] / double(runs.size());
        }
    }
    traffic.critical = std::size_t(std::max_element(traffic.compare.begin(), traffic.compare.end()) - traffic.compare.begin());
    for (std::size_t link = 0; link < links; ++link) {
        traffic.compareMean += traffic.compare[link] / double(links);
        traffic.updateMean += traffic.update[link] / double(links);
    }
    traffic.compareCritical = traffic.compare[traffic.critical];
    traffic.updateCritical = traffic.update[traffic.critical];
    return traffic;
}

BatchResult runBatch(const Scenario &scenario, const BatchOptions &options)
{
    if (auto problem = validate(scenario))
        throw std::invalid_argument(problem->field + " " + problem->message);
    const int runs = std::max(1, options.runs);
    BatchResult result;
    result.runs.resize(std::size_t(runs));
    std::vector<std::vector<double>> fractions(static_cast<std::size_t>(runs));
    std::vector<std::uint8_t> finished(std::size_t(runs), 1); // 0: skipped after a cancel
    // Runs that finished before an earlier one wait here to be handed on in order.
    std::map<int, std::vector<RoundMeasures>> waitingRounds;
    int nextRounds = 0;
    std::mutex roundsMutex;

    std::atomic<int> nextRun{0};
    std::mutex progressMutex;
    int done = 0;
    auto worker = [&] {
        for (int run = nextRun++; run < runs; run = nextRun++) {
            if (options.cancel && options.cancel->load()) {
                finished[std::size_t(run)] = 0;
                continue;
            }
            Scenario copy = scenario;
            if (run > 0)
                copy.config.seed = Random::derive(scenario.config.seed, std::uint64_t(run));
            Simulation simulation(std::move(copy));
            std::vector<double> &fraction = fractions[std::size_t(run)];
            fraction.push_back(simulation.measures().susceptibleFraction());
            std::vector<RoundMeasures> rounds;
            if (options.runRounds)
                rounds.push_back(simulation.measures());
            while (!simulation.finished()) {
                const RoundMeasures &measures = simulation.step();
                fraction.push_back(measures.susceptibleFraction());
                if (runs == 1 && options.roundProgress)
                    options.roundProgress(measures.coverage(), measures.round);
                if (options.runRounds)
                    rounds.push_back(measures);
            }
            result.runs[std::size_t(run)] = simulation.summary();
            if (options.runRounds) {
                std::lock_guard lock(roundsMutex);
                waitingRounds.emplace(run, std::move(rounds));
                for (auto next = waitingRounds.find(nextRounds); next != waitingRounds.end();
                     next = waitingRounds.find(nextRounds)) {
                    options.runRounds(next->first, next->second);
                    waitingRounds.erase(next);
                    ++nextRounds;
                }
            }
            if (options.progress) {
                std::lock_guard lock(progressMutex);
                options.progress(++done, runs);
            }
        }
    };
    const int threads = std::clamp(options.threads, 1, runs);
    std::vector<std::thread> pool;
    for (int i = 1; i < threads; ++i)
        pool.emplace_back(worker);
    worker();
    for (std::thread &thread : pool)
        thread.join();

    // Cancelled: keep the runs done before the first one skipped, so the result is a
    // batch of fewer runs, the same as asking for that many.
    const auto firstSkipped = std::size_t(std::find(finished.begin(), finished.end(), 0) - finished.begin());
    if (firstSkipped < finished.size()) {
        result.runs.resize(firstSkipped);
        fractions.resize(firstSkipped);
        if (firstSkipped == 0)
            return result;
    }
    const auto doneRuns = int(fractions.size());
    std::size_t longest = 0;
    for (const auto &fraction : fractions)
        longest = std::max(longest, fraction.size());
    result.susceptibleFraction.assign(longest, 0.0);
    result.susceptibleP10.assign(longest, 0.0);
    result.susceptibleP50.assign(longest, 0.0);
    result.susceptibleP90.assign(longest, 0.0);
    std::vector<double> column(std::size_t(doneRuns), 0.0);
    for (std::size_t round = 0; round < longest; ++round) {
        double total = 0.0;
        for (std::size_t run = 0; run < fractions.size(); ++run) {
            const auto &fraction = fractions[run];
            column[run] = round < fraction.size() ? fraction[round] : fraction.back();
            total += column[run];
        }
        result.susceptibleFraction[round] = total / doneRuns;
        result.susceptibleP10[round] = percentile(column, 0.1);
        result.susceptibleP50[round] = percentile(column, 0.5);
        result.susceptibleP90[round] = percentile(column, 0.9);
    }
    for (const RunSummary &run : result.runs)
        ++result.finishHistogram[Round(std::lround(run.tLast))];
    return result;
}

double percentile(std::vector<double> &values, double p)
{
    if (values.empty())
        return 0.0;
    const double rank = std::clamp(p, 0.0, 1.0) * double(values.size() - 1);
    const auto below = std::size_t(std::floor(rank));
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(below), values.end());
    const double low = values[below];
    if (below + 1 >= values.size() || rank == double(below))
        return low;
    // The next value up is the smallest of those after it.
    const double high = *std::min_element(values.begin() + std::ptrdiff_t(below) + 1, values.end());
    return low + (high - low) * (rank - double(below));
}

bool BatchResult::countsSaturated() const
{
    return std::any_of(runs.begin(), runs.end(), [](const RunSummary &run) {
        return run.items == saturatedCount || run.bytes == saturatedCount;
    });
}

} // namespace gossip
