// A scenario: a configuration plus the interventions that script it.
#pragma once

#include "config.h"
#include "intervention.h"

#include <optional>
#include <vector>

namespace gossip {

// Everything a simulation needs to be reproduced exactly: the same Scenario gives the
// same trace, byte for byte.
struct Scenario
{
    Config config;
    std::vector<Intervention> interventions; // kept sorted by round, stable

    // The classic experiment: one update written at node 0 in round 0.
    static Scenario singleUpdate(const Config &config);

    // Adds an intervention after every other one of the same round.
    void add(const Intervention &intervention);

    // The last round that has an intervention, or 0.
    Round lastInterventionRound() const;
};

// Returns the first problem with the scenario (its config or an intervention), or nothing.
std::optional<ConfigProblem> validate(const Scenario &scenario);

} // namespace gossip
