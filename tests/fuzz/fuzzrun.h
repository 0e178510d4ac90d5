// What every fuzz target does with a file it read: write it back, read it again, find the
// same document, and run a few rounds of each run it holds.
#pragma once

#include "engine/memory.h"
#include "engine/simulation.h"

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>
#include <stdexcept>

namespace fuzz {

// Stops the fuzzer with a finding: libFuzzer reports the input that got here.
[[noreturn]] inline void finding(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "finding: %s %s\n", what, qPrintable(detail));
    std::abort();
}

// A refusal must say why, in one line.
inline void checkRefusal(const QString &error)
{
    if (error.isEmpty() || error.contains(QLatin1Char('\n')))
        finding("a refusal without one line of reason:", error);
}

// Runs a few rounds of `scenario`, as the window would on opening it. Runs too large for
// a fuzzer's memory and time are left out (the engine's limits are tested elsewhere).
inline void runAFewRounds(const gossip::Scenario &scenario)
{
    const gossip::Config &config = scenario.config;
    if (gossip::estimateRunBytes(config) > 64ull * 1024 * 1024 || std::uint64_t(config.nodes) * config.keys > 100'000)
        return;
    try {
        gossip::Simulation simulation(scenario);
        for (int round = 0; round < 3 && !simulation.finished(); ++round)
            simulation.step();
        (void)simulation.summary();
    } catch (const std::invalid_argument &problem) {
        finding("a file read as valid does not run:", QString::fromUtf8(problem.what()));
    }
}

} // namespace fuzz
