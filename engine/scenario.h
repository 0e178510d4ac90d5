// A scenario: a configuration plus the interventions that script it.
#pragma once

#include "engine/config.h"
#include "engine/intervention.h"

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

    // The story's example at the item level: five nodes A..E (0..4), four keys T, R, S, Y
    // (0..3); A holds {T, R}, E holds {T, S, Y}, and in round 1 A contacts E with `mode`.
    static Scenario storyExchange(Mode mode);

    // The user's own run on `config`: this scenario's set-up (the writes and scripted
    // contacts of round 0 that fit `config`) without its later interventions; one update
    // written at node 0 when no write fits.
    Scenario ownRun(const Config &config) const;

    // Adds an intervention after every other one of the same round.
    void add(const Intervention &intervention);

    // The last round that has an intervention, or 0.
    Round lastInterventionRound() const;

    bool operator==(const Scenario &other) const = default;
};

// Returns the first problem with the scenario (its config or an intervention), or nothing.
std::optional<ConfigProblem> validate(const Scenario &scenario);

} // namespace gossip
